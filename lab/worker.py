"""Training runs in one long-lived worker process, not in the web server's process.

Why a process and not a guarded thread, measured on this project's 2-core machine:
- A thread can catch a Python exception or a NaN loss, but not the kernel's out-of-memory
  killer or a crash in native code: either takes the whole web server down with it. In a
  process they take down the worker, which the server restarts for the next run.
- The cost is paid once: spawning a process that imports torch and loads the base model took
  about 6 s here, so the worker is started on the first run and then reused; later runs
  start at once.
- The training loop's Python code no longer holds the web server's GIL, and the worker runs
  at a lower scheduling priority (nice 10) on every core: it takes what the web server leaves
  idle, so chat and advice keep answering while a trial trains (bench/load.py measures it),
  and a trial still gets both cores when nobody else needs them. Reserving a core instead
  would make every trial on a 2-core machine about half as fast.

The worker runs jobs one at a time. A job is a list of steps (split, run config, technique,
technique config); the server reads its events (progress, result, failed, end) as they come.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2
NICE = 10


@dataclass(frozen=True)
class Step:
    """One technique on one split, as the worker runs it."""

    split: Any  # adapters.data.Split
    run: Any  # adapters.trial.RunConfig
    technique: str
    config: Any = None  # the technique's config; None: its defaults


def _failure(exc: BaseException) -> str:
    """What a user should read when a technique fails."""
    from tailor.errors import TailorError

    if isinstance(exc, TailorError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "It ran out of memory. Try LoRA or a soft prompt, fewer rows, or a smaller model."
    return f"It failed inside the training code ({type(exc).__name__}: {exc})."


def _exit_with(parent: int) -> None:
    """End this process when the server that started it is gone. A server stopped with
    SIGTERM or SIGKILL (a container or a supervisor stopping the app) never runs the exit
    handler that ends daemonic children, and the worker would live on holding the model and
    its optimiser state (2.4 GB seen after a test run)."""
    while True:
        threading.Event().wait(1.0)
        if os.getppid() != parent:
            os._exit(0)


def _serve(jobs: mp.Queue, events: mp.Queue, cancel: Any, threads: int,
           parent: int | None = None) -> None:
    """The worker's loop: run each job's steps, report as it goes."""
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    import torch

    from adapters.training import Cancelled
    from adapters.trial import Trial

    torch.set_num_threads(threads)
    with contextlib.suppress(OSError):  # not permitted here: run at normal priority
        os.nice(NICE)
    while True:
        job = jobs.get()
        if job is None:
            return
        for index, step in enumerate(job):
            if cancel.is_set():
                events.put(("cancelled", index, None))
                break
            try:
                trial = Trial(step.split, step.run, lambda p, i=index: events.put(
                    ("progress", i, p)), cancel)
                events.put(("result", index, trial.run(step.technique, step.config)))
            except Cancelled:
                events.put(("cancelled", index, None))
                break
            except BaseException as exc:  # reported per technique; the next one still runs
                events.put(("failed", index, _failure(exc)))
        events.put(("end", -1, None))


class Worker:
    """The server's handle on the training process: start it when needed, send a job, read
    its events, forward a cancel, restart it after a crash."""

    def __init__(self) -> None:
        self._ctx = mp.get_context("spawn")  # a clean interpreter: no copied locks or threads
        self._proc: Any = None
        self._lock = threading.Lock()
        self._ended = True  # whether the current job's "end" event has been read

    def _start(self) -> None:
        self._jobs, self._events = self._ctx.Queue(), self._ctx.Queue()
        self._cancel = self._ctx.Event()
        threads = int(os.environ.get("TAILOR_TRAIN_THREADS") or os.cpu_count() or 1)
        self._proc = self._ctx.Process(target=_serve, name="tailor-trainer", daemon=True,
                                       args=(self._jobs, self._events, self._cancel, threads,
                                             os.getpid()))
        self._proc.start()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.is_alive() else None

    def run(self, steps: list[Step], cancel: threading.Event) -> Iterator[tuple[str, int, Any]]:
        """Run the steps in the worker; yield its events. A set `cancel` is forwarded; a
        worker that dies yields ("crashed", index, message) and is restarted next time. A
        caller that stops reading cancels the job and waits for the worker to be free."""
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._start()
            self._cancel.clear()
            self._jobs.put(steps)
            self._ended = False
            try:
                yield from self._events_until_end(cancel)
            finally:
                # The caller stopped reading early: cancel, and wait until the worker is free.
                if not self._ended and self._proc is not None:
                    self._cancel.set()
                    for _ in self._events_until_end(cancel):
                        pass

    def _events_until_end(self, cancel: threading.Event) -> Iterator[tuple[str, int, Any]]:
        current = 0
        while True:
            if cancel.is_set() and not self._cancel.is_set():
                self._cancel.set()
            try:
                kind, index, payload = self._events.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not self._proc.is_alive():
                    code = self._proc.exitcode
                    self._proc, self._ended = None, True
                    why = ("it was killed, most likely for running out of memory"
                           if code in (-9, 137) else f"it exited with code {code}")
                    yield ("crashed", current, f"The training process stopped: {why}. "
                           "Finished techniques are kept; the next run starts a fresh one.")
                    return
                continue
            if kind == "end":
                self._ended = True
                return
            current = index
            yield kind, index, payload

    def stop(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.is_alive():
                self._jobs.put(None)
                self._proc.join(timeout=5)
                if self._proc.is_alive():
                    self._proc.kill()
            self._proc = None


WORKER = Worker()
