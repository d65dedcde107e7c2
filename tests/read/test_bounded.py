"""Bounded readers: WARC header lines and records, CSV rows; every dropped record is a Failure
and the good record after it is still read."""

from __future__ import annotations

import gzip
from pathlib import Path

from extract.read import Limits, iter_documents
from extract.types import Failure, RawDocument
from hostile.inputs import warc_record  # tests/ is on sys.path (pytest's rootdir insertion)

LIMITS = Limits(max_bytes=64 * 1024)


def split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, RawDocument)]
    return docs, [i for i in items if isinstance(i, Failure)]


def test_warc_header_line_over_the_bound_is_a_failure_and_the_next_record_is_read(tmp_path: Path) -> None:
    long_header = b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * 200_000 + b"\r\n\r\n"
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_record("https://a.no/1") + long_header + warc_record("https://a.no/2"))
    docs, failures = split(iter_documents(path, LIMITS))
    assert [d.fields["url"] for d in docs] == ["https://a.no/1", "https://a.no/2"]
    assert len(failures) == 1 and "header" in failures[0].message


def test_warc_record_without_headers_does_not_swallow_the_next(tmp_path: Path) -> None:
    headerless = b"WARC/1.0\r\n\r\n<html>ingen hoder</html>\r\n\r\n"
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(warc_record("https://a.no/1") + headerless + warc_record("https://a.no/2")))
    docs, failures = split(iter_documents(path, LIMITS))
    assert [d.fields["url"] for d in docs] == ["https://a.no/1", "https://a.no/2"]
    assert len(failures) == 1 and "Content-Length" in failures[0].message


def test_warc_record_over_the_size_bound_is_skipped_and_recorded(tmp_path: Path) -> None:
    big = warc_record("https://a.no/stor", "<p>" + "x" * 100_000 + "</p>")
    path = tmp_path / "crawl.warc"
    path.write_bytes(big + warc_record("https://a.no/2"))
    docs, failures = split(iter_documents(path, LIMITS))
    assert [d.fields["url"] for d in docs] == ["https://a.no/2"]
    assert len(failures) == 1 and "limit" in failures[0].message


def test_warc_gz_bomb_header_is_stopped_by_the_ratio_guard(tmp_path: Path) -> None:
    bomb = b"WARC/1.0\r\nX-Junk: " + b"a" * 30_000_000
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(gzip.compress(warc_record("https://a.no/1")) + gzip.compress(bomb, 9))
    docs, failures = split(iter_documents(path, Limits()))
    assert [d.fields["url"] for d in docs] == ["https://a.no/1"]
    assert "decompresses more than" in failures[-1].message


def test_csv_row_over_the_bound_is_a_failure_and_the_next_row_is_read(tmp_path: Path) -> None:
    fields = ",".join(["x" * 20_000] * 5)  # no one field over the bound, the row is
    path = tmp_path / "saker.csv"
    path.write_text(f"id,title,text,a,b,c,d\n1,Første,Tekst om NCE Marin.\n2,Stor,{fields}\n"
                    "3,Tredje,Tekst om Arena Pro.\n", encoding="utf-8")
    docs, failures = split(iter_documents(path, LIMITS))
    assert [d.fields["id"] for d in docs] == ["1", "3"]
    assert [f.source for f in failures] == ["saker.csv#2"] and "limit" in failures[0].message


def test_csv_field_over_the_bound_does_not_lose_the_rows_after(tmp_path: Path) -> None:
    path = tmp_path / "saker.csv"
    path.write_text(f"id,title,text\n1,Første,Tekst om NCE Marin.\n2,Stor,\"{'y' * 100_000}\"\n"
                    "3,Tredje,Tekst om Arena Pro.\n", encoding="utf-8")
    docs, failures = split(iter_documents(path, LIMITS))
    assert [d.fields["id"] for d in docs] == ["1", "3"]
    assert [f.source for f in failures] == ["saker.csv#2"]


def test_csv_quoted_newlines_in_a_row_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "saker.csv"
    path.write_text('id,title,text\n1,Første,"Første avsnitt.\n\nAndre avsnitt."\n2,Andre,Tekst.\n', encoding="utf-8")
    docs, failures = split(iter_documents(path, LIMITS))
    assert [d.fields["text"] for d in docs] == ["Første avsnitt.\n\nAndre avsnitt.", "Tekst."] and not failures


def test_utf16_record_files_with_bom(tmp_path: Path) -> None:
    jsonl = tmp_path / "saker.jsonl"
    jsonl.write_text('{"id": "a", "title": "Ås", "text": "Klynga på Ås fekk NCE-status."}\n', encoding="utf-16")
    csv_file = tmp_path / "saker.csv"
    csv_file.write_text("id,title,text\nb,Ærlig,Tekst om Arena Pro på Ås.\n", encoding="utf-16")
    json_file = tmp_path / "sak.json"
    json_file.write_text('[{"id": "c", "title": "Øy", "text": "Tekst om NCE Marin."}]', encoding="utf-16-be")
    json_file.write_bytes(b"\xfe\xff" + json_file.read_bytes())
    docs, failures = split(iter_documents(tmp_path))
    assert not failures, failures
    assert sorted((d.fields["id"], d.fields["title"]) for d in docs) == [("a", "Ås"), ("b", "Ærlig"), ("c", "Øy")]


def test_csv_quote_inside_an_unquoted_field_is_a_plain_character(tmp_path: Path) -> None:
    path = tmp_path / "saker.csv"
    path.write_text('id,title,text\n1,Han sa "hei,Tekst om NCE Marin.\n2,Andre,"Sitat: ""ja"", sa hun."\n'
                    "3,Tredje,Tekst.\n", encoding="utf-8")
    docs, failures = split(iter_documents(path, LIMITS))
    assert [(d.fields["id"], d.fields["title"]) for d in docs] == [("1", 'Han sa "hei'), ("2", "Andre"), ("3", "Tredje")]
    assert docs[1].fields["text"] == 'Sitat: "ja", sa hun.' and not failures
