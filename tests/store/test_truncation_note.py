"""A long article stored truncated says so in its row (issue 33, item 4: a 15 MB article was
stored cut to 100,000 characters with no record of it)."""

from __future__ import annotations

import sqlite3

from extract.pipeline import run


def test_a_truncated_article_is_stored_with_a_note(tmp_path, rules_nlp):
    dump = tmp_path / "dump"
    dump.mkdir()
    paragraph = "Klynga på Stord fekk NCE-status frå Innovasjon Noreg i juni. " * 20
    (dump / "lang.txt").write_text("Lang sak\n\n" + "\n\n".join([paragraph] * 250), encoding="utf-8")  # 300,000 chars
    (dump / "kort.txt").write_text("Kort sak\n\n" + paragraph, encoding="utf-8")
    run([dump], tmp_path / "kb.db", nlp=rules_nlp, workers=0)
    rows = dict(sqlite3.connect(tmp_path / "kb.db").execute("select source, notes from articles").fetchall())
    assert rows == {"dump/lang.txt": "body truncated to 100000 characters", "dump/kort.txt": None}
