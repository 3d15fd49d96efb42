"""The user's situation as the advisor sees it: one dataclass, filled in by the intake."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any


class TaskKind(StrEnum):
    CLASSIFICATION = "classification"
    EXTRACTION = "extraction"
    GENERATION = "generation"  # writing, rewriting, summarising, translating
    QA_CHAT = "qa_chat"  # question answering, assistants, chat
    REASONING = "reasoning"  # multi-step logic, maths, planning


class TeamSkill(StrEnum):
    NONE = "none"  # no engineers: prompts in a vendor's playground
    API = "api"  # developers who can call APIs
    ML = "ml"  # ML engineers who can train and serve models


class Hosting(StrEnum):
    VENDOR_API = "vendor_api"  # a hosted model behind a vendor's API
    SELF_HOSTED = "self_hosted"  # an open model on our own machines or cloud


class Hardware(StrEnum):
    """GPUs the founder already owns: owned compute makes training cost no cash."""

    NONE = "none"
    LAPTOP_GPU = "laptop_gpu"  # a consumer laptop card: QLoRA on small models
    OWN_GPU = "own_gpu"  # a desktop card, a workstation or a GPU server
    CLUSTER = "cluster"  # several GPU servers


@dataclass(frozen=True)
class Profile:
    """Everything the rules look at. `None` means "not answered yet"."""

    task: str | None = None
    task_kind: TaskKind | None = None
    labeled_examples: int | None = None
    # Budgets are cash for compute and API calls; people are counted in days, apart,
    # unless the founder says the budget must cover them too.
    budget_usd: float | None = None  # one-off budget for adapting the model
    monthly_budget_usd: float | None = None  # running budget per month
    budget_covers_people: bool | None = None  # the budget must also pay engineers
    team_skill: TeamSkill | None = None
    knows_pytorch: bool | None = None  # someone can write training code
    hardware: Hardware | None = None
    hosting: Hosting | None = None
    privacy: bool | None = None  # data must stay on premises / in our cloud
    vendor_finetune_ok: bool | None = None  # a vendor's fine-tuning API is acceptable
    tried_prompting: bool | None = None  # prompting was tried and fell short
    # What was tried says how much room prompting has left: a prompt already in use that does
    # the job, or one first draft that nobody refined, is no plateau.
    prompt_works: bool | None = None  # a prompt in use already does the job
    prompt_refined: bool | None = None  # False: only a first-draft prompt was tried
    needs_consistency: bool | None = None  # a strict format or very consistent output
    monthly_requests: int | None = None
    tight_latency: bool | None = None  # answers must come back in well under a second
    fresh_knowledge: bool | None = None  # the need is facts that change often
    num_tasks: int | None = None  # separate tasks (or customers) that share one model
    shared_model: bool | None = None  # one frozen base must serve them: no copy per task
    model_billions: float | None = None  # the base model's size, billions of parameters

    def with_updates(self, **changes: Any) -> Profile:
        """A copy with the given fields replaced (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def has_budget(self) -> bool:
        return self.budget_usd is not None or self.monthly_budget_usd is not None

    @property
    def owns_gpu(self) -> bool:
        return self.hardware not in (None, Hardware.NONE)

    @property
    def can_train(self) -> bool:
        """Someone on the team can write and run training code."""
        return self.team_skill == TeamSkill.ML or bool(self.knows_pytorch)

    @property
    def vendor_allowed(self) -> bool:
        """Data may go to a vendor: not private, not ruled out, not self-hosted only."""
        return not self.privacy and self.vendor_finetune_ok is not False and (
            self.hosting != Hosting.SELF_HOSTED or bool(self.vendor_finetune_ok))

    def to_dict(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, StrEnum) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        """Build a profile from JSON-like data, coercing enum strings."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and v is not None}
        enums = (("task_kind", TaskKind), ("team_skill", TeamSkill), ("hosting", Hosting),
                 ("hardware", Hardware))
        for name, enum in enums:
            if name in values:
                values[name] = enum(values[name])
        return cls(**values)
