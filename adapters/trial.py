"""One interface for every technique: `Trial(split, config).run(technique_id) -> Result`.

Every technique sees the same split, the same prompt format and the same evaluation, so the
numbers compare like with like. Training techniques train a private copy of the base model;
the base itself is loaded once per process and never changes.
"""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import torch

from adapters import scoring, stats
from adapters.cards import point_at_public_base, write_card
from adapters.data import Split
from adapters.models import Base, autocast, load_base
from adapters.predict import Predictor
from adapters.prompts import PromptFormat, default_format
from adapters.registry import Shape, TechniqueConfig
from adapters.training import (
    Batch,
    Cancelled,
    LoopResult,
    Validation,
    classification_batch,
    generation_batch,
    loss_fn,
    plan_steps,
    train,
)
from tailor.endpoint import EndpointConfig
from tailor.errors import TailorError
from tailor.settings import Settings

# Holding back a fifth of a small sample costs more than early stopping saves: measured on
# five SST-2 tuning splits of 64 rows, LoRA fell from 0.849 to 0.796 with a 13-row slice. So
# samples this small train on every row for a planned number of steps, and larger ones
# (40+ rows to validate on) stop early.
MIN_ROWS_TO_VALIDATE = 200


def held_back(n_train: int, config: RunConfig) -> int:
    """About how many training rows a trained technique holds back to validate on."""
    if n_train < MIN_ROWS_TO_VALIDATE or not config.val_fraction or config.steps:
        return 0
    return round(n_train * config.val_fraction)


@dataclass(frozen=True)
class RunConfig:
    """Settings of a whole trial; each technique's own settings are in its config."""

    model: str | None = None
    steps: int | None = None  # a fixed number of training steps for every trained technique
    max_seconds: float | None = None  # per technique; training stops, evaluation still runs
    seed: int = 0
    batch_size: int = 8
    max_steps: int | None = None  # a cap on training steps (a deployment's limit)
    output_dir: Path | None = None
    max_new_tokens: int = 48
    # Trained techniques hold back this share of the training rows to stop early on (never
    # the held-out rows); samples under MIN_ROWS_TO_VALIDATE train on every row instead.
    val_fraction: float = 0.2
    # The founder's own model behind an OpenAI-compatible endpoint: prompting techniques run
    # there; trained techniques still train the local open model.
    endpoint: EndpointConfig | None = None


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
    interval: tuple[float, float] = (0.0, 1.0)  # 95% interval of the score
    outcomes: list[float] = field(default_factory=list)  # per held-out row: 1/0 or ROUGE-L
    val_curve: list[tuple[int, float]] = field(default_factory=list)  # early-stopping checks
    search_curve: list[tuple[int, float]] = field(default_factory=list)  # prompt search
    search_tokens: int = 0
    api_usage: dict[str, int] = field(default_factory=dict)  # tokens and requests, remote
    unparseable: int = 0  # remote answers that named no label (counted wrong)

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


def count_params(model: torch.nn.Module) -> tuple[int, int]:
    """(trainable, total) parameters."""
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total


