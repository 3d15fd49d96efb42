"""Handlers behind the lab tab: typed functions that turn `lab.session` results into what
the components show. Errors become a message; nothing a user types can crash the server."""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterator
from typing import Any

import pandas as pd

from adapters.techniques import TECHNIQUES
from advisor.chat import ChatState
from advisor.errors import TailorError
from lab import session
from lab.report import write_report
from lab.session import ESTIMATE_HEADERS, LABELS, RESULT_HEADERS, LabState

log = logging.getLogger(__name__)

CHOICES = [(LABELS[t], t) for t in TECHNIQUES]
COLORS = dict(zip([LABELS[t] for t in TECHNIQUES],
                  ["#64748b", "#0ea5e9", "#a855f7", "#f59e0b", "#10b981", "#ef4444"], strict=True))
PREDICTION_HEADERS = ["input", "gold", "prediction", "ok"]


def _frame(headers: list[str], rows: list[list]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=headers)


def _rec(chat: ChatState | None):
    return chat.recommendation if chat is not None else None


def data_view(state: LabState, message: str = "") -> tuple:
    """(state, summary, preview, input column, output column, input name, output name,
    instruction, message) for any data change."""
    import gradio as gr

    cols = session.column_names(state)
    a, b = state.columns or (None, None)
    preview = _frame(cols, session.preview_rows(state)) if cols else None
    return (state, session.summary(state), preview,
            gr.update(choices=cols, value=a), gr.update(choices=cols, value=b),
            state.input_name, state.output_name, state.instruction, message)


def _safe_load(state: LabState | None, **source: Any) -> tuple:
    state = state or LabState()
    try:
        new = session.load(state, **source)
        new = session.estimate(new)
        return data_view(new, f"Loaded {len(new.rows)} rows.")
    except TailorError as exc:
        return data_view(state, f"⚠️ {exc}")
    except Exception:
        log.exception("loading data failed")
        return data_view(state, "⚠️ Could not read that data. Check that it is UTF-8 CSV, TSV "
                                "or JSONL with a header line.")


def load_sample(sample_id: str, state: LabState | None) -> tuple:
    return _safe_load(state, sample=sample_id)


def load_upload(path: str | None, state: LabState | None) -> tuple:
    if not path:
        return data_view(state or LabState(), "")
    return _safe_load(state, upload=path)


def load_pasted(text: str, state: LabState | None) -> tuple:
    return _safe_load(state, pasted=text)


def apply_mapping(input_col: str, output_col: str, input_name: str, output_name: str,
                  instruction: str, seed: float, state: LabState | None) -> tuple:
    state = state or LabState()
    try:
        new = session.prepare(state, (input_col, output_col), input_name, output_name,
                              instruction, int(seed or 0))
        new = session.estimate(new)
        return data_view(new, "Mapping applied.")
    except TailorError as exc:
        return data_view(state, f"⚠️ {exc}")


def estimates_table(techniques: list[str], state: LabState | None) -> pd.DataFrame:
    state = state or LabState()
    return _frame(ESTIMATE_HEADERS, session.estimate_rows(state, techniques or []))


def open_lab(chat: ChatState | None, state: LabState | None) -> tuple:
    """From the recommendation card: the lab tab, with the pick, the runner-up and the
    zero-shot baseline ticked."""
    import gradio as gr

    rec = _rec(chat)
    picks = session.preselect(rec.technique if rec else None,
                              rec.alternatives[0]["technique"] if rec and rec.alternatives
                              else None)
    state = state or LabState()
    return gr.Tabs(selected="lab"), list(picks), estimates_table(list(picks), state)


def _bars(ticks: dict[str, tuple[float, str]], order: list[str]) -> str:
    rows = []
    for t in order:
        fraction, note = ticks.get(t, (0.0, "waiting"))
        rows.append(f"<div class='tech-progress'><span>{html.escape(LABELS[t])}</span> "
                    f"<progress max='1' value='{fraction:.3f}'></progress> "
                    f"<small>{html.escape(note)}</small></div>")
    return "\n".join(rows)


def _loss_frame(losses: list[tuple[str, int, float]]) -> pd.DataFrame:
    # Typed even when empty: the plot fixes its axes' types from the first frame it sees.
    frame = pd.DataFrame([{"technique": LABELS[t], "step": s, "loss": v}
                          for t, s, v in losses], columns=["technique", "step", "loss"])
    return frame.astype({"technique": "string", "step": "int64", "loss": "float64"})


def _loss_plot(losses: list[tuple[str, int, float]]):
    """The loss frame, or no update while there is nothing to draw: a plot that is sent
    empty frames while streaming stops drawing lines in Gradio 6."""
    import gradio as gr

    return _loss_frame(losses) if losses else gr.skip()


def results_view(state: LabState, chat: ChatState | None) -> tuple:
    rec = _rec(chat)
    chart = pd.DataFrame(session.chart_points(state),
                         columns=["technique", "score", "train_seconds"]).astype(
        {"technique": "string", "score": "float64", "train_seconds": "float64"})
    if not chart.empty:
        chart = chart.sort_values("train_seconds")
        # Numbered so that the plot's alphabetical axis keeps the training-time order.
        chart["technique"] = [f"{i}. {t} ({s:.0f} s)" for i, (t, s) in enumerate(
            zip(chart["technique"], chart["train_seconds"], strict=True), 1)]
    restated = session.restate(state, rec.technique if rec else None,
                               rec.profile.monthly_requests if rec else None)
    return _frame(RESULT_HEADERS, session.result_rows(state)), chart, restated


