"""The lab, step by step at the handler level, on the real model and the built-in samples."""

from __future__ import annotations

import threading
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from adapters.techniques import REGISTRY
from advisor.chat import SKIP_REST, respond, start
from lab import artifacts, data, handlers, runner, views
from lab.estimate import all_estimates
from lab.state import LabState, forget
from tailor.errors import TailorError

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def tickets() -> LabState:
    state = data.load(LabState(), sample="tickets")
    return replace(state, estimates=all_estimates(state.split))


def drain(stream) -> list:
    """Every update of a run, in order."""
    return list(stream)


@pytest.fixture(scope="module")
def ran(tickets: LabState) -> LabState:
    return drain(runner.run(tickets, ["zero_shot", "prompt_tuning", "lora"], steps=3))[-1][0]


def test_samples_load_with_their_names(tickets: LabState) -> None:
    assert tickets.columns == ("input", "output")
    assert tickets.input_name == "Ticket" and "Route the support ticket" in tickets.instruction
    assert tickets.split.task.labels == ("account", "billing", "shipping", "technical")
    assert len(tickets.split.train) + len(tickets.split.eval) == 72
    assert "56 train / 16 held out" in data.summary(tickets)


def test_estimates_before_running(tickets: LabState) -> None:
    est = tickets.estimates
    assert set(est) == set(REGISTRY.ids)
    assert est["zero_shot"].trainable_params == 0
    assert est["full_finetune"].trainable_params > est["lora"].trainable_params > \
        est["prompt_tuning"].trainable_params > 0
    assert est["few_shot"].prompt_tokens_per_request > est["zero_shot"].prompt_tokens_per_request
    assert est["lora"].train_seconds > 0 and est["lora"].gpu_usd > 0
    assert est["lora"].vendor_usd is not None and est["prompt_tuning"].vendor_usd is None
    rows = views.estimate_rows(tickets, ["zero_shot", "lora"])
    assert len(rows) == 2 and rows[1][0] == "LoRA"


def test_run_streams_progress_and_keeps_results(tickets: LabState) -> None:
    updates = drain(runner.run(tickets, ["zero_shot", "lora"], steps=3))
    state, losses = updates[-1][0], updates[-1][2]
    ticks = [tick for _, tick, _ in updates]
    phases = {(t.technique, t.phase) for t in ticks}
    assert ("lora", "train") in phases and ("lora", "done") in phases
    assert [s for t, s, _ in losses if t == "lora"] == [1, 2, 3]
    assert set(state.results) == {"zero_shot", "lora"}
    assert state.results["lora"].trainable_params == state.estimates["lora"].trainable_params
    assert tickets.results == {}  # the earlier state is untouched


def test_results_views(ran: LabState) -> None:
    rows = views.result_rows(ran)
    assert [r[0] for r in rows] == ["Zero-shot prompt", "Soft prompt (prefix)", "LoRA"]
    assert rows[0][1] == "SmolLM2-135M (local)"
    assert rows[0][3] == "–" and "pts" in rows[2][3]
    assert ran.results["prompt_tuning"].trainable_params == \
        ran.estimates["prompt_tuning"].trainable_params
    points = views.chart_points(ran)
    assert {p["technique"] for p in points} == {"Zero-shot prompt", "Soft prompt", "LoRA"}
    text = views.restate(ran, "fine_tuning", 100_000)
    assert "scored highest" in text and "100,000 requests a month" in text
    assert len(views.prediction_rows(ran, "lora")) == len(ran.split.eval)
    table, chart, restated = handlers.results_view(ran, None)
    assert len(table) == 3 and chart["score"].dtype == "float64"
    # Ordered by what each took to prepare or train (timings vary, so check the order).
    assert list(chart["train_seconds"]) == sorted(chart["train_seconds"])
    assert [t.split(".")[0] for t in chart["technique"]] == ["1", "2", "3"]
    assert restated.startswith("**Measured on your sample:**")


