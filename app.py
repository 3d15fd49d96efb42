"""Tailor's web app: builds the components and wires the events. Logic lives in `advisor/`."""

from __future__ import annotations

import argparse
import os

import gradio as gr

from advisor import ui
from advisor.knowledge import default_knowledge_base

CSS = """
#card { min-height: 560px; }
#card table { font-size: 0.9em; }
"""


def build() -> gr.Blocks:
    """The Blocks app; importable by tests, Spaces and `gradio app.py` alike."""
    with gr.Blocks(title="Tailor: prompt, prompt-tune or fine-tune?") as demo:
        gr.Markdown("# Tailor\nShould you prompt-engineer, prompt-tune or fine-tune an LLM for "
                    "your task, and what will it cost?")
        history, state = ui.opening()
        chat_state = gr.State(state)
        with gr.Row():
            with gr.Column(scale=5):
                chatbot = gr.Chatbot(value=history, height=520, label="Tailor",
                                     elem_id="chat", feedback_options=None)
                with gr.Row():
                    box = gr.Textbox(placeholder="Type your answer…", show_label=False,
                                     scale=5, elem_id="message", max_length=ui.MAX_CHARS)
                    send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                reset = gr.Button("Start over", size="sm", elem_id="reset")
            with gr.Column(scale=6):
                card = gr.Markdown(ui.CARD_PLACEHOLDER, elem_id="card")
                with gr.Accordion("Recommendation as JSON", open=False):
                    as_json = gr.JSON(label="recommendation")

        outputs = [chatbot, chat_state, card, as_json, box]
        # Chat turns are short and independent per session: let many run at once.
        for trigger in (box.submit, send.click):
            trigger(ui.chat_turn, [box, chatbot, chat_state], outputs,
                    api_visibility="private", concurrency_limit=16)

        def on_option(evt: gr.SelectData, hist: ui.History, st):
            return ui.pick_option(str(evt.value), hist, st)

        chatbot.option_select(on_option, [chatbot, chat_state], outputs,
                              api_visibility="private", concurrency_limit=16)
        reset.click(ui.restart, None, outputs, api_visibility="private")
        gr.api(ui.advise_api, api_name="advise", concurrency_limit=16)
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
        show_error=True)


if __name__ == "__main__":
    main()
