"""Builders for the hostile inputs of issue 13, at any size: the tests build them small,
``scripts/hostile_memory.py`` builds the big ones. Each writes streaming (nothing of the
input's size is held), beside a good article where the input is one file."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

GOOD_TEXT = "Tittel\n\nNCE Marin fikk 12 millioner kroner fra Innovasjon Norge 3. mars 2021.\n"
GOOD_HTML = ("<html><body><article><h1>Klynga fekk NCE-status</h1>"
             "<p>Klynga på Stord fekk NCE-status frå Innovasjon Noreg i juni.</p></article></body></html>")
CHUNK = 1024 * 1024


def good_article(directory: Path, name: str = "god.txt") -> Path:
    """A plain article every run must store."""
    path = directory / name
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def warc_record(url: str, html: str = GOOD_HTML) -> bytes:
    """One uncompressed WARC response record holding ``html``."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                  http_headers=headers))
    return out.getvalue()


def warc_gz_bomb(path: Path, header_bytes: int) -> Path:
    """A .warc.gz: a good record, then a record whose header line inflates to ``header_bytes``
    (gzip of one repeated byte: ~1000:1), then a good record."""
    with path.open("wb") as f:
        f.write(gzip.compress(warc_record("https://avis.example/for")))
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9) as bomb:
            bomb.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: ")
            for start in range(0, header_bytes, CHUNK):
                bomb.write(b"a" * min(CHUNK, header_bytes - start))
            bomb.write(b"\r\n\r\n")
        f.write(gzip.compress(warc_record("https://avis.example/etter")))
    return path


def warc_long_header(path: Path, header_bytes: int) -> Path:
    """An uncompressed .warc whose second record has one header line of ``header_bytes``."""
    with path.open("wb") as f:
        f.write(warc_record("https://avis.example/for"))
        f.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: ")
        for start in range(0, header_bytes, CHUNK):
            f.write(b"a" * min(CHUNK, header_bytes - start))
        f.write(b"\r\n\r\n")
        f.write(warc_record("https://avis.example/etter"))
    return path


def warc_headerless(path: Path) -> Path:
    """A .warc.gz with a record that has no headers, between two good records."""
    data = (warc_record("https://avis.example/for") + b"WARC/1.0\r\n\r\n<html>ingen hoder</html>\r\n\r\n"
            + warc_record("https://avis.example/etter"))
    path.write_bytes(gzip.compress(data))
    return path


def csv_long_row(path: Path, row_bytes: int, fields: int) -> Path:
    """A .csv: a good row, a row of ``fields`` fields totalling ``row_bytes``, a good row."""
    names = ["id", "title", "text"] + [f"extra{i}" for i in range(fields)]
    field_bytes = row_bytes // fields
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(",".join(names) + "\n")
        f.write('1,Første,"NCE Marin fikk 12 millioner kroner i mars."' + "," * fields + "\n")
        f.write("2,Lang,Tekst")
        for _ in range(fields):
            f.write(",")
            for start in range(0, field_bytes, CHUNK):
                f.write("x" * min(CHUNK, field_bytes - start))
        f.write("\n")
        f.write('3,Tredje,"Arena Pro Trebygg fikk status i juni."' + "," * fields + "\n")
    return path


def jsonl_surrogate(path: Path) -> Path:
    """A .jsonl whose first record holds lone surrogates (``\\ud800``), then a good one."""
    bad = '{"id": "brudden", "title": "Brudd \\ud800 her", "text": "Et halvt tegn \\udc00 i NCE Marin."}'
    good = json.dumps({"id": "hel", "title": "Hel", "text": "NCE Marin fikk 5 millioner kroner."})
    path.write_text(bad + "\n" + good + "\n", encoding="utf-8")
    return path


def link_out_of_the_dump(dump: Path, outside: Path) -> Path:
    """A file link in ``dump`` to a secret file outside it."""
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "hemmelig.txt"
    secret.write_text("Hemmelig\n\nPassordet er sol123.\n", encoding="utf-8")
    link = dump / "leak.txt"
    link.symlink_to(secret)
    return link


def utf16_records(directory: Path) -> list[Path]:
    """.jsonl, .json and .csv files in UTF-16 with a BOM."""
    files = {
        "utf16.jsonl": '{"id": "u1", "title": "Ås", "text": "Klynga på Ås fekk NCE-status."}\n',
        "utf16.json": '[{"id": "u2", "title": "Øy", "text": "NCE Marin fikk 5 millioner kroner."}]',
        "utf16.csv": "id,title,text\nu3,Ærlig,Arena Pro Trebygg fikk status i juni.\n",
    }
    paths = []
    for name, text in files.items():
        paths.append(directory / name)
        paths[-1].write_text(text, encoding="utf-16")
    return paths


def not_utf8_name(directory: Path) -> Path:
    """A text article whose file name is not UTF-8 (byte 0xFF)."""
    name = os.fsdecode(b"sak-\xff.txt")
    path = directory / name
    path.write_text(GOOD_TEXT.replace("Tittel", "Navnet"), encoding="utf-8")
    return path
