"""The intake conversation as a plain state machine: a message in, a reply out.

It asks one question at a time for what is still missing (task, data, budget first; the
rest optional with quick replies), takes corrections at any point, and recommends as soon as
the user has said enough or asks for it. The Gradio app only displays what this returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from advisor import parse
from advisor.llm import llm_extract
from advisor.profile import Profile, TaskKind
from advisor.recommend import (
    HOSTING_LABELS,
    KIND_LABELS,
    TEAM_LABELS,
    VARIANT_LABELS,
    Recommendation,
    Retriever,
    advise,
)
from advisor.rules import FAMILY_LABELS
from tailor.settings import Settings

SKIP, SKIP_REST = "Skip", "Skip the rest, recommend now"


@dataclass(frozen=True)
class Question:
    field: str
    text: str
    options: tuple[str, ...] = ()
    optional: bool = False


QUESTIONS: tuple[Question, ...] = (
    Question("task", "What should the model do for you? One sentence is enough, for example "
             "*route support tickets to the right team* or *summarise sales calls*."),
    Question("task_kind", "Which of these is closest to your task?",
             ("Classify or route", "Extract fields", "Write, rewrite or summarise",
              "Answer questions or chat", "Multi-step reasoning")),
    Question("labeled_examples", "How many labeled examples do you have, meaning inputs "
             "paired with the answer you want? A rough number is fine.",
             ("None yet", "A few dozen", "A few hundred", "Thousands")),
    Question("budget", "What budget can you put into this, one-off or per month? "
             "Say *no budget* if there is none.",
             ("No budget", "About $1,000", "About $10,000", "$2k a month")),
    Question("team_skill", "Optional, but it sharpens the answer: who will build it?",
             ("No engineers", "Developers who can call APIs", "ML engineers", SKIP, SKIP_REST),
             optional=True),
    Question("hosting", "Where should the model run?",
             ("A vendor's API (OpenAI, Google, Anthropic)", "A self-hosted open model", SKIP,
              SKIP_REST), optional=True),
    Question("privacy", "Must the data stay on your own servers (privacy, compliance)?",
             ("Yes", "No", SKIP, SKIP_REST), optional=True),
    Question("needs_consistency", "Do the answers need a strict format or very consistent "
             "wording?", ("Yes", "No", SKIP, SKIP_REST), optional=True),
    Question("monthly_requests", "Roughly how many requests a month once it is live?",
             ("Under 1k a month", "About 10k a month", "About 100k a month",
              "A million a month", SKIP, SKIP_REST), optional=True),
    Question("fresh_knowledge", "Is the need mostly facts that change often, such as prices, "
             "docs or policies?", ("Yes", "No", SKIP, SKIP_REST), optional=True),
    Question("num_tasks", "How many separate tasks should share one model?",
             ("Just this one", "2 tasks", "5 tasks", SKIP, SKIP_REST), optional=True),
)
BY_FIELD = {q.field: q for q in QUESTIONS}
KIND_OPTIONS = dict(zip(BY_FIELD["task_kind"].options, TaskKind, strict=True))
NUMERIC = ("labeled_examples", "budget_usd", "monthly_budget_usd", "monthly_requests",
           "num_tasks")
GREETING = ("Hi! I'm Tailor. I help you decide whether to **prompt-engineer**, "
            "**prompt-tune** or **fine-tune** an LLM for your task, and what it will cost. "
            "A few questions first; you can correct any answer later (\"actually we have "
            "800\") or say \"start over\".")
NO_CHANGE = ("I didn't catch a change to your situation. You can say things like \"actually we "
             "have 800 examples\", \"budget is 20k\", \"we need strict JSON\" or \"start over\".")


@dataclass(frozen=True)
class ChatState:
    """Everything one user's conversation needs; immutable, so sessions never share it."""

    profile: Profile = field(default_factory=Profile)
    expecting: str | None = None
    asked: frozenset[str] = frozenset()  # optional questions asked or skipped
    last_numeric: str | None = None
    finished: bool = False
    recommendation: Recommendation | None = None


@dataclass(frozen=True)
class Reply:
    text: str
    options: tuple[str, ...] = ()
    recommendation: Recommendation | None = None


def _answered(p: Profile, name: str) -> bool:
    if name == "budget":
        return p.has_budget
    return getattr(p, name) is not None


def next_question(state: ChatState) -> Question | None:
    """The first required question unanswered, then optional ones not yet asked."""
    p = state.profile
    for q in QUESTIONS:
        if q.field == "task_kind" and p.task is None:
            continue
        if _answered(p, q.field):
            continue
        if not q.optional:
            return q
        if not state.finished and q.field not in state.asked:
            return q
    return None


def _ack(found: dict[str, Any]) -> str:
    """What was understood, in the user's terms, so mistakes are visible at once."""
    bits = []
    if "task_kind" in found:
        bits.append(f"a {KIND_LABELS[found['task_kind']]} task")
    if "labeled_examples" in found:
        bits.append(f"{found['labeled_examples']:,} labeled examples")
    if "budget_usd" in found:
        bits.append("no budget" if found["budget_usd"] == 0 and "monthly_budget_usd" not in found
                    else f"a ${found['budget_usd']:,.0f} budget")
    if "monthly_budget_usd" in found:
        bits.append(f"${found['monthly_budget_usd']:,.0f} a month")
    if "team_skill" in found:
        bits.append(TEAM_LABELS[found["team_skill"]])
    if "hosting" in found:
        bits.append(HOSTING_LABELS[found["hosting"]])
    if "monthly_requests" in found:
        bits.append(f"{found['monthly_requests']:,} requests a month")
    for name, yes, no in (("privacy", "private data", "no privacy constraint"),
                          ("needs_consistency", "a strict format", "no strict format"),
                          ("fresh_knowledge", "changing facts", "stable knowledge")):
        if name in found:
            bits.append(yes if found[name] else no)
    if "num_tasks" in found:
        bits.append(f"{found['num_tasks']} task{'s' if found['num_tasks'] != 1 else ''} "
                    "on one model")
    return ("Got it: " + ", ".join(bits) + ".") if bits else ""


