"""A cluster's status history across articles: ``status_events`` rows (one per article)
merged into ``status_history`` rows (one per real-world event).

Two reports are one event when they name the same cluster entity, status and action
(an upgrade is a grant of the higher status, as in one article's events) and their dates
agree at the coarser granularity ("2006" and "2006-04-27"), or one has no date. Built per
cluster, so a run rebuilds only the clusters whose events it stored or removed.
Each row carries the ``sequence`` flags of the impossible sequences it is part of, and
``status_periods`` holds the periods in which each cluster held a status (``sequence.periods``).
Plain functions on a sqlite3 connection; the store calls ``rebuild``, the review pages
``refresh_verdicts``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from typing import Iterable

from ..types import stable_id
from . import sequence
from .schema import HISTORY_SCHEMA, PERIODS_SCHEMA
from .views import iso_at, words

# The same action for merging: an upgrade is a grant of the higher status.
_KIND = {"upgraded": "granted"}
REFUSALS = {"rejected", "lost"}  # outcomes that are no grant
_MONTHS = {"month": 1, "season": 3, "quarter": 3}
_YEARS = {"year": 1, "decade": 10}
_DAYS = {"day": 1, "week": 7}


def period(value: str | None, granularity: str | None) -> tuple[date, date] | None:
    """[start, end) of the period a date value (its start, ISO) and granularity name."""
    try:
        start = date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
    if granularity in _MONTHS:
        months = start.month - 1 + _MONTHS[granularity]
        return start, date(start.year + months // 12, months % 12 + 1, 1)
    if granularity in _YEARS:
        return start, date(start.year + _YEARS[granularity], 1, 1)
    return start, start + timedelta(days=_DAYS.get(granularity, 1))


def agree(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Dates agree at the coarser granularity: one period lies within the other (or one is None)."""
    if a is None or b is None:
        return True
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _finest_first(report: dict) -> tuple:
    """Sort key: reports a reviewer rejected last (they never date an event), then the finest date first."""
    span = report["period"]
    return (bool(report.get("rejected")), span is None, (span[1] - span[0]).days if span else 0, span or (), report["published"], report["id"])


def _pick(groups: list[dict], report: dict) -> dict:
    """Of several events a coarse or undated report may be, the latest not after its article
    (what the article was reporting), else the earliest."""
    before = [g for g in groups if g["period"] is None or g["period"][0].isoformat() <= report["published"]]
    return max(before, key=_start) if before else min(groups, key=_start)


def _start(group: dict) -> date:
    return group["period"][0] if group["period"] else date.max


def merge(reports: list[dict]) -> list[dict]:
    """Groups of reports of one cluster, status and action kind: each {period, reports}."""
    groups: list[dict] = []
    for report in sorted(reports, key=_finest_first):
        matching = [g for g in groups if agree(g["period"], report["period"])]
        if not matching:
            groups.append({"period": report["period"], "reports": [report]})
        else:
            _pick(matching, report)["reports"].append(report)
    return groups


def _event_row(cluster_id: str, cluster: str, group: dict) -> dict:
    """The history row of a group with at least one report not rejected (the others only
    count as rejected on it)."""
    reports = [r for r in group["reports"] if not r.get("rejected")]
    anchor = reports[0]  # the finest date (see _finest_first)
    actions = {r["action"] for r in reports}
    action = "upgraded" if "upgraded" in actions else anchor["action"]
    day = anchor["date"] if anchor["period"] else None
    return {
        "id": stable_id("status_history", cluster_id, anchor["status"], _KIND.get(action, action), day),
        "summary": None,  # (set by _SUMMARY, which writes the date no finer than known)
        "cluster_id": cluster_id, "cluster": cluster, "status": anchor["status"], "action": action,
        "date": day, "date_granularity": anchor["date_granularity"] if day else None,
        "granted_by": next((r["granted_by"] for r in reports if r.get("granted_by")), None),
        "articles": len({r["article_id"] for r in reports}),
        "stories": len({r.get("story_id") or r["article_id"] for r in reports}),
        "outlets": json.dumps(sorted({r["outlet"] for r in reports if r.get("outlet")}), ensure_ascii=False),
        "first_reported": min(r["published"] for r in reports) or None,
        "conflict": 0, "period": group["period"], "reports": group["reports"],
    }


