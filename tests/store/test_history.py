"""status_history: reports of one real-world event merged across articles, rebuilt per cluster."""

from __future__ import annotations

from extract.store import KnowledgeBase
from extract.store.history import agree, cluster_history, period
from extract.types import Article, Facts

CLUSTER = "cluster:raufoss"


def report(article_id, date=None, granularity=None, status="NCE", action="granted", published="2017-05-03"):
    return {"id": f"{article_id}-{status}-{action}-{date}", "article_id": article_id, "cluster": "Raufoss",
            "cluster_id": CLUSTER, "status": status, "action": action, "date": date,
            "date_granularity": granularity, "published": published}


def test_periods_agree_at_the_coarser_granularity():
    assert period("2021-09-01", "season") == (period("2021-09-01", "day")[0], period("2021-12-01", "day")[0])
    assert agree(period("2006-01-01", "year"), period("2006-04-27", "day"))
    assert agree(period("2021-11-15", "week"), period("2021-11-18", "day"))
    assert not agree(period("2021-11-01", "day"), period("2021-11-15", "week"))
    assert agree(None, period("2006-04-27", "day"))


def test_the_same_event_from_two_articles_is_one_row():
    events = cluster_history(CLUSTER, "Raufoss", [
        report("ta", "2006-04-27", "day", published="2006-04-27T14:51"),
        report("oa", "2006-04-27", "day", published="2017-05-03T16:20"),
    ])
    assert [(e["date"], e["articles"], e["first_reported"], e["conflict"]) for e in events] == [
        ("2006-04-27", 2, "2006-04-27", 0)]


def test_a_coarser_date_merges_into_the_finer_one():
    """'i 2006' (Nynorsk article) and '27. april 2006' are one grant, dated by the day."""
    events = cluster_history(CLUSTER, "Raufoss", [
        report("nn", "2006-01-01", "year", published="2017-05-03"),
        report("nb", "2006-04-27", "day", published="2006-04-27"),
    ])
    assert [(e["date"], e["date_granularity"], e["articles"]) for e in events] == [("2006-04-27", "day", 2)]


def test_conflicting_dates_are_two_rows_both_flagged():
    events = cluster_history(CLUSTER, "Ocean Hyway Cluster", [
        report("a", "2021-11-01", "day", "Arena Pro", "upgraded", "2021-11-04"),
        report("b", "2021-11-15", "week", "Arena Pro", "upgraded", "2021-11-18"),
        report("c", "2018-01-01", "year", "Arena", "granted", "2021-11-18"),
    ])
    assert [(e["status"], e["date"], e["conflict"]) for e in events] == [
        ("Arena", "2018-01-01", 0), ("Arena Pro", "2021-11-01", 1), ("Arena Pro", "2021-11-15", 1)]


def test_a_grant_and_a_refusal_of_the_same_date_conflict():
    events = cluster_history(CLUSTER, "Subsea", [
        report("a", "2015-06-12", "day", "GCE", "granted"),
        report("b", "2015-06-01", "month", "GCE", "rejected"),
        report("c", "2014-06-18", "day", "GCE", "rejected"),
    ])
    assert [(e["action"], e["date"], e["conflict"]) for e in events] == [
        ("rejected", "2014-06-18", 0), ("rejected", "2015-06-01", 1), ("granted", "2015-06-12", 1)]


def test_an_upgrade_and_a_grant_of_one_status_are_one_upgrade():
    events = cluster_history(CLUSTER, "Subsea", [
        report("a", "2015-06-12", "day", "GCE", "granted"), report("b", "2015-06-12", "day", "GCE", "upgraded")])
    assert [(e["action"], e["articles"]) for e in events] == [("upgraded", 2)]


def test_undated_events_sort_after_dated_ones():
    """An undated 'fekk NCE-status' (reported 2022) never comes before 'Arena i 2014'."""
    events = cluster_history(CLUSTER, "Havrom Vest", [
        report("a", None, None, "NCE", "upgraded", "2022-06-21"),
        report("b", "2014-01-01", "day", "Arena", "granted", "2014-02-01"),
        report("c", "2023-09-18", "day", "NCE", "extended", "2023-09-18"),
    ])
    assert [(e["position"], e["status"], e["date"]) for e in events] == [
        (1, "Arena", "2014-01-01"), (2, "NCE", "2023-09-18"), (3, "NCE", None)]


