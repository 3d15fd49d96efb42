"""The prompt search: it finds a better prompt than a misleading instruction, it never scores
a held-out row while searching, and its winner downloads and reloads as an ordinary prompt."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from adapters import RunConfig, Trial
from adapters.techniques import REGISTRY
from adapters.techniques import optimized_prompt as op

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def misled():
    """The support-ticket sample with an instruction that describes another task."""
    from adapters.samples import load_sample

    data = load_sample("tickets", seed=0)
    return replace(data, task=replace(data.task, instruction="Translate the text into French."))


def test_the_search_beats_a_misleading_instruction_and_never_scores_held_out_rows(
        misled, tmp_path: Path, monkeypatch) -> None:
    scored: list[str] = []
    original = op.PromptPredictor.predict

    def spy(self, texts):  # instrumented: every input the predictor is asked about
        scored.extend(texts)
        return original(self, texts)

    trial = Trial(misled, RunConfig(output_dir=tmp_path))
    zero = trial.run("zero_shot")
    monkeypatch.setattr(op.PromptPredictor, "predict", spy)
    best = trial.run("optimized_prompt")
    held_out = {e.input for e in misled.eval}
    searched = scored[: -len(misled.eval)]  # the last call is the held-out evaluation
    assert searched and not set(searched) & held_out
    assert set(scored[-len(misled.eval):]) == held_out
    saved = json.loads((Path(best.artifact_dir) / "prompt.json").read_text())
    train_inputs = [e.input for e in misled.train]
    assert {train_inputs[i] for i in saved["validation_rows"]} <= set(searched)
    assert saved["candidate"]["instruction"] != "Translate the text into French." or \
        saved["candidate"]["shots"] > 0
    assert len(saved["search"]) <= REGISTRY.get("optimized_prompt").config().budget
    assert best.search_curve == sorted(best.search_curve, key=lambda p: p[0])
    assert best.score > zero.score, (best.score, zero.score)
    # The estimate times the candidates the search scores, in the search's order.
    budget = REGISTRY.get("optimized_prompt").config().budget
    logged = [(c["candidate"]["shots"], c["candidate"]["selection"],
               c["candidate"]["order"] == "shuffled", c["candidate"]["calibrate"])
              for c in saved["search"]]
    planned = op.plan(True, budget, len(op.templates(trial)))
    assert len(logged) == len(planned)
    fixed = len(op.templates(trial)) + len(op.DEMO_STEPS)  # later steps reuse the best
    assert logged[:fixed] == planned[:fixed]
    assert [step[2:] for step in logged[fixed:]] == [step[2:] for step in planned[fixed:]]
    # Which prompt wins is unknown beforehand: evaluation is a range, and it holds the
    # midpoint the total uses.
    from lab.estimate import estimate

    est = estimate("optimized_prompt", trial.shape, trial.base.model)
    lo, hi = est.eval_seconds_range
    assert lo < est.eval_seconds < hi
    assert est.total_range == (est.train_seconds + lo, est.train_seconds + hi)


def test_the_winner_downloads_and_reloads(tickets_split, tmp_path: Path) -> None:
    trial = Trial(tickets_split, RunConfig(output_dir=tmp_path))
    spec = REGISTRY.get("optimized_prompt")
    r = trial.run("optimized_prompt", spec.config(budget=4))
    folder = Path(r.artifact_dir)
    text = (folder / "prompt.txt").read_text()
    saved = json.loads((folder / "prompt.json").read_text())
    assert saved["candidate"]["instruction"] in text and "Ticket: <your input>" in text
    assert r.search_tokens > 0 and len(r.search_curve) == 4
    # Four candidates are the written instructions alone: no demonstrations can win, so the
    # estimate's evaluation is one figure, not a range.
    work = spec.work(trial.shape, spec.config(budget=4))
    assert work.eval_tokens_range[0] == work.eval_tokens_range[1] == work.eval_tokens
    reloaded = spec.load(Trial.for_artifact(folder), folder)
    assert reloaded.predict([e.input for e in tickets_split.eval]).predictions == \
        [p["prediction"] for p in r.predictions]
