"""The Dask engine: extraction on a Dask distributed cluster, storing in the client.

Dask is an optional extra: ``pip install 'newsfacts[dask]'``; importing this module
without it raises ``DaskMissing`` with that command.

Each Dask worker gets the pipeline once, through a worker plugin that carries the
pickled ``Extractor`` (the spaCy pipeline as its config and ``to_bytes()``, plus the
snapshot of unchanged articles); the plugin's setup rebuilds it, so every worker runs
exactly the pipeline the client built. Workers need the ``newsfacts`` package installed
but no access to the model files or the knowledge base. Batches of raw documents are submitted as tasks, a bounded
number at a time; their results come back to the client, which writes them in input
order (the same single writer as the local engine).

Timeouts: each document runs on its own clock on the worker (see ``clock``). As a
backstop for a task stuck where that clock cannot reach, a batch that takes longer than
``timeout`` seconds per document is given up on and its documents are resubmitted
one by one; a single document that still exceeds ``timeout`` is recorded as failed,
and the worker running it is restarted when it has a nanny (the default for
``dask worker`` and ``LocalCluster(processes=True)``).
"""

from __future__ import annotations

import pickle
import socket
import time
from collections import deque
from typing import Iterable, Iterator

from ..types import Failure, RawDocument
from .engines import backstop, time_limit, worker_count
from .work import Extractor, Result

PLUGIN_NAME = "newsfacts-extractor"
CONNECT_TIMEOUT = 5  # seconds to reach a scheduler (Dask's own default is 30)


class DaskMissing(ImportError):
    """Dask (the ``dask`` extra) is not installed."""


class SchedulerUnreachable(ConnectionError):
    """The scheduler cannot be reached, or the LocalCluster cannot be started."""


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:
    raise DaskMissing("the Dask engine needs Dask: pip install 'newsfacts[dask]'") from exc


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline once per worker (each worker rebuilds its own copy from the payload)."""

    name = PLUGIN_NAME

    def __init__(self, payload: bytes):
        self.payload = payload

    def setup(self, worker) -> None:  # noqa: D102
        worker._newsfacts_extractor = pickle.loads(self.payload)

    def teardown(self, worker) -> None:  # noqa: D102
        worker.__dict__.pop("_newsfacts_extractor", None)


def _probe(address: str) -> None:
    """Connect to a tcp:// scheduler address and wait for the first byte of the greeting a
    Dask scheduler sends at once: a refused connection, an unknown host, or a server that
    says nothing (e.g. the dashboard's port) fails within CONNECT_TIMEOUT; Dask's client
    would retry refused connections until its timeout and wait for a greeting forever.
    tls:// addresses are only connected to; other schemes are left to the client."""
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(address)
    if scheme not in ("tcp", "tls"):
        return
    try:
        with socket.create_connection(parse_host_port(location), timeout=CONNECT_TIMEOUT) as sock:
            if scheme == "tcp" and not sock.recv(1):
                raise ConnectionError("the connection was closed without a Dask greeting")
    except TimeoutError:
        raise TimeoutError(f"no answer within {CONNECT_TIMEOUT} s") from None


def process_on_worker(raws: list[RawDocument]) -> list[Result]:
    """The task: run this worker's extractor over one batch."""
    from distributed import get_worker

    return get_worker()._newsfacts_extractor.process(raws)


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 timeout: float | None = None, client=None, processes: bool = True):
        self.scheduler = scheduler
        self.n_workers = workers
        self.timeout = time_limit(timeout)
        self.client = client
        self.processes = processes
        self._own_client = client is None
        self.cluster = None
        self.workers = 0

    def connect(self) -> None:
        """Reach the scheduler (or start a LocalCluster) unless already connected; raises
        ``SchedulerUnreachable`` (one line) after at most ``CONNECT_TIMEOUT`` seconds."""
        from distributed import Client, LocalCluster

        if self.client is not None:
            return
        try:
            if self.scheduler:
                _probe(self.scheduler)
                self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            else:
                self.cluster = LocalCluster(n_workers=worker_count(self.n_workers), threads_per_worker=1,
                                            processes=self.processes, dashboard_address=None)
                self.client = Client(self.cluster, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:  # refused, timed out, a malformed address
            self.close()
            where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
            raise SchedulerUnreachable(f"cannot reach {where}: {' '.join(str(exc).split())[:200]}") from None

    def start(self, extractor: Extractor) -> None:
        self.connect()
        extractor.timeout = self.timeout  # each document's own clock, on the workers
        self.client.register_plugin(ExtractorPlugin(pickle.dumps(extractor, protocol=pickle.HIGHEST_PROTOCOL)),
                                    name=PLUGIN_NAME)
        self.workers = max(1, sum(self.client.nthreads().values()))

    def close(self) -> None:
        if not self._own_client:
            return
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    def _submit(self, raws: list[RawDocument]):
        return self.client.submit(process_on_worker, raws, pure=False)

    def imap(self, batches: Iterable[list[RawDocument]]) -> Iterator[list[Result]]:
        inflight: deque = deque()
        window = 2 * self.workers + 1
        for raws in batches:
            inflight.append((raws, self._submit(raws) if raws else None, time.monotonic()))
            while len(inflight) >= window:
                yield self._result(*inflight.popleft())
        while inflight:
            yield self._result(*inflight.popleft())

    def _result(self, raws: list[RawDocument], future, submitted: float) -> list[Result]:
        if future is None:
            return []
        budget = None if not self.timeout else self.timeout * max(len(raws), 1)
        try:
            return future.result(timeout=budget)
        except Exception as exc:  # noqa: BLE001 — timeout, killed worker, lost data
            reason = self._reason(exc)
            self._give_up(future)
        if len(raws) == 1:
            return [Failure(raws[0].source, "annotate", reason)]
        # Find the culprit: one document at a time.
        results: list[Result] = []
        for raw in raws:
            single = self._submit([raw])
            try:
                results.extend(single.result(timeout=backstop(self.timeout)))
            except Exception as exc:  # noqa: BLE001
                self._give_up(single)
                results.append(Failure(raw.source, "annotate", self._reason(exc)))
        return results

    def _reason(self, exc: Exception) -> str:
        if isinstance(exc, TimeoutError) or type(exc).__name__ == "TimeoutError":
            return f"timed out after {self.timeout:g} s on a Dask worker"
        return f"Dask task failed: {type(exc).__name__}: {exc}"

    def _give_up(self, future) -> None:
        """Cancel a task; if a worker is still busy with it, restart that worker."""
        try:
            processing = self.client.processing()
            stuck = [w for w, keys in processing.items() if future.key in keys]
            future.cancel()
            if stuck:
                self.client.restart_workers(stuck, timeout=60, raise_for_error=False)
                # A restarted worker runs the plugin's setup again.
        except Exception:  # noqa: BLE001 — best effort (e.g. no nanny with processes=False)
            pass
