"""Before a run: how long each technique will take here, how much memory, how many weights
train, and what the same run would cost on a rented GPU or a vendor API.

Each technique describes the work a run does (`Technique.work`: tokens scored, generated and
trained, texts embedded, a model copied or saved); this module times that work with the
throughputs fitted to the benchmark on this machine (bench/results/throughputs.json), and refines
them with every run in this process, so the results table can show estimate beside actual.
"""

from __future__ import annotations

import json
import statistics
import threading
from dataclasses import asdict, dataclass

import torch

from adapters.data import Split
from adapters.models import load_base
from adapters.registry import Shape, TechniqueConfig, Work
from adapters.techniques import REGISTRY
from adapters.trial import Result, RunConfig, measure_shape
from tailor.pricing import Pricing, Serving
from tailor.settings import ROOT

# Fitted by bench.calibrate on SST-2's report splits (decoding also on the rewriting
# sample's zero-shot runs) on the project's 2-core CPU with SmolLM2-135M (README,
# Benchmarks); bench/results/throughputs.json overrides them. The soft prompt's two rates
# were refitted the same way on its rerun once it shared the instruction's cache
# (bench/results/trial-report-3.json, SST-2).
MEASURED = {
    # tokens scored without gradients, evaluating (what each technique's prompts share differs)
    "forward_tok_s": {"zero_shot": 760.7, "few_shot": 810.4, "prompt_tuning": 809.6,
                      "lora": 723.5, "full_finetune": 795.6,
                      "default": 795.6},
    # the same, preparing (calibration, the prompt search)
    "prepare_tok_s": {"zero_shot": 758.8, "few_shot": 993.6, "optimized_prompt": 571.2,
                      "default": 758.8},
    "gen_s_per_token": 0.00336,  # greedy decoding: per row and new token
    "decode_step_s": 0.0336,  # and per batched step, whatever the batch holds
    "embed_texts_s": 185.0,
    "copy_s": 0.3,  # a private copy of the base model
    "save_model_s": 1.5,
    "train_tok_s": {"prompt_tuning": 250.1, "lora": 167.8, "full_finetune": 142.3,
                    "default": 167.8},
    "peak_mb": {"zero_shot": 1150, "few_shot": 1650, "chain_of_thought": 1900,
                "prompt_tuning": 2850, "lora": 3200, "full_finetune": 4650},
}
BASE_PARAMS = 134_515_008  # what MEASURED was measured on
GPU_SPEEDUP = 40.0  # a rented data-centre GPU against this 2-core CPU, same model
_lock = threading.Lock()
_observed: dict[str, list[float]] = {}  # technique -> actual/estimated ratios seen


def _load_measured() -> dict:
    """Throughputs fitted to the last trial benchmark on this machine (`python -m
    bench.calibrate` writes bench/results/throughputs.json), when there is one; the
    constants above otherwise."""
    measured = json.loads(json.dumps(MEASURED))
    path = ROOT / "bench" / "results" / "throughputs.json"
    try:
        fitted = json.loads(path.read_text())["measured"]
    except (OSError, ValueError, KeyError):
        return measured
    for key, value in fitted.items():
        if isinstance(value, dict) and isinstance(measured.get(key), dict):
            measured[key].update(value)
        elif key in measured:
            measured[key] = value
    return measured


def _rate(measured: dict, key: str, technique: str) -> float:
    """A per-technique throughput (prompts differ in how much they share), else the default."""
    value = measured[key]
    if not isinstance(value, dict):
        return float(value)
    return float(value.get(technique) or value.get("default") or
                 statistics.median(value.values()))


@dataclass(frozen=True)
class Estimate:
    technique: str
    steps: int
    train_seconds: float  # everything before evaluation: preparing or training
    eval_seconds: float
    peak_memory_mb: float
    trainable_params: int
    prompt_tokens_per_request: float
    gpu_usd: float  # the same training on a rented GPU (billed per hour, at least one)
    vendor_usd: float | None  # vendor fine-tuning API, where vendors offer the technique
    cost_per_1k_requests_usd: float
    # Evaluation's cheapest and dearest seconds, when the run settles its prompt as it goes
    # (eval_seconds is then their midpoint).
    eval_seconds_range: tuple[float, float] | None = None

    @property
    def total_seconds(self) -> float:
        return self.train_seconds + self.eval_seconds

    @property
    def total_range(self) -> tuple[float, float]:
        lo, hi = self.eval_seconds_range or (self.eval_seconds, self.eval_seconds)
        return self.train_seconds + lo, self.train_seconds + hi

    def to_dict(self) -> dict:
        return asdict(self) | {"total_seconds": round(self.total_seconds, 1)}