def _mark_conflicts(events: list[dict]) -> None:
    """Articles disagree: on the date (same status and action, dates in one year that do not
    agree) or on the outcome (same status, agreeing dates, a grant and a refusal)."""
    for a in events:
        for b in events:
            if a is b or a["status"] != b["status"] or not (a["period"] and b["period"]):
                continue
            same_kind = _KIND.get(a["action"], a["action"]) == _KIND.get(b["action"], b["action"])
            if same_kind and a["period"][0].year == b["period"][0].year and not agree(a["period"], b["period"]):
                a["conflict"] = 1
            elif (a["action"] in REFUSALS) != (b["action"] in REFUSALS) and agree(a["period"], b["period"]):
                a["conflict"] = 1


def cluster_history(cluster_id: str, cluster: str, reports: list[dict]) -> list[dict]:
    """A cluster's events from its reports (dicts with the status_events columns, as
    reviewed, the article's ``published`` and ``rejected``: 1 if reviewers rejected it), in
    timeline order: dated by date, undated after them. An event only rejected reports
    give is none."""
    for report in reports:
        report["period"] = period(report["date"], report["date_granularity"])
        report["published"] = (report.get("published") or "")[:10]
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for report in reports:
        by_key[(report["status"], _KIND.get(report["action"], report["action"]))].append(report)
    events = [_event_row(cluster_id, cluster, g) for key in sorted(by_key) for g in merge(by_key[key])
              if not all(r.get("rejected") for r in g["reports"])]
    _mark_conflicts(events)
    events.sort(key=lambda e: (e["period"] is None, e["period"] or (), e["first_reported"] or "", e["id"]))
    for position, event in enumerate(events, 1):
        event["position"] = position
    marked = sequence.flags(events)
    for event in events:
        event["flags"] = ",".join(marked.get(event["id"], [])) or None
    return events


def period_rows(cluster_id: str, cluster: str, events: list[dict]) -> list[dict]:
    """The ``status_periods`` rows of a cluster's events (see ``sequence.periods``)."""
    def iso(day: date | None) -> str | None:
        return day.isoformat() if day else None

    return [{"id": stable_id("status_periods", span["history_id"]), "cluster_id": cluster_id, "cluster": cluster,
             "status": span["status"], "since": iso(span["since"]), "since_granularity": span["since_granularity"],
             "start": iso(span["start"]),
             "start_granularity": span["start_granularity"],
             "expected_end_min": iso(span["expected_end"] and span["expected_end"][0]),
             "expected_end_max": iso(span["expected_end"] and span["expected_end"][1]),
             "ended": iso(span["ended"]), "ended_granularity": span["ended_granularity"], "how": span["how"],
             "history_id": span["history_id"]}
            for span in sequence.periods(events)]


def _insert(conn: sqlite3.Connection, table: str, columns: list[str], rows: list[dict]) -> None:
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                     [[row[c] for c in columns] for row in rows])


# A cluster's reports as reviewed, and those reviewers rejected (as extracted).
_REPORT_COLUMNS = ("s.id, s.article_id, s.cluster, s.cluster_id, s.status, s.action, s.date, s.date_granularity,"
                   " s.granted_by, a.published, a.outlet, c.story_id")
_REPORTS = (f"SELECT {_REPORT_COLUMNS}, 0 AS rejected FROM reviewed_status_events s"
            " LEFT JOIN articles a ON a.id = s.article_id LEFT JOIN story_copies c ON c.id = s.article_id"
            " WHERE s.cluster_id = :cluster"
            f" UNION ALL SELECT {_REPORT_COLUMNS}, 1 FROM status_events s"
            " JOIN fact_states v ON v.fact_id = s.id AND v.review_state = 'rejected'"
            " LEFT JOIN articles a ON a.id = s.article_id LEFT JOIN story_copies c ON c.id = s.article_id"
            " WHERE s.cluster_id = :cluster")


