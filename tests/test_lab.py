"""The lab, step by step at the handler level, on the real model and the built-in samples."""

from __future__ import annotations

import threading
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from adapters.techniques import TECHNIQUES
from advisor.chat import SKIP_REST, respond, start
from lab import session, ui
from lab.estimate import cost_per_1k
from lab.report import decision_report
from lab.session import LabState


@pytest.fixture(scope="module")
def tickets() -> LabState:
    return session.estimate(session.load(LabState(), sample="tickets"))


def drain(stream) -> list:
    """Every update of a run, in order."""
    return list(stream)


@pytest.fixture(scope="module")
def ran(tickets: LabState) -> LabState:
    return drain(session.run(tickets, ["zero_shot", "prompt_tuning", "lora"], steps=3))[-1][0]


def test_preselect_from_the_recommendation() -> None:
    assert session.preselect("fine_tuning", "prompt_engineering") == ("zero_shot", "few_shot",
                                                                      "lora")
    assert session.preselect("prompt_tuning", "fine_tuning") == ("zero_shot", "prompt_tuning",
                                                                 "lora")
    assert session.preselect(None, None) == ("zero_shot",)


def test_samples_load_with_their_names(tickets: LabState) -> None:
    assert tickets.columns == ("input", "output")
    assert tickets.input_name == "Ticket" and "Route the support ticket" in tickets.instruction
    assert tickets.split.task.labels == ("account", "billing", "shipping", "technical")
    assert len(tickets.split.train) + len(tickets.split.eval) == 72
    assert "56 train / 16 held out" in session.summary(tickets)
    for sid in ("reviews", "rewrite"):
        s = session.load(LabState(), sample=sid)
        assert 60 <= len(s.rows) <= 200
    assert session.load(LabState(), sample="rewrite").split.task.kind == "generation"


def test_pasted_rows_and_mapping(tmp_path: Path) -> None:
    state = session.load(LabState(), pasted="ticket\tteam\tlang\nmy card was charged twice\t"
                         "billing\ten\nthe app crashes\ttechnical\ten\nI forgot my password\t"
                         "account\ten\nrefund please\tbilling\ten\nblank screen\ttechnical\ten\n"
                         "change my email\taccount\ten")
    assert state.columns == ("ticket", "team")  # no alias fits: the first two, changeable
    remapped = session.prepare(state, ("ticket", "lang"), "Ticket", "Language", None, 3)
    assert remapped.columns == ("ticket", "lang") and remapped.output_name == "Language"
    assert remapped.split.task.kind == "generation"  # one repeated value is no label set
    with pytest.raises(Exception, match="two different columns"):
        session.prepare(state, ("ticket", "ticket"))
    jsonl = session.load(LabState(), pasted='{"question": "2+2?", "answer": "4"}\n'
                                            '{"question": "3+3?", "answer": "6"}\n'
                                            '{"question": "1+1?", "answer": "2"}')
    assert jsonl.columns == ("question", "answer")


def test_bad_data_gives_a_message_and_keeps_the_session(tickets: LabState) -> None:
    out = ui.load_pasted("", tickets)
    assert out[0] is tickets and out[-1].startswith("⚠️")
    out = ui.load_pasted('{"a": 1}\nnot json', tickets)
    assert out[0] is tickets and "not valid JSON" in out[-1]
    out = ui.load_upload("/nonexistent/file.csv", tickets)
    assert out[0] is tickets and "No file" in out[-1]
    out = ui.apply_mapping("input", "input", "A", "B", "", 0, tickets)
    assert out[0] is tickets and "two different columns" in out[-1]


def test_estimates_before_running(tickets: LabState) -> None:
    est = tickets.estimates
    assert set(est) == set(TECHNIQUES)
    assert est["zero_shot"].trainable_params == 0
    assert est["full_finetune"].trainable_params > est["lora"].trainable_params > \
        est["prompt_tuning"].trainable_params > 0
    assert est["few_shot"].prompt_tokens_per_request > est["zero_shot"].prompt_tokens_per_request
    assert est["lora"].train_seconds > 0 and est["lora"].gpu_usd > 0
    assert est["lora"].vendor_usd is not None and est["prompt_tuning"].vendor_usd is None
    rows = session.estimate_rows(tickets, ["zero_shot", "lora"])
    assert len(rows) == 2 and rows[1][0] == "LoRA"


def test_run_streams_progress_and_keeps_results(tickets: LabState) -> None:
    updates = drain(session.run(tickets, ["zero_shot", "lora"], steps=3))
    state, losses = updates[-1][0], updates[-1][2]
    ticks = [tick for _, tick, _ in updates]
    phases = {(t.technique, t.phase) for t in ticks}
    assert ("lora", "train") in phases and ("lora", "done") in phases
    assert [s for t, s, _ in losses if t == "lora"] == [1, 2, 3]
    assert set(state.results) == {"zero_shot", "lora"}
    assert state.results["lora"].trainable_params == state.estimates["lora"].trainable_params
    assert tickets.results == {}  # the earlier state is untouched


