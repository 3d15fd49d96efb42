"""From a profile to a recommendation: rules decide, costs estimate, the sensitivity
analysis says what would change the pick, the knowledge base supplies citations. `decide` is
pure; `advise` adds the retrieved passages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from advisor import rules
from advisor.costs import CostEstimate, Pricing
from advisor.decision import Decision, decide
from advisor.knowledge import Passage
from advisor.profile import Hardware, Hosting, Profile, TaskKind, TeamSkill
from advisor.rules import FAMILIES, FAMILY_LABELS, FT, PE, PT
from advisor.sensitivity import Change, what_would_change
from tailor.markdown import table

__all__ = ["Citation", "Decision", "Recommendation", "Retriever", "advise", "decide",
           "describe_field", "to_markdown", "variant_label"]

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
# Where a prompt runs, said only where it matters: private data never goes to a vendor.
WHERE = {"self_hosted": " on an open model you host", "vendor_api": " through a vendor's API",
         "any": ""}


def variant_label(variant: str, deployment: str = "any") -> str:
    """'few-shot prompt on an open model you host': the variant and, for prompts, where."""
    label = VARIANT_LABELS[variant]
    if variant in ("soft_prompt", "vendor_api", "lora", "full"):
        return label  # these say where they run already
    return label + WHERE[deployment]


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
    deployment: str = "any"  # where the pick runs: self_hosted, vendor_api or any
    what_would_change: list[Change] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["profile"] = self.profile.to_dict()
        data["what_would_change"] = [
            {"field": c.field, "value": str(c.value) if isinstance(c.value, TeamSkill | Hosting |
                                                                   Hardware) else c.value,
             "condition": c.condition, "technique": c.technique, "variant": c.variant,
             "deployment": c.deployment, "text": change_text(c)}
            for c in self.what_would_change]
        return data


def change_text(c: Change) -> str:
    """'With 500 or more labeled examples: fine-tuning (LoRA adapter on an open model).'"""
    return (f"{c.condition[0].upper()}{c.condition[1:]}: {FAMILY_LABELS[c.technique].lower()} "
            f"({variant_label(c.variant, c.deployment)}).")


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
        if p.labeled_examples is None:
            return f"you did not say how many you have (needs about {need:,})"
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


def _next_steps(technique: str, variant: str, deployment: str = "any") -> list[str]:
    holdout = "Keep 30-50 labeled examples aside as a test set and score every change on it."
    if technique == PE:
        host = (["Run an open-weights model on your own servers (vLLM or Ollama, for example), "
                 "so no prompt or document leaves them."] if deployment == "self_hosted"
                else [])
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
        return [*host, *steps, holdout,
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
    out = []
    for t in ranked[1:]:
        variant = rules.variant_for(t, p)
        out.append({"technique": t, "variant": variant,
                    "deployment": rules.deployment_for(t, variant, p), "score": scores[t],
                    "when": when[t]})
    return out


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
        "budget_covers_people": bool(d.effective.budget_covers_people),
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
        next_steps=_next_steps(d.technique, d.variant, d.deployment),
        alternatives=_alternatives(d.ranked, d.scores, d.effective),
        assumptions=d.assumptions,
        citations=cite(d, retriever),
        profile=profile,
        scores=d.scores,
        deployment=d.deployment,
        what_would_change=what_would_change(profile, d, pricing),
    )


TEAM_LABELS = {TeamSkill.NONE: "no engineers", TeamSkill.API: "developers (APIs)",
               TeamSkill.ML: "ML engineers"}
HOSTING_LABELS = {Hosting.VENDOR_API: "vendor API", Hosting.SELF_HOSTED: "self-hosted"}
HARDWARE_LABELS = {Hardware.NONE: "no GPU of your own", Hardware.LAPTOP_GPU: "a laptop GPU",
                   Hardware.OWN_GPU: "a GPU of your own", Hardware.CLUSTER: "a GPU cluster"}
KIND_LABELS = {k: k.value.replace("_", " / ") for k in TaskKind}
# Yes/no facts as a founder would say them: (yes, no).
FLAG_LABELS = {
    "budget_covers_people": ("the budget must cover people", "the budget is cash only"),
    "knows_pytorch": ("knows PyTorch", "no PyTorch"),
    "privacy": ("private data", "no privacy constraint"),
    "vendor_finetune_ok": ("vendor fine-tuning is fine", "no vendor fine-tuning"),
    "tried_prompting": ("prompting tried and fell short", "prompting not found wanting"),
    "prompt_works": ("a prompt that already works", "no working prompt yet"),
    "prompt_refined": ("a refined prompt", "only a first-draft prompt"),
    "needs_consistency": ("a strict format or voice", "no strict format"),
    "tight_latency": ("tight latency", "latency not critical"),
    "fresh_knowledge": ("changing facts", "stable knowledge"),
    "shared_model": ("one shared base model", "a model per task is fine"),
}


def describe_field(name: str, value: Any) -> str:
    """One understood fact in the user's terms: '1,200 labeled examples', 'a $20 budget'."""
    if name == "task_kind":
        return f"a {KIND_LABELS[TaskKind(value)]} task"
    if name == "labeled_examples":
        return f"{value:,} labeled example{'s' if value != 1 else ''}"
    if name == "budget_usd":
        return "no cash budget" if value == 0 else f"a {usd(value)} budget"
    if name == "monthly_budget_usd":
        return f"{usd(value)} a month"
    if name == "team_skill":
        return TEAM_LABELS[TeamSkill(value)]
    if name == "hosting":
        return HOSTING_LABELS[Hosting(value)]
    if name == "hardware":
        return HARDWARE_LABELS[Hardware(value)]
    if name == "monthly_requests":
        return f"{value:,} requests a month"
    if name == "num_tasks":
        return f"{value} task{'s' if value != 1 else ''} on one model"
    if name == "model_billions":
        return f"a {value:g}B-parameter base model"
    if name in FLAG_LABELS:
        return FLAG_LABELS[name][0 if value else 1]
    return f"{name.replace('_', ' ')}: {value}"


