"""The review queue's order by value to the knowledge base (extract/serve/queue_order.py):
contested facts first, then by reach (pages fed, story copies), then the least certain."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from pathlib import Path

import pytest

from extract.serve import review, review_flow
from extract.serve.app import make_datasette
from extract.serve.review import ReviewerQueue
from extract.store import Facts, KnowledgeBase

from .helpers import run
from .kb import PIPELINE_VERSION, build_kb, norwegian_article, norwegian_facts
from .test_programme_flags import article, status_event
from .test_review import QUEUE_ORDER

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def queue_of(path, mine: ReviewerQueue | None = None, **filters) -> list[tuple[str, int, int]]:
    """(fact id, contested, reach) of the queue's first page."""
    conn = sqlite3.connect(path)
    try:
        facts, _ = review.queue(conn, filters, mine=mine)
    finally:
        conn.close()
    return [(f["fact_id"], f["contested"], f["reach"]) for f in facts]


@pytest.fixture
def conflicting_kb(tmp_path):
    """The test KB plus two articles that disagree on the day in 2019 Testklynga became NCE,
    both more certain than any fact of the test KB."""
    path = tmp_path / "kb.db"
    build_kb(path)
    kb = KnowledgeBase(path)
    for source, day in [(article("mars", "Testklynga ble NCE i mars.", "2019-03-02"), "2019-03-01"),
                        (article("sept", "Testklynga ble NCE i september.", "2019-09-02"), "2019-09-01")]:
        kb.replace_article(source, Facts(status_events=[status_event(source, "NCE", "granted", day, 0.99)]), "t")
    kb.update_history()
    kb.db.close()
    return path


def test_the_test_kb_is_ordered_by_reach_then_confidence(kb_path):
    # the status event feeds 4 pages, the cluster's funding 2, the role in the cluster 1, the dates none;
    # the amount (0.55) is less certain than the role (0.81) and the event (0.92), the dates by confidence
    assert queue_of(kb_path) == [("se-heidner-nce", 0, 4), ("am-7-5-mill", 0, 2), ("pr-haug-berg", 0, 1),
                                 ("dt-torsdag", 0, 0), ("dt-oppdatert", 0, 0)]
    assert [f for f, *_ in queue_of(kb_path)] == QUEUE_ORDER


def test_events_the_articles_disagree_on_come_first(conflicting_kb):
    conn = sqlite3.connect(conflicting_kb)
    assert sorted(conn.execute("SELECT date, conflict FROM status_history WHERE cluster = 'Testklynga'")) == [
        ("2019-03-01", 1), ("2019-09-01", 1)]
    conn.close()
    assert queue_of(conflicting_kb) == [("se-mars", 1, 4), ("se-sept", 1, 4), ("se-heidner-nce", 0, 4),
                                        ("am-7-5-mill", 0, 2), ("pr-haug-berg", 0, 1), ("dt-torsdag", 0, 0),
                                        ("dt-oppdatert", 0, 0)]
    # a filter keeps the order
    assert queue_of(conflicting_kb, fact_type="status_event") == [
        ("se-mars", 1, 4), ("se-sept", 1, 4), ("se-heidner-nce", 0, 4)]


def test_a_fact_reviewers_disagree_on_comes_first_for_the_third_reviewer(kb_path):
    conn = sqlite3.connect(kb_path)
    with conn:
        conn.executemany("INSERT INTO reviews (fact_id, fact_type, verdict, reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?)",
                         [("dt-oppdatert", "date", "confirmed", "kari", "2024-01-01T10:00:00+00:00"),
                          ("dt-oppdatert", "date", "rejected", "ola", "2024-01-01T11:00:00+00:00")])
    mine = ReviewerQueue(second=review_flow.second_review(conn, "per", share=0.0))
    conn.close()
    assert mine.second == ["dt-oppdatert"]
    # the most certain fact, reaching no page, but disputed
    assert queue_of(kb_path, mine) == [("dt-oppdatert", 1, 0), ("se-heidner-nce", 0, 4), ("am-7-5-mill", 0, 2),
                                       ("pr-haug-berg", 0, 1), ("dt-torsdag", 0, 0)]
    assert "dt-oppdatert" not in [f for f, *_ in queue_of(kb_path)]  # judged: not in anyone else's queue


