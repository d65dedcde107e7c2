"""Engines run the extractor over batches of raw documents and hand back the results
in input order, so the single knowledge-base writer stores articles in a deterministic
order whatever the number of workers.

Every engine gives each document one clock from the start of its parse to the end of
its facts (``timeout`` seconds, enforced by the extractor itself: see ``clock``).

* ``InlineEngine``: in the calling process (``--workers 0``).
* ``LocalEngine``: N worker processes on this machine, each with the pipeline loaded
  once (forked from the parent, so nothing is reloaded), supervised: a worker that
  stays silent for longer than ``backstop(timeout)`` (stuck in C code the clock cannot
  interrupt), or dies (segfault, OOM kill), is killed and replaced, and only that
  document is recorded as failed.
* ``DaskEngine`` (in ``extract.batch.dask_engine``, the ``dask`` extra): a Dask distributed cluster.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Iterable, Iterator, Protocol

from ..types import Failure, RawDocument
from .work import Extractor, Result

DEFAULT_TIMEOUT = 120.0  # seconds one document may take, unless told otherwise


def default_workers() -> int:
    """The cores this process may use: the default (and the most) worker processes."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def worker_count(workers: int | None) -> int:
    """The worker processes to start: ``workers``, or one per core if not given."""
    return max(1, workers or default_workers())


def time_limit(timeout: float | None) -> float | None:
    """Seconds one document may take: ``timeout``; DEFAULT_TIMEOUT if None; no limit (None) if 0."""
    return DEFAULT_TIMEOUT if timeout is None else (timeout or None)


def backstop(timeout: float | None) -> float | None:
    """How long a supervisor lets a worker stay silent: a little over the documents' own
    clock, which ends them first unless they are stuck in C code."""
    return timeout and timeout * 1.2 + 2


class Engine(Protocol):
    def start(self, extractor: Extractor) -> None: ...

    def imap(self, batches: Iterable[list[RawDocument]]) -> Iterator[list[Result]]: ...

    def close(self) -> None: ...


class InlineEngine:
    """Everything in the calling process, one batch at a time."""

    name = "inline"
    workers = 0

    def __init__(self, timeout: float | None = None):
        self.timeout = time_limit(timeout)

    def start(self, extractor: Extractor) -> None:
        extractor.timeout = self.timeout
        self.extractor = extractor

    def imap(self, batches: Iterable[list[RawDocument]]) -> Iterator[list[Result]]:
        for batch in batches:
            yield self.extractor.process(batch)

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------- local processes

_EXTRACTOR: Extractor | None = None  # set in the parent before forking workers


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this worker when its parent dies (e.g. kill -9 of the run)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 — best effort; the poll loop below also checks
        pass


def _worker_main(conn: Connection, parent_pid: int, extractor: Extractor | None) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    extractor = extractor or _EXTRACTOR
    assert extractor is not None
    while True:
        if not conn.poll(1.0):
            if os.getppid() != parent_pid:
                return
            continue
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        task_id, raws = message
        for kind, i, result in extractor.progress(raws):
            conn.send((kind, task_id, i, result))
        conn.send(("done", task_id, -1, None))


@dataclass
class _Batch:
    raws: list[RawDocument]
    results: list[Result | None]
    missing: int
    parsed: set[int] = field(default_factory=set)


@dataclass
class _Task:
    id: int
    seq: int
    indexes: list[int]  # positions in the batch


class _Worker:
    def __init__(self, ctx, parent_pid: int, extractor: Extractor | None):
        parent, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, parent_pid, extractor), daemon=True)
        self.process.start()
        child.close()
        self.conn = parent
        self.task: _Task | None = None
        self.last_activity = time.monotonic()
        self.documents = 0

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        except Exception:  # noqa: BLE001
            pass
        self.conn.close()


