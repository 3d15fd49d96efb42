"""Helpers the technique modules share: what scoring and training cost in tokens."""

from __future__ import annotations

from adapters.registry import Shape, TrainConfig, Work
from adapters.training import plan_steps


def scored_tokens(shape: Shape, prompt: float) -> float:
    """Tokens one held-out answer costs in forward passes: the prompt, plus every label's
    tokens for classification (each label is scored as a continuation)."""
    return prompt + shape.n_labels * shape.answer_tokens


def trained_work(shape: Shape, config: TrainConfig, *, extra_prompt: float = 0.0,
                 saves_model: bool = False) -> Work:
    """A training run on a copy of the model, then rank classification or generation."""
    steps = plan_steps(shape.n_fit, shape.batch_size, config.epochs, shape.steps,
                       shape.max_steps)
    prompt = shape.prompt_tokens + extra_prompt
    per_row = shape.prompt_tokens + shape.answer_tokens * (max(1, shape.n_labels)
                                                           if shape.classification else 1)
    return Work(prompt_tokens=prompt,
                eval_tokens=shape.n_eval * scored_tokens(shape, prompt),
                generated_tokens=0 if shape.classification
                else shape.n_eval * (shape.answer_tokens + 1),
                train_tokens=steps * min(shape.batch_size, shape.n_fit) * per_row,
                steps=steps, copies_model=True, saves_model=saves_model)
