"""Rough cost model: what adapting and running each technique costs for a profile.

Every number here is an assumption a founder can read and change. Training cost grows
with training tokens x epochs; prompting costs nothing to train but a few-shot prompt
makes every request longer, so at volume it pays per request instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.profile import Hosting, Profile, TaskKind
from tailor.pricing import Pricing, Serving

# Tokens in one labeled example (input plus answer), by kind of task.
TOKENS_PER_EXAMPLE: dict[TaskKind, int] = {
    TaskKind.CLASSIFICATION: 150,
    TaskKind.EXTRACTION: 400,
    TaskKind.GENERATION: 600,
    TaskKind.QA_CHAT: 400,
    TaskKind.REASONING: 500,
}


# Engineer-days to get a first working version, by technique variant.
EFFORT_DAYS: dict[str, float] = {
    "prompt_engineering": 2,
    "prompt_tuning": 10,
    "fine_tuning:vendor_api": 4,
    "fine_tuning:lora": 8,
    "fine_tuning:full": 12,
}


@dataclass(frozen=True)
class TechniqueCost:
    """One technique's cost: training once, running per month, people time."""

    technique: str
    variant: str
    training_usd: float
    monthly_usd: float
    prompt_tokens_per_request: int
    effort_days: float
    effort_usd: float


@dataclass(frozen=True)
class CostEstimate:
    per_technique: dict[str, TechniqueCost]
    assumptions: list[str] = field(default_factory=list)


def training_tokens(profile: Profile, pricing: Pricing) -> int:
    """Tokens seen in training: examples x tokens per example x epochs."""
    kind = profile.task_kind or TaskKind.GENERATION
    return (profile.labeled_examples or 0) * TOKENS_PER_EXAMPLE[kind] * pricing.epochs


def _gpu_cost(tokens: int, pricing: Pricing, gpus: int = 1, slowdown: float = 1.0) -> float:
    hours = tokens / pricing.lora_tokens_per_second / 3600 * slowdown
    return max(hours, pricing.min_gpu_hours) * pricing.gpu_hour * gpus


def estimate(profile: Profile, ft_variant: str, pricing: Pricing | None = None) -> CostEstimate:
    """Estimate costs of the three techniques for this profile.

    `ft_variant` is the fine-tuning variant the rules chose (vendor_api, lora or full).
    """
    p = pricing or Pricing()
    kind = profile.task_kind or TaskKind.GENERATION
    per_ex = TOKENS_PER_EXAMPLE[kind]
    volume = profile.monthly_requests
    if volume is None:
        volume = p.default_monthly_requests
    tokens = training_tokens(profile, p)
    self_hosted = profile.hosting == Hosting.SELF_HOSTED or not profile.vendor_allowed
    # Training on a GPU the founder owns costs time and electricity, not cash.
    at_home = profile.owns_gpu and profile.can_train

    base_prompt = p.instruction_tokens + per_ex
    few_shot_prompt = base_prompt + p.few_shot_k * per_ex

    def monthly(prompt_tokens: int, tuned: bool, hosted_by_us: bool) -> float:
        serving = (Serving.SELF_HOSTED if hosted_by_us else
                   Serving.VENDOR_TUNED if tuned else Serving.VENDOR)
        return volume * p.per_request(prompt_tokens, serving)

    if ft_variant == "vendor_api":
        ft_training = tokens * p.vendor_training_per_m_tokens / 1e6
    elif at_home:
        ft_training = 0.0
    elif ft_variant == "full":
        ft_training = _gpu_cost(tokens, p, gpus=p.full_ft_gpus, slowdown=p.full_ft_slowdown)
    else:
        ft_training = _gpu_cost(tokens, p)
    ft_key = f"fine_tuning:{ft_variant}"

    def cost(technique: str, variant: str, training: float, prompt: int, tuned: bool,
             hosted: bool, effort_key: str) -> TechniqueCost:
        days = EFFORT_DAYS[effort_key]
        return TechniqueCost(technique, variant, round(training, 2),
                             round(monthly(prompt, tuned, hosted), 2), prompt, days,
                             round(days * p.engineer_day, 2))

    per = {
        "prompt_engineering": cost("prompt_engineering", "few_shot", 0.0, few_shot_prompt,
                                   False, self_hosted, "prompt_engineering"),
        # Soft prompts train only a few thousand weights, but the gradient still flows through
        # the whole frozen model, so compute is close to LoRA's; they need an open model.
        "prompt_tuning": cost("prompt_tuning", "soft_prompt",
                              0.0 if at_home else _gpu_cost(tokens, p), base_prompt, False, True,
                              "prompt_tuning"),
        "fine_tuning": cost("fine_tuning", ft_variant, ft_training, base_prompt,
                            ft_variant == "vendor_api", ft_variant != "vendor_api", ft_key),
    }
    assumptions = [
        f"{per_ex} tokens per labeled example ({kind.value}), {p.epochs} epochs of training.",
        f"{volume:,} requests a month"
        + ("" if profile.monthly_requests is not None else " (not given; a typical pilot)") + ".",
        f"Few-shot prompts carry {p.few_shot_k} demonstrations: {few_shot_prompt} prompt tokens "
        f"per request against {base_prompt} for a tuned model.",
        f"Vendor fine-tuning at ${p.vendor_training_per_m_tokens:.2f} per 1M training tokens; "
        f"a tuned vendor model costs {p.tuned_price_multiplier:g}x per token.",
        f"A rented GPU at ${p.gpu_hour:.2f}/hour (billed at least {p.min_gpu_hours:g} hour), "
        f"{p.lora_tokens_per_second:,.0f} training tokens/s for LoRA on a 7B-class model; "
        f"full fine-tuning on {p.full_ft_gpus} GPUs.",
        f"Engineering effort is shown in engineer-days (${p.engineer_day:,.0f} each when "
        "a budget must pay for people); the budget itself is taken as cash for compute and "
        "API calls.",
    ]
    if at_home:
        assumptions.append("Training runs on your own GPU: no cash for compute, only time.")
    return CostEstimate(per, assumptions)
