"""Tailor's web app: builds the components and wires the events. Logic lives in `advisor/`
(the chat and recommendation) and `lab/` (trying the techniques on your own sample)."""

from __future__ import annotations

import argparse
import os

import gradio as gr

from adapters.samples import samples
from advisor import ui
from advisor.config import Settings
from advisor.knowledge import default_knowledge_base
from lab import ui as lab
from lab.session import COST_NOTE, LabState

CSS = """
#card { min-height: 520px; }
#card table { font-size: 0.9em; }
.tech-progress { display: flex; gap: 0.6em; align-items: center; margin: 0.2em 0; }
.tech-progress span { width: 13em; }
.tech-progress progress { flex: 1; height: 0.9em; }
"""


def build() -> gr.Blocks:
    """The Blocks app; importable by tests, Spaces and `gradio app.py` alike."""
    with gr.Blocks(title="Tailor: prompt, prompt-tune or fine-tune?") as demo:
        gr.Markdown("# Tailor\nShould you prompt-engineer, prompt-tune or fine-tune an LLM for "
                    "your task, and what will it cost?")
        history, state = ui.opening()
        chat_state = gr.State(state)
        lab_state = gr.State(LabState())
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Advisor", id="advisor"), gr.Row():
                with gr.Column(scale=5):
                    chatbot = gr.Chatbot(value=history, height=520, label="Tailor",
                                         elem_id="chat", feedback_options=None)
                    with gr.Row():
                        box = gr.Textbox(placeholder="Type your answer…", show_label=False,
                                         scale=5, elem_id="message", max_length=ui.MAX_CHARS)
                        send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                    reset = gr.Button("Start over", size="sm", elem_id="reset")
                with gr.Column(scale=6):
                    to_lab = gr.Button("Try it on your own data in the lab →",
                                       variant="primary", elem_id="open-lab")
                    card = gr.Markdown(ui.CARD_PLACEHOLDER, elem_id="card")
                    with gr.Accordion("Recommendation as JSON", open=False):
                        as_json = gr.JSON(label="recommendation")

            with gr.Tab("Lab", id="lab"):
                gr.Markdown("Run the techniques side by side on a sample of your own data: the "
                            "same held-out rows and the same metric for each.")
                with gr.Row():
                    with gr.Column():
                        sample = gr.Dropdown([(s.title, s.id) for s in samples().values()],
                                             label="Built-in sample", elem_id="sample")
                        load_sample = gr.Button("Use this sample", elem_id="load-sample")
                    upload = gr.File(label="Or upload CSV / TSV / JSONL",
                                     file_types=[".csv", ".tsv", ".jsonl", ".json"],
                                     type="filepath")
                    with gr.Column():
                        pasted = gr.Textbox(label="Or paste rows (with a header line)", lines=4)
                        use_pasted = gr.Button("Use pasted rows")
                message = gr.Markdown(elem_id="lab-message")
                data_summary = gr.Markdown(elem_id="data-summary")
                preview = gr.Dataframe(label="Preview", interactive=False, wrap=True,
                                       max_height=260)
                with gr.Accordion("Mapping and split", open=False):
                    with gr.Row():
                        in_col = gr.Dropdown(label="Input column")
                        out_col = gr.Dropdown(label="Output column")
                        in_name = gr.Textbox(label="The input is called")
                        out_name = gr.Textbox(label="The output is called")
                        seed = gr.Number(0, label="Split seed", precision=0)
                    instruction = gr.Textbox(label="Instruction at the top of every prompt")
                    apply = gr.Button("Apply mapping")
                picks = gr.CheckboxGroup(lab.CHOICES, value=list(LabState().selected),
                                         label="Techniques", elem_id="techniques")
                estimates = gr.Dataframe(label="Estimate before running (this machine; cost "
                                               "of the same run elsewhere)", interactive=False)
                with gr.Row():
                    max_seconds = gr.Number(60, label="Training budget per technique (s)")
                    run = gr.Button("Run", variant="primary", elem_id="run")
                    stop = gr.Button("Cancel", variant="stop", elem_id="cancel")
                progress = gr.HTML(elem_id="progress")
                # A fixed colour map: the plot keeps the colour domain of its first (empty)
                # frame, and lines of techniques outside it would not be drawn.
                loss = gr.LinePlot(x="step", y="loss", color="technique", label="Training loss",
                                   height=300, color_map=lab.COLORS)
                results = gr.Dataframe(label="Results (train s: measured, estimate in brackets)",
                                       interactive=False, elem_id="results")
                gr.Markdown(f"<small>{COST_NOTE}</small>")
                chart = gr.BarPlot(x="technique", y="score", label="Score by training time "
                                   "(cheapest to train on the left)", height=240, y_lim=[0, 1])
                restated = gr.Markdown(elem_id="restated")
                with gr.Accordion("Predictions beside the gold answers", open=False):
                    pred_pick = gr.Dropdown(lab.CHOICES, label="Technique")
                    pred_table = gr.Dataframe(interactive=False, wrap=True)
                with gr.Accordion("Playground: try a variant on new input", open=False):
                    with gr.Row():
                        play_pick = gr.Dropdown(lab.CHOICES, label="Variant")
                        play_text = gr.Textbox(label="Input", scale=3)
                        play = gr.Button("Ask")
                    play_out = gr.Markdown()
                with gr.Accordion("Learning curve: how much data would help?", open=False):
                    with gr.Row():
                        curve_pick = gr.Dropdown(lab.CHOICES, value="lora", label="Technique")
                        target = gr.Number(0.9, label="Target score")
                        curve_run = gr.Button("Measure at 25/50/100% of the data")
                    curve_plot = gr.LinePlot(x="examples", y="score", height=220)
                    curve_note = gr.Markdown()
                with gr.Accordion("Downloads", open=False):
                    with gr.Row():
                        dl_pick = gr.Dropdown(lab.CHOICES, value="lora", label="Technique")
                        dl_adapter = gr.Button("Adapter (zip)")
                        dl_prompt = gr.Button("Prompt template")
                        dl_report = gr.Button("Decision report")
                    dl_file = gr.File(label="Download", interactive=False)

        # --- advisor events: short and independent per session, so many run at once.
        outputs = [chatbot, chat_state, card, as_json, box]
        for trigger in (box.submit, send.click):
            trigger(ui.chat_turn, [box, chatbot, chat_state], outputs,
                    api_visibility="private", concurrency_limit=16)

        def on_option(evt: gr.SelectData, hist: ui.History, st):
            return ui.pick_option(str(evt.value), hist, st)

        chatbot.option_select(on_option, [chatbot, chat_state], outputs,
                              api_visibility="private", concurrency_limit=16)
        reset.click(ui.restart, None, outputs, api_visibility="private")
        to_lab.click(lab.open_lab, [chat_state, lab_state], [tabs, picks, estimates],
                     api_visibility="private")
        gr.api(ui.advise_api, api_name="advise", concurrency_limit=16)

        # --- lab events
        data_out = [lab_state, data_summary, preview, in_col, out_col, in_name, out_name,
                    instruction, message]
        private = {"api_visibility": "private", "concurrency_limit": 8}
        load_sample.click(lab.load_sample, [sample, lab_state], data_out, **private).then(
            lab.estimates_table, [picks, lab_state], estimates, api_visibility="private")
        upload.upload(lab.load_upload, [upload, lab_state], data_out, **private).then(
            lab.estimates_table, [picks, lab_state], estimates, api_visibility="private")
        use_pasted.click(lab.load_pasted, [pasted, lab_state], data_out, **private).then(
            lab.estimates_table, [picks, lab_state], estimates, api_visibility="private")
        apply.click(lab.apply_mapping, [in_col, out_col, in_name, out_name, instruction, seed,
                                        lab_state], data_out, **private).then(
            lab.estimates_table, [picks, lab_state], estimates, api_visibility="private")
        picks.change(lab.estimates_table, [picks, lab_state], estimates,
                     api_visibility="private")
        # One training at a time per process: others wait in Gradio's queue and see their
        # place; the chat's events are in other groups and keep answering.
        training = {"concurrency_limit": 1, "concurrency_id": "training",
                    "api_visibility": "private"}
        run.click(lab.run, [picks, max_seconds, lab_state, chat_state],
                  [lab_state, progress, loss, results, chart, restated, message], **training)
        stop.click(lab.cancel, [lab_state], message, api_visibility="private", queue=False)
        pred_pick.change(lab.predictions, [pred_pick, lab_state], pred_table, **private)
        play.click(lab.try_it, [play_pick, play_text, lab_state], play_out, **private)
        curve_run.click(lab.curve, [curve_pick, target, lab_state],
                        [lab_state, curve_plot, curve_note], **training)
        dl_adapter.click(lab.download_adapter, [dl_pick, lab_state], [dl_file, message],
                         **private)
        dl_prompt.click(lab.download_prompt, [dl_pick, lab_state], [dl_file, message],
                        **private)
        dl_report.click(lab.download_report, [lab_state, chat_state], dl_file, **private)
        gr.api(lab.trial_api, api_name="trial", concurrency_limit=1,
               concurrency_id="training")
    return demo


demo = build()


def main() -> None:
    parser = argparse.ArgumentParser(description="Run Tailor's web app.")
    parser.add_argument("--host", default=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"))
    parser.add_argument("--port", type=int,
                        default=int(os.environ.get("GRADIO_SERVER_PORT", "7860")))
    args = parser.parse_args()
    default_knowledge_base()  # index the notes and load the embedder before the first visitor
    demo.queue(default_concurrency_limit=16).launch(
        server_name=args.host, server_port=args.port, css=CSS, theme=gr.themes.Soft(),
        show_error=True, allowed_paths=[str(Settings.from_env().data_dir)])


if __name__ == "__main__":
    main()
