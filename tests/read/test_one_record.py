"""Readers that lose one record, never the rest (issue 33, item 4): tar headers and names
bounded, JSON integers over Python's digit limit, WARC records with a false Content-Length,
link loops with --follow-links, and the zip ratio guard over every member."""

from __future__ import annotations

import io
import json
import re
import tarfile
import zipfile
from pathlib import Path

from extract.read import Limits, iter_documents
from extract.types import Failure, RawDocument
from hostile.inputs import warc_record  # tests/ is on sys.path (pytest's rootdir insertion)

GOOD = b"Tittel\n\nNCE Marin fikk 12 millioner kroner fra Innovasjon Norge.\n"
RECORD = {"title": "Klynga fekk status", "text": "Klynga på Stord fekk NCE-status i juni."}


def split(items) -> tuple[list[RawDocument], list[Failure]]:
    items = list(items)
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, Failure)]


def _tar(path: Path, members: list[tuple[str, dict]], fmt: int) -> Path:
    with tarfile.open(path, "w:gz" if path.name.endswith("gz") else "w", format=fmt) as archive:
        for name, pax in members:
            info = tarfile.TarInfo(name)
            info.size, info.pax_headers = len(GOOD), pax
            archive.addfile(info, io.BytesIO(GOOD))
    return path


def test_a_pax_header_over_the_bound_skips_its_member_only(tmp_path: Path) -> None:
    # 1 MB of PAX header (the probe's: 315 MB, read whole into memory: 1,060 MB RSS)
    path = _tar(tmp_path / "dump.tar.gz", [("a.txt", {}), ("b.txt", {"comment": "x" * 1_000_000}),
                                           ("c.txt", {})], tarfile.PAX_FORMAT)
    docs, failures = split(iter_documents(path))
    assert [d.source for d in docs] == ["dump.tar.gz!a.txt", "dump.tar.gz!c.txt"]
    assert [(f.source, f.message) for f in failures] == [
        ("dump.tar.gz!b.txt", "PAX header of 1.0 MB, over the 64 KB limit; member skipped")]


def test_a_gnu_long_name_over_the_bound_is_refused_not_stored(tmp_path: Path) -> None:
    # the probe's 40 MB name became a 41.9 MB articles.source
    path = _tar(tmp_path / "dump.tar", [("a.txt", {}), ("n" * 200_000 + ".txt", {}), ("c.txt", {})],
                tarfile.GNU_FORMAT)
    docs, failures = split(iter_documents(path))
    assert [d.source for d in docs] == ["dump.tar!a.txt", "dump.tar!c.txt"]
    assert len(failures) == 1 and "GNU long name of 0.2 MB" in failures[0].message
    assert len(failures[0].source) < 300


