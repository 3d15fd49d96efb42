"""Benchmark: every technique on every task, over several seeds, as a founder's CSV would run.

    .venv/bin/python -m bench.trial                       # report splits, all tasks, 5 seeds
    .venv/bin/python -m bench.trial --tuning              # tuning splits (choose defaults here)
    .venv/bin/python -m bench.trial --role tuning-train   # the tuning splits used before 11-28
    .venv/bin/python -m bench.trial --tasks sst2 --seeds 0,1 --techniques lora,full_finetune
    .venv/bin/python -m bench.trial --set lora.lr=1e-3 --set full_finetune.epochs=3

Prints mean ± sd per task and technique, the whole trial's wall time per split, evaluation
seconds per technique, and training throughput as a share of this machine's measured bf16
matmul peak; writes everything (every run included) to JSON. See bench/tasks.py for how the
tuning and report splits are kept apart.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

import torch

from adapters.models import autocast
from adapters.techniques import REGISTRY
from adapters.trial import RunConfig, Trial
from bench.tasks import REPORT_SEEDS, ROLES, TASKS, TUNING_SEEDS
from tailor.markdown import table
from tailor.settings import ROOT

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def matmul_peak_tflops(seconds: float = 3.0, n: int = 2048) -> float:
    """This machine's bf16 matmul throughput (the autocast path training uses), TFLOP/s."""
    a, b = torch.randn(n, n), torch.randn(n, n)
    with torch.inference_mode(), autocast():
        a @ b  # warm up
        done, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            a @ b
            done += 1
    return 2 * n**3 * done / (time.perf_counter() - start) / 1e12


def training_flops_per_token(technique: str, params: int) -> float:
    """Model FLOPs per trained token: 6N when every weight gets a gradient, about 4N when the
    base stays frozen (backward still flows through it, but no weight gradients)."""
    return (6 if technique == "full_finetune" else 4) * params


def parse_sets(pairs: list[str]) -> dict[str, dict[str, object]]:
    """['lora.lr=1e-3'] -> {'lora': {'lr': 0.001}}"""
    out: dict[str, dict[str, object]] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        technique, _, field = key.partition(".")
        try:
            parsed: object = int(value)
        except ValueError:
            try:
                parsed = float(value)
            except ValueError:
                parsed = value
        out.setdefault(technique, {})[field] = parsed
    return out


def run_split(task_id: str, seed: int, role: str, techniques: list[str],
              sets: dict[str, dict[str, object]], run: RunConfig) -> dict:
    from lab.estimate import MEASURED, estimate

    data = TASKS[task_id].split(seed, role)
    start = time.perf_counter()
    trial = Trial(data, RunConfig(**{**run.__dict__, "seed": seed}))
    rows = []
    for technique in REGISTRY.applicable(techniques, data.task.kind):
        spec = REGISTRY.get(technique)
        config = spec.config(**sets.get(technique, {}))
        # The estimate the lab would show before any run in this process corrects it, from
        # the built-in throughputs (not from earlier benchmark files).
        est = estimate(technique, trial.shape, trial.base.model, config, measured=MEASURED)
        tick = time.perf_counter()
        r = trial.run(technique, config)
        actual = time.perf_counter() - tick
        rows.append({"technique": technique, "variant": r.variant, "score": r.score,
                     "interval": r.interval, "macro_f1": r.scores.get("macro_f1"),
                     "train_s": r.train_seconds, "eval_s": r.eval_seconds, "steps": r.steps,
                     "stopped": r.stopped, "train_tokens": r.train_tokens,
                     "prompt_tokens": r.prompt_tokens_per_request, "peak_mb": r.peak_memory_mb,
                     "estimated_s": est.total_seconds, "actual_s": round(actual, 2),
                     "estimated_range": [round(x, 1) for x in est.total_range],
                     "eval_tokens": r.eval_tokens, "search_tokens": r.search_tokens,
                     "winner": _winner(r), "outcomes": r.outcomes})
        print(f"  {task_id} seed {seed}: {technique:<22} {r.score:.3f} "
              f"train {r.train_seconds:5.1f}s eval {r.eval_seconds:5.1f}s "
              f"steps {r.steps} {r.stopped or ''}", flush=True)
    return {"task": task_id, "seed": seed, "role": role, "n_train": len(data.train),
            "n_eval": len(data.eval), "labels": list(data.task.labels),
            "wall_s": round(time.perf_counter() - start, 1), "results": rows}


