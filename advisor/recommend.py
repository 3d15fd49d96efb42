"""From a profile to a recommendation: rules decide, costs estimate, the knowledge base
supplies citations. `decide` is pure; `advise` adds the retrieved passages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Protocol

from advisor import rules
from advisor.costs import CostEstimate, Pricing, estimate
from advisor.knowledge import Passage
from advisor.profile import Hosting, Profile, TaskKind, TeamSkill
from advisor.rules import FAMILIES, FAMILY_LABELS, FT, PE, PT, Reason
from tailor.markdown import table

AXES = ("data_needed", "training_cost", "technical_difficulty", "response_quality")
AXIS_LABELS = {
    "data_needed": "Data needed",
    "training_cost": "Training cost",
    "technical_difficulty": "Technical difficulty",
    "response_quality": "Response quality",
}
VARIANT_LABELS = {
    "zero_shot": "zero-shot prompt",
    "few_shot": "few-shot prompt",
    "chain_of_thought": "chain-of-thought prompt",
    "retrieval_augmented": "prompt with retrieval (RAG)",
    "soft_prompt": "soft prompt on an open model",
    "vendor_api": "through a vendor's fine-tuning API",
    "lora": "LoRA adapter on an open model",
    "full": "full fine-tuning of an open model",
}


class Retriever(Protocol):
    def search(self, query: str, k: int = 3) -> list[Passage]: ...


@dataclass(frozen=True)
class Citation:
    source: str
    heading: str
    excerpt: str
    sources: list[str]
    supports: str  # the rule id it backs up


@dataclass(frozen=True)
class Recommendation:
    technique: str
    variant: str
    confidence: str
    reasons: list[dict[str, Any]]
    comparison: dict[str, dict[str, dict[str, str]]]
    cost: dict[str, Any]
    next_steps: list[str]
    alternatives: list[dict[str, Any]]
    assumptions: list[str]
    citations: list[Citation]
    profile: Profile
    scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["profile"] = self.profile.to_dict()
        return data


def _effective(profile: Profile) -> tuple[Profile, list[str]]:
    """Fill the gaps the rules need, and say so: each default becomes an assumption."""
    notes: list[str] = []
    p = profile
    if p.labeled_examples is None:
        p = replace(p, labeled_examples=0)
        notes.append("You did not say how much labeled data you have: assumed none yet.")
    if p.task_kind is None:
        notes.append("The kind of task was unclear: costs assume open-ended text generation.")
    if not p.has_budget:
        notes.append("No budget given: costs are estimated but did not limit the choice.")
    if p.team_skill is None:
        notes.append("Team skills not given: no rule about your team applied.")
    if p.hosting is None and p.privacy is None:
        notes.append("Hosting and privacy not given: assumed a vendor's hosted model is "
                     "acceptable.")
    if p.monthly_requests is None:
        notes.append("Request volume not given: running costs assume 10,000 requests a month.")
    if p.num_tasks is None:
        notes.append("Assumed one task per model.")
    return p, notes


def usd(x: float) -> str:
    """Dollars for people: '$1,200', and '<$1' rather than a misleading '$0'."""
    return "<$1" if 0 < x < 1 else f"${x:,.0f}"


def _comparison(p: Profile, costs: CostEstimate, ft_variant: str) -> dict[str, dict[str, dict]]:
    """Four axes x three techniques, tailored to this profile. Levels follow the reference
    orderings; notes put the user's own numbers beside them."""
    n = p.labeled_examples or 0
    c = costs.per_technique
    vendor_ft = ft_variant == "vendor_api"

    def have(need: int) -> str:
        return f"you have {n:,}: " + ("enough" if n >= need else "short")

    return {
        PE: {
            "data_needed": {"level": "low", "note": "a few examples in the prompt"},
            "training_cost": {"level": "low",
                              "note": f"none; about {usd(c[PE].monthly_usd)}/month to run"},
            "technical_difficulty": {"level": "low", "note": "no code needed"},
            "response_quality": {"level": "medium",
                                 "note": "decent, flexible, less consistent"},
        },
        PT: {
            "data_needed": {"level": "medium",
                            "note": f"hundreds of labeled examples ({have(100)})"},
            "training_cost": {"level": "medium",
                              "note": f"about {usd(c[PT].training_usd)} compute + "
                                      f"{c[PT].effort_days:g} engineer-days"},
            "technical_difficulty": {"level": "high",
                                     "note": "no vendor API; ML engineers and an open model"},
            "response_quality": {"level": "medium-high",
                                 "note": "near fine-tuning only on multi-billion models"},
        },
        FT: {
            "data_needed": {"level": "high",
                            "note": f"hundreds to thousands of pairs ({have(500)})"},
            "training_cost": {"level": "high",
                              "note": f"about {usd(c[FT].training_usd)} compute + "
                                      f"{c[FT].effort_days:g} engineer-days"},
            "technical_difficulty": {
                "level": "medium" if vendor_ft else "high",
                "note": "a vendor API does the training" if vendor_ft
                else "your own training and serving"},
            "response_quality": {"level": "high",
                                 "note": "usually best and most consistent; can overfit"},
        },
    }


