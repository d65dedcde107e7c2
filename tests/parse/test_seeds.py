"""The two seed articles parse to the gold title, dates and authors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.parse import parse_document
from extract.read import iter_documents

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared is not here")


def _gold() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"] if GOLD.exists() else []


@pytest.mark.parametrize("gold", _gold(), ids=lambda g: Path(g["file"]).name)
def test_seed_metadata_matches_gold(gold: dict) -> None:
    [doc] = list(iter_documents(SHARED / gold["file"]))
    article = parse_document(doc)
    value = lambda field: gold[field]["value"] if gold[field] else None  # noqa: E731
    assert article.title == gold["title"]
    assert article.published == value("published")
    assert article.updated == value("updated")
    assert article.authors == gold["authors"]
    assert article.language == gold["language"]


def test_seed_body_keeps_captions_with_credit_and_drops_metadata() -> None:
    [doc] = list(iter_documents(SHARED / "corpus/seeds/000_9ded89c3bbf1ec48.txt"))
    article = parse_document(doc)
    assert article.metadata_lines == ["Sist oppdatert 09.11.2018"]
    assert any(p.endswith("Foto: Kate Langsethagen") for p in article.paragraphs)
    assert "Politisk kraft" in article.paragraphs  # section heading kept
    assert "Sist oppdatert" not in article.text


def test_seed_bullets_lose_their_bullet() -> None:
    [doc] = list(iter_documents(SHARED / "corpus/seeds/004_4fc3414b42e67635.txt"))
    article = parse_document(doc)
    assert article.metadata_lines == ["Av Mari Kristine Buckholm, 20. november 2020"]
    assert any(p.startswith("I 2009 fikk næringsklyngen") for p in article.paragraphs)
    assert "•" not in article.text