def test_an_undated_report_joins_the_event_its_article_reports():
    """Of two extensions, an undated report published in 2021 is the 2020 one, not 2024's."""
    events = cluster_history(CLUSTER, "Raufoss", [
        report("a", "2020-03-04", "day", action="extended", published="2020-03-04"),
        report("b", "2024-01-10", "day", action="extended", published="2024-01-10"),
        report("c", None, None, action="extended", published="2021-05-01"),
    ])
    assert [(e["date"], e["articles"]) for e in events] == [("2020-03-04", 2), ("2024-01-10", 1)]


def test_ids_are_stable_and_name_the_event():
    first = cluster_history(CLUSTER, "Raufoss", [report("a", "2006-04-27", "day")])
    again = cluster_history(CLUSTER, "Raufoss", [report("b", "2006-01-01", "year"), report("a", "2006-04-27", "day")])
    other = cluster_history(CLUSTER, "Raufoss", [report("a", "2006-04-27", "day", action="extended")])
    assert first[0]["id"] == again[0]["id"] != other[0]["id"]


# Through the knowledge base: built at the end of a run, incrementally.

def _article(article_id: str, published: str, sentence: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", title=sentence, paragraphs=[sentence],
                   published=published, language="nn" if "fekk" in sentence else "nb")


def _event(article: Article, cluster_id: str, date: str | None, granularity: str | None, action="granted") -> dict:
    return {"id": f"{article.id}-{cluster_id}-{action}", "article_id": article.id, "cluster": cluster_id.split(":")[1],
            "cluster_id": cluster_id, "status": "NCE", "action": action, "date": date,
            "date_granularity": granularity, "evidence": article.text, "evidence_start": 0,
            "start_char": 0, "end_char": len(article.text), "extractor": "test", "confidence": 0.8}


def _store(kb: KnowledgeBase, article: Article, *events: dict) -> None:
    kb.replace_article(article, Facts(status_events=list(events)), "test")


def _history(kb: KnowledgeBase) -> list[tuple]:
    return [tuple(r) for r in kb.db.execute(
        "SELECT cluster_id, date, articles, confirmed, rejected FROM status_history ORDER BY cluster_id, position")]


