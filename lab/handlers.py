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
from adapters.trial import RunConfig
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
class ResultViews:
    """Everything shown about results. Derived from the state alone, so new data, which
    clears the results, also clears every view of the old ones."""

    results: pd.DataFrame
    chart: pd.DataFrame
    restated: str
    prediction_pick: Any
    prediction_table: pd.DataFrame
    prediction_note: str
    curve_plot: pd.DataFrame
    curve_note: str
    play_out: str


def result_views(state: LabState, chat: ChatState | None, pick: str | None = None
                 ) -> ResultViews:
    import gradio as gr

    table, chart, restated = results_view(state, chat)
    ran = REGISTRY.ordered(list(state.results))
    if pick not in ran:  # open on the best technique that ran
        pick = max(ran, key=lambda t: state.results[t].score) if ran else None
    curve = pd.DataFrame(state.curve, columns=["examples", "score"]).astype(
        {"examples": "int64", "score": "float64"})
    return ResultViews(
        table, chart, restated,
        gr.update(choices=[(views.name(t), t) for t in ran], value=pick),
        predictions(pick, False, state) if pick else _frame(views.PREDICTION_HEADERS, []),
        views.prediction_summary(state, pick, False) if pick else "",
        curve, "" if not state.curve else views.projection(
            state.curve, 0.9, len(state.split.eval) if state.split else 1),
        "")


@dataclass
class DataView(ResultViews):
    """What every data change updates: the data step, and the result views (cleared)."""

    lab_state: LabState
    data_summary: str
    model_note: str
    preview: pd.DataFrame | None
    sample: Any
    upload: Any
    input_column: Any
    output_column: Any
    input_name: str
    output_name: str
    instruction: str
    descriptions: str
    message: str


def data_view(state: LabState, message: str = "", sample: str | None = None) -> DataView:
    import gradio as gr

    cols = data.column_names(state)
    a, b = state.columns or (None, None)
    cleared = result_views(state, None)
    return DataView(**cleared.__dict__, lab_state=state, data_summary=data.summary(state),
                    model_note=views.model_note(state) if state.split else "",
                    preview=_frame(cols, data.preview_rows(state)) if cols else None,
                    sample=gr.update(value=sample),
                    # Only the source in use stays selected: an earlier file is cleared.
                    upload=gr.skip() if state.source.startswith("upload:") else None,
                    input_column=gr.update(choices=cols, value=a),
                    output_column=gr.update(choices=cols, value=b),
                    input_name=state.input_name, output_name=state.output_name,
                    instruction=state.instruction,
                    descriptions="\n".join(f"{lab}: {d}" for lab, d in state.descriptions),
                    message=message)


def _loaded(state: LabState, sample: str | None = None) -> DataView:
    from dataclasses import replace

    state = replace(state, estimates=all_estimates(state.split, RunConfig(model=state.model)))
    return data_view(state, f"Loaded {len(state.rows)} rows.", sample)


def load_sample(sample_id: str, state: LabState) -> DataView:
    if not sample_id:
        raise TailorError("Pick a built-in sample first.")
    return _loaded(data.load(state, sample=sample_id), sample_id)


def load_upload(path: str | None, state: LabState) -> DataView:
    if not path:
        raise TailorError("The upload did not arrive; try again.")
    return _loaded(data.load(state, upload=path))


def load_pasted(text: str, state: LabState) -> DataView:
    return _loaded(data.load(state, pasted=text))


def apply_mapping(input_column: str, output_column: str, input_name: str, output_name: str,
                  instruction: str, seed: float, descriptions: str, state: LabState
                  ) -> DataView:
    from dataclasses import replace

    new = data.prepare(state, (input_column, output_column), input_name, output_name,
                       instruction, int(seed or 0), descriptions)
    new = replace(new, estimates=all_estimates(new.split, RunConfig(model=new.model)))
    return data_view(new, "Mapping applied.", None)


