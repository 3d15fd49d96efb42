"""Optional help from an OpenAI-compatible LLM to read free text into profile fields.

It only parses: the rules still decide. Any failure (no server, bad JSON, odd values) falls
back to the deterministic parser, and fields the parser found always win.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from advisor.profile import Profile
from tailor.endpoint import EndpointConfig, complete
from tailor.settings import Settings

log = logging.getLogger(__name__)
OPENAI_URL = "https://api.openai.com/v1"

FIELDS_HELP = """Return only a JSON object with any of these keys that the text states:
task_kind: one of classification, extraction, generation, qa_chat, reasoning
labeled_examples: integer count of labeled examples the user has
budget_usd: one-off cash budget in US dollars (number)
monthly_budget_usd: monthly cash budget in US dollars (number)
budget_covers_people: true if the budget must also pay for engineers or freelancers
team_skill: one of none, api, ml
knows_pytorch: true if someone can write PyTorch training code
hardware: GPUs they own: one of none, laptop_gpu, own_gpu, cluster
hosting: one of vendor_api, self_hosted
privacy: true if the data may not go to a vendor
vendor_finetune_ok: true if a vendor's fine-tuning API is acceptable
tried_prompting: true if prompting was tried and fell short
prompt_works: true if a prompt already in use does the job well
prompt_refined: false if only one first-draft prompt was tried, never refined
needs_consistency: true or false
monthly_requests: integer requests per month
tight_latency: true if answers must come back in well under a second
fresh_knowledge: true or false
num_tasks: integer number of tasks or customers sharing one model
shared_model: true if one base model must serve them all (a copy each is unaffordable)
model_billions: the base model's size in billions of parameters (a number, e.g. 7 for "7B")
Leave out anything the text does not say."""

BOOLEANS = ("budget_covers_people", "knows_pytorch", "privacy", "vendor_finetune_ok",
            "tried_prompting", "prompt_works", "prompt_refined", "needs_consistency",
            "tight_latency", "fresh_knowledge", "shared_model")


def _validate(raw: dict[str, Any]) -> dict[str, Any]:
    """Keep only keys that make a valid Profile on their own."""
    good: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "task":
            continue
        try:
            profile = Profile.from_dict({key: value})
        except (TypeError, ValueError):
            continue
        parsed = getattr(profile, key, None)
        if parsed is None:
            continue
        if key in ("labeled_examples", "monthly_requests", "num_tasks"):
            if isinstance(parsed, bool) or not isinstance(parsed, int | float) or parsed < 0:
                continue
            parsed = int(parsed)
        if key in ("budget_usd", "monthly_budget_usd", "model_billions"):
            if isinstance(parsed, bool) or not isinstance(parsed, int | float) or parsed < 0:
                continue
            parsed = float(parsed)
        if key in BOOLEANS and not isinstance(parsed, bool):
            continue
        good[key] = parsed
    return good


def llm_extract(text: str, settings: Settings | None = None, timeout: float = 15.0
                ) -> dict[str, Any]:
    """Fields an OpenAI-compatible model reads from the text, or {} when none is configured
    or anything goes wrong."""
    s = settings or Settings.from_env()
    if not s.llm_configured:
        return {}
    try:
        # The same client as the lab's endpoint prompting: one place for timeouts, the
        # per-endpoint concurrency limit and the error messages.
        config = EndpointConfig(s.openai_base_url or OPENAI_URL, s.llm_model,
                                s.openai_api_key or "", timeout=timeout, max_retries=0)
        reply = complete(config, [{"role": "system", "content": FIELDS_HELP},
                                  {"role": "user", "content": text}], max_tokens=400)
        content = reply.text
        start, end = content.find("{"), content.rfind("}")
        return _validate(json.loads(content[start: end + 1]))
    except Exception as exc:  # any failure means: use the parser alone
        log.warning("LLM extraction failed, using the parser alone: %s", exc)
        return {}
