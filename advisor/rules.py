"""Transparent rules: each looks at the profile and, when it applies, says why in one
sentence and nudges the three techniques' scores. The highest score wins; ties go to
the simpler technique, because the advice is to start with prompt engineering.

Read a rule, read its sentence, and you know what it does. No rule reads another's output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from advisor.costs import CostEstimate
from advisor.profile import Hosting, Profile, TaskKind, TeamSkill

PE, PT, FT = "prompt_engineering", "prompt_tuning", "fine_tuning"
FAMILIES: tuple[str, ...] = (PE, PT, FT)  # also the tie-break order: simplest first

FAMILY_LABELS = {PE: "Prompt engineering", PT: "Soft-prompt tuning", FT: "Fine-tuning"}


@dataclass(frozen=True)
class Reason:
    """A rule that fired: its id, a sentence for a founder, its effect on each score,
    and a search query for the passages that back it up."""

    rule: str
    text: str
    effects: dict[str, float] = field(default_factory=dict)
    topic: str = ""


Rule = Callable[[Profile, CostEstimate], "Reason | None"]


def _money(x: float) -> str:
    return f"${x:,.0f}"


def start_simple(p: Profile, c: CostEstimate) -> Reason:
    return Reason(
        "start.simple",
        "Prompt engineering is the cheapest and quickest place to start: no training run, no "
        "labeled set to build, and it gives the baseline any tuning must beat.",
        {PE: 1.0},
        "start with prompt engineering before prompt tuning or fine-tuning",
    )


def data_volume(p: Profile, c: CostEstimate) -> Reason | None:
    n = p.labeled_examples
    if n is None:
        return None
    if n < 10:
        return Reason(
            "data.too_few",
            f"With {n} labeled examples there is nothing to train on: fine-tuning APIs ask for "
            "at least 10 and soft prompts need many more. Put the examples you have into the "
            "prompt instead.",
            {PE: 3.0, PT: -3.0, FT: -3.0},
            "minimum number of training examples for fine-tuning",
        )
    if n < 100:
        return Reason(
            "data.few",
            f"{n:,} labeled examples are enough for a few-shot prompt and to measure quality, "
            "but thin for training: clear gains from fine-tuning usually start around 50-100 "
            "examples, and 100-500 is a common recommendation.",
            {PE: 1.5, PT: -0.5, FT: -0.5},
            "labeled examples fine-tuning needs: minimum 10, gains at 50-100, 100-500",
        )
    if n < 500:
        return Reason(
            "data.some",
            f"{n:,} labeled examples can train a soft prompt or a LoRA adapter; classic "
            "fine-tuning guidance asked for more (about 500 pairs for GPT-3).",
            {PT: 1.0, FT: 0.5},
            "vendor guidance on labeled examples for fine-tuning, about 500 pairs",
        )
    return Reason(
        "data.plenty",
        f"{n:,} labeled examples meet the usual bar for fine-tuning (about 500 pairs in the "
        "early GPT-3 guidance), so training is likely to pay off.",
        {FT: 2.0, PT: 1.0},
        "vendor guidance on labeled examples for fine-tuning, about 500 pairs",
    )


def budget(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.has_budget:
        return None
    one_off = p.budget_usd or 0.0
    monthly = p.monthly_budget_usd or 0.0
    if one_off == 0 and monthly == 0:
        return Reason(
            "budget.none",
            "With no budget, prompt engineering is the one technique that costs nothing up "
            "front: you pay only for the requests you make.",
            {PE: 2.0, PT: -2.0, FT: -2.0},
            "training cost of fine-tuning compared with prompt engineering",
        )
    ft = c.per_technique[FT]
    # Treat a monthly budget as a quarter's worth of spending power for a one-off run.
    available = one_off + 3 * monthly
    needed = ft.training_usd + ft.effort_usd
    if available < needed:
        return Reason(
            "budget.tight",
            f"Your budget ({_money(available)}) is below a first fine-tuning project "
            f"(about {_money(ft.training_usd)} of compute plus {ft.effort_days:g} engineer-days, "
            f"{_money(needed)} in all); prompts cost no training.",
            {PE: 1.5, FT: -1.5, PT: -1.0},
            "cost drivers of fine-tuning training tokens epochs",
        )
    return Reason(
        "budget.room",
        f"Your budget ({_money(available)}) covers a first fine-tuning project (about "
        f"{_money(needed)} including engineering time) with room to iterate.",
        {FT: 0.5, PT: 0.5},
        "cost drivers of fine-tuning training tokens epochs",
    )


def team(p: Profile, c: CostEstimate) -> Reason | None:
    if p.team_skill == TeamSkill.NONE:
        return Reason(
            "team.none",
            "Without engineers, prompt engineering is the practical path: it needs no code. "
            "Vendor fine-tuning APIs are within reach with a little help; soft-prompt tuning "
            "needs ML engineers.",
            {PE: 2.0, PT: -3.0, FT: -0.5},
            "technical difficulty prompt engineering no coding",
        )
    if p.team_skill == TeamSkill.API:
        return Reason(
            "team.api",
            "Developers who call APIs can use a vendor's fine-tuning API, which is easier than "
            "soft-prompt tuning: no vendor offers soft prompts as a service.",
            {PT: -1.5, FT: 0.5},
            "technical difficulty prompt tuning no API fine-tuning API",
        )
    if p.team_skill == TeamSkill.ML:
        return Reason(
            "team.ml",
            "With ML engineers every option is open, including soft prompts and LoRA adapters "
            "trained on an open model you control.",
            {PT: 1.0, FT: 0.5},
            "LoRA adapters open model fine-tuning",
        )
    return None


def hosting(p: Profile, c: CostEstimate) -> Reason | None:
    if p.privacy:
        return Reason(
            "hosting.private",
            "Data that must stay in-house cannot go to a vendor's training API, so any "
            "training happens on an open model you host; that takes engineers, but small "
            "open models also gain the most from tuning.",
            {PT: 0.5, FT: 0.5} if p.team_skill == TeamSkill.ML else {PE: 1.0},
            "privacy on-premises self-hosted open model",
        )
    if p.hosting == Hosting.VENDOR_API:
        return Reason(
            "hosting.vendor",
            "On a vendor's hosted model you cannot train soft prompts (there is no API for "
            "them), but fine-tuning is offered as a service.",
            {PT: -2.0, FT: 0.5},
            "technical difficulty prompt tuning no API fine-tuning API",
        )
    if p.hosting == Hosting.SELF_HOSTED:
        return Reason(
            "hosting.self",
            "Hosting an open model yourself makes soft prompts and LoRA practical: you own the "
            "weights and can load a small adapter per task.",
            {PT: 1.0, FT: 0.5},
            "one frozen model serves many tasks soft prompts",
        )
    return None


def consistency(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.needs_consistency:
        return None
    return Reason(
        "quality.consistency",
        "You need a strict format or consistent output: a fine-tuned model imitates its "
        "training examples closely and is the most consistent, while prompts alone vary more.",
        {FT: 1.5, PT: 0.5},
        "response quality consistency fine-tuning prompt engineering",
    )


def volume(p: Profile, c: CostEstimate) -> Reason | None:
    if p.monthly_requests is None:
        return None
    pe, ft = c.per_technique[PE], c.per_technique[FT]
    extra = pe.prompt_tokens_per_request - ft.prompt_tokens_per_request
    if p.monthly_requests >= 100_000:
        return Reason(
            "volume.high",
            f"At {p.monthly_requests:,} requests a month, a few-shot prompt's {extra} extra "
            f"tokens per request add up (prompting about {_money(pe.monthly_usd)}/month against "
            f"{_money(ft.monthly_usd)} for a tuned model that needs no examples in the prompt).",
            {FT: 1.0, PT: 1.0},
            "few-shot prompts make every request longer cost per request",
        )
    if p.monthly_requests < 10_000:
        return Reason(
            "volume.low",
            f"At {p.monthly_requests:,} requests a month, longer prompts cost little (about "
            f"{_money(pe.monthly_usd)}/month), so there is no pressure to train for savings.",
            {PE: 0.5},
            "few-shot prompts make every request longer cost per request",
        )
    return None


def freshness(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.fresh_knowledge:
        return None
    return Reason(
        "knowledge.fresh",
        "Your need is facts that change: training bakes in a snapshot that goes stale, while "
        "retrieval puts today's documents into the prompt at request time.",
        {PE: 2.0, FT: -1.5, PT: -1.0},
        "fresh or changing knowledge retrieval instead of fine-tuning",
    )


def many_tasks(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.num_tasks or p.num_tasks < 3:
        return None
    return Reason(
        "tasks.many",
        f"With {p.num_tasks} tasks on one model, soft prompts fit well: one frozen model serves "
        "every task, each with its own small prompt; LoRA adapters share a base model too.",
        {PT: 1.5, FT: 0.5},
        "one frozen model serves many tasks soft prompts",
    )


def task_kind(p: Profile, c: CostEstimate) -> Reason | None:
    if p.task_kind == TaskKind.REASONING:
        return Reason(
            "task.reasoning",
            "Multi-step reasoning gains a lot from chain-of-thought prompting, which has the "
            "model write out its steps before answering.",
            {PE: 1.0},
            "chain-of-thought prompting reasoning",
        )
    if p.task_kind in (TaskKind.CLASSIFICATION, TaskKind.EXTRACTION):
        return Reason(
            "task.narrow",
            f"{p.task_kind.value.capitalize()} has a fixed set of right answers, which is where "
            "a tuned model most reliably beats prompting.",
            {FT: 0.5, PT: 0.5},
            "response quality fine-tuning prompt tuning prompt engineering",
        )
    if p.task_kind in (TaskKind.GENERATION, TaskKind.QA_CHAT):
        return Reason(
            "task.open",
            "Open-ended writing and chat lean on the model's general ability; prompts keep its "
            "flexibility, while training narrows the style towards the examples.",
            {PE: 0.5},
            "overfitting forgetting creativity fine-tuning",
        )
    return None


def soft_prompt_scale(p: Profile, c: CostEstimate) -> Reason:
    return Reason(
        "model.scale",
        "Soft prompts catch up with full fine-tuning only on models with billions of "
        "parameters; on smaller models they trail LoRA.",
        {PT: -0.5},
        "prompt tuning competitive with fine-tuning as models reach billions of parameters",
    )


RULES: tuple[Rule, ...] = (
    start_simple, data_volume, budget, team, hosting, consistency, volume, freshness,
    many_tasks, task_kind, soft_prompt_scale,
)


def evaluate(profile: Profile, costs: CostEstimate) -> list[Reason]:
    """Every rule that fires for this profile, in rule order."""
    return [r for rule in RULES if (r := rule(profile, costs)) is not None]


def score(reasons: list[Reason]) -> dict[str, float]:
    """Sum each technique's effects over the reasons."""
    totals = dict.fromkeys(FAMILIES, 0.0)
    for reason in reasons:
        for technique, delta in reason.effects.items():
            totals[technique] += delta
    return totals