@dataclass
class ModelView:
    lab_state: LabState
    model_note: str
    estimates: pd.DataFrame
    message: str


def use_model(name: str, techniques: list[str], state: LabState) -> ModelView:
    """Switch the local open model: refused, with the reason, when it does not fit here."""
    from dataclasses import replace

    from adapters.models import DEFAULT_MODEL, load_base, size_up

    name = (name or "").strip()
    name = None if not name or name.startswith("SmolLM2-135M") else name
    fit = size_up(name)
    if not fit.fits:
        raise TailorError(fit.describe())
    load_base(name)  # fails clearly when the weights are not safetensors or cannot be read
    state = replace(state, model=name if name != DEFAULT_MODEL else None, results={},
                    failures={}, curve=())
    if state.split is not None:
        state = replace(state, estimates=all_estimates(state.split, RunConfig(model=name)))
    return ModelView(state, views.model_note(state), estimates_table(techniques, state),
                     fit.describe())


@dataclass
class EndpointView:
    lab_state: LabState
    endpoint_status: str


def connect_endpoint(base_url: str, model: str, api_key: str, api_style: str,
                     state: LabState) -> EndpointView:
    """Point the prompting techniques at the founder's own model. The key is checked with
    one tiny request and then kept in this session's memory only: never logged or shown."""
    from dataclasses import replace

    from tailor import endpoint

    config = endpoint.EndpointConfig((base_url or "").strip(), (model or "").strip(),
                                     (api_key or "").strip(), api=api_style or "chat")
    endpoint.check(config)
    state = replace(state, endpoint=config)
    return EndpointView(state, f"Connected to **{config.label}**. Zero-shot, few-shot and "
                               "chain-of-thought rows now run there; trained rows still train "
                               "the local open model.")


def disconnect_endpoint(state: LabState) -> EndpointView:
    from dataclasses import replace

    return EndpointView(replace(state, endpoint=None),
                        "Disconnected: every row runs on the local model.")


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
class RunView(ResultViews):
    """What a run updates while it goes and when it ends."""

    lab_state: LabState
    progress: str
    loss: Any
    search_plot: Any
    message: str


def _bars(ticks: dict[str, tuple[float, str]], order: list[str]) -> str:
    rows = []
    for t in order:
        fraction, note = ticks.get(t, (0.0, "waiting"))
        rows.append(f"<div class='tech-progress'><span>{html.escape(views.name(t))}</span> "
                    f"<progress max='1' value='{fraction:.3f}'></progress> "
                    f"<small>{html.escape(note)}</small></div>")
    return "\n".join(rows)


def _loss_frame(losses: list[tuple[str, int, float]], trained: list[str]) -> pd.DataFrame:
    """Every loss point, plus one empty point (no loss yet) for each trained technique that
    has not reported: the plot fixes its legend from the techniques in its first frame, so
    every line must be named there or later lines go unnamed (measured in Gradio 6)."""
    rows = [{"technique": views.name(t), "step": s, "loss": v} for t, s, v in losses]
    started = {t for t, _, _ in losses}
    rows += [{"technique": views.name(t), "step": 1, "loss": float("nan")}
             for t in trained if t not in started]
    # Typed even when empty: the plot fixes its axes' types from the first frame it sees.
    frame = pd.DataFrame(rows, columns=["technique", "step", "loss"])
    return frame.astype({"technique": "string", "step": "int64", "loss": "float64"})


def _loss_plot(losses: list[tuple[str, int, float]], trained: list[str]):
    """The loss frame, or no update when nothing trains: a plot that is sent empty frames
    while streaming stops drawing lines in Gradio 6."""
    import gradio as gr

    return _loss_frame(losses, trained) if (losses or trained) else gr.skip()


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


