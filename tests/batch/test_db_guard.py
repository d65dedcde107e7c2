"""`--db` must be a newsfacts KB, an empty file or a new path; a full disk ends the run
with its own exit status and leaves the KB intact."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from extract.cli import cli
from extract.errors import ExitCode
from extract.store import KnowledgeBase

from .corpus import write_corpus


def _run(*args):
    return CliRunner().invoke(cli, ["run", *map(str, args), "--model", "none", "--workers", "0", "--quiet"])


def _one_article(tmp_path):
    path = tmp_path / "sak.jsonl"
    path.write_text(json.dumps({"id": "a", "title": "Sak", "text": "NCE Marin fikk 5 millioner kroner."}) + "\n",
                    encoding="utf-8")
    return path


def test_db_that_is_another_sqlite_file_is_a_usage_error_and_untouched(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE kunder (navn TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = _run(_one_article(tmp_path), "--db", other)
    assert result.exit_code == 2 and "not a newsfacts knowledge base" in result.output
    assert other.read_bytes() == before


def test_db_that_is_not_sqlite_is_a_usage_error_and_untouched(tmp_path):
    notes = tmp_path / "notater.txt"
    notes.write_text("Handleliste: melk, brød\n", encoding="utf-8")
    result = _run(_one_article(tmp_path), "--db", notes)
    assert result.exit_code == 2 and "not an SQLite database" in result.output
    assert notes.read_text(encoding="utf-8") == "Handleliste: melk, brød\n"


def test_db_empty_file_new_path_and_existing_kb_are_accepted(tmp_path):
    source = _one_article(tmp_path)
    empty = tmp_path / "tom.db"
    empty.touch()
    assert _run(source, "--db", empty).exit_code == 0
    assert _run(source, "--db", empty).exit_code == 0  # now a KB
    assert _run(source, "--db", tmp_path / "ny" / "kb.db").exit_code == 0


def test_disk_full_ends_the_run_with_its_own_exit_status_and_the_kb_intact(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c", n=60, html=0)
    db = tmp_path / "kb.db"
    schema_only = KnowledgeBase.ensure_schema

    def small_disk(self):  # SQLite answers SQLITE_FULL ("database or disk is full") past this size
        schema_only(self)
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        self.db.execute(f"PRAGMA max_page_count = {pages + 12}")

    monkeypatch.setattr(KnowledgeBase, "ensure_schema", small_disk)
    result = _run(corpus, "--db", db)
    assert result.exit_code == ExitCode.DISK_FULL, result.output
    assert "disk full" in result.output and "Traceback" not in result.output
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert 0 < stored < 60
    monkeypatch.setattr(KnowledgeBase, "ensure_schema", schema_only)
    again = _run(corpus, "--db", db)
    assert again.exit_code in (0, 1), again.output  # the corpus has one bad record
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] > stored