def seconds(technique: str, work: Work, measured: dict, scale: float,
            eval_tokens: float | None = None) -> tuple[float, float]:
    """(before evaluation, evaluation) seconds for the work, on this machine; `eval_tokens`
    replaces the work's own count (one end of its range)."""
    fwd = _rate(measured, "forward_tok_s", technique) / scale
    prep = _rate(measured, "prepare_tok_s", technique) / scale
    train_rate = _rate(measured, "train_tok_s", technique) / scale
    gen = measured["gen_s_per_token"] * scale
    step = measured["decode_step_s"] * scale
    before = (work.prepare_tokens / prep + work.embedded_texts / measured["embed_texts_s"]
              + work.prepare_generated_tokens * gen + work.prepare_decode_steps * step
              + work.train_tokens / train_rate
              + (measured["copy_s"] * scale if work.copies_model else 0.0)
              + (measured["save_model_s"] * scale if work.saves_model else 0.0))
    tokens = work.eval_tokens if eval_tokens is None else eval_tokens
    return before, tokens / fwd + work.generated_tokens * gen + work.decode_steps * step


def estimate(technique: str, shape: Shape, model: torch.nn.Module,
             config: TechniqueConfig | None = None, pricing: Pricing | None = None,
             max_seconds: float | None = None, measured: dict | None = None) -> Estimate:
    """Time, memory, trainable weights and money for one technique on a split's shape."""
    spec = REGISTRY.get(technique)
    config = config or spec.config()
    pricing = pricing or Pricing()
    measured = measured or _load_measured()
    scale = sum(p.numel() for p in model.parameters()) / BASE_PARAMS
    work = spec.work(shape, config)
    before, evaluation = seconds(technique, work, measured, scale)
    span = None
    if work.eval_tokens_range:
        span = tuple(round(seconds(technique, work, measured, scale, n)[1], 1)
                     for n in work.eval_tokens_range)
    if spec.trains and max_seconds:
        before = min(before, max_seconds)
    before *= _correction(technique)
    trained = spec.trains and work.train_tokens > 0
    gpu_hours = max(before / GPU_SPEEDUP / 3600, pricing.min_gpu_hours) if trained else 0.0
    vendor = None
    if spec.serving == Serving.VENDOR_TUNED:
        epochs = getattr(config, "epochs", pricing.epochs)
        vendor = round(shape.n_train * shape.prompt_tokens * epochs
                       * pricing.vendor_training_per_m_tokens / 1e6, 4)
    base_mb = measured["peak_mb"].get(technique) or measured["peak_mb"]["zero_shot"] * (
        3 if spec.trains else 1)
    return Estimate(
        technique=technique, steps=work.steps, train_seconds=round(before, 1),
        eval_seconds=round(evaluation, 1), peak_memory_mb=round(base_mb * max(scale, 0.2)),
        trainable_params=spec.trainable_params(model, config, shape),
        prompt_tokens_per_request=round(work.prompt_tokens, 1),
        gpu_usd=round(gpu_hours * pricing.gpu_hour, 2), vendor_usd=vendor,
        cost_per_1k_requests_usd=pricing.per_1k(work.prompt_tokens, spec.serving),
        eval_seconds_range=span,
    )


def record(result: Result, est: Estimate) -> None:
    """Learn from a finished run: later estimates for this technique scale by how far off
    the earlier ones were."""
    if est.train_seconds > 0.5 and result.train_seconds > 0:
        # The estimate already includes the correction in force; learn the raw ratio.
        ratio = result.train_seconds / (est.train_seconds / _correction(result.technique))
        with _lock:
            _observed.setdefault(result.technique, []).append(ratio)


def _correction(technique: str) -> float:
    with _lock:
        seen = _observed.get(technique, [])[-5:]
    return sum(seen) / len(seen) if seen else 1.0


def all_estimates(split: Split, config: RunConfig | None = None) -> dict[str, Estimate]:
    """Every registered technique's estimate for this split, on the trial's model."""
    config = config or RunConfig()
    base = load_base(config.model)
    shape = measure_shape(split, base.tokenizer, config)
    measured = _load_measured()
    return {t.id: estimate(t.id, shape, base.model, max_seconds=config.max_seconds,
                           measured=measured) for t in REGISTRY}
