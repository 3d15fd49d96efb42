"""Transparent rules: each looks at the profile and, when it applies, says why in one
sentence and nudges the three techniques' scores. The highest score wins; ties go to
the simpler technique, because the advice is to start with prompt engineering.

Read a rule, read its sentence, and you know what it does. No rule reads another's output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from advisor.costs import CostEstimate
from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill

PE, PT, FT = "prompt_engineering", "prompt_tuning", "fine_tuning"
FAMILIES: tuple[str, ...] = (PE, PT, FT)  # also the tie-break order: simplest first

# The lines the rules draw, in one place: the sensitivity analysis re-runs the rules just
# either side of each, so "what would change the pick" is computed, never written by hand.
DATA_LINES = (10, 100, 500)  # vendors' minimum; gains start; classic fine-tuning bar
THIN_DATA = 50  # below this, a prompt that fell short calls for more labels before training
DATA_STEPS = tuple(sorted((*DATA_LINES, THIN_DATA)))  # every line a data count can cross
LOW_VOLUME, HIGH_VOLUME = 10_000, 100_000  # requests a month
AFFORDABLE_SHARE = 0.1  # prompting under this share of a monthly budget is no volume pressure
MANY_TASKS = 3
FULL_FT_EXAMPLES = 10_000
FULL_FT_BUDGET = 20_000
LARGE_MODEL_B = 10  # soft prompts match fine-tuning from about this size (Lester et al. 2021)

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
    too_few, few, plenty = DATA_LINES
    if n < too_few:
        return Reason(
            "data.too_few",
            f"With {n} labeled examples there is nothing to train on: fine-tuning APIs ask for "
            "at least 10 and soft prompts need many more. Put the examples you have into the "
            "prompt instead.",
            {PE: 3.0, PT: -3.0, FT: -3.0},
            "minimum number of training examples for fine-tuning",
        )
    if n < few:
        return Reason(
            "data.few",
            f"{n:,} labeled examples are enough for a few-shot prompt and to measure quality, "
            "but thin for training: clear gains from fine-tuning usually start around 50-100 "
            "examples, and 100-500 is a common recommendation.",
            {PE: 1.5, PT: -0.5, FT: -0.5},
            "labeled examples fine-tuning needs: minimum 10, gains at 50-100, 100-500",
        )
    if n < plenty:
        return Reason(
            "data.some",
            f"{n:,} labeled examples can train a soft prompt or a LoRA adapter, and sit in the "
            "100-500 range vendors recommend for a first supervised tuning run; the early "
            "GPT-3 guidance asked for more (about 500 pairs).",
            {PT: 1.0, FT: 1.0},
            "vendor guidance on labeled examples for fine-tuning, about 500 pairs",
        )
    return Reason(
        "data.plenty",
        f"{n:,} labeled examples meet the usual bar for fine-tuning (about 500 pairs in the "
        "early GPT-3 guidance), so training is likely to pay off.",
        {FT: 2.0, PT: 1.0},
        "vendor guidance on labeled examples for fine-tuning, about 500 pairs",
    )


def prompting_fell_short(p: Profile, c: CostEstimate) -> Reason | None:
    if p.prompt_works and not p.tried_prompting:
        return Reason(
            "tried.works",
            "A prompt already does the job. Keep it, and score it on a labeled set so you "
            "see when it slips: tuning pays once that score plateaus below what you need, or "
            "once volume makes the long prompt the main cost.",
            # Working prompts are the advice's goal, not its first step: only strong needs
            # (volume, latency, a strict format with plenty of data) outweigh them.
            {PE: 2.5, FT: -1.5, PT: -1.0},
            "prompting falls short: signs the prompt has plateaued, move on to tuning",
        )
    if p.tried_prompting is False:  # said outright: not tried yet
        return Reason(
            "tried.not_yet",
            "You have not tried prompting yet. The advice is an order: measure a prompt "
            "first (labeled examples you hold make a ready test set), and tune when the "
            "prompt plateaus.",
            # The first step of the advice has not happened: it outweighs a data count
            # alone (data.plenty), not a need that rules prompting out.
            {PE: 2.5, FT: -1.5, PT: -0.5},
            "start with prompts, then measure: score the prompt on labeled examples",
        )
    if not p.tried_prompting:
        return None
    if p.fresh_knowledge and p.task_kind in (None, TaskKind.QA_CHAT):
        # A prompt without today's documents cannot know today's facts; tuning bakes in
        # another snapshot, so the shortfall argues for retrieval (knowledge.fresh), not
        # for training.
        return Reason(
            "tried.stale",
            "Prompting fell short, but on facts that change: a prompt that lacks today's "
            "documents cannot know them, and tuning would bake in one more snapshot. Give "
            "the prompt the current documents (retrieval) before judging prompting.",
            {},
            "fresh knowledge retrieval documents in the prompt instead of training",
        )
    if p.labeled_examples is not None and p.labeled_examples < DATA_LINES[0]:
        return Reason(
            "tried.no_data",
            "Prompting has fallen short, but there is nothing to tune on yet: label a few "
            "hundred examples, which also tells you exactly where the prompt fails.",
            {},
            "prompting falls short: signs the prompt has plateaued, move on to tuning",
        )
    if p.labeled_examples is not None and p.labeled_examples < THIN_DATA:
        # Below the point where tuning gains start (50-100 examples), the shortfall says
        # "label more" before it says "train".
        return Reason(
            "tried.thin_data",
            f"Prompting has fallen short, but {p.labeled_examples} labeled examples are thin "
            "for tuning (clear gains usually start around 50-100): label a few hundred "
            "first, which also tells you exactly where the prompt fails.",
            {},
            "labeled examples fine-tuning needs: minimum 10, gains at 50-100, 100-500",
        )
    if p.prompt_refined is False:
        return Reason(
            "tried.first_draft",
            "Only a first-draft prompt has been tried, so it has not plateaued yet: add worked "
            "examples from your labeled set, spell out the output format and let the model "
            "reason step by step, then score it again before paying for training.",
            # (strong enough to outweigh a large labeled set: the set is what the refined
            # prompt's examples and its score come from, and it waits for the plateau)
            {PE: 2.5, FT: -1.0, PT: -0.5},
            "few-shot examples and chain-of-thought prompting improve accuracy without training",
        )
    return Reason(
        "tried.fell_short",
        "You have already tried prompting and it fell short. Start-with-prompts is advice "
        "for the first step; once a measured prompt plateaus, tuning on your labeled "
        "examples is the usual next one.",
        {PE: -1.5, FT: 1.0, PT: 0.5},
        "prompting falls short: signs the prompt has plateaued, move on to tuning",
    )


def _trains_at_home(p: Profile) -> bool:
    """Training can run on hardware the founder owns, by people who can run it."""
    return p.owns_gpu and p.can_train


def budget(p: Profile, c: CostEstimate) -> Reason | None:
    """The budget is cash for compute and API calls. Engineering effort is counted in days,
    apart, and against the budget only when the founder says it must pay for people."""
    if not p.has_budget:
        return None
    one_off = p.budget_usd or 0.0
    monthly = p.monthly_budget_usd or 0.0
    ft = c.per_technique[FT]
    if one_off == 0 and monthly == 0:
        if _trains_at_home(p):
            return Reason(
                "budget.none_own_gpu",
                "No cash budget, but your own GPU can do the training: a LoRA run costs "
                "electricity and time, not cash, and an open model on the same card serves "
                "prompts for free too.",
                {},
                "fine-tune on your own GPU with QLoRA at no cash cost",
            )
        return Reason(
            "budget.none",
            "With no cash budget, prompt engineering is the one technique that costs nothing "
            "up front: you pay only for the requests you make.",
            {PE: 2.0, PT: -2.0, FT: -2.0},
            "training cost of fine-tuning compared with prompt engineering",
        )
    # Treat a monthly budget as a quarter's worth of spending power for a one-off run.
    available = one_off + 3 * monthly
    people = ft.effort_usd if p.budget_covers_people else 0.0
    needed = ft.training_usd + people
    effort = (f"{ft.effort_days:g} engineer-days at {_money(ft.effort_usd / ft.effort_days)} "
              f"each, since the budget must pay for people" if p.budget_covers_people else
              f"the engineering effort, about {ft.effort_days:g} engineer-days, is counted "
              "apart")
    if available < needed:
        return Reason(
            "budget.tight",
            f"Your budget ({_money(available)}) is below a first fine-tuning project: about "
            f"{_money(ft.training_usd)} of compute"
            + (f" plus {effort}" if people else "") + f", {_money(needed)} in all; prompts "
            "cost no training.",
            {PE: 1.5, FT: -1.5, PT: -1.0},
            "cost drivers of fine-tuning training tokens epochs",
        )
    return Reason(
        "budget.room",
        f"Your budget ({_money(available)}) covers the training compute of a first "
        f"fine-tuning run (about {_money(ft.training_usd)}) with room to iterate; "
        + (f"it also covers {effort}." if people else f"{effort}."),
        {FT: 0.5, PT: 0.5},
        "cost drivers of fine-tuning training tokens epochs",
    )


def team(p: Profile, c: CostEstimate) -> Reason | None:
    if p.team_skill == TeamSkill.NONE and not p.knows_pytorch:
        return Reason(
            "team.none",
            "Without engineers, prompt engineering is the practical path: it needs no code. "
            + ("Vendor fine-tuning APIs are within reach with a little help; soft-prompt "
               "tuning needs ML engineers." if p.vendor_allowed else
               "Training an open model you host needs engineers you would have to hire."),
            {PE: 2.0, PT: -3.0, FT: -0.5 if p.vendor_allowed else -1.5},
            "technical difficulty prompt engineering no coding",
        )
    if p.can_train:
        return Reason(
            "team.ml",
            "With people who can train models every option is open, including soft prompts "
            "and LoRA adapters trained on an open model you control.",
            {PT: 1.0, FT: 0.5},
            "LoRA adapters open model fine-tuning",
        )
    if p.team_skill == TeamSkill.API and p.vendor_allowed:
        return Reason(
            "team.api",
            "Developers who call APIs can use a vendor's fine-tuning API, which is easier than "
            "soft-prompt tuning: no vendor offers soft prompts as a service.",
            {PT: -1.5, FT: 0.5},
            "technical difficulty prompt tuning no API fine-tuning API",
        )
    if p.team_skill == TeamSkill.API:
        # With no GPU either, tuning means hiring and renting before the first run.
        no_gpu = p.hardware == Hardware.NONE
        return Reason(
            "team.api_in_house",
            "Your developers call APIs but nobody trains models, and the data cannot go to a "
            "vendor's fine-tuning API: training an open model yourself usually takes ML "
            "engineers weeks" + (", and there is no GPU to train on" if no_gpu else "") +
            ", so better prompts on a model you host come first.",
            {PE: 1.0, PT: -1.5, FT: -1.5 if no_gpu else -0.5},
            "self-hosted LoRA or soft prompts need ML engineers for weeks",
        )
    return None


def hardware(p: Profile, c: CostEstimate) -> Reason | None:
    if not _trains_at_home(p):
        return None
    if p.hardware == Hardware.LAPTOP_GPU:
        return Reason(
            "hardware.laptop",
            "A laptop GPU can fine-tune a small open model with QLoRA (4-bit weights plus "
            "LoRA adapters) at no cash cost; soft prompts on models that small trail LoRA.",
            {FT: 1.5, PT: -0.5},
            "QLoRA fine-tunes on a single GPU quantised 4-bit",
        )
    many = "GPUs" if p.hardware == Hardware.CLUSTER else "GPU"
    return Reason(
        "hardware.own",
        f"Your own {many} can train LoRA adapters (QLoRA fits a large model on one card) or "
        "soft prompts, so tuning costs time rather than cash.",
        {FT: 1.0, PT: 0.5},
        "QLoRA fine-tunes on a single GPU quantised 4-bit",
    )


def hosting(p: Profile, c: CostEstimate) -> Reason | None:
    if p.privacy:
        return Reason(
            "hosting.private",
            "Data that must stay in-house cannot go to a vendor's training API, so any "
            "training happens on an open model you host; that takes engineers, but small "
            "open models also gain the most from tuning.",
            {PT: 0.5, FT: 0.5} if p.can_train else {PE: 1.0},
            "privacy on-premises self-hosted open model",
        )
    if p.hosting == Hosting.VENDOR_API:
        # (a service the founder may not use is no reason to tune: "no uploads to any vendor's
        # fine-tuning")
        tuning = ("" if p.vendor_finetune_ok is False
                  else ", but fine-tuning is offered as a service")
        return Reason(
            "hosting.vendor",
            "On a vendor's hosted model you cannot train soft prompts (there is no API for "
            f"them){tuning}.",
            {PT: -2.0} if p.vendor_finetune_ok is False else {PT: -2.0, FT: 0.5},
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


def vendor_tuning(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.vendor_finetune_ok or not p.vendor_allowed:
        return None
    return Reason(
        "vendor.ok",
        "A vendor's fine-tuning API is open to you: upload the pairs and the vendor trains and "
        "serves the model, with no GPUs or ML engineers of your own.",
        {FT: 1.0},
        "vendor fine-tuning API upload pairs simplest way to fine-tune",
    )


def consistency(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.needs_consistency:
        return None
    if p.prompt_works and not p.tried_prompting:
        # The working prompt already meets the format it was measured on; a tuned model's
        # extra consistency is a reserve for when the prompt's score slips, not a need now.
        return Reason(
            "quality.consistency_met",
            "You need a strict format, and your prompt already delivers it. A fine-tuned "
            "model would be more consistent still, which matters once the prompt's score "
            "starts to slip.",
            {FT: 0.5},
            "response quality consistency fine-tuning prompt engineering",
        )
    return Reason(
        "quality.consistency",
        "You need a strict format or consistent output: a fine-tuned model imitates its "
        "training examples closely and is the most consistent, while prompts alone vary more.",
        {FT: 1.5, PT: 0.5},
        "response quality consistency fine-tuning prompt engineering",
    )


def variety(p: Profile, c: CostEstimate) -> Reason | None:
    # Only an explicit "no" counts (None is "not said"), and only for open-ended writing.
    if p.needs_consistency is not False or p.task_kind != TaskKind.GENERATION:
        return None
    return Reason(
        "quality.variety",
        "You want range more than sameness: a model tuned on your examples writes more like "
        "them and less varied, while prompting keeps the model's full range.",
        {PE: 1.0},
        "variety open-ended creativity prompting may serve better overfitting",
    )


def volume(p: Profile, c: CostEstimate) -> Reason | None:
    if p.monthly_requests is None:
        return None
    pe, ft = c.per_technique[PE], c.per_technique[FT]
    extra = pe.prompt_tokens_per_request - ft.prompt_tokens_per_request
    if p.monthly_requests >= HIGH_VOLUME and p.monthly_budget_usd and (
            pe.monthly_usd <= AFFORDABLE_SHARE * p.monthly_budget_usd):
        # The volume argument is that the long prompt becomes the main cost; a prompt that
        # costs a small share of the running budget the founder named is not that yet.
        return Reason(
            "volume.affordable",
            f"At {p.monthly_requests:,} requests a month, prompting costs about "
            f"{_money(pe.monthly_usd)}/month, a small share of your "
            f"{_money(p.monthly_budget_usd)} monthly budget, so volume alone is no reason to "
            "train yet.",
            {},
            "few-shot prompts make every request longer cost per request",
        )
    if p.monthly_requests >= HIGH_VOLUME and p.prompt_works and not p.tried_prompting:
        # A prompt that works is worth changing for one reason only, that its length has
        # become the main cost: at high volume that is the case tried.works names.
        data = (f"tune on your {p.labeled_examples:,} labeled examples"
                if p.labeled_examples else "tune on a few hundred of its checked outputs")
        return Reason(
            "volume.high_working",
            f"Your prompt works, but at {p.monthly_requests:,} requests a month its "
            f"{extra} extra tokens per request are the cost to cut (prompting about "
            f"{_money(pe.monthly_usd)}/month against {_money(ft.monthly_usd)} for a tuned model "
            f"that needs no examples in the prompt): {data} and keep the prompt as the "
            "baseline to beat.",
            {FT: 1.5, PT: 1.0},
            "few-shot prompts make every request longer cost per request",
        )
    if p.monthly_requests >= HIGH_VOLUME:
        return Reason(
            "volume.high",
            f"At {p.monthly_requests:,} requests a month, a few-shot prompt's {extra} extra "
            f"tokens per request add up (prompting about {_money(pe.monthly_usd)}/month against "
            f"{_money(ft.monthly_usd)} for a tuned model that needs no examples in the prompt).",
            {FT: 1.0, PT: 1.0},
            "few-shot prompts make every request longer cost per request",
        )
    if p.monthly_requests < LOW_VOLUME:
        return Reason(
            "volume.low",
            f"At {p.monthly_requests:,} requests a month, longer prompts cost little (about "
            f"{_money(pe.monthly_usd)}/month), so there is no pressure to train for savings.",
            {PE: 0.5},
            "few-shot prompts make every request longer cost per request",
        )
    return None


def latency(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.tight_latency:
        return None
    return Reason(
        "latency.tight",
        "Answers must come back fast: a long few-shot prompt on a large model is slow on every "
        "call, while a small tuned model needs no demonstrations in its prompt, and a merged "
        "LoRA adapter adds no latency at all.",
        {FT: 1.5, PT: 0.5, PE: -1.0},
        "latency small tuned model serves fast merged LoRA no extra latency",
    )


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


def _adapters_out_of_reach(p: Profile) -> bool:
    """On a vendor's API, with no one who trains models and no GPU: soft prompts and LoRA
    adapters need an open model you host, so per-task add-ons are out of reach."""
    return (p.hosting == Hosting.VENDOR_API and p.team_skill in (TeamSkill.API, TeamSkill.NONE)
            and not p.knows_pytorch and p.hardware in (None, Hardware.NONE))


def _prompt_per_task(n: int | None) -> Reason:
    many = f"{n} tasks or customers" if n else "every task or customer"
    return Reason(
        "tasks.prompt_each",
        f"One shared model for {many} is what you have already if each gets its own prompt "
        "(instructions and a few of its examples) on the vendor's model; soft prompts and LoRA "
        "adapters would need an open model you host and people who can train it.",
        {PE: 1.5, PT: -0.5},
        "one frozen model many tasks open model you host people who can train vendor APIs",
    )


def many_tasks(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.num_tasks or p.num_tasks < MANY_TASKS:
        return None
    if _adapters_out_of_reach(p):
        return _prompt_per_task(p.num_tasks)
    return Reason(
        "tasks.many",
        f"With {p.num_tasks} tasks on one model, soft prompts fit well: one frozen model serves "
        "every task, each with its own small prompt; LoRA adapters share a base model too.",
        {PT: 1.5, FT: 0.5},
        "one frozen model serves many tasks soft prompts",
    )


def shared_model(p: Profile, c: CostEstimate) -> Reason | None:
    if not p.shared_model:
        return None
    if _adapters_out_of_reach(p):
        # (said once: many_tasks gives it when the tasks are counted)
        many = p.num_tasks is not None and p.num_tasks >= MANY_TASKS
        return None if many else _prompt_per_task(None)
    return Reason(
        "tasks.shared",
        "One frozen base model must serve every task or customer, because a full copy each is "
        "unaffordable: that is what soft prompts (kilobytes per task) and LoRA adapters "
        "(megabytes per task) are for, swapped per request on one server.",
        {PT: 1.5, FT: 1.0},
        "one frozen model serves many tasks soft prompts LoRA adapters per customer",
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
    query = "prompt tuning competitive with fine-tuning as models reach billions of parameters"
    if p.model_billions is not None and p.model_billions < LARGE_MODEL_B:
        return Reason(
            "model.small",
            f"Your base model has about {p.model_billions:g}B parameters: below about ten "
            "billion, soft prompts trail LoRA and are fragile, so LoRA adapters are the safer "
            "way to share one frozen base.",
            {PT: -2.5, FT: 1.0},
            "LoRA is the safer default on models below ten billion parameters",
        )
    if p.model_billions is not None and (p.shared_model or (p.num_tasks or 0) > 1):
        return Reason(
            "model.large_shared",
            f"Your base model has about {p.model_billions:g}B parameters and serves several "
            "tasks: at that scale soft prompts match fine-tuning, and they are the lightest "
            "add-on per task (kilobytes, mixed in one batch).",
            {PT: 1.5},
            "soft prompts are the lightest add-on on large models",
        )
    if p.model_billions is not None:
        return Reason(
            "model.large",
            f"Your base model has about {p.model_billions:g}B parameters: at that scale soft "
            "prompts match fine-tuning and are the lightest add-on per task.",
            {PT: 0.0},
            query,
        )
    return Reason(
        "model.scale",
        "Soft prompts catch up with full fine-tuning only on models with billions of "
        "parameters; on smaller models they trail LoRA.",
        {PT: -0.5},
        query,
    )


RULES: tuple[Rule, ...] = (
    start_simple, data_volume, prompting_fell_short, budget, team, hardware, hosting,
    vendor_tuning, consistency, variety, volume, latency, freshness, many_tasks, shared_model,
    task_kind, soft_prompt_scale,
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
    """vendor_api when a vendor may train it and nobody in-house would rather; LoRA adapters
    when one base model must serve many tasks or the data stays in-house; full fine-tuning
    only with people who train, hardware or budget for it, and lots of data."""
    if p.shared_model or (not p.vendor_allowed and (p.num_tasks or 0) >= MANY_TASKS):
        return "lora"  # adapters share one base model; a full copy each is what they avoid
    if p.vendor_allowed and (not p.can_train or p.vendor_finetune_ok):
        return "vendor_api"
    capacity = p.hardware == Hardware.CLUSTER or (p.budget_usd or 0) >= FULL_FT_BUDGET
    if p.can_train and (p.labeled_examples or 0) >= FULL_FT_EXAMPLES and capacity and (
            not p.vendor_allowed or p.owns_gpu or p.hosting == Hosting.SELF_HOSTED):
        return "full"
    return "lora"


def deployment(p: Profile) -> str:
    """Where the model runs: "self_hosted" when the data stays in-house, "vendor_api" when the
    founder uses a vendor, else "any"."""
    if not p.vendor_allowed or p.hosting == Hosting.SELF_HOSTED:
        return "self_hosted"
    return "vendor_api" if p.hosting == Hosting.VENDOR_API else "any"


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


def deployment_for(technique: str, variant: str, p: Profile) -> str:
    """Where this technique's model runs for this profile."""
    if technique == PT or variant in ("lora", "full"):
        return "self_hosted"
    if variant == "vendor_api":
        return "vendor_api"
    return deployment(p)
