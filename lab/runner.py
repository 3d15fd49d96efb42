"""Running techniques for a session: a worker thread trains while the caller streams its
progress; one training at a time per process; cancel stops after the current step and keeps
what finished; a caller that stops listening (a closed tab) stops the training."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from adapters.techniques import REGISTRY
from adapters.training import Cancelled
from adapters.trial import Progress, RunConfig, Trial
from lab.estimate import record
from lab.state import LabState
from tailor.errors import TailorError
from tailor.settings import Settings

# One training at a time per process: CPU cores are the bottleneck, two runs would each
# take twice as long. Gradio's queue (concurrency_id "training") shows others their place.
TRAINING_LOCK = threading.Lock()


@dataclass(frozen=True)
class Tick:
    """One update while a trial runs."""

    technique: str
    phase: str
    fraction: float  # of this technique, 0-1
    loss: float | None = None
    step: int = 0
    message: str = ""


Update = tuple[LabState, Tick | None, list[tuple[str, int, float]]]


def trial_for(state: LabState, config: RunConfig | None = None, progress=None) -> Trial:
    """A trial on the session's split, writing into the session's own folder."""
    if state.split is None:
        raise TailorError("Load some data first.")
    config = replace(config or RunConfig(seed=state.seed), output_dir=state.folder / "runs")
    return Trial(state.split, config, progress, state.cancel, Settings.from_env())


def run(state: LabState, techniques: list[str] | tuple[str, ...],
        max_seconds: float | None = None, steps: int | None = None) -> Iterator[Update]:
    """Run the techniques one after another on the session's split, yielding
    (state, tick, loss points) as training goes. Results accumulate in the state."""
    techniques = REGISTRY.ordered(list(techniques or []))
    if not techniques:
        raise TailorError("Tick at least one technique to run.")
    if state.split is None:
        raise TailorError("Load some data first.")
    state.cancel.clear()
    events: queue.Queue = queue.Queue()
    losses: list[tuple[str, int, float]] = []
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            with TRAINING_LOCK:
                trial = trial_for(state, RunConfig(seed=state.seed, max_seconds=max_seconds,
                                                   steps=steps), events.put)
                results = dict(state.results)
                for t in techniques:
                    r = trial.run(t)
                    if t in state.estimates:
                        record(r, state.estimates[t])
                    results[t] = r
                    box["results"] = dict(results)
                    events.put(("result", t))
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc
        finally:
            events.put(None)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        yield from _updates(state, events, box, losses)
    finally:
        # A caller that stops listening (a closed tab, a cancelled job) stops the training.
        if thread.is_alive():
            state.cancel.set()
        thread.join()
    if "error" in box and not isinstance(box["error"], Cancelled):
        raise box["error"]


def _updates(state: LabState, events: queue.Queue, box: dict[str, Any],
             losses: list[tuple[str, int, float]]) -> Iterator[Update]:
    """Turn the worker's progress events into (state, tick, losses) updates."""
    current = state
    while True:
        item = events.get()
        if item is None:
            break
        if isinstance(item, tuple):
            current = replace(current, results=box["results"])
            yield current, Tick(item[1], "done", 1.0, message="done"), losses
            continue
        p: Progress = item
        if p.phase == "train" and p.loss is not None:
            losses.append((p.technique, p.step, p.loss))
            yield current, Tick(p.technique, "train", p.step / max(1, p.total), p.loss,
                                p.step, f"step {p.step}/{p.total}"), losses
        elif p.phase in ("setup", "eval") and p.step == 0:
            yield current, Tick(p.technique, p.phase, 0.0 if p.phase == "setup" else 0.95,
                                message=p.phase), losses
    if isinstance(box.get("error"), Cancelled):
        yield replace(current, results=box.get("results", current.results)), Tick(
            "", "cancelled", 0.0, message="Cancelled."), losses


def cancel(state: LabState) -> None:
    state.cancel.set()


def learning_curve(state: LabState, technique: str, fractions=(0.25, 0.5, 1.0),
                   steps: int | None = None) -> LabState:
    """Scores of one technique at a few training-set sizes, same held-out rows."""
    if state.split is None:
        raise TailorError("Load some data first.")
    REGISTRY.get(technique)
    full = state.split
    points = []
    state.cancel.clear()  # a Cancel pressed before this run must not stop it
    with TRAINING_LOCK:
        for f in fractions:
            n = max(len(full.task.labels) or 2, round(len(full.train) * f))
            sub = replace(full, train=full.train[:n])
            trial = Trial(sub, RunConfig(seed=state.seed, steps=steps,
                                         output_dir=state.folder / f"curve-{n}"),
                          None, state.cancel)
            points.append((n, trial.run(technique).score))
    return replace(state, curve=tuple(points))
