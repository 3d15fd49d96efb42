"""One interface for every technique: `Trial(split, config).run(technique_id) -> Result`.

Every technique sees the same split, the same prompt format and the same evaluation, so the
numbers compare like with like. Training techniques train a private copy of the base model;
the base itself is loaded once per process and never changes.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import torch

from adapters import scoring
from adapters.data import Example, Split
from adapters.models import Base, check_memory_for_full_finetune, load_base
from adapters.prompts import COT_ANSWER, COT_TRIGGER, PromptFormat, default_format
from adapters.training import Batch, Cancelled, classification_batch, generation_batch, train
from advisor.config import Settings
from advisor.errors import TailorError

TECHNIQUES: tuple[str, ...] = ("zero_shot", "few_shot", "chain_of_thought", "prompt_tuning",
                               "lora", "full_finetune")
VARIANTS: dict[str, tuple[str, ...]] = {
    "zero_shot": ("calibrated", "plain"),
    "few_shot": ("knn", "random"),
    "chain_of_thought": ("zero_shot_cot",),
    "prompt_tuning": ("prefix", "prompt"),  # first is the default, chosen by measurement
    "lora": ("all_linear",),
    "full_finetune": ("all_params",),
}
# Defaults found by measurement on SST-2 (64 examples) and the built-in samples; see README.
DEFAULTS: dict[str, dict[str, Any]] = {
    "prompt_tuning:prefix": {"lr": 5e-3, "epochs": 3, "virtual_tokens": 32},
    "prompt_tuning:prompt": {"lr": 3e-2, "epochs": 3, "virtual_tokens": 16},
    "lora": {"lr": 2e-3, "epochs": 2, "r": 16},
    "full_finetune": {"lr": 5e-5, "epochs": 2},
}
MIN_STEPS = 12  # tiny samples still get enough updates to move


@dataclass(frozen=True)
class RunConfig:
    model: str | None = None
    epochs: float | None = None
    steps: int | None = None
    max_seconds: float | None = None  # per technique; training stops, evaluation still runs
    seed: int = 0
    batch_size: int = 8
    lr: float | None = None
    k: int | None = None  # few-shot demos: per label (classification, 1) or all (4)
    variant: str | None = None
    output_dir: Path | None = None
    max_new_tokens: int = 48
    cot_tokens: int = 24


@dataclass(frozen=True)
class Progress:
    technique: str
    phase: str  # "setup", "train", "eval", "done"
    step: int = 0
    total: int = 0
    loss: float | None = None


ProgressFn = Callable[[Progress], None]


@dataclass
class Result:
    technique: str
    variant: str
    metric: str
    score: float
    scores: dict[str, float]
    train_seconds: float
    eval_seconds: float
    trainable_params: int
    total_params: int
    adapter_bytes: int
    peak_memory_mb: float
    prompt_tokens_per_request: float
    artifact_dir: str
    loss_curve: list[tuple[int, float]] = field(default_factory=list)
    predictions: list[dict[str, str]] = field(default_factory=list)
    train_tokens: int = 0
    eval_tokens: int = 0
    steps: int = 0
    stopped: str | None = None
    model: str = ""
    seed: int = 0
    n_train: int = 0
    n_eval: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class PeakMemory:
    """Peak memory while a block runs: CUDA's allocator on a GPU, else sampled process RSS."""

    def __enter__(self) -> PeakMemory:
        self.peak = 0
        if torch.cuda.is_available():
            torch.cuda.reset_peak_memory_stats()
            return self
        import psutil

        proc = psutil.Process()
        self._stop = threading.Event()

        def sample() -> None:
            while not self._stop.is_set():
                self.peak = max(self.peak, proc.memory_info().rss)
                self._stop.wait(0.02)

        self.peak = proc.memory_info().rss
        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if torch.cuda.is_available():
            self.peak = torch.cuda.max_memory_allocated()
        else:
            self._stop.set()
            self._thread.join()

    @property
    def mb(self) -> float:
        return round(self.peak / 2**20, 1)


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _count(model: torch.nn.Module) -> tuple[int, int]:
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total


