"""Handlers behind the advisor tab: plain typed functions, testable without a browser.

History uses Gradio's messages format (dicts with role and content). The conversation's real
state lives in `ChatState`; the history is only what the user sees. A turn never raises on
what the user typed: a problem becomes the assistant's reply, and the answers so far stay.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from advisor import MAX_MESSAGE_CHARS, advise_text, to_markdown
from advisor.chat import ChatState, Reply, respond, start
from advisor.knowledge import default_knowledge_base
from tailor.errors import TailorError

log = logging.getLogger(__name__)

CARD_PLACEHOLDER = ("### Your recommendation appears here\n"
                    "Answer a few questions in the chat: what the task is, how much labeled "
                    "data you have and your budget. The card will show the pick, the reasons, "
                    "a comparison on four axes, a cost estimate and its sources.")
MAX_CHARS = MAX_MESSAGE_CHARS
History = list[dict[str, Any]]


@dataclass
class ChatView:
    """What a chat turn updates; field names are the advisor tab's component names."""

    chatbot: History
    chat_state: ChatState
    card: str
    card_json: dict[str, Any] | None
    message_box: str  # "" clears the textbox


def _assistant(reply: Reply) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text}
    if reply.options:
        message["options"] = [{"value": o, "label": o} for o in reply.options]
    return message


def opening() -> tuple[History, ChatState]:
    """The chat as a new visitor sees it."""
    state, reply = start()
    return [_assistant(reply)], state


def _view(history: History, state: ChatState) -> ChatView:
    rec = state.recommendation
    if rec is None:
        return ChatView(history, state, CARD_PLACEHOLDER, None, "")
    return ChatView(history, state, to_markdown(rec), rec.to_dict(), "")


def chat_turn(message: str, history: History | None, state: ChatState | None) -> ChatView:
    """One user message in, the updated conversation and card out."""
    history = list(history or [])
    state = state or ChatState()
    text = (message or "").strip()
    if len(text) > MAX_CHARS:
        reply = Reply(f"That message is {len(text):,} characters long; please keep it under "
                      f"{MAX_CHARS:,}. Nothing you said before is lost.")
        history += [{"role": "user", "content": text[:200] + " …"}, _assistant(reply)]
        return _view(history, state)
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
    return _view(history, state)


def pick_option(value: str, history: History | None, state: ChatState | None) -> ChatView:
    """A quick-reply button works exactly like typing its label."""
    return chat_turn(value, history, state)


def restart() -> ChatView:
    history, state = opening()
    return _view(history, state)


def advise_api(message: str) -> dict[str, Any]:
    """One message in, the recommendation JSON out (the `advise` API endpoint)."""
    return advise_text(message).to_dict()
