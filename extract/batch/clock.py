"""One clock per document: a block of work that must end within so many seconds.

``limit(seconds)`` runs its block under a watchdog thread that, when the time is up,
raises ``DocumentTimeout`` in the thread running the block (``PyThreadState_SetAsyncExc``).
That works in any thread of any process, so every engine enforces the same clock: the
calling process (``--workers 0``), a local worker process, a Dask worker thread. Python
code is interrupted at once; a single long call into C (one regular expression, one
``time.sleep``) only when it returns, which is why the local and Dask engines keep their
own supervisor as a backstop.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class DocumentTimeout(BaseException):
    """A document's time is up. A BaseException, so the ``except Exception`` that keeps one
    bad document from stopping a batch does not swallow it."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Have ``thread_id`` raise ``exc`` at its next Python instruction (None: cancel)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc else None)


@contextmanager
def limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in this thread if the block runs longer than ``seconds``
    (None or 0: no limit)."""
    if not seconds:
        yield
        return
    target, lock, fired, done = threading.get_ident(), threading.Lock(), [False], [False]

    def time_up() -> None:
        with lock:
            if not done[0]:
                fired[0] = True
                _raise_in(target, DocumentTimeout)

    watchdog = threading.Timer(max(seconds, 0.001), time_up)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    finally:
        with lock:
            done[0] = True
            if fired[0]:
                _raise_in(target, None)  # one not raised yet is not raised after the block
        watchdog.cancel()
