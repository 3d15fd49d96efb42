"""How a fitted technique answers: a `Predictor`. Evaluation on the held-out rows and the
lab's playground call the same `predict`, so the playground runs exactly what was measured
(demonstrations, calibration, soft prompts and all)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import torch

from adapters import scoring

if TYPE_CHECKING:
    from adapters.trial import Trial


@dataclass
class Answers:
    """A predictor's answers to a batch of inputs."""

    predictions: list[str]  # the label (classification) or the generated text
    logprobs: torch.Tensor | None  # (inputs, labels), calibrated; classification only
    prompt_tokens: list[int]  # what each request sends, virtual tokens included
    notes: list[dict[str, str]] = field(default_factory=list)  # e.g. the chain of thought


class Predictor:
    """Answers new inputs the way the technique was evaluated."""

    def predict(self, texts: list[str]) -> Answers:
        raise NotImplementedError

    def close(self) -> None:
        """Free what the predictor holds outside Python's memory (a vector collection)."""


class LMPredictor(Predictor):
    """A language model behind the trial's prompt format: rank classification over the
    label set, or greedy generation. `prompt` turns inputs into prompt texts (few-shot adds
    demonstrations there); `prior` is subtracted from label log-probabilities (calibration)."""

    def __init__(self, trial: Trial, model: torch.nn.Module,
                 prompt: Callable[[list[str]], list[str]] | None = None,
                 prior: torch.Tensor | None = None, extra_tokens: int = 0) -> None:
        self.trial, self.model = trial, model
        self.prompt = prompt or (lambda texts: [trial.fmt.prompt(t) for t in texts])
        self.prior, self.extra_tokens = prior, extra_tokens

    def encode(self, texts: list[str]) -> list[list[int]]:
        return scoring.encode(self.trial.tok, self.prompt(texts))

    def raw_logprobs(self, prompts: list[list[int]]) -> torch.Tensor:
        """Label log-likelihoods before calibration, shape (inputs, labels)."""
        return scoring.label_logprobs(self.model, self.trial.tok, prompts, self.trial.labels)

    def answer(self, prompts: list[list[int]]) -> Answers:
        """Answers for already-encoded prompts."""
        tokens = [len(p) + self.extra_tokens for p in prompts]
        labels = self.trial.labels
        if labels is None:
            texts = scoring.generate(self.model, self.trial.tok, prompts,
                                     self.trial.config.max_new_tokens)
            return Answers(texts, None, tokens)
        logp = self.raw_logprobs(prompts)
        if self.prior is not None:
            logp = logp - self.prior
        return Answers([labels.names[i] for i in logp.argmax(1).tolist()], logp, tokens)

    def predict(self, texts: list[str]) -> Answers:
        return self.answer(self.encode(texts))


def calibration(trial: Trial, prior: torch.Tensor | None) -> dict[str, float] | None:
    """A prior as {label: log-probability}, for prompt.json."""
    if prior is None or trial.labels is None:
        return None
    return dict(zip(trial.labels.names, prior.tolist(), strict=True))


def prior_from(trial: Trial, saved: dict[str, float] | None) -> torch.Tensor | None:
    """The prior saved by `calibration`, in the trial's label order."""
    if not saved or trial.labels is None:
        return None
    return torch.tensor([saved[name] for name in trial.labels.names])