class LocalEngine:
    """A supervised pool of worker processes (see the module docstring)."""

    name = "local"

    def __init__(self, workers: int | None = None, timeout: float | None = None,
                 start_method: str | None = None, recycle_after: int | None = 2000):
        self.workers = worker_count(workers)
        self.timeout = time_limit(timeout)
        # A long-lived spaCy pipeline grows (its StringStore keeps every new string), so a
        # worker is replaced by a fresh fork after this many documents: memory stays flat.
        self.recycle_after = recycle_after
        self.recycled = 0
        self._retired: list[_Worker] = []
        methods = multiprocessing.get_all_start_methods()
        self.start_method = start_method or ("fork" if "fork" in methods else "spawn")
        self.pool: list[_Worker] = []
        self.restarts = 0
        self._task_ids = itertools.count()

    def start(self, extractor: Extractor) -> None:
        global _EXTRACTOR
        extractor.timeout = self.timeout
        self.ctx = multiprocessing.get_context(self.start_method)
        self.parent_pid = os.getpid()
        if self.start_method == "fork":
            _EXTRACTOR = extractor  # inherited by the forked workers: no pickling, no reload
            self._payload = None
        else:
            self._payload = extractor  # pickled to each worker
        self.pool = [self._spawn() for _ in range(self.workers)]

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.parent_pid, self._payload)

    def _retire(self, worker: _Worker) -> None:
        self.recycled += 1
        try:
            worker.conn.send(None)  # it exits when it reads this
        except Exception:  # noqa: BLE001
            worker.kill()
            return
        self._retired = [w for w in self._retired if w.process.is_alive()]  # (is_alive reaps the exited)
        self._retired.append(worker)

    def close(self) -> None:
        for worker in self._retired:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.kill()
        self._retired = []
        for worker in self.pool:
            try:
                worker.conn.send(None)
            except Exception:  # noqa: BLE001
                pass
        deadline = time.monotonic() + 5
        for worker in self.pool:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.kill()
        self.pool = []

    # The scheduling loop: hand tasks to idle workers, collect their events, watch the
    # clock, and yield finished batches in order.
    def imap(self, batches: Iterable[list[RawDocument]]) -> Iterator[list[Result]]:
        source = iter(batches)
        exhausted = False
        open_batches: dict[int, _Batch] = {}
        retries: deque[_Task] = deque()
        next_seq = next_out = 0
        window = 2 * self.workers + 1

        while True:
            # Yield finished batches in order.
            while next_out in open_batches and open_batches[next_out].missing == 0:
                batch = open_batches.pop(next_out)
                next_out += 1
                yield batch.results  # type: ignore[misc]
            if exhausted and not open_batches:
                return
            # Give work to idle workers (replacing the ones that have done enough).
            for k, worker in enumerate(self.pool):
                if worker.task is not None:
                    continue
                if self.recycle_after and worker.documents >= self.recycle_after:
                    self._retire(worker)
                    worker = self.pool[k] = self._spawn()
                task = None
                if retries:
                    task = retries.popleft()
                while task is None and not exhausted and next_seq - next_out < window:
                    try:
                        raws = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    seq, next_seq = next_seq, next_seq + 1
                    open_batches[seq] = _Batch(raws, [None] * len(raws), len(raws))
                    if raws:
                        task = _Task(next(self._task_ids), seq, list(range(len(raws))))
                if task is None:
                    break
                self._send(worker, task, open_batches[task.seq])
            if next_out in open_batches and open_batches[next_out].missing == 0:
                continue
            if exhausted and not open_batches:
                continue
            self._collect(open_batches, retries)

    def _send(self, worker: _Worker, task: _Task, batch: _Batch) -> None:
        worker.task = task
        worker.last_activity = time.monotonic()
        try:
            worker.conn.send((task.id, [batch.raws[i] for i in task.indexes]))
        except (BrokenPipeError, OSError):
            pass  # the worker is dead; _collect notices through its sentinel

    def _collect(self, open_batches: dict[int, _Batch], retries: deque) -> None:
        busy = [w for w in self.pool if w.task is not None]
        if not busy:
            return
        waitables = {}
        for w in busy:
            waitables[w.conn] = w
            waitables[w.process.sentinel] = w
        ready = wait(list(waitables), timeout=0.5)
        # Drain everything that is ready before judging anybody slow.
        for obj in ready:
            worker = waitables[obj]
            if obj is worker.conn:
                self._drain(worker, open_batches)
        now = time.monotonic()
        for worker in busy:
            if worker.task is None:
                continue
            dead = not worker.process.is_alive()
            if dead:
                self._drain(worker, open_batches)  # whatever it sent before dying
                if worker.task is None:
                    continue
                reason = f"worker process died (exit code {worker.process.exitcode})"
            elif self.timeout and now - worker.last_activity > backstop(self.timeout):  # type: ignore[operator]
                reason = f"timed out after {self.timeout:g} s; worker process killed"
            else:
                continue
            self._replace(worker, reason, open_batches, retries)

    def _drain(self, worker: _Worker, open_batches: dict[int, _Batch]) -> None:
        while worker.task is not None:
            try:
                if not worker.conn.poll():
                    return
                kind, task_id, i, result = worker.conn.recv()
            except (EOFError, OSError):
                return
            task = worker.task
            if task_id != task.id:
                continue
            worker.last_activity = time.monotonic()
            if kind == "done":
                worker.documents += len(task.indexes)
                worker.task = None
                return
            batch = open_batches.get(task.seq)
            if batch is None:  # all its results are in and it was handed on already
                continue
            index = task.indexes[i]
            if kind == "parsed":
                batch.parsed.add(index)
            elif kind == "result" and batch.results[index] is None:
                batch.results[index] = result
                batch.missing -= 1

    def _replace(self, worker: _Worker, reason: str, open_batches: dict[int, _Batch], retries: deque) -> None:
        task = worker.task
        assert task is not None
        worker.kill()
        self.restarts += 1
        self.pool[self.pool.index(worker)] = self._spawn()
        batch = open_batches.get(task.seq)
        left = [] if batch is None else [i for i in task.indexes if batch.results[i] is None]
        if not left:
            return
        if len(left) == 1:
            # The culprit is known: record it and go on.
            index = left[0]
            raw = batch.raws[index]
            stage = "annotate" if index in batch.parsed else "parse"
            batch.results[index] = Failure(raw.source, stage, reason)
            batch.missing -= 1
        else:
            # Several documents unfinished: retry them one at a time to find the culprit.
            for index in left:
                retries.append(_Task(next(self._task_ids), task.seq, [index]))


def local_engine(workers: int | None, timeout: float | None) -> Engine:
    """The engine for ``workers`` on this machine: 0 runs everything in this process, None
    one worker process per core. ``timeout`` as ``time_limit`` reads it."""
    return InlineEngine(timeout) if workers == 0 else LocalEngine(workers, timeout)
