"""The registry of techniques and everything that reads it, on a tiny random model: every
technique runs end to end, on every kind of label set, and every consumer (CLI, estimates,
lab views, report, app) handles every technique. Fast: no real language model."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from adapters import Example, RunConfig, Trial, split
from adapters.__main__ import plan
from adapters.registry import FAMILIES, TechniqueConfig
from adapters.techniques import REGISTRY
from adapters.trial import Result, measure_shape
from lab import views
from lab.artifacts import decision_report
from lab.estimate import MEASURED, estimate, seconds
from lab.handlers import CHOICES, COLORS
from lab.state import LabState
from tailor.errors import TailorError
from tailor.pricing import Pricing, Serving

IDS = REGISTRY.ids


def test_registry_entries_are_complete() -> None:
    assert len(IDS) == len(set(IDS)) >= 6
    assert len({t.color for t in REGISTRY}) == len(REGISTRY)  # one colour each in plots
    assert len({t.name for t in REGISTRY}) == len(REGISTRY)
    for t in REGISTRY:
        assert t.family in (*FAMILIES, "baseline") and isinstance(t.serving, Serving)
        config = t.config()
        assert isinstance(config, TechniqueConfig) and config.variant == t.config_class.VARIANTS[0]
        assert t.label(config.variant).startswith(t.name)
    assert {t.family for t in REGISTRY} <= {*FAMILIES, "baseline"}
    for family in FAMILIES:  # the lab can stand in for every piece of advice
        assert REGISTRY.representative(family) in IDS


@pytest.mark.parametrize("technique", IDS)
def test_configs_check_themselves(technique: str) -> None:
    spec = REGISTRY.get(technique)
    with pytest.raises(TailorError, match="Unknown variant 'nonsense'"):
        spec.config(variant="nonsense")
    for variant in spec.config_class.VARIANTS:
        assert spec.config(variant=variant).variant == variant
    if "lr" in {f for f in spec.config_class.__dataclass_fields__}:
        with pytest.raises(TailorError, match="must be positive"):
            spec.config(lr=-1.0)


def test_unknown_technique_is_an_error() -> None:
    with pytest.raises(TailorError, match="Unknown technique 'magic'"):
        REGISTRY.get("magic")
    with pytest.raises(TailorError, match="Unknown technique"):
        plan("zero_shot,magic")
    with pytest.raises(TailorError, match="--variant applies to one technique"):
        plan("zero_shot,lora", variant="prefix")


def test_cli_plans_every_technique() -> None:
    planned = plan("all", lr=1e-4)
    assert [t for t, _ in planned] == list(IDS)
    for technique, config in planned:  # lr goes only to the techniques that train
        assert getattr(config, "lr", 1e-4) == 1e-4 or not REGISTRY.get(technique).trains
    assert plan("prompt_tuning:prompt")[0][1].variant == "prompt"


LABEL_SETS = {
    "shared first words": ["book flight", "book hotel", "play music", "play podcast"],
    "numeric": ["1", "2", "3", "10"],
    "unicode": ["café", "naïve", "日本", "😀 happy"],
    "many classes": [f"topic {chr(97 + i)}{chr(97 + i)}" for i in range(22)],
}


def _split(labels: list[str], per_label: int = 3) -> object:
    rows = [Example(f"example {i} about {lab}", lab) for lab in labels for i in range(per_label)]
    return split(rows, seed=0, eval_fraction=0.34)


@pytest.mark.parametrize("name", LABEL_SETS)
def test_every_technique_on_every_label_set(name: str, tiny_model: str, tmp_path: Path) -> None:
    data = _split(LABEL_SETS[name])
    assert data.task.kind == "classification"
    assert set(data.task.labels) == set(LABEL_SETS[name])
    trial = Trial(data, RunConfig(model=tiny_model, steps=2, output_dir=tmp_path))
    for technique in IDS:
        r = trial.run(technique)
        assert r.metric == "accuracy" and 0 <= r.score <= 1
        assert {p["prediction"] for p in r.predictions} <= set(data.task.labels)
        assert len(r.predictions) == len(data.eval)
        if REGISTRY.get(technique).trains:
            assert r.steps == 2 and r.loss_curve


@pytest.mark.parametrize("kind", ["classification", "generation"])
def test_the_playground_predictor_reproduces_the_evaluation(kind: str, tiny_model: str,
                                                             tickets_split, capitals_split,
                                                             tmp_path: Path) -> None:
    data = tickets_split if kind == "classification" else capitals_split
    trial = Trial(data, RunConfig(model=tiny_model, steps=3, output_dir=tmp_path))
    for technique in REGISTRY.applicable(IDS, kind):
        r = trial.run(technique)
        predictor = REGISTRY.get(technique).load(trial, Path(r.artifact_dir))
        try:
            answers = predictor.predict([e.input for e in data.eval])
        finally:
            predictor.close()
        assert answers.predictions == [p["prediction"] for p in r.predictions], technique


def test_work_counts_what_scoring_runs() -> None:
    """The estimate's token counts follow adapters.scoring: the shared instruction once per
    evaluation (not per row), each label's tokens after the first, packed side by side; a
    soft prompt runs once with the instruction; chain of thought encodes every prompt whole
    (decoding starts there) and scores the cue and labels from its cache."""
    from dataclasses import replace

    from adapters.registry import Shape

    shape = Shape(n_train=64, n_eval=200, n_fit=64, prompt_tokens=50, instruction_tokens=30,
                  n_labels=4, answer_tokens=2, label_tail_tokens=4)
    zero = REGISTRY.get("zero_shot")
    assert zero.work(shape, zero.config()).eval_tokens == 200 * (20 + 4 * 1)
    longer = replace(shape, label_tail_tokens=9)  # e.g. labels of 1, 2, 3 and 6 tokens
    assert zero.work(longer, zero.config()).eval_tokens == 200 * (20 + 9)
    soft = REGISTRY.get("prompt_tuning")
    assert soft.work(shape, soft.config()).eval_tokens == 200 * (20 + 4 * 1)
    assert soft.work(shape, soft.config()).prompt_tokens == 50 + 30  # what a request carries
    lora = REGISTRY.get("lora")
    work = lora.work(shape, lora.config())
    assert work.train_tokens == work.steps * shape.batch_size * (20 + 4 * 1)
    # Without a known answer length, generation is counted to the token limit: 100 rows
    # are 3 batches of up to 48, 48 steps each.
    writing = replace(shape, n_eval=100, n_labels=0, label_tail_tokens=0, max_new_tokens=48)
    w = zero.work(writing, zero.config())
    assert (w.generated_tokens, w.decode_steps) == (100 * 48, 3 * 48)
    # A batch ends once every row has written its line: counted to the longest training
    # answer and its newline, when that is shorter than the limit.
    w = zero.work(replace(writing, longest_answer=10), zero.config())
    assert (w.generated_tokens, w.decode_steps) == (100 * 12, 3 * 12)
    w = zero.work(replace(writing, longest_answer=60), zero.config())
    assert w.decode_steps == 3 * 48
    cot = REGISTRY.get("chain_of_thought")
    w = cot.work(shape, cot.config())  # reasoning in batches of 128, then scored labels
    assert w.decode_steps == 2 * cot.config().reasoning_tokens
    assert w.eval_tokens == 200 * (50 + 12 + 4 * 1)  # prompt, trigger and cue; label tails


def test_estimates_cover_every_technique(tiny_model: str, tickets_split, capitals_split
                                         ) -> None:
    from adapters.models import load_base

    base = load_base(tiny_model)
    shape = measure_shape(tickets_split, base.tokenizer)
    for technique in IDS:
        spec = REGISTRY.get(technique)
        e = estimate(technique, shape, base.model)
        if spec.family == "baseline":
            assert e.peak_memory_mb > 0 and e.cost_per_1k_requests_usd > 0
            continue
        # Timed as on the default model (the tiny one would round to 0 s).
        assert sum(seconds(technique, spec.work(shape, spec.config()), MEASURED, 1.0)) > 0
        assert e.peak_memory_mb > 0 and e.prompt_tokens_per_request >= shape.prompt_tokens
        assert e.cost_per_1k_requests_usd == Pricing().per_1k(e.prompt_tokens_per_request,
                                                              spec.serving)
        assert (e.trainable_params > 0) == spec.trains
        assert (e.steps > 0) == spec.trains
    with pytest.raises(TailorError, match="classification only"):
        Trial(capitals_split, RunConfig(model=tiny_model)).run("embedding_classifier")
    # the parameter counts the estimate promises are the ones a run reports
    trial = Trial(tickets_split, RunConfig(model=tiny_model, steps=1))
    for technique in ("prompt_tuning", "lora", "full_finetune"):
        assert trial.run(technique).trainable_params == estimate(
            technique, shape, base.model).trainable_params


def _result(technique: str, score: float) -> Result:
    return Result(technique=technique, variant=REGISTRY.get(technique).config().variant,
                  metric="accuracy", score=score, scores={"accuracy": score}, train_seconds=1.0,
                  eval_seconds=1.0, trainable_params=1, total_params=10, adapter_bytes=2048,
                  peak_memory_mb=1.0, prompt_tokens_per_request=40.0, artifact_dir="",
                  n_eval=20)


def test_lab_views_and_report_name_every_technique(tickets_split) -> None:
    state = replace(LabState(), split=tickets_split,
                    results={t: _result(t, 0.5 + 0.05 * i) for i, t in enumerate(IDS)})
    rows = views.result_rows(state)
    assert [r[0] for r in rows] == [REGISTRY.get(t).label(state.results[t].variant)
                                    for t in IDS]
    assert {p["technique"] for p in views.chart_points(state)} == {t.name for t in REGISTRY}
    report = decision_report(state, None)
    for t in REGISTRY:
        assert t.name in report
    assert {c[1] for c in CHOICES} == set(IDS) and set(COLORS) == {t.name for t in REGISTRY}
    assert views.preselect("fine_tuning", "prompt_engineering") == ("zero_shot", "few_shot",
                                                                    "lora")
    assert views.preselect(None, None) == ("zero_shot",)


def test_the_app_offers_every_technique() -> None:
    from app import demo

    boxes = [b for b in demo.blocks.values() if getattr(b, "elem_id", None) == "techniques"]
    assert {value for _, value in boxes[0].choices} == set(IDS)
