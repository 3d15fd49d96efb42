"""The one evaluation every technique goes through.

Classification: rank classification. Each label's likelihood as the continuation of the
prompt; the most likely label wins. When the labels' first tokens differ, one forward pass
per example scores every label at once; otherwise each label is scored in full.
Generation: greedy decoding, exact match and ROUGE-L.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import torch

from adapters.models import autocast, device

BATCH = 32


@dataclass(frozen=True)
class LabelSet:
    """Token ids of each label as a continuation; `first` is set when one pass suffices."""

    labels: tuple[str, ...]
    ids: tuple[tuple[int, ...], ...]
    first: tuple[int, ...] | None


def label_set(tokenizer, labels: tuple[str, ...], answer: Callable[[str], str]) -> LabelSet:
    ids = tuple(tuple(tokenizer(answer(lab), add_special_tokens=False).input_ids)
                for lab in labels)
    firsts = tuple(i[0] for i in ids)
    return LabelSet(labels, ids, firsts if len(set(firsts)) == len(firsts) else None)


def encode(tokenizer, texts: list[str]) -> list[list[int]]:
    return [tokenizer(t).input_ids for t in texts]


def batches(seqs: list[list[int]], size: int = BATCH) -> Iterator[list[int]]:
    """Indices grouped by similar length, so padding stays small."""
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for start in range(0, len(order), size):
        yield order[start: start + size]


def pad(seqs: list[list[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ids and attention mask."""
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for row, s in enumerate(seqs):
        ids[row, : len(s)] = torch.tensor(s)
        mask[row, : len(s)] = 1
    return ids.to(device()), mask.to(device())


@contextlib.contextmanager
def logits_at(model, positions: torch.Tensor, input_len: int) -> Iterator[None]:
    """Compute the LM head only at `positions` (one per row) instead of the whole sequence:
    the vocabulary projection is most of the cost of a short forward pass. Soft prompts
    prepend virtual tokens, so positions are shifted by however many the model added."""
    head = model.get_output_embeddings()

    def pre_hook(module, args):
        hidden = args[0]
        offset = hidden.shape[1] - input_len
        rows = torch.arange(hidden.shape[0], device=hidden.device)
        return (hidden[rows, positions + offset].unsqueeze(1),)

    handle = head.register_forward_pre_hook(pre_hook)
    try:
        yield
    finally:
        handle.remove()