def test_rebuilt_incrementally_after_one_article_changes(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.db")
    nb = _article("nb", "2006-04-27", "Raufoss får status som NCE.")
    nn = _article("nn", "2017-05-03", "Raufoss fekk NCE-status i 2006.")
    other = _article("x", "2015-06-13", "Eyde-klyngen får NCE-status.")
    _store(kb, nb, _event(nb, CLUSTER, "2006-04-27", "day"))
    _store(kb, nn, _event(nn, CLUSTER, "2006-01-01", "year"))
    _store(kb, other, _event(other, "cluster:eyde-klyngen", "2015-06-12", "day"))
    assert kb.update_history() == 2
    assert _history(kb) == [("cluster:eyde-klyngen", "2015-06-12", 1, 0, 0), (CLUSTER, "2006-04-27", 2, 0, 0)]
    assert kb.db.execute("SELECT count(*) FROM status_events WHERE history_id IS NULL").fetchone()[0] == 0

    changed = _article("nn", "2017-05-03", "Raufoss fekk NCE-status i 2007.")
    _store(kb, changed, _event(changed, CLUSTER, "2007-01-01", "year"))
    assert kb.update_history() == 2  # only Raufoss's two events are rebuilt
    assert _history(kb) == [("cluster:eyde-klyngen", "2015-06-12", 1, 0, 0),
                            (CLUSTER, "2006-04-27", 1, 0, 0), (CLUSTER, "2007-01-01", 1, 0, 0)]
    _store(kb, changed)  # the article no longer reports it: its history row goes
    kb.update_history()
    assert [r[:2] for r in _history(kb)] == [("cluster:eyde-klyngen", "2015-06-12"), (CLUSTER, "2006-04-27")]


def test_verdicts_roll_up_to_the_history_row(tmp_path):
    from extract.store.history import refresh_verdicts

    kb = KnowledgeBase(tmp_path / "kb.db")
    a, b = _article("a", "2006-04-27", "Raufoss får NCE."), _article("b", "2006-05-02", "Raufoss fikk NCE.")
    _store(kb, a, _event(a, CLUSTER, "2006-04-27", "day"))
    _store(kb, b, _event(b, CLUSTER, None, None))
    kb.update_history()
    reviews = [("a-cluster:raufoss-granted", "rejected", "2026-01-01T10:00"),
               ("a-cluster:raufoss-granted", "confirmed", "2026-01-02T10:00"),  # the latest verdict counts
               ("b-cluster:raufoss-granted", "rejected", "2026-01-01T10:00")]
    kb.db["reviews"].insert_all([{"fact_id": f, "fact_type": "status_event", "verdict": v, "reviewer": "kari",
                                  "reviewed_at": t} for f, v, t in reviews])
    history_id = kb.db.execute("SELECT id FROM status_history").fetchone()[0]
    refresh_verdicts(kb.db.conn, [history_id])
    assert _history(kb) == [(CLUSTER, "2006-04-27", 2, 1, 1)]


def test_a_run_that_ended_early_is_caught_up(tmp_path):
    """Events stored without a history row (a run killed before its end, or a KB from before
    status_history) are rebuilt by the next update, touched or not."""
    kb = KnowledgeBase(tmp_path / "kb.db")
    nb = _article("nb", "2006-04-27", "Raufoss får status som NCE.")
    _store(kb, nb, _event(nb, CLUSTER, "2006-04-27", "day"))
    kb.touched_clusters.clear()  # as if the process had died before update_history
    assert kb.update_history() == 1
    assert _history(kb) == [(CLUSTER, "2006-04-27", 1, 0, 0)]


def test_the_history_is_built_from_the_reviewed_reports(tmp_path):
    """A rejected report neither dates nor makes an event (it counts as rejected on the one it
    joins); a corrected report's corrected date is the event's."""
    kb = KnowledgeBase(tmp_path / "kb.db")
    a, b = _article("a", "2006-04-27", "Raufoss får NCE."), _article("b", "2009-02-01", "Raufoss fikk NCE i 2009.")
    c, d = _article("c", "2006-05-02", "Raufoss fikk NCE."), _article("d", "2013-01-01", "Raufoss mista NCE i 2010.")
    _store(kb, a, _event(a, CLUSTER, "2006-04-27", "day"))
    _store(kb, b, _event(b, CLUSTER, "2009-01-01", "year"))
    _store(kb, c, _event(c, CLUSTER, None, None))
    _store(kb, d, _event(d, CLUSTER, "2010-01-01", "year", action="lost"))
    kb.update_history()
    assert [r[1] for r in _history(kb)] == ["2006-04-27", "2009-01-01", "2010-01-01"]
    reviews = [("b-cluster:raufoss-granted", "rejected", None), ("c-cluster:raufoss-granted", "rejected", None),
               ("d-cluster:raufoss-lost", "corrected", '{"date": "2012-03-01", "date_granularity": "month"}')]
    kb.db["reviews"].insert_all([{"fact_id": f, "fact_type": "status_event", "verdict": v, "correction": fix,
                                  "reviewer": "kari", "reviewed_at": "2026-01-01T10:00"} for f, v, fix in reviews])
    kb.touched_clusters.add(CLUSTER)
    kb.update_history()
    assert [tuple(r) for r in kb.db.execute(
        "SELECT date, date_granularity, action, articles, rejected, corrected, summary FROM status_history"
        " ORDER BY position")] == [("2006-04-27", "day", "granted", 1, 1, 0, "raufoss: tildelt NCE (2006-04-27)"),
                                   ("2012-03-01", "month", "lost", 1, 0, 1, "raufoss: mistet NCE (2012-03)")]
    assert kb.db.execute("SELECT history_id FROM status_events WHERE id = 'b-cluster:raufoss-granted'").fetchone() == (None,)
