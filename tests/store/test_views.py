"""The reviewed view: each fact's review state from every reviewer's latest verdict, its
corrected values, rejected facts left out."""

from __future__ import annotations

import json

from extract.store import KnowledgeBase
from extract.types import Article, Facts

ARTICLE = Article(id="a", source="s", title="T", paragraphs=["Kari Hansen er dagleg leiar i Klynga."])
# fact id -> [(reviewer, verdict, correction)], oldest first
REVIEWS = {
    "changed-mind": [("kari", "rejected", None), ("kari", "confirmed", None)],
    "agreed-fix": [("kari", "corrected", {"role": "styreleiar"}), ("ola", "corrected", {"role": "styreleiar"})],
    "two-fixes": [("kari", "corrected", {"role": "styreleiar"}), ("ola", "corrected", {"role": "nestleiar"})],
    "split": [("kari", "confirmed", None), ("ola", "rejected", None)],
    "rejected": [("kari", "confirmed", None), ("ola", "rejected", None), ("kari", "rejected", None)],
    "emptied": [("kari", "corrected", {"organization": None})],
    "unreviewed": [],
}


def _role(fact_id: str) -> dict:
    return {"id": fact_id, "article_id": "a", "person": "Kari Hansen", "role": "dagleg leiar",
            "organization": "Klynga", "former": 0, "evidence": ARTICLE.text, "extractor": "test", "confidence": 0.5}


def test_review_states_and_corrected_values(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.replace_article(ARTICLE, Facts(person_roles=[_role(f) for f in REVIEWS]), "t")
    kb.db["reviews"].insert_all([
        {"fact_id": fact_id, "fact_type": "person_role", "verdict": verdict, "reviewer": reviewer,
         "correction": json.dumps(fix, sort_keys=True) if fix else None, "reviewed_at": f"2026-01-0{i + 1}T10:00"}
        for fact_id, reviews in REVIEWS.items() for i, (reviewer, verdict, fix) in enumerate(reviews)])
    reviewed = {r["id"]: (r["review_state"], r["role"], r["organization"])
                for r in kb.db.query("SELECT * FROM reviewed_person_roles")}
    assert reviewed == {
        "changed-mind": ("confirmed", "dagleg leiar", "Klynga"),
        "agreed-fix": ("corrected", "styreleiar", "Klynga"),
        "two-fixes": ("disputed", "dagleg leiar", "Klynga"),  # reviewers disagree: as extracted
        "split": ("disputed", "dagleg leiar", "Klynga"),
        "emptied": ("corrected", "dagleg leiar", None),
        "unreviewed": ("unreviewed", "dagleg leiar", "Klynga"),
    }
    facts = {r["fact_id"]: (r["review_state"], r["summary"], r["extracted_summary"])
             for r in kb.db.query("SELECT * FROM facts")}
    assert facts["rejected"] == ("rejected", "Kari Hansen, dagleg leiar i Klynga", "Kari Hansen, dagleg leiar i Klynga")
    assert facts["agreed-fix"] == ("corrected", "Kari Hansen, styreleiar i Klynga", "Kari Hansen, dagleg leiar i Klynga")
    assert facts["emptied"][1] == "Kari Hansen, dagleg leiar"


def test_summaries_write_numbers_as_norwegian_readers_do(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.db")
    amounts = [("2,4 millioner kroner", 2_400_000.0, "NOK", None), ("21 verksemder", 21.0, None, "verksemder"),
               ("3,5 prosent", 3.5, None, "prosent"), ("400 000 kroner", 400_000.0, "NOK", None),
               ("1,2 milliarder kroner", 1.2e9, "NOK", None)]
    kb.replace_article(ARTICLE, Facts(amounts=[
        {"id": f"am-{i}", "article_id": "a", "text": text, "value": value, "currency": currency, "unit": unit,
         "evidence": ARTICLE.text, "extractor": "test"} for i, (text, value, currency, unit) in enumerate(amounts)]), "t")
    assert [r["summary"] for r in kb.db.query("SELECT summary FROM facts ORDER BY fact_id")] == [
        "2,4 millioner kroner = 2,4 mill. kr", "21 verksemder = 21 verksemder", "3,5 prosent = 3,5 prosent",
        "400 000 kroner = 400 000 kr", "1,2 milliarder kroner = 1,2 mrd. kr"]  # not 2400000.0, 21.0 verksemder
