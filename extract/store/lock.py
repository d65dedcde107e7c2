"""One writer per knowledge base: a run holds an exclusive lock on the file while it writes,
and a second run on the same file is refused at once instead of racing it for SQLite's
write lock ("database is locked") and leaving its `runs` row unfinished."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class KnowledgeBaseBusy(RuntimeError):
    """Another run is writing this knowledge base."""


_HELD: set[int] = set()  # descriptors of the locks this process holds


def _close_in_child() -> None:
    """A forked worker closes its copies of the lock descriptors (closing, not unlocking:
    the parent keeps the lock), so the lock ends with the run, not with its last worker."""
    for fd in _HELD:
        os.close(fd)
    _HELD.clear()


os.register_at_fork(after_in_child=_close_in_child)


@contextmanager
def writing(path: str | Path) -> Iterator[None]:
    """Hold the knowledge base at ``path`` (created empty if new) for one writer; raises
    KnowledgeBaseBusy if another process holds it. ``flock`` locks are independent of
    SQLite's own (POSIX) locks and go away with the process, even on kill -9."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise KnowledgeBaseBusy("another run is writing this knowledge base") from None
    _HELD.add(fd)
    try:
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)


def read_only(path: str | Path) -> bool:
    """True if a run could not write the knowledge base at ``path``: the file, or the directory
    its journal files go in, is not writable, or lies on a read-only file system."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.exists():
        return False  # created by the run (an error there is the OS's own message)
    if os.statvfs(directory).f_flag & os.ST_RDONLY:
        return True
    return not os.access(directory, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))
