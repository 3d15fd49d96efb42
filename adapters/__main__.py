"""Command line: try techniques on your own sample.

    python -m adapters --technique lora --train train.csv [--eval eval.csv] [--model ID]
        [--epochs N | --steps N] [--max-seconds S] [--seed N] [--json]
    python -m adapters --technique zero_shot,prompt_tuning:prompt,lora --train train.csv
    python -m adapters --technique all --train train.csv
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading

from adapters.data import load_examples, relabel, split
from adapters.registry import TechniqueConfig
from adapters.techniques import REGISTRY
from adapters.training import Cancelled
from adapters.trial import Progress, Result, RunConfig, Trial
from tailor.endpoint import EndpointConfig
from tailor.errors import TailorError
from tailor.markdown import table as markdown_table


def _labels(spec: str | None) -> dict[str, str]:
    """'0=negative,1=positive' -> {'0': 'negative', '1': 'positive'}"""
    if not spec:
        return {}
    try:
        return dict(pair.split("=", 1) for pair in spec.split(","))
    except ValueError as exc:
        raise TailorError("--labels takes RAW=NAME pairs, e.g. 0=negative,1=positive") from exc


def plan(spec: str, variant: str | None = None, **options) -> list[tuple[str, TechniqueConfig]]:
    """'all' or 'a,b:variant,c' -> [(technique, its config)], validated before anything runs.
    `options` (lr, epochs, ...) go to the techniques that have them."""
    items = list(REGISTRY.ids) if spec.strip() == "all" else \
        [s.strip() for s in spec.split(",") if s.strip()]
    if not items:
        raise TailorError("Name at least one technique, or 'all'.")
    if variant and len(items) > 1:
        raise TailorError("--variant applies to one technique; for several, write "
                          "technique:variant, e.g. prompt_tuning:prompt.")
    out = []
    for item in items:
        technique, _, own = item.partition(":")
        out.append((technique, REGISTRY.get(technique).config(variant=own or variant,
                                                               **options)))
    return out


def table(results: list[Result]) -> str:
    """A comparison table in markdown."""
    rows = []
    for r in results:
        pct = 100 * r.trainable_params / r.total_params if r.total_params else 0
        lo, hi = r.interval
        rows.append([r.technique, r.variant, r.model, f"{r.score:.3f} ({lo:.2f}-{hi:.2f})",
                     r.metric, f"{r.train_seconds:.1f}", f"{r.eval_seconds:.1f}",
                     f"{r.trainable_params:,} ({pct:.2g}%)",
                     f"{r.prompt_tokens_per_request:.0f}", f"{r.adapter_bytes / 2**20:.2f}",
                     r.unparseable if r.api_usage else "–"])
    return markdown_table(["technique", "variant", "model", "score (95% interval)", "metric",
                           "train s", "eval s", "trainable", "prompt tokens", "artifact MB",
                           "unparseable"], rows)


def _progress(p: Progress) -> None:
    if p.phase == "train":
        end = "\n" if p.step == p.total else ""
        print(f"\r{p.technique}: step {p.step}/{p.total} loss {p.loss:.3f}", end=end,
              file=sys.stderr, flush=True)
    elif p.phase in ("setup", "eval") and p.step == 0:
        print(f"{p.technique}: {p.phase}…", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m adapters",
                                 description="Run prompting, soft-prompt tuning, LoRA or full "
                                             "fine-tuning on a sample of your data.")
    ap.add_argument("--technique", required=True,
                    help=f"'all', or a comma list of: {', '.join(REGISTRY.ids)} "
                         "(technique:variant picks a variant)")
    ap.add_argument("--train", required=True, help="CSV, TSV or JSONL with input/output pairs")
    ap.add_argument("--eval", help="held-out file; default: split --train by --seed")
    ap.add_argument("--model", help="Hugging Face id or local path (default: bundled SmolLM2)")
    steps = ap.add_mutually_exclusive_group()
    steps.add_argument("--epochs", type=float)
    steps.add_argument("--steps", type=int)
    ap.add_argument("--max-seconds", type=float, help="training time budget per technique")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--variant", help="e.g. prefix or prompt for prompt_tuning")
    ap.add_argument("--lr", type=float)
    ap.add_argument("--labels", help="rename raw labels, e.g. 0=negative,1=positive")
    ap.add_argument("--input-name", help="what the input is called, e.g. Review")
    ap.add_argument("--output-name", help="what the output is called, e.g. Sentiment")
    ap.add_argument("--instruction", help="the task instruction at the top of every prompt")
    ap.add_argument("--max-train", type=int)
    ap.add_argument("--max-eval", type=int)
    ap.add_argument("--base-url", help="an OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, "
                    "LM Studio, transformers serve) where the prompting techniques run; the "
                    "API key comes from OPENAI_API_KEY")
    ap.add_argument("--api-model", help="the endpoint's model name, e.g. gpt-4o-mini")
    ap.add_argument("--api-style", choices=("chat", "completions"), default="chat",
                    help="chat messages (chat models) or the raw prompt (base models)")
    ap.add_argument("--input-price", type=float, help="endpoint $ per 1M prompt tokens")
    ap.add_argument("--output-price", type=float, help="endpoint $ per 1M answer tokens")
    ap.add_argument("--out", help="artifact folder (default: .tailor/runs/<id>)")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    args = ap.parse_args(argv)
    try:
        runs = plan(args.technique, args.variant, lr=args.lr, epochs=args.epochs)
        names = _labels(args.labels)
        train = relabel(load_examples(args.train), names)
        evals = relabel(load_examples(args.eval), names) if args.eval else None
        data = split(train, evals, seed=args.seed, max_train=args.max_train,
                     max_eval=args.max_eval, source=args.train, instruction=args.instruction,
                     input_name=args.input_name, output_name=args.output_name)
        remote = None
        if args.base_url or args.api_model:
            if not (args.base_url and args.api_model):
                raise TailorError("--base-url and --api-model go together.")
            remote = EndpointConfig(args.base_url, args.api_model,
                                    os.environ.get("OPENAI_API_KEY", ""),
                                    input_price_per_m=args.input_price,
                                    output_price_per_m=args.output_price, api=args.api_style)
        config = RunConfig(model=args.model, steps=args.steps, max_seconds=args.max_seconds,
                           seed=args.seed, output_dir=args.out, endpoint=remote)
        trial = Trial(data, config, _progress, threading.Event())
        results = [trial.run(t, c) for t, c in runs]
    except Cancelled as exc:
        print(f"Cancelled: {exc}", file=sys.stderr)
        return 130
    except TailorError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        payload = [r.to_dict() for r in results]
        print(json.dumps(payload if len(runs) > 1 else payload[0], indent=2))
    else:
        print(f"{data.task.kind}: {len(data.train)} training / {len(data.eval)} eval examples"
              + (f", labels {', '.join(data.task.labels)}" if data.task.labels else ""))
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
