"""What the lab shows, derived from a `LabState`: tables, chart points, predictions, the
restated recommendation and the learning-curve projection. Pure functions, no Gradio."""

from __future__ import annotations

import math
from typing import Any

from adapters import stats
from adapters.techniques import REGISTRY
from adapters.trial import Result
from lab.state import LabState
from tailor.pricing import Pricing

ESTIMATE_HEADERS = ["technique", "time here", "memory", "trainable params",
                    "rented GPU", "vendor fine-tune", "per 1k requests"]
RESULT_HEADERS = ["technique", "score", "vs zero-shot", "train s (est.)", "trainable",
                  "artifact", "prompt tokens", "$ / 1k requests*"]
PREDICTION_HEADERS = ["input", "gold", "prediction", "ok"]
COST_NOTE = ("*Serving 1,000 requests: vendor API prices for prompts and fine-tuned models "
             "(tuned models cost 2x per token); soft prompts need your own server, priced at "
             "a rented GPU's cost per token.")


def name(technique: str) -> str:
    return REGISTRY.get(technique).name


def preselect(family: str | None, runner_up: str | None) -> tuple[str, ...]:
    """The zero-shot baseline plus the lab techniques standing for the recommendation's
    family and its runner-up."""
    picks = {"zero_shot"}
    for f in (family, runner_up):
        if f and (t := REGISTRY.representative(f)):
            picks.add(t)
    return tuple(REGISTRY.ordered(list(picks)))


def estimate_rows(state: LabState, techniques: list[str] | tuple[str, ...]) -> list[list]:
    rows = []
    for t in REGISTRY.ordered([t for t in techniques if t in REGISTRY]):
        e = state.estimates.get(t)
        if e is None:
            continue
        rows.append([name(t), f"{e.total_seconds:.0f} s", f"{e.peak_memory_mb:,.0f} MB",
                     f"{e.trainable_params:,}", f"${e.gpu_usd:,.2f}" if e.gpu_usd else "–",
                     f"${e.vendor_usd:,.4f}" if e.vendor_usd is not None else "n/a",
                     f"${e.cost_per_1k_requests_usd:,.3f}"])
    return rows


def cost_per_1k(technique: str, prompt_tokens: float, pricing: Pricing | None = None
                ) -> float:
    """Serving 1,000 requests of this technique with prompts of this length."""
    return (pricing or Pricing()).per_1k(prompt_tokens, REGISTRY.get(technique).serving)


def result_rows(state: LabState) -> list[list]:
    base = state.results.get("zero_shot")
    rows = []
    for t in REGISTRY.ordered(list(state.results)):
        r = state.results[t]
        est = state.estimates.get(t)
        delta = "–" if base is None or t == "zero_shot" else \
            f"{100 * (r.score - base.score):+.1f} pts"
        pct = 100 * r.trainable_params / r.total_params if r.total_params else 0
        rows.append([
            REGISTRY.get(t).label(r.variant), f"{r.score:.3f} {r.metric}", delta,
            f"{r.train_seconds:.1f}" + (f" ({est.train_seconds:.0f})" if est else ""),
            f"{pct:.3g}%", _size(r.adapter_bytes), f"{r.prompt_tokens_per_request:.0f}",
            f"${cost_per_1k(t, r.prompt_tokens_per_request):.3f}",
        ])
    return rows


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def chart_points(state: LabState) -> list[dict[str, Any]]:
    """Score against training cost (seconds here), one point per technique."""
    return [{"technique": name(t), "score": state.results[t].score,
             "train_seconds": state.results[t].train_seconds}
            for t in REGISTRY.ordered(list(state.results))]


def prediction_rows(state: LabState, technique: str) -> list[list[str]]:
    r = state.results.get(technique)
    if r is None:
        return []
    return [[p["input"][:160], p["gold"], p["prediction"],
             "✓" if p["prediction"].strip() == p["gold"].strip() else "✗"]
            for p in r.predictions]


