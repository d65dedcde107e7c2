"""Members: one named byte stream inside a dump, and dispatch by format.

A member is a file on disk, an archive entry or a decompressed ``.gz`` payload.
Its (sanitised) name decides the format; ``dispatch`` hands it to the reader for
that format and turns any read error into a ``Failure`` for that member only.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from extract.read.limits import Limits, TooLarge, read_bounded
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


def dispatch(member: Member, limits: Limits, depth: int = 0) -> Iterator[Item]:
    """Yield the documents in one member, whatever its format; errors become Failures."""
    from extract.read import archives, records, warc  # the readers dispatch back here

    fmt = detect_format(member.name)
    if fmt is None:
        suffix = Path(member.name).suffix or "no extension"
        yield Failure(member.source, "read", f"unknown format: {suffix} (expected {EXPECTED})")
        return
    if fmt in ARCHIVES and depth >= limits.max_depth:
        yield Failure(member.source, "read",
                      f"archive nested more than {limits.max_depth} deep; skipped")
        return
    readers: dict[str, Callable[[Member, Limits, int], Iterator[Item]]] = {
        "html": partial(read_single, kind="html"), "text": partial(read_single, kind="text"),
        "jsonl": records.read_jsonl, "json": records.read_json, "csv": records.read_csv,
        "warc": warc.read_warc,
        "gz": archives.read_gz, "zip": archives.read_zip,
        "tar": archives.read_tar, "tar.gz": archives.read_tar,
    }
    try:
        yield from readers[fmt](member, limits, depth)
    except TooLarge as exc:
        yield Failure(member.source, "read", str(exc))
    except Exception as exc:  # noqa: BLE001 — corrupt archives, encrypted members, bad WARC …
        yield Failure(member.source, "read", f"cannot read {fmt}: {_describe(exc)}")


def _describe(exc: Exception, limit: int = 200) -> str:
    """An exception as ``Type: message``, printable characters only, bounded in length."""
    text = "".join(ch if ch.isprintable() else "?" for ch in f"{type(exc).__name__}: {exc}")
    return text if len(text) <= limit else text[:limit] + "…"


def read_single(member: Member, limits: Limits, depth: int, kind: str) -> Iterator[Item]:
    """An ``.html`` or ``.txt`` file: one document of ``kind`` holding its undecoded bytes."""
    with member.open() as stream:
        data = read_bounded(stream, limits)
    if not data.strip():
        yield Failure(member.source, "read", "empty file")
        return
    yield RawDocument(source=member.source, kind=kind, data=data)