def _next_steps(technique: str, variant: str) -> list[str]:
    holdout = "Keep 30-50 labeled examples aside as a test set and score every change on it."
    if technique == PE:
        steps = {
            "retrieval_augmented": [
                "Index the documents that hold the changing facts and retrieve the top "
                "passages for each request.",
                "Write a prompt that answers only from the retrieved passages and cites them.",
            ],
            "chain_of_thought": [
                "Write two or three worked examples that show the reasoning step by step.",
                "Ask the model to reason first and give the final answer on its own line.",
            ],
            "few_shot": [
                "Write a clear instruction and the exact output format you want.",
                "Pick 3-5 demonstrations from your labeled data, ideally the ones most "
                "similar to each input.",
            ],
            "zero_shot": [
                "Write a clear instruction and the exact output format you want.",
                "Collect 20-50 real examples with the answers you expect.",
            ],
        }[variant]
        return [*steps, holdout,
                "Revisit tuning when quality plateaus or volume makes long prompts costly."]
    if technique == PT:
        return [
            "Start from a few-shot prompt as the baseline to beat.",
            "Pick an open model, the larger the better for soft prompts (billions of "
            "parameters).",
            "Train a soft prompt with PEFT (prompt tuning, or prefix tuning on small models), "
            "initialised from the task instruction.",
            holdout,
            "Serve one frozen model and load one soft prompt per task.",
        ]
    steps = {
        "vendor_api": [
            "Format your pairs as chat-style JSONL, one example per line.",
            "Upload them to your vendor's fine-tuning API and start with its default epochs.",
        ],
        "lora": [
            "Pick an open model and train a LoRA adapter (PEFT, all linear layers, rank 8-16).",
            "Serve the base model once and load the adapter per task (vLLM supports this).",
        ],
        "full": [
            "Train on several GPUs with accelerate; checkpoint often.",
            "Compare against a LoRA run first: it often matches at a fraction of the cost.",
        ],
    }[variant]
    return ["Build a few-shot prompt first: it is the baseline to beat.", *steps, holdout,
            "Watch the held-out score, not the training loss, to catch overfitting."]


def _alternatives(ranked: list[str], scores: dict[str, float], p: Profile) -> list[dict]:
    when = {
        PE: "when you want results this week, or quality from prompts is already acceptable",
        PT: "with ML engineers, an open model of billions of parameters and many tasks "
            "sharing it",
        FT: "with a few hundred clean examples, a need for consistent output, or high volume",
    }
    return [{"technique": t, "variant": rules.variant_for(t, p), "score": scores[t],
             "when": when[t]} for t in ranked[1:]]


@dataclass(frozen=True)
class Decision:
    """What the rules decided, before any retrieval."""

    technique: str
    variant: str
    confidence: str
    reasons: list[Reason]
    scores: dict[str, float]
    ranked: list[str]
    costs: CostEstimate
    effective: Profile
    assumptions: list[str]


def decide(profile: Profile, pricing: Pricing | None = None) -> Decision:
    """Pure: the same profile always gives the same decision."""
    p, assumptions = _effective(profile)
    ft_variant = rules.fine_tuning_variant(p)
    costs = estimate(p, ft_variant, pricing)
    reasons = rules.evaluate(p, costs)
    scores = rules.score(reasons)
    ranked = rules.rank(scores)
    best = ranked[0]
    return Decision(best, rules.variant_for(best, p), rules.confidence(scores), reasons,
                    scores, ranked, costs, p, assumptions)


def _excerpt(text: str, limit: int = 320) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > 80 else text[:limit].rsplit(" ", 1)[0] + " …"


def cite(decision: Decision, retriever: Retriever, want: int = 3) -> list[Citation]:
    """Passages backing the reasons that mattered most for the winner, without repeats."""
    winner = decision.technique
    # Reasons that moved the winner most come first; then the rest.
    ordered = sorted(decision.reasons,
                     key=lambda r: -abs(r.effects.get(winner, 0.0)) - 0.1 * len(r.effects))
    citations: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    for reason in ordered:
        for passage in retriever.search(reason.topic, k=3):
            key = (passage.source, passage.heading)
            if key in seen:
                continue
            seen.add(key)
            citations.append(Citation(passage.source, passage.heading, _excerpt(passage.text),
                                      passage.sources, reason.rule))
            break
        if len(citations) >= want:
            break
    return citations


