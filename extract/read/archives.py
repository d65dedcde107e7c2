"""Archive readers: ``.gz``, ``.zip``, ``.tar`` and ``.tar.gz``/``.tgz``.

Members are read in memory as streams, never extracted to disk, so a member
named ``../../etc/passwd`` cannot write anything; its name is sanitised before
it is shown. Every decompression is bounded by ``Limits`` (size and ratio). Each
member found goes to ``dispatch``, the dispatcher the caller passes in.
"""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import BinaryIO

from extract.read.limits import Limits, forward_stream, gunzip, megabytes
from extract.read.members import (Item, Member, Reader, is_hidden, read_whole, sanitise_name,
                                  seekable_stream)
from extract.types import Failure


@contextmanager
def _gunzip(member: Member, limits: Limits) -> Iterator[BinaryIO]:
    """The decompressed stream of a gzip member, guarded against compression bombs."""
    with member.open() as raw, gunzip(raw, limits) as unzipped:
        yield unzipped


def read_gz(member: Member, limits: Limits, depth: int, dispatch: Reader) -> Iterator[Item]:
    """A single gzip-compressed file: ``a.html.gz``, ``dump.jsonl.gz`` …"""
    inner = Member(name=member.name[:-3], source=member.source,
                   open=lambda: _gunzip(member, limits))
    yield from dispatch(inner, limits, depth + 1)


def read_zip(member: Member, limits: Limits, depth: int, dispatch: Reader) -> Iterator[Item]:
    """Each file in a zip archive, checked against declared size and ratio first."""
    with seekable_stream(member, limits) as stream, zipfile.ZipFile(stream) as archive:
        for info in archive.infolist():
            name = sanitise_name(info.filename)
            if info.is_dir() or is_hidden(name):
                continue
            source = f"{member.source}!{name}"
            if info.file_size > limits.max_bytes and read_whole(name):
                yield Failure(source, "read", f"{megabytes(info.file_size)} decompressed, over "
                              f"the {megabytes(limits.max_bytes)} limit; skipped")
                continue
            if (info.file_size > limits.ratio_floor
                    and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
                yield Failure(source, "read", f"compression ratio over {limits.max_ratio}:1 "
                              "(possible zip bomb); skipped")
                continue
            yield from dispatch(
                Member(name=name, source=source,
                       open=lambda info=info: archive.open(info)),  # type: ignore[misc]
                limits, depth + 1)


def read_tar(member: Member, limits: Limits, depth: int, dispatch: Reader) -> Iterator[Item]:
    """Each regular file in a (possibly gzipped) tar archive, read as a stream."""
    opener = _gunzip(member, limits) if member.name.lower().endswith(("gz", "tgz")) \
        else member.open()
    with opener as stream, tarfile.open(fileobj=stream, mode="r|") as archive:
        for info in archive:
            archive.members = []  # streaming: don't keep every header in memory
            name = sanitise_name(info.name)
            if info.isdir() or is_hidden(name):
                continue
            source = f"{member.source}!{name}"
            if not info.isfile():
                yield Failure(source, "read", "not a regular file (link or device); skipped")
                continue
            if info.size > limits.max_bytes and read_whole(name):
                yield Failure(source, "read", f"{megabytes(info.size)}, over the "
                              f"{megabytes(limits.max_bytes)} limit; skipped")
                continue
            yield from dispatch(
                Member(name=name, source=source,
                       open=lambda info=info: nullcontext(forward_stream(archive.extractfile(info)))),
                limits, depth + 1)