def _winner(result) -> dict | None:
    """The searched prompt that won (its evaluation cost depends on it), when there is one."""
    try:
        saved = json.loads((Path(result.artifact_dir) / "prompt.json").read_text())
    except (OSError, ValueError):
        return None
    return saved.get("candidate")


def goals(splits: list[dict]) -> tuple[list[list], list[list]]:
    """The issues' comparisons, per task: the optimised prompt against the better of zero-shot
    and few-shot (goal: 5 points better on average), and on classification the best LLM
    technique against the embedding classifier (goal: at or above it). Means over seeds."""
    means: dict[str, dict[str, float]] = {}
    for task in dict.fromkeys(s["task"] for s in splits):
        by: dict[str, list[float]] = {}
        for s in splits:
            if s["task"] == task:
                for r in s["results"]:
                    by.setdefault(r["technique"], []).append(r["score"])
        means[task] = {t: statistics.mean(v) for t, v in by.items()}
    prompt, baseline = [], []
    for task, m in means.items():
        if "optimized_prompt" in m and ("zero_shot" in m or "few_shot" in m):
            best = max(("zero_shot", "few_shot"), key=lambda t: m.get(t, -1.0))
            gap = 100 * (m["optimized_prompt"] - m[best])
            prompt.append([task, f"{m['optimized_prompt']:.3f}", f"{best} {m[best]:.3f}",
                           f"{gap:+.1f}", "met" if gap >= 5 else "not met"])
        if "embedding_classifier" in m:
            llm = {t: v for t, v in m.items() if t != "embedding_classifier"}
            if llm:
                best = max(llm, key=llm.get)
                gap = 100 * (llm[best] - m["embedding_classifier"])
                baseline.append([task, f"{m['embedding_classifier']:.3f}",
                                 f"{best} {llm[best]:.3f}", f"{gap:+.1f}",
                                 "met" if gap >= 0 else "not met"])
    return prompt, baseline


def report(splits: list[dict], peak: float, params: int, role: str, seeds: list[int]) -> dict:
    """Print every table; return them for the JSON."""
    rows, walls, estimator = summarise(splits, peak, params)
    prompt, baseline = goals(splits)
    print(f"\n{role} splits, seeds {seeds}; mean ± sd over seeds\n")
    print(table(["task", "technique", "score", "range", "seeds", "train s", "eval s",
                 "train tok/s", "share of bf16 peak"], rows))
    print("\n" + table(["task", "whole trial s (mean)", "max", "splits"], walls))
    print("\nThe estimator against what each run took (before any correction)\n")
    print(table(["technique", "mean error", "mean |error|", "runs"], estimator))
    print("\nOptimised prompt against the better of zero-shot and few-shot (goal +5 points)\n")
    print(table(["task", "optimised", "better of zero/few", "points", "goal"], prompt))
    print("\nBest LLM technique against the embedding classifier (goal: at or above)\n")
    print(table(["task", "embedding", "best LLM", "points", "goal"], baseline))
    return {"summary": rows, "walls": walls, "estimator": estimator,
            "optimized_vs_prompting": prompt, "llm_vs_embedding": baseline}


