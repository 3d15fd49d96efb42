"""Before a run: how long each technique will take here, how much memory, how many weights
train, and what the same run would cost on a rented GPU or a vendor API.

A deliberately simple model: time = tokens / measured throughput. The throughputs come from
the SST-2 benchmark on this machine (bench/results/sst2.json) and are refined by every run
in this process, so the results table can show estimate beside actual.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass

import torch

from adapters.data import Split
from adapters.techniques import DEFAULTS, MIN_STEPS, TECHNIQUES, Result, RunConfig
from advisor.config import ROOT
from advisor.costs import Pricing

# Measured on the project's 2-core CPU with SmolLM2-135M (README, Benchmark). Tokens/second.
MEASURED = {
    "eval_tok_s": {"zero_shot": 3000, "few_shot": 3000, "chain_of_thought": 700,
                   "prompt_tuning": 2300, "lora": 2700, "full_finetune": 2700},
    "train_tok_s": {"prompt_tuning": 450, "lora": 320, "full_finetune": 230},
    "peak_mb": {"zero_shot": 1150, "few_shot": 1650, "chain_of_thought": 1900,
                "prompt_tuning": 2850, "lora": 3200, "full_finetune": 4650},
    "gen_s_per_example": 0.35,  # greedy decoding of a short answer, batched
}
BASE_PARAMS = 134_515_008  # what MEASURED was measured on
GPU_SPEEDUP = 40.0  # a rented data-centre GPU against this 2-core CPU, same model
_lock = threading.Lock()
_observed: dict[str, list[float]] = {}  # technique -> actual/estimated ratios seen


def _load_measured() -> dict:
    """Throughputs from the last benchmark run on this machine, when there is one."""
    measured = json.loads(json.dumps(MEASURED))
    path = ROOT / "bench" / "results" / "sst2.json"
    try:
        rows = json.loads(path.read_text())["results"]
    except (OSError, ValueError, KeyError):
        return measured
    for row in rows:
        t = row["technique"]
        if row.get("eval_tok_s"):
            measured["eval_tok_s"][t] = row["eval_tok_s"]
        if row.get("train_tok_s") and t in measured["train_tok_s"]:
            measured["train_tok_s"][t] = row["train_tok_s"]
        if row.get("peak_mb"):
            measured["peak_mb"][t] = row["peak_mb"]
    return measured


@dataclass(frozen=True)
class Estimate:
    technique: str
    steps: int
    train_seconds: float
    eval_seconds: float
    peak_memory_mb: float
    trainable_params: int
    prompt_tokens_per_request: float
    gpu_usd: float  # the same training on a rented GPU (billed per hour, at least one)
    vendor_usd: float | None  # vendor fine-tuning API, where vendors offer the technique
    cost_per_1k_requests_usd: float

    @property
    def total_seconds(self) -> float:
        return self.train_seconds + self.eval_seconds

    def to_dict(self) -> dict:
        return asdict(self) | {"total_seconds": round(self.total_seconds, 1)}


def trainable_params(technique: str, model: torch.nn.Module, variant: str | None = None,
                     instruction_tokens: int | None = None) -> int:
    """Exact trainable parameters, from the model's shapes, without building the adapter."""
    config = model.config
    if technique in ("zero_shot", "few_shot", "chain_of_thought"):
        return 0
    if technique == "full_finetune":
        return sum(p.numel() for p in model.parameters())
    if technique == "lora":
        r = DEFAULTS["lora"]["r"]
        head = model.get_output_embeddings()
        return sum(r * (m.in_features + m.out_features) for m in model.modules()
                   if isinstance(m, torch.nn.Linear) and m is not head)
    key = f"prompt_tuning:{variant or 'prefix'}"
    tokens = DEFAULTS[key]["virtual_tokens"]
    if key.endswith("prefix") and instruction_tokens:
        tokens = min(tokens, instruction_tokens)  # the prefix starts as the instruction
    if key.endswith("prompt"):
        return tokens * config.hidden_size
    kv = getattr(config, "num_key_value_heads", config.num_attention_heads)
    head_dim = config.hidden_size // config.num_attention_heads
    return tokens * config.num_hidden_layers * 2 * kv * head_dim


@dataclass(frozen=True)
class _Inputs:
    """What every technique's estimate needs, measured once per split."""

    measured: dict
    scale: float  # model size against the one the throughputs were measured on
    fmt_tokens: float  # average prompt length in tokens
    instruction_tokens: int


