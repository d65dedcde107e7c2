"""A cluster's page: its names, status history with the reporting articles, the people
with roles in it and the funding stated for it; and the history as an inline SVG timeline.
Everything as reviewed (the ``reviewed_*`` views: corrected values, rejected facts left
out), each fact with its review state and its extraction (``extracted``) for the switch
that shows it. Readers are plain functions on a sqlite3 connection; all article text is
escaped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup, escape

from ..store.history import REFUSALS, period
from ..store.views import summary
from .formats import nb_date, nb_word
from .review import rows



def _extracted(table: str) -> tuple[str, str]:
    """(column, join) giving a reviewed fact ``s`` of ``table`` its summary as extracted, for the switch."""
    return summary(table, False), f"LEFT JOIN [{table}] t ON t.id = s.id"

@dataclass
class Cluster:
    """Everything the cluster page shows."""

    id: str
    name: str
    aliases: list[str]
    events: list[dict] = field(default_factory=list)   # status_history rows, each with its "reports"
    people: list[dict] = field(default_factory=list)
    funding: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)  # its facts reviewers rejected (`facts` rows)


def _names(conn, cluster_id: str) -> tuple[str, list[str]] | None:
    entity = rows(conn, "SELECT name, aliases FROM entities WHERE id = ?", [cluster_id])
    written = [r["cluster"] for r in rows(conn, "SELECT DISTINCT cluster FROM reviewed_status_events WHERE cluster_id = ?"
                                                " ORDER BY cluster", [cluster_id])]
    if entity:
        aliases = json.loads(entity[0]["aliases"] or "[]")
        return entity[0]["name"], sorted({*aliases, *written} - {entity[0]["name"]})
    return (written[0], written[1:]) if written else None


# The story an article is a copy of (the article itself before stories were stored).
_STORY = "coalesce((SELECT c.story_id FROM story_copies c WHERE c.id = {0}), {0})"


def _events(conn, cluster_id: str) -> list[dict]:
    events = rows(conn, "SELECT * FROM status_history WHERE cluster_id = ? ORDER BY position", [cluster_id])
    extracted, join = _extracted("status_events")
    for event in events:
        event["outlets"] = json.loads(event["outlets"] or "[]")
        event["reports"] = rows(conn, (
            "SELECT s.id, s.article_id, s.action, s.date, s.date_granularity, s.date_text, s.date_source, s.evidence,"
            f" s.review_state, {extracted} AS extracted, a.title, a.published, a.outlet, a.source,"
            f" {_STORY.format('s.article_id')} AS story_id"
            " FROM reviewed_status_events s LEFT JOIN articles a ON a.id = s.article_id"
            f" {join} WHERE s.history_id = ? ORDER BY a.published, s.id"), [event["id"]])
        event["by_story"] = _by_story(event["reports"])
    return events


def _by_story(reports: list[dict]) -> list[list[dict]]:
    """Reports grouped by story, in the order their first copy comes."""
    stories: dict[str, list[dict]] = {}
    for report in reports:
        stories.setdefault(report["story_id"], []).append(report)
    return list(stories.values())


def _people(conn, names: list[str]) -> list[dict]:
    marks = ", ".join("?" * len(names))
    extracted, join = _extracted("person_roles")
    return rows(conn, (
        f"SELECT s.person, s.role, max(s.former) AS former, count(DISTINCT {_STORY.format('s.article_id')}) AS stories,"
        " min(s.id) AS fact_id,"
        f" group_concat(DISTINCT s.review_state) AS review_state, group_concat(DISTINCT {extracted}) AS extracted"
        f" FROM reviewed_person_roles s {join} WHERE lower(s.organization) IN ({marks})"
        " GROUP BY s.person, s.role ORDER BY s.person, s.role"), [n.lower() for n in names])


def _funding(conn, cluster_id: str) -> list[dict]:
    """Money stated for the cluster as reviewed, once per story and value: the amount as its
    story's first copy states it (by publication, then id; the one min() picks that row's bare
    columns) and how many copies state it."""
    extracted, join = _extracted("amounts")
    return rows(conn, (
        "WITH stated AS (SELECT s.*, ar.title, ar.published, "
        f" {_STORY.format('s.article_id')} AS story_id, {extracted} AS extracted"
        f" FROM reviewed_amounts s LEFT JOIN articles ar ON ar.id = s.article_id {join}"
        " WHERE s.cluster_id = ? AND s.currency IS NOT NULL)"
        " SELECT id AS fact_id, value, currency, unit, period, qualifier, text, article_id, title, published, evidence,"
        " group_concat(DISTINCT review_state) AS review_state, group_concat(DISTINCT extracted) AS extracted,"
        " min(coalesce(published, '~') || ' ' || article_id || ' ' || id) AS first, count(DISTINCT article_id) AS copies,"
        " sum(EXISTS (SELECT 1 FROM reviewed_status_events e WHERE e.article_id = stated.article_id"
        f" AND e.cluster_id = stated.cluster_id AND e.action NOT IN ({', '.join('?' * len(REFUSALS))}))) > 0 AS granted"
        " FROM stated GROUP BY story_id, value, currency, period ORDER BY published, value"),
        [cluster_id, *sorted(REFUSALS)])


def _rejected(conn, cluster_id: str, names: list[str]) -> list[dict]:
    """The cluster's status events, amounts and people's roles reviewers rejected, as extracted."""
    marks = ", ".join("?" * len(names))
    found = []
    for table, where, params in (("status_events", "t.cluster_id = ?", [cluster_id]),
                                 ("amounts", "t.cluster_id = ?", [cluster_id]),
                                 ("person_roles", f"lower(t.organization) IN ({marks})", [n.lower() for n in names])):
        found += rows(conn, f"SELECT t.id AS fact_id, {summary(table, False)} AS extracted_summary FROM [{table}] t"
                            f" JOIN fact_states v ON v.fact_id = t.id AND v.review_state = 'rejected' WHERE {where}"
                            " ORDER BY t.id", params)
    return found


def cluster(conn, cluster_id: str) -> Cluster | None:
    """The cluster ``cluster_id`` with its history, people and funding; None if unknown."""
    names = _names(conn, cluster_id)
    if names is None:
        return None
    name, aliases = names
    return Cluster(id=cluster_id, name=name, aliases=aliases, events=_events(conn, cluster_id),
                   people=_people(conn, [name, *aliases]), funding=_funding(conn, cluster_id),
                   rejected=_rejected(conn, cluster_id, [name, *aliases]))


def clusters(conn) -> list[dict]:
    """Every cluster with a status history, by name, with its latest dated event's date."""
    return rows(conn, "SELECT h.cluster_id, h.cluster, count(*) AS events, latest.date AS latest,"
                      " latest.date_granularity AS latest_granularity FROM status_history h"
                      " LEFT JOIN status_history latest ON latest.id = (SELECT l.id FROM status_history l"
                      "   WHERE l.cluster_id = h.cluster_id AND l.date IS NOT NULL ORDER BY l.date DESC, l.id LIMIT 1)"
                      " GROUP BY h.cluster_id, h.cluster ORDER BY h.cluster")