def rank(scores: dict[str, float]) -> list[str]:
    """Techniques best first; ties broken towards the simpler technique."""
    return sorted(FAMILIES, key=lambda t: (-scores[t], FAMILIES.index(t)))


def stance(reason: Reason, winner: str) -> str:
    """'for' if the reason favours the pick over every alternative, 'against' if it favours
    some alternative more, else 'neutral'."""
    mine = reason.effects.get(winner, 0.0)
    best_other = max(reason.effects.get(t, 0.0) for t in FAMILIES if t != winner)
    if mine > best_other:
        return "for"
    if mine < best_other:
        return "against"
    return "neutral"


def confidence(scores: dict[str, float]) -> str:
    """How clear the win is: the margin between the best and the runner-up."""
    first, second = (scores[t] for t in rank(scores)[:2])
    margin = first - second
    if margin >= 3:
        return "high"
    if margin >= 1.5:
        return "medium"
    return "low"


def fine_tuning_variant(p: Profile) -> str:
    """vendor_api when a vendor can train it for you, else LoRA; full fine-tuning only with
    ML engineers, lots of data and your own hosting."""
    in_house = bool(p.privacy) or p.hosting == Hosting.SELF_HOSTED
    if not in_house and p.team_skill != TeamSkill.ML:
        return "vendor_api"
    if (p.team_skill == TeamSkill.ML and in_house and (p.labeled_examples or 0) >= 10_000
            and (p.budget_usd or 0) >= 20_000):
        return "full"
    return "lora"


def variant_for(technique: str, p: Profile) -> str:
    """The concrete flavour of a technique for this profile."""
    if technique == PE:
        if p.fresh_knowledge:
            return "retrieval_augmented"
        if p.task_kind == TaskKind.REASONING:
            return "chain_of_thought"
        return "few_shot" if (p.labeled_examples or 0) >= 2 else "zero_shot"
    if technique == PT:
        return "soft_prompt"
    return fine_tuning_variant(p)
