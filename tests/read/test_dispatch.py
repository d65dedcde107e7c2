"""The dispatcher: members go to the reader of their format; archive readers get it passed in."""

from __future__ import annotations

import gzip
import io
from contextlib import nullcontext

from extract.read import archives
from extract.read.dispatch import READERS, dispatch
from extract.read.limits import Limits
from extract.read.members import FORMATS, Member
from extract.types import Failure, NotAnArticle, RawDocument


def member(name: str, data: bytes) -> Member:
    return Member(name=name, source=name, open=lambda: nullcontext(io.BytesIO(data)))


def test_every_format_has_a_reader() -> None:
    assert {fmt for _, fmt in FORMATS} == READERS.keys()


def test_archive_reader_hands_its_members_to_the_dispatcher_it_is_given() -> None:
    seen = []

    def recording(inner: Member, limits: Limits, depth: int):
        seen.append((inner.name, inner.source, depth))
        with inner.open() as stream:
            yield RawDocument(source=inner.source, kind="text", data=stream.read())

    items = list(archives.read_gz(member("a.txt.gz", gzip.compress(b"hei")), Limits(), 0, dispatch=recording))
    assert seen == [("a.txt", "a.txt.gz", 1)]
    assert items[0].data == b"hei"


def test_dispatch_reads_nested_archives_and_fails_unknown_formats() -> None:
    (document,) = dispatch(member("a.txt.gz", gzip.compress(b"hei")), Limits())
    assert isinstance(document, RawDocument) and document.data == b"hei"
    (failure,) = dispatch(member("a.xyz", b"?"), Limits())
    assert isinstance(failure, Failure) and failure.message.startswith("unknown format: .xyz")
    (skipped,) = dispatch(member("a.pdf", b"%PDF"), Limits())
    assert isinstance(skipped, NotAnArticle)
