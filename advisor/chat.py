"""The intake conversation as a plain state machine: a message in, a reply out.

It asks one question at a time for what is still missing (task, data, budget first; the
rest optional with quick replies), takes corrections at any point, and recommends as soon as
the user has said enough or asks for it. The Gradio app only displays what this returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from advisor import parse
from advisor.llm import llm_extract
from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill
from advisor.recommend import (
    Recommendation,
    Retriever,
    advise,
    describe_field,
    variant_label,
)
from advisor.rules import FAMILY_LABELS
from tailor.settings import Settings

SKIP, SKIP_REST = "Skip", "Skip the rest, recommend now"


def _always(p: Profile) -> bool:
    return True


@dataclass(frozen=True)
class Question:
    field: str
    text: str
    options: tuple[str, ...] = ()
    optional: bool = False
    when: Callable[[Profile], bool] = _always  # asked only where the answer can matter


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
    # Owned GPUs matter only to someone who can train on them.
    Question("hardware", "Do you have GPUs of your own to train on?",
             ("No GPUs", "A laptop GPU", "A GPU server or workstation", "A GPU cluster", SKIP,
              SKIP_REST), optional=True, when=lambda p: p.can_train),
    # Whether prompting fell short matters once there is data to tune on.
    Question("tried_prompting", "Have you already tried prompting, and did it fall short?",
             ("Yes, it fell short", "Not yet", "Yes, and it works well", SKIP, SKIP_REST),
             optional=True, when=lambda p: (p.labeled_examples or 0) >= 100),
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
    Question("num_tasks", "How many separate tasks (or customers) should share one model?",
             ("Just this one", "2 tasks", "5 tasks", SKIP, SKIP_REST), optional=True),
    Question("shared_model", "Must one base model serve all of them, because a full model copy "
             "per task or customer is too costly?", ("Yes", "No", SKIP, SKIP_REST),
             optional=True, when=lambda p: (p.num_tasks or 0) >= 3),
    Question("tight_latency", "Must answers come back in well under a second?",
             ("Yes", "No", SKIP, SKIP_REST), optional=True,
             when=lambda p: (p.monthly_requests or 0) >= 100_000),
)
BY_FIELD = {q.field: q for q in QUESTIONS}
KIND_OPTIONS = dict(zip(BY_FIELD["task_kind"].options, TaskKind, strict=True))
NUMERIC = ("labeled_examples", "budget_usd", "monthly_budget_usd", "monthly_requests",
           "num_tasks")
YES_KEEP = "Yes, {new}"
NO_KEEP = "No, keep {old}"
GREETING = ("Hi! I'm Tailor. I help you decide whether to **prompt-engineer**, "
            "**prompt-tune** or **fine-tune** an LLM for your task, and what it will cost. "
            "A few questions first; you can correct any answer later (\"actually we have "
            "800\") or say \"start over\".")
NO_CHANGE = ("I didn't catch a change to your situation. You can say things like \"actually we "
             "have 800 examples\", \"budget is 20k\", \"we need strict JSON\" or \"start over\".")


@dataclass(frozen=True)
class Pending:
    """A guessed number that would overwrite an earlier answer: asked about, not applied."""

    field: str
    value: Any
    earlier: Any

    def question(self) -> str:
        return (f"Did you mean {describe_field(self.field, self.value)}? Earlier you said "
                f"{describe_field(self.field, self.earlier)}.")

    def options(self) -> tuple[str, str]:
        return (YES_KEEP.format(new=describe_field(self.field, self.value)),
                NO_KEEP.format(old=describe_field(self.field, self.earlier)))


@dataclass(frozen=True)
class ChatState:
    """Everything one user's conversation needs; immutable, so sessions never share it."""

    profile: Profile = field(default_factory=Profile)
    expecting: str | None = None
    asked: frozenset[str] = frozenset()  # optional questions asked or skipped
    last_numeric: str | None = None
    finished: bool = False
    recommendation: Recommendation | None = None
    pending: Pending | None = None
    said: str = ""  # the founder's messages so far: what a later count may refer back to


