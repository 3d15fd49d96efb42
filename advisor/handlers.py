"""Handlers behind the advisor tab: plain typed functions, testable without a browser.

History uses Gradio's messages format (dicts with role and content). The conversation's real
state lives in `ChatState`; the history is only what the user sees. A turn never raises on
what the user typed: a problem becomes the assistant's reply, and the answers so far stay.

Beside the chat, a panel shows every understood field (`EDITORS`), refreshed after each turn;
changing one (`edit_field`) replaces that answer and re-runs the advice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from advisor import MAX_MESSAGE_CHARS, advise_text, to_markdown
from advisor.chat import ChatState, Reply, edit, respond, start
from advisor.knowledge import default_knowledge_base
from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill
from advisor.recommend import HARDWARE_LABELS, HOSTING_LABELS, KIND_LABELS, TEAM_LABELS
from tailor.errors import TailorError

log = logging.getLogger(__name__)

CARD_PLACEHOLDER = ("### Your recommendation appears here\n"
                    "Answer a few questions in the chat: what the task is, how much labeled "
                    "data you have and your budget. The card will show the pick, the reasons, "
                    "a comparison on four axes, a cost estimate and its sources.")
MAX_CHARS = MAX_MESSAGE_CHARS
History = list[dict[str, Any]]


UNSAID = "unknown"  # a dropdown's value for a fact not stated yet
YES_NO = ((UNSAID, UNSAID), ("yes", "yes"), ("no", "no"))


@dataclass(frozen=True)
class FieldEditor:
    """One understood field in the panel: a dropdown when it has choices, else a number."""

    name: str
    label: str
    choices: tuple[tuple[str, str], ...] = ()
    integer: bool = True  # for numbers: counts are whole

    @property
    def component(self) -> str:
        """The advisor tab's component (and ChatView field) that shows this field."""
        return f"u_{self.name}"


def _labels(labels: dict) -> tuple[tuple[str, str], ...]:
    return ((UNSAID, UNSAID), *((text, str(value)) for value, text in labels.items()))


EDITORS: tuple[FieldEditor, ...] = (
    FieldEditor("task_kind", "Kind of task", _labels(KIND_LABELS)),
    FieldEditor("labeled_examples", "Labeled examples"),
    FieldEditor("budget_usd", "Cash budget, one-off ($)", integer=False),
    FieldEditor("monthly_budget_usd", "Cash budget per month ($)", integer=False),
    FieldEditor("budget_covers_people", "Budget must pay people", YES_NO),
    FieldEditor("team_skill", "Team", _labels(TEAM_LABELS)),
    FieldEditor("knows_pytorch", "Knows PyTorch", YES_NO),
    FieldEditor("hardware", "Own GPUs", _labels(HARDWARE_LABELS)),
    FieldEditor("hosting", "Hosting", _labels(HOSTING_LABELS)),
    FieldEditor("privacy", "Data must stay in-house", YES_NO),
    FieldEditor("vendor_finetune_ok", "Vendor fine-tuning OK", YES_NO),
    FieldEditor("tried_prompting", "Prompting fell short", YES_NO),
    FieldEditor("prompt_works", "A prompt already works", YES_NO),
    FieldEditor("prompt_refined", "Prompt refined beyond a first draft", YES_NO),
    FieldEditor("needs_consistency", "Strict format or voice", YES_NO),
    FieldEditor("monthly_requests", "Requests a month"),
    FieldEditor("tight_latency", "Tight latency", YES_NO),
    FieldEditor("fresh_knowledge", "Facts change often", YES_NO),
    FieldEditor("num_tasks", "Tasks on one model"),
    FieldEditor("shared_model", "One shared base model", YES_NO),
    FieldEditor("model_billions", "Base model size (billions of parameters)", integer=False),
)
BY_NAME = {e.name: e for e in EDITORS}
ENUMS: dict[str, type[StrEnum]] = {"task_kind": TaskKind, "team_skill": TeamSkill,
                                   "hosting": Hosting, "hardware": Hardware}


