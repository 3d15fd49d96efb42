"""What a session takes away, and the playground: the artifact zip, the prompt template, the
decision report, and any technique asked about new input exactly as it was evaluated."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import torch

from adapters.techniques import REGISTRY
from adapters.trial import Result
from advisor.recommend import Recommendation, to_markdown
from lab.runner import trial_for
from lab.state import LabState
from lab.views import COST_NOTE, RESULT_HEADERS, name, restate, result_rows
from tailor.errors import TailorError
from tailor.markdown import table

MAX_PLAYGROUND_CHARS = 2000


def _result(state: LabState, technique: str) -> Result:
    r = state.results.get(technique)
    if r is None:
        raise TailorError(f"Run {REGISTRY.get(technique).name} first.")
    return r


def adapter_zip(state: LabState, technique: str) -> str:
    """A zip of the technique's artifact folder (PEFT loads it as-is after unzipping)."""
    folder = Path(_result(state, technique).artifact_dir)
    target = folder.parent / f"{technique}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for f in folder.rglob("*"):
            if f.is_file():
                z.write(f, f.relative_to(folder))
    return str(target)


def recipe_zip(state: LabState, technique: str) -> str:
    """Take it to production: the recipe folder for this run, zipped."""
    from adapters.models import load_base
    from adapters.recipe import export_recipe
    from adapters.trial import RunConfig, measure_shape

    r = _result(state, technique)
    spec = REGISTRY.get(technique)
    base = load_base(state.model)
    shape = measure_shape(state.split, base.tokenizer)
    rows = state.split.train + state.split.eval
    folder = export_recipe(state.folder / "recipes" / technique, technique,
                           spec.config(variant=r.variant), r, state.split, rows,
                           RunConfig(seed=state.seed), base.public_id, base.params,
                           shape.prompt_tokens + shape.answer_tokens)
    target = folder.parent / f"{technique}-recipe.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for f in folder.rglob("*"):
            if f.is_file():
                z.write(f, Path(folder.name) / f.relative_to(folder))
    return str(target)


def prompt_file(state: LabState, technique: str) -> str:
    """The technique's prompt.json (format, labels, demonstrations, calibration); for a
    searched prompt, a zip of prompt.json and prompt.txt, the winner as plain text."""
    folder = Path(_result(state, technique).artifact_dir)
    if not (folder / "prompt.txt").exists():
        return str(folder / "prompt.json")
    target = folder.parent / f"{technique}-prompt.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ("prompt.json", "prompt.txt", "README.md"):
            if (folder / name).exists():
                z.write(folder / name, name)
    return str(target)


def playground(state: LabState, technique: str, text: str) -> str:
    """Ask a technique about a new input, through the predictor it was evaluated with."""
    r = _result(state, technique)
    text = (text or "").strip()
    if not text:
        raise TailorError("Type an input to try.")
    if len(text) > MAX_PLAYGROUND_CHARS:
        raise TailorError(f"Keep the input under {MAX_PLAYGROUND_CHARS:,} characters.")
    trial = trial_for(state)
    predictor = REGISTRY.get(technique).load(trial, Path(r.artifact_dir))
    try:
        answers = predictor.predict([text])
    finally:
        predictor.close()
    if answers.logprobs is None:
        return answers.predictions[0] or "(empty answer)"
    probs = torch.softmax(answers.logprobs[0], -1).tolist()
    ranked = sorted(zip(trial.labels.names, probs, strict=True), key=lambda x: -x[1])
    return "\n".join(f"**{lab}**: {p:.0%}" if i == 0 else f"{lab}: {p:.0%}"
                     for i, (lab, p) in enumerate(ranked))


def _bars(state: LabState) -> list[str]:
    """Score against training time as a text bar chart (renders anywhere markdown does)."""
    lines = ["```", "score (█ = 5 points)            train s"]
    for t in REGISTRY.ordered(list(state.results)):
        r = state.results[t]
        lines.append(f"{name(t):<24} {'█' * round(r.score * 20):<20} {r.score:.2f}  "
                     f"{r.train_seconds:6.1f}")
    lines.append("```")
    return lines


def decision_report(state: LabState, rec: Recommendation | None) -> str:
    """One markdown file with the profile, the recommendation and its citations, the
    measured table and a chart, for a founder to forward."""
    from lab.data import summary

    lines = ["# Tailor decision report", "",
             f"*Generated {time.strftime('%Y-%m-%d %H:%M')} by Tailor.*", ""]
    if rec is not None:
        lines += [to_markdown(rec), ""]
    else:
        lines += ["*No advisor recommendation in this session: only the measurements.*", ""]
    lines += ["## Measured on your sample", "", summary(state, export=True), ""]
    if state.results:
        lines += [table(RESULT_HEADERS, result_rows(state)), "",
                  "*train s (est.): measured seconds on this machine, with the estimate "
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


def report_file(state: LabState, rec: Recommendation | None) -> str:
    """The decision report, written into the session's own folder."""
    state.folder.mkdir(parents=True, exist_ok=True)
    path = state.folder / "tailor-decision-report.md"
    path.write_text(decision_report(state, rec), encoding="utf-8")
    return str(path)
