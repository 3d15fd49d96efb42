"""Handlers behind the lab tab: typed functions that turn the lab's logic into what the
components show. Each returns a view dataclass whose field names are the names of the
components it updates (`app.py` wires them by name). A problem the user can fix raises
`TailorError`; the app shows it as a toast and leaves the session as it was."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pandas as pd

from adapters.techniques import REGISTRY
from advisor.chat import ChatState
from lab import artifacts, data, runner, views
from lab.estimate import all_estimates
from lab.state import LabState
from tailor.errors import TailorError

CHOICES = [(t.name, t.id) for t in REGISTRY]
COLORS = {t.name: t.color for t in REGISTRY}


def _frame(headers: list[str], rows: list[list]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=headers)


def _rec(chat: ChatState | None):
    return chat.recommendation if chat is not None else None


# --- data -----------------------------------------------------------------------------------

@dataclass
class DataView:
    """What every data change updates."""

    lab_state: LabState
    data_summary: str
    preview: pd.DataFrame | None
    input_column: Any
    output_column: Any
    input_name: str
    output_name: str
    instruction: str
    message: str


def data_view(state: LabState, message: str = "") -> DataView:
    import gradio as gr

    cols = data.column_names(state)
    a, b = state.columns or (None, None)
    return DataView(state, data.summary(state),
                    _frame(cols, data.preview_rows(state)) if cols else None,
                    gr.update(choices=cols, value=a), gr.update(choices=cols, value=b),
                    state.input_name, state.output_name, state.instruction, message)


def _loaded(state: LabState) -> DataView:
    from dataclasses import replace

    state = replace(state, estimates=all_estimates(state.split))
    return data_view(state, f"Loaded {len(state.rows)} rows.")


def load_sample(sample_id: str, state: LabState) -> DataView:
    return _loaded(data.load(state, sample=sample_id))


def load_upload(path: str | None, state: LabState) -> DataView:
    if not path:
        return data_view(state)
    return _loaded(data.load(state, upload=path))


def load_pasted(text: str, state: LabState) -> DataView:
    return _loaded(data.load(state, pasted=text))


def apply_mapping(input_column: str, output_column: str, input_name: str, output_name: str,
                  instruction: str, seed: float, state: LabState) -> DataView:
    from dataclasses import replace

    new = data.prepare(state, (input_column, output_column), input_name, output_name,
                       instruction, int(seed or 0))
    new = replace(new, estimates=all_estimates(new.split))
    return data_view(new, "Mapping applied.")


def estimates_table(techniques: list[str], state: LabState) -> pd.DataFrame:
    return _frame(views.ESTIMATE_HEADERS, views.estimate_rows(state, techniques or []))


@dataclass
class OpenLabView:
    tabs: Any
    techniques: list[str]
    estimates: pd.DataFrame


def open_lab(chat: ChatState | None, state: LabState) -> OpenLabView:
    """From the recommendation card: the lab tab, with the pick, the runner-up and the
    zero-shot baseline ticked."""
    import gradio as gr

    rec = _rec(chat)
    picks = views.preselect(rec.technique if rec else None,
                            rec.alternatives[0]["technique"] if rec and rec.alternatives
                            else None)
    return OpenLabView(gr.Tabs(selected="lab"), list(picks), estimates_table(list(picks), state))


# --- running ----------------------------------------------------------------------------------

@dataclass
class RunView:
    """What a run updates while it goes and when it ends."""

    lab_state: LabState
    progress: str
    loss: Any
    results: pd.DataFrame
    chart: pd.DataFrame
    restated: str
    message: str


def _bars(ticks: dict[str, tuple[float, str]], order: list[str]) -> str:
    rows = []
    for t in order:
        fraction, note = ticks.get(t, (0.0, "waiting"))
        rows.append(f"<div class='tech-progress'><span>{html.escape(views.name(t))}</span> "
                    f"<progress max='1' value='{fraction:.3f}'></progress> "
                    f"<small>{html.escape(note)}</small></div>")
    return "\n".join(rows)


def _loss_frame(losses: list[tuple[str, int, float]]) -> pd.DataFrame:
    # Typed even when empty: the plot fixes its axes' types from the first frame it sees.
    frame = pd.DataFrame([{"technique": views.name(t), "step": s, "loss": v}
                          for t, s, v in losses], columns=["technique", "step", "loss"])
    return frame.astype({"technique": "string", "step": "int64", "loss": "float64"})


def _loss_plot(losses: list[tuple[str, int, float]]):
    """The loss frame, or no update while there is nothing to draw: a plot that is sent
    empty frames while streaming stops drawing lines in Gradio 6."""
    import gradio as gr

    return _loss_frame(losses) if losses else gr.skip()


def results_view(state: LabState, chat: ChatState | None
                 ) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """(results table, chart frame, restated recommendation)."""
    rec = _rec(chat)
    chart = pd.DataFrame(views.chart_points(state),
                         columns=["technique", "score", "train_seconds"]).astype(
        {"technique": "string", "score": "float64", "train_seconds": "float64"})
    if not chart.empty:
        chart = chart.sort_values("train_seconds")
        # Numbered so that the plot's alphabetical axis keeps the training-time order.
        chart["technique"] = [f"{i}. {t} ({s:.0f} s)" for i, (t, s) in enumerate(
            zip(chart["technique"], chart["train_seconds"], strict=True), 1)]
    restated = views.restate(state, rec.technique if rec else None,
                             rec.profile.monthly_requests if rec else None)
    return _frame(views.RESULT_HEADERS, views.result_rows(state)), chart, restated


def run(techniques: list[str], max_seconds: float, state: LabState, chat: ChatState | None
        ) -> Iterator[RunView]:
    """Stream the run's progress, then its results."""
    if state.split is None:
        raise TailorError("Load some data first.")
    order = REGISTRY.ordered(list(techniques or []))
    if not order:
        raise TailorError("Tick at least one technique to run.")
    ticks: dict[str, tuple[float, str]] = {}

    def view(current: LabState, losses: list, message: str) -> RunView:
        table, chart, restated = results_view(current, chat)
        return RunView(current, _bars(ticks, order), _loss_plot(losses), table, chart,
                       restated, message)

    current, losses = state, []
    yield view(current, losses, "Waiting for the trainer…")
    for current, tick, losses in runner.run(state, order, max_seconds=max_seconds or None):
        if tick is None:
            continue
        if tick.phase == "cancelled":
            yield view(current, losses, "Cancelled. Finished techniques are kept.")
            return
        note = tick.message + (f", loss {tick.loss:.3f}" if tick.loss is not None else "")
        ticks[tick.technique] = (tick.fraction, note)
        yield view(current, losses, f"Running {views.name(tick.technique)}…")
    yield view(current, losses, "Done.")