def measure_shape(split: Split, tokenizer, config: RunConfig | None = None) -> Shape:
    """What an estimate needs to know about a split, in this tokenizer's tokens."""
    config = config or RunConfig()
    fmt = default_format(split.task)
    sample = split.train[:200]
    prompts = [len(tokenizer(fmt.prompt(e.input)).input_ids) for e in sample]
    answers = [len(tokenizer(fmt.answer(e.output), add_special_tokens=False).input_ids)
               for e in sample]
    classification = split.task.kind == "classification"
    return Shape(n_train=len(split.train), n_eval=len(split.eval),
                 n_fit=len(split.train) - held_back(len(split.train), config),
                 prompt_tokens=sum(prompts) / max(1, len(prompts)),
                 instruction_tokens=len(tokenizer(fmt.instruction + "\n\n").input_ids),
                 n_labels=len(split.task.labels) if classification else 0,
                 answer_tokens=sum(answers) / max(1, len(answers)),
                 longest_answer=max(answers, default=0),
                 batch_size=config.batch_size, steps=config.steps, max_steps=config.max_steps,
                 max_new_tokens=config.max_new_tokens,
                 label_tail_tokens=sum(
                     len(tokenizer(fmt.answer(label), add_special_tokens=False).input_ids) - 1
                     for label in split.task.labels) if classification else 0)


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
        self.train_prompts = scoring.encode(self.tok, [self.fmt.prompt(e.input)
                                                       for e in split.train])
        self._endpoint_checked = False

    def uses_endpoint(self, technique: str) -> bool:
        """Whether this technique runs on the founder's endpoint in this trial."""
        from adapters.techniques import REGISTRY

        return self.config.endpoint is not None and REGISTRY.get(technique).endpoint_capable

    @cached_property
    def shape(self) -> Shape:
        """The split as the estimator sees it."""
        return measure_shape(self.split, self.tok, self.config)

    @classmethod
    def for_artifact(cls, artifact: str | Path, config: RunConfig | None = None) -> Trial:
        """A trial with no rows, set up as the artifact was trained: its prompt format,
        labels and base model. Enough to load the artifact's predictor and serve it."""
        from adapters.data import Task

        saved = json.loads((Path(artifact) / "prompt.json").read_text(encoding="utf-8"))
        fmt = saved["format"]
        task = Task(saved["task"], tuple(saved["labels"]), fmt["instruction"],
                    fmt["input_prefix"].removesuffix(": "), fmt["output_prefix"].rstrip(":"))
        config = config or RunConfig(model=saved.get("tailor_model"))
        return cls(Split([], [], task), config)

    # --- the one entry point ------------------------------------------------------------

    def run(self, technique: str, config: TechniqueConfig | None = None) -> Result:
        """Fit the technique on the training rows and score it on the held-out rows."""
        from adapters.techniques import REGISTRY

        spec = REGISTRY.get(technique)
        if not spec.supports(self.task.kind):
            raise TailorError(f"{spec.name} handles {' and '.join(spec.tasks)} only; this sample "
                              f"is {self.task.kind}.")
        config = config or spec.config()
        if not isinstance(config, spec.config_class):
            raise TypeError(f"{technique} takes a {spec.config_class.__name__}")
        if self.cancel.is_set():
            raise Cancelled("Cancelled before it started.")
        self.progress(Progress(technique, "setup"))
        out = self.out_root / technique
        out.mkdir(parents=True, exist_ok=True)
        remote = self.uses_endpoint(technique)
        if remote and not self._endpoint_checked:
            from tailor import endpoint

            endpoint.check(self.config.endpoint)
            self._endpoint_checked = True
        with PeakMemory() as mem:
            fit = spec.fit(self, config, out)
            try:
                result = self.evaluate(technique, config.variant, fit.predictor)
            finally:
                fit.predictor.close()
        if fit.loop is not None:
            loop = fit.loop
            result.train_seconds = round(loop.seconds, 2)
            result.loss_curve, result.train_tokens = loop.curve, loop.tokens
            result.steps, result.stopped = loop.steps, loop.stopped
            result.val_curve = loop.val_curve
        else:
            result.train_seconds = round(fit.seconds, 2)
        result.search_curve, result.search_tokens = fit.search_curve, fit.search_tokens
        result.trainable_params = spec.trainable_params(self.base.model, config, self.shape)
        result.total_params = spec.total_params(self.base.model, config, self.shape)
        result.model = (self.config.endpoint.label if remote
                        else spec.model_name(self.base.public_id))
        result.peak_memory_mb = mem.mb
        result.artifact_dir = str(out)
        point_at_public_base(out, self.base.public_id)
        write_card(out, spec, config, result, self)
        result.adapter_bytes = _dir_bytes(out)
        self.progress(Progress(technique, "done"))
        return result

    # --- evaluation, the same for all ----------------------------------------------------

    def evaluate(self, technique: str, variant: str, predictor: Predictor) -> Result:
        """Score the predictor on the held-out rows."""
        evals = self.split.eval
        self.progress(Progress(technique, "eval", 0, len(evals)))
        gold = [e.output for e in evals]
        start = time.perf_counter()
        answers = predictor.predict([e.input for e in evals])
        pred = answers.predictions
        if self.labels is not None:
            outcomes = [float(p == g) for p, g in zip(pred, gold, strict=True)]
            scores = {"accuracy": sum(outcomes) / len(outcomes),
                      "macro_f1": scoring.macro_f1(pred, gold, self.labels.names)}
            metric = "accuracy"
        else:
            outcomes = [scoring.rouge_l(p, g) for p, g in zip(pred, gold, strict=True)]
            scores = {"rouge_l": sum(outcomes) / len(outcomes),
                      "exact_match": scoring.exact_match(pred, gold)}
            metric = "rouge_l"
        seconds = time.perf_counter() - start
        self.progress(Progress(technique, "eval", len(evals), len(evals)))
        notes = answers.notes or [{} for _ in evals]
        usage = answers.usage
        return Result(
            technique=technique, variant=variant, metric=metric, score=round(scores[metric], 4),
            scores={k: round(v, 4) for k, v in scores.items()}, train_seconds=0.0,
            eval_seconds=round(seconds, 2), trainable_params=0,
            total_params=self.base.params, adapter_bytes=0, peak_memory_mb=0.0,
            prompt_tokens_per_request=round(sum(answers.prompt_tokens) / len(evals), 1),
            artifact_dir="",
            predictions=[{"input": e.input, "gold": e.output, "prediction": p, **n}
                         for e, p, n in zip(evals, pred, notes, strict=True)],
            eval_tokens=sum(answers.prompt_tokens), model=self.base.name,
            seed=self.config.seed, n_train=len(self.split.train), n_eval=len(evals),
            interval=tuple(round(x, 4) for x in stats.interval(outcomes, metric == "accuracy")),
            outcomes=[round(o, 4) for o in outcomes],
            api_usage={} if usage is None else {
                "requests": usage.requests, "prompt_tokens": usage.prompt_tokens,
                "completion_tokens": usage.completion_tokens},
            unparseable=answers.unparseable,
        )

    # --- helpers the techniques share ----------------------------------------------------

    def save_prompt(self, out: Path, technique: str, **extra: Any) -> None:
        """prompt.json: the prompt format, labels and whatever the technique adds."""
        data = {"technique": technique, "format": self.fmt.to_dict(),
                "labels": list(self.task.labels), "task": self.task.kind,
                "base_model": self.base.public_id, "tailor_model": self.base.name, **extra}
        (out / "prompt.json").write_text(json.dumps(data, indent=2, ensure_ascii=False),
                                         encoding="utf-8")

    def read_prompt(self, artifact: Path) -> dict[str, Any]:
        return json.loads((Path(artifact) / "prompt.json").read_text(encoding="utf-8"))

    def steps(self, epochs: float) -> int:
        return plan_steps(len(self.fit_rows), self.config.batch_size, epochs, self.config.steps,
                          self.config.max_steps)

    @cached_property
    def _slices(self) -> tuple[list[int], list[int]]:
        """(rows to fit, rows to validate on), both indices into the training rows: a
        stratified, seeded share of each label, so every run of a seed sees the same."""
        n = len(self.split.train)
        if n < MIN_ROWS_TO_VALIDATE or not self.config.val_fraction or self.config.steps:
            return list(range(n)), []
        rng = random.Random(self.config.seed + 7919)
        groups: dict[str, list[int]] = {}
        for i, e in enumerate(self.split.train):
            groups.setdefault(e.output if self.labels is not None else "", []).append(i)
        held: list[int] = []
        for rows in groups.values():
            rows = rows[:]
            rng.shuffle(rows)
            take = round(len(rows) * self.config.val_fraction)
            held += rows[: take if len(rows) - take >= 1 else 0]
        held_set = set(held)
        return [i for i in range(n) if i not in held_set], sorted(held)

    @property
    def fit_rows(self) -> list[int]:
        return self._slices[0]

    @property
    def val_rows(self) -> list[int]:
        return self._slices[1]

    def _make_batch(self) -> Callable[[list[int]], Batch]:
        pad_id = self.tok.pad_token_id
        if self.labels is not None:
            gold = [self.labels.names.index(e.output) for e in self.split.train]
            shared = scoring.common_prefix(self.train_prompts) if len(self.train_prompts) > 1 \
                else 0
            return lambda idx: classification_batch([self.train_prompts[i] for i in idx],
                                                    [gold[i] for i in idx], pad_id, shared)
        eos = self.tok.eos_token_id
        # The answer, a newline (generation stops there) and end-of-sequence.
        answers = [[*self.tok(self.fmt.answer(e.output) + "\n", add_special_tokens=False
                              ).input_ids, eos] for e in self.split.train]
        return lambda idx: generation_batch([self.train_prompts[i] for i in idx],
                                            [answers[i] for i in idx], pad_id)

    def _validation(self, model: torch.nn.Module, make_batch) -> Validation | None:
        """The loss on the held-back training rows, checked about twice an epoch."""
        rows = self.val_rows
        if not rows:
            return None
        if self.labels is not None:
            prompts = [self.train_prompts[i] for i in rows]
            gold = torch.tensor([self.labels.names.index(self.split.train[i].output)
                                 for i in rows])

            def loss() -> float:
                logp = scoring.label_logprobs(model, self.tok, prompts, self.labels)
                return float(torch.nn.functional.cross_entropy(logp, gold))
        else:
            def loss() -> float:
                with torch.inference_mode(), autocast():
                    return float(loss_fn(model, make_batch(rows), None))
        per_epoch = max(1, -(-len(self.fit_rows) // self.config.batch_size))
        return Validation(loss, every=max(1, per_epoch // 2))

    def train(self, technique: str, model: torch.nn.Module, *, lr: float, epochs: float
              ) -> LoopResult:
        """The shared training loop on the training rows, reporting progress."""
        def on_step(step: int, total: int, loss: float) -> None:
            self.progress(Progress(technique, "train", step, total, loss))

        make_batch = self._make_batch()
        return train(model, make_batch, self.fit_rows, self.labels,
                     steps=self.steps(epochs), lr=lr, batch_size=self.config.batch_size,
                     seed=self.config.seed, max_seconds=self.config.max_seconds,
                     lengths=[len(p) for p in self.train_prompts], on_step=on_step,
                     cancel=self.cancel, validation=self._validation(model, make_batch))
