"""One story in four containers and two outlets' wire copies, through the real pipeline:
one story, its facts counted once, "reported by 1 story ... in 2 outlets", one review
item per fact, a verdict that covers the copies, and copies added by a later run."""

from __future__ import annotations

import re
import sqlite3

import pytest

from extract.pipeline import run as run_pipeline
from extract.serve import agreement, review
from extract.serve.app import make_datasette
from extract.store import bring_up_to_date
from extract.store.fact_reviews import TRIGGERS
from extract.store.views import VIEWS

from .story_dump import write_containers, write_wire_copy
from .helpers import post_verdict, query, run

CLUSTER = "/-/cluster/cluster~3Aheidner-biocluster"


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    """The dump (four containers of Adresseavisen's copy, iTromsø's copy) run once."""
    folder = tmp_path_factory.mktemp("stories")
    write_containers(folder / "dump")
    write_wire_copy(folder / "dump")
    summary = run_pipeline([folder / "dump"], folder / "kb.db", nlp=nlp)
    assert summary.counts["new"] == 5, summary.counts
    return folder / "kb.db"


@pytest.fixture
def kb(built, tmp_path):
    """A copy of the built KB for one test to write verdicts into."""
    path = tmp_path / "newsfacts.db"
    source, target = sqlite3.connect(built), sqlite3.connect(path)
    source.backup(target)  # (the built KB is in WAL mode: a file copy could miss its last writes)
    source.close(), target.close()
    return path


def distinct_facts(db) -> set[tuple]:
    """The facts as a reader tells them apart: type, summary and evidence."""
    return {(f["fact_type"], f["summary"], f["evidence"]) for f in query(db, "SELECT * FROM facts")}


def queue_total(db) -> int:
    conn = sqlite3.connect(db)
    try:
        return review.queue(conn, {})[1]
    finally:
        conn.close()


def test_one_story_with_five_copies_each_with_its_provenance(kb):
    [story] = query(kb, "SELECT * FROM stories")
    assert (story["copies"], story["outlets"]) == (5, '["Adresseavisen", "iTromsø"]')
    copies = query(kb, "SELECT a.source, a.outlet FROM story_copies c JOIN articles a ON a.id = c.id"
                       " WHERE c.story_id = ? ORDER BY a.source", [story["id"]])
    assert [c["source"] for c in copies] == [
        "dump/arkiv.tar.gz!2023/06/ntb.txt", "dump/crawl.warc.gz!https://www.adressa.no/nyheter/heidner",
        "dump/itromso-heidner.html", "dump/ntb-kopi.txt.gz", "dump/ntb.txt"]
    [event] = query(kb, "SELECT * FROM status_history")
    assert (event["articles"], event["stories"], event["outlets"]) == (5, 1, '["Adresseavisen", "iTromsø"]')
    assert len(query(kb, "SELECT * FROM status_events")) == 5  # every copy keeps its own report


def test_review_queue_holds_one_item_per_story_fact(kb):
    facts = query(kb, "SELECT * FROM facts")
    distinct = distinct_facts(kb)
    assert len(facts) > len(distinct) >= 6  # the copies repeat facts; the wire copy adds its byline's
    assert queue_total(kb) == len(distinct)
    ds = make_datasette(kb)
    page = run(ds.client.get("/-/review")).text
    assert f"{len(distinct)} fakta venter på vurdering" in page
    assert page.count("Heidner Biocluster: tildelt NCE (2023-06-15)</a>") == 1
    assert "i 5 kopier av én sak" in page
    waiting = run(ds.client.get("/newsfacts/facts_awaiting_review.json?_shape=array&_size=max")).json()
    assert len(waiting) == len(distinct)
    wire = query(kb, "SELECT id FROM articles WHERE outlet = 'iTromsø'")[0]["id"]
    own = len(query(kb, "SELECT * FROM facts WHERE article_id = ?", [wire]))
    conn = sqlite3.connect(kb)
    assert review.queue(conn, {"article": wire})[1] == own  # filtered by article: all its own facts
    conn.close()
    article = re.sub(r"\s+", " ", run(ds.client.get(f"/-/review/article/{wire}")).text)
    assert "Én av 5 kopier av en sak" in article and "dump/ntb-kopi.txt.gz" in article


def test_cluster_page_counts_the_story_once_and_lists_its_outlets(kb):
    page = re.sub(r"\s+", " ", run(make_datasette(kb).client.get(CLUSTER)).text)
    assert ("oppgradert NCE" in page or "tildelt NCE" in page)
    assert "omtalt i 1 sak (5 kopier) i 2 medier: Adresseavisen, iTromsø," in page
    assert page.count('class="story-report"') == 1 and "4 kopier til av denne saken" in page
    assert page.count("7,5 mill. kr</a> i året") == 1  # funding listed once (\\s+ took its no-break spaces)
    assert "(5 kopier av én sak)" in page
    assert "daglig leder <span class=\"hint\">· 1 sak</span>" in page


def test_funding_by_cluster_totals_each_story_once(kb):
    funding = run(make_datasette(kb).client.get("/newsfacts/funding_by_cluster.json?_shape=array")).json()
    assert [(f["total"], f["stories"]) for f in funding if f["currency"] == "NOK"] == [(7_500_000, 1)]