def test_a_fact_in_several_copies_of_a_story_reaches_further(tmp_path):
    path = tmp_path / "kb.db"
    build_kb(path)
    kb = KnowledgeBase(path)
    for copy in ("kopi-1", "kopi-2"):  # the same text in two more files: three copies of one story
        source = norwegian_article()
        source.id, source.source = copy, f"{copy}.txt"
        facts = norwegian_facts(source)
        for table in ("status_events", "person_roles", "amounts", "dates", "mentions"):
            for row in getattr(facts, table):
                row["id"] = f"{copy}-{row['id']}"
        kb.replace_article(source, facts, PIPELINE_VERSION)
    kb.update_history()
    kb.db.close()
    # each story fact once, its reach raised by its two other copies
    assert queue_of(path) == [("se-heidner-nce", 0, 6), ("am-7-5-mill", 0, 4), ("pr-haug-berg", 0, 3),
                              ("dt-torsdag", 0, 2), ("dt-oppdatert", 0, 2)]


def test_next_and_previous_walk_the_queue_in_its_order(conflicting_kb):
    mine = ReviewerQueue(skipped=["se-sept"])
    order = [f for f, *_ in queue_of(conflicting_kb, mine)]
    assert order == ["se-mars", "se-heidner-nce", "am-7-5-mill", "pr-haug-berg", "dt-torsdag", "dt-oppdatert",
                     "se-sept"]  # a skipped fact last, contested or not
    conn = sqlite3.connect(conflicting_kb)
    forward = [order[0]]
    while (following := review.queue_neighbour(conn, {"fact_id": forward[-1]}, {}, True, mine)) is not None:
        forward.append(following)
    backward = [order[-1]]
    while (before := review.queue_neighbour(conn, {"fact_id": backward[-1]}, {}, False, mine)) is not None:
        backward.append(before)
    conn.close()
    assert forward == order and backward == order[::-1]


def test_the_queue_page_says_why_a_fact_comes_first(conflicting_kb):
    ds = make_datasette(conflicting_kb)
    html = run(ds.client.get("/-/review")).text
    rows = re.findall(r'<tr data-fact-url="[^"]*" data-fact-id="([^"]+)".*?</tr>', html, re.DOTALL)
    assert rows[:3] == ["se-mars", "se-sept", "se-heidner-nce"]
    row = {fact: re.search(rf'data-fact-id="{fact}".*?</tr>', html, re.DOTALL).group(0) for fact in rows}
    assert "omstridt" in row["se-mars"] and "omstridt" not in row["se-heidner-nce"]
    assert "vises på 4 steder" in row["se-heidner-nce"] and "vises på 1 sted<" in row["pr-haug-berg"]
    assert "vises" not in row["dt-torsdag"]
    for db in ds.databases.values():
        db.close()


def test_a_generated_knowledge_base_is_queued_by_conflict_reach_and_confidence(tmp_path):
    spec = importlib.util.spec_from_file_location("queue_speed", SCRIPTS / "queue_speed.py")
    queue_speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(queue_speed)
    path = tmp_path / "generated.db"
    queue_speed.build(path, 2_000)
    conn = sqlite3.connect(path)
    facts, total = review.queue(conn, {}, page=1)
    later, _ = review.queue(conn, {}, page=2)
    conn.close()
    keys = [(-f["contested"], -f["reach"], f["confidence"]) for f in facts + later]
    assert total > 1_500 and len(keys) == 2 * review.PAGE_SIZE and keys == sorted(keys)
    assert facts[0]["contested"] == 1 and {f["reach"] for f in facts + later} != {facts[0]["reach"]}
