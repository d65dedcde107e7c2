"""Size bounds for reading untrusted dumps, and the bounded read helpers."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO


class ReadError(Exception):
    """The dump cannot be read at all (missing path, not a file or directory)."""


class TooLarge(Exception):
    """A member or article exceeds a size bound; becomes a Failure for that item."""


@dataclass(frozen=True)
class Limits:
    """Bounds applied while reading, and how record dumps name their fields.

    ``max_bytes``: largest member/article (decompressed) that is read; larger
    ones are skipped with a Failure. ``max_ratio``: largest decompressed/compressed
    ratio tolerated once ``ratio_floor`` bytes have been decompressed (zip-bomb
    guard). ``max_depth``: how many archives may be nested inside each other.
    """

    max_bytes: int = 20 * 1024 * 1024
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024
    max_depth: int = 3
    columns: tuple[tuple[str, str], ...] = ()  # (canonical key, the dump's column name), from --columns


def megabytes(n: int) -> str:
    """``n`` bytes as a short human string for messages."""
    return f"{n / (1024 * 1024):.1f} MB"


def read_bounded(stream: BinaryIO, limits: Limits) -> bytes:
    """Read a whole stream, raising TooLarge instead of reading past ``max_bytes``."""
    data = stream.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise TooLarge(f"larger than the {megabytes(limits.max_bytes)} limit; skipped")
    return data


class CountingReader:
    """A read-only wrapper over a raw (compressed) stream that counts bytes read."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.count += len(data)
        return data


class ForwardReader(io.RawIOBase):
    """A plain forward-only raw stream over any object with ``read`` (wrap in BufferedReader)."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self.stream = stream

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def check(self, data: bytes) -> None:
        """Hook for subclasses to vet each chunk read."""

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.stream.read(len(buffer))
        self.check(data)
        buffer[:len(data)] = data
        return len(data)


def forward_stream(stream: BinaryIO) -> io.BufferedReader:
    """``stream`` as a buffered, forward-only binary stream (lines, peek, text wrapping)."""
    return io.BufferedReader(ForwardReader(stream))


class RatioGuard(ForwardReader):
    """A decompressing stream that raises TooLarge when it inflates suspiciously.

    ``counter`` is the CountingReader the decompressor pulls compressed bytes from.
    """

    def __init__(self, stream: BinaryIO, counter: CountingReader, limits: Limits) -> None:
        super().__init__(stream)
        self.counter = counter
        self.limits = limits
        self.total = 0

    def check(self, data: bytes) -> None:
        self.total += len(data)
        if (self.total > self.limits.ratio_floor
                and self.total > self.limits.max_ratio * max(self.counter.count, 1)):
            raise TooLarge(
                f"decompresses more than {self.limits.max_ratio}:1 "
                "(possible compression bomb); stopped reading")


@contextmanager
def gunzip(raw: BinaryIO, limits: Limits) -> Iterator[io.BufferedReader]:
    """The decompressed stream of gzip data, guarded against compression bombs."""
    counter = CountingReader(raw)
    with gzip.GzipFile(fileobj=counter, mode="rb") as unzipped:  # type: ignore[arg-type]
        yield io.BufferedReader(RatioGuard(unzipped, counter, limits))  # type: ignore[misc]
