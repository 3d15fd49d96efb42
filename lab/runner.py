"""Running techniques for a session: a worker thread trains while the caller streams its
progress; one training at a time per process; cancel stops after the current step and keeps
what finished; a caller that stops listening (a closed tab) stops the training."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from adapters.techniques import REGISTRY
from adapters.training import Cancelled
from adapters.trial import Progress, RunConfig, Trial
from lab.estimate import record
from lab.state import LabState
from lab.worker import WORKER, Step
from tailor.errors import TailorError
from tailor.limits import Limits
from tailor.settings import Settings


class TrainingLine:
    """One training at a time, first come first served, and one place in line per session:
    CPU cores are the bottleneck (two runs at once would each take twice as long), and a
    session that clicks Run twice must not hold two places."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._line: list[str] = []

    def join(self, session: str) -> None:
        with self._cond:
            if session in self._line:
                raise TailorError("This session already has a run waiting or going. Wait for "
                                  "it, or press Cancel first.")
            self._line.append(session)

    def ahead(self, session: str) -> int:
        """How many runs are ahead of this session's."""
        with self._cond:
            return self._line.index(session) if session in self._line else 0

    def wait_turn(self, session: str, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._line[:1] == [session], timeout)

    def leave(self, session: str) -> None:
        with self._cond:
            if session in self._line:
                self._line.remove(session)
            self._cond.notify_all()

    def busy(self) -> bool:
        with self._cond:
            return bool(self._line)

    @contextlib.contextmanager
    def turn(self, session: str, waiting: Callable[[int], None], cancel: threading.Event
             ) -> Iterator[None]:
        """Join, report the place in line until it is this session's turn, run, leave."""
        self.join(session)
        try:
            while not self.wait_turn(session, timeout=1.0):
                if cancel.is_set():
                    raise Cancelled("Cancelled while waiting for the trainer.")
                waiting(self.ahead(session))
            yield
        finally:
            self.leave(session)


LINE = TrainingLine()


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
    config = replace(config or RunConfig(model=state.model, seed=state.seed,
                                         endpoint=state.endpoint),
                     output_dir=state.folder / "runs")
    return Trial(state.split, config, progress, state.cancel, Settings.from_env())


def run(state: LabState, techniques: list[str] | tuple[str, ...],
        max_seconds: float | None = None, steps: int | None = None,
        configs: dict[str, Any] | None = None) -> Iterator[Update]:
    """Run the techniques one after another on the session's split, in the training worker,
    yielding (state, tick, loss points) as training goes. Results accumulate in the state;
    a technique that fails is reported (phase "failed") and the next one still runs."""
    if state.split is None:
        raise TailorError("Load some data first.")
    chosen = REGISTRY.ordered(list(techniques or []))
    if not chosen:
        raise TailorError("Tick at least one technique to run.")
    runnable = REGISTRY.applicable(chosen, state.split.task.kind)
    limits = Limits.from_env()
    budget = min(max_seconds or limits.max_seconds_per_technique,
                 limits.max_seconds_per_technique)
    config = RunConfig(model=state.model, seed=state.seed, max_seconds=budget,
                       steps=min(steps, limits.max_steps) if steps else None,
                       max_steps=limits.max_steps, output_dir=state.folder / "runs",
                       endpoint=state.endpoint)
    expected = sum(min(e.total_seconds, budget + e.eval_seconds)
                   for t, e in state.estimates.items() if t in runnable)
    if expected > limits.max_seconds_per_trial:
        raise TailorError(f"This run would take about {expected:,.0f} s here; the limit is "
                          f"{limits.max_seconds_per_trial:,.0f} s per run. Untick a technique "
                          "or lower the training budget.")
    job = [Step(state.split, config, t, (configs or {}).get(t)) for t in runnable]
    state.cancel.clear()
    LINE.join(state.id)  # refuse a second run of this session before any thread starts
    LINE.leave(state.id)
    events: queue.Queue = queue.Queue()
    losses: list[tuple[str, int, float]] = []

    def work() -> None:
        try:
            with LINE.turn(state.id, lambda n: events.put(("waiting", "", n)), state.cancel):
                for t in chosen:
                    if t not in runnable:
                        events.put(("skipped", t, f"{views_name(t)} does not apply to "
                                    f"{state.split.task.kind} tasks"))
                for kind, index, payload in WORKER.run(job, state.cancel):
                    events.put((kind, runnable[index], payload))
        except Cancelled:
            events.put(("cancelled", "", None))
        except BaseException as exc:  # handed to the caller's thread
            events.put(("error", "", exc))
        finally:
            events.put(None)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        yield from _updates(state, events, losses)
    finally:
        # A caller that stops listening (a closed tab, a cancelled job) stops the training.
        if thread.is_alive():
            state.cancel.set()
        thread.join()


