"""What would change the pick: the rules re-run with one fact changed at a time.

Numbers are moved to just either side of the lines the rules draw (`rules.DATA_STEPS`, the
volume lines, the cost of a first training run); yes/no facts are flipped; choices take each
other value. Each change that alters the technique (or where its model runs) is reported with
the pick it leads to. Nothing here is written per case: the sentences come from the changed
fact, the picks from `decide`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from advisor import rules
from advisor.costs import Pricing
from advisor.decision import Decision, decide
from advisor.profile import Hardware, Hosting, Profile, TeamSkill
from advisor.rules import FT


@dataclass(frozen=True)
class Change:
    """One fact changed, and the pick it leads to."""

    field: str
    value: Any
    condition: str  # "with 500 or more labeled examples"
    technique: str
    variant: str
    deployment: str


def _nice(x: float) -> float:
    """Round a dollar line up to two significant figures, so it reads as a budget."""
    if x < 10:
        return math.ceil(x)
    scale = 10 ** (len(str(int(x))) - 2)
    return math.ceil(x / scale) * scale


def _data(p: Profile) -> Iterator[tuple[dict[str, Any], str]]:
    n = p.labeled_examples or 0
    for line in rules.DATA_STEPS:  # nearest first, upwards
        if n < line:
            yield {"labeled_examples": line}, f"with {line:,} or more labeled examples"
    for line in reversed(rules.DATA_STEPS):  # nearest first, downwards
        if n >= line:
            yield {"labeled_examples": line - 1}, f"with fewer than {line:,} labeled examples"


def _budget(p: Profile, d: Decision) -> Iterator[tuple[dict[str, Any], str]]:
    ft = d.costs.per_technique[FT]
    line = _nice(ft.training_usd + (ft.effort_usd if p.budget_covers_people else 0.0))
    cash = (p.budget_usd or 0.0) + 3 * (p.monthly_budget_usd or 0.0)
    if not p.has_budget or cash < line:
        yield ({"budget_usd": float(line), "monthly_budget_usd": None},
               f"with a cash budget of ${line:,.0f} or more")
    if not p.has_budget or cash > 0:
        yield {"budget_usd": 0.0, "monthly_budget_usd": None}, "with no cash budget"


def _choices(p: Profile) -> Iterator[tuple[dict[str, Any], str]]:
    team = {TeamSkill.NONE: "with no engineers",
            TeamSkill.API: "with developers who call APIs but nobody who trains models",
            TeamSkill.ML: "with an ML engineer"}
    for skill, text in team.items():
        if skill != p.team_skill:
            yield {"team_skill": skill,
                   "knows_pytorch": True if skill == TeamSkill.ML else None}, text
    if not p.owns_gpu:
        yield {"hardware": Hardware.OWN_GPU}, "with a GPU of your own"
    else:
        yield {"hardware": Hardware.NONE}, "without a GPU of your own"
    if p.privacy:
        yield ({"privacy": False, "hosting": None, "vendor_finetune_ok": None},
               "if the data could go to a vendor")
    else:
        yield {"privacy": True}, "if the data had to stay in-house"
    if not p.vendor_finetune_ok and not p.privacy:
        yield {"vendor_finetune_ok": True}, "if a vendor's fine-tuning API were acceptable"
    if not p.tried_prompting:
        yield {"tried_prompting": True}, "if prompting had been tried and fell short"
    if not p.needs_consistency:
        yield {"needs_consistency": True}, "if the output needed a strict format or voice"
    if (p.monthly_requests or 0) < rules.HIGH_VOLUME:
        yield ({"monthly_requests": rules.HIGH_VOLUME},
               f"at {rules.HIGH_VOLUME:,} or more requests a month")
    elif p.monthly_requests is not None:
        yield ({"monthly_requests": rules.LOW_VOLUME - 1},
               f"under {rules.LOW_VOLUME:,} requests a month")
    if not p.tight_latency:
        yield {"tight_latency": True}, "if answers had to come back in well under a second"
    if p.fresh_knowledge:
        yield {"fresh_knowledge": False}, "if the facts it needs did not change often"
    else:
        yield {"fresh_knowledge": True}, "if the answers depended on facts that change often"
    if not p.shared_model:
        yield ({"shared_model": True, "num_tasks": max(p.num_tasks or 0, rules.MANY_TASKS)},
               "if one base model had to serve many tasks or customers")
    if p.model_billions is None or p.model_billions >= rules.LARGE_MODEL_B:
        yield {"model_billions": 3.0}, "on a base model under ten billion parameters"
    else:
        yield {"model_billions": 70.0}, "on a base model of ten billion parameters or more"
    if p.hosting != Hosting.SELF_HOSTED and not p.privacy:
        yield {"hosting": Hosting.SELF_HOSTED}, "on an open model you host"


def what_would_change(profile: Profile, base: Decision | None = None,
                      pricing: Pricing | None = None, limit: int = 5) -> list[Change]:
    """Single-fact changes that alter the pick, nearest first: changes of technique before
    changes of variant, at most `limit`."""
    d = base or decide(profile, pricing)
    p = d.effective
    seen: set[tuple[str, str]] = set()
    technique_changes: list[Change] = []
    variant_changes: list[Change] = []
    for changes, condition in (*_data(p), *_budget(p, d), *_choices(p)):
        other = decide(replace(profile, **changes), pricing)
        if other.technique == d.technique and other.variant == d.variant:
            continue
        field = next(iter(changes))
        if other.technique == d.technique:
            if (field, other.variant) in seen:
                continue
            seen.add((field, other.variant))
            bucket = variant_changes
        else:
            if (field, other.technique) in seen:
                continue  # the nearest line of a field is enough
            seen.add((field, other.technique))
            bucket = technique_changes
        bucket.append(Change(field, changes[field], condition, other.technique,
                             other.variant, other.deployment))
    return (technique_changes + variant_changes)[:limit]
