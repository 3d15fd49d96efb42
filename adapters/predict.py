"""How a fitted technique answers: a `Predictor`. Evaluation on the held-out rows and the
lab's playground call the same `predict`, so the playground runs exactly what was measured
(demonstrations, calibration, soft prompts and all)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import torch

from adapters import scoring
from adapters.prompts import COT_TRIGGER

if TYPE_CHECKING:
    from adapters.trial import Trial


@dataclass
class Answers:
    """A predictor's answers to a batch of inputs."""

    predictions: list[str]  # the label (classification) or the generated text
    logprobs: torch.Tensor | None  # (inputs, labels), calibrated; classification only
    prompt_tokens: list[int]  # what each request sends, virtual tokens included
    notes: list[dict[str, str]] = field(default_factory=list)  # e.g. the chain of thought
    usage: Any = None  # tailor.endpoint.Usage, for a remote model
    unparseable: int = 0  # answers that named no label (remote classification)


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


class EndpointPredictor(Predictor):
    """The founder's own model behind an OpenAI-compatible endpoint, prompted in chat form:
    the instruction as the system message, demonstrations as earlier turns, the input last.
    Classification ranks labels by log-probabilities when the server returns them, and
    otherwise reads the answer with a strict matcher (see tailor.endpoint)."""

    def __init__(self, trial: Trial, demos: Callable[[list[str]], list[list]] | None = None,
                 reasoning: bool = False, instruction: str | None = None) -> None:
        self.trial, self.demos, self.reasoning = trial, demos, reasoning
        self.instruction = instruction or trial.fmt.instruction
        self.config = trial.config.endpoint
        self.usage = None

    def _system(self) -> str:
        task = self.trial.task
        text = self.instruction
        if task.kind == "classification":
            text += (f"\nAnswer with exactly one of: {', '.join(task.labels)}. "
                     + ("Think step by step, then give the label alone on the last line, "
                        "after 'Answer:'." if self.reasoning else "Reply with the label only."))
        return text

    def conversations(self, texts: list[str]) -> list[list[dict[str, str]] | str]:
        fmt = self.trial.fmt
        shots = self.demos(texts) if self.demos else [[] for _ in texts]
        if self.config.api == "completions":  # the local model's own prompt, as raw text
            suffix = " " + COT_TRIGGER if self.reasoning else ""
            fmt = replace(fmt, instruction=self.instruction)
            return [fmt.prompt(t, d) + suffix for t, d in zip(texts, shots, strict=True)]
        out = []
        for text, demos in zip(texts, shots, strict=True):
            messages = [{"role": "system", "content": self._system()}]
            for d in demos:
                messages += [{"role": "user", "content": f"{fmt.input_prefix}{d.input}"},
                             {"role": "assistant", "content": d.output}]
            messages.append({"role": "user", "content": f"{fmt.input_prefix}{text}"})
            out.append(messages)
        return out

    def predict(self, texts: list[str]) -> Answers:
        from tailor import endpoint

        labels = self.trial.labels
        classify = labels is not None
        max_tokens = (self.trial.config.max_new_tokens + 64 if self.reasoning
                      else max(8, 2 * max(len(i) for i in labels.ids)) if classify
                      else self.trial.config.max_new_tokens)
        replies = endpoint.complete_all(self.config, self.conversations(texts), max_tokens,
                                        want_logprobs=classify and not self.reasoning)
        self.usage = endpoint.Usage()
        for r in replies:
            self.usage.add(r.usage)
        tokens = [r.usage.prompt_tokens for r in replies]
        notes = [{"answer": r.text[:500]} for r in replies]
        if not classify:
            return Answers([r.text.strip().split("\n")[0].strip() for r in replies], None,
                           tokens, notes, usage=self.usage)
        names = labels.names
        logp = _label_logprobs(replies, names)
        preds, unparseable = [], 0
        for i, r in enumerate(replies):
            label = endpoint.match_label(r.text, names)
            if logp is not None and logp[i].isfinite().any():
                label = names[int(logp[i].argmax())]
            if label is None:
                unparseable += 1
                label = f"(unparseable) {r.text.strip()[:80]}"
            preds.append(label)
        return Answers(preds, logp, tokens, notes, usage=self.usage, unparseable=unparseable)


def _label_logprobs(replies: list, names: tuple[str, ...]) -> torch.Tensor | None:
    """Label log-probabilities from the first token's alternatives, when every reply has
    them and the labels start differently; None otherwise (the matcher decides)."""
    firsts = [n.strip().lower().split(" ")[0] for n in names]
    if len(set(firsts)) != len(firsts) or any(r.first_token_logprobs is None for r in replies):
        return None
    out = torch.full((len(replies), len(names)), float("-inf"))
    for i, r in enumerate(replies):
        for token, lp in r.first_token_logprobs.items():
            t = token.strip().lower()
            if not t:
                continue
            for j, first in enumerate(firsts):
                if first.startswith(t) and lp > out[i, j]:
                    out[i, j] = lp
    return out