def _compare(a: Result, b: Result) -> stats.Comparison:
    return stats.compare(a.outcomes, b.outcomes, binary=a.metric == "accuracy")


def restate(state: LabState, recommended: str | None, monthly_requests: int | None) -> str:
    """The advisor's recommendation, revisited in the light of what was measured. A winner is
    named only when a paired test on the same held-out rows says the gap is beyond noise."""
    if not state.results:
        return ""
    volume = monthly_requests or 10_000
    best_t, best = max(state.results.items(), key=lambda kv: kv[1].score)
    lo, hi = best.interval
    lines = [f"**Measured on your sample:** {name(best_t)} scored highest "
             f"({best.score:.1%} {best.metric}, 95% interval {lo:.0%}-{hi:.0%}, "
             f"{best.n_eval} held-out rows)."]
    tied = []
    for other_t in REGISTRY.ordered([t for t in state.results if t != best_t]):
        other = state.results[other_t]
        c = _compare(best, other)
        monthly = (cost_per_1k(other_t, other.prompt_tokens_per_request)
                   - cost_per_1k(best_t, best.prompt_tokens_per_request)) * volume / 1000
        cost = (f"; at {volume:,} requests a month, serving {name(other_t)} would cost "
                f"${abs(monthly):,.2f} {'more' if monthly > 0 else 'less'} per month"
                if abs(monthly) >= 0.01 else "")
        if c.significant:
            verdict = (f"beat {name(other_t)} by {100 * c.gap:.1f} points (paired test "
                       f"p = {c.p_value:.3f})")
        else:
            tied.append(other_t)
            need = stats.rows_to_resolve(c.gap, c.discordant / max(1, c.n))
            more = (f"; telling a {100 * abs(c.gap):.1f}-point gap from noise would take about "
                    f"{need:,} held-out rows" if c.gap else "")
            verdict = (f"is not measurably better than {name(other_t)} "
                       f"({100 * c.gap:+.1f} points, p = {c.p_value:.2f}{more})")
        lines.append(f"- {name(best_t)} {verdict}{cost}.")
    contenders = [best_t, *tied]
    cheapest = min(contenders, key=lambda t: (cost_per_1k(
        t, state.results[t].prompt_tokens_per_request), REGISTRY.ids.index(t)))
    if len(contenders) > 1:
        lines.append(f"At this sample size there is no measurable difference between "
                     f"{', '.join(name(t) for t in contenders)}; the cheapest to serve of them "
                     f"is {name(cheapest)}.")
    if "embedding_classifier" in contenders:
        lines.append("The embedding classifier is among the best here: a small classifier on "
                     "sentence embeddings is enough for this task, with no language model to "
                     "host or pay for per token.")
    if recommended:
        families = {REGISTRY.get(t).family for t in contenders}
        if recommended in families:
            lines.append("This agrees with the recommendation.")
        else:
            lines.append(f"This differs from the recommendation ({recommended.replace('_', ' ')})"
                         ": weigh the measured gap against the cost and effort above.")
    return "\n".join(lines)


def projection(curve: tuple[tuple[int, float], ...], target: float) -> str:
    """An honest extrapolation: score = a + b * log(n), fitted to the measured points."""
    if len(curve) < 2:
        return "Run the learning curve first."
    xs = [math.log(n) for n, _ in curve]
    ys = [s for _, s in curve]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0
    a = my - b * mx
    best = max(ys)
    if best >= target:
        return f"Already at {best:.1%} with {curve[-1][0]} examples: the target is met."
    if b <= 0.001:
        return ("The score is not rising with more data on this sample; more of the same "
                "examples is unlikely to reach the target. Check label quality, or try "
                "another technique.")
    needed = math.exp((target - a) / b)
    return (f"Fitting score ≈ {a:.2f} + {b:.3f}·ln(examples) to {len(curve)} points, "
            f"{target:.0%} would take roughly **{needed:,.0f} labeled examples**. This is an "
            "extrapolation from a small sample: treat it as an order of magnitude.")