def run(techniques: list[str], max_seconds: float, state: LabState | None,
        chat: ChatState | None) -> Iterator[tuple]:
    """Stream (state, progress, loss plot, results, chart, restatement, message)."""
    state = state or LabState()
    order = [t for t in TECHNIQUES if t in (techniques or [])]
    ticks: dict[str, tuple[float, str]] = {}
    losses: list = []
    table, chart, restated = results_view(state, chat)
    if not order or state.split is None:
        msg = "⚠️ Load some data first." if state.split is None else \
            "⚠️ Tick at least one technique."
        yield state, _bars(ticks, order), _loss_plot(losses), table, chart, restated, msg
        return
    yield (state, _bars(ticks, order), _loss_plot(losses), table, chart, restated,
           "Waiting for the trainer…")
    stream = session.run(state, order, max_seconds=max_seconds or None)
    try:
        for state, tick, losses in stream:  # each update carries the new state
            if tick is None:
                continue
            if tick.phase == "cancelled":
                table, chart, restated = results_view(state, chat)
                yield (state, _bars(ticks, order), _loss_plot(losses), table, chart,
                       restated, "Cancelled. Finished techniques are kept.")
                return
            note = tick.message + (f", loss {tick.loss:.3f}" if tick.loss is not None else "")
            ticks[tick.technique] = (tick.fraction, note)
            if tick.phase == "done":
                table, chart, restated = results_view(state, chat)
            yield (state, _bars(ticks, order), _loss_plot(losses), table, chart, restated,
                   f"Running {LABELS[tick.technique]}…")
    except TailorError as exc:
        yield (state, _bars(ticks, order), _loss_plot(losses), table, chart, restated,
               f"⚠️ {exc}")
        return
    table, chart, restated = results_view(state, chat)
    yield state, _bars(ticks, order), _loss_plot(losses), table, chart, restated, "Done."


def cancel(state: LabState | None) -> str:
    if state is not None:
        session.cancel(state)
    return "Cancelling after the current step…"


def predictions(technique: str, state: LabState | None) -> pd.DataFrame:
    return _frame(PREDICTION_HEADERS, session.prediction_rows(state or LabState(), technique))


def try_it(technique: str, text: str, state: LabState | None) -> str:
    try:
        return session.playground(state or LabState(), technique, text)
    except TailorError as exc:
        return f"⚠️ {exc}"


def curve(technique: str, target: float, state: LabState | None) -> tuple:
    state = state or LabState()
    try:
        state = session.learning_curve(state, technique)
    except TailorError as exc:
        return state, pd.DataFrame(columns=["examples", "score"]), f"⚠️ {exc}"
    frame = pd.DataFrame(state.curve, columns=["examples", "score"]).astype(
        {"examples": "int64", "score": "float64"})
    return state, frame, session.projection(state.curve, float(target or 0.9))


def download_adapter(technique: str, state: LabState | None) -> tuple[str | None, str]:
    try:
        return session.download_adapter(state or LabState(), technique), ""
    except TailorError as exc:
        return None, f"⚠️ {exc}"


def download_prompt(technique: str, state: LabState | None) -> tuple[str | None, str]:
    from pathlib import Path

    state = state or LabState()
    r = state.results.get(technique)
    if r is None:
        return None, f"⚠️ Run {LABELS.get(technique, technique)} first."
    return str(Path(r.artifact_dir) / "prompt.json"), ""


def download_report(state: LabState | None, chat: ChatState | None) -> str:
    from advisor.config import Settings

    state = state or LabState()
    return write_report(state, _rec(chat), Settings.from_env().data_dir / "lab" / state.id)


def trial_api(sample: str = "", rows: str = "", techniques: str = "zero_shot,lora",
              steps: int = 0, max_seconds: float = 120, seed: int = 0) -> Iterator[dict]:
    """Run techniques on a built-in sample or pasted rows, streaming progress; the last
    message holds the results (the `trial` API endpoint)."""
    import gradio as gr

    try:
        state = session.load(LabState(seed=int(seed)), sample=sample or None,
                             pasted=rows or None)
        picks = [t.strip() for t in techniques.split(",") if t.strip()]
        unknown = [t for t in picks if t not in TECHNIQUES]
        if unknown:
            raise TailorError(f"Unknown technique(s): {', '.join(unknown)}. Choose from "
                              f"{', '.join(TECHNIQUES)}.")
        final = state
        for final, tick, _ in session.run(state, picks, max_seconds=max_seconds or None,  # noqa: B007
                                          steps=int(steps) or None):
            if tick is not None:
                yield {"phase": tick.phase, "technique": tick.technique,
                       "fraction": round(tick.fraction, 3), "loss": tick.loss}
        yield {"phase": "results",
               "results": [json.loads(json.dumps(r.to_dict())) for r in final.results.values()]}
    except TailorError as exc:
        raise gr.Error(str(exc)) from exc