def advise(profile: Profile, retriever: Retriever, pricing: Pricing | None = None
           ) -> Recommendation:
    """The full recommendation for a profile, with citations from the knowledge base."""
    d = decide(profile, pricing)
    c = d.costs.per_technique
    chosen = c[d.technique]
    cost = {
        "technique": d.technique,
        "variant": d.variant,
        "training_usd": chosen.training_usd,
        "monthly_usd": chosen.monthly_usd,
        "effort_days": chosen.effort_days,
        "effort_usd": chosen.effort_usd,
        "per_technique": {t: asdict(c[t]) for t in FAMILIES},
        "assumptions": d.costs.assumptions,
    }
    return Recommendation(
        technique=d.technique,
        variant=d.variant,
        confidence=d.confidence,
        reasons=[{"rule": r.rule, "text": r.text, "effects": r.effects,
                  "stance": rules.stance(r, d.technique)} for r in d.reasons],
        comparison=_comparison(d.effective, d.costs, rules.fine_tuning_variant(d.effective)),
        cost=cost,
        next_steps=_next_steps(d.technique, d.variant),
        alternatives=_alternatives(d.ranked, d.scores, d.effective),
        assumptions=d.assumptions,
        citations=cite(d, retriever),
        profile=profile,
        scores=d.scores,
    )


def _profile_line(p: Profile) -> str:
    bits = []
    if p.task:
        bits.append(f"**Task:** {p.task}")
    if p.task_kind:
        bits.append(f"**Kind:** {p.task_kind.value.replace('_', ' / ')}")
    if p.labeled_examples is not None:
        bits.append(f"**Labeled examples:** {p.labeled_examples:,}")
    if p.budget_usd is not None:
        bits.append(f"**Budget:** ${p.budget_usd:,.0f}")
    if p.monthly_budget_usd is not None:
        bits.append(f"**Monthly budget:** ${p.monthly_budget_usd:,.0f}")
    if p.team_skill:
        bits.append(f"**Team:** {TEAM_LABELS[p.team_skill]}")
    if p.hosting:
        bits.append(f"**Hosting:** {HOSTING_LABELS[p.hosting]}")
    if p.monthly_requests is not None:
        bits.append(f"**Volume:** {p.monthly_requests:,}/month")
    flags = [name for name, on in (("strict format", p.needs_consistency),
                                   ("private data", p.privacy),
                                   ("changing facts", p.fresh_knowledge)) if on]
    if flags:
        bits.append("**Needs:** " + ", ".join(flags))
    if p.num_tasks:
        bits.append(f"**Tasks on one model:** {p.num_tasks}")
    return " · ".join(bits)


TEAM_LABELS = {TeamSkill.NONE: "no engineers", TeamSkill.API: "developers (APIs)",
               TeamSkill.ML: "ML engineers"}
HOSTING_LABELS = {Hosting.VENDOR_API: "vendor API", Hosting.SELF_HOSTED: "self-hosted"}
KIND_LABELS = {k: k.value.replace("_", " / ") for k in TaskKind}


def to_markdown(rec: Recommendation) -> str:
    """The recommendation card: pick, reasons, comparison, cost, next steps, citations."""
    label = FAMILY_LABELS[rec.technique]
    lines = [
        f"## Recommendation: {label} — {VARIANT_LABELS[rec.variant]}",
        f"*Confidence: {rec.confidence}.* " + _profile_line(rec.profile),
        "",
        "### Why",
        *[f"- {r['text']}" for r in rec.reasons if r["stance"] != "against"],
        *[f"- *Weighed against:* {r['text']}" for r in rec.reasons if r["stance"] == "against"],
        "",
        "### How the three compare for you",
        table(["", *(FAMILY_LABELS[t] for t in FAMILIES)],
              [[AXIS_LABELS[axis], *(f"**{rec.comparison[t][axis]['level']}**: "
                                     f"{rec.comparison[t][axis]['note']}" for t in FAMILIES)]
               for axis in AXES]),
    ]
    cost = rec.cost
    lines += [
        "",
        "### Cost estimate",
        f"- {label}: about **{usd(cost['training_usd'])}** to train, "
        f"**{usd(cost['monthly_usd'])}/month** to run, and {cost['effort_days']:g} "
        f"engineer-days (${cost['effort_usd']:,.0f}).",
    ]
    for t in FAMILIES:
        if t != rec.technique:
            o = cost["per_technique"][t]
            lines.append(f"- {FAMILY_LABELS[t]}: {usd(o['training_usd'])} to train, "
                         f"{usd(o['monthly_usd'])}/month, {o['effort_days']:g} engineer-days.")
    lines.append("- *Assumptions:* " + " ".join(cost["assumptions"]))
    lines += ["", "### Next steps", *[f"{i}. {s}" for i, s in enumerate(rec.next_steps, 1)]]
    if rec.alternatives:
        lines += ["", "### Alternatives"]
        lines += [f"- **{FAMILY_LABELS[a['technique']]}** ({VARIANT_LABELS[a['variant']]}): "
                  f"{a['when']}." for a in rec.alternatives]
    if rec.assumptions:
        lines += ["", "### What I assumed", *[f"- {a}" for a in rec.assumptions]]
    lines += ["", "### Sources"]
    for i, c in enumerate(rec.citations, 1):
        lines.append(f"{i}. **{c.heading}** (`knowledge/{c.source}`): “{c.excerpt}”  \n"
                     f"   <small>{'; '.join(c.sources)}</small>")
    return "\n".join(lines)
