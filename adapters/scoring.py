"""The one evaluation every technique goes through.

Classification: rank classification. Each label's whole token sequence is scored as the
continuation of the prompt; the most likely label wins. The prompt is encoded once: its last
position scores every label's first token, and the remaining label tokens run from the
prompt's cache, all labels at once. So labels that share first tokens ("book flight" /
"book hotel"), multi-word, numeric and unicode labels, and twenty-odd classes all work, in
evaluation and in training alike.
Generation: greedy decoding, exact match and ROUGE-L.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import torch
from transformers import StoppingCriteria

from adapters.models import autocast, device
from tailor.errors import TailorError

BATCH = 32


@dataclass(frozen=True)
class LabelSet:
    """The labels and the token ids of each as a continuation of the prompt."""

    names: tuple[str, ...]
    ids: tuple[tuple[int, ...], ...]

    @property
    def longest(self) -> int:
        return max(len(i) for i in self.ids)


def label_set(tokenizer, labels: tuple[str, ...], answer: Callable[[str], str]) -> LabelSet:
    ids = tuple(tuple(tokenizer(answer(lab), add_special_tokens=False).input_ids)
                for lab in labels)
    if len(set(ids)) != len(ids) or not all(ids):
        raise TailorError("Two labels become the same tokens (or one is empty): "
                          f"{', '.join(labels)}. Rename them so that each is distinct.")
    return LabelSet(labels, ids)


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


def is_prompt_learning(model) -> bool:
    """Soft prompts (PEFT prompt or prefix tuning) bring their own virtual tokens or cache."""
    config = getattr(model, "active_peft_config", None)
    return config is not None and getattr(config, "is_prompt_learning", False)


def cache_of(output):
    """The cache a forward pass returned, under its transformers 5 or 4 name."""
    return getattr(output, "cache", None) or output.past_key_values


def cache_kwargs(model, cache) -> dict:
    """The keyword that hands a cache to `model`'s forward: transformers 5 renamed
    `past_key_values` to `cache` and warns that the old name goes in 5.40; older releases
    and custom models only know the old one."""
    inner = model.get_base_model() if hasattr(model, "get_base_model") else model
    return {_cache_name(type(inner)): cache}


@functools.cache
def _cache_name(cls: type) -> str:
    # Once per model class: this runs on every training step.
    return "cache" if "cache" in inspect.signature(cls.forward).parameters else "past_key_values"


def reader(model):
    """The model that continues from a cache as it is: a soft prompt's model without PEFT's
    wrapper, which would put its virtual tokens in front again (the cache of a shared prefix
    computed through the wrapper already holds them)."""
    return model.get_base_model() if is_prompt_learning(model) else model


def _virtual_tokens(model) -> int:
    config = getattr(model, "active_peft_config", None)
    return config.num_virtual_tokens if is_prompt_learning(model) else 0


def inner_attention(model) -> str:
    """The attention implementation the base model runs (sdpa takes a boolean mask)."""
    return getattr(model.config, "_attn_implementation", None) or "eager"


def label_scores(model, ids: torch.Tensor, mask: torch.Tensor, labels: LabelSet,
                 past=None, past_mask: torch.Tensor | None = None) -> torch.Tensor:
    """Log-likelihood of every label after every row's prompt, shape (rows, labels).

    `ids`/`mask` are right-padded prompts; `past` is an optional cache of a prefix every row
    shares (already repeated to the batch), or, with `past_mask`, of each row's own earlier
    tokens, some of them masked out (padding, or generated tokens a row did not keep).
    Differentiable: the training loss uses it too."""
    rows, width = ids.shape
    lengths = mask.sum(1)
    past_len = past.get_seq_length() if past is not None else 0
    if past_mask is None:
        past_mask = torch.ones(rows, past_len, dtype=mask.dtype, device=mask.device)
    seen = past_mask.sum(1)  # earlier tokens each row attends to: where its prompt starts
    full_mask = mask if past is None else torch.cat([past_mask.to(mask.dtype), mask], dim=1)
    # 1. The prompt, once: the LM head only at each row's last real token.
    extra = {} if past is None else cache_kwargs(model, past)
    if past is not None:  # positions count attended tokens only, as a fresh encoding would
        extra["position_ids"] = seen[:, None] + torch.arange(width, device=ids.device)[None]
    with logits_at(model, lengths - 1, width):
        out = model(input_ids=ids, attention_mask=full_mask, use_cache=True, **extra)
    first = out.logits[:, -1].float().log_softmax(-1)  # (rows, vocab)
    n = len(labels.names)
    heads = torch.tensor([i[0] for i in labels.ids], device=first.device)
    scores = first[:, heads]  # (rows, labels)
    if labels.longest == 1:
        return scores
    # 2. Every label's other tokens, packed side by side into one block per row that
    # continues from the prompt's cache. A tree mask lets each label's tokens see the prompt
    # and the earlier tokens of the same label only, and each label's positions restart where
    # the prompt ends, so the block scores as if each label ran alone. The cache is never
    # copied per label, which made twenty-odd classes slow.
    cache = cache_of(out)
    dev = ids.device
    cont, target, segment, offset = [], [], [], []
    for j, lab in enumerate(labels.ids):
        cont += lab[:-1]
        target += lab[1:]
        segment += [j] * (len(lab) - 1)
        offset += range(len(lab) - 1)
    span = len(cont)
    segment_t = torch.tensor(segment, device=dev)
    order = torch.arange(span, device=dev)
    tree = (segment_t[:, None] == segment_t[None, :]) & (order[None, :] <= order[:, None])
    virtual = _virtual_tokens(model)  # soft prompts sit in the cache before the prompt
    prompt_mask = torch.cat([torch.ones(rows, virtual, dtype=torch.bool, device=dev),
                             past_mask.bool(), mask.bool()], dim=1)
    attention = torch.cat([prompt_mask[:, None, None, :].expand(-1, 1, span, -1),
                           tree[None, None].expand(rows, 1, -1, -1)], dim=-1)
    if inner_attention(model) != "sdpa":  # eager attention adds the mask to its scores
        attention = torch.zeros(attention.shape, device=dev).masked_fill(
            ~attention, torch.finfo(torch.float32).min)
    start = virtual + seen + lengths
    positions = start[:, None] + torch.tensor(offset, device=dev)[None, :]
    # The base model reads the cache as it is (PEFT would add its soft prompt again).
    inner = model.get_base_model() if hasattr(model, "get_base_model") else model
    logits = inner(input_ids=torch.tensor(cont, device=dev).expand(rows, -1),
                   attention_mask=attention, position_ids=positions,
                   use_cache=True, **cache_kwargs(inner, cache)).logits.float().log_softmax(-1)
    picked = logits.gather(-1, torch.tensor(target, device=dev).expand(rows, -1)[..., None])
    # Sum each label's token scores: (rows, span) x (span, labels).
    members = torch.nn.functional.one_hot(segment_t, n).to(picked.dtype)
    return scores + picked[..., 0] @ members


def label_logprobs(model, tokenizer, prompts: list[list[int]], labels: LabelSet,
                   batch_size: int = BATCH) -> torch.Tensor:
    """Log-likelihood of each label after each prompt, shape (examples, labels).

    The instruction every prompt shares is run once (after any soft prompt) and its
    keys/values reused for every batch, so each example costs only its own tokens and its
    labels'."""
    out = torch.zeros(len(prompts), len(labels.names))
    pad_id = tokenizer.pad_token_id
    with torch.inference_mode(), autocast():
        shared = common_prefix(prompts) if len(prompts) > 1 else 0
        prefix_cache, scorer = None, model
        if shared:
            prefix = torch.tensor([prompts[0][:shared]], device=device())
            prefix_cache = cache_of(model(input_ids=prefix, use_cache=True))
            scorer = reader(model)
        for idx in batches(prompts, batch_size):
            ids, mask = pad([prompts[i][shared:] for i in idx], pad_id)
            past = None
            if prefix_cache is not None:
                past = copy.deepcopy(prefix_cache)
                past.batch_repeat_interleave(len(idx))
            out[idx] = label_scores(scorer, ids, mask, labels, past).cpu()
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


