"""Entry point of the read stage: walk a file or directory tree in sorted order."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from extract.read.limits import Limits, ReadError
from extract.read.dispatch import dispatch
from extract.read.members import Item, Member, is_hidden, shown
from extract.types import Failure


def dump_name(path: str | Path) -> str:
    """The name a dump's sources start with (and runs record): its own name, never the
    directories above it."""
    return shown(Path(path).resolve().name)


def _entries(directory: Path) -> Iterator[Path]:
    """A directory's visible entries sorted by name (so the walk is in path order)."""
    try:
        entries = sorted(directory.iterdir())
    except OSError as exc:
        raise ReadError(f"cannot list the directory: {exc.strerror}") from None
    return (e for e in entries if not is_hidden(e.name))


def _open_no_follow(path: Path):
    """Open ``path`` for reading, refusing a link swapped in since the walk looked at it."""
    return os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)), "rb")


def _file_member(path: Path, source: str, follow: bool = False) -> Member:
    return Member(name=path.name, source=source, path=path,
                  open=(lambda: path.open("rb")) if follow else (lambda: _open_no_follow(path)))


def _link_failure(entry: Path, root: Path, source: str, follow_links: bool) -> Failure | None:
    """Why the link ``entry`` is skipped, or None if it is followed (a file link inside
    the dump, with ``follow_links``)."""
    if not follow_links:
        return Failure(source, "read", "symbolic link; skipped (--follow-links reads file links inside the dump)")
    try:
        target = entry.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # a loop (ELOOP, "Symlink loop"), or a broken link
        what = "loop" if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP else "to nothing"
        return Failure(source, "read", f"symbolic link {what}; skipped")
    if not target.is_relative_to(root.resolve()):
        return Failure(source, "read", "symbolic link to outside the dump; skipped")
    if entry.is_dir():
        return Failure(source, "read", "symbolic link to a directory; skipped")
    return None


def iter_documents(path: str | Path, limits: Limits | None = None, follow_links: bool = False) -> Iterator[Item]:
    """Yield every document in a dump file or directory tree, in a deterministic order.

    Sources are relative to the parent of ``path`` (``dump/a.html``,
    ``dump.zip!dir/b.html``, ``dump.jsonl#3``), so ids derived from them do not
    depend on where the dump lives. Dot-files are skipped. Only regular files are
    read: links inside the tree are recorded as skipped, or with ``follow_links``
    followed when they point at a file inside the tree. Raises ``ReadError`` if
    ``path`` does not exist or is neither a file nor a directory.
    """
    limits = limits or Limits()
    root = Path(path)
    name = dump_name(root)
    if not root.exists():
        raise ReadError(f"no such file or directory: {name}")
    if root.is_file():
        yield from dispatch(_file_member(root, name, follow=True), limits)
        return
    if not root.is_dir():
        raise ReadError(f"not a file or directory: {name}")
    stack = [_entries(root)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        source = shown(f"{name}/{entry.relative_to(root).as_posix()}")
        if entry.is_symlink() and (failure := _link_failure(entry, root, source, follow_links)):
            yield failure
        elif entry.is_dir():
            try:
                stack.append(_entries(entry))
            except ReadError as exc:
                yield Failure(source, "read", str(exc))
        elif entry.is_file():
            yield from dispatch(_file_member(entry, source, follow=entry.is_symlink()), limits)
        elif not entry.exists() and not entry.is_symlink():
            yield Failure(source, "read", "deleted while the dump was being read; skipped")
        else:
            yield Failure(source, "read", "not a regular file (fifo, socket or device); skipped")