class Trial:
    """One split, one base model, one prompt format: run any technique on it."""

    def __init__(self, split: Split, config: RunConfig | None = None,
                 progress: ProgressFn | None = None, cancel: threading.Event | None = None,
                 settings: Settings | None = None) -> None:
        self.split = split
        self.config = config or RunConfig()
        self.progress = progress or (lambda p: None)
        self.cancel = cancel or threading.Event()
        self.settings = settings or Settings.from_env()
        self.base: Base = load_base(self.config.model, self.settings)
        self.tok = self.base.tokenizer
        self.task = split.task
        self.fmt: PromptFormat = default_format(self.task)
        self.labels = (scoring.label_set(self.tok, self.task.labels, self.fmt.answer)
                       if self.task.kind == "classification" else None)
        run_id = time.strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.out_root = Path(self.config.output_dir or self.settings.data_dir / "runs" / run_id)
        # The query prompts (no demonstrations), shared by most techniques.
        self.eval_prompts = scoring.encode(self.tok, [self.fmt.prompt(e.input)
                                                      for e in split.eval])
        self.train_prompts = scoring.encode(self.tok, [self.fmt.prompt(e.input)
                                                       for e in split.train])

    # --- the one entry point ------------------------------------------------------------

    def run(self, technique: str) -> Result:
        if technique not in TECHNIQUES:
            raise TailorError(f"Unknown technique '{technique}'. Choose one of: "
                              f"{', '.join(TECHNIQUES)} or all.")
        variant = self.config.variant if self.config.variant in VARIANTS[technique] \
            else VARIANTS[technique][0]
        if self.cancel.is_set():
            raise Cancelled("Cancelled before it started.")
        self.progress(Progress(technique, "setup"))
        out = self.out_root / technique
        out.mkdir(parents=True, exist_ok=True)
        with PeakMemory() as mem:
            result = getattr(self, f"_run_{technique}")(variant, out)
        result.peak_memory_mb = mem.mb
        result.artifact_dir = str(out)
        result.adapter_bytes = _dir_bytes(out)
        result.model, result.seed = self.base.name, self.config.seed
        result.n_train, result.n_eval = len(self.split.train), len(self.split.eval)
        self.progress(Progress(technique, "done"))
        return result

    # --- evaluation, the same for all ----------------------------------------------------

    def _evaluate(self, technique: str, variant: str, model, prompts: list[list[int]],
                  extra_tokens: int = 0, prior: torch.Tensor | None = None
                  ) -> tuple[Result, float]:
        """Score `prompts` (one per eval example) and build the result skeleton."""
        self.progress(Progress(technique, "eval", 0, len(prompts)))
        gold = [e.output for e in self.split.eval]
        start = time.perf_counter()
        if self.labels is not None:
            logp = scoring.label_logprobs(model, self.tok, prompts, self.labels)
            if prior is not None:
                logp = logp - prior
            pred = [self.labels.labels[i] for i in logp.argmax(1).tolist()]
            scores = {"accuracy": scoring.accuracy(pred, gold),
                      "macro_f1": scoring.macro_f1(pred, gold, self.labels.labels)}
            metric = "accuracy"
        else:
            pred = scoring.generate(model, self.tok, prompts, self.config.max_new_tokens)
            scores = {"rouge_l": sum(scoring.rouge_l(p, g) for p, g in zip(pred, gold, strict=True))
                      / len(gold), "exact_match": scoring.exact_match(pred, gold)}
            metric = "rouge_l"
        seconds = time.perf_counter() - start
        self.progress(Progress(technique, "eval", len(prompts), len(prompts)))
        trainable, total = _count(model)
        result = Result(
            technique=technique, variant=variant, metric=metric, score=round(scores[metric], 4),
            scores={k: round(v, 4) for k, v in scores.items()}, train_seconds=0.0,
            eval_seconds=round(seconds, 2), trainable_params=trainable, total_params=total,
            adapter_bytes=0, peak_memory_mb=0.0,
            prompt_tokens_per_request=round(
                sum(len(p) for p in prompts) / len(prompts) + extra_tokens, 1),
            artifact_dir="",
            predictions=[{"input": e.input, "gold": e.output, "prediction": p}
                         for e, p in zip(self.split.eval[:10], pred[:10], strict=False)],
            eval_tokens=sum(len(p) for p in prompts),
        )
        return result, seconds

    def _save_prompt(self, out: Path, technique: str, **extra: Any) -> None:
        data = {"technique": technique, "format": self.fmt.to_dict(),
                "labels": list(self.task.labels), "task": self.task.kind, **extra}
        (out / "prompt.json").write_text(json.dumps(data, indent=2))

    # --- prompting -----------------------------------------------------------------------

    def _run_zero_shot(self, variant: str, out: Path) -> Result:
        model = self.base.model
        prior, seconds = None, 0.0
        if variant == "calibrated" and self.labels is not None:
            # Small models favour some labels whatever the input. Estimate that bias from
            # the training inputs (their labels unused) and subtract it (Zhao et al. 2021).
            start = time.perf_counter()
            prior = scoring.label_logprobs(model, self.tok, self.train_prompts,
                                           self.labels).mean(0)
            seconds = time.perf_counter() - start
        result, _ = self._evaluate("zero_shot", variant, model, self.eval_prompts, prior=prior)
        result.train_seconds = round(seconds, 2)
        self._save_prompt(out, "zero_shot", calibration=None if prior is None
                          else dict(zip(self.task.labels, prior.tolist(), strict=True)))
        return result

    def _run_few_shot(self, variant: str, out: Path) -> Result:
        start = time.perf_counter()
        store = self._demo_store()
        try:
            eval_demos = self._select_demos(store, variant, self.split.eval)
            prior = None
            if self.labels is not None:
                # Calibrate as zero-shot does, on training inputs with demonstrations drawn
                # from the other training examples (leave-one-out), so no eval data is used.
                train_demos = self._select_demos(store, variant, self.split.train,
                                                 leave_one_out=True)
                prior = scoring.label_logprobs(self.base.model, self.tok, scoring.encode(
                    self.tok, [self.fmt.prompt(e.input, d) for e, d in
                               zip(self.split.train, train_demos, strict=True)]),
                    self.labels).mean(0)
        finally:
            store.delete_collection()
        fit_seconds = time.perf_counter() - start
        prompts = scoring.encode(self.tok, [self.fmt.prompt(e.input, d) for e, d in
                                            zip(self.split.eval, eval_demos, strict=True)])
        result, _ = self._evaluate("few_shot", variant, self.base.model, prompts, prior=prior)
        result.train_seconds = round(fit_seconds, 2)
        self._save_prompt(out, "few_shot", selection=variant, demos_per_query=self._k(),
                          pool=[asdict(e) for e in self.split.train],
                          calibration=None if prior is None
                          else dict(zip(self.task.labels, prior.tolist(), strict=True)))
        return result

    def _k(self) -> int:
        """Demonstrations per label (classification) or in all (generation)."""
        return self.config.k or (1 if self.labels is not None else 4)

    def _demo_store(self):
        """The training examples in an in-memory Chroma collection, embedded with MiniLM."""
        from langchain_chroma import Chroma

        from advisor.knowledge import embedder

        store = Chroma(collection_name=f"demos-{uuid.uuid4().hex[:12]}",
                       embedding_function=embedder(self.settings.embeddings),
                       collection_metadata={"hnsw:space": "cosine"})
        train = self.split.train
        store.add_texts([e.input for e in train], ids=[str(i) for i in range(len(train))],
                        metadatas=[{"output": e.output, "idx": i} for i, e in enumerate(train)])
        return store

    def _select_demos(self, store, variant: str, queries: list[Example],
                      leave_one_out: bool = False) -> list[list[Example]]:
        """Nearest training examples to each query: k per label for classification, so the
        prompt is balanced (small models copy the majority label), most similar last
        (Liu et al. 2021). `random` draws a fixed balanced set instead."""
        train, k = self.split.train, self._k()
        groups = list(self.task.labels) if self.labels is not None else [None]
        if variant == "random":
            import random

            rng = random.Random(self.config.seed)
            fixed = [e for g in groups for e in rng.sample(
                [t for t in train if g is None or t.output == g],
                min(k, sum(g is None or t.output == g for t in train)))]
            return [[e for e in fixed if not (leave_one_out and e is q)] for q in queries]
        vectors = store.embeddings.embed_documents([q.input for q in queries])
        chosen = []
        for qi, vector in enumerate(vectors):
            picks = []
            for g in groups:
                where = [{"output": g}] if g is not None else []
                if leave_one_out:
                    where.append({"idx": {"$ne": qi}})
                flt = None if not where else where[0] if len(where) == 1 else {"$and": where}
                picks += store.similarity_search_by_vector_with_relevance_scores(
                    vector, k=k, filter=flt)
            picks.sort(key=lambda p: p[1])  # Chroma's cosine distance: most similar last
            chosen.append([train[int(doc.metadata["idx"])] for doc, _ in reversed(picks)])
        return chosen

    def _run_chain_of_thought(self, variant: str, out: Path) -> Result:
        start = time.perf_counter()
        texts = [self.fmt.prompt(e.input) + " " + COT_TRIGGER for e in self.split.eval]
        enc = scoring.encode(self.tok, texts)
        reasoning = scoring.generate(self.base.model, self.tok, enc, self.config.cot_tokens,
                                     stop="\n\n", batch_size=128)
        # Cut the reasoning before any answer it gave itself, then ask for the answer.
        reasoning = [r.split(COT_ANSWER)[0].strip() for r in reasoning]
        prompts = scoring.encode(self.tok, [f"{t} {r} {COT_ANSWER}"
                                            for t, r in zip(texts, reasoning, strict=True)])
        gen_seconds = time.perf_counter() - start
        result, _ = self._evaluate("chain_of_thought", variant, self.base.model, prompts)
        result.eval_seconds = round(result.eval_seconds + gen_seconds, 2)
        for p, r in zip(result.predictions, reasoning, strict=False):
            p["reasoning"] = r
        self._save_prompt(out, "chain_of_thought", trigger=COT_TRIGGER, answer_cue=COT_ANSWER)
        return result

    # --- training ------------------------------------------------------------------------

    def _hyper(self, key: str) -> dict[str, Any]:
        h = dict(DEFAULTS[key])
        if self.config.lr is not None:
            h["lr"] = self.config.lr
        if self.config.epochs is not None:
            h["epochs"] = self.config.epochs
        n = len(self.split.train)
        per_epoch = max(1, -(-n // self.config.batch_size))
        h["steps"] = self.config.steps or max(MIN_STEPS, round(h["epochs"] * per_epoch))
        return h

    def _make_batch(self) -> Callable[[list[int]], Batch]:
        pad_id = self.tok.pad_token_id
        if self.labels is not None:
            gold = [self.labels.labels.index(e.output) for e in self.split.train]
            return lambda idx: classification_batch([self.train_prompts[i] for i in idx],
                                                    [gold[i] for i in idx], pad_id)
        eos = self.tok.eos_token_id
        # The answer, a newline (generation stops there) and end-of-sequence.
        answers = [[*self.tok(self.fmt.answer(e.output) + "\n", add_special_tokens=False
                              ).input_ids, eos] for e in self.split.train]
        return lambda idx: generation_batch([self.train_prompts[i] for i in idx],
                                            [answers[i] for i in idx], pad_id)

    def _train(self, technique: str, model, h: dict[str, Any]):
        def on_step(step: int, total: int, loss: float) -> None:
            self.progress(Progress(technique, "train", step, total, loss))

        return train(model, self._make_batch(), len(self.split.train), self.labels,
                     steps=h["steps"], lr=h["lr"], batch_size=self.config.batch_size,
                     seed=self.config.seed, max_seconds=self.config.max_seconds,
                     lengths=[len(p) for p in self.train_prompts], on_step=on_step,
                     cancel=self.cancel)

    def _finish(self, technique: str, variant: str, model, loop, extra_tokens: int = 0
                ) -> Result:
        result, _ = self._evaluate(technique, variant, model, self.eval_prompts,
                                   extra_tokens=extra_tokens)
        result = replace(result, train_seconds=round(loop.seconds, 2), loss_curve=loop.curve,
                         train_tokens=loop.tokens, steps=loop.steps, stopped=loop.stopped)
        return result

    def _run_prompt_tuning(self, variant: str, out: Path) -> Result:
        from peft import (
            PrefixTuningConfig,
            PromptTuningConfig,
            PromptTuningInit,
            TaskType,
            get_peft_model,
        )

        h = self._hyper(f"prompt_tuning:{variant}")
        if variant == "prompt":
            # Lester et al.: soft prompt vectors in front of the input, initialised from the
            # embeddings of the task instruction's words.
            config = PromptTuningConfig(
                task_type=TaskType.CAUSAL_LM, num_virtual_tokens=h["virtual_tokens"],
                prompt_tuning_init=PromptTuningInit.TEXT,
                prompt_tuning_init_text=self.fmt.instruction,
                tokenizer_name_or_path=self.base.path)
        else:
            # P-Tuning v2 / prefix tuning: learned keys and values at every layer. Random
            # prefixes wreck a small model's behaviour (measured: train loss 0.06, SST-2 dev
            # 56%); starting from the instruction's own keys and values starts from zero-shot.
            init_ids = self.tok(self.fmt.instruction + "\n\n").input_ids[:h["virtual_tokens"]]
            config = PrefixTuningConfig(task_type=TaskType.CAUSAL_LM,
                                        num_virtual_tokens=len(init_ids))
        torch.manual_seed(self.config.seed)
        model = get_peft_model(self.base.copy(), config)
        if variant == "prefix":
            _init_prefix(model, init_ids)
        loop = self._train("prompt_tuning", model, h)
        model.save_pretrained(out)
        self._save_prompt(out, "prompt_tuning", variant=variant)
        extra = config.num_virtual_tokens
        return self._finish("prompt_tuning", variant, model, loop, extra_tokens=extra)

    def _run_lora(self, variant: str, out: Path) -> Result:
        from peft import LoraConfig, TaskType, get_peft_model

        h = self._hyper("lora")
        config = LoraConfig(task_type=TaskType.CAUSAL_LM, r=h["r"], lora_alpha=2 * h["r"],
                            lora_dropout=0.0, target_modules="all-linear")
        torch.manual_seed(self.config.seed)
        model = get_peft_model(self.base.copy(), config)
        loop = self._train("lora", model, h)
        model.save_pretrained(out)
        self._save_prompt(out, "lora")
        model.merge_adapter()  # same predictions, base-model speed for the evaluation
        return self._finish("lora", variant, model, loop)

    def _run_full_finetune(self, variant: str, out: Path) -> Result:
        check_memory_for_full_finetune(self.base.params)
        h = self._hyper("full_finetune")
        torch.manual_seed(self.config.seed)
        model = self.base.copy()
        for p in model.parameters():
            p.requires_grad_(True)
        loop = self._train("full_finetune", model, h)
        result = self._finish("full_finetune", variant, model, loop)
        model.save_pretrained(out)
        self.tok.save_pretrained(out)
        self._save_prompt(out, "full_finetune")
        return result


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


def run_all(split: Split, techniques: tuple[str, ...] | list[str] = TECHNIQUES,
            config: RunConfig | None = None, progress: ProgressFn | None = None,
            cancel: threading.Event | None = None) -> list[Result]:
    """Run several techniques on the same split, one after the other."""
    trial = Trial(split, config, progress, cancel)
    return [trial.run(t) for t in techniques]
