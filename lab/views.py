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
RESULT_HEADERS = ["technique", "model", "score (95% interval)", "vs zero-shot",
                  "prep/train s (est.)", "trainable", "artifact", "prompt tokens",
                  "$ / 1k requests*"]
PREDICTION_HEADERS = ["input", "gold", "prediction", "ok"]
_P = Pricing()
COST_NOTE = (f"*Serving 1,000 requests: vendor API list prices for prompts and for fine-tuned "
             f"models (a tuned model costs {_P.tuned_price_multiplier:g}x per token). Soft "
             f"prompts need your own server: a rented GPU at ${_P.gpu_hour:.2f}/hour serving "
             f"{_P.serve_tokens_per_second:,.0f} tokens/s when busy, busy "
             f"{_P.gpu_utilisation:.0%} of the time (${_P.self_hosted_per_m:.2f} per 1M "
             "tokens). The embedding classifier runs on an ordinary CPU server.")


def name(technique: str) -> str:
    return REGISTRY.get(technique).name


def model_label(model: str) -> str:
    """A result's model, short enough for a table cell."""
    from adapters.models import DEFAULT_MODEL, DEFAULT_PUBLIC_ID

    if model in (DEFAULT_MODEL, DEFAULT_PUBLIC_ID):
        return "SmolLM2-135M (local)"
    return model.split("/")[-1]


def model_note(state: LabState) -> str:
    """Which model the lab's numbers come from, and what they do and do not predict."""
    from adapters.models import load_base

    base = load_base(state.model)
    remote = (f" Prompting rows run on your endpoint, **{state.endpoint.label}**."
              if state.endpoint else "")
    return (f"LLM rows are measured on **{base.description}**.{remote} That shows how the "
            "techniques compare on your data at this size; a model you would prompt through "
            "a vendor's API is 10-1,000 times larger and usually scores higher with prompts "
            "alone, so a gap between prompting and tuning measured on a small local model is "
            "an upper bound. Connect your own endpoint below to measure the model you would "
            "really prompt.")


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
        lo, hi = e.total_range
        # A searched prompt's evaluation depends on the prompt the search settles on.
        time = f"{lo:.0f}-{hi:.0f} s" if hi - lo >= 1 else f"{e.total_seconds:.0f} s"
        rows.append([name(t), time, f"{e.peak_memory_mb:,.0f} MB",
                     f"{e.trainable_params:,}", f"${e.gpu_usd:,.2f}" if e.gpu_usd else "–",
                     f"${e.vendor_usd:,.4f}" if e.vendor_usd is not None else "n/a",
                     f"${e.cost_per_1k_requests_usd:,.3f}"])
    return rows


def cost_per_1k(technique: str, prompt_tokens: float, pricing: Pricing | None = None
                ) -> float:
    """Serving 1,000 requests of this technique with prompts of this length."""
    return (pricing or Pricing()).per_1k(prompt_tokens, REGISTRY.get(technique).serving)


def result_cost_per_1k(result: Result, state: LabState | None = None) -> float:
    """What 1,000 requests cost as this row was served: a remote row from the tokens it
    really used, at the endpoint's prices when given (else a vendor's list price)."""
    usage = result.api_usage
    if not usage or not usage.get("requests"):
        return cost_per_1k(result.technique, result.prompt_tokens_per_request)
    p = Pricing()
    e = state.endpoint if state is not None else None
    in_price = e.input_price_per_m if e and e.input_price_per_m is not None \
        else p.vendor_input_per_m
    out_price = e.output_price_per_m if e and e.output_price_per_m is not None \
        else p.vendor_output_per_m
    per = (usage["prompt_tokens"] * in_price + usage["completion_tokens"] * out_price) \
        / usage["requests"] / 1e6
    return round(1000 * per, 4)


