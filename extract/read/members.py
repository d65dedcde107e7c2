"""Members: one named byte stream inside a dump, and its format.

A member is a file on disk, an archive entry or a decompressed ``.gz`` payload.
Its (sanitised) name decides the format (``detect_format``); ``extract.read.dispatch``
hands it to the reader for that format.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from extract.read.limits import Limits, read_bounded
from extract.types import Failure, RawDocument, without_surrogates

Item = RawDocument | Failure

# Longest suffix first: ".tar.gz" must win over ".gz", ".warc.gz" over ".gz".
FORMATS: list[tuple[str, str]] = [
    (".tar.gz", "tar.gz"), (".tgz", "tar.gz"), (".warc.gz", "warc"), (".warc", "warc"),
    (".gz", "gz"), (".zip", "zip"), (".tar", "tar"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"), (".txt", "text"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".csv", "csv"),
]
EXPECTED = (".html, .htm, .txt, .jsonl, .json, .csv, .warc, .warc.gz, "
            "or these inside .gz, .zip, .tar, .tar.gz, .tgz")
ARCHIVES = {"gz", "zip", "tar", "tar.gz"}
WHOLE = {"html", "text", "zip"}  # read into memory whole; the others are streamed

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass
class Member:
    """A named byte stream. ``path`` is set when it is a real (seekable) file."""

    name: str
    source: str
    open: Callable[[], AbstractContextManager[BinaryIO]]
    path: Path | None = None


# A reader of one member: (member, limits, archive depth) -> its documents. The dispatcher is
# one, and passes itself to the archive readers for the members they hold.
Reader = Callable[[Member, Limits, int], Iterator[Item]]


def detect_format(name: str) -> str | None:
    """The reader format for a file name, or None if the extension is unknown."""
    lower = name.lower()
    for suffix, fmt in FORMATS:
        if lower.endswith(suffix):
            return fmt
    return None


def shown(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (surrogate escapes) become U+FFFD."""
    return without_surrogates(name)[0]


def sanitise_name(name: str) -> str:
    """An archive member name made safe to show: no ``..``, absolute or drive parts."""
    parts = []
    for part in _CONTROL.sub("", shown(name)).replace("\\", "/").split("/"):
        if part in ("", ".", "..") or re.fullmatch(r"[A-Za-z]:", part):
            continue
        parts.append(part)
    return "/".join(parts) or "unnamed"


def read_whole(name: str) -> bool:
    """True if a member of this name is held in memory whole (so bounded by max_bytes)."""
    return detect_format(name) in WHOLE


def is_hidden(name: str) -> bool:
    """True for dot-files and OS metadata folders, which are skipped silently."""
    return any(p.startswith(".") or p == "__MACOSX" for p in name.split("/") if p)


def seekable_stream(member: Member, limits: Limits) -> AbstractContextManager[BinaryIO]:
    """Open a member for formats that need seeking (zip): the file, or a bounded copy."""
    if member.path is not None:
        return member.open()
    with member.open() as stream:
        return io.BytesIO(read_bounded(stream, limits))


def read_single(member: Member, limits: Limits, depth: int, kind: str) -> Iterator[Item]:
    """An ``.html`` or ``.txt`` file: one document of ``kind`` holding its undecoded bytes."""
    with member.open() as stream:
        data = read_bounded(stream, limits)
    if not data.strip():
        yield Failure(member.source, "read", "empty file")
        return
    yield RawDocument(source=member.source, kind=kind, data=data)
