"""Tailor's web app: builds the components and wires the events. Logic lives in `advisor/`
(the chat and recommendation) and `lab/` (trying the techniques on your own sample).

Each tab is built by one `create_*_tab` function that returns its components by name.
Handlers return view dataclasses whose field names are component names; `wire` connects
them, so no event depends on the position of an output. A `TailorError` from a handler
becomes a toast (`gr.Error`) and leaves the session as it was.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import logging
import os
import threading
import time
from dataclasses import dataclass, fields
from types import SimpleNamespace
from typing import Any

import gradio as gr
from fastapi import FastAPI

from adapters.samples import samples
from advisor import handlers as advisor_handlers
from advisor.chat import ChatState
from advisor.knowledge import default_knowledge_base
from lab import handlers as lab_handlers
from lab.state import LabState, forget, new_state, sweep
from lab.views import COST_NOTE, ESTIMATE_HEADERS, PREDICTION_HEADERS, RESULT_HEADERS
from tailor.errors import TailorError
from tailor.limits import Limits
from tailor.settings import Settings

log = logging.getLogger(__name__)
# Gradio's usage analytics would call out to the internet whenever a Blocks is built.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

CSS = """
#card { min-height: 520px; }
#card table { font-size: 0.9em; }
#card td, #card th, #results td { word-break: normal; overflow-wrap: normal; hyphens: auto; }
/* Headers break between words, never inside one ("trainab-le"): the table scrolls instead. */
#results th, #results th * { word-break: keep-all; overflow-wrap: normal; hyphens: none; }
.tech-progress { display: flex; gap: 0.6em; align-items: center; margin: 0.2em 0; }
.tech-progress span { width: 13em; }
.tech-progress progress { flex: 1; height: 0.9em; }
"""


def user_errors(fn):
    """A TailorError becomes a toast with its message; any other failure is logged and
    becomes a toast that says so. Either way the event changes nothing."""
    def convert(exc: Exception) -> gr.Error:
        if isinstance(exc, TailorError):
            return gr.Error(str(exc))
        log.exception("handler %s failed", fn.__name__)
        return gr.Error("Something went wrong on our side; nothing was changed. Try again.")

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def stream(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except gr.Error:
                raise
            except Exception as exc:
                raise convert(exc) from exc
        return stream

    @functools.wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except Exception as exc:
            raise convert(exc) from exc
    return call


def _outputs(view: type, tab: Any) -> list:
    return [getattr(tab, f.name) for f in fields(view)]


def wire(trigger, fn, inputs: list, view: type, tab: Any, **options) -> Any:
    """Connect a handler that returns (or yields) `view` instances to the components of
    `tab` named like the view's fields."""
    names = [f.name for f in fields(view)]
    guarded = user_errors(fn)

    def as_tuple(value):
        return tuple(getattr(value, n) for n in names)

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def handler(*args):
            for value in guarded(*args):
                yield as_tuple(value)
    else:
        @functools.wraps(fn)
        def handler(*args):
            return as_tuple(guarded(*args))
    return trigger(handler, inputs, _outputs(view, tab), **options)


@dataclass
class AdvisorTab:
    chatbot: gr.Chatbot
    chat_state: gr.State
    message_box: gr.Textbox
    send: gr.Button
    reset: gr.Button
    to_lab: gr.Button
    card: gr.Markdown
    card_json: gr.JSON
    # What was understood, one editor per field (advisor_handlers.EDITORS), named u_<field>.
    u_task_kind: gr.Dropdown
    u_labeled_examples: gr.Number
    u_budget_usd: gr.Number
    u_monthly_budget_usd: gr.Number
    u_budget_covers_people: gr.Dropdown
    u_team_skill: gr.Dropdown
    u_knows_pytorch: gr.Dropdown
    u_hardware: gr.Dropdown
    u_hosting: gr.Dropdown
    u_privacy: gr.Dropdown
    u_vendor_finetune_ok: gr.Dropdown
    u_tried_prompting: gr.Dropdown
    u_prompt_works: gr.Dropdown
    u_prompt_refined: gr.Dropdown
    u_needs_consistency: gr.Dropdown
    u_monthly_requests: gr.Number
    u_tight_latency: gr.Dropdown
    u_fresh_knowledge: gr.Dropdown
    u_num_tasks: gr.Number
    u_shared_model: gr.Dropdown
    u_model_billions: gr.Number


