"""Entry point of the read stage: walk a file or directory tree in sorted order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from extract.read.limits import Limits, ReadError
from extract.read.members import Item, Member, dispatch, is_hidden


def _file_member(path: Path, source: str) -> Member:
    return Member(name=path.name, source=source, open=lambda: path.open("rb"), path=path)


def iter_documents(path: str | Path, limits: Limits | None = None) -> Iterator[Item]:
    """Yield every document in a dump file or directory tree, in a deterministic order.

    Sources are relative to the parent of ``path`` (``dump/a.html``,
    ``dump.zip!dir/b.html``, ``dump.jsonl#3``), so ids derived from them do not
    depend on where the dump lives. Dot-files are skipped. Raises ``ReadError``
    if ``path`` does not exist or is neither a file nor a directory.
    """
    limits = limits or Limits()
    root = Path(path)
    if not root.exists():
        raise ReadError(f"no such file or directory: {root}")
    name = root.resolve().name
    if root.is_file():
        yield from dispatch(_file_member(root, name), limits)
        return
    if not root.is_dir():
        raise ReadError(f"not a file or directory: {root}")
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not is_hidden(d))
        rel_dir = Path(dirpath).relative_to(root)
        for filename in sorted(filenames):
            if is_hidden(filename):
                continue
            rel = (rel_dir / filename).as_posix()
            yield from dispatch(_file_member(Path(dirpath) / filename, f"{name}/{rel}"), limits)
