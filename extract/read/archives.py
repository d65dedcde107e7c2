"""Archive readers: ``.gz``, ``.zip``, ``.tar`` and ``.tar.gz``/``.tgz``.

Members are read in memory as streams, never extracted to disk, so a member
named ``../../etc/passwd`` cannot write anything; its name is sanitised before
it is shown. Every decompression is bounded by ``Limits`` (size and ratio), and so are
member names and tar's extended headers (PAX, GNU long names and links): one over its
bound is a Failure for that member and the next member is read. Each member found goes to
``dispatch``, the dispatcher the caller passes in.
"""

from __future__ import annotations

import tarfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import BinaryIO

from extract.read.limits import Limits, forward_stream, gunzip, megabytes
from extract.read.members import (Item, Member, Reader, is_hidden, read_whole, sanitise_name,
                                  seekable_stream)
from extract.types import Failure

MAX_NAME = 4096  # characters of a member name (PATH_MAX)
MAX_TAR_HEADER = 64 * 1024  # bytes of one PAX header or GNU long name/link
SHOWN_NAME = 200  # characters of an over-long name kept in the Failure's source


class _BoundedTarInfo(tarfile.TarInfo):
    """A tar header whose PAX or GNU long name/link data is skipped, not read, when it is
    over MAX_TAR_HEADER; the member it applies to then carries ``refused`` (why)."""

    refused: str | None = None

    def _proc_gnulong(self, archive: tarfile.TarFile) -> tarfile.TarInfo:  # tarfile's own hooks
        if self.size > MAX_TAR_HEADER:
            kind = "name" if self.type == tarfile.GNUTYPE_LONGNAME else "link target"
            return self._skip_header(archive, f"GNU long {kind} of {megabytes(self.size)}")
        return super()._proc_gnulong(archive)  # type: ignore[misc]

    def _proc_pax(self, archive: tarfile.TarFile) -> tarfile.TarInfo:
        if self.size > MAX_TAR_HEADER:
            return self._skip_header(archive, f"PAX header of {megabytes(self.size)}")
        return super()._proc_pax(archive)  # type: ignore[misc]

    def _skip_header(self, archive: tarfile.TarFile, what: str) -> tarfile.TarInfo:
        """Skip this header's data (forward, in bounded reads) and return the next member,
        marked as refused."""
        archive.fileobj.seek(archive.fileobj.tell() + self._block(self.size))  # type: ignore[union-attr, attr-defined]
        member = self.fromtarfile(archive)
        member.offset = self.offset
        member.refused = f"{what}, over the {MAX_TAR_HEADER // 1024} KB limit; member skipped"  # type: ignore[attr-defined]
        return member


def _name_failure(source: str, name: str) -> Failure | None:
    """A Failure for a member name over MAX_NAME characters (its source shows the start)."""
    if len(name) <= MAX_NAME:
        return None
    return Failure(f"{source}!{name[:SHOWN_NAME]}…", "read",
                   f"member name of {len(name):,} characters, over the {MAX_NAME:,} limit; skipped")


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
    inflated = 0  # declared bytes of the members so far: the ratio guard counts every member
    with seekable_stream(member, limits) as stream, zipfile.ZipFile(stream) as archive:
        for info in archive.infolist():
            name = sanitise_name(info.filename)
            if info.is_dir() or is_hidden(name):
                continue
            if failure := _name_failure(member.source, name):
                yield failure
                continue
            source = f"{member.source}!{name}"
            inflated += info.file_size
            if info.file_size > limits.max_bytes and read_whole(name):
                yield Failure(source, "read", f"{megabytes(info.file_size)} decompressed, over "
                              f"the {megabytes(limits.max_bytes)} limit; skipped")
                continue
            if (inflated > limits.ratio_floor
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
    with opener as stream, tarfile.open(fileobj=stream, mode="r|", tarinfo=_BoundedTarInfo) as archive:
        for info in archive:
            archive.members = []  # streaming: don't keep every header in memory
            name = sanitise_name(info.name)
            if failure := _name_failure(member.source, name):
                yield failure
                continue
            source = f"{member.source}!{name}"
            if info.refused:
                yield Failure(source, "read", info.refused)
                continue
            if info.isdir() or is_hidden(name):
                continue
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
