"""Impossible sequences on /-/programme and first in the review queue; the chart's counts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extract.serve import programme
from extract.serve.app import make_datasette
from extract.store import Facts, KnowledgeBase
from extract.types import Article

from .helpers import post_verdict, run
from .kb import build_kb

CLUSTER = "cluster:testklynga"


def article(article_id: str, text: str, published: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", title=text, paragraphs=[text], published=published)


def status_event(source: Article, status: str, action: str, day: str, confidence: float,
                 cluster: str = "Testklynga") -> dict:
    return {"id": f"se-{source.id}", "article_id": source.id, "cluster": cluster, "cluster_id": f"cluster:{cluster.lower()}",
            "status": status, "action": action, "date": day, "date_granularity": "day", "evidence": source.text,
            "evidence_start": 0, "start_char": 0, "end_char": len(source.text), "extractor": "test",
            "confidence": confidence}


@pytest.fixture
def flagged_kb(tmp_path):
    """The test KB (NCE Heidner Biocluster, four facts less certain than any below) plus
    Testklynga: Arena in 2015, then straight to GCE in 2017; and Fjordklynga: Arena, then NCE."""
    path = tmp_path / "newsfacts.db"
    build_kb(path)
    kb = KnowledgeBase(path)
    reports = [(article("arena", "Testklynga får Arena-status.", "2015-06-12"), "Arena", "granted", "2015-06-12", 0.95),
               (article("gce", "Testklynga blir GCE.", "2017-06-01"), "GCE", "granted", "2017-06-01", 0.97)]
    for source, status, action, day, confidence in reports:
        kb.replace_article(source, Facts(status_events=[status_event(source, status, action, day, confidence)]), "t")
    for source, status, day in [(article("fjord-a", "Fjordklynga får Arena-status.", "2014-06-01"), "Arena", "2014-06-01"),
                                (article("fjord-n", "Fjordklynga blir NCE.", "2018-06-01"), "NCE", "2018-06-01")]:
        kb.replace_article(source, Facts(status_events=[
            status_event(source, status, "granted", day, 0.96, cluster="Fjordklynga")]), "t")
    kb.update_history()
    kb.db.close()
    return path


def queue_ids(html: str) -> list[str]:
    return re.findall(r'data-fact-id="([^"]+)"', html)


def test_the_programme_flags_arena_straight_to_gce(flagged_kb):
    ds = make_datasette(flagged_kb)
    rows = {r["cluster"]: r for r in run(ds.client.get("/-/programme.json?date=2019-06-01")).json()["clusters"]}
    assert (rows["Testklynga"]["status"], rows["Testklynga"]["flags"]) == ("GCE", ["impossible_step"])
    assert (rows["Fjordklynga"]["status"], rows["Fjordklynga"]["flags"]) == ("NCE", [])
    html = run(ds.client.get("/-/programme?date=2019-06-01")).text
    assert 'data-flag="impossible_step"' in html and "Arena rett til GCE" in html


def test_flagged_facts_come_first_in_the_review_queue(flagged_kb, reviewers):
    ds = make_datasette(flagged_kb, reviewers=reviewers)
    # then by reach (status events, the funding, the role in a cluster, the dates), the least certain first
    unflagged = ["se-heidner-nce", "se-fjord-a", "se-fjord-n", "am-7-5-mill", "pr-haug-berg", "dt-torsdag", "dt-oppdatert"]
    assert queue_ids(run(ds.client.get("/-/review")).text) == ["se-arena", "se-gce", *unflagged]
    response = run(post_verdict(ds, "se-gce", verdict="confirmed"))  # the next fact after the last flagged one
    assert (response.status_code, response.headers["location"]) == (302, "/-/review/fact/se-heidner-nce")
    assert queue_ids(run(ds.client.get("/-/review")).text) == ["se-arena", *unflagged]


def test_an_event_every_report_of_which_was_rejected_leaves_the_programme(flagged_kb, reviewers):
    ds = make_datasette(flagged_kb, reviewers=reviewers)
    assert run(post_verdict(ds, "se-gce", verdict="rejected")).status_code == 302
    rows = {r["cluster"]: r for r in run(ds.client.get("/-/programme.json?date=2019-06-01")).json()["clusters"]}
    assert (rows["Testklynga"]["status"], rows["Testklynga"]["start"], rows["Testklynga"]["flags"]) == (
        "Arena", "2015-06-12", [])


def test_the_chart_counts_clusters_per_status_at_the_end_of_each_year(flagged_kb):
    ds = make_datasette(flagged_kb)
    counts = run(ds.client.get("/-/programme.json?date=2019-06-01")).json()["status_counts"]
    by_year = {}
    for row in counts:
        by_year.setdefault(row["year"], {})[row["status"]] = row["clusters"]
    # Fjordklynga: Arena 2014-2017, NCE from 2018; Testklynga: Arena 2015-2016, GCE from 2017;
    # NCE Heidner Biocluster: NCE from 15 June 2023, after the last year drawn.
    assert by_year == {2014: {"Arena": 1}, 2015: {"Arena": 2}, 2016: {"Arena": 2}, 2017: {"Arena": 1, "GCE": 1},
                       2018: {"NCE": 1, "GCE": 1}, 2019: {"NCE": 1, "GCE": 1}, 2020: {"NCE": 1, "GCE": 1},
                       2021: {"NCE": 1, "GCE": 1}, 2022: {"NCE": 1, "GCE": 1}, 2023: {"NCE": 2, "GCE": 1}}


def test_the_chart_is_drawn_on_the_server_and_fetches_nothing():
    svg = str(programme.chart_svg([{"year": 2015, "status": "Arena", "clusters": 2},
                                   {"year": 2016, "status": "NCE", "clusters": 1}]))
    assert svg.startswith("<svg") and "<script" not in svg
    assert set(re.findall(r"https?://[^\"'\s)]+", svg)) <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
    assert ">2015<" in svg and ">NCE<" in svg and programme.chart_svg([]) == ""


def test_a_day_parameter():
    assert programme.parse_day("2019-06-01") == date(2019, 6, 1)
    assert programme.parse_day("") == date.today()
    assert programme.parse_day("2019-6-1") is None and programme.parse_day("2019-02-30") is None


def test_names_and_titles_are_escaped(tmp_path):
    path = tmp_path / "hostile.db"
    kb = KnowledgeBase(path)
    source = article("x", "<script>alert(1)</script> får Arena-status", "2020-01-01")
    kb.replace_article(source, Facts(status_events=[
        status_event(source, "Arena", "granted", "2020-01-01", 0.9, cluster='<img src=x onerror="alert(2)">')]), "t")
    kb.update_history()
    kb.db.close()
    html = run(make_datasette(path).client.get("/-/programme?date=2021-01-01")).text
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
