"""The articles' search box: a word finds its inflections (through the lemmas) and ``klyng*``
is a prefix query; nothing the box is given reaches SQLite as full-text query syntax."""

from __future__ import annotations

import re
import sqlite3

from extract.serve.app import make_datasette
from extract.serve.search import escape_fts

from .helpers import run


def test_escape_fts_keeps_a_trailing_star_as_a_prefix():
    assert escape_fts("klynge NCE-klynga klyng*") == '"klynge" "NCE-klynga" "klyng"*'
    assert escape_fts('"Arena Pro" klynger') == '"Arena Pro" "klynger"'
    assert escape_fts('status: OR x"') == '"status:" "OR" "x"'
    assert escape_fts("*") == '""'


def search(ds, text: str) -> list[str]:
    response = run(ds.client.get("/dev/articles.json", params={"_search": text, "_shape": "array", "_size": "max",
                                                                "_col": "title"}))
    assert response.status_code == 200, response.text
    return sorted(row["id"] for row in response.json())


def test_the_search_box_finds_inflections_and_prefixes(dev_kb):
    ds = make_datasette(dev_kb)
    conn = sqlite3.connect(dev_kb)
    texts = {r[0]: f"{r[1]}\n{r[2]}" for r in conn.execute("SELECT id, title, text FROM articles")}
    conn.close()
    inflected = re.compile(r"\b(klynge|klyngen|klynga|klynger|klyngene|klyngar|klyngane)s?\b", re.I)
    assert search(ds, "klynge") == sorted(i for i, text in texts.items() if inflected.search(text))
    assert search(ds, "klyng*") == sorted(i for i, text in texts.items() if re.search(r"\bklyng", text, re.I))
    for hostile in ('klynge"', "NCE-klynga", "status:", "klynge OR", "*"):
        run(ds.client.get("/dev/articles.json", params={"_search": hostile})).raise_for_status()
    assert 'name="_search"' in run(ds.client.get("/dev/articles")).text
