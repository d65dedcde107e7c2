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
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from extract.read.limits import Limits, TooLarge, forward_stream, megabytes
from extract.read.members import Item, Member
from extract.types import Failure, RawDocument

CHUNK = 64 * 1024
LIST_FIELDS = {"authors"}
BLOCK_FIELDS = {"html", "text", "lead"}  # a list of strings is joined as paragraphs


class RecordError(ValueError):
    """A record that cannot become a RawDocument."""


class LongNumber:
    """A JSON integer with more digits than Python converts (``sys.get_int_max_str_digits``):
    kept as its length, so the record around it is read to its end and only fails if the
    number is in a field that is used."""

    def __init__(self, digits: str) -> None:
        self.length = len(digits)


def _parse_int(digits: str) -> int | LongNumber:
    try:
        return int(digits)
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        return LongNumber(digits)


_DECODER = json.JSONDecoder(parse_int=_parse_int)


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
    if isinstance(value, LongNumber):
        raise RecordError(f"field {key!r} is a number of {value.length:,} digits; record skipped")
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


def normalise_record(obj: Any, columns: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    """Canonical, type-checked fields of one JSON/CSV record (raises RecordError).

    ``columns``: (canonical key, the dump's name for it) pairs given by the user
    (``--columns title=overskrift``); they win over the names ``fields.yaml`` knows."""
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {type(obj).__name__}")
    chosen = {name.strip().lower(): key for key, name in columns}
    aliases = {**field_aliases(), **chosen}
    fields: dict[str, Any] = {}
    for name, value in sorted(obj.items(), key=lambda item: str(item[0]).strip().lower() not in chosen):
        key = aliases.get(str(name).strip().lower())
        if key is None or key in fields or value in (None, "", []):
            continue
        fields[key] = _as_list(key, value) if key in LIST_FIELDS else _as_text(key, value)
    if not (fields.get("html") or fields.get("text") or "").strip():
        keys = ", ".join(sorted("".join(c for c in str(k) if c.isprintable())[:40] for k in obj)[:20]) or "none"
        raise RecordError(f"record has no text or html field (keys: {keys})")
    return fields


def _record(source: str, obj: Any, limits: Limits) -> Item:
    try:
        return RawDocument(source=source, kind="record", fields=normalise_record(obj, limits.columns))
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
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CSV_MARKS = re.compile(r'[",\n]')


class _Recoder(io.RawIOBase):
    """UTF-16 text (BOM read by the decoder) as a forward-only stream of UTF-8 bytes."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        super().__init__()
        self.text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while len(self.pending) < len(buffer) and (chunk := self.text.read(CHUNK)):
            self.pending += chunk.encode("utf-8")
        n = min(len(buffer), len(self.pending))
        buffer[:n], self.pending = self.pending[:n], self.pending[n:]
        return n


@contextmanager
def _utf8(member: Member) -> Iterator[BinaryIO]:
    """The member's bytes as UTF-8: a UTF-16 file (with its BOM) is recoded on the fly."""
    with member.open() as raw:
        stream = raw if hasattr(raw, "peek") else forward_stream(raw)
        bom = stream.peek(2)[:2]
        yield io.BufferedReader(_Recoder(stream, "utf-16")) if bom in UTF16_BOMS else stream


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
    with _utf8(member) as stream:
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
                obj = _DECODER.decode(text)
            except json.JSONDecodeError as exc:
                yield Failure(source, "read", f"invalid JSON: {exc}")
                continue
            except RecursionError:
                yield Failure(source, "read", "invalid JSON: nested too deeply")
                continue
            yield _record(source, obj, limits)


def _text_stream(stream: BinaryIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(stream, newline="", **ENCODING)  # type: ignore[arg-type]


def _json_values(text: io.TextIOWrapper, limits: Limits) -> Iterator[Any]:
    """The top-level value, or each element of a top-level array, read incrementally."""
    decoder = _DECODER
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
    with _utf8(member) as stream:
        text = _text_stream(stream)
        index = 0
        try:
            for value in _json_values(text, limits):
                index += 1
                yield _record(f"{member.source}#{index}", value, limits)
        except RecordError as exc:
            where = f"{member.source}#{index + 1}" if index else member.source
            yield Failure(where, "read", str(exc))


CSV_DELIMITERS = (",", ";", "\t")


class _Quoting:
    """Whether a CSV line piece ends inside a quoted field (as the csv module reads quotes:
    one opens a quoted field only at the field's start; ``""`` inside it is a quote)."""

    def __init__(self, delimiter: str = ",") -> None:
        self.inside, self.at_start, self.delimiter = False, True, delimiter

    def feed(self, piece: str) -> bool:
        """Feed the next piece; True if it ends a row (a line end outside quotes)."""
        skip = -1
        for match in _CSV_MARKS.finditer(piece):
            at, mark = match.start(), match.group()
            if at == skip:
                continue
            if self.inside:
                if mark == '"':
                    if piece[at + 1:at + 2] == '"':
                        skip = at + 1
                    else:
                        self.inside = False
            elif mark == '"':
                self.inside = piece[at - 1] in self.delimiter + "\n" if at else self.at_start
        self.at_start = piece.endswith((self.delimiter, "\n"))
        return piece.endswith("\n") and not self.inside


def _csv_rows(text: io.TextIOWrapper, limits: Limits, delimiter: str) -> Iterator[str | None]:
    """Each CSV row's text (a quoted field may hold newlines), or None for a row over
    ``max_bytes``, which is read past in bounded pieces and never held."""
    row: list[str] = []
    size, quoting = 0, _Quoting(delimiter)
    while piece := text.readline(limits.max_bytes + 1):
        size += len(piece)
        if size <= limits.max_bytes:
            row.append(piece)
        if quoting.feed(piece):
            yield "".join(row) if size <= limits.max_bytes else None
            row, size = [], 0
    if size:
        yield "".join(row) if size <= limits.max_bytes else None


def _csv_cells(row: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(row, newline=""), delimiter=delimiter), [])
    except csv.Error as exc:
        raise RecordError(f"invalid CSV row: {exc}") from None


def read_csv(member: Member, limits: Limits, depth: int) -> Iterator[Item]:
    """One article per row, with a header row naming the columns (sources ``file.csv#ROW``).
    A row over the size limit becomes a Failure and the next row is read."""
    csv.field_size_limit(limits.max_bytes)
    with _utf8(member) as stream:
        text = _text_stream(stream)
        header = text.readline(limits.max_bytes + 1)
        delimiter = max(CSV_DELIMITERS, key=header.count)  # spreadsheets in Norway write ";"
        names = _csv_cells(header, delimiter)
        if not names:
            return
        rows = _csv_rows(text, limits, delimiter)
        for number, row in enumerate(rows, start=1):
            source = f"{member.source}#{number}"
            if row is None:
                yield Failure(source, "read", f"row longer than the {megabytes(limits.max_bytes)} limit; skipped")
            elif row.strip():
                try:
                    yield _record(source, dict(zip(names, _csv_cells(row, delimiter))), limits)
                except RecordError as exc:
                    yield Failure(source, "read", str(exc))
