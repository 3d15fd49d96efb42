"""Handlers behind the Gradio app: plain typed functions, testable without a browser.

History uses Gradio's messages format (dicts with role and content). The conversation's real
state lives in `ChatState`; the history is only what the user sees.
"""

from __future__ import annotations

import logging
from typing import Any

from advisor import MAX_MESSAGE_CHARS, advise_text, to_markdown
from advisor.chat import ChatState, Reply, respond, start
from advisor.errors import TailorError
from advisor.knowledge import default_knowledge_base

log = logging.getLogger(__name__)

CARD_PLACEHOLDER = ("### Your recommendation appears here\n"
                    "Answer a few questions in the chat: what the task is, how much labeled "
                    "data you have and your budget. The card will show the pick, the reasons, "
                    "a comparison on four axes, a cost estimate and its sources.")
MAX_CHARS = MAX_MESSAGE_CHARS
History = list[dict[str, Any]]


def _assistant(reply: Reply) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text}
    if reply.options:
        message["options"] = [{"value": o, "label": o} for o in reply.options]
    return message


def opening() -> tuple[History, ChatState]:
    """The chat as a new visitor sees it."""
    state, reply = start()
    return [_assistant(reply)], state


def chat_turn(message: str, history: History | None, state: ChatState | None
              ) -> tuple[History, ChatState, str, dict[str, Any] | None, str]:
    """One user message: returns (history, state, card markdown, recommendation JSON, '')
    where the last value clears the textbox."""
    history = list(history or [])
    state = state or ChatState()
    text = (message or "").strip()
    if len(text) > MAX_CHARS:
        reply = Reply(f"That message is {len(text):,} characters long; please keep it under "
                      f"{MAX_CHARS:,}. Nothing you said before is lost.")
        history += [{"role": "user", "content": text[:200] + " …"}, _assistant(reply)]
        return (history, state, *_card(state), "")
    try:
        state, reply = respond(state, text, default_knowledge_base())
    except TailorError as exc:
        reply = Reply(f"{exc} Your answers so far are kept.")
    except Exception:  # a bug must not cost the user their conversation
        log.exception("chat turn failed")
        reply = Reply("Sorry, something went wrong on my side. Your answers so far are kept; "
                      "please try again or rephrase.")
    if text:
        history.append({"role": "user", "content": text})
    history.append(_assistant(reply))
    return (history, state, *_card(state), "")


def pick_option(value: str, history: History | None, state: ChatState | None
                ) -> tuple[History, ChatState, str, dict[str, Any] | None, str]:
    """A quick-reply button works exactly like typing its label."""
    return chat_turn(value, history, state)


def restart() -> tuple[History, ChatState, str, dict[str, Any] | None, str]:
    history, state = opening()
    return history, state, CARD_PLACEHOLDER, None, ""


def _card(state: ChatState) -> tuple[str, dict[str, Any] | None]:
    rec = state.recommendation
    if rec is None:
        return CARD_PLACEHOLDER, None
    return to_markdown(rec), rec.to_dict()


def advise_api(message: str) -> dict[str, Any]:
    """One message in, the recommendation JSON out (the `advise` API endpoint)."""
    import gradio as gr

    try:
        return advise_text(message).to_dict()
    except TailorError as exc:
        raise gr.Error(str(exc)) from exc