def last_logits(model, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Logits of the next token after each row's last real token, shape (rows, vocab)."""
    last = mask.sum(1) - 1
    with logits_at(model, last, ids.shape[1]):
        return model(input_ids=ids, attention_mask=mask).logits[:, -1].float()


def common_prefix(seqs: list[list[int]]) -> int:
    """Length of the token prefix every sequence shares (the instruction, typically)."""
    first = seqs[0]
    n = min(len(s) for s in seqs) - 1  # keep at least one token per sequence
    for s in seqs[1:]:
        while n > 0 and s[:n] != first[:n]:
            n -= 1
    return max(n, 0)


def _is_prompt_learning(model) -> bool:
    """Soft prompts (PEFT prompt or prefix tuning) bring their own virtual tokens or cache."""
    config = getattr(model, "active_peft_config", None)
    return config is not None and getattr(config, "is_prompt_learning", False)


def label_logprobs(model, tokenizer, prompts: list[list[int]], labels: LabelSet,
                   batch_size: int = BATCH) -> torch.Tensor:
    """Log-likelihood of each label after each prompt, shape (examples, labels).

    The shared instruction is run once and its keys/values reused for every batch, so each
    example costs only its own tokens."""
    out = torch.zeros(len(prompts), len(labels.labels))
    pad_id = tokenizer.pad_token_id
    with torch.inference_mode(), autocast():
        if labels.first is not None:
            first = torch.tensor(labels.first, device=device())
            shared = (common_prefix(prompts)
                      if not _is_prompt_learning(model) and len(prompts) > 1 else 0)
            cache = None
            if shared:
                prefix = torch.tensor([prompts[0][:shared]], device=device())
                res = model(input_ids=prefix, use_cache=True)
                cache = getattr(res, "cache", None) or res.past_key_values
            for idx in batches(prompts, batch_size):
                if cache is None:
                    ids, mask = pad([prompts[i] for i in idx], pad_id)
                    out[idx] = last_logits(model, ids, mask).log_softmax(-1)[:, first].cpu()
                    continue
                ids, mask = pad([prompts[i][shared:] for i in idx], pad_id)
                batch_cache = copy.deepcopy(cache)
                batch_cache.batch_repeat_interleave(len(idx))
                full_mask = torch.cat([torch.ones(len(idx), shared, dtype=mask.dtype,
                                                  device=mask.device), mask], dim=1)
                with logits_at(model, mask.sum(1) - 1, ids.shape[1]):
                    logits = model(input_ids=ids, attention_mask=full_mask,
                                   past_key_values=batch_cache, use_cache=True).logits[:, -1]
                out[idx] = logits.float().log_softmax(-1)[:, first].cpu()
            return out
        for j, lab_ids in enumerate(labels.ids):
            seqs = [p + list(lab_ids) for p in prompts]
            for idx in batches(seqs, batch_size):
                ids, mask = pad([seqs[i] for i in idx], pad_id)
                logp = model(input_ids=ids, attention_mask=mask).logits.float().log_softmax(-1)
                logp = logp[:, -ids.shape[1]:]  # drop virtual tokens, if any
                for row, i in enumerate(idx):
                    start = len(prompts[i])
                    tgt = torch.tensor(lab_ids, device=logp.device)
                    pos = torch.arange(start - 1, start - 1 + len(lab_ids), device=logp.device)
                    out[i, j] = logp[row, pos, tgt].sum().cpu()
    return out


def _greedy_without_cache(model, tokenizer, seqs: list[list[int]], max_new_tokens: int,
                          stop: str) -> list[list[int]]:
    """Greedy decoding by full forward passes. With transformers 5 and PEFT 0.21,
    `generate()` drops soft prompts after the first token (measured: a prefix-tuned model
    generated exactly what the base model did), so soft-prompt models decode here."""
    new: list[list[int]] = [[] for _ in seqs]
    done = [False] * len(seqs)
    for _ in range(max_new_tokens):
        rows = [i for i, d in enumerate(done) if not d]
        if not rows:
            break
        ids, mask = pad([seqs[i] + new[i] for i in rows], tokenizer.pad_token_id)
        nxt = last_logits(model, ids, mask).argmax(-1).tolist()
        for i, token in zip(rows, nxt, strict=True):
            new[i].append(token)
            text = tokenizer.decode(new[i], skip_special_tokens=True).lstrip()
            if token == tokenizer.eos_token_id or (stop and stop in text):
                done[i] = True
    return new


def generate(model, tokenizer, prompts: list[list[int]], max_new_tokens: int,
             batch_size: int = 48, stop: str = "\n") -> list[str]:
    """Greedy continuations, cut at the first `stop`."""
    texts: list[str] = [""] * len(prompts)
    pad_id = tokenizer.pad_token_id
    with torch.inference_mode(), autocast():
        if _is_prompt_learning(model):
            for idx in batches(prompts, batch_size):
                out = _greedy_without_cache(model, tokenizer, [prompts[i] for i in idx],
                                            max_new_tokens, stop)
                for row, i in enumerate(idx):
                    text = tokenizer.decode(out[row], skip_special_tokens=True).lstrip()
                    texts[i] = text.split(stop)[0].strip() if stop else text.strip()
            return texts
        for idx in batches(prompts, batch_size):
            seqs = [prompts[i] for i in idx]
            width = max(len(s) for s in seqs)
            # Left padding for generation, so every row continues from its last token.
            ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
            mask = torch.zeros_like(ids)
            for row, s in enumerate(seqs):
                ids[row, width - len(s):] = torch.tensor(s)
                mask[row, width - len(s):] = 1
            out = model.generate(input_ids=ids.to(device()), attention_mask=mask.to(device()),
                                 max_new_tokens=max_new_tokens, do_sample=False,
                                 pad_token_id=pad_id)
            for row, i in enumerate(idx):
                text = tokenizer.decode(out[row, width:], skip_special_tokens=True)
                # Small models often open with a blank line; the answer is what follows.
                text = text.lstrip()
                texts[i] = text.split(stop)[0].strip() if stop else text.strip()
    return texts


# --- metrics -------------------------------------------------------------------------------

def accuracy(pred: list[str], gold: list[str]) -> float:
    return sum(p == g for p, g in zip(pred, gold, strict=True)) / max(1, len(gold))


def macro_f1(pred: list[str], gold: list[str], labels: tuple[str, ...]) -> float:
    scores = []
    for lab in labels:
        tp = sum(p == lab and g == lab for p, g in zip(pred, gold, strict=True))
        fp = sum(p == lab and g != lab for p, g in zip(pred, gold, strict=True))
        fn = sum(p != lab and g == lab for p, g in zip(pred, gold, strict=True))
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return sum(scores) / max(1, len(scores))


def _norm(text: str) -> list[str]:
    return "".join(c.lower() if c.isalnum() else " " for c in text).split()


def rouge_l(pred: str, gold: str) -> float:
    """ROUGE-L F1 over lower-cased word tokens (longest common subsequence)."""
    a, b = _norm(pred), _norm(gold)
    if not a or not b:
        return float(a == b)
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[-1]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


def exact_match(pred: list[str], gold: list[str]) -> float:
    return sum(_norm(p) == _norm(g) for p, g in zip(pred, gold, strict=True)) / max(1, len(gold))
