"""The registry: one entry per technique, and everything the rest of Tailor needs to know about
it. The CLI, the benchmarks, the lab, the estimates and the report all read it, so a new
technique is one module under `adapters/techniques/` plus one line in its `__init__`.

Each technique has a config dataclass that checks itself (as PEFT's per-method configs do),
says how it fits and how its artifact loads back (both give a `Predictor`, so the playground
runs exactly what was evaluated), and describes the work a run does so that the lab can
estimate time and money before anything runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from tailor.errors import TailorError
from tailor.pricing import Serving

if TYPE_CHECKING:
    import torch

    from adapters.predict import Predictor
    from adapters.training import LoopResult
    from adapters.trial import Trial

# The advisor's three families; a lab technique is one way to try one of them, or a baseline
# that is no LLM at all (the embedding classifier).
FAMILIES = ("prompt_engineering", "prompt_tuning", "fine_tuning")
BASELINE = "baseline"


@dataclass(frozen=True)
class TechniqueConfig:
    """Base of every technique's settings. `variant` must be one of `VARIANTS` (the first is
    the default); an unknown one is an error, never a silent fallback."""

    VARIANTS: ClassVar[tuple[str, ...]] = ("default",)
    variant: str = ""

    def __post_init__(self) -> None:
        if not self.variant:
            object.__setattr__(self, "variant", self.VARIANTS[0])
        if self.variant not in self.VARIANTS:
            raise TailorError(f"Unknown variant '{self.variant}'. {type(self).__name__} "
                              f"takes one of: {', '.join(self.VARIANTS)}.")


@dataclass(frozen=True)
class TrainConfig(TechniqueConfig):
    """Settings every trained technique shares."""

    lr: float = 1e-3
    epochs: float = 2.0

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.lr > 0 or not self.epochs > 0:
            raise TailorError(f"Learning rate and epochs must be positive (got lr={self.lr}, "
                              f"epochs={self.epochs}).")


@dataclass(frozen=True)
class Shape:
    """What an estimate needs to know about a split, measured once (see `Trial.shape`)."""

    n_train: int
    n_eval: int
    n_fit: int  # training rows a trained technique fits on (the rest validate)
    prompt_tokens: float  # average zero-shot prompt, instruction included
    instruction_tokens: int
    n_labels: int  # 0 for generation
    answer_tokens: float  # average answer (label or output) length
    batch_size: int = 8
    steps: int | None = None  # a fixed number of training steps, when the run asks for one
    max_steps: int | None = None  # a cap on training steps
    label_tail_tokens: float = 0.0  # all labels' tokens after their first (scored packed)
    max_new_tokens: int = 48  # what generation may write per answer
    longest_answer: float = 0.0  # the longest training answer, tokens (0: unknown)

    @property
    def classification(self) -> bool:
        return self.n_labels > 0


@dataclass(frozen=True)
class Work:
    """What one run does, in units the estimator can time on this machine."""

    prompt_tokens: float  # per request at serving time
    prepare_tokens: float = 0.0  # scored on training rows before evaluating (calibration)
    prepare_generated_tokens: float = 0.0  # decoded before evaluating (a generation search)
    # Batched decoding steps (one per batch per new token): each costs the same whatever the
    # batch holds, on top of what each row's token costs.
    decode_steps: float = 0.0
    prepare_decode_steps: float = 0.0
    eval_tokens: float = 0.0  # scored on the held-out rows
    generated_tokens: float = 0.0  # decoded one at a time while evaluating
    embedded_texts: int = 0
    train_tokens: float = 0.0  # through forward and backward
    steps: int = 0
    copies_model: bool = False
    saves_model: bool = False  # writes the whole model, not a small adapter
    # When the run settles its prompt as it goes (a prompt search), evaluation's cost is
    # known only afterwards: the cheapest and dearest held-out tokens it can come to.
    # `eval_tokens` is then their midpoint.
    eval_tokens_range: tuple[float, float] | None = None


@dataclass
class Fit:
    """What `Technique.fit` hands back: the predictor to evaluate, and the training loop's
    record when there was one."""

    predictor: Predictor
    loop: LoopResult | None = None
    seconds: float = 0.0  # preparation without a training loop (calibration, indexing)
    search_curve: list[tuple[int, float]] = field(default_factory=list)  # best score so far
    search_tokens: int = 0  # prompt tokens a prompt search spent


PROMPT_USAGE = """Nothing was trained: `prompt.json` holds the instruction, the field names, the
labels, any demonstrations and the calibration (log-probabilities subtracted per label).

