"""One browser session's lab: an immutable `LabState`. Gradio creates a fresh one per session
(`gr.State(new_state)`, a callable default), so each session has its own id, run folder and
cancel flag; nothing is shared but the read-only base model."""

from __future__ import annotations

import shutil
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from adapters.data import Split
from adapters.techniques import REGISTRY
from adapters.trial import Result
from lab.estimate import Estimate
from tailor.endpoint import EndpointConfig
from tailor.settings import Settings

_CANCEL: dict[str, threading.Event] = {}  # session id -> its cancel flag
_CANCEL_LOCK = threading.Lock()


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class LabState:
    id: str = field(default_factory=_new_id)
    source: str = ""
    rows: tuple[dict, ...] = ()
    columns: tuple[str, str] | None = None
    input_name: str = "Input"
    output_name: str = "Output"
    instruction: str = ""
    descriptions: tuple[tuple[str, str], ...] = ()  # optional one-line label definitions
    seed: int = 0
    split: Split | None = None
    estimates: dict[str, Estimate] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # technique -> what went wrong
    selected: tuple[str, ...] = tuple(t.id for t in REGISTRY if t.default_on)
    curve: tuple[tuple[int, float], ...] = ()  # learning curve: (train size, score)
    model: str | None = None  # the local open model (None: TAILOR_MODEL or the bundled one)
    endpoint: EndpointConfig | None = None  # the founder's own model; its key stays in memory
    read_notes: tuple[str, ...] = ()  # how the data was read (encoding, rows sampled, ...)
    notes: tuple[str, ...] = ()  # read_notes plus what mapping the columns left out

    @property
    def cancel(self) -> threading.Event:
        with _CANCEL_LOCK:
            return _CANCEL.setdefault(self.id, threading.Event())

    @property
    def folder(self) -> Path:
        """This session's own folder for runs, zips and reports."""
        return Settings.from_env().data_dir / "lab" / self.id


def new_state() -> LabState:
    """A fresh session's state (Gradio calls this once per session)."""
    return LabState()


def sweep(max_age_hours: float, now: float | None = None) -> int:
    """Remove session folders untouched for longer than `max_age_hours` (sessions whose end
    the server never saw: a killed browser, a restart). Returns how many were removed."""
    root = Settings.from_env().data_dir / "lab"
    if not root.is_dir():
        return 0
    cutoff = (now or time.time()) - max_age_hours * 3600
    removed = 0
    for folder in root.iterdir():
        if not folder.is_dir():
            continue
        newest = max((p.stat().st_mtime for p in folder.rglob("*")),
                     default=folder.stat().st_mtime)
        if max(newest, folder.stat().st_mtime) < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def forget(state: LabState | None) -> None:
    """When a session ends: drop its cancel flag and its files."""
    if state is None:
        return
    with _CANCEL_LOCK:
        _CANCEL.pop(state.id, None)
    shutil.rmtree(state.folder, ignore_errors=True)