def _inputs(split: Split, model: torch.nn.Module, tokenizer) -> _Inputs:
    return _Inputs(_load_measured(), sum(p.numel() for p in model.parameters()) / BASE_PARAMS,
                   _avg_tokens(split, tokenizer),
                   len(tokenizer(split.task.instruction + "\n\n").input_ids))


def estimate(technique: str, split: Split, model: torch.nn.Module, tokenizer,
             config: RunConfig | None = None, pricing: Pricing | None = None,
             inputs: _Inputs | None = None) -> Estimate:
    """Time, memory, trainable weights and money for one technique on this split."""
    config = config or RunConfig()
    pricing = pricing or Pricing()
    inputs = inputs or _inputs(split, model, tokenizer)
    measured, scale, fmt_tokens = inputs.measured, inputs.scale, inputs.fmt_tokens
    n_train, n_eval = len(split.train), len(split.eval)
    classification = split.task.kind == "classification"
    demos = len(split.task.labels) if classification else 4
    prompt = {"zero_shot": fmt_tokens, "few_shot": fmt_tokens * (1 + demos),
              "chain_of_thought": fmt_tokens + config.cot_tokens,
              "prompt_tuning": fmt_tokens + min(
                  DEFAULTS["prompt_tuning:prefix"]["virtual_tokens"], inputs.instruction_tokens),
              "lora": fmt_tokens, "full_finetune": fmt_tokens}[technique]
    eval_rate = measured["eval_tok_s"][technique] / scale
    eval_s = n_eval * prompt / eval_rate
    if not classification or technique == "chain_of_thought":
        eval_s += n_eval * measured["gen_s_per_example"] * scale
    steps, train_s, train_tokens = 0, 0.0, 0
    if technique in ("zero_shot", "few_shot"):
        train_s = n_train * prompt / eval_rate  # calibration on the training inputs
    elif technique in measured["train_tok_s"]:
        key = "prompt_tuning:prefix" if technique == "prompt_tuning" else technique
        epochs = config.epochs or DEFAULTS[key]["epochs"]
        per_epoch = max(1, -(-n_train // config.batch_size))
        steps = config.steps or max(MIN_STEPS, round(epochs * per_epoch))
        train_tokens = steps * config.batch_size * fmt_tokens
        train_s = train_tokens / (measured["train_tok_s"][technique] / scale)
        if config.max_seconds:
            train_s = min(train_s, config.max_seconds)
    train_s *= _correction(technique)
    gpu_hours = max(train_s / GPU_SPEEDUP / 3600, pricing.min_gpu_hours) if train_s else 0.0
    vendor = None
    if technique in ("lora", "full_finetune"):
        vendor = round(n_train * fmt_tokens * (config.epochs or 2) *
                       pricing.vendor_training_per_m_tokens / 1e6, 4)
    return Estimate(
        technique=technique, steps=steps, train_seconds=round(train_s, 1),
        eval_seconds=round(eval_s, 1),
        peak_memory_mb=round(measured["peak_mb"][technique] * max(scale, 0.2)),
        trainable_params=trainable_params(technique, model, config.variant,
                                          inputs.instruction_tokens),
        prompt_tokens_per_request=round(prompt, 1),
        gpu_usd=round(gpu_hours * pricing.gpu_hour, 2) if train_s and steps else 0.0,
        vendor_usd=vendor,
        cost_per_1k_requests_usd=cost_per_1k(technique, prompt, pricing),
    )


def cost_per_1k(technique: str, prompt_tokens: float, pricing: Pricing | None = None) -> float:
    """Serving 1,000 requests on a vendor API: prompt plus a short answer. A tuned model
    costs the vendor's tuned-model multiplier; soft prompts need your own server."""
    p = pricing or Pricing()
    if technique == "prompt_tuning":
        return round(1000 * (prompt_tokens + p.output_tokens) * p.self_hosted_per_m / 1e6, 4)
    mult = p.tuned_price_multiplier if technique in ("lora", "full_finetune") else 1.0
    per = prompt_tokens * p.vendor_input_per_m + p.output_tokens * p.vendor_output_per_m
    return round(1000 * per * mult / 1e6, 4)


def _avg_tokens(split: Split, tokenizer) -> float:
    from adapters.prompts import default_format

    fmt = default_format(split.task)
    texts = [fmt.prompt(e.input) for e in split.train[:200]]
    return sum(len(tokenizer(t).input_ids) for t in texts) / max(1, len(texts))


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


def all_estimates(split: Split, model, tokenizer, config: RunConfig | None = None
                  ) -> dict[str, Estimate]:
    inputs = _inputs(split, model, tokenizer)
    return {t: estimate(t, split, model, tokenizer, config, inputs=inputs) for t in TECHNIQUES}