def create_advisor_tab(compact: bool = False) -> AdvisorTab:
    """The chat, what was understood, and the card. `compact` (the wiki panel): one column,
    the understood fields folded, no way into the lab."""
    history, state = advisor_handlers.opening()
    chat_state = gr.State(state)
    with gr.Column() if compact else gr.Row():
        with gr.Column(scale=5):
            chatbot = gr.Chatbot(value=history, height=360 if compact else 440, label="Tailor",
                                 elem_id="chat", feedback_options=None)
            with gr.Row():
                box = gr.Textbox(placeholder="Type your answer…", show_label=False, scale=5,
                                 elem_id="message", max_length=advisor_handlers.MAX_CHARS)
                send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
            reset = gr.Button("Start over", size="sm", elem_id="reset")
            # What was understood, a compact grid that stays in view; any field can be
            # changed in place (a dropdown choice, or a number and Enter).
            editors: dict[str, gr.Component] = {}
            rows = advisor_handlers.EDITORS
            with gr.Accordion("What I understood (change any field)", open=not compact,
                              elem_id="understood"):
                for start in range(0, len(rows), 3):
                    with gr.Row():
                        for e in rows[start: start + 3]:
                            value = advisor_handlers.shown(e, state.profile)
                            editors[e.component] = (
                                gr.Dropdown(list(e.choices), value=value, label=e.label,
                                            elem_id=f"u-{e.name}", min_width=120)
                                if e.choices else
                                gr.Number(value, label=e.label, elem_id=f"u-{e.name}",
                                          min_width=120, minimum=0,
                                          precision=0 if e.integer else 2))
        with gr.Column(scale=6):
            to_lab = gr.Button("Try it on your own data in the lab →", variant="primary",
                               elem_id="open-lab", visible=not compact)
            card = gr.Markdown(advisor_handlers.CARD_PLACEHOLDER, elem_id="card")
            with gr.Accordion("Recommendation as JSON", open=False):
                card_json = gr.JSON(label="recommendation")
    return AdvisorTab(chatbot, chat_state, box, send, reset, to_lab, card, card_json,
                      **editors)


@dataclass
class LabTab:
    lab_state: gr.State
    sample: gr.Dropdown
    load_sample: gr.Button
    upload: gr.File
    pasted: gr.Textbox
    use_pasted: gr.Button
    message: gr.Markdown
    data_summary: gr.Markdown
    model_note: gr.Markdown
    preview: gr.Dataframe
    input_column: gr.Dropdown
    output_column: gr.Dropdown
    input_name: gr.Textbox
    output_name: gr.Textbox
    seed: gr.Number
    instruction: gr.Textbox
    descriptions: gr.Textbox
    apply: gr.Button
    model_pick: gr.Dropdown
    use_model: gr.Button
    base_url: gr.Textbox
    api_model: gr.Textbox
    api_key: gr.Textbox
    api_style: gr.Radio
    connect: gr.Button
    disconnect: gr.Button
    endpoint_status: gr.Markdown
    techniques: gr.CheckboxGroup
    estimates: gr.Dataframe
    max_seconds: gr.Number
    search_budget: gr.Number
    run: gr.Button
    stop: gr.Button
    progress: gr.HTML
    loss: gr.LinePlot
    search_plot: gr.LinePlot
    results: gr.Dataframe
    chart: gr.BarPlot
    restated: gr.Markdown
    prediction_pick: gr.Dropdown
    mistakes_only: gr.Checkbox
    prediction_note: gr.Markdown
    prediction_table: gr.Dataframe
    play_pick: gr.Dropdown
    play_text: gr.Textbox
    play: gr.Button
    play_out: gr.Markdown
    curve_pick: gr.Dropdown
    target: gr.Number
    curve_run: gr.Button
    curve_plot: gr.LinePlot
    curve_note: gr.Markdown
    serve_pick: gr.Dropdown
    serve_show: gr.Button
    serve_out: gr.Markdown
    download_pick: gr.Dropdown
    download_adapter: gr.Button
    download_prompt: gr.Button
    download_recipe: gr.Button
    download_report: gr.Button
    download_file: gr.File


