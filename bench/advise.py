"""How long `advise_text` takes, warm and in-process: the scenario texts, each advised once
to warm the caches, then timed over several rounds. Goal: p95 under 30 ms.

    .venv/bin/python -m bench.advise [--rounds 5] [--out bench/results/advise.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from tailor.settings import ROOT

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from advisor import advise, advise_text, profile_from_text
from advisor.decision import decide
from advisor.knowledge import default_knowledge_base
from advisor.numbers import normalise
from advisor.scenarios import DEV, HELDOUT_SETS, load
from advisor.sensitivity import what_would_change

GOAL_P95_MS = 30.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def timed(fn, *args) -> float:
    # Each message is new to the parser: no help from the text cache of an earlier call.
    normalise.cache_clear()
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    paths = {"dev": DEV, **HELDOUT_SETS}
    ap.add_argument("--sets", default=",".join(paths), help="which scenario sets to time")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "advise.json"))
    args = ap.parse_args()
    kb = default_knowledge_base()
    # Every description, a conversation joined into one message.
    texts = [" ".join(s.turns) for name in args.sets.split(",") for s in load(paths[name])]
    for text in texts:  # warm-up: the embedder, the retrieval cache, the regexes
        advise_text(text, kb)
    parts: dict[str, list[float]] = {"advise_text": [], "profile_from_text": [], "decide": [],
                                     "what_would_change": [], "advise (profile in)": []}
    for _ in range(args.rounds):
        for text in texts:
            profile = profile_from_text(text)
            parts["advise_text"].append(timed(advise_text, text, kb))
            parts["profile_from_text"].append(timed(profile_from_text, text))
            parts["decide"].append(timed(decide, profile))
            parts["what_would_change"].append(timed(what_would_change, profile))
            parts["advise (profile in)"].append(timed(advise, profile, kb))
    rows = {name: {"calls": len(v), "p50_ms": round(statistics.median(v), 2),
                   "p95_ms": round(percentile(v, 95), 2), "max_ms": round(max(v), 2)}
            for name, v in parts.items()}
    print("| step | calls | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {r['calls']} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} |")
    p95 = rows["advise_text"]["p95_ms"]
    print(f"\nadvise_text p95 {p95} ms against a goal of {GOAL_P95_MS:g} ms: "
          + ("met" if p95 < GOAL_P95_MS else "NOT met"))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "sets": args.sets, "texts": len(texts), "rounds": args.rounds, "goal_p95_ms": GOAL_P95_MS,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(), "processor": platform.processor()},
        "results": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