def shown(editor: FieldEditor, profile: Profile) -> Any:
    """The panel's value for a field: the dropdown's value, or the number (None if unsaid)."""
    value = getattr(profile, editor.name)
    if not editor.choices:
        return value
    if value is None:
        return UNSAID
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def parse_edit(editor: FieldEditor, value: Any) -> Any:
    """What the panel sent, as a profile value (None to unset). Raises TailorError on
    numbers that cannot be right."""
    if editor.choices:
        if value in (None, "", UNSAID):
            return None
        if editor.name in ENUMS:
            return ENUMS[editor.name](value)
        return value == "yes"
    if value is None or value == "":
        return None
    number = float(value)
    if number < 0:
        raise TailorError(f"{editor.label} cannot be negative: enter 0 or more, or clear it.")
    return round(number) if editor.integer else number


@dataclass
class ChatView:
    """What a chat turn updates; field names are the advisor tab's component names."""

    chatbot: History
    chat_state: ChatState
    card: str
    card_json: dict[str, Any] | None
    message_box: str  # "" clears the textbox
    # The understood-fields panel, one component per field (see EDITORS).
    u_task_kind: str
    u_labeled_examples: int | None
    u_budget_usd: float | None
    u_monthly_budget_usd: float | None
    u_budget_covers_people: str
    u_team_skill: str
    u_knows_pytorch: str
    u_hardware: str
    u_hosting: str
    u_privacy: str
    u_vendor_finetune_ok: str
    u_tried_prompting: str
    u_prompt_works: str
    u_prompt_refined: str
    u_needs_consistency: str
    u_monthly_requests: int | None
    u_tight_latency: str
    u_fresh_knowledge: str
    u_num_tasks: int | None
    u_shared_model: str
    u_model_billions: float | None


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
    panel = {e.component: shown(e, state.profile) for e in EDITORS}
    if rec is None:
        return ChatView(history, state, CARD_PLACEHOLDER, None, "", **panel)
    return ChatView(history, state, to_markdown(rec), rec.to_dict(), "", **panel)


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


def unchanged(name: str, value: Any, state: ChatState | None) -> bool:
    """Whether a panel value is the answer already held (a number field losing focus
    re-sends its value; that must not redraw the chat over a newer change)."""
    try:
        return parse_edit(BY_NAME[name], value) == getattr((state or ChatState()).profile,
                                                           name)
    except (TailorError, ValueError):
        return False


def edit_field(name: str, value: Any, history: History | None, state: ChatState | None
               ) -> ChatView:
    """One field changed in the panel: the answer replaced, the advice re-run, and a line in
    the chat saying what changed. Re-sending the value already held changes nothing."""
    history = list(history or [])
    state = state or ChatState()
    editor = BY_NAME[name]
    try:
        new = parse_edit(editor, value)
    except (TailorError, ValueError) as exc:
        message = str(exc) if isinstance(exc, TailorError) else (
            f"{editor.label} must be a number; the earlier value is kept.")
        history.append(_assistant(Reply(message)))
        return _view(history, state)
    if new == getattr(state.profile, name):
        return _view(history, state)
    try:
        state, reply = edit(state, name, new, default_knowledge_base())
    except TailorError as exc:
        reply = Reply(f"{exc} Your answers so far are kept.")
    history.append(_assistant(reply))
    return _view(history, state)


def restart() -> ChatView:
    history, state = opening()
    return _view(history, state)


def advise_api(message: str) -> dict[str, Any]:
    """One message in, the recommendation JSON out (the `advise` API endpoint)."""
    return advise_text(message).to_dict()


def chat_api(message: str, state: ChatState | None) -> tuple[dict[str, Any], ChatState]:
    """One turn of the intake as an API (the `chat` endpoint): the server keeps each
    caller's conversation, so a gradio_client session chats like a browser tab does."""
    view = chat_turn(message, [], state)
    last = view.chatbot[-1]
    return ({"reply": last["content"], "options": [o["value"] for o in last.get("options", [])],
             "recommendation": view.card_json}, view.chat_state)
