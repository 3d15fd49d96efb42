"""Tailor's advisor: rules plus retrieval. A profile in, a cited recommendation out.

    >>> from advisor import advise_text
    >>> rec = advise_text("Route support tickets; about 2k labeled; $5,000 budget")
    >>> rec.technique, rec.variant
"""

from __future__ import annotations

from advisor import parse
from advisor.llm import llm_extract
from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill
from advisor.recommend import Recommendation, Retriever, advise, decide, to_markdown
from tailor.errors import TailorError
from tailor.settings import Settings

__all__ = [
    "Hardware", "Hosting", "Profile", "Recommendation", "Retriever", "Settings", "TailorError",
    "TaskKind", "TeamSkill", "advise", "advise_text", "decide", "profile_from_text", "to_markdown",
]

MAX_MESSAGE_CHARS = 4000


def profile_from_text(text: str, settings: Settings | None = None) -> Profile:
    """Read a one-shot description into a profile: the parser first, an LLM (if configured)
    for what the parser missed."""
    text = (text or "").strip()
    if not text:
        raise TailorError("Describe your task, for example: \"We want to route support "
                          "tickets, we have about 2k labeled ones and $5,000 to spend.\"")
    if len(text) > MAX_MESSAGE_CHARS:
        raise TailorError(f"That message is {len(text):,} characters; keep it under "
                          f"{MAX_MESSAGE_CHARS:,} (a short description is enough).")
    found = parse.extract(text)
    extra = llm_extract(text, settings)
    found.update({k: v for k, v in extra.items() if k not in found})
    return Profile(task=text).with_updates(**found)


def advise_text(text: str, retriever: Retriever | None = None,
                settings: Settings | None = None) -> Recommendation:
    """Recommendation for a free-text description, cited from the knowledge base."""
    profile = profile_from_text(text, settings)
    if retriever is None:
        from advisor.knowledge import default_knowledge_base

        retriever = default_knowledge_base()
    return advise(profile, retriever)
