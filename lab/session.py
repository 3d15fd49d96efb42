"""The lab's logic, one user's session at a time: load a sample, check the mapping and the
split, estimate, run the techniques side by side, read the results, download them.

Plain functions over a `LabState`; the Gradio app only displays what they return. Sessions
share nothing but the read-only base model: each has its own data, run folder and results.
"""

from __future__ import annotations

import math
import queue
import threading
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from adapters.data import (
    Split,
    detect_task,
    guess_columns,
    parse_rows,
    read_rows,
    rows_to_examples,
    split,
)
from adapters.samples import SAMPLES_DIR, samples
from adapters.techniques import TECHNIQUES, VARIANTS, Progress, Result, RunConfig, Trial
from adapters.training import Cancelled
from advisor.config import Settings
from advisor.errors import TailorError
from lab.estimate import Estimate, all_estimates, cost_per_1k, record

LABELS = {"zero_shot": "Zero-shot prompt", "few_shot": "Few-shot prompt (kNN)",
          "chain_of_thought": "Chain-of-thought prompt", "prompt_tuning": "Soft prompt",
          "lora": "LoRA", "full_finetune": "Full fine-tuning"}
# The advisor's technique for each lab technique, and the lab's stand-in for each advice.
ADVISOR_OF = {"zero_shot": "prompt_engineering", "few_shot": "prompt_engineering",
              "chain_of_thought": "prompt_engineering", "prompt_tuning": "prompt_tuning",
              "lora": "fine_tuning", "full_finetune": "fine_tuning"}
LAB_OF = {"prompt_engineering": "few_shot", "prompt_tuning": "prompt_tuning",
          "fine_tuning": "lora"}
MAX_ROWS = 2000
# One training at a time per process: CPU cores are the bottleneck, two runs would each
# take twice as long. Gradio's queue (concurrency_id "training") shows others their place.
TRAINING_LOCK = threading.Lock()
_CANCEL: dict[str, threading.Event] = {}  # session id -> its cancel flag


@dataclass(frozen=True)
class LabState:
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    source: str = ""
    rows: tuple[dict, ...] = ()
    columns: tuple[str, str] | None = None
    input_name: str = "Input"
    output_name: str = "Output"
    instruction: str = ""
    seed: int = 0
    split: Split | None = None
    estimates: dict[str, Estimate] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)
    selected: tuple[str, ...] = ("zero_shot", "few_shot", "lora")
    curve: tuple[tuple[int, float], ...] = ()  # learning curve: (train size, score)

    @property
    def cancel(self) -> threading.Event:
        return _CANCEL.setdefault(self.id, threading.Event())


def preselect(technique: str | None, runner_up: str | None) -> tuple[str, ...]:
    """The recommendation's pick, its runner-up and the zero-shot baseline, as lab ids."""
    picks = ["zero_shot"]
    for t in (technique, runner_up):
        if t in LAB_OF and LAB_OF[t] not in picks:
            picks.append(LAB_OF[t])
    return tuple(p for p in TECHNIQUES if p in picks)


# --- data in ---------------------------------------------------------------------------------

def load(state: LabState, *, sample: str | None = None, upload: str | None = None,
         pasted: str | None = None) -> LabState:
    """Read rows from a built-in sample, an uploaded file or pasted text, and guess the
    input/output columns. Raises TailorError with what to fix."""
    if sample:
        known = samples()
        if sample not in known:
            raise TailorError(f"No built-in sample '{sample}'.")
        s = known[sample]
        rows = read_rows(SAMPLES_DIR / s.file)
        state = replace(state, input_name=s.input_name, output_name=s.output_name,
                        instruction=s.instruction, source=f"sample: {s.title}")
    elif upload:
        rows = read_rows(upload)
        state = replace(state, source=f"upload: {Path(upload).name}", instruction="",
                        input_name="Input", output_name="Output")
    elif pasted and pasted.strip():
        rows = parse_rows(pasted)
        state = replace(state, source="pasted rows", instruction="", input_name="Input",
                        output_name="Output")
    else:
        raise TailorError("Pick a built-in sample, upload a CSV/TSV/JSONL file, or paste rows "
                          "with a header line.")
    if len(rows) > MAX_ROWS:
        rows = rows[:MAX_ROWS]
    if rows and "messages" in rows[0]:
        examples = rows_to_examples(rows, state.source)
        rows = [{"input": e.input, "output": e.output} for e in examples]
    columns = guess_columns(rows)
    if columns is None and rows and len(rows[0]) >= 2:
        first = [c for c in rows[0] if c is not None]
        columns = (first[0], first[1])  # a guess the user can change in the mapping
    state = replace(state, rows=tuple(rows), columns=columns, results={}, estimates={},
                    curve=(), split=None)
    return prepare(state)