def test_a_verdict_covers_the_copies(kb, reviewers):
    events = query(kb, "SELECT s.id, a.source FROM status_events s JOIN articles a ON a.id = s.article_id"
                       " ORDER BY a.source")
    wire = next(e["id"] for e in events if e["source"] == "dump/itromso-heidner.html")
    before = queue_total(kb)
    ds = make_datasette(kb, reviewers=reviewers)
    assert run(post_verdict(ds, wire, verdict="rejected")).status_code == 302
    assert [f["verdict"] for f in query(kb, "SELECT verdict FROM facts WHERE fact_type = 'status_event'")] == \
        ["rejected"] * 5
    assert queue_total(kb) == before - 1
    # the verdict covers every copy's report, so the event has none left (the history is as reviewed)
    assert query(kb, "SELECT count(*) AS n FROM status_history") == [{"n": 0}]
    other = next(e["id"] for e in events if e["id"] != wire)
    page = re.sub(r"\s+", " ", run(ds.client.get(f"/-/review/fact/{other}")).text)
    assert "Det samme faktumet i 4 andre kopier av denne saken" in page and "(på en kopi)" in page
    assert query(kb, "SELECT * FROM orphaned_reviews") == []


def test_a_later_run_adds_copies_to_the_stored_story(tmp_path, nlp, reviewers):
    dump, db = tmp_path / "dump", tmp_path / "kb.db"
    write_containers(dump)
    assert run_pipeline([dump], db, nlp=nlp).counts["new"] == 4
    [story] = query(db, "SELECT * FROM stories")
    assert (story["copies"], story["outlets"]) == (4, '["Adresseavisen"]')
    first = distinct_facts(db)
    assert queue_total(db) == len(first)
    [event] = query(db, "SELECT id FROM status_events LIMIT 1")
    assert run(post_verdict(make_datasette(db, reviewers=reviewers), event["id"], verdict="confirmed")).status_code == 302

    write_wire_copy(dump)
    assert run_pipeline([dump], db, nlp=nlp).counts == {**dict.fromkeys(
        ("changed", "reextracted", "not_articles", "failed"), 0), "read": 5, "new": 1, "skipped": 4}
    [later] = query(db, "SELECT * FROM stories")
    assert (later["id"], later["copies"], later["outlets"]) == (story["id"], 5, '["Adresseavisen", "iTromsø"]')
    assert queue_total(db) == len(distinct_facts(db)) - 1 == len(first)  # + the byline role, - the confirmed event
    wire = query(db, "SELECT s.id FROM status_events s JOIN articles a ON a.id = s.article_id"
                     " WHERE a.outlet = 'iTromsø'")
    assert [query(db, "SELECT verdict FROM facts WHERE fact_id = ?", [w["id"]])[0]["verdict"] for w in wire] == \
        ["confirmed"]  # the verdict given before covers the copy that came later


def test_the_dask_engine_gives_the_same_stories(tmp_path, rules_nlp):
    from extract.batch.dask_engine import DaskEngine

    write_containers(tmp_path / "dump")
    write_wire_copy(tmp_path / "dump")
    tables = "SELECT * FROM stories", "SELECT id, story_id, matched, similarity FROM story_copies", \
        "SELECT * FROM story_facts ORDER BY id"
    built = {}
    for name, engine in (("inline", None), ("dask", DaskEngine(workers=2, processes=False, timeout=60))):
        run_pipeline([tmp_path / "dump"], tmp_path / f"{name}.db", nlp=rules_nlp, engine=engine)
        built[name] = [query(tmp_path / f"{name}.db", sql) for sql in tables]
    assert built["dask"] == built["inline"] and built["dask"][0][0]["copies"] == 5


def test_canned_queries_count_the_story_once(kb):
    ds = make_datasette(kb)
    [cluster] = run(ds.client.get("/newsfacts/clusters.json?_shape=array")).json()
    assert (cluster["stories"], cluster["articles"]) == (1, 5)
    [event] = run(ds.client.get("/newsfacts/cluster_status_history.json?_shape=array&cluster=Heidner")).json()
    assert (event["stories"], event["outlets"]) == (1, '["Adresseavisen", "iTromsø"]')


def test_a_knowledge_base_from_before_stories_is_brought_up_to_date_to_be_served(kb):
    conn = sqlite3.connect(kb)
    with conn:  # as newsfacts wrote it before stories: no story tables, no views of today
        for table in ("story_facts", "story_copies", "stories", "story_bands"):
            conn.execute(f"DROP TABLE {table}")
        for view in reversed(VIEWS):  # the views of today, which read fact_reviews
            conn.execute(f"DROP VIEW {view}")
        conn.execute("DROP TABLE fact_reviews")
        for trigger in TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.execute("ALTER TABLE status_history DROP COLUMN stories")
        conn.execute("ALTER TABLE status_history DROP COLUMN outlets")
    conn.close()
    assert bring_up_to_date(kb) is True and bring_up_to_date(kb) is False
    assert queue_total(kb) == len(distinct_facts(kb))
    assert "omtalt i 1 sak (5 kopier)" in re.sub(r"\s+", " ", run(make_datasette(kb).client.get(CLUSTER)).text)


def test_verdicts_on_two_copies_are_two_reviewers_on_one_fact(kb, reviewers):
    events = [e["id"] for e in query(kb, "SELECT id FROM status_events ORDER BY id")]
    ds = make_datasette(kb, reviewers=reviewers)
    assert run(post_verdict(ds, events[0], reviewer="kari", verdict="confirmed")).status_code == 302
    assert run(post_verdict(ds, events[3], reviewer="ola", verdict="rejected")).status_code == 302
    conn = sqlite3.connect(kb)
    try:
        [pair] = agreement.agreement(conn)
        by_type = {t["fact_type"]: t for t in agreement.progress(conn)["by_type"]}
    finally:
        conn.close()
    assert (pair.fact_type, pair.shared, pair.observed) == ("status_event", 1, 0.0)
    assert (by_type["status_event"]["facts"], by_type["status_event"]["judged_twice"]) == (1, 1)
    assert [f["conflict"] for f in query(kb, "SELECT conflict FROM facts WHERE fact_type = 'status_event'")] == [1] * 5