def result_rows(state: LabState) -> list[list]:
    base = state.results.get("zero_shot")
    rows = []
    for t in REGISTRY.ordered(list(state.results)):
        r, spec = state.results[t], REGISTRY.get(t)
        est = state.estimates.get(t)
        lo, hi = r.interval
        if base is None or t == "zero_shot":
            delta = "–"
        else:
            c = _compare(r, base)
            delta = f"{100 * c.gap:+.1f} pts" + (" *" if c.significant else " (noise)")
        prep = f"{r.train_seconds:.1f}" + (f" ({est.train_seconds:.0f})" if est else "")
        if not spec.trains and spec.prepare_label:
            prep += f" {spec.prepare_label}"
        pct = 100 * r.trainable_params / r.total_params if r.total_params else 0
        rows.append([
            spec.label(r.variant), model_label(r.model),
            f"{r.score:.3f} ({lo:.2f}-{hi:.2f}) {r.metric}", delta, prep, f"{pct:.3g}%",
            _size(r.adapter_bytes), f"{r.prompt_tokens_per_request:.0f}",
            f"${result_cost_per_1k(r, state):.3f}",
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


def prediction_rows(state: LabState, technique: str, mistakes_only: bool = False
                    ) -> list[list[str]]:
    """Every held-out row with the technique's answer (or only the wrong ones)."""
    r = state.results.get(technique)
    if r is None:
        return []
    rows = []
    for p in r.predictions:
        right = p["prediction"].strip() == p["gold"].strip()
        if mistakes_only and right:
            continue
        rows.append([p["input"][:300], p["gold"], p["prediction"], "✓" if right else "✗"])
    return rows


def prediction_summary(state: LabState, technique: str, mistakes_only: bool) -> str:
    r = state.results.get(technique)
    if r is None:
        return "Run a technique to see its answers beside the gold ones."
    wrong = sum(p["prediction"].strip() != p["gold"].strip() for p in r.predictions)
    shown = wrong if mistakes_only else len(r.predictions)
    return (f"{name(technique)}: {len(r.predictions)} held-out rows, {wrong} wrong; showing "
            f"{shown}.")


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
        monthly = (result_cost_per_1k(other, state) - result_cost_per_1k(best, state)) \
            * volume / 1000
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
    cheapest = min(contenders, key=lambda t: (result_cost_per_1k(state.results[t], state),
                                              REGISTRY.ids.index(t)))
    if len(contenders) > 1:
        lines.append(f"At this sample size there is no measurable difference between "
                     f"{', '.join(name(t) for t in contenders)}; the cheapest to serve of them "
                     f"is {name(cheapest)}.")
    if "embedding_classifier" in contenders:
        lines.append("The embedding classifier is among the best here: a small classifier on "
                     "sentence embeddings is enough for this task, with no language model to "
                     "host or pay for per token.")
    remote = [t for t, r in state.results.items() if r.api_usage]
    tuned = [t for t, r in state.results.items() if REGISTRY.get(t).trains]
    if remote and tuned:
        a = max(remote, key=lambda t: state.results[t].score)
        b = max(tuned, key=lambda t: state.results[t].score)
        ra, rb = state.results[a], state.results[b]
        c = _compare(rb, ra)
        lines.append(
            f"**Your API model, prompted** ({name(a)} on {ra.model}): {ra.score:.1%}, "
            f"${result_cost_per_1k(ra, state):.3f} per 1,000 requests"
            + (f", {ra.unparseable} answers named no label" if ra.unparseable else "")
            + f". **An open model, tuned** ({name(b)} on {model_label(rb.model)}): "
            f"{rb.score:.1%}, ${result_cost_per_1k(rb, state):.3f} per 1,000 requests on a "
            "tuned-model price list (hosting it yourself costs the rented GPU instead). "
            + ("The gap is beyond noise." if c.significant else
               "The gap is within noise at this sample size."))
    if recommended:
        families = {REGISTRY.get(t).family for t in contenders}
        if recommended in families:
            lines.append("This agrees with the recommendation.")
        else:
            lines.append(f"This differs from the recommendation ({recommended.replace('_', ' ')})"
                         ": weigh the measured gap against the cost and effort above.")
    return "\n".join(lines)


def projection(curve: tuple[tuple[int, float], ...], target: float, n_eval: int) -> str:
    """An honest extrapolation: score = a + b * ln(n), fitted by weighted least squares to
    the measured points (each weighted by its binomial variance on `n_eval` held-out rows).
    It projects only when the rise is beyond the noise, and gives a range, not a number."""
    if len(curve) < 2:
        return "Run the learning curve first."
    best_n, best = max(curve, key=lambda p: (p[1], -p[0]))
    if best >= target:
        return f"Already at {best:.1%} with {best_n} examples: the target is met."
    xs = [math.log(n) for n, _ in curve]
    ys = [s for _, s in curve]
    ws = [n_eval / max(1e-3, s * (1 - s)) for s in ys]  # 1 / variance of each point
    sw = sum(ws)
    mx, my = sum(w * x for w, x in zip(ws, xs, strict=True)) / sw, \
        sum(w * y for w, y in zip(ws, ys, strict=True)) / sw
    sxx = sum(w * (x - mx) ** 2 for w, x in zip(ws, xs, strict=True))
    if sxx <= 0:
        return "Measure at more than one training size first."
    b = sum(w * (x - mx) * (y - my) for w, x, y in zip(ws, xs, ys, strict=True)) / sxx
    a = my - b * mx
    se = math.sqrt(1 / sxx)  # the slope's standard error with known per-point variances
    lo_slope = b - stats.Z95 * se
    if lo_slope <= 0:
        return (f"**Too noisy to project.** The scores ({', '.join(f'{s:.0%}' for s in ys)} at "
                f"{', '.join(str(n) for n, _ in curve)} rows) do not rise beyond the noise of "
                f"{n_eval} held-out rows (±{100 * stats.margin(n_eval, my):.0f} points each). "
                "More held-out rows, or more labeled rows to train on, would tell.")
    def needed(slope: float) -> float:
        return math.exp((target - a) / slope)

    hi_slope = b + stats.Z95 * se
    low, mid, high = needed(hi_slope), needed(b), needed(lo_slope)
    limit = 1e6
    upper = f"{high:,.0f}" if high < limit else "more than a million"
    return (f"Fitting score ≈ {a:.2f} + {b:.3f}·ln(examples) to {len(curve)} points, "
            f"{target:.0%} would take about **{mid:,.0f} labeled examples** (95% range "
            f"{low:,.0f} to {upper}). An extrapolation from a small sample: treat it as an "
            "order of magnitude.")
