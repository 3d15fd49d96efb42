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
from dataclasses import dataclass, field

import torch

from adapters.models import autocast, device
from adapters.scoring import LabelSet, cache_of, label_scores, pad, reader
from tailor.errors import TailorError

MIN_STEPS = 12  # tiny samples still get enough updates to move


class Cancelled(TailorError):
    """The user cancelled the run."""


def plan_steps(n_examples: int, batch_size: int, epochs: float, steps: int | None = None,
               cap: int | None = None) -> int:
    """Optimizer steps for a run: `steps` when given, else epochs over the data, at least
    MIN_STEPS, at most `cap` (a deployment's limit). The estimator and the training loop
    both count steps here."""
    if steps:
        planned = steps
    else:
        per_epoch = max(1, -(-n_examples // batch_size))
        planned = max(MIN_STEPS, round(epochs * per_epoch))
    return min(planned, cap) if cap else planned


@dataclass(frozen=True)
class Batch:
    ids: torch.Tensor
    mask: torch.Tensor
    target: torch.Tensor  # label index per row (classification) or token labels (generation)
    tokens: int  # prompt tokens the step runs through the model
    shared: int = 0  # leading tokens every row has in common (the instruction)


def classification_batch(prompts: list[list[int]], gold: list[int], pad_id: int,
                         shared: int = 0) -> Batch:
    ids, mask = pad(prompts, pad_id)
    # The shared instruction runs once per batch (loss_fn), so it counts once: throughput
    # is then what the hardware did, not what it would have done row by row.
    tokens = shared + int(mask[:, shared:].sum())
    return Batch(ids, mask, torch.tensor(gold, device=device()), tokens, shared)


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
        n = batch.shared
        if n:
            # The instruction every row shares runs once (with gradients, after any soft
            # prompt) and its keys and values serve the whole batch: a third fewer tokens
            # per step on short inputs.
            prefix = model(input_ids=batch.ids[:1, :n], use_cache=True)
            past = cache_of(prefix)
            past.batch_repeat_interleave(batch.ids.shape[0])
            scores = label_scores(reader(model), batch.ids[:, n:], batch.mask[:, n:], labels,
                                  past)
        else:
            scores = label_scores(model, batch.ids, batch.mask, labels)
        return torch.nn.functional.cross_entropy(scores, batch.target)
    out = model(input_ids=batch.ids, attention_mask=batch.mask)
    logits = out.logits[:, -batch.ids.shape[1]:].float()  # drop virtual tokens, if any
    return torch.nn.functional.cross_entropy(
        logits[:, :-1].reshape(-1, logits.shape[-1]), batch.target[:, 1:].reshape(-1),
        ignore_index=-100)


def _epoch_batches(rng: random.Random, rows: list[int], size: int, lengths: list[int] | None
                   ) -> list[list[int]]:
    """Shuffle, then group neighbours in length so little compute goes to padding."""
    idx = list(rows)
    rng.shuffle(idx)
    if lengths is not None:
        idx.sort(key=lambda i: lengths[i])
    batches = [idx[i: i + size] for i in range(0, len(idx), size)]
    rng.shuffle(batches)
    return batches


@dataclass
class LoopResult:
    curve: list[tuple[int, float]]
    seconds: float
    steps: int
    tokens: int
    stopped: str | None  # None, "time budget", "early stopping"
    val_curve: list[tuple[int, float]] = field(default_factory=list)
    best_step: int | None = None  # the step whose weights were kept (validation)


@dataclass(frozen=True)
class Validation:
    """Rows held back from the training rows (never the held-out rows) to decide when to
    stop: their loss is checked every `every` steps, training stops after `patience` checks
    without improvement, and the best weights seen are the ones kept."""

    loss: Callable[[], float]
    every: int
    patience: int = 3
    # No stopping in the first half of the plan: on a few dozen rows the validation loss often
    # rises for a while before it falls (measured: stopping at the first rise left LoRA at
    # chance on 2 of 5 SST-2 tuning splits).
    min_fraction: float = 0.5


def _trainable_state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def train(model: torch.nn.Module, make_batch: Callable[[list[int]], Batch],
          rows: list[int], labels: LabelSet | None, *, steps: int, lr: float,
          batch_size: int, seed: int, max_seconds: float | None = None, warmup: float = 0.1,
          lengths: list[int] | None = None,
          on_step: Callable[[int, int, float], None] | None = None,
          cancel: threading.Event | None = None,
          validation: Validation | None = None) -> LoopResult:
    """Train the parameters that require grad on `rows` (indices for `make_batch`)."""
    torch.manual_seed(seed)
    params = [p for p in model.parameters() if p.requires_grad]
    # The fused kernel updates all parameters in one pass: much faster for full fine-tuning.
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.0, fused=True)
    plan = {"steps": steps, "warm": max(1, int(steps * warmup))}

    def schedule(step: int) -> float:  # linear warm-up, then cosine decay to 10%
        if step < plan["warm"]:
            return (step + 1) / plan["warm"]
        progress = min(1.0, (step - plan["warm"]) / max(1, plan["steps"] - plan["warm"]))
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, schedule)
    rng = random.Random(seed)
    order: list[list[int]] = []
    curve: list[tuple[int, float]] = []
    val_curve: list[tuple[int, float]] = []
    best: tuple[float, int, dict[str, torch.Tensor]] | None = None
    misses, tokens, stopped = 0, 0, None
    start = time.perf_counter()
    model.train()
    step = 0
    while step < plan["steps"]:
        if cancel is not None and cancel.is_set():
            raise Cancelled("Cancelled. Nothing was saved from this run.")
        if not order:  # a fresh epoch: batches of similar length, in random order
            order = _epoch_batches(rng, rows, batch_size, lengths)
        batch = make_batch(order.pop())
        with autocast():
            loss = loss_fn(model, batch, labels)
        value = loss.item()
        # Diverged: not a number, or far above where it started (a loss of hundreds where
        # it began near 1 is a model pushed off a cliff, even while it stays finite).
        if not math.isfinite(value) or (curve and value > max(50 * curve[0][1], 20.0)):
            raise TailorError(f"Training diverged: the loss went to {value:.4g} at step "
                              f"{step + 1}. The learning rate ({lr:g}) is too high for this "
                              "data; lower it, or check the rows for empty or garbled text.")
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        tokens += batch.tokens
        curve.append((step, round(value, 4)))
        if on_step is not None:
            on_step(step, plan["steps"], value)
        elapsed = time.perf_counter() - start
        if max_seconds is not None and step == 2 and plan["steps"] > 2:
            # Fit the plan to the time budget, so the learning rate still decays to its end.
            fits = int(max_seconds / (elapsed / step))
            if fits < plan["steps"]:
                plan["steps"], stopped = max(step, fits), "time budget"
        if validation is not None and (step % validation.every == 0 or step == plan["steps"]):
            model.eval()
            value = validation.loss()
            model.train()
            val_curve.append((step, round(value, 4)))
            if best is None or value < best[0] - 1e-4:
                best, misses = (value, step, _trainable_state(model)), 0
            elif step >= validation.min_fraction * plan["steps"]:
                misses += 1
                if misses >= validation.patience:
                    stopped = "early stopping"
                    break
        if max_seconds is not None and elapsed > max_seconds:
            stopped = "time budget"
            break
    model.eval()
    best_step = None
    if best is not None:
        best_step = best[1]
        if best_step != step:
            with torch.no_grad():
                for name, p in model.named_parameters():
                    if name in best[2]:
                        p.copy_(best[2][name])
    return LoopResult(curve, time.perf_counter() - start, len(curve), tokens, stopped,
                      val_curve, best_step)