class StopAfter(StoppingCriteria):
    """Ends a row of `model.generate` once its text, leading blank lines aside (small models
    often open with one), contains `stop`: what `generate` cuts at anyway, so the answers are
    the same, and a batch ends when its longest answer does, not at the token limit.
    (transformers' own `stop_strings` would end a row at a leading newline.)"""

    def __init__(self, tokenizer, start: int, stop: str) -> None:
        self.tokenizer, self.start, self.stop = tokenizer, start, stop

    def __call__(self, input_ids: torch.Tensor, scores, **kwargs) -> torch.Tensor:
        texts = self.tokenizer.batch_decode(input_ids[:, self.start:], skip_special_tokens=True)
        return torch.tensor([self.stop in t.lstrip() for t in texts], device=input_ids.device)


def left_pad(seqs: list[list[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Left padding for generation, so every row continues from its last token."""
    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros_like(ids)
    for row, s in enumerate(seqs):
        ids[row, width - len(s):] = torch.tensor(s)
        mask[row, width - len(s):] = 1
    return ids.to(device()), mask.to(device())


def generate_then_score(model, tokenizer, prompts: list[list[int]], max_new_tokens: int,
                        keep: Callable[[list[int]], int], cue: list[int], labels: LabelSet,
                        batch_size: int = 48) -> tuple[list[list[int]], torch.Tensor]:
    """Greedy continuations of `prompts`, each cut to its first `keep(tokens)` tokens, then
    `cue` after them and every label scored, from the generation's own cache: the prompt
    and what was kept are not encoded a second time (chain of thought's answer step).

    Returns the kept tokens per prompt and the label log-likelihoods, (prompts, labels)."""
    kept: list[list[int]] = [[] for _ in prompts]
    out = torch.zeros(len(prompts), len(labels.names))
    with torch.inference_mode(), autocast():
        for idx in batches(prompts, batch_size):
            ids, mask = left_pad([prompts[i] for i in idx], tokenizer.pad_token_id)
            width = ids.shape[1]
            # One token more than asked for: the cache holds every token but the last one
            # generated, and a row may keep all `max_new_tokens`.
            gen = model.generate(input_ids=ids, attention_mask=mask,
                                 max_new_tokens=max_new_tokens + 1, do_sample=False,
                                 pad_token_id=tokenizer.pad_token_id,
                                 return_dict_in_generate=True)
            new = gen.sequences[:, width:]
            past_mask = torch.cat([mask, torch.ones(len(idx), new.shape[1] - 1,
                                                    dtype=mask.dtype, device=mask.device)], 1)
            for row, i in enumerate(idx):
                n = min(keep(new[row].tolist()), max_new_tokens, new.shape[1] - 1)
                kept[i] = new[row, :n].tolist()
                past_mask[row, width + n:] = 0  # generated after the cut: not seen
            cue_ids = torch.tensor([cue] * len(idx), device=ids.device)
            out[idx] = label_scores(model, cue_ids, torch.ones_like(cue_ids), labels,
                                    cache_of(gen), past_mask).float().cpu()
    return kept, out


def generate(model, tokenizer, prompts: list[list[int]], max_new_tokens: int,
             batch_size: int = 48, stop: str = "\n") -> list[str]:
    """Greedy continuations, cut at the first `stop`."""
    texts: list[str] = [""] * len(prompts)
    pad_id = tokenizer.pad_token_id
    with torch.inference_mode(), autocast():
        if is_prompt_learning(model):
            for idx in batches(prompts, batch_size):
                out = _greedy_without_cache(model, tokenizer, [prompts[i] for i in idx],
                                            max_new_tokens, stop)
                for row, i in enumerate(idx):
                    text = tokenizer.decode(out[row], skip_special_tokens=True).lstrip()
                    texts[i] = text.split(stop)[0].strip() if stop else text.strip()
            return texts
        for idx in batches(prompts, batch_size):
            ids, mask = left_pad([prompts[i] for i in idx], pad_id)
            width = ids.shape[1]
            # A row ends at its stop string, and the batch once every row has ended.
            until = ({"stopping_criteria": [StopAfter(tokenizer, width, stop)]} if stop
                     else {})
            out = model.generate(input_ids=ids, attention_mask=mask,
                                 max_new_tokens=max_new_tokens, do_sample=False,
                                 pad_token_id=pad_id, **until)
            for row, i in enumerate(idx):
                text = tokenizer.decode(out[row, width:], skip_special_tokens=True)
                # Small models often open with a blank line; the answer is what follows.
                text = text.lstrip()
                texts[i] = text.split(stop)[0].strip() if stop else text.strip()
    return texts


# --- metrics -------------------------------------------------------------------------------

def accuracy(pred: list[str], gold: list[str]) -> float:
    from sklearn.metrics import accuracy_score

    return float(accuracy_score(gold, pred)) if gold else 0.0


def macro_f1(pred: list[str], gold: list[str], labels: tuple[str, ...]) -> float:
    """Macro-F1 over the whole label set: a label never predicted and never gold counts 0."""
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=list(labels), average="macro", zero_division=0))


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