def views_name(technique: str) -> str:
    return REGISTRY.get(technique).name


def _updates(state: LabState, events: queue.Queue, losses: list[tuple[str, int, float]]
             ) -> Iterator[Update]:
    """Turn the worker's events into (state, tick, losses) updates."""
    current = state
    error: BaseException | None = None
    while (item := events.get()) is not None:
        kind, t, payload = item
        if kind == "progress":
            p: Progress = payload
            if p.phase == "train" and p.loss is not None:
                losses.append((t, p.step, p.loss))
                yield current, Tick(t, "train", p.step / max(1, p.total), p.loss, p.step,
                                    f"step {p.step}/{p.total}"), losses
            elif p.phase == "search":
                yield current, Tick(t, "search", p.step / max(1, p.total), p.loss, p.step,
                                    f"candidate {p.step}/{p.total}, best {p.loss:.2f}"), losses
            elif p.phase in ("setup", "eval") and p.step == 0:
                yield current, Tick(t, p.phase, 0.0 if p.phase == "setup" else 0.95,
                                    message=p.phase), losses
        elif kind == "result":
            if t in current.estimates:
                record(payload, current.estimates[t])
            current = replace(current, results={**current.results, t: payload},
                              failures={k: v for k, v in current.failures.items() if k != t})
            yield current, Tick(t, "done", 1.0, message="done"), losses
        elif kind in ("failed", "crashed", "skipped"):
            current = replace(current, failures={**current.failures, t: payload})
            yield current, Tick(t, "failed" if kind != "skipped" else "skipped", 1.0,
                                message=payload), losses
        elif kind == "cancelled":
            yield current, Tick(t, "cancelled", 0.0, message="Cancelled."), losses
        elif kind == "waiting":
            yield current, Tick("", "waiting", 0.0, message=f"{payload} run(s) ahead of "
                                "yours"), losses
        elif kind == "error":
            error = payload
    if error is not None:
        raise error


def cancel(state: LabState) -> None:
    state.cancel.set()


def learning_curve(state: LabState, technique: str, fractions=(0.25, 0.5, 1.0),
                   steps: int | None = None) -> LabState:
    """Scores of one technique at a few training-set sizes, same held-out rows."""
    if state.split is None:
        raise TailorError("Load some data first.")
    REGISTRY.get(technique)
    full = state.split
    job, sizes = [], []
    for f in fractions:
        n = max(len(full.task.labels) or 2, round(len(full.train) * f))
        sizes.append(n)
        job.append(Step(replace(full, train=full.train[:n]),
                        RunConfig(model=state.model, seed=state.seed, steps=steps,
                                  output_dir=state.folder / f"curve-{n}",
                                  endpoint=state.endpoint), technique))
    state.cancel.clear()  # a Cancel pressed before this run must not stop it
    points = []
    with LINE.turn(state.id, lambda n: None, state.cancel):
        for kind, index, payload in WORKER.run(job, state.cancel):
            if kind == "result":
                points.append((sizes[index], payload.score))
            elif kind in ("failed", "crashed"):
                raise TailorError(f"The learning curve stopped at {sizes[index]} rows: "
                                  f"{payload}")
            elif kind == "cancelled":
                raise Cancelled("Cancelled.")
    return replace(state, curve=tuple(points))