def test_cancel_keeps_finished_techniques(tickets: LabState) -> None:
    seen, final = [], None
    for update in runner.run(replace(tickets, id="cancel-test"), ["zero_shot", "lora"],
                             steps=50):
        final, tick, _ = update
        seen.append(tick.phase)
        if tick.technique == "lora" and tick.phase == "train":
            runner.cancel(final)
    assert seen[-1] == "cancelled"
    assert set(final.results) == {"zero_shot"}
    # A Cancel pressed earlier does not stop the next run or the learning curve.
    assert final.cancel.is_set()
    curve = runner.learning_curve(final, "zero_shot")
    assert len(curve.curve) == 3


def test_sessions_are_isolated(ran: LabState) -> None:
    other = LabState()
    assert other.id != ran.id and other.results == {}
    assert other.cancel is not ran.cancel and other.folder != ran.folder
    assert str(ran.folder) in ran.results["lora"].artifact_dir
    assert handlers.predictions("lora", False, other).empty
    with pytest.raises(TailorError, match="Run LoRA first"):
        handlers.try_it("lora", "hello", other)
    runner.cancel(other)
    assert not ran.cancel.is_set()


def test_one_training_at_a_time(tickets: LabState) -> None:
    stream = runner.run(tickets, ["lora"], steps=3)
    next(stream)  # the session is in the line while it trains
    assert runner.LINE.busy()
    with pytest.raises(TailorError, match="already has a run waiting or going"):
        next(runner.run(tickets, ["zero_shot"]))
    for _ in stream:
        pass
    assert not runner.LINE.busy()


def test_playground(ran: LabState) -> None:
    answer = handlers.try_it("lora", "I was billed twice this month", ran)
    assert answer.startswith("**") and "%" in answer and "billing" in answer
    with pytest.raises(TailorError, match="Type an input"):
        handlers.try_it("lora", "  ", ran)


def test_downloads_and_report(ran: LabState, tmp_path: Path) -> None:
    from peft import PeftModel

    from adapters.models import load_base

    path = handlers.download_adapter("lora", ran)
    assert path.endswith(".zip") and path.startswith(str(ran.folder))
    with zipfile.ZipFile(path) as z:
        assert "adapter_config.json" in z.namelist()
        z.extractall(tmp_path / "adapter")
    PeftModel.from_pretrained(load_base().copy(), tmp_path / "adapter")
    assert Path(handlers.download_prompt("zero_shot", ran)).name == "prompt.json"
    with pytest.raises(TailorError, match="Run Full fine-tuning first"):
        handlers.download_adapter("full_finetune", ran)

    report = artifacts.decision_report(ran, None)
    assert "## Measured on your sample" in report and "| LoRA " in report
    assert "█" in report


def test_report_with_recommendation(ran: LabState, kb) -> None:
    chat, _ = start()
    for message in ("Route support tickets", "2k labeled", "$5,000", SKIP_REST):
        chat, _ = respond(chat, message, kb)
    report = artifacts.decision_report(ran, chat.recommendation)
    for part in ("## Recommendation", "### Sources", "knowledge/", "**Labeled examples:** 2,000",
                 "| Zero-shot prompt ", "Score against training time"):
        assert part in report
    path = handlers.download_report(ran, chat)
    assert Path(path).read_text().startswith("# Tailor decision report")


def test_learning_curve_and_projection(tickets: LabState) -> None:
    state = runner.learning_curve(tickets, "lora", steps=2)
    sizes = [n for n, _ in state.curve]
    assert sizes == sorted(sizes) and sizes[-1] == len(tickets.split.train)
    projected = views.projection(((10, 0.5), (20, 0.6), (40, 0.7)), 0.9, 400)
    assert "labeled examples" in projected and "95% range" in projected
    assert "Too noisy to project" in views.projection(((10, 0.6), (20, 0.6)), 0.9, 200)
    # Issue 14: 0.688, 0.875, 0.75 at 11, 22 and 44 rows, on 16 held-out rows.
    assert "Too noisy to project" in views.projection(((11, 0.688), (22, 0.875), (44, 0.75)),
                                                       0.9, 16)
    assert "Already at 95.0%" in views.projection(((10, 0.9), (20, 0.95)), 0.9, 100)
    assert "Run the learning curve" in views.projection(((10, 0.95),), 0.9, 100)


