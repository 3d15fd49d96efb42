"""Benchmark: all six techniques on each built-in sample, to check that the defaults hold
beyond SST-2.

    .venv/bin/python bench/samples.py [--out bench/results/samples.json] [--samples a,b]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from adapters.samples import load_sample, samples  # noqa: E402
from adapters.techniques import TECHNIQUES, RunConfig, Trial  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "samples.json"))
    ap.add_argument("--samples", default=",".join(samples()))
    ap.add_argument("--techniques", default=",".join(TECHNIQUES))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--variant", default=None, help="e.g. prompt, to compare soft prompts")
    args = ap.parse_args()
    rows = []
    for sample_id in args.samples.split(","):
        data = load_sample(sample_id, seed=args.seed)
        trial = Trial(data, RunConfig(seed=args.seed, variant=args.variant))
        start = time.perf_counter()
        for technique in args.techniques.split(","):
            r = trial.run(technique)
            rows.append({"sample": sample_id, "technique": technique, "variant": r.variant,
                         "metric": r.metric, "score": r.score, "train_s": r.train_seconds,
                         "eval_s": r.eval_seconds, "n_train": r.n_train, "n_eval": r.n_eval})
            print(json.dumps(rows[-1]), flush=True)
        print(f"{sample_id}: {time.perf_counter() - start:.1f} s", flush=True)
    head = ["sample", "technique", "variant", "metric", "score", "train_s", "eval_s"]
    print("\n| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for row in rows:
        print("| " + " | ".join(str(row[h]) for h in head) + " |")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"seed": args.seed, "cpus": os.cpu_count(), "results": rows},
                              indent=2))


if __name__ == "__main__":
    main()