# The timeline: years across, dated events as dots above the axis, undated ones after it.
_WIDTH, _LEFT, _RIGHT, _UNDATED = 900, 40, 40, 150
_ROW, _LEVELS = 22, 5  # label rows above the axis, reused in turn


def _x(day: date, first: int, last: int) -> float:
    span = _WIDTH - _LEFT - _RIGHT - _UNDATED
    years = max(last - first + 1, 1)
    return _LEFT + span * ((day.year - first) + (day.timetuple().tm_yday - 1) / 366) / years


def _label(event: dict) -> str:
    when = nb_date(event["date"], event["date_granularity"]) or "udatert"
    return f"{when}: {nb_word(event['action'], 'actions')} {event['status']}"


def timeline_svg(events: list[dict]) -> Markup:
    """The status history as an inline SVG (no scripts, no network); each event a
    ``<g class="timeline-event">`` in timeline order, labels escaped."""
    spans = {e["id"]: period(e["date"], e["date_granularity"]) if e["date"] else None for e in events}
    dated = [(e, spans[e["id"]]) for e in events if spans[e["id"]]]
    undated = [e for e in events if not spans[e["id"]]]
    years = [span[0].year for _, span in dated] or [date.today().year]
    first, last = min(years), max(years)
    axis_y = 30 + _ROW * max(min(len(dated), _LEVELS), len(undated))
    height = axis_y + 30
    parts = [Markup('<svg class="timeline" role="img" viewBox="0 0 {} {}" width="100%" xmlns="http://www.w3.org/2000/svg">'
                    '<title>Tidslinje for statushistorikken</title>').format(_WIDTH, height),
             Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" class="axis"/>').format(
                 _LEFT, axis_y, _WIDTH - _RIGHT - _UNDATED, axis_y)]
    step = 1 if last - first < 15 else 5
    for year in range(first, last + 2, step):
        x = _x(date(year, 1, 1), first, last)
        parts.append(Markup('<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}" class="tick"/>'
                            '<text x="{0:.1f}" y="{3}" class="year">{4}</text>').format(
            x, axis_y - 4, axis_y + 4, axis_y + 20, year))
    for row, (event, span) in enumerate(dated):
        x, y = _x(span[0], first, last), axis_y - 20 - _ROW * (row % _LEVELS)
        parts.append(_event_mark(event, x, y, axis_y))
    for row, event in enumerate(undated):
        x, y = _WIDTH - _UNDATED + 10, 30 + _ROW * row
        parts.append(_event_mark(event, x, y, None))
    if undated:
        parts.append(Markup('<text x="{}" y="14" class="year">udatert</text>').format(_WIDTH - _UNDATED + 10))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _event_mark(event: dict, x: float, y: float, axis: int | None) -> Markup:
    kind = "refusal" if event["action"] in REFUSALS else "grant"
    right = axis is not None and x > _WIDTH / 2  # label to the left of the dot, inside the chart
    stem = Markup('<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}" class="stem"/>').format(x, y, axis) if axis else ""
    return Markup(
        '<g class="timeline-event {kind}" data-position="{pos}" data-date="{date}" data-action="{action}">'
        '<title>{title}</title>{stem}<circle cx="{x:.1f}" cy="{y}" r="5"/>'
        '<text x="{tx:.1f}" y="{ty}" text-anchor="{anchor}">{label}</text></g>').format(
        kind=kind, pos=event["position"], date=event["date"] or "", action=event["action"],
        title=f"{_label(event)} ({event['stories']} {'saker' if event['stories'] != 1 else 'sak'})",
        stem=stem, x=x, y=y, tx=x - 8 if right else x + 8, ty=y + 4, anchor="end" if right else "start",
        label=escape(_label(event)))
