"""Builders for the hostile inputs of issue 13, at any size: the tests build them small,
``scripts/hostile_memory.py`` builds the big ones. Each writes streaming (nothing of the
input's size is held), beside a good article where the input is one file."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import tarfile
from collections.abc import Iterator
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


def tag_flood(path: Path, paragraphs: int) -> Path:
    """An .html page of ``paragraphs`` empty-ish ``<p>`` (2.3 million: 18 MB, issue 33)."""
    with path.open("wb") as f:
        f.write(b"<html><head><title>Flom</title></head><body>")
        for start in range(0, paragraphs, 100_000):
            f.write(b"<p>Ord. " * min(100_000, paragraphs - start))
        f.write(b"</body></html>")
    return path


def _compressible(size: int, seed: int = 33) -> Iterator[bytes]:
    """``size`` bytes of letters that gzip about 70:1 (under the 100:1 ratio guard): each
    MiB holds 24 KB of random letters, the rest one letter."""
    rng = random.Random(seed)
    for start in range(0, size, CHUNK):
        n = min(CHUNK, size - start)
        noise = bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(min(n, 24 * 1024)))
        yield noise + b"a" * (n - len(noise))


def _tar_header(name: str, kind: bytes, size: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.type, info.size = kind, size
    return info.tobuf(format=tarfile.USTAR_FORMAT)


def _tar_member(name: str, data: bytes) -> bytes:
    return _tar_header(name, tarfile.REGTYPE, len(data)) + data + b"\0" * (-len(data) % 512)


def tar_long_header(path: Path, kind: str, size: int) -> Path:
    """A .tar.gz: a good article, then one whose ``kind`` header ("pax": a PAX header, "name":
    a GNU long name) holds ``size`` bytes (gzipped ~70:1), then a good article."""
    good = GOOD_TEXT.encode()
    with gzip.open(path, "wb", compresslevel=6) as f:
        f.write(_tar_member("for.txt", good))
        if kind == "pax":
            digits = len(str(size))
            f.write(_tar_header("././@PaxHeader", tarfile.XHDTYPE, size))
            f.write(f"{size} comment=".encode())
            payload = size - digits - len(" comment=") - 1
        else:
            f.write(_tar_header("././@LongLink", tarfile.GNUTYPE_LONGNAME, size))
            payload = size - len(".txt") - 1
        for chunk in _compressible(payload):
            f.write(chunk)
        f.write(b"\n" if kind == "pax" else b".txt\0")
        f.write(b"\0" * (-size % 512))
        f.write(_tar_member("midt.txt", good))
        f.write(_tar_member("etter.txt", good.replace(b"Tittel", b"Etter")))
        f.write(b"\0" * 1024)
    return path