BUNDLED_LABEL = "SmolLM2-135M-Instruct (bundled)"


def _empty(headers: list[str]):
    """An empty table that still shows its column names (not Gradio's 1 2 3)."""
    import pandas as pd

    return pd.DataFrame(columns=headers)


def create_lab_tab() -> LabTab:
    # A callable default: Gradio calls it for every new session, so each gets its own id,
    # run folder and cancel flag. The callback removes the session's files when it ends.
    lab_state = gr.State(new_state, delete_callback=forget)
    gr.Markdown("Run the techniques side by side on a sample of your own data: the same "
                "held-out rows and the same metric for each.")
    with gr.Row():
        with gr.Column():
            sample = gr.Dropdown([(s.title, s.id) for s in samples().values()],
                                 label="Built-in sample", elem_id="sample")
            load_sample = gr.Button("Use this sample", elem_id="load-sample")
        upload = gr.File(label="Or upload CSV / TSV / JSONL",
                         file_types=[".csv", ".tsv", ".jsonl", ".json"], type="filepath")
        with gr.Column():
            pasted = gr.Textbox(label="Or paste rows (with a header line)", lines=4)
            use_pasted = gr.Button("Use pasted rows")
    message = gr.Markdown(elem_id="lab-message")
    data_summary = gr.Markdown(elem_id="data-summary")
    model_note = gr.Markdown(elem_id="model-note")
    preview = gr.Dataframe(label="Preview", interactive=False, wrap=True, max_height=260)
    with gr.Accordion("Mapping and split", open=False):
        with gr.Row():
            input_column = gr.Dropdown(label="Input column")
            output_column = gr.Dropdown(label="Output column")
            input_name = gr.Textbox(label="The input is called")
            output_name = gr.Textbox(label="The output is called")
            seed = gr.Number(0, label="Split seed", precision=0)
        instruction = gr.Textbox(label="Instruction at the top of every prompt")
        descriptions = gr.Textbox(label="Label definitions (optional), one per line as "
                                        "'label: what it means'; every prompt shows them",
                                  lines=3, elem_id="descriptions")
        apply = gr.Button("Apply mapping")
    with gr.Accordion("Models: the local open model, and your own model's endpoint",
                      open=False, elem_id="models"):
        with gr.Row():
            model_pick = gr.Dropdown(
                [BUNDLED_LABEL, "HuggingFaceTB/SmolLM2-360M-Instruct",
                 "Qwen/Qwen2.5-0.5B-Instruct"],
                value=BUNDLED_LABEL, allow_custom_value=True, scale=3, elem_id="model-pick",
                label="Local open model (the bundled one, a Hugging Face id when the Hub is "
                      "reachable, or a local folder)")
            use_model = gr.Button("Use this model", scale=1)
        with gr.Row():
            base_url = gr.Textbox(label="Your endpoint's base URL (OpenAI-compatible)",
                                  placeholder="https://api.openai.com/v1 or "
                                              "http://127.0.0.1:8000/v1", scale=3)
            api_model = gr.Textbox(label="Model name", placeholder="gpt-4o-mini", scale=2)
            api_key = gr.Textbox(label="API key (kept in this session's memory only)",
                                 type="password", scale=2)
            api_style = gr.Radio(["chat", "completions"], value="chat", label="API", scale=1)
        with gr.Row():
            connect = gr.Button("Connect", elem_id="connect")
            disconnect = gr.Button("Disconnect")
        endpoint_status = gr.Markdown("Not connected: every row runs on the local model.",
                                      elem_id="endpoint-status")
    techniques = gr.CheckboxGroup(lab_handlers.CHOICES, value=list(LabState().selected),
                                  label="Techniques", elem_id="techniques")
    estimates = gr.Dataframe(_empty(ESTIMATE_HEADERS), label="Estimate before running (this "
                             "machine; cost of the same run elsewhere)", interactive=False)
    with gr.Row():
        max_seconds = gr.Number(60, label="Training budget per technique (s)")
        search_budget = gr.Number(8, label="Prompt search budget (candidates)", precision=0,
                                  minimum=1, maximum=40)
        run = gr.Button("Run", variant="primary", elem_id="run")
        stop = gr.Button("Cancel", variant="stop", elem_id="cancel")
    progress = gr.HTML(elem_id="progress")
    # A fixed colour map: the plot keeps the colour domain of its first (empty) frame, and
    # lines of techniques outside it would not be drawn.
    loss = gr.LinePlot(x="step", y="loss", color="technique", label="Training loss",
                       height=300, color_map=lab_handlers.COLORS, elem_id="loss-plot")
    search_plot = gr.LinePlot(x="candidates scored", y="best score", height=200,
                              label="Prompt search: best score on the validation slice",
                              y_lim=[0, 1], elem_id="search-plot")
    results = gr.Dataframe(_empty(RESULT_HEADERS), label="Results (prep/train s: measured, "
                           "estimate in brackets; * beyond noise vs zero-shot, paired test)",
                           interactive=False, elem_id="results", wrap=True)
    gr.Markdown(f"<small>{COST_NOTE}</small>")
    chart = gr.BarPlot(x="technique", y="score", label="Score by training time (cheapest to "
                       "train on the left)", height=300, y_lim=[0, 1], x_label_angle=-25,
                       elem_id="chart")
    restated = gr.Markdown(elem_id="restated")
    with gr.Accordion("Predictions beside the gold answers", open=False,
                      elem_id="predictions"):
        with gr.Row():
            prediction_pick = gr.Dropdown([], label="Technique", elem_id="prediction-pick")
            mistakes_only = gr.Checkbox(label="Only the mistakes", elem_id="mistakes-only")
        prediction_note = gr.Markdown(elem_id="prediction-note")
        prediction_table = gr.Dataframe(_empty(PREDICTION_HEADERS), interactive=False,
                                        wrap=True, elem_id="prediction-table", max_height=420)
    with gr.Accordion("Playground: try a variant on new input", open=False):
        with gr.Row():
            play_pick = gr.Dropdown(lab_handlers.CHOICES, label="Variant", elem_id="play-pick")
            play_text = gr.Textbox(label="Input", scale=3, elem_id="play-text")
            play = gr.Button("Ask")
        play_out = gr.Markdown(elem_id="play-out")
    with gr.Accordion("Learning curve: how much data would help?", open=False):
        with gr.Row():
            curve_pick = gr.Dropdown(lab_handlers.CHOICES, value="lora", label="Technique")
            target = gr.Number(0.9, label="Target score")
            curve_run = gr.Button("Measure at 25/50/100% of the data")
        curve_plot = gr.LinePlot(x="examples", y="score", height=220)
        curve_note = gr.Markdown()
    with gr.Accordion("Call a tuned result like any other model", open=False):
        with gr.Row():
            serve_pick = gr.Dropdown(lab_handlers.CHOICES, value="lora", label="Technique")
            serve_show = gr.Button("Show how to serve it")
        serve_out = gr.Markdown(elem_id="serve-out")
    with gr.Accordion("Downloads", open=False):
        with gr.Row():
            download_pick = gr.Dropdown(lab_handlers.CHOICES, value="lora", label="Technique",
                                        elem_id="download-pick")
            download_adapter = gr.Button("Adapter (zip)")
            download_prompt = gr.Button("Prompt template", elem_id="download-prompt")
            download_recipe = gr.Button("Take it to production (recipe)",
                                        elem_id="download-recipe")
            download_report = gr.Button("Decision report")
        download_file = gr.File(label="Download", interactive=False, elem_id="download-file")
    # Every component above is a local named like its LabTab field.
    named = locals()
    return LabTab(**{f.name: named[f.name] for f in fields(LabTab)})


