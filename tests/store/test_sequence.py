"""A cluster's periods in the programme and the flags of impossible sequences (store/sequence.py),
and what the store writes from them (status_periods, status_history.flags)."""

from __future__ import annotations

from datetime import date

from extract.store import KnowledgeBase
from extract.store.history import period
from extract.store.sequence import flags, holds, periods, standing
from extract.types import Article, Facts


def event(status, action, day, granularity="day", name=None):
    """A status_history row as the sequence functions read it."""
    return {"id": name or f"{action}-{status}-{day}", "status": status, "action": action, "date": day,
            "date_granularity": granularity, "period": period(day, granularity) if day else None}


def spans(events):
    return [(p["status"], p["start"] and p["start"].isoformat(), p["ended"] and p["ended"].isoformat(), p["how"])
            for p in periods(events)]


def test_an_upgrade_ends_the_period_before_and_an_extension_keeps_it():
    events = [event("NCE", "granted", "2006-04-27"), event("NCE", "extended", "2009-07-01"),
              event("GCE", "rejected", "2014-06-18"), event("GCE", "upgraded", "2015-06-12")]
    assert spans(events) == [("NCE", "2006-04-27", "2015-06-12", "succeeded"), ("GCE", "2015-06-12", None, None)]
    assert periods(events)[1]["expected_end"] == (date(2025, 6, 12), date(2025, 6, 12))
    assert flags(events) == {}


def test_an_arena_period_lasts_three_to_five_years():
    events = [event("Arena", "granted", "2015-06-12")]
    assert periods(events)[0]["expected_end"] == (date(2018, 6, 12), date(2020, 6, 12))
    spans = periods(events)
    assert holds(standing(spans, date(2020, 6, 11)), date(2020, 6, 11))
    assert not holds(standing(spans, date(2020, 6, 12)), date(2020, 6, 12))
    assert standing(spans, date(2015, 6, 11)) is None


def test_a_period_is_over_after_its_longest_length_unless_a_loss_says_when():
    over = [event("NCE", "granted", "2006-04-27"), event("Arena", "granted", "2017-01-01", "year")]
    assert spans(over) == [("NCE", "2006-04-27", "2016-04-27", "period over"), ("Arena", "2017-01-01", None, None)]
    lost = [event("NCE", "granted", "2006-04-27"), event("NCE", "lost", "2016-06-01", "season")]
    assert spans(lost) == [("NCE", "2006-04-27", "2016-06-01", "lost")]
    assert flags(over) == {} and flags(lost) == {}


def test_a_second_report_of_the_same_grant_is_the_same_period():
    """Ocean Hyway's upgrade dated 1 November by one article and 'this week' (15 November) by another."""
    events = [event("Arena", "granted", "2018-01-01", "year"), event("Arena Pro", "upgraded", "2021-11-01", name="a"),
              event("Arena Pro", "upgraded", "2021-11-15", "week", name="b")]
    assert spans(events) == [("Arena", "2018-01-01", "2021-11-01", "succeeded"), ("Arena Pro", "2021-11-01", None, None)]


def test_refusals_certifications_and_undated_events_give_no_status():
    events = [event("Arena", "rejected", "2015-06-12"), event("bronsesertifisert", "certified", "2021-01-01", "year"),
              event("NCE", "granted", None)]
    assert periods(events) == [] and flags(events) == {}


def test_arena_straight_to_gce_is_flagged_on_both_events():
    events = [event("Arena", "granted", "2015-06-12", name="arena"), event("GCE", "granted", "2017-06-01", name="gce")]
    assert flags(events) == {"arena": ["impossible_step"], "gce": ["impossible_step"]}
    by_steps = [event("Arena", "granted", "2013-01-01", "year"), event("NCE", "upgraded", "2015-06-12"),
                event("GCE", "upgraded", "2019-06-01")]
    assert flags(by_steps) == {}


def test_lost_before_granted_is_flagged():
    events = [event("NCE", "lost", "2005-06-01", name="lost"), event("NCE", "granted", "2006-04-27", name="granted")]
    assert flags(events) == {"lost": ["before_granted"], "granted": ["before_granted"]}
    extended = [event("NCE", "extended", "2005-06-01", name="ext"), event("NCE", "granted", "2006-04-27", name="gr")]
    assert flags(extended) == {"ext": ["before_granted"], "gr": ["before_granted"]}
    assert flags([event("NCE", "lost", "2016-06-01")]) == {}  # its grant is not reported: nothing impossible


def test_two_statuses_at_once_are_flagged():
    events = [event("Arena", "granted", "2015-06-12", name="arena"), event("NCE", "granted", "2015-01-01", "year", name="nce")]
    assert flags(events) == {"arena": ["two_at_once"], "nce": ["two_at_once"]}


def _report(article, status, action, day, granularity="day"):
    return {"id": f"{article.id}-{status}-{action}", "article_id": article.id, "cluster": "Testklynga",
            "cluster_id": "cluster:testklynga", "status": status, "action": action, "date": day,
            "date_granularity": granularity, "evidence": article.text, "extractor": "test", "confidence": 0.9}


def test_the_store_writes_periods_and_flags(tmp_path):
    first = Article(id="a1", source="a1.txt", paragraphs=["Testklynga fekk Arena-status."], published="2015-06-12")
    second = Article(id="a2", source="a2.txt", paragraphs=["Testklynga vart GCE."], published="2017-06-01")
    kb = KnowledgeBase(tmp_path / "kb.db")
    kb.replace_article(first, Facts(status_events=[_report(first, "Arena", "granted", "2015-06-12")]), "t")
    kb.replace_article(second, Facts(status_events=[_report(second, "GCE", "granted", "2017-06-01")]), "t")
    kb.update_history()
    history = list(kb.db.query("SELECT status, flags FROM status_history ORDER BY position"))
    assert history == [{"status": "Arena", "flags": "impossible_step"}, {"status": "GCE", "flags": "impossible_step"}]
    assert list(kb.db.query("SELECT status, since, expected_end_min, expected_end_max, ended, how FROM status_periods"
                            " ORDER BY since")) == [
        {"status": "Arena", "since": "2015-06-12", "expected_end_min": "2018-06-12", "expected_end_max": "2020-06-12",
         "ended": "2017-06-01", "how": "succeeded"},
        {"status": "GCE", "since": "2017-06-01", "expected_end_min": "2027-06-01", "expected_end_max": "2027-06-01",
         "ended": None, "how": None}]
