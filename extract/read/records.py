"""Record readers: ``.jsonl``, ``.json`` (object or array) and ``.csv``.

Each record becomes ``RawDocument(kind="record", fields=...)`` with its fields
renamed to canonical keys (see ``fields.yaml``) and coerced to strings (``authors``
to a list of strings). A record that is not an object, has an unusable field
type or no text at all becomes a ``Failure``; the rest of the file goes on.
Files are streamed: a jsonl line or json array element at a time.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from extract.read.limits import Limits, TooLarge, megabytes
from extract.read.members import Item, Member
from extract.types import Failure, RawDocument

CHUNK = 64 * 1024
LIST_FIELDS = {"authors"}
BLOCK_FIELDS = {"html", "text", "lead"}  # a list of strings is joined as paragraphs


class RecordError(ValueError):
    """A record that cannot become a RawDocument."""


@cache
def field_aliases() -> dict[str, str]:
    """Map each accepted (lower-case) field name to its canonical key."""
    data = yaml.safe_load((Path(__file__).parent / "fields.yaml").read_text(encoding="utf-8"))
    return {alias: key for key, aliases in data.items() for alias in aliases}


def _as_text(key: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise RecordError(f"field {key!r} is a boolean, expected text")
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return ("\n\n" if key in BLOCK_FIELDS else " ").join(str(v) for v in value)
    raise RecordError(f"field {key!r} has unusable type {type(value).__name__}")


def _as_list(key: str, value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [_as_text(key, v) for v in items if v not in (None, "")]


def normalise_record(obj: Any) -> dict[str, Any]:
    """Canonical, type-checked fields of one JSON/CSV record (raises RecordError)."""
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {type(obj).__name__}")
    aliases = field_aliases()
    fields: dict[str, Any] = {}
    for name, value in obj.items():
        key = aliases.get(str(name).strip().lower())
        if key is None or key in fields or value in (None, "", []):
            continue
        fields[key] = _as_list(key, value) if key in LIST_FIELDS else _as_text(key, value)
    if not (fields.get("html") or fields.get("text") or "").strip():
        keys = ", ".join(sorted(str(k) for k in obj)) or "none"
        raise RecordError(f"record has no text or html field (keys: {keys})")
    return fields


def _record(source: str, obj: Any) -> Item:
    try:
        return RawDocument(source=source, kind="record", fields=normalise_record(obj))
    except RecordError as exc:
        return Failure(source, "read", str(exc))


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: bytes that are not UTF-8 are read as windows-1252."""
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start:exc.end]
    return bad.decode("windows-1252", errors="replace"), exc.end


# Record files should be UTF-8; stray bytes (old Norwegian dumps) are read as windows-1252.
codecs.register_error("newsfacts-cp1252", _cp1252_fallback)
ENCODING = {"encoding": "utf-8-sig", "errors": "newsfacts-cp1252"}


def _lines(stream: BinaryIO, limits: Limits) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; the line is None when it is over the size limit."""
    number = 0
    while True:
        line = stream.readline(limits.max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the oversized line without keeping it
            yield number, None
        else:
            yield number, line


def read_jsonl(member: Member, limits: Limits, depth: int) -> Iterator[Item]:
    """One article per line; a bad line becomes a Failure and reading goes on."""
    with member.open() as stream:
        for number, line in _lines(stream, limits):
            source = f"{member.source}#{number}"
            if line is None:
                yield Failure(source, "read", f"line longer than the "
                              f"{megabytes(limits.max_bytes)} limit; skipped")
                continue
            text = line.decode(**ENCODING).strip()
            if not text:
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Failure(source, "read", f"invalid JSON: {exc}")
                continue
            except RecursionError:
                yield Failure(source, "read", "invalid JSON: nested too deeply")
                continue
            yield _record(source, obj)


def _text_stream(stream: BinaryIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(stream, newline="", **ENCODING)  # type: ignore[arg-type]


def _json_values(text: io.TextIOWrapper, limits: Limits) -> Iterator[Any]:
    """The top-level value, or each element of a top-level array, read incrementally."""
    decoder = json.JSONDecoder()
    buf, pos, eof = "", 0, False

    def more(n: int) -> None:
        nonlocal buf, pos, eof
        chunk = text.read(n)
        eof = not chunk
        buf = buf[pos:] + chunk
        pos = 0

    def skip(chars: str) -> None:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in chars:
                pos += 1
            if pos < len(buf) or eof:
                return
            more(CHUNK)

    skip(" \t\r\n")
    if pos >= len(buf):
        raise RecordError("empty JSON file")
    array = buf[pos] == "["
    if array:
        pos += 1
    while True:
        skip(" \t\r\n," if array else " \t\r\n")
        if pos >= len(buf) or (array and buf[pos] == "]"):
            return
        want = CHUNK
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
                if eof or (end < len(buf) and buf[end] in " \t\r\n,]"):  # "3.5" of "3.5e2"
                    break
            except json.JSONDecodeError as exc:
                if eof:
                    raise RecordError(f"invalid JSON: {exc}") from None
            except RecursionError:
                raise RecordError("invalid JSON: nested too deeply") from None
            if len(buf) - pos > limits.max_bytes:
                raise TooLarge(f"JSON value larger than the {megabytes(limits.max_bytes)} "
                               "limit; stopped reading")
            more(want)
            want *= 2
        pos = end
        yield value
        if not array:
            return


def read_json(member: Member, limits: Limits, depth: int) -> Iterator[Item]:
    """One article object, or an array of them (sources ``file.json#N``)."""
    with member.open() as stream:
        text = _text_stream(stream)
        index = 0
        try:
            for value in _json_values(text, limits):
                index += 1
                yield _record(f"{member.source}#{index}", value)
        except RecordError as exc:
            where = f"{member.source}#{index + 1}" if index else member.source
            yield Failure(where, "read", str(exc))


def read_csv(member: Member, limits: Limits, depth: int) -> Iterator[Item]:
    """One article per row, with a header row naming the columns (sources ``file.csv#ROW``)."""
    csv.field_size_limit(limits.max_bytes)
    with member.open() as stream:
        reader = csv.DictReader(_text_stream(stream))
        for number, row in enumerate(reader, start=1):
            row.pop(None, None)  # cells beyond the header
            yield _record(f"{member.source}#{number}", row)