def cancel(state: LabState) -> str:
    runner.cancel(state)
    return "Cancelling after the current step…"


# --- after the run ----------------------------------------------------------------------------

def predictions(technique: str, state: LabState) -> pd.DataFrame:
    return _frame(views.PREDICTION_HEADERS, views.prediction_rows(state, technique))


def try_it(technique: str, text: str, state: LabState) -> str:
    return artifacts.playground(state, technique, text)


@dataclass
class CurveView:
    lab_state: LabState
    curve_plot: pd.DataFrame
    curve_note: str


def curve(technique: str, target: float, state: LabState) -> CurveView:
    state = runner.learning_curve(state, technique)
    frame = pd.DataFrame(state.curve, columns=["examples", "score"]).astype(
        {"examples": "int64", "score": "float64"})
    return CurveView(state, frame, views.projection(state.curve, float(target or 0.9)))


def download_adapter(technique: str, state: LabState) -> str:
    return artifacts.adapter_zip(state, technique)


def download_prompt(technique: str, state: LabState) -> str:
    return artifacts.prompt_file(state, technique)


def download_report(state: LabState, chat: ChatState | None) -> str:
    return artifacts.report_file(state, _rec(chat))


# --- the API ----------------------------------------------------------------------------------

def trial_api(sample: str = "", rows: str = "", techniques: str = "zero_shot,lora",
              steps: int = 0, max_seconds: float = 120, seed: int = 0) -> Iterator[dict]:
    """Run techniques on a built-in sample or pasted rows, streaming progress; the last
    message holds the results (the `trial` API endpoint)."""
    state = data.load(LabState(seed=int(seed)), sample=sample or None, pasted=rows or None)
    picks = REGISTRY.ordered([t.strip() for t in techniques.split(",") if t.strip()])
    final = state
    for final, tick, _ in runner.run(state, picks, max_seconds=max_seconds or None,  # noqa: B007
                                     steps=int(steps) or None):
        if tick is not None:
            yield {"phase": tick.phase, "technique": tick.technique,
                   "fraction": round(tick.fraction, 3), "loss": tick.loss}
    yield {"phase": "results",
           "results": [json.loads(json.dumps(r.to_dict())) for r in final.results.values()]}