def wire_advisor(a: AdvisorTab) -> None:
    # Short and independent per session, so many run at once.
    chat = {"api_visibility": "private", "concurrency_limit": 16}
    view = advisor_handlers.ChatView
    for trigger in (a.message_box.submit, a.send.click):
        wire(trigger, advisor_handlers.chat_turn, [a.message_box, a.chatbot, a.chat_state],
             view, a, **chat)

    def on_option(evt: gr.SelectData, hist: advisor_handlers.History, st):
        return advisor_handlers.pick_option(str(evt.value), hist, st)

    wire(a.chatbot.option_select, on_option, [a.chatbot, a.chat_state], view, a, **chat)
    wire(a.reset.click, advisor_handlers.restart, [], view, a, api_visibility="private")

    def on_edit(name: str):
        def edited(value, hist: advisor_handlers.History, st):
            # A value already held changes nothing, and must not redraw the chat and card
            # from inputs read before a newer edit landed (a blur queued behind a choice).
            if advisor_handlers.unchanged(name, value, st):
                return SimpleNamespace(**{f.name: gr.skip() for f in fields(view)})
            return advisor_handlers.edit_field(name, value, hist, st)
        edited.__name__ = f"edit_{name}"
        return edited

    # A dropdown reports a choice once; a number when Enter is pressed or it loses focus
    # (re-sending an unchanged value is a no-op), not on every keystroke.
    for e in advisor_handlers.EDITORS:
        editor = getattr(a, e.component)
        triggers = (editor.input,) if e.choices else (editor.submit, editor.blur)
        for trigger in triggers:
            wire(trigger, on_edit(e.name), [editor, a.chatbot, a.chat_state], view, a, **chat)