def _cluster_name(conn: sqlite3.Connection, cluster_id: str, reports: list[dict]) -> str:
    row = conn.execute("SELECT name FROM entities WHERE id = ?", [cluster_id]).fetchone()
    if row and row[0]:
        return row[0]
    names = [r["cluster"] for r in reports]
    return max(sorted(set(names)), key=names.count)


# Clusters whose history a run that ended early left behind: events (not rejected) without
# a history row, history rows without events.
_OUT_OF_DATE = ("SELECT cluster_id FROM reviewed_status_events WHERE history_id IS NULL AND cluster_id IS NOT NULL"
                " UNION SELECT cluster_id FROM status_history h"
                " WHERE NOT EXISTS (SELECT 1 FROM status_events s WHERE s.history_id = h.id)")


def rebuild(conn: sqlite3.Connection, cluster_ids: Iterable[str]) -> int:
    """Rebuild the history of ``cluster_ids`` (and of clusters with events not yet in it)
    from their status_events; returns how many history rows were written. The caller
    commits."""
    pending = {r[0] for r in conn.execute(_OUT_OF_DATE)}
    written = 0
    for cluster_id in sorted(set(cluster_ids) | pending):
        cursor = conn.execute(_REPORTS, {"cluster": cluster_id})
        names = [c[0] for c in cursor.description]
        reports = [dict(zip(names, row)) for row in cursor.fetchall()]
        conn.execute("DELETE FROM status_history WHERE cluster_id = ?", [cluster_id])
        conn.execute("DELETE FROM status_periods WHERE cluster_id = ?", [cluster_id])
        conn.execute("UPDATE status_events SET history_id = NULL WHERE cluster_id = ?", [cluster_id])
        if not reports:
            continue
        name = _cluster_name(conn, cluster_id, reports)
        events = cluster_history(cluster_id, name, reports)
        _insert(conn, "status_history", [c for c in HISTORY_SCHEMA if c not in ("confirmed", "rejected", "corrected")],
                events)
        _insert(conn, "status_periods", list(PERIODS_SCHEMA), period_rows(cluster_id, name, events))
        conn.executemany("UPDATE status_events SET history_id = ? WHERE id = ?",
                         [(e["id"], r["id"]) for e in events for r in e["reports"]])
        conn.execute(_SUMMARY, [cluster_id])
        refresh_verdicts(conn, [e["id"] for e in events])
        written += len(events)
    return written


_SUMMARY = (f"UPDATE status_history SET summary = cluster || ': ' || {words('action', 'actions')} || ' ' || status"
            f" || ' (' || coalesce({iso_at('date', 'date_granularity')}, 'udatert') || ')' WHERE cluster_id = ?")

# (fact_reviews: a verdict on one copy of a story fact is the verdict of all its copies)
_LATEST_VERDICT = ("(SELECT r.verdict FROM fact_reviews r WHERE r.fact_id = s.id"
                   " ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1)")


def refresh_verdicts(conn: sqlite3.Connection, history_ids: Iterable[str]) -> None:
    """Set confirmed / rejected / corrected on history rows: how many of their reports
    (the copies of one story's report counting once) have that as their latest verdict."""
    conn.executemany(
        "UPDATE status_history SET " + ", ".join(
            f"{verdict} = (SELECT count(DISTINCT coalesce(sf.story_fact_id, s.id)) FROM status_events s"
            " LEFT JOIN story_facts sf ON sf.id = s.id WHERE s.history_id = status_history.id"
            f" AND {_LATEST_VERDICT} = '{verdict}')" for verdict in ("confirmed", "rejected", "corrected"))
        + " WHERE id = ?", [(h,) for h in history_ids])
