"""Load test: many users at once through gradio_client, against the launched app on
loopback, idle and while a trial trains.

    .venv/bin/python -m bench.load [--users 50] [--out bench/results/load.json]

Each phase runs, with N concurrent users each on their own client (own session):
  health  a trivial endpoint: the floor of Gradio's own queue on this machine,
  advise  one founder description per user, with numbers unique to that user,
  chat    three intake turns per user through the `chat` endpoint (server-side state).
Every answer is checked against what that user said, so crossed sessions show up as errors.
Goals: advise p95 at most 1.5x the health p95 when idle, at most 2x while a trial trains.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tailor.markdown import table
from tailor.settings import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(port: int) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/gradio_api/info", timeout=2)
            return proc
        except OSError:
            time.sleep(1)
    proc.kill()
    raise SystemExit("the app did not start")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def timed(fn) -> tuple[float, object, str | None]:
    start = time.perf_counter()
    try:
        out = fn()
        return time.perf_counter() - start, out, None
    except Exception as exc:  # counted as an error of the phase
        return time.perf_counter() - start, None, f"{type(exc).__name__}: {exc}"


def phase(clients, name: str) -> dict:
    """All users call at once; latency per call, errors, and answers checked per user."""
    n = len(clients)

    def health(i):
        return timed(lambda: clients[i].predict(api_name="/health"))

    def advise(i):
        examples, budget = 100 + i, 1000 + 10 * i
        out = timed(lambda: clients[i].predict(
            f"Route support tickets; we have {examples} labeled examples and a ${budget:,} "
            "budget", api_name="/advise"))
        ok = out[1] is not None and out[1]["profile"]["labeled_examples"] == examples and \
            out[1]["profile"]["budget_usd"] == budget
        return out[0], out[1], out[2] or (None if ok else "answer for another user")

    def chat(i):
        turns = ["Classify incoming emails into folders", f"we have {200 + i} labeled",
                 f"${3000 + i} budget"]
        total, last, error, said = 0.0, None, None, []
        for text in turns:
            seconds, last, error = timed(lambda t=text: clients[i].predict(t, api_name="/chat"))
            total += seconds
            if error:
                break
            said.append(json.dumps(last))
        # Each turn's reply confirms what that user said ("Got it: 205 labeled examples").
        if not error and not (f"{200 + i:,} labeled examples" in said[1]
                              and f"${3000 + i:,}" in said[2]):
            error = "lost the user's own answers"
        return total / len(turns), last, error

    fn = {"health": health, "advise": advise, "chat": chat}[name]
    with ThreadPoolExecutor(n) as pool:
        outs = list(pool.map(fn, range(n)))
    seconds = [o[0] for o in outs if not o[2]]
    errors = [o[2] for o in outs if o[2]]
    return {"phase": name, "n": n, "p50": pct(seconds, 0.5), "p95": pct(seconds, 0.95),
            "errors": len(errors), "error_kinds": sorted(set(errors))[:3]}


def main() -> None:
    from gradio_client import Client

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "load.json"))
    args = ap.parse_args()
    port = free_port()
    app = start_app(port)
    url = f"http://127.0.0.1:{port}/"
    try:
        clients = [Client(url, verbose=False) for _ in range(args.users)]
        for c in clients[:2]:
            c.predict("warm up: 10 labeled, $100", api_name="/advise")
        rows, report = [], {}
        for state in ("idle", "training"):
            job = None
            if state == "training":
                job = Client(url, verbose=False).submit(
                    sample="tickets", techniques="lora,full_finetune", steps=400,
                    max_seconds=600, api_name="/trial")
                while not any(o.get("phase") == "train" for o in job.outputs()):
                    if job.done():
                        raise SystemExit(f"the trial ended early: {job.exception()}")
                    time.sleep(0.5)
            results = {name: phase(clients, name) for name in ("health", "advise", "chat")}
            if job is not None:
                trained = any(o.get("phase") == "train" for o in job.outputs()[-3:])
                results["trial_still_training"] = trained
                job.cancel()
            floor = results["health"]["p95"]
            for name in ("health", "advise", "chat"):
                r = results[name]
                rows.append([state, name, r["n"], f"{r['p50']:.2f}", f"{r['p95']:.2f}",
                             f"{r['p95'] / floor:.2f}x", r["errors"]])
            report[state] = results
        print(table(["state", "endpoint", "users", "p50 s", "p95 s", "p95 / health p95",
                     "errors"], rows))
        goals = {"idle": 1.5, "training": 2.0}
        for state, limit in goals.items():
            ratio = report[state]["advise"]["p95"] / report[state]["health"]["p95"]
            print(f"{state}: advise p95 is {ratio:.2f}x the floor (goal {limit}x): "
                  f"{'met' if ratio <= limit else 'NOT met'}")
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps({"users": args.users, "cpus": os.cpu_count(),
                                             **report}, indent=2))
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a worker still training: it goes with the app
            app.kill()


if __name__ == "__main__":
    main()
