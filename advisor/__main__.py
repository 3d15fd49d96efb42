"""Command line: python -m advisor "free text" [--json]"""

from __future__ import annotations

import argparse
import json
import sys

from advisor import TailorError, advise_text, to_markdown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m advisor",
        description="Recommend prompt engineering, soft-prompt tuning or fine-tuning for a task.",
    )
    parser.add_argument("text", nargs="+", help="your task, data and budget in plain words")
    parser.add_argument("--json", action="store_true", help="print the recommendation as JSON")
    args = parser.parse_args(argv)
    try:
        rec = advise_text(" ".join(args.text))
    except TailorError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(rec.to_dict(), indent=2))
    else:
        print(to_markdown(rec))
    return 0


if __name__ == "__main__":
    sys.exit(main())