def prepare(state: LabState, columns: tuple[str, str] | None = None,
            input_name: str | None = None, output_name: str | None = None,
            instruction: str | None = None, seed: int | None = None) -> LabState:
    """Apply the mapping and names, split train/eval from the seed."""
    columns = columns or state.columns
    if not state.rows:
        raise TailorError("Load some data first.")
    examples = rows_to_examples(list(state.rows), state.source or "the data", columns)
    task = detect_task(examples)
    default_instruction = task.instruction
    state = replace(state, columns=columns,
                    input_name=(input_name or state.input_name).strip() or "Input",
                    output_name=(output_name or state.output_name).strip() or "Output",
                    instruction=(instruction if instruction is not None else state.instruction)
                    or default_instruction,
                    seed=state.seed if seed is None else int(seed))
    data = split(examples, seed=state.seed, source=state.source,
                 instruction=state.instruction, input_name=state.input_name,
                 output_name=state.output_name)
    return replace(state, split=data, results={}, estimates={}, curve=())


def column_names(state: LabState) -> list[str]:
    return [c for c in (state.rows[0] if state.rows else {}) if c is not None]


def preview_rows(state: LabState, n: int = 8) -> list[list[str]]:
    cols = column_names(state)
    return [[str(r.get(c, ""))[:120] for c in cols] for r in state.rows[:n]]


def summary(state: LabState) -> str:
    """What was detected, in words."""
    if state.split is None:
        return "No data yet."
    d = state.split
    kind = (f"**classification** into {len(d.task.labels)} labels "
            f"({', '.join(d.task.labels)})" if d.task.kind == "classification"
            else "**generation** (free-text outputs)")
    a, b = state.columns or ("?", "?")
    return (f"{len(state.rows)} rows from {state.source}. Input column **{a}**, output column "
            f"**{b}**: {kind}. Split with seed {state.seed}: **{len(d.train)} train / "
            f"{len(d.eval)} held out**, the same held-out rows for every technique.")


# --- before running ---------------------------------------------------------------------------

def _trial(state: LabState, config: RunConfig | None = None, progress=None) -> Trial:
    if state.split is None:
        raise TailorError("Load some data first.")
    settings = Settings.from_env()
    config = config or RunConfig(seed=state.seed)
    config = replace(config, output_dir=settings.data_dir / "lab" / state.id)
    return Trial(state.split, config, progress, state.cancel, settings)


def estimate(state: LabState, config: RunConfig | None = None) -> LabState:
    from adapters.models import load_base

    if state.split is None:
        raise TailorError("Load some data first.")
    base = load_base()
    return replace(state, estimates=all_estimates(state.split, base.model, base.tokenizer,
                                                  config))


def estimate_rows(state: LabState, techniques: tuple[str, ...] | list[str]) -> list[list]:
    rows = []
    for t in techniques:
        e = state.estimates.get(t)
        if e is None:
            continue
        rows.append([LABELS[t], f"{e.total_seconds:.0f} s", f"{e.peak_memory_mb:,.0f} MB",
                     f"{e.trainable_params:,}", f"${e.gpu_usd:,.2f}" if e.gpu_usd else "–",
                     f"${e.vendor_usd:,.4f}" if e.vendor_usd is not None else "n/a",
                     f"${e.cost_per_1k_requests_usd:,.3f}"])
    return rows


ESTIMATE_HEADERS = ["technique", "time here", "memory", "trainable params",
                    "rented GPU", "vendor fine-tune", "per 1k requests"]


# --- running ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Tick:
    """One update while a trial runs."""

    technique: str
    phase: str
    fraction: float  # of this technique, 0-1
    loss: float | None = None
    step: int = 0
    message: str = ""


