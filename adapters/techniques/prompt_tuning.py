"""Soft prompts with PEFT; the model stays frozen. `prefix` (P-Tuning v2 / prefix tuning:
learned keys and values at every layer, the default, chosen by measurement) or `prompt`
(Lester et al. 2021: virtual tokens in front of the input, initialised from the embeddings
of the instruction's words)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from adapters.predict import LMPredictor, Predictor
from adapters.registry import Fit, Shape, Technique, TrainConfig, Work
from adapters.techniques.base import peft_how_to_load, trained_work
from adapters.trial import Trial
from tailor.errors import TailorError
from tailor.pricing import Serving

# Defaults by variant. prefix: chosen on five SST-2 tuning splits of 64 rows (bench/tasks.py):
# lr 1e-2 for 5 epochs scored 0.850 ± 0.026; 4 epochs 0.827 ± 0.049; 3 epochs 0.804 ± 0.058;
# lr 5e-3 for 3 epochs (the old default) 0.772 ± 0.116; lr 2e-2 for 3 epochs 0.781 ± 0.070.
DEFAULTS = {"prefix": {"lr": 1e-2, "epochs": 5.0, "virtual_tokens": 32},
            "prompt": {"lr": 3e-2, "epochs": 3.0, "virtual_tokens": 16}}


@dataclass(frozen=True)
class PromptTuningConfig(TrainConfig):
    VARIANTS = ("prefix", "prompt")
    lr: float | None = None  # None: the variant's default
    epochs: float | None = None
    virtual_tokens: int | None = None

    def __post_init__(self) -> None:
        variant = self.variant or self.VARIANTS[0]
        for key, value in DEFAULTS.get(variant, {}).items():
            if getattr(self, key) is None:
                object.__setattr__(self, key, value)
        super().__post_init__()
        if self.virtual_tokens is None or self.virtual_tokens < 1:
            raise TailorError("A soft prompt needs at least one virtual token.")


def _virtual_tokens(config: PromptTuningConfig, instruction_tokens: int) -> int:
    # The prefix starts as the instruction's own keys and values, so it is no longer than it.
    if config.variant == "prefix":
        return min(config.virtual_tokens, instruction_tokens)
    return config.virtual_tokens


def _init_prefix(model, ids: list[int]) -> None:
    """Set a prefix-tuning model's virtual keys/values to the base model's keys/values for
    `ids`, laid out as PEFT's PrefixEncoder expects: per token, per layer, key then value."""
    base = model.get_base_model()
    with torch.no_grad():
        out = base(input_ids=torch.tensor([ids], device=base.device), use_cache=True)
        cache = getattr(out, "cache", None) or out.past_key_values
        rows = []
        for layer in cache.layers:  # keys, values: (1, kv_heads, tokens, head_dim)
            k = layer.keys[0].permute(1, 0, 2).reshape(len(ids), -1)
            v = layer.values[0].permute(1, 0, 2).reshape(len(ids), -1)
            rows += [k, v]
        weight = torch.cat(rows, dim=1)
        encoder = model.prompt_encoder[model.active_adapter]
        encoder.embedding.weight.copy_(weight.to(encoder.embedding.weight.dtype))


class PromptTuning(Technique):
    id = "prompt_tuning"
    name = "Soft prompt"
    family = "prompt_tuning"
    config_class = PromptTuningConfig
    serving = Serving.SELF_HOSTED  # no vendor serves soft prompts
    color = "#f59e0b"
    trains = True
    stands_for_family = True

    def label(self, variant: str) -> str:
        return f"{self.name} ({variant})"  # the two kinds differ enough to always say which

    def fit(self, trial: Trial, config: PromptTuningConfig, out: Path) -> Fit:
        from peft import (
            PrefixTuningConfig,
            PromptTuningInit,
            TaskType,
            get_peft_model,
        )
        from peft import PromptTuningConfig as PeftPromptTuningConfig

        if config.variant == "prompt":
            peft_config = PeftPromptTuningConfig(
                task_type=TaskType.CAUSAL_LM, num_virtual_tokens=config.virtual_tokens,
                prompt_tuning_init=PromptTuningInit.TEXT,
                prompt_tuning_init_text=trial.fmt.instruction,
                tokenizer_name_or_path=trial.base.path)
        else:
            # Random prefixes wreck a small model's behaviour (measured: train loss 0.06,
            # SST-2 dev 56%); starting from the instruction's keys and values starts from
            # zero-shot.
            init_ids = trial.tok(trial.fmt.instruction + "\n\n").input_ids[
                :config.virtual_tokens]
            peft_config = PrefixTuningConfig(task_type=TaskType.CAUSAL_LM,
                                             num_virtual_tokens=len(init_ids))
        torch.manual_seed(trial.config.seed)
        model = get_peft_model(trial.base.copy(), peft_config)
        if config.variant == "prefix":
            _init_prefix(model, init_ids)
        loop = trial.train(self.id, model, lr=config.lr, epochs=config.epochs)
        model.save_pretrained(out)
        trial.save_prompt(out, self.id, variant=config.variant)
        return Fit(LMPredictor(trial, model, extra_tokens=peft_config.num_virtual_tokens), loop)

    def load(self, trial: Trial, artifact: Path) -> Predictor:
        from peft import PeftModel

        model = PeftModel.from_pretrained(trial.base.copy(), artifact).eval()
        return LMPredictor(trial, model,
                           extra_tokens=model.active_peft_config.num_virtual_tokens)

    def how_to_load(self, base_id: str) -> str:
        return peft_how_to_load(base_id)

    def work(self, shape: Shape, config: PromptTuningConfig) -> Work:
        return trained_work(shape, config,
                            extra_prompt=_virtual_tokens(config, shape.instruction_tokens))

    def trainable_params(self, model: torch.nn.Module, config: PromptTuningConfig,
                         shape: Shape) -> int:
        c = model.config
        tokens = _virtual_tokens(config, shape.instruction_tokens)
        if config.variant == "prompt":
            return tokens * c.hidden_size
        kv = getattr(c, "num_key_value_heads", c.num_attention_heads)
        head_dim = c.hidden_size // c.num_attention_heads
        return tokens * c.num_hidden_layers * 2 * kv * head_dim
