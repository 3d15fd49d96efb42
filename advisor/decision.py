"""The pure core: a profile in, the rules' decision out. No retrieval, no I/O, so the
sensitivity analysis can re-run it dozens of times per recommendation."""

from __future__ import annotations

from dataclasses import dataclass

from advisor import rules
from advisor.costs import CostEstimate, Pricing, estimate
from advisor.profile import Profile
from advisor.rules import Reason


@dataclass(frozen=True)
class Decision:
    """What the rules decided, before any retrieval."""

    technique: str
    variant: str
    deployment: str  # where the chosen model runs: self_hosted, vendor_api or any
    confidence: str
    reasons: list[Reason]
    scores: dict[str, float]
    ranked: list[str]
    costs: CostEstimate
    effective: Profile
    assumptions: list[str]


def effective(profile: Profile) -> tuple[Profile, list[str]]:
    """Fill the gaps the rules need, and say so: each default becomes an assumption."""
    notes: list[str] = []
    p = profile
    if p.labeled_examples is None:
        # Not "none": assuming zero would push every silent founder to prompting. The data
        # rules wait for a number, and the card shows what each count would change.
        notes.append("You did not say how much labeled data you have: the pick does not "
                     "weigh data yet (see what would change it).")
    if p.task_kind is None:
        notes.append("The kind of task was unclear: costs assume open-ended text generation.")
    if not p.has_budget:
        notes.append("No budget given: costs are estimated but did not limit the choice.")
    elif p.budget_covers_people is None:
        notes.append("Your budget is taken as cash for compute and API calls; engineering "
                     "effort is counted apart, in days. Say so if it must pay for people.")
    if p.team_skill is None and p.knows_pytorch is None:
        notes.append("Team skills not given: no rule about your team applied.")
    if p.hosting is None and p.privacy is None:
        notes.append("Hosting and privacy not given: assumed a vendor's hosted model is "
                     "acceptable.")
    if p.monthly_requests is None:
        notes.append("Request volume not given: running costs assume 10,000 requests a month.")
    if p.num_tasks is None and not p.shared_model:
        notes.append("Assumed one task per model.")
    return p, notes


def decide(profile: Profile, pricing: Pricing | None = None) -> Decision:
    """Pure: the same profile always gives the same decision."""
    p, assumptions = effective(profile)
    ft_variant = rules.fine_tuning_variant(p)
    costs = estimate(p, ft_variant, pricing)
    reasons = rules.evaluate(p, costs)
    scores = rules.score(reasons)
    ranked = rules.rank(scores)
    best = ranked[0]
    variant = rules.variant_for(best, p)
    return Decision(best, variant, rules.deployment_for(best, variant, p),
                    rules.confidence(scores), reasons, scores, ranked, costs, p, assumptions)
