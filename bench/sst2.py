"""Benchmark: all six techniques on SST-2 (64 training sentences, 200 dev sentences).

    .venv/bin/python bench/sst2.py [--out bench/results/sst2.json] [--techniques a,b]

Prints a table and writes JSON: score, train s, eval s, tokens per second, peak memory.
Data: ../shared/data/sst2 (GLUE SST-2; see its README).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from adapters.data import Example, split  # noqa: E402
from adapters.techniques import TECHNIQUES, RunConfig, Trial  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "sst2"
NAMES = {"0": "negative", "1": "positive"}


def read(path: Path) -> list[Example]:
    with path.open() as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Example(r["sentence"], NAMES[r["label"]]) for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "sst2.json"))
    ap.add_argument("--techniques", default=",".join(TECHNIQUES))
    ap.add_argument("--train", type=int, default=64)
    ap.add_argument("--eval", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--variant", default=None)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--epochs", type=float, default=None)
    args = ap.parse_args()

    wall = time.perf_counter()
    train_pool, dev = read(DATA / "train.tsv"), read(DATA / "dev.tsv")
    rng = random.Random(args.seed)
    train = rng.sample(train_pool, args.train)
    rng.shuffle(dev)
    # A user names their fields in the lab; the bench does the same for SST-2.
    data = split(train, dev[: args.eval], seed=args.seed, source="sst2",
                 input_name="Review", output_name="Sentiment")
    config = RunConfig(seed=args.seed, variant=args.variant, lr=args.lr, epochs=args.epochs)
    load = time.perf_counter()
    trial = Trial(data, config)
    load = time.perf_counter() - load
    rows = []
    for technique in args.techniques.split(","):
        r = trial.run(technique)
        rows.append({
            "technique": r.technique, "variant": r.variant, "score": r.score,
            "macro_f1": r.scores.get("macro_f1"), "train_s": r.train_seconds,
            "eval_s": r.eval_seconds, "steps": r.steps,
            "train_tok_s": round(r.train_tokens / r.train_seconds) if r.train_seconds else None,
            "eval_tok_s": round(r.eval_tokens / r.eval_seconds) if r.eval_seconds else None,
            "peak_mb": r.peak_memory_mb, "trainable": r.trainable_params,
            "prompt_tokens": r.prompt_tokens_per_request, "adapter_kb": r.adapter_bytes // 1024,
        })
        print(json.dumps(rows[-1]), flush=True)
    wall = time.perf_counter() - wall
    header = ["technique", "variant", "score", "train_s", "eval_s", "train_tok_s",
              "eval_tok_s", "peak_mb", "trainable", "prompt_tokens"]
    print("\n| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(str(row[h]) for h in header) + " |")
    cpu = platform.processor() or platform.machine()
    print(f"\nwall {wall:.1f} s (model load {load:.1f} s), {cpu}, {os.cpu_count()} CPUs")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"wall_seconds": round(wall, 1), "load_seconds": round(load, 1),
                               "cpus": os.cpu_count(), "train": args.train, "eval": args.eval,
                               "seed": args.seed, "results": rows}, indent=2))


if __name__ == "__main__":
    main()
