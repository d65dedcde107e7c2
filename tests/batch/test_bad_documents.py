"""One bad document never ends a run, with any engine: it becomes an `errors` row (or is
repaired and noted), the run is finished (`runs.ended_at`) and the good articles are stored."""

from __future__ import annotations

import json
import sqlite3

import pytest

from extract.batch.work import Extractor
from extract.parse import parse_document
from extract.pipeline import run as run_pipeline
from extract.types import RawDocument

GOOD = {"id": "god", "title": "Klynga fekk NCE-status", "text": "Klynga på Stord fekk NCE-status i juni."}


def _rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _finished(db) -> bool:
    return _rows(db, "SELECT count(*) FROM runs WHERE ended_at IS NULL") == [(0,)]


@pytest.mark.parametrize("workers", [0, 1])
def test_lone_surrogate_is_replaced_and_the_run_goes_on(tmp_path, rules_nlp, workers):
    dump = tmp_path / "saker.jsonl"
    bad = '{"id": "brudden", "title": "Brudd \\ud800 her", "text": "Teksten har et halvt tegn: \\udc00 midt i."}'
    dump.write_text(bad + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    summary = run_pipeline([dump], db, nlp=rules_nlp, workers=workers)
    assert summary.counts["new"] == 2 and summary.counts["failed"] == 0, summary.counts
    [(title, text)] = _rows(db, "SELECT title, text FROM articles WHERE id = 'brudden'")
    assert "\ufffd" in title and "\ufffd" in text
    assert _finished(db)


def test_parse_notes_the_replaced_surrogates():
    raw = RawDocument("a.jsonl#1", "record", fields={"title": "Brudd \ud800", "text": "Tekst \udc00 om NCE."})
    article = parse_document(raw)
    assert "\ud800" not in article.text and any("surrogate" in note for note in article.notes)


@pytest.mark.parametrize("workers", [0, 1])
def test_an_unexpected_error_in_one_document_is_recorded(tmp_path, rules_nlp, workers, monkeypatch):
    real = Extractor.parse

    def parse(self, raw):
        if "boom" in raw.source:
            raise RuntimeError("parser bug")
        return real(self, raw)

    monkeypatch.setattr(Extractor, "parse", parse)
    (tmp_path / "dump").mkdir()
    (tmp_path / "dump" / "boom.txt").write_text("Tittel\n\nKlynga fekk NCE-status.\n", encoding="utf-8")
    (tmp_path / "dump" / "god.txt").write_text("Tittel\n\nKlyngen fikk Arena-status.\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    summary = run_pipeline([tmp_path / "dump"], db, nlp=rules_nlp, workers=workers)
    assert summary.counts["new"] == 1 and summary.counts["failed"] == 1, summary.counts
    assert _rows(db, "SELECT source, message FROM errors") == [("dump/boom.txt", "RuntimeError: parser bug")]
    assert _finished(db)


def test_file_name_that_is_not_utf8(tmp_path, rules_nlp):
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "god.txt").write_text("Tittel\n\nKlyngen fikk Arena-status.\n", encoding="utf-8")
    with open(bytes(dump) + b"/sak-\xff.txt", "wb") as f:
        f.write("Tittel\n\nKlynga fekk NCE-status.\n".encode())
    db = tmp_path / "kb.db"
    summary = run_pipeline([dump], db, nlp=rules_nlp)
    assert summary.counts["new"] == 2, summary.counts
    assert ("dump/sak-\ufffd.txt",) in _rows(db, "SELECT source FROM articles")
    assert _finished(db)
