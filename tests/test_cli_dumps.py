"""Dumps as they come: images, PDFs and office files beside the articles, CSV with Norwegian
column names or columns named by --columns."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from extract.cli import cli


def dump(folder: Path) -> Path:
    folder.mkdir()
    (folder / "saker.csv").write_text(
        "overskrift;ingress;brødtekst;dato;forfatter\n"
        "Klynga fekk NCE-status;Kort om saka;Klynga fekk NCE-status frå Innovasjon Noreg.;2014-06-20;Ingrid Bø\n",
        encoding="utf-8")
    (folder / "egne.csv").write_text("Rubrikk,Hovudtekst,Når\nKlyngen fikk Arena-status,Klyngen fikk status i dag.,"
                                     "2021-11-19\n", encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "rapport.pdf").write_bytes(b"%PDF-1.4")
    (folder / "budsjett.xlsx").write_bytes(b"PK\x03\x04")
    return folder


def test_other_files_are_skipped_and_norwegian_columns_read(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(cli, ["run", str(dump(tmp_path / "dump")), "--db", str(db), "--workers", "0",
                                      "--model", "none", "--columns", "title=Rubrikk,text=Hovudtekst,published=Når"])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output and "3 not articles (skipped), 0 failed" in result.output
    with sqlite3.connect(db) as conn:
        articles = sorted(conn.execute("SELECT title, published, authors FROM articles"))
        assert conn.execute("SELECT count(*) FROM errors").fetchone() == (0,)
        assert conn.execute("SELECT not_articles, failed FROM runs").fetchone() == (3, 0)
    assert articles == [("Klynga fekk NCE-status", "2014-06-20", json.dumps(["Ingrid Bø"], ensure_ascii=False)),
                        ("Klyngen fikk Arena-status", "2021-11-19", "[]")]


def test_columns_must_name_known_fields(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", str(dump(tmp_path / "dump")), "--db", str(tmp_path / "kb.db"),
                                      "--columns", "tittel=Rubrikk"])
    assert result.exit_code == 2 and "expected KEY=NAME" in result.output
