"""WARC reader: each successful HTML response record becomes an html RawDocument."""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from extract.read.limits import Limits, megabytes
from extract.read.members import Item, Member
from extract.types import Failure, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(' "\''):
            return value.strip(' "\'')
    return None


def read_warc(member: Member, limits: Limits, depth: int) -> Iterator[Item]:
    """HTML responses with status 200 (sources ``crawl.warc.gz!URL``); others are skipped."""
    with member.open() as stream:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            status = record.http_headers.get_statuscode()
            if status != "200" or not content_type.lower().startswith(HTML_TYPES):
                continue
            url = "".join(ch for ch in record.rec_headers.get_header("WARC-Target-URI") or ""
                          if ch.isprintable() and not ch.isspace())
            source = f"{member.source}!{url or f'record-{number}'}"
            data = record.content_stream().read(limits.max_bytes + 1)
            if len(data) > limits.max_bytes:
                yield Failure(source, "read", f"response larger than the "
                              f"{megabytes(limits.max_bytes)} limit; skipped")
                continue
            fields = {"url": url} if url else {}
            yield RawDocument(source=source, kind="html", data=data, fields=fields,
                              charset=_charset(content_type))
