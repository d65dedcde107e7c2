"""Stories in the store: MinHash similarity of word shingles, the LSH bands kept in the
KB, placing articles as they are stored (and again when they change), story facts."""

from __future__ import annotations

import sqlite3

from extract.store import Facts, KnowledgeBase
from extract.store import stories
from extract.types import Article

PARAGRAPHS = [
    "Innovasjon Norge tildelte torsdag Arena-status til Fjordklyngen Sunnmøre.",
    "Klyngen samler 38 bedrifter innen maritim teknologi, skipsdesign og sjømat på Sunnmøre.",
    "– Vi har jobbet mot dette i tre år, og nå kan vi endelig satse for fullt, sier daglig leder Ingrid Vik.",
    "Klyngen får 2,4 millioner kroner i året fra programmet de neste tre årene.",
    "Neste mål er å bli en NCE-klynge innen 2030, ifølge styreleder Per Ove Hatlen.",
]
ADDED = "Ordføreren i Ålesund kaller tildelingen et stort løft for regionen."
OTHER = [
    "Bystyret i Tromsø vedtok tirsdag å bygge ny svømmehall på Templarheimen.",
    "Hallen skal stå ferdig i 2027 og koste om lag 600 millioner kroner, opplyser kommunen.",
    "Opposisjonen mener prisen er for høy og ville heller pusse opp den gamle hallen i sentrum.",
]


def article(article_id: str, paragraphs: list[str], title: str = "Fjordklyngen Sunnmøre får Arena-status",
            outlet: str | None = "Sunnmørsposten") -> Article:
    return Article(id=article_id, source=f"{article_id}.html", title=title, paragraphs=list(paragraphs),
                   published="2024-03-07", outlet=outlet)


WIRE = article("vikebladet-1", [*PARAGRAPHS[:3], ADDED, *PARAGRAPHS[3:]],
               title="Sunnmørsklynge fikk Arena-status", outlet="Vikebladet Vestposten")


def similarity(a: Article, b: Article) -> float:
    return stories.signature(a.text).jaccard(stories.signature(b.text))


def story_of(kb: KnowledgeBase, article_id: str) -> str:
    return kb.db.execute("SELECT story_id FROM story_copies WHERE id = ?", [article_id]).fetchone()[0]


def test_copies_are_similar_and_other_stories_are_not():
    original = article("smp-1", PARAGRAPHS)
    assert similarity(original, article("smp-kopi", PARAGRAPHS)) == 1.0
    assert stories.THRESHOLD <= similarity(original, WIRE) < 1.0
    assert similarity(original, article("nordlys-1", OTHER, title="Ny svømmehall i Tromsø")) < 0.1
    assert stories.signature("") is None and stories.shingles("Tre små ord") == {b"tre sm\xc3\xa5 ord"}


def test_a_copy_stored_later_joins_the_story_through_the_bands_on_disk(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.replace_article(article("smp-1", PARAGRAPHS), Facts(), "t")
    kb.replace_article(article("nordlys-1", OTHER, title="Ny svømmehall i Tromsø", outlet="Nordlys"), Facts(), "t")
    kb.db.close()
    bands = sqlite3.connect(tmp_path / "kb.db").execute("SELECT count(*) FROM story_bands").fetchone()[0]
    assert bands == 2 * len(stories.bands())
    kb = KnowledgeBase(tmp_path / "kb.db")  # a later run: nothing in memory
    kb.replace_article(WIRE, Facts(), "t")
    assert story_of(kb, WIRE.id) == story_of(kb, "smp-1") != story_of(kb, "nordlys-1")
    row = kb.db.execute("SELECT copies, outlets, title FROM stories WHERE id = ?", [story_of(kb, "smp-1")]).fetchone()
    assert row == (2, '["Sunnmørsposten", "Vikebladet Vestposten"]', "Fjordklyngen Sunnmøre får Arena-status")
    matched = kb.db.execute("SELECT matched, similarity FROM story_copies WHERE id = ?", [WIRE.id]).fetchone()
    assert matched[0] == "smp-1" and stories.THRESHOLD <= matched[1] < 1.0


def test_an_article_rewritten_into_another_story_leaves_its_old_one(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.replace_article(article("smp-1", PARAGRAPHS), Facts(), "t")
    kb.replace_article(WIRE, Facts(), "t")
    shared = story_of(kb, WIRE.id)
    kb.replace_article(article(WIRE.id, OTHER, title="Ny svømmehall i Tromsø"), Facts(), "t")
    assert story_of(kb, WIRE.id) != shared
    assert kb.db.execute("SELECT copies FROM stories WHERE id = ?", [shared]).fetchone()[0] == 1
    assert kb.db.execute("SELECT count(*) FROM stories").fetchone()[0] == 2
    bands = kb.db.execute("SELECT article_id, count(*) FROM story_bands GROUP BY article_id").fetchall()
    assert bands == [("smp-1", len(stories.bands())), (WIRE.id, len(stories.bands()))]  # its old bands are gone


def fact(a: Article, fact_id: str, sentence: str, text: str, value: float) -> dict:
    start = a.text.index(sentence)
    return {"id": fact_id, "article_id": a.id, "text": text, "value": value, "currency": "NOK",
            "evidence": sentence, "evidence_start": start, "start_char": a.text.index(text, start),
            "end_char": a.text.index(text, start) + len(text), "extractor": "test", "confidence": 0.5}


def test_identical_facts_of_the_copies_are_one_story_fact(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.db")
    original = article("smp-1", PARAGRAPHS)
    money = PARAGRAPHS[3]
    kb.replace_article(original, Facts(amounts=[fact(original, "a-smp", money, "2,4 millioner kroner", 2.4e6)]), "t")
    assert kb.db.execute("SELECT count(*) FROM story_facts").fetchone()[0] == 0  # a story of one copy
    kb.replace_article(WIRE, Facts(amounts=[fact(WIRE, "a-wire", money, "2,4 millioner kroner", 2.4e6),
                                            fact(WIRE, "a-wire-2", money, "2,4 millioner kroner", 2.5e6)]), "t")
    rows = dict(kb.db.execute("SELECT id, story_fact_id FROM story_facts").fetchall())
    assert rows == {"a-smp": "a-smp", "a-wire": "a-smp", "a-wire-2": "a-wire-2"}  # another value: another fact


def test_articles_stored_before_stories_are_placed_by_the_next_run(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.replace_article(article("smp-1", PARAGRAPHS), Facts(), "t")
    kb.replace_article(WIRE, Facts(), "t")
    with kb.db.atomic():  # as a knowledge base from before stories
        for table in ("story_copies", "stories", "story_bands", "story_facts"):
            kb.db.execute(f"DELETE FROM {table}")
    kb.update_history()
    assert story_of(kb, "smp-1") == story_of(kb, WIRE.id)
    assert kb.db.execute("SELECT copies FROM stories").fetchall() == [(2,)]