def test_a_gnu_long_link_over_the_bound_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dump.tar"
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as archive:
        link = tarfile.TarInfo("lenke.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "m" * 100_000
        archive.addfile(link)
        info = tarfile.TarInfo("c.txt")
        info.size = len(GOOD)
        archive.addfile(info, io.BytesIO(GOOD))
    docs, failures = split(iter_documents(path))
    assert [d.source for d in docs] == ["dump.tar!c.txt"]
    assert [(f.source, f.message) for f in failures] == [
        ("dump.tar!lenke.txt", "GNU long link target of 0.1 MB, over the 64 KB limit; member skipped")]


def test_a_file_deleted_during_the_walk_is_reported_as_deleted(tmp_path: Path) -> None:
    dump = tmp_path / "dump"
    dump.mkdir()
    for name in ("a.txt", "b.txt"):
        (dump / name).write_bytes(GOOD)
    items = iter_documents(dump)
    first = next(items)
    (dump / "b.txt").unlink()  # was: "not a regular file (fifo, socket or device)"
    assert isinstance(first, RawDocument)
    assert [(i.source, i.message) for i in items] == [
        ("dump/b.txt", "deleted while the dump was being read; skipped")]


def test_a_member_name_over_the_bound_within_a_pax_header_is_refused(tmp_path: Path) -> None:
    path = _tar(tmp_path / "dump.tar", [("d" * 10_000 + ".txt", {}), ("c.txt", {})], tarfile.PAX_FORMAT)
    docs, failures = split(iter_documents(path))
    assert [d.source for d in docs] == ["dump.tar!c.txt"]
    assert "member name of 10,004 characters" in failures[0].message and len(failures[0].source) < 300


def test_a_json_integer_over_the_digit_limit_loses_one_record(tmp_path: Path) -> None:
    huge = "9" * 5000  # "Exceeds the limit (4300 digits)": every later record was lost
    lines = [json.dumps(RECORD), json.dumps(RECORD)[:-1] + f', "title": {huge}}}', json.dumps(RECORD)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "d.json").write_text("[" + ",\n".join(lines) + "]", encoding="utf-8")
    for name in ("d.jsonl", "d.json"):
        docs, failures = split(iter_documents(tmp_path / name))
        assert [d.source for d in docs] == [f"{name}#1", f"{name}#3"], name
        assert [(f.source, f.message) for f in failures] == [
            (f"{name}#2", "field 'title' is a number of 5,000 digits; record skipped")]


def test_a_huge_integer_in_an_unused_field_does_not_lose_the_record(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text(json.dumps(RECORD)[:-1] + f', "views": {"1" * 5000}}}\n', encoding="utf-8")
    docs, failures = split(iter_documents(tmp_path / "d.jsonl"))
    assert len(docs) == 1 and not failures


def _lying(record: bytes, length: int) -> bytes:
    return re.sub(rb"Content-Length: \d+", b"Content-Length: %d" % length, record, count=1)


def test_a_warc_record_with_a_false_content_length_loses_itself_only(tmp_path: Path) -> None:
    records = [warc_record(f"https://a.no/{i}") for i in range(4)]
    true_length = int(re.search(rb"Content-Length: (\d+)", records[1]).group(1))
    for false_length in (true_length + 300, 10**12):  # larger than its body / than the file
        path = tmp_path / "crawl.warc"
        path.write_bytes(records[0] + _lying(records[1], false_length) + records[2] + records[3])
        docs, failures = split(iter_documents(path, Limits(max_bytes=64 * 1024)))
        assert [d.fields["url"] for d in docs] == ["https://a.no/0", "https://a.no/2", "https://a.no/3"]
        assert [f.message for f in failures] == [
            f"Content-Length {false_length} larger than the record ({true_length} bytes); skipped"]


def test_a_link_loop_with_follow_links_skips_the_loop_not_the_dump(tmp_path: Path) -> None:
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "sak.txt").write_bytes(GOOD)
    (dump / "loop.html").symlink_to(dump / "loop.html")  # one self-referencing link: 0 articles
    (dump / "x1.txt").symlink_to(dump / "x2.txt")
    (dump / "x2.txt").symlink_to(dump / "x1.txt")
    docs, failures = split(iter_documents(dump, follow_links=True))
    assert [d.source for d in docs] == ["dump/sak.txt"]
    assert {(f.source, f.message) for f in failures} == {
        (f"dump/{name}", "symbolic link loop; skipped") for name in ("loop.html", "x1.txt", "x2.txt")}


def test_the_zip_ratio_guard_counts_members_of_exactly_the_floor(tmp_path: Path) -> None:
    # 300 members of exactly 1 MiB each slipped under the guard (82 s); 20 here
    floor = Limits().ratio_floor
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("god.txt", GOOD)
        for i in range(20):
            archive.writestr(f"m{i:02}.txt", b" " * floor)
    docs, failures = split(iter_documents(path))
    assert [d.source for d in docs] == ["bomb.zip!god.txt"]
    assert len(failures) == 20 and all("compression ratio over 100:1" in f.message for f in failures)