def run(state: LabState, techniques: list[str] | tuple[str, ...],
        max_seconds: float | None = None, steps: int | None = None
        ) -> Iterator[tuple[LabState, Tick | None, list[tuple[str, int, float]]]]:
    """Run the techniques one after another on the session's split, yielding
    (state, tick, loss points) as training goes. Results accumulate in the state."""
    techniques = [t for t in TECHNIQUES if t in techniques]
    if not techniques:
        raise TailorError("Tick at least one technique to run.")
    if state.split is None:
        raise TailorError("Load some data first.")
    state.cancel.clear()
    events: queue.Queue = queue.Queue()
    losses: list[tuple[str, int, float]] = []
    box: dict[str, Any] = {}

    def progress(p: Progress) -> None:
        events.put(p)

    def work() -> None:
        try:
            with TRAINING_LOCK:
                trial = _trial(state, RunConfig(seed=state.seed, max_seconds=max_seconds,
                                                steps=steps), progress)
                results = dict(state.results)
                for t in techniques:
                    r = trial.run(t)
                    if t in state.estimates:
                        record(r, state.estimates[t])
                    results[t] = r
                    box["results"] = dict(results)
                    events.put(("result", t))
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc
        finally:
            events.put(None)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        yield from _updates(state, events, box, losses)
    finally:
        # A caller that stops listening (a closed tab, a cancelled job) stops the training.
        if thread.is_alive():
            state.cancel.set()
        thread.join()
    if "error" in box and not isinstance(box["error"], Cancelled):
        raise box["error"]


def _updates(state: LabState, events: queue.Queue, box: dict[str, Any],
             losses: list[tuple[str, int, float]]
             ) -> Iterator[tuple[LabState, Tick | None, list[tuple[str, int, float]]]]:
    """Turn the worker's progress events into (state, tick, losses) updates."""
    current = state
    while True:
        item = events.get()
        if item is None:
            break
        if isinstance(item, tuple):
            current = replace(current, results=box["results"])
            yield current, Tick(item[1], "done", 1.0, message="done"), losses
            continue
        p: Progress = item
        if p.phase == "train" and p.loss is not None:
            losses.append((p.technique, p.step, p.loss))
            yield current, Tick(p.technique, "train", p.step / max(1, p.total), p.loss,
                                p.step, f"step {p.step}/{p.total}"), losses
        elif p.phase in ("setup", "eval") and p.step == 0:
            yield current, Tick(p.technique, p.phase, 0.0 if p.phase == "setup" else 0.95,
                                message=p.phase), losses
    if isinstance(box.get("error"), Cancelled):
        yield replace(current, results=box.get("results", current.results)), Tick(
            "", "cancelled", 0.0, message="Cancelled."), losses


def cancel(state: LabState) -> None:
    state.cancel.set()


# --- results -------------------------------------------------------------------------------------

RESULT_HEADERS = ["technique", "score", "vs zero-shot", "train s (est.)", "trainable",
                  "artifact", "prompt tokens", "$ / 1k requests*"]
COST_NOTE = ("*Serving 1,000 requests: vendor API prices for prompts and fine-tuned models "
             "(tuned models cost 2x per token); soft prompts need your own server, priced at "
             "a rented GPU's cost per token.")


def result_rows(state: LabState) -> list[list]:
    base = state.results.get("zero_shot")
    rows = []
    for t in TECHNIQUES:
        r = state.results.get(t)
        if r is None:
            continue
        est = state.estimates.get(t)
        delta = "–" if base is None or t == "zero_shot" else \
            f"{100 * (r.score - base.score):+.1f} pts"
        pct = 100 * r.trainable_params / r.total_params if r.total_params else 0
        rows.append([
            # Soft prompts always say which kind ran; others only when not the default.
            LABELS[t] + (f" ({r.variant})" if t == "prompt_tuning" or r.variant != VARIANTS[t][0]
                         else ""),
            f"{r.score:.3f} {r.metric}", delta,
            f"{r.train_seconds:.1f}" + (f" ({est.train_seconds:.0f})" if est else ""),
            f"{pct:.3g}%", _size(r.adapter_bytes), f"{r.prompt_tokens_per_request:.0f}",
            f"${cost_per_1k(t, r.prompt_tokens_per_request):.3f}",
        ])
    return rows


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def chart_points(state: LabState) -> list[dict[str, Any]]:
    """Score against training cost (seconds here), one point per technique."""
    return [{"technique": LABELS[t], "score": r.score, "train_seconds": r.train_seconds}
            for t in TECHNIQUES if (r := state.results.get(t)) is not None]


def prediction_rows(state: LabState, technique: str) -> list[list[str]]:
    r = state.results.get(technique)
    if r is None:
        return []
    return [[p["input"][:160], p["gold"], p["prediction"],
             "✓" if p["prediction"].strip() == p["gold"].strip() else "✗"]
            for p in r.predictions]