def register_api() -> None:
    """The public API: `advise` (one message, the recommendation), `chat` (the intake, with
    the conversation kept per client session), `health`; `trial` is registered with the lab."""
    gr.api(user_errors(advisor_handlers.advise_api), api_name="advise", concurrency_limit=16)
    gr.api(health, api_name="health", concurrency_limit=16)
    # The intake over the API: a hidden trigger whose state Gradio keeps per client session.
    api_state = gr.State(ChatState())
    api_in, api_out = gr.Textbox(visible=False), gr.JSON(visible=False)
    gr.Button(visible=False).click(user_errors(advisor_handlers.chat_api), [api_in, api_state],
                                   [api_out, api_state], api_name="chat", concurrency_limit=16)


def wire_lab(lab: LabTab, a: AdvisorTab, tabs: gr.Tabs) -> None:
    private = {"api_visibility": "private", "concurrency_limit": 8}
    wire(a.to_lab.click, lab_handlers.open_lab, [a.chat_state, lab.lab_state],
         lab_handlers.OpenLabView,
         SimpleNamespace(tabs=tabs, techniques=lab.techniques, estimates=lab.estimates),
         api_visibility="private")
    data_view = lab_handlers.DataView
    refresh = {"fn": user_errors(lab_handlers.estimates_table),
               "inputs": [lab.techniques, lab.lab_state], "outputs": lab.estimates,
               "api_visibility": "private"}
    for trigger, fn, inputs in (
            (lab.load_sample.click, lab_handlers.load_sample, [lab.sample, lab.lab_state]),
            (lab.upload.upload, lab_handlers.load_upload, [lab.upload, lab.lab_state]),
            (lab.use_pasted.click, lab_handlers.load_pasted, [lab.pasted, lab.lab_state]),
            (lab.apply.click, lab_handlers.apply_mapping,
             [lab.input_column, lab.output_column, lab.input_name, lab.output_name,
              lab.instruction, lab.seed, lab.descriptions, lab.lab_state])):
        wire(trigger, fn, inputs, data_view, lab, **private).success(**refresh)
    lab.techniques.change(**refresh)
    wire(lab.use_model.click, lab_handlers.use_model,
         [lab.model_pick, lab.techniques, lab.lab_state], lab_handlers.ModelView, lab, **private)
    wire(lab.connect.click, lab_handlers.connect_endpoint,
         [lab.base_url, lab.api_model, lab.api_key, lab.api_style, lab.lab_state],
         lab_handlers.EndpointView, lab, **private)
    wire(lab.disconnect.click, lab_handlers.disconnect_endpoint, [lab.lab_state],
         lab_handlers.EndpointView, lab, **private)
    # One training at a time per process, in lab.runner's line, which tells each waiting
    # session its place; the chat's events are in other groups and keep answering.
    training = {"concurrency_limit": 8, "concurrency_id": "training",
                "api_visibility": "private", "trigger_mode": "once"}
    wire(lab.run.click, lab_handlers.run,
         [lab.techniques, lab.max_seconds, lab.search_budget, lab.lab_state, a.chat_state],
         lab_handlers.RunView, lab, **training)
    lab.stop.click(user_errors(lab_handlers.cancel), [lab.lab_state], lab.message,
                   api_visibility="private", queue=False)
    for trigger in (lab.prediction_pick.input, lab.mistakes_only.change):
        wire(trigger, lab_handlers.show_predictions,
             [lab.prediction_pick, lab.mistakes_only, lab.lab_state],
             lab_handlers.PredictionView, lab, **private)
    lab.play.click(user_errors(lab_handlers.try_it), [lab.play_pick, lab.play_text,
                                                      lab.lab_state], lab.play_out, **private)
    wire(lab.curve_run.click, lab_handlers.curve, [lab.curve_pick, lab.target, lab.lab_state],
         lab_handlers.CurveView, lab, **training)
    lab.serve_show.click(user_errors(lab_handlers.serve_instructions),
                         [lab.serve_pick, lab.lab_state], lab.serve_out, **private)
    for button, fn in ((lab.download_adapter, lab_handlers.download_adapter),
                       (lab.download_prompt, lab_handlers.download_prompt),
                       (lab.download_recipe, lab_handlers.download_recipe)):
        button.click(user_errors(handed_out(fn)), [lab.download_pick, lab.lab_state],
                     lab.download_file, **private)
    lab.download_report.click(user_errors(handed_out(lab_handlers.download_report)),
                              [lab.lab_state, a.chat_state], lab.download_file, **private)
    gr.api(user_errors(lab_handlers.trial_api), api_name="trial", concurrency_limit=8,
           concurrency_id="training")