```python
import json
from transformers import AutoModelForCausalLM, AutoTokenizer
prompt = json.load(open("prompt.json"))
tokenizer = AutoTokenizer.from_pretrained("{base}")
model = AutoModelForCausalLM.from_pretrained("{base}")
```"""


class Technique:
    """One way to adapt the model. Subclasses set the class attributes and the methods."""

    id: ClassVar[str]
    name: ClassVar[str]  # what the lab and the report call it
    family: ClassVar[str]  # the advisor's family it stands for (one of FAMILIES)
    config_class: ClassVar[type[TechniqueConfig]]
    serving: ClassVar[Serving]  # how it is priced per request
    color: ClassVar[str]  # one colour per technique in every plot
    trains: ClassVar[bool] = False  # has a training loop (a loss curve)
    default_on: ClassVar[bool] = False  # ticked in the lab when nothing else says otherwise
    stands_for_family: ClassVar[bool] = False  # the lab's pick when the advisor names its family
    prepare_label: ClassVar[str] = ""  # what its preparation time is (zero-shot: calibration)
    tasks: ClassVar[tuple[str, ...]] = ("classification", "generation")
    endpoint_capable: ClassVar[bool] = False  # can run on an OpenAI-compatible endpoint

    def config(self, **options: Any) -> TechniqueConfig:
        """Its config from the options that apply to it (None means: the default)."""
        names = {f.name for f in fields(self.config_class)}
        return self.config_class(**{k: v for k, v in options.items()
                                    if k in names and v is not None})

    def fit(self, trial: Trial, config: TechniqueConfig, out: Path) -> Fit:
        """Prepare or train on the trial's training rows, save the artifact into `out`."""
        raise NotImplementedError

    def load(self, trial: Trial, artifact: Path) -> Predictor:
        """The saved artifact as a predictor, answering exactly as it did when evaluated."""
        raise NotImplementedError

    def work(self, shape: Shape, config: TechniqueConfig) -> Work:
        """What a run on a split of this shape will do."""
        raise NotImplementedError

    def trainable_params(self, model: torch.nn.Module, config: TechniqueConfig,
                         shape: Shape) -> int:
        """Weights that training changes, from the model's shapes, without building it."""
        return 0

    def total_params(self, model: torch.nn.Module, config: TechniqueConfig, shape: Shape) -> int:
        """Weights that answer a request: the language model's, for an LLM technique."""
        return sum(p.numel() for p in model.parameters())

    def model_name(self, base_model_id: str) -> str:
        """What answers this technique's requests."""
        return base_model_id

    def supports(self, task_kind: str) -> bool:
        return task_kind in self.tasks

    def how_to_load(self, base_id: str) -> str:
        """Markdown: how to use the artifact without Tailor. Prompting techniques need only
        the base model and prompt.json."""
        return PROMPT_USAGE.format(base=base_id)

    def label(self, variant: str) -> str:
        """Its name, with the variant when that is not the default."""
        default = self.config_class.VARIANTS[0]
        return self.name if variant == default else f"{self.name} ({variant})"


class Registry:
    """The techniques in their display order (cheapest to try first)."""

    def __init__(self, techniques: list[Technique]) -> None:
        self._by_id = {t.id: t for t in techniques}
        if len(self._by_id) != len(techniques):
            raise ValueError("two techniques share an id")
        for t in techniques:
            if t.family not in (*FAMILIES, BASELINE):
                raise ValueError(f"{t.id}: family {t.family!r} is not one of {FAMILIES}")

    def __iter__(self) -> Iterator[Technique]:
        return iter(self._by_id.values())

    def __contains__(self, technique_id: object) -> bool:
        return technique_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def get(self, technique_id: str) -> Technique:
        try:
            return self._by_id[technique_id]
        except KeyError:
            raise TailorError(f"Unknown technique '{technique_id}'. Choose one of: "
                              f"{', '.join(self._by_id)}.") from None

    def ordered(self, ids: list[str] | tuple[str, ...]) -> list[str]:
        """The given ids in registry order; unknown ones are an error."""
        for t in ids:
            self.get(t)
        return [t for t in self._by_id if t in ids]

    def applicable(self, ids: list[str] | tuple[str, ...], task_kind: str) -> list[str]:
        """The given techniques, in registry order, that can run on this kind of task."""
        return [t for t in self.ordered(ids) if self.get(t).supports(task_kind)]

    def representative(self, family: str) -> str | None:
        """The lab technique that stands for an advisor family."""
        members = [t for t in self if t.family == family]
        chosen = [t for t in members if t.stands_for_family] or members
        return chosen[0].id if chosen else None