def test_results_views(ran: LabState) -> None:
    rows = session.result_rows(ran)
    assert [r[0] for r in rows] == ["Zero-shot prompt", "Soft prompt (prefix)", "LoRA"]
    assert rows[0][2] == "–" and rows[2][2].endswith("pts")
    assert ran.results["prompt_tuning"].trainable_params == \
        ran.estimates["prompt_tuning"].trainable_params
    points = session.chart_points(ran)
    assert {p["technique"] for p in points} == {"Zero-shot prompt", "Soft prompt", "LoRA"}
    text = session.restate(ran, "fine_tuning", 100_000)
    assert "scored best" in text and "100,000 requests a month" in text
    assert len(session.prediction_rows(ran, "lora")) == len(ran.split.eval[:10])
    table, chart, restated = ui.results_view(ran, None)
    assert len(table) == 3 and chart["score"].dtype == "float64"
    assert chart["technique"].iloc[0].startswith("1. Zero-shot")  # cheapest first
    assert restated.startswith("**Measured on your sample:**")


def test_cost_per_request_reflects_prompt_length() -> None:
    assert cost_per_1k("few_shot", 200) > cost_per_1k("zero_shot", 50)
    assert cost_per_1k("lora", 50) == pytest.approx(2 * cost_per_1k("zero_shot", 50))


def test_cancel_keeps_finished_techniques(tickets: LabState) -> None:
    seen, final = [], None
    for update in session.run(replace(tickets, id="cancel-test"), ["zero_shot", "lora"],
                              steps=50):
        final, tick, _ = update
        seen.append(tick.phase)
        if tick.technique == "lora" and tick.phase == "train":
            session.cancel(final)
    assert seen[-1] == "cancelled"
    assert set(final.results) == {"zero_shot"}


def test_sessions_are_isolated(ran: LabState) -> None:
    other = LabState()
    assert other.id != ran.id and other.results == {}
    assert ran.id in ran.results["lora"].artifact_dir
    assert ui.predictions("lora", other).empty
    assert "Run LoRA first" in ui.try_it("lora", "hello", other)


def test_one_training_at_a_time(tickets: LabState) -> None:
    stream = session.run(tickets, ["lora"], steps=3)
    next(stream)  # the worker holds the lock while it trains
    assert session.TRAINING_LOCK.locked()
    for _ in stream:
        pass
    assert not session.TRAINING_LOCK.locked()


def test_playground(ran: LabState) -> None:
    answer = ui.try_it("lora", "I was billed twice this month", ran)
    assert answer.startswith("**") and "%" in answer and "billing" in answer
    assert "Type an input" in ui.try_it("lora", "  ", ran)


def test_downloads_and_report(ran: LabState, tmp_path: Path) -> None:
    from peft import PeftModel

    from adapters.models import load_base

    path, msg = ui.download_adapter("lora", ran)
    assert msg == "" and path.endswith(".zip")
    with zipfile.ZipFile(path) as z:
        assert "adapter_config.json" in z.namelist()
        z.extractall(tmp_path / "adapter")
    PeftModel.from_pretrained(load_base().copy(), tmp_path / "adapter")
    prompt, _ = ui.download_prompt("zero_shot", ran)
    assert Path(prompt).name == "prompt.json"
    assert ui.download_adapter("full_finetune", ran)[0] is None

    report = decision_report(ran, None)
    assert "## Measured on your sample" in report and "| LoRA |" in report
    assert "█" in report


def test_report_with_recommendation(ran: LabState, kb) -> None:
    chat, _ = start()
    for message in ("Route support tickets", "2k labeled", "$5,000", SKIP_REST):
        chat, _ = respond(chat, message, kb)
    report = decision_report(ran, chat.recommendation)
    for part in ("## Recommendation", "### Sources", "knowledge/", "**Labeled examples:** 2,000",
                 "| Zero-shot prompt |", "Score against training time"):
        assert part in report
    path = ui.download_report(ran, chat)
    assert Path(path).read_text().startswith("# Tailor decision report")


def test_learning_curve_and_projection(tickets: LabState) -> None:
    state = session.learning_curve(tickets, "lora", steps=2)
    sizes = [n for n, _ in state.curve]
    assert sizes == sorted(sizes) and sizes[-1] == len(tickets.split.train)
    assert "labeled examples" in session.projection(((10, 0.5), (20, 0.6), (40, 0.7)), 0.9)
    assert "not rising" in session.projection(((10, 0.6), (20, 0.6)), 0.9)
    assert "Already at 95.0%" in session.projection(((10, 0.9), (20, 0.95)), 0.9)
    assert "Run the learning curve" in session.projection(((10, 0.95),), 0.9)


def test_trial_api_streams_then_returns_results() -> None:
    updates = list(ui.trial_api(sample="reviews", techniques="zero_shot,lora", steps=2))
    assert any(u["phase"] == "train" for u in updates)
    final = updates[-1]
    assert final["phase"] == "results"
    assert [r["technique"] for r in final["results"]] == ["zero_shot", "lora"]


def test_open_lab_preselects(kb) -> None:
    chat, _ = start()
    for message in ("Route support tickets", "2k labeled", "$5,000", SKIP_REST):
        chat, _ = respond(chat, message, kb)
    _, picks, table = ui.open_lab(chat, LabState())
    assert picks[0] == "zero_shot" and "lora" in picks and len(picks) == 3
    assert len(table) == 0  # no data loaded yet: nothing to estimate


def test_threads_do_not_leak(tickets: LabState) -> None:
    before = threading.active_count()
    drain(session.run(tickets, ["zero_shot"]))
    assert threading.active_count() <= before + 1