def restate(state: LabState, recommended: str | None, monthly_requests: int | None
            ) -> str:
    """The advisor's recommendation, revisited in the light of what was measured."""
    if not state.results:
        return ""
    volume = monthly_requests or 10_000
    best_t, best = max(state.results.items(), key=lambda kv: kv[1].score)
    lines = [f"**Measured on your sample:** {LABELS[best_t]} scored best "
             f"({best.score:.1%} {best.metric})."]
    for other_t, other in state.results.items():
        if other_t == best_t:
            continue
        gap = 100 * (best.score - other.score)
        monthly = (cost_per_1k(other_t, other.prompt_tokens_per_request)
                   - cost_per_1k(best_t, best.prompt_tokens_per_request)) * volume / 1000
        cost = (f"; at {volume:,} requests a month, serving {LABELS[other_t]} would cost "
                f"${abs(monthly):,.2f} {'more' if monthly > 0 else 'less'} per month"
                if abs(monthly) >= 0.01 else "")
        verdict = (f"tied with {LABELS[other_t]}" if abs(gap) < 0.05
                   else f"beat {LABELS[other_t]} by {gap:.1f} points")
        lines.append(f"- {LABELS[best_t]} {verdict}{cost}.")
    if recommended:
        if ADVISOR_OF[best_t] == recommended:
            lines.append("This agrees with the recommendation.")
        else:
            lines.append(f"This differs from the recommendation ({recommended.replace('_', ' ')})"
                         ": weigh the measured gap against the cost and effort above. A small "
                         "held-out set is noisy; one example here is "
                         f"{100 / max(1, best.n_eval):.0f} points.")
    return "\n".join(lines)


# --- learning curve --------------------------------------------------------------------------

def learning_curve(state: LabState, technique: str, fractions=(0.25, 0.5, 1.0),
                   steps: int | None = None) -> LabState:
    """Scores of one technique at a few training-set sizes, same held-out rows."""
    if state.split is None:
        raise TailorError("Load some data first.")
    full = state.split
    points = []
    with TRAINING_LOCK:
        for f in fractions:
            n = max(len(full.task.labels) or 2, round(len(full.train) * f))
            sub = replace(full, train=full.train[:n])
            trial = Trial(sub, RunConfig(seed=state.seed, steps=steps,
                                         output_dir=Settings.from_env().data_dir / "lab"
                                         / state.id / f"curve-{n}"), None, state.cancel)
            points.append((n, trial.run(technique).score))
    return replace(state, curve=tuple(points))


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


# --- downloads and playground -------------------------------------------------------------------

def download_adapter(state: LabState, technique: str) -> str:
    """A zip of the technique's artifact folder (PEFT loads it as-is after unzipping)."""
    r = state.results.get(technique)
    if r is None:
        raise TailorError(f"Run {LABELS.get(technique, technique)} first.")
    folder = Path(r.artifact_dir)
    target = folder.parent / f"{technique}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for f in folder.rglob("*"):
            if f.is_file():
                z.write(f, f.relative_to(folder))
    return str(target)


def playground(state: LabState, technique: str, text: str) -> str:
    """Ask a trained (or prompted) variant about a new input."""
    import torch

    from adapters import scoring
    from adapters.models import load_base

    r = state.results.get(technique)
    if r is None:
        raise TailorError(f"Run {LABELS.get(technique, technique)} first.")
    text = (text or "").strip()
    if not text:
        raise TailorError("Type an input to try.")
    if len(text) > 2000:
        raise TailorError("Keep the input under 2,000 characters.")
    base = load_base()
    trial = _trial(state)
    model = base.model
    if technique in ("prompt_tuning", "lora"):
        from peft import PeftModel

        model = PeftModel.from_pretrained(base.copy(), r.artifact_dir).eval()
    elif technique == "full_finetune":
        from transformers import AutoModelForCausalLM

        model = AutoModelForCausalLM.from_pretrained(r.artifact_dir).eval()
    prompt = scoring.encode(trial.tok, [trial.fmt.prompt(text)])
    if trial.labels is not None:
        logp = scoring.label_logprobs(model, trial.tok, prompt, trial.labels)[0]
        probs = torch.softmax(logp, -1).tolist()
        ranked = sorted(zip(trial.labels.labels, probs, strict=True), key=lambda x: -x[1])
        return "\n".join(f"**{lab}**: {p:.0%}" if i == 0 else f"{lab}: {p:.0%}"
                         for i, (lab, p) in enumerate(ranked))
    return scoring.generate(model, trial.tok, prompt, 48)[0] or "(empty answer)"
