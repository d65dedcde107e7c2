"""A dump holding one NTB story many times: the same text as .txt, .txt.gz, inside a
tar.gz and as HTML in a WARC (Adresseavisen's copy), and iTromsø's copy of the wire
story with its own title and byline and one sentence added. Written for these tests."""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TITLE = "Heidner Biocluster får NCE-status"
PARAGRAPHS = [
    "Klyngen på Hamar er tatt opp på høyeste nivå i klyngeprogrammet.",
    "Innovasjon Norge tildelte torsdag NCE-status til Heidner Biocluster.",
    "Klyngen samler bedrifter innen husdyravl, fiskeavl og plantebioteknologi i Innlandet.",
    "– Dette er en stor dag for hele regionen, sier daglig leder Kristiane Haug Berg i Heidner Biocluster.",
    "Klyngen får 7,5 millioner kroner i året fra programmet de neste ti årene.",
    "Heidner Biocluster har 45 medlemmer, blant dem Geno, Norsvin og Aquagen.",
]
ADDED = "Fylkesordføreren i Innlandet kaller tildelingen et løft for hele landsdelen."
WIRE_TITLE = "Hamar-klynge løftes til toppnivå"

# The original (Adresseavisen's copy) as a plain text file: title, byline, then the paragraphs.
TEXT = "\n".join([TITLE, "NTB", "15.06.2023", *PARAGRAPHS]) + "\n"


def html(title: str, outlet: str, byline: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{outlet}">'
            '<meta property="article:published_time" content="2023-06-15T10:00:00+02:00"></head>'
            f'<body><article><h1>{title}</h1><p class="byline">{byline}</p>\n{body}</article></body></html>')


ORIGINAL_HTML = html(TITLE, "Adresseavisen", "NTB", PARAGRAPHS)
WIRE_HTML = html(WIRE_TITLE, "iTromsø", "Kari Nordmann/NTB", [*PARAGRAPHS[:4], ADDED, *PARAGRAPHS[4:]])


def write_containers(folder: Path) -> list[Path]:
    """The original in four containers: .txt, .txt.gz, a tar.gz member, a WARC record."""
    folder.mkdir(parents=True, exist_ok=True)
    data = TEXT.encode("utf-8")
    (folder / "ntb.txt").write_bytes(data)
    (folder / "ntb-kopi.txt.gz").write_bytes(gzip.compress(data))
    with tarfile.open(folder / "arkiv.tar.gz", "w:gz") as archive:
        info = tarfile.TarInfo("2023/06/ntb.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    with (folder / "crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://www.adressa.no/nyheter/heidner", "response",
            payload=io.BytesIO(ORIGINAL_HTML.encode("utf-8")), http_headers=headers))
    return sorted(folder.iterdir())


def write_wire_copy(folder: Path) -> Path:
    """iTromsø's copy of the wire story, as a saved page."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "itromso-heidner.html"
    path.write_text(WIRE_HTML, encoding="utf-8")
    return path
