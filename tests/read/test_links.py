"""Links on disk: only regular files inside the dump are read; links are recorded as skipped."""

from __future__ import annotations

from pathlib import Path

from extract.read import iter_documents
from extract.types import Failure, RawDocument

TEXT = "Klyngen fikk Arena-status\n\nKlyngen har 20 medlemmer på Ås.\n"


def _dump(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "hemmelig.txt").write_text("Hemmelig\n\nPassordet er sol123.\n", encoding="utf-8")
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "sak.txt").write_text(TEXT, encoding="utf-8")
    (dump / "leak.txt").symlink_to(outside / "hemmelig.txt")
    (dump / "inside.txt").symlink_to(dump / "sak.txt")
    (dump / "mappe").symlink_to(outside, target_is_directory=True)
    return dump


def _by_source(items) -> dict[str, RawDocument | Failure]:
    return {item.source: item for item in items}


def test_links_are_skipped_and_recorded(tmp_path: Path) -> None:
    items = _by_source(iter_documents(_dump(tmp_path)))
    assert isinstance(items["dump/sak.txt"], RawDocument)
    for source in ("dump/leak.txt", "dump/inside.txt", "dump/mappe"):
        assert isinstance(items[source], Failure) and "link" in items[source].message, source
    assert not any(b"sol123" in i.data for i in items.values() if isinstance(i, RawDocument))


def test_follow_links_reads_links_inside_the_dump_only(tmp_path: Path) -> None:
    items = _by_source(iter_documents(_dump(tmp_path), follow_links=True))
    assert isinstance(items["dump/inside.txt"], RawDocument)
    assert isinstance(items["dump/leak.txt"], Failure) and "outside" in items["dump/leak.txt"].message
    assert isinstance(items["dump/mappe"], Failure)
    assert not any(b"sol123" in i.data for i in items.values() if isinstance(i, RawDocument))