def summarise(splits: list[dict], peak: float, params: int
              ) -> tuple[list[list], list[list], list[list]]:
    scores: dict[tuple[str, str], list[dict]] = {}
    for s in splits:
        for r in s["results"]:
            scores.setdefault((s["task"], r["technique"]), []).append(r)
    rows = []
    for (task, technique), runs in scores.items():
        vals = [r["score"] for r in runs]
        sd = statistics.stdev(vals) if len(vals) > 1 else 0.0
        train = [r["train_tokens"] / r["train_s"] for r in runs if r["train_tokens"]]
        flops = statistics.mean(train) * training_flops_per_token(technique, params) if train \
            else 0.0
        mfu = f"{100 * flops / (peak * 1e12):.1f}%" if train else "–"
        rows.append([task, technique, f"{statistics.mean(vals):.3f} ± {sd:.3f}",
                     f"{min(vals):.3f}-{max(vals):.3f}", len(vals),
                     f"{statistics.mean(r['train_s'] for r in runs):.1f}",
                     f"{statistics.mean(r['eval_s'] for r in runs):.1f}",
                     f"{statistics.mean(train):,.0f}" if train else "–", mfu])
    walls = []
    errors: dict[str, list[float]] = {}
    for s in splits:
        for r in s["results"]:
            if r.get("estimated_s") and r.get("actual_s"):
                errors.setdefault(r["technique"], []).append(
                    (r["estimated_s"] - r["actual_s"]) / r["actual_s"])
    estimator = [[t, f"{100 * statistics.mean(e):+.0f}%",
                  f"{100 * statistics.mean(abs(x) for x in e):.0f}%", len(e)]
                 for t, e in errors.items()]
    for task in dict.fromkeys(s["task"] for s in splits):
        w = [s["wall_s"] for s in splits if s["task"] == task]
        walls.append([task, f"{statistics.mean(w):.1f}", f"{max(w):.1f}", len(w)])
    return rows, walls, estimator


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", default=",".join(TASKS))
    ap.add_argument("--techniques", default=",".join(REGISTRY.ids))
    ap.add_argument("--seeds", help="comma list; default: the role's five seeds")
    ap.add_argument("--tuning", action="store_true", help="tuning splits (held-out rows "
                    "from test-file rows no report split uses), for choosing defaults")
    ap.add_argument("--role", choices=ROLES, help="the splits' role (see bench/tasks.py); "
                    "--tuning is --role tuning")
    ap.add_argument("--set", action="append", default=[], metavar="TECHNIQUE.FIELD=VALUE",
                    help="override a technique's config field")
    ap.add_argument("--val-fraction", type=float, default=RunConfig().val_fraction)
    ap.add_argument("--out", help="JSON path (default: bench/results/trial-<role>.json)")
    ap.add_argument("--from", dest="saved", metavar="JSON",
                    help="print the tables of a saved run (complete or not) without running")
    args = ap.parse_args()
    if args.saved:
        from adapters.models import load_base

        saved = json.loads(Path(args.saved).read_text())
        report(saved["splits"], saved["bf16_peak_tflops"],
               saved.get("params") or load_base().params,
               saved["role"], saved["seeds"])
        return

    role = args.role or ("tuning" if args.tuning else "report")
    seeds = ([int(s) for s in args.seeds.split(",")] if args.seeds
             else list(REPORT_SEEDS if role == "report" else TUNING_SEEDS))
    techniques = REGISTRY.ordered([t.strip() for t in args.techniques.split(",")])
    sets = parse_sets(args.set)
    run = RunConfig(val_fraction=args.val_fraction)
    peak = matmul_peak_tflops()
    print(f"bf16 matmul peak here: {peak:.2f} TFLOP/s", flush=True)
    wall = time.perf_counter()
    out = Path(args.out or ROOT / "bench" / "results" / f"trial-{role}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    splits = []
    for task in args.tasks.split(","):
        for seed in seeds:
            splits.append(run_split(task, seed, role, techniques, sets, run))
            # Written after every split: a long run that stops keeps what it measured.
            out.write_text(json.dumps({"role": role, "seeds": seeds, "sets": sets,
                                       "val_fraction": args.val_fraction,
                                       "cpus": os.cpu_count(), "bf16_peak_tflops": round(
                                           peak, 3), "splits": splits}, indent=1))
    from adapters.models import load_base

    params = load_base().params
    tables = report(splits, peak, params, role, seeds)
    cpu = platform.processor() or platform.machine()
    print(f"\n{time.perf_counter() - wall:.0f} s in all on {cpu}, {os.cpu_count()} CPUs")
    out.write_text(json.dumps({"role": role, "seeds": seeds, "sets": sets,
                               "val_fraction": args.val_fraction, "cpus": os.cpu_count(),
                               "bf16_peak_tflops": round(peak, 3), "splits": splits,
                               **tables, "params": params}, indent=1))


if __name__ == "__main__":
    main()
