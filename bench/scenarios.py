"""The founder scenario table: how many picks the notes accept and how many stated fields are
read right, on the dev and the held-out set, through the same paths as the CLI and the chat.

    .venv/bin/python -m bench.scenarios [--out bench/results/scenarios.json]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from tailor.settings import ROOT

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from advisor.knowledge import default_knowledge_base
from advisor.scenarios import DEV, HELDOUT_SETS, figures, load, run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "scenarios.json"))
    args = ap.parse_args()
    kb = default_knowledge_base()
    report: dict = {"sets": {}}
    rows = []
    sets = [("dev", DEV)] + [(f"held-out {key.removeprefix('heldout') or 1} (seen)", path)
                             for key, path in HELDOUT_SETS.items()]
    for name, path in sets:
        outcomes = [run(s, kb) for s in load(path)]
        f = figures(outcomes)
        misses = [{"id": o.scenario.id, "picked": o.technique, "accepted": list(o.scenario.accept)}
                  for o in outcomes if not o.pick_ok]
        wrong = [{"id": o.scenario.id, "field": c.name, "expected": c.expected,
                  "read": str(c.got) if c.got is not None else None}
                 for o in outcomes for c in o.wrong_fields]
        report["sets"][name] = {
            "scenarios": f.scenarios, "picks_ok": f.picks_ok, "picks_pct": round(f.picks_pct, 1),
            "fields": f.fields, "fields_ok": f.fields_ok, "fields_pct": round(f.fields_pct, 1),
            "numbers": f.numbers, "numbers_ok": f.numbers_ok,
            "numbers_pct": round(f.numbers_pct, 1), "wrong_picks": misses,
            "wrong_fields": wrong}
        rows.append((name, f))
    head = ["set", "scenarios", "picks acceptable", "fields read right", "numbers read right"]
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for name, f in rows:
        print(f"| {name} | {f.scenarios} | {f.picks_ok}/{f.scenarios} ({f.picks_pct:.1f}%) | "
              f"{f.fields_ok}/{f.fields} ({f.fields_pct:.1f}%) | "
              f"{f.numbers_ok}/{f.numbers} ({f.numbers_pct:.1f}%) |")
    for name, data in report["sets"].items():
        for m in data["wrong_picks"]:
            print(f"{name} {m['id']}: picked {m['picked']}, accepted {m['accepted']}")
        for w in data["wrong_fields"]:
            print(f"{name} {w['id']}: {w['field']} expected {w['expected']!r}, "
                  f"read {w['read']!r}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
