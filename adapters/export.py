"""Export a LoRA (merged into its base) or a fully fine-tuned run as a plain model folder
that `transformers serve`, vLLM or any transformers code loads.

    python -m adapters.export --adapter .tailor/lab/<session>/runs/lora --out lora-merged
"""

from __future__ import annotations

import argparse
import sys

from adapters.serving import export_merged
from tailor.errors import TailorError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m adapters.export", description=__doc__.split(
        "\n")[0])
    ap.add_argument("--adapter", required=True, help="a LoRA or full fine-tuning run's folder")
    ap.add_argument("--out", required=True, help="where to write the model folder")
    args = ap.parse_args(argv)
    try:
        print(export_merged(args.adapter, args.out))
    except TailorError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
