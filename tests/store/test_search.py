"""Full-text search over lemmas as well as the text: "klynge" finds every article holding any
inflection of it, on a KB built from the shared dev set; the expected articles are found with a
regular expression over the article texts, apart from the index."""

from __future__ import annotations

import re
import sqlite3

import sqlite_utils

from extract.store import KnowledgeBase

# klynge in Bokmål and Nynorsk: klynge, klyngen, klynga, klynger/klyngar, klyngene/klyngane,
# and the genitive of each (klyngens); as a word of its own or after a hyphen ("NCE-klynga").
KLYNGE = re.compile(r"\b(klynge|klyngen|klynga|klynger|klyngene|klyngar|klyngane)s?\b", re.IGNORECASE)


def articles(path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0]: f"{row[1]}\n{row[2]}" for row in conn.execute("SELECT id, title, text FROM articles")}
    finally:
        conn.close()


def full_text(path, query: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ?", [query])}
    finally:
        conn.close()


def test_klynge_finds_every_article_with_an_inflection_of_it(dev_kb):
    texts = articles(dev_kb)
    expected = {article_id for article_id, text in texts.items() if KLYNGE.search(text)}
    inflected_only = {article_id for article_id in expected if not re.search(r"\bklynge\b", texts[article_id], re.I)}
    assert len(expected) == 23 and len(inflected_only) == 14  # of 26 articles
    assert full_text(dev_kb, "klynge") == expected


def test_an_older_index_without_lemmas_is_rebuilt(tmp_path):
    """A KB whose index covers title and text only (as before lemmas) gets the lemmas column
    indexed too, with its articles still found."""
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    old["articles"].insert({"id": "a1", "title": "Klyngen vart NCE", "text": "Klynga fekk status."}, pk="id")
    old["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    for table in ("runs", "reviews"):
        old[table].create({"id": str}, pk="id")
    old.close()
    kb = KnowledgeBase(path)
    assert set(kb.db["articles_fts"].columns_dict) == {"title", "text", "lemmas"}
    kb.db["articles"].update("a1", {"lemmas": "klynge verte"})
    kb.db.close()
    assert full_text(path, "klyngen") == {"a1"} and full_text(path, "klynge") == {"a1"}