def _short(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name in ("budget_usd", "monthly_budget_usd"):
        return f"${value:,.0f}"
    if name == "monthly_requests":
        return f"{value:,}/month"
    if name in ("labeled_examples", "num_tasks"):
        return f"{value:,}"
    if name == "model_billions":
        return f"{value:g}B parameters"
    return {"task_kind": KIND_LABELS, "team_skill": TEAM_LABELS, "hosting": HOSTING_LABELS,
            "hardware": HARDWARE_LABELS}[name][value]


def _profile_line(p: Profile) -> str:
    """Every understood field on one line: '**Labeled examples:** 1,200 · **Team:** ...'."""
    bits = [f"**Task:** {p.task}"] if p.task else []
    bits += [f"**{FIELD_TITLES[name]}:** {_short(name, getattr(p, name))}"
             for name in UNDERSTOOD if getattr(p, name) is not None]
    return " · ".join(bits)


# The profile fields a founder can state, in the order the card and the panel show them.
FIELD_TITLES = {
    "task_kind": "Kind", "labeled_examples": "Labeled examples", "budget_usd": "Budget",
    "monthly_budget_usd": "Monthly budget", "budget_covers_people": "Budget pays people",
    "team_skill": "Team", "knows_pytorch": "Knows PyTorch", "hardware": "Own GPUs",
    "hosting": "Hosting", "privacy": "Data stays in-house",
    "vendor_finetune_ok": "Vendor fine-tuning OK", "tried_prompting": "Prompting fell short",
    "prompt_works": "A prompt already works", "prompt_refined": "Prompt refined",
    "needs_consistency": "Strict format or voice", "monthly_requests": "Volume",
    "tight_latency": "Tight latency", "fresh_knowledge": "Changing facts",
    "num_tasks": "Tasks on one model", "shared_model": "One shared base model",
    "model_billions": "Base model size",
}
UNDERSTOOD = tuple(FIELD_TITLES)


def to_markdown(rec: Recommendation) -> str:
    """The recommendation card: pick, reasons, comparison, cost, next steps, citations."""
    label = FAMILY_LABELS[rec.technique]
    lines = [
        f"## Recommendation: {label} — {variant_label(rec.variant, rec.deployment)}",
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
    if rec.what_would_change:
        lines += ["", "### What would change it",
                  *[f"- {change_text(c)}" for c in rec.what_would_change]]
    cost = rec.cost
    people = (f" (${cost['effort_usd']:,.0f}, which your budget must cover)"
              if cost.get("budget_covers_people") else "")
    lines += [
        "",
        "### Cost estimate",
        f"- {label}: about **{usd(cost['training_usd'])}** of compute to train and "
        f"**{usd(cost['monthly_usd'])}/month** to run; separately, about "
        f"**{cost['effort_days']:g} engineer-days** of work{people}.",
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
        lines += [f"- **{FAMILY_LABELS[a['technique']]}** "
                  f"({variant_label(a['variant'], a['deployment'])}): {a['when']}."
                  for a in rec.alternatives]
    if rec.assumptions:
        lines += ["", "### What I assumed", *[f"- {a}" for a in rec.assumptions]]
    lines += ["", "### Sources"]
    for i, c in enumerate(rec.citations, 1):
        lines.append(f"{i}. **{c.heading}** (`knowledge/{c.source}`): “{c.excerpt}”  \n"
                     f"   <small>{'; '.join(c.sources)}</small>")
    return "\n".join(lines)
