"""KnowledgeBase.replace_article writes an article and its facts in one transaction."""

from __future__ import annotations

import pytest

from extract.store import KnowledgeBase, stored_article_count
from extract.types import Article, Facts


def _facts(article_id: str) -> Facts:
    return Facts(
        dates=[{"id": f"d-{article_id}", "article_id": article_id, "text": "1. mars 2021", "value": "2021-03-01",
                "granularity": "day", "evidence": "x", "evidence_start": 0, "start_char": 0, "end_char": 12,
                "extractor": "rule", "confidence": 0.9}],
        entities=[{"id": "organization:equinor", "type": "organization", "name": "Equinor", "aliases": ["Equinor"]}],
    )


def test_a_failure_part_way_leaves_nothing(tmp_path, monkeypatch):
    kb = KnowledgeBase(tmp_path / "kb.db")
    article = Article(id="a1", source="s", title="T", paragraphs=["1. mars 2021 skjedde det."])

    def boom(self, entity):
        raise RuntimeError("killed here")

    monkeypatch.setattr(KnowledgeBase, "_merge_entity", boom)
    with pytest.raises(RuntimeError):
        kb.replace_article(article, _facts("a1"), "v1")
    assert kb.article_state("a1") is None
    assert kb.db.execute("select count(*) from dates").fetchone()[0] == 0
    monkeypatch.undo()
    kb.replace_article(article, _facts("a1"), "v1")
    assert kb.article_state("a1") == (article.content_hash, "v1")
    assert kb.db.execute("select count(*) from dates").fetchone()[0] == 1


def test_stored_article_count_reads_without_a_writer(tmp_path):
    db = tmp_path / "kb.db"
    assert stored_article_count(db) == 0  # not created yet, and not created by reading
    assert not db.exists()
    kb = KnowledgeBase(db)
    kb.replace_article(Article(id="a1", source="s", title="T", paragraphs=["Tekst."]), Facts(), "v1")
    assert stored_article_count(db) == 1


def test_a_kb_from_before_the_reviewed_views_is_brought_up_to_date(tmp_path):
    """Its views are made and its history rebuilt from the reviewed events: an event
    reviewers rejected leaves it."""
    from extract.store import bring_up_to_date
    from extract.store.views import VIEWS

    kb = KnowledgeBase(tmp_path / "kb.db")
    article = Article(id="a1", source="s", title="T", paragraphs=["Raufoss fikk NCE-status i 2006."])
    kb.replace_article(article, Facts(status_events=[{
        "id": "se-1", "article_id": "a1", "cluster": "Raufoss", "cluster_id": "cluster:raufoss", "status": "NCE",
        "action": "granted", "date": "2006-01-01", "date_granularity": "year", "evidence": article.text}]), "v1")
    kb.update_history()
    kb.db["reviews"].insert({"fact_id": "se-1", "fact_type": "status_event", "verdict": "rejected",
                             "reviewer": "kari", "reviewed_at": "2026-01-01T10:00"})
    for view in VIEWS:  # as an older version left it
        kb.db[view].drop()
    kb.db.close()
    bring_up_to_date(tmp_path / "kb.db")
    kb = KnowledgeBase(tmp_path / "kb.db")
    assert set(VIEWS) <= set(kb.db.view_names())
    assert kb.db.execute("SELECT count(*) FROM status_history").fetchone()[0] == 0