def test_trial_api_streams_then_returns_results() -> None:
    updates = list(handlers.trial_api(sample="reviews", techniques="zero_shot,lora", steps=2))
    assert any(u["phase"] == "train" for u in updates)
    final = updates[-1]
    assert final["phase"] == "results"
    assert [r["technique"] for r in final["results"]] == ["zero_shot", "lora"]


def test_open_lab_preselects(kb) -> None:
    chat, _ = start()
    for message in ("Route support tickets", "2k labeled", "$5,000", SKIP_REST):
        chat, _ = respond(chat, message, kb)
    view = handlers.open_lab(chat, LabState())
    assert view.techniques[0] == "zero_shot" and "lora" in view.techniques
    assert len(view.techniques) == 3
    assert len(view.estimates) == 0  # no data loaded yet: nothing to estimate


def test_threads_do_not_leak(tickets: LabState) -> None:
    before = threading.active_count()
    drain(runner.run(tickets, ["zero_shot"]))
    assert threading.active_count() <= before + 1


def test_a_finished_session_leaves_no_files(tickets: LabState) -> None:
    state = drain(runner.run(replace(tickets, id="short-lived"), ["zero_shot"]))[-1][0]
    assert state.folder.is_dir()
    forget(state)
    assert not state.folder.exists()


def test_a_diverging_technique_fails_alone(tickets: LabState) -> None:
    from adapters.techniques.full_finetune import FullFinetuneConfig

    updates = drain(runner.run(replace(tickets, id="diverges"), ["zero_shot", "full_finetune"],
                               steps=3, configs={"full_finetune": FullFinetuneConfig(lr=1e30)}))
    state = updates[-1][0]
    assert "Training diverged" in state.failures["full_finetune"]
    assert set(state.results) == {"zero_shot"}  # what finished is kept
    assert any(t.phase == "failed" and t.technique == "full_finetune" for _, t, _ in updates)
    assert not runner.LINE.busy()  # the next user's run can start


def test_a_killed_trainer_keeps_finished_work_and_the_server_goes_on(tickets: LabState) -> None:
    """The out-of-memory killer (or a crash in native code) takes the training process,
    not the server: finished techniques stay, and the next run starts a fresh process."""
    import os
    import signal

    from lab.worker import WORKER

    state = replace(tickets, id="killed")
    final = None
    for final, tick, _ in runner.run(state, ["zero_shot", "lora"], steps=200):  # noqa: B007
        if tick and tick.technique == "lora" and tick.phase == "train" and tick.step == 2:
            os.kill(WORKER.pid, signal.SIGKILL)
    assert set(final.results) == {"zero_shot"}
    assert "killed, most likely for running out of memory" in final.failures["lora"]
    after = drain(runner.run(state, ["zero_shot"]))[-1][0]
    assert "zero_shot" in after.results and WORKER.pid is not None


def test_the_trainer_ends_when_the_server_is_killed() -> None:
    """A server stopped with SIGKILL (or SIGTERM, as containers do) runs no exit handler; its
    training process must still end rather than live on holding the model."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = ("from lab.worker import Worker\n"
              "w = Worker()\nw._start()\nprint(w._proc.pid, flush=True)\n"
              "import time\ntime.sleep(600)\n")
    server = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = int(server.stdout.readline())
    os.kill(server.pid, signal.SIGKILL)
    server.wait()

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        stat = Path(f"/proc/{pid}/stat")
        return stat.exists() and stat.read_text().split()[2] not in ("Z", "X")  # not a zombie

    deadline = time.monotonic() + 30
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(child), "the training process outlived its server"