def run(techniques: list[str], max_seconds: float, search_budget: float, state: LabState,
        chat: ChatState | None) -> Iterator[RunView]:
    """Stream the run's progress, then its results."""
    if state.split is None:
        raise TailorError("Load some data first.")
    order = REGISTRY.ordered(list(techniques or []))
    if not order:
        raise TailorError("Tick at least one technique to run.")
    ticks: dict[str, tuple[float, str]] = {}
    trained = [t for t in order if REGISTRY.get(t).trains]
    searched: list[tuple[int, float]] = []  # the prompt search: best so far per candidate

    def view(current: LabState, losses: list, message: str) -> RunView:
        import gradio as gr

        shown = result_views(current, chat)
        search = (pd.DataFrame(searched, columns=["candidates scored", "best score"])
                  if searched else gr.skip())
        return RunView(**shown.__dict__, lab_state=current, progress=_bars(ticks, order),
                       loss=_loss_plot(losses, trained), search_plot=search, message=message)

    current, losses = state, []
    yield view(current, losses, "Waiting for the trainer…")
    configs = {}
    if "optimized_prompt" in order and search_budget:
        configs["optimized_prompt"] = REGISTRY.get("optimized_prompt").config(
            budget=int(search_budget))
    for current, tick, losses in runner.run(state, order, max_seconds=max_seconds or None,
                                            configs=configs):
        if tick is None:
            continue
        if tick.phase == "cancelled":
            yield view(current, losses, "Cancelled. Finished techniques are kept.")
            return
        if tick.phase == "search":
            searched.append((tick.step, tick.loss))
        note = tick.message + (f", loss {tick.loss:.3f}"
                               if tick.loss is not None and tick.phase == "train" else "")
        ticks[tick.technique] = (tick.fraction, note)
        if tick.phase == "waiting":
            yield view(current, losses, f"Waiting for the trainer: {tick.message}.")
            continue
        if tick.phase in ("failed", "skipped"):
            yield view(current, losses, f"⚠️ {views.name(tick.technique)}: {tick.message}")
            continue
        yield view(current, losses, f"Running {views.name(tick.technique)}…")
    failed = {t: m for t, m in current.failures.items() if t in order}
    yield view(current, losses, "Done." if not failed else "Done, except: " + " ".join(
        f"⚠️ {views.name(t)}: {m}" for t, m in failed.items()))


def cancel(state: LabState) -> str:
    runner.cancel(state)
    return "Cancelling after the current step…"


# --- after the run ----------------------------------------------------------------------------

def predictions(technique: str, mistakes_only: bool, state: LabState) -> pd.DataFrame:
    return _frame(views.PREDICTION_HEADERS,
                  views.prediction_rows(state, technique, bool(mistakes_only)))


@dataclass
class PredictionView:
    prediction_table: pd.DataFrame
    prediction_note: str


def show_predictions(technique: str, mistakes_only: bool, state: LabState) -> PredictionView:
    return PredictionView(predictions(technique, mistakes_only, state),
                          views.prediction_summary(state, technique, bool(mistakes_only)))


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
    return CurveView(state, frame, views.projection(state.curve, float(target or 0.9),
                                                    len(state.split.eval)))


def serve_instructions(technique: str, state: LabState) -> str:
    """How to call this run like any other model: the exact server command and a snippet."""
    from adapters.serving import instructions

    r = state.results.get(technique)
    if r is None:
        raise TailorError(f"Run {views.name(technique)} first.")
    from adapters.models import load_base

    return instructions(technique, r.artifact_dir, load_base(state.model).public_id)


def download_adapter(technique: str, state: LabState) -> str:
    return artifacts.adapter_zip(state, technique)


def download_recipe(technique: str, state: LabState) -> str:
    return artifacts.recipe_zip(state, technique)


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
                   "fraction": round(tick.fraction, 3), "loss": tick.loss,
                   **({"message": tick.message} if tick.phase in ("failed", "skipped") else {})}
    yield {"phase": "results", "failures": final.failures,
           "results": [json.loads(json.dumps(r.to_dict())) for r in final.results.values()]}
