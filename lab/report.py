"""The decision report: one markdown file with the profile, the recommendation and its
citations, the measured table and a chart, for a founder to forward."""

from __future__ import annotations

import time
from pathlib import Path

from advisor.recommend import Recommendation, to_markdown
from lab.session import (
    COST_NOTE,
    LABELS,
    RESULT_HEADERS,
    LabState,
    restate,
    result_rows,
    summary,
)


def _bars(state: LabState) -> list[str]:
    """Score against training time as a text bar chart (renders anywhere markdown does)."""
    lines = ["```", "score (█ = 5 points)            train s"]
    for t, r in state.results.items():
        bar = "█" * round(r.score * 20)
        lines.append(f"{LABELS[t]:<24} {bar:<20} {r.score:.2f}  {r.train_seconds:6.1f}")
    lines.append("```")
    return lines


def decision_report(state: LabState, rec: Recommendation | None) -> str:
    lines = ["# Tailor decision report", "",
             f"*Generated {time.strftime('%Y-%m-%d %H:%M')} by Tailor.*", ""]
    if rec is not None:
        lines += [to_markdown(rec).replace("## Recommendation", "## Recommendation", 1), ""]
    else:
        lines += ["*No advisor recommendation in this session: only the measurements.*", ""]
    lines += ["## Measured on your sample", "", summary(state), ""]
    if state.results:
        lines += ["| " + " | ".join(RESULT_HEADERS) + " |",
                  "|" + "---|" * len(RESULT_HEADERS)]
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in result_rows(state)]
        lines += ["", "*train s (est.): measured seconds on this machine, with the estimate "
                  "made before the run in brackets.*", "", COST_NOTE, ""]
        lines += ["### Score against training time", "", *_bars(state), ""]
        lines += [restate(state, rec.technique if rec else None,
                          rec.profile.monthly_requests if rec else None), ""]
    else:
        lines += ["No technique has been run yet.", ""]
    if state.curve:
        lines += ["### Learning curve", "",
                  *[f"- {n} training examples: {s:.3f}" for n, s in state.curve], ""]
    return "\n".join(lines)


def write_report(state: LabState, rec: Recommendation | None, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tailor-decision-report.md"
    path.write_text(decision_report(state, rec), encoding="utf-8")
    return str(path)