def _summary(rec: Recommendation) -> str:
    # Lead with the reason that pushed the winner hardest.
    top = max(rec.reasons, key=lambda r: r["effects"].get(rec.technique, 0.0))
    return (f"**My recommendation: {FAMILY_LABELS[rec.technique]}, {VARIANT_LABELS[rec.variant]}** "
            f"(confidence {rec.confidence}). {top['text']}"
            "\n\nThe full card with reasons, the comparison, costs and sources is beside the "
            "chat. Correct anything (\"actually we have 800\", \"budget is 20k\") and I will "
            "update it, or say \"start over\".")


def _ask(q: Question, prefix: str = "") -> Reply:
    return Reply((prefix + "\n\n" if prefix else "") + q.text, q.options)


def respond(state: ChatState, message: str, retriever: Retriever,
            settings: Settings | None = None) -> tuple[ChatState, Reply]:
    """One turn of the conversation. Never raises on user input."""
    text = (message or "").strip()
    if not text:
        q = next_question(state)
        return state, (_ask(q, "I didn't get a message.") if q else
                       Reply("Type a message, or say \"start over\"."))
    if parse.is_reset(text):
        fresh = ChatState()
        q = next_question(fresh)
        return replace(fresh, expecting=q.field), _ask(q, "Starting over. " + GREETING)

    expecting = state.expecting
    # "actually 1500" corrects an earlier answer; it does not answer the current question.
    correcting = parse.is_correction(text) and state.last_numeric is not None
    if expecting == "task_kind" and text in KIND_OPTIONS:
        found: dict[str, Any] = {"task_kind": KIND_OPTIONS[text]}
    else:
        found = parse.extract(text, expecting=None if correcting else expecting)
    if expecting == "task_kind" and "task_kind" not in found and parse.is_skip(text):
        found["task_kind"] = TaskKind.GENERATION
    # A correction with a bare number goes to the last number the user gave.
    if (correcting and not (set(found) & set(NUMERIC))
            and (value := parse.bare_number(text)) is not None):
        target = state.last_numeric
        found[target] = float(value) if target.endswith("usd") else int(value)
    if not found.keys() - {"task"} and not parse.is_greeting(text):
        extra = llm_extract(text, settings)
        found.update({k: v for k, v in extra.items() if k not in found})

    if state.recommendation is not None and not found and not parse.is_greeting(text):
        return state, Reply(NO_CHANGE, ("Start over",), state.recommendation)
    state = _merge(state, found)
    ack = _ack(found)
    if parse.is_greeting(text) and not found:
        q = next_question(state)
        return replace(state, expecting=q.field if q else None), _ask(q, GREETING)

    understood = bool(found)
    if expecting and not understood:
        q = BY_FIELD.get(expecting)
        if parse.is_finish(text):
            state = replace(state, finished=True)
        elif q and q.optional and parse.is_skip(text):
            pass  # asked already recorded; move on
        elif q and state.recommendation is None:
            return state, _ask(q, _hint(expecting))
    elif parse.is_finish(text):
        state = replace(state, finished=True)

    q = next_question(state)
    if q is not None and not (q.optional and state.recommendation is not None):
        asked = state.asked | {q.field} if q.optional else state.asked
        return replace(state, expecting=q.field, asked=asked), _ask(q, ack)

    rec = advise(state.profile, retriever, None)
    state = replace(state, expecting=None, finished=True, recommendation=rec)
    lead = ("Updated. " if understood and ack else "") + ack
    return state, Reply((lead + "\n\n" if lead else "") + _summary(rec),
                        ("Start over",), rec)


def _hint(field_name: str) -> str:
    examples = {
        "labeled_examples": "I didn't catch a number of examples. Try *about 500*, *a few "
                            "hundred* or *none*.",
        "budget": "I didn't catch an amount. Try *$5,000*, *5k a month* or *no budget*.",
        "task": "Tell me in a sentence what the model should do.",
        "task_kind": "Pick the closest kind of task.",
        "monthly_requests": "Try *10k a month* or *500 a day*.",
    }
    return examples.get(field_name, "I didn't catch that; pick an option or say *skip*.")


def _merge(state: ChatState, found: dict[str, Any]) -> ChatState:
    """Fold newly stated fields into the profile; later statements override earlier ones."""
    if not found:
        return state
    changes = dict(found)
    if "task" in changes and state.profile.task is not None:
        changes.pop("task")  # only the first description is the task
    last = next((k for k in reversed(list(found)) if k in NUMERIC), state.last_numeric)
    return replace(state, profile=state.profile.with_updates(**changes), last_numeric=last)


def start() -> tuple[ChatState, Reply]:
    """The opening turn: greet and ask for the task."""
    q = QUESTIONS[0]
    return ChatState(expecting=q.field), _ask(q, GREETING)