SAID_CHARS = 4_000  # how much of the founder's earlier messages the chat keeps (see respond)


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
    """The first required question unanswered, then optional ones not yet asked. Once the user
    asks for the recommendation, only the task itself is still required."""
    p = state.profile
    for q in QUESTIONS:
        if q.field == "task_kind" and p.task is None:
            continue
        if _answered(p, q.field) or not q.when(p):
            continue
        if state.finished and q.field != "task":
            continue
        if not q.optional or q.field not in state.asked:
            return q
    return None


def _ack(found: dict[str, Any], before: Profile) -> str:
    """What was understood, in the user's terms, so mistakes are visible at once; a changed
    answer says what it replaced."""
    bits, changed = [], []
    for name, value in found.items():
        if name == "task":
            continue
        text = describe_field(name, value)
        earlier = getattr(before, name, None)
        if earlier is not None and earlier != value:
            changed.append(f"{text} (was {describe_field(name, earlier)})")
        else:
            bits.append(text)
    out = []
    if bits:
        out.append("Got it: " + ", ".join(bits) + ".")
    if changed:
        out.append("Changed: " + ", ".join(changed) + ".")
    return " ".join(out)


def _summary(rec: Recommendation) -> str:
    # Lead with the reason that set the winner furthest apart from the others.
    def margin(r: dict[str, Any]) -> float:
        effects = r["effects"]
        others = [v for t, v in effects.items() if t != rec.technique] or [0.0]
        return effects.get(rec.technique, 0.0) - max(others)

    top = max(rec.reasons, key=margin)
    label = variant_label(rec.variant, rec.deployment)
    return (f"**My recommendation: {FAMILY_LABELS[rec.technique]}, {label}** "
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
    earlier = state.said or state.profile.task or ""
    # (the last few thousand characters: enough for the messages a count refers back to,
    # and a long conversation never makes each turn slower)
    state = replace(state, said=f"{state.said}\n{text}".strip()[-SAID_CHARS:])
    if state.pending is not None:
        settled, ack = _settle(state.pending, text)
        if settled is not None:
            state = settled(state)
            q = BY_FIELD.get(state.expecting or "")
            if q is not None and not _answered(state.profile, q.field):
                return state, _ask(q, ack)  # back to the question it interrupted
            return _proceed(state, ack, True, retriever)
        state = replace(state, pending=None)  # not an answer: the earlier value stands

    expecting = state.expecting
    # "actually 1500" corrects an earlier answer; it does not answer the current question.
    # (a pasted sample's words are not the founder's: "it answered 'Actually, ...'")
    plain = parse.unquoted(text)
    correcting = (parse.is_correction(plain) and state.last_numeric is not None
                  and not parse.corrects_itself(plain))
    weak: frozenset[str] = frozenset()
    if expecting == "task_kind" and text in KIND_OPTIONS:
        found: dict[str, Any] = {"task_kind": KIND_OPTIONS[text]}
    else:
        reading = parse.read(text, expecting=None if correcting else expecting)
        found, weak = dict(reading.fields), reading.weak
    if expecting == "task_kind" and "task_kind" not in found and parse.is_skip(text):
        found["task_kind"] = TaskKind.GENERATION
    # An engineer named in passing ("the budget includes the engineer's time") does not make an
    # ML team mere developers: only a correction lowers the team.
    if (state.profile.team_skill == TeamSkill.ML and found.get("team_skill") == TeamSkill.API
            and not parse.is_correction(plain)):
        found.pop("team_skill")
    # GPUs counted as a cluster stay one when a later message names them in passing ("the
    # GPUs are shared with other teams"): only a correction lowers the hardware.
    order = (Hardware.LAPTOP_GPU, Hardware.OWN_GPU, Hardware.CLUSTER)
    if (state.profile.hardware in order and found.get("hardware") in order
            and order.index(found["hardware"]) < order.index(state.profile.hardware)
            and not parse.is_correction(plain)):
        found.pop("hardware")
    # A vendor's model named later ("we tried prompting GPT-4 for three months") does not move
    # data that may not leave to that vendor: only a correction does.
    if (state.profile.hosting == Hosting.SELF_HOSTED and found.get("hosting") == Hosting.VENDOR_API
            and (state.profile.privacy or state.profile.vendor_finetune_ok is False)
            and not parse.is_correction(plain)):
        found.pop("hosting")
    # A prompt said to work stays working when a later message only complains of its cost or
    # speed ("The catch is cost ... the API bill is the biggest line"): volume and latency have
    # rules of their own. A correction, or a quality complaint, still turns it.
    if (state.profile.prompt_works and found.get("tried_prompting") is True
            and "prompt_works" not in found and not parse.is_correction(plain)
            and parse.cost_complaint_only(plain)):
        found.pop("tried_prompting")
    # The task's kind comes from the description; later messages mention other things.
    if state.profile.task_kind is not None and expecting != "task_kind":
        found.pop("task_kind", None)
    # A correction's number that counts nothing in particular goes to the last number the
    # user gave: "correction, it's more like 1,500. Budget 1.5k a month". A number bound to
    # other nouns ("actually we also have 3 ML engineers") does not.
    # ("Actually, scratch the 12 ... more like 8": the field whose value it names back.)
    target = state.last_numeric
    if correcting:
        known = {name: getattr(state.profile, name) for name in parse.NUMERIC_FIELDS}
        target = (parse.recalled_field(plain, known) or parse.corrected_topic(plain)
                  or target)
    # The old value named again in the correction is no new reading of it: "it's 2,000, not
    # 20,000. The 20k includes phone claims" corrects the 20,000.
    if correcting and target in found and found[target] == getattr(state.profile, target, None):
        found.pop(target)
    if correcting and target not in found:
        value = parse.correction(plain, target)
        # (one correction, one field: "the categorized ones are 6 thousand, not 10" already
        # corrected the labeled count, so it leaves the budget said last alone; an equal number
        # that fills a field for the first time, "more like 1,500 ... Budget 1.5k a month",
        # does not stop it)
        if value is not None and not any(
                found.get(name) == value and getattr(state.profile, name) not in (None, value)
                for name in parse.NUMERIC_FIELDS if name != target):
            found[target] = float(value) if target.endswith("usd") else int(value)
    # A correction of a number no field holds changes no field: "Correction: 9 examples was
    # last quarter, it's 11 now" (the prompt's demonstrations) leaves 6,000 labeled alone.
    if (old := parse.old_value(plain)) is not None:
        for name in parse.NUMERIC_FIELDS:
            known = getattr(state.profile, name)
            # (the old value may be a rate the field holds per month: "400 was the pilot
            # estimate" of 400 a day)
            if name in found and known is not None and found[name] != known and not any(
                    abs(float(known) - old * k) < 1 for k in (1, 4.3, 21, 22, 30, 1 / 12)):
                found.pop(name)
    # A smaller count of tenants said in passing is a subset, not a new total ("we gave two
    # clients their own copy" after "35 jobs for our clients"): only a correction lowers it.
    if (known := state.profile.num_tasks) and found.get("num_tasks", known) < known and not (
            parse.is_correction(plain)):
        found.pop("num_tasks")
    # Tenants named in an earlier message and counted in this one.
    if "num_tasks" not in found and state.profile.task and (n := (
            parse.corrected_count(plain, state.profile.task, state.profile.num_tasks)
            if state.profile.num_tasks is not None
            # (tenants taken one at a time in any earlier message: "each agency in its own
            # tone" in the second, "about 80 agencies right now" in the third)
            else parse.tenants_in_context(plain, earlier))):
        found["num_tasks"] = n
    # A prompt named in an earlier message, said to work in the next one ("We use Claude with
    # a prompt our support lead wrote." then "Honestly it works.").
    if ("prompt_works" not in found and state.profile.prompt_works is None and earlier
            and state.profile.tried_prompting is None
            and parse.prompt_works_in_context(plain, earlier)):
        found.update(prompt_works=True, tried_prompting=False)
    # And one said to fall short in the next ("he wrote the prompt with the list of fields"
    # then "mistakes are mostly the size").
    if ("tried_prompting" not in found and "prompt_works" not in found and earlier
            and state.profile.tried_prompting is None and state.profile.prompt_works is None
            and parse.prompt_short_in_context(plain, earlier)):
        found["tried_prompting"] = True
    if not found.keys() - {"task"} and not parse.is_greeting(text):
        extra = llm_extract(text, settings)
        found.update({k: v for k, v in extra.items() if k not in found})

    if state.recommendation is not None and not found and not parse.is_greeting(text):
        return state, Reply(NO_CHANGE, ("Start over",), state.recommendation)
    # A guessed number never silently replaces an earlier answer: ask first.
    pending = None
    if not correcting:
        for name in sorted(weak & found.keys()):
            earlier = getattr(state.profile, name)
            if earlier is not None and earlier != found[name]:
                pending = Pending(name, found.pop(name), earlier)
                break
    before = state.profile
    state = _merge(state, found)
    ack = _ack(found, before)
    if pending is not None:
        state = replace(state, pending=pending)
        return state, Reply((ack + "\n\n" if ack else "") + pending.question(),
                            pending.options())
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
    return _proceed(state, ack, understood, retriever)


def _settle(pending: Pending, text: str) -> tuple[Callable[[ChatState], ChatState] | None,
                                                   str]:
    """The answer to "Did you mean ...?": apply the new value, keep the old, or neither."""
    yes = text == pending.options()[0] or (parse.YES.search(text) and not parse.said_no(text))
    no = text == pending.options()[1] or re.match(r"^\s*(no|nope|keep)\b", text, re.I)
    if yes:
        def apply(state: ChatState) -> ChatState:
            profile = state.profile.with_updates(**{pending.field: pending.value})
            return replace(state, profile=profile, pending=None, last_numeric=pending.field)
        return apply, f"Changed to {describe_field(pending.field, pending.value)}."
    if no:
        return (lambda state: replace(state, pending=None),
                f"Kept {describe_field(pending.field, pending.earlier)}.")
    return None, ""


def _proceed(state: ChatState, ack: str, understood: bool, retriever: Retriever
             ) -> tuple[ChatState, Reply]:
    """Ask the next question, or recommend (again, when something changed)."""
    q = next_question(state)
    if q is not None and not (q.optional and state.recommendation is not None):
        asked = state.asked | {q.field} if q.optional else state.asked
        return replace(state, expecting=q.field, asked=asked), _ask(q, ack)

    rec = advise(state.profile, retriever, None)
    state = replace(state, expecting=None, finished=True, recommendation=rec)
    lead = ("Updated. " if understood and ack else "") + ack
    return state, Reply((lead + "\n\n" if lead else "") + _summary(rec),
                        ("Start over",), rec)


def edit(state: ChatState, name: str, value: Any, retriever: Retriever
         ) -> tuple[ChatState, Reply]:
    """A field fixed outside the conversation (the understood-fields panel): the answer is
    replaced (or unset with None), the advice re-run if there was one, and the conversation
    goes on where it was."""
    before = getattr(state.profile, name)
    profile = replace(state.profile, **{name: value})
    state = replace(state, profile=profile, pending=None)
    was = describe_field(name, before) if before is not None else "not said"
    now = describe_field(name, value) if value is not None else "not said"
    ack = f"Changed: {now} (was {was})."
    if state.recommendation is not None:
        return _proceed(state, ack, True, retriever)
    q = BY_FIELD.get(state.expecting or "")
    if q is not None and not _answered(profile, q.field):
        return state, _ask(q, ack)  # still waiting for that answer
    return _proceed(state, ack, True, retriever)


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
