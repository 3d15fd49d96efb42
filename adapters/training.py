"""A linear, readable training loop shared by soft prompts, LoRA and full fine-tuning.

The loss is the answer's likelihood given the prompt. For classification it is the cross
entropy of the label among the labels at the answer position, which is exactly what rank
classification evaluates; for generation it is the usual next-token loss on the answer.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import torch

from adapters.models import autocast, device
from adapters.scoring import LabelSet, label_scores, pad
from tailor.errors import TailorError

MIN_STEPS = 12  # tiny samples still get enough updates to move


class Cancelled(TailorError):
    """The user cancelled the run."""


def plan_steps(n_examples: int, batch_size: int, epochs: float, steps: int | None = None
               ) -> int:
    """Optimizer steps for a run: `steps` when given, else epochs over the data, at least
    MIN_STEPS. The estimator and the training loop both count steps here."""
    if steps:
        return steps
    per_epoch = max(1, -(-n_examples // batch_size))
    return max(MIN_STEPS, round(epochs * per_epoch))


@dataclass(frozen=True)
class Batch:
    ids: torch.Tensor
    mask: torch.Tensor
    target: torch.Tensor  # label index per row (classification) or token labels (generation)
    tokens: int


def classification_batch(prompts: list[list[int]], gold: list[int], pad_id: int) -> Batch:
    ids, mask = pad(prompts, pad_id)
    return Batch(ids, mask, torch.tensor(gold, device=device()), int(mask.sum()))


def generation_batch(prompts: list[list[int]], answers: list[list[int]], pad_id: int) -> Batch:
    seqs = [p + a for p, a in zip(prompts, answers, strict=True)]
    ids, mask = pad(seqs, pad_id)
    labels = torch.full_like(ids, -100)
    for row, (p, a) in enumerate(zip(prompts, answers, strict=True)):
        labels[row, len(p): len(p) + len(a)] = torch.tensor(a)
    return Batch(ids, mask, labels, int(mask.sum()))


def loss_fn(model, batch: Batch, labels: LabelSet | None) -> torch.Tensor:
    """Classification: cross entropy of the gold label among the labels, each scored over
    all its tokens, exactly as evaluation ranks them. Generation: next-token loss on the
    answer."""
    if labels is not None:
        return torch.nn.functional.cross_entropy(
            label_scores(model, batch.ids, batch.mask, labels), batch.target)
    out = model(input_ids=batch.ids, attention_mask=batch.mask)
    logits = out.logits[:, -batch.ids.shape[1]:].float()  # drop virtual tokens, if any
    return torch.nn.functional.cross_entropy(
        logits[:, :-1].reshape(-1, logits.shape[-1]), batch.target[:, 1:].reshape(-1),
        ignore_index=-100)


def _epoch_batches(rng: random.Random, n: int, size: int, lengths: list[int] | None
                   ) -> list[list[int]]:
    """Shuffle, then group neighbours in length so little compute goes to padding."""
    idx = list(range(n))
    rng.shuffle(idx)
    if lengths is not None:
        idx.sort(key=lambda i: lengths[i])
    batches = [idx[i: i + size] for i in range(0, n, size)]
    rng.shuffle(batches)
    return batches


@dataclass
class LoopResult:
    curve: list[tuple[int, float]]
    seconds: float
    steps: int
    tokens: int
    stopped: str | None  # None, "time budget"


def train(model: torch.nn.Module, make_batch: Callable[[list[int]], Batch], n_examples: int,
          labels: LabelSet | None, *, steps: int, lr: float, batch_size: int, seed: int,
          max_seconds: float | None = None, warmup: float = 0.1,
          lengths: list[int] | None = None,
          on_step: Callable[[int, int, float], None] | None = None,
          cancel: threading.Event | None = None) -> LoopResult:
    """Train the parameters that require grad; returns the loss curve."""
    torch.manual_seed(seed)
    params = [p for p in model.parameters() if p.requires_grad]
    # The fused kernel updates all parameters in one pass: much faster for full fine-tuning.
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.0, fused=True)
    warm = max(1, int(steps * warmup))

    def schedule(step: int) -> float:  # linear warm-up, then cosine decay to 10%
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / max(1, steps - warm)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, schedule)
    rng = random.Random(seed)
    order: list[list[int]] = []
    curve: list[tuple[int, float]] = []
    tokens = 0
    stopped = None
    start = time.perf_counter()
    model.train()
    for step in range(steps):
        if cancel is not None and cancel.is_set():
            raise Cancelled("Cancelled. Nothing was saved from this run.")
        if max_seconds is not None and time.perf_counter() - start > max_seconds:
            stopped = "time budget"
            break
        if not order:  # a fresh epoch: batches of similar length, in random order
            order = _epoch_batches(rng, n_examples, batch_size, lengths)
        idx = order.pop()
        batch = make_batch(idx)
        with autocast():
            loss = loss_fn(model, batch, labels)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        tokens += batch.tokens
        curve.append((step + 1, round(loss.item(), 4)))
        if on_step is not None:
            on_step(step + 1, steps, loss.item())
    model.eval()
    return LoopResult(curve, time.perf_counter() - start, len(curve), tokens, stopped)