def health() -> dict[str, str]:
    """A trivial endpoint: monitoring, and the floor of Gradio's own queue in bench/load.py."""
    return {"status": "ok"}


def handed_out(fn):
    """A download handler whose file is copied into Gradio's cache here: the data folder is
    blocked (see `file_access`), so Gradio may not fetch from it by itself."""
    from gradio.processing_utils import save_file_to_cache
    from gradio.utils import get_upload_folder

    @functools.wraps(fn)
    def call(*args, **kwargs) -> str:
        return save_file_to_cache(fn(*args, **kwargs), get_upload_folder())
    return call


def file_access() -> dict[str, Any]:
    """Downloads are served only from Gradio's cache, where each returned file is copied;
    the data folder itself (every session's runs) is never served by path."""
    return {"blocked_paths": [str(Settings.from_env().data_dir)]}


def start_sweeper(ttl_hours: float, every_seconds: float = 600.0) -> threading.Thread:
    """Remove sessions' files once they have been idle for `ttl_hours` (at start, then every
    ten minutes), so a day of demo traffic cannot fill the disk."""
    def loop() -> None:
        while True:
            removed = sweep(ttl_hours)
            if removed:
                log.info("Removed %d idle session folder(s)", removed)
            time.sleep(every_seconds)

    thread = threading.Thread(target=loop, name="tailor-sweeper", daemon=True)
    thread.start()
    return thread


