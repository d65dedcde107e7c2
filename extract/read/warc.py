"""WARC reader: each successful HTML response record becomes an html RawDocument.

Records are framed here, with every line and block bounded (``.warc.gz`` through the
same ratio-guarded gunzip as ``.gz``); warcio then parses one bounded record at a time.
A record that cannot be framed (header line too long, no Content-Length, block over the
size limit) becomes a Failure and reading goes on at the next ``WARC/`` line. A false
Content-Length (larger than the record) is found while the block is read: the block ends
early at a record boundary (a blank line, then ``WARC/1.``); that record is a Failure and
reading resumes at the boundary.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from warcio.recordloader import ArcWarcRecordLoader

from extract.read.limits import Limits, forward_stream, gunzip, megabytes
from extract.read.members import Item, Member
from extract.types import Failure, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_LINE = 16 * 1024  # bytes of one WARC header line
MAX_HEADER = 256 * 1024  # bytes of a record's WARC headers
CHUNK = 64 * 1024
BOUNDARY = b"\r\n\r\nWARC/1."  # the end of one record and the start of the next


class _Rewindable:
    """A forward stream that can be handed back bytes it gave out (read again first)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.back = b""

    def unread(self, data: bytes) -> None:
        self.back = data + self.back

    def read(self, n: int) -> bytes:
        if not self.back:
            return self.stream.read(n)
        data, self.back = self.back[:n], self.back[n:]
        return data

    def readline(self, limit: int) -> bytes:
        if not self.back:
            return self.stream.readline(limit)
        end = self.back.find(b"\n", 0, limit)
        cut = limit if end < 0 else end + 1
        line, self.back = self.back[:cut], self.back[cut:]
        if end < 0 and len(line) < limit and not self.back:
            line += self.stream.readline(limit - len(line))
        return line


class BadRecord(ValueError):
    """A record that cannot be framed; reading resumes at the next record."""


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(' "\''):
            return value.strip(' "\'')
    return None


@contextmanager
def _open(member: Member, limits: Limits) -> Iterator[BinaryIO]:
    """The member's WARC bytes: gunzipped (ratio-guarded) if it starts with the gzip magic."""
    with member.open() as raw:
        stream = raw if hasattr(raw, "peek") else forward_stream(raw)
        if stream.peek(2)[:2] == b"\x1f\x8b":
            with gunzip(stream, limits) as unzipped:
                yield unzipped
        else:
            yield stream


def _line(stream: _Rewindable) -> bytes | None:
    """One line of at most MAX_LINE bytes (None at the end); BadRecord if longer."""
    line = stream.readline(MAX_LINE + 1)
    if not line:
        return None
    if len(line) > MAX_LINE and not line.endswith(b"\n"):
        raise BadRecord(f"WARC header line longer than {MAX_LINE // 1024} KB")
    return line


def _skip_to_next_record(stream: _Rewindable) -> bytes | None:
    """Discard (bounded chunks) up to the next line starting ``WARC/``; returns that line."""
    while True:
        line = stream.readline(CHUNK)
        if not line or line.startswith(b"WARC/"):
            return line or None


def _headers(stream: _Rewindable, first: bytes) -> tuple[bytes, int]:
    """The record's header bytes (from its ``WARC/`` line ``first``) and its Content-Length."""
    header, length = [first], None
    while (line := _line(stream)) not in (None, b"\r\n", b"\n"):
        header.append(line)
        if sum(map(len, header)) > MAX_HEADER:
            raise BadRecord(f"WARC headers longer than {MAX_HEADER // 1024} KB")
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip()) if value.strip().isdigit() else None
    if length is None:
        raise BadRecord("WARC record without a valid Content-Length")
    return b"".join(header) + b"\r\n", length


def _block(stream: _Rewindable, length: int, keep: int) -> bytes | str:
    """The record's block of ``length`` bytes (held only up to ``keep`` bytes), or why it is
    dropped. Read in chunks, each searched for a record boundary: one inside the block means
    the Content-Length is false; the bytes from the boundary's ``WARC/1.`` on are handed back."""
    held, seen, tail = bytearray(), 0, b""
    while seen < length:
        chunk = stream.read(min(CHUNK, length - seen))
        if not chunk:
            return f"truncated WARC record ({seen} of {length} bytes); skipped"
        window = tail + chunk
        if (at := window.find(BOUNDARY)) >= 0:
            stream.unread(window[at + 4:])
            return (f"Content-Length {length} larger than the record "
                    f"({seen - len(tail) + at} bytes); skipped")
        seen += len(chunk)
        if seen <= keep:
            held += chunk
        tail = window[-(len(BOUNDARY) - 1):]
    if length > keep:
        return f"record larger than the {megabytes(keep)} limit; skipped"
    return bytes(held)


def _records(raw: BinaryIO, limits: Limits) -> Iterator[bytes | str]:
    """Each record's bytes (headers + block), or why it is dropped."""
    stream = _Rewindable(raw)
    line = _skip_to_next_record(stream)
    while line is not None:
        try:
            header, length = _headers(stream, line)
            block = _block(stream, length, limits.max_bytes)
            yield block if isinstance(block, str) else header + block
        except BadRecord as exc:
            yield f"{exc}; skipped"
        line = _skip_to_next_record(stream)


def _document(record_bytes: bytes, source: str, number: int, limits: Limits) -> Item | None:
    """The HTML document of a 200 response record; None for any other record."""
    record = ArcWarcRecordLoader().parse_record_stream(io.BytesIO(record_bytes))
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if record.http_headers.get_statuscode() != "200" or not content_type.lower().startswith(HTML_TYPES):
        return None
    url = "".join(ch for ch in record.rec_headers.get_header("WARC-Target-URI") or ""
                  if ch.isprintable() and not ch.isspace())
    source = f"{source}!{url or f'record-{number}'}"
    data = record.content_stream().read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        return Failure(source, "read", f"response larger than the {megabytes(limits.max_bytes)} limit; skipped")
    return RawDocument(source=source, kind="html", data=data, fields={"url": url} if url else {},
                       charset=_charset(content_type))


def read_warc(member: Member, limits: Limits, depth: int) -> Iterator[Item]:
    """HTML responses with status 200 (sources ``crawl.warc.gz!URL``); others are skipped."""
    number = 0
    with _open(member, limits) as stream:
        for number, record in enumerate(_records(stream, limits), start=1):
            if isinstance(record, str):
                yield Failure(f"{member.source}!record-{number}", "read", record)
                continue
            try:
                document = _document(record, member.source, number, limits)
            except Exception as exc:  # noqa: BLE001 — warcio on one malformed record
                document = Failure(f"{member.source}!record-{number}", "read", f"malformed WARC record: {type(exc).__name__}: {str(exc)[:200]}")
            if document is not None:
                yield document
    if number == 0:
        yield Failure(member.source, "read", "cannot read warc: no WARC records found")
