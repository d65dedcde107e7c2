"""The programme at a date (``/-/programme?date=2019-06-01``, also as ``.json``): every cluster
with the status it held that day, when that period began and is expected to end (the period
lengths of ``store/programme.yaml``), the articles behind it and the flags of impossible
sequences; and a chart of the clusters per status and year, a Vega-Lite spec
(``programme_chart.json``) that vl-convert draws as SVG on the server, so the page fetches
nothing.

Every event is read by ``history_events``; periods and flags are worked out from them with
``store.sequence``.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache, partial
from pathlib import Path

from datasette.utils.asgi import Response
from markupsafe import Markup

from ..store.history import period
from ..store.sequence import STATUSES, dated, flags, holds, periods, standing
from .review import rows
from .web import ensure_view, page_path, render

CHART_SPEC = Path(__file__).parent / "programme_chart.json"
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def history_events(conn) -> list[dict]:
    """Every status history row (built from the reviewed events: none whose every report a
    reviewer rejected) with its date's ``period``: the one place the programme reads events from."""
    events = rows(conn, "SELECT id, cluster_id, cluster, status, action, date, date_granularity, position"
                        " FROM status_history h ORDER BY cluster, cluster_id, position")
    for event in events:
        event["period"] = period(event["date"], event["date_granularity"]) if event["date"] else None
    return events


def _by_cluster(events: list[dict]) -> dict[str, list[dict]]:
    clusters: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        clusters[event["cluster_id"]].append(event)
    return clusters


def _sources(conn) -> dict[str, list[dict]]:
    """History row id -> the articles reporting it, oldest first."""
    found: dict[str, list[dict]] = defaultdict(list)
    for row in rows(conn, "SELECT DISTINCT s.history_id, a.id, a.title, a.outlet, a.published FROM reviewed_status_events s"
                          " JOIN articles a ON a.id = s.article_id WHERE s.history_id IS NOT NULL"
                          " ORDER BY a.published, a.id"):
        found[row.pop("history_id")].append(row)
    return found


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _cluster_row(events: list[dict], day: date, sources: dict[str, list[dict]]) -> dict | None:
    """A cluster's line of the programme on ``day``; None if no event of it is known by then."""
    known = [e for e in dated(events) if e["period"][0] <= day]
    if not known:
        return None
    span = standing(periods(events), day)
    held = span is not None and holds(span, day)
    end = span and span["expected_end"]
    marked = flags(events)
    articles = {a["id"]: a for e in known for a in sources.get(e["id"], [])}
    return {
        "cluster_id": events[0]["cluster_id"], "cluster": events[0]["cluster"],
        "status": span["status"] if held else None,
        "start": _iso(span["start"]) if held else None,
        "start_granularity": span["start_granularity"] if held else None,
        "expected_end": [_iso(end[0]), _iso(end[1])] if held and end else None,
        "ended": None if held or span is None else {
            "status": span["status"], "date": _iso(span["ended"] or end[1]), "how": span["how"] or "period over"},
        "events": [{k: e[k] for k in ("id", "status", "action", "date", "date_granularity")} for e in known],
        "sources": sorted(articles.values(), key=lambda a: (a["published"] or "", a["id"])),
        "flags": sorted({kind for e in known for kind in marked.get(e["id"], [])}),
    }


def programme(conn, day: date) -> list[dict]:
    """Every cluster with a dated programme event on or before ``day``, by name: the status it
    held that day (None if none), the start of that period and its expected (earliest, latest)
    end; if it held none, how its last status ended; the events known by then, the articles
    reporting them and the flags (``store.sequence.FLAGS``) they are part of."""
    sources = _sources(conn)
    table = (_cluster_row(events, day, sources) for events in _by_cluster(history_events(conn)).values())
    return sorted((row for row in table if row), key=lambda row: (row["cluster"].lower(), row["cluster_id"]))


def status_counts(conn) -> list[dict]:
    """How many clusters held each status at the end of each year, from the year of the first
    dated event to that of the last: [{year, status, clusters}]."""
    clusters = _by_cluster(history_events(conn))
    years = [e["period"][0].year for events in clusters.values() for e in dated(events)]
    counts: Counter = Counter()
    for events in clusters.values():
        spans = periods(events)
        for year in range(min(years, default=0), max(years, default=-1) + 1):
            span = standing(spans, date(year, 12, 31))
            if span and holds(span, date(year, 12, 31)):
                counts[(year, span["status"])] += 1
    return [{"year": year, "status": status, "clusters": n} for (year, status), n in sorted(counts.items())]


@lru_cache(maxsize=16)
def _chart_svg(values: str) -> str:
    import vl_convert  # (here: loading it starts its JavaScript runtime)

    spec = json.loads(CHART_SPEC.read_text(encoding="utf-8"))
    spec["data"] = {"values": json.loads(values)}
    spec["encoding"]["color"]["scale"] = {"domain": list(STATUSES)}
    spec["encoding"]["color"]["sort"] = list(STATUSES)
    return vl_convert.vegalite_to_svg(spec)


def chart_svg(counts: list[dict]) -> Markup:
    """The clusters per status and year as an SVG bar chart (drawn by Vega-Lite via vl-convert)."""
    return Markup(_chart_svg(json.dumps(counts, sort_keys=True))) if counts else Markup("")


def parse_day(text: str | None) -> date | None:
    """The day of a ``date`` parameter written YYYY-MM-DD (today if empty); None if invalid."""
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text) if _ISO_DAY.fullmatch(text) else None
    except ValueError:
        return None


async def programme_page(datasette, request):
    """The programme on ``?date=YYYY-MM-DD`` (default today), as HTML or (``.json``) JSON."""
    db = await ensure_view(datasette, request)
    day = parse_day(request.args.get("date"))
    as_json = request.path.endswith(".json")
    if day is None:
        error = "datoen må være en dag skrevet ÅÅÅÅ-MM-DD, f.eks. 2019-06-01"
        if as_json:
            return Response.json({"ok": False, "error": error}, status=400)
        return await render(datasette, request, "newsfacts_programme.html", {"error": error, "date": ""}, 400)
    table, counts = await db.execute_fn(lambda conn: (programme(conn, day), status_counts(conn)))
    if as_json:
        return Response.json({"date": day.isoformat(), "clusters": table, "status_counts": counts})
    return await render(datasette, request, "newsfacts_programme.html", {
        "date": day.isoformat(), "clusters": table,
        "held": sum(1 for row in table if row["status"]),
        "chart": await asyncio.to_thread(chart_svg, counts),
        "cluster_url": partial(page_path, datasette, "/-/cluster/"),
        "article_url": partial(page_path, datasette, "/-/review/article/"),
        "json_url": datasette.urls.path("/-/programme.json") + f"?date={day.isoformat()}",
    })