def build() -> gr.Blocks:
    """The Blocks app; importable by tests, Spaces and `gradio app.py` alike."""
    ttl = int(Limits.from_env().session_ttl_hours * 3600)
    # Gradio's own cache of downloaded files is cleared on the same schedule.
    with gr.Blocks(title="Tailor: prompt, prompt-tune or fine-tune?",
                   delete_cache=(min(ttl, 3600), ttl)) as demo:
        gr.Markdown("# Tailor\nShould you prompt-engineer, prompt-tune or fine-tune an LLM for "
                    "your task, and what will it cost?")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Advisor", id="advisor"):
                advisor = create_advisor_tab()
            with gr.Tab("Lab", id="lab"):
                lab = create_lab_tab()
        wire_advisor(advisor)
        register_api()
        wire_lab(lab, advisor, tabs)
    return demo


def build_advisor_only() -> gr.Blocks:
    """The compact view for a wiki panel: the chat and the card, no lab. Served at /advisor,
    so both an iframe and Gradio's web component can embed it."""
    with gr.Blocks(title="Tailor advisor") as panel:
        advisor = create_advisor_tab(compact=True)
        wire_advisor(advisor)
    return panel


demo = build()
advisor_demo = build_advisor_only()


def server_app(root_path: str = "") -> FastAPI:
    """One FastAPI app: the full app at /, the advisor-only view at /advisor. `root_path` is
    where a reverse proxy publishes it (e.g. /tailor), with the proxy stripping that prefix
    (nginx: `location /tailor/ { proxy_pass http://127.0.0.1:7860/; }`) and the server told
    of it (uvicorn's root_path, see main); Gradio builds every URL from it."""
    root = root_path.rstrip("/")
    app = FastAPI()
    origins = [o.strip() for o in os.environ.get("TAILOR_EMBED_ORIGINS", "").split(",")
               if o.strip()]
    if origins:
        # Pages on these origins (a wiki) may embed the app and call its API. Without it,
        # Gradio's own policy applies: a public host allows any origin, a local one only
        # local pages (so a malicious site cannot drive a founder's local app).
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["*"],
                           allow_headers=["*"])
    common = {"css": CSS, "theme": gr.themes.Soft(), "show_error": True, **file_access()}
    gr.mount_gradio_app(app, advisor_demo.queue(default_concurrency_limit=16), "/advisor",
                        root_path=f"{root}/advisor" if root else None, **common)
    gr.mount_gradio_app(app, demo.queue(default_concurrency_limit=16), "",
                        root_path=root or None, **common)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="Run Tailor's web app.")
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"))
    parser.add_argument("--port", type=int,
                        default=int(os.environ.get("GRADIO_SERVER_PORT", "7860")))
    parser.add_argument("--root-path", default=os.environ.get("GRADIO_ROOT_PATH", ""),
                        help="the path a reverse proxy publishes the app under, e.g. /tailor")
    args = parser.parse_args()
    import uvicorn

    default_knowledge_base()  # index the notes and load the embedder before the first visitor
    start_sweeper(Limits.from_env().session_ttl_hours)
    print(f"Tailor on http://{args.host}:{args.port}{args.root_path or ''}/ "
          f"(advisor-only view at /advisor)", flush=True)
    uvicorn.run(server_app(args.root_path), host=args.host, port=args.port,
                root_path=args.root_path.rstrip("/"), log_level="warning")


if __name__ == "__main__":
    main()
