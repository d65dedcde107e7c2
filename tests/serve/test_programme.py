"""/-/programme on a KB built from the shared dev set, against tables worked out by hand from
the dev set's articles (their facts as ../shared/gold/dev.json lists them) for three dates.

How the tables were made, per cluster: the grants, upgrades, extensions, losses and refusals the
articles report (optional gold facts included: they are true), dated as the gold dates them; the
status held on the day is that of the last grant or upgrade before it unless lost since or older
than the status's longest period (Arena 3-5 years, NCE and GCE 10: store/programme.yaml); the
period begins at that grant. Cluster names are matched through the gold's lists of accepted names.
The KB keeps some clusters under two names where an article gives an old name (b15's
"NCE Ekspertsenter Undervannsteknologi" is Subsea): a cluster's rows must then show the hand
table's period, and any other row of it the same status from a date that agrees with it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from extract.annotate.cluster_registry import registry
from extract.serve.app import make_datasette
from extract.store.history import agree, period

from .helpers import query, run

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "dev.json"

NCE_2006 = ("NCE", "2006-04-27", "day", "2016-04-27", "2016-04-27")   # b15: the first six NCEs, 27 April 2006
NCE_2009 = ("NCE", "2009-06-08", "week", "2019-06-08", "2019-06-08")  # b15: "Denne uka" (12 June 2009)
NCE_2015 = ("NCE", "2015-06-12", "day", "2025-06-12", "2025-06-12")   # a01: "fredag" (13 June 2015)
ARENA_2015 = ("Arena", "2015-06-12", "day", "2018-06-12", "2020-06-12")
GCE_2014 = ("GCE", "2014-06-18", "day", "2024-06-18", "2024-06-18")   # a07: NODE and Maritime, "onsdag"
GCE_2015 = ("GCE", "2015-06-12", "day", "2025-06-12", "2025-06-12")   # a01, b19: NCE Subsea becomes GCE

# date -> cluster (as the gold names it; a cluster the gold knows under several names by
# the registry's name of today: Arena Innovasjon Torskefisk is Cod Cluster) -> (status, start, granularity, expected end earliest, latest),
# None for a cluster with events by then but no status that day.
PROGRAMME = {
    "2010-01-01": {
        "Subsea": NCE_2006, "Maritime": NCE_2006, "Microsystems": NCE_2006, "Systems Engineering": NCE_2006,
        "Raufoss": NCE_2006, "Instrumentation": NCE_2006,
        "NODE": NCE_2009, "Energy and Emissions Trading": NCE_2009, "Tourism – Fjord Norway": NCE_2009,
    },
    "2016-01-01": {
        "Subsea": GCE_2015, "Maritime": GCE_2014, "NODE": GCE_2014,
        "Microsystems": NCE_2006, "Systems Engineering": NCE_2006, "Raufoss": NCE_2006, "Instrumentation": NCE_2006,
        "Energy and Emissions Trading": NCE_2009, "Tourism – Fjord Norway": NCE_2009,
        "Seafood Innovation Cluster": NCE_2015, "Health Technology": NCE_2015, "Eyde": NCE_2015,
        "Cod Cluster": ARENA_2015, "Olje- og gassklynge Helgeland": ARENA_2015,
        "Oslo EdTech Cluster": ARENA_2015,
        "Blue Legasea": ("Arena", "2013-01-01", "year", "2016-01-01", "2018-01-01"),  # a09: Arena "i 2013"
        "Havromsklyngen": None,  # b19: refused Arena on 12 June 2015
    },
    "2019-06-01": {
        "Subsea": GCE_2015, "Maritime": GCE_2014, "NODE": GCE_2014,
        "Microsystems": None, "Systems Engineering": None, "Raufoss": None,  # NCE periods over on 27 April 2016
        "Instrumentation": None,  # a17: left the programme in the summer of 2016
        "Energy and Emissions Trading": NCE_2009, "Tourism – Fjord Norway": NCE_2009,  # until 8 June 2019
        "Seafood Innovation Cluster": NCE_2015, "Health Technology": NCE_2015, "Eyde": NCE_2015,
        "Cod Cluster": ARENA_2015, "Olje- og gassklynge Helgeland": ARENA_2015,
        "Oslo EdTech Cluster": ARENA_2015,
        "Aquatech Cluster": ("NCE", "2016-06-20", "day", "2026-06-20", "2026-06-20"),  # a17
        "Blue Legasea": ("NCE", "2018-11-08", "day", "2028-11-08", "2028-11-08"),  # b05
        "Ocean Hyway Cluster": ("Arena", "2018-01-01", "year", "2021-01-01", "2023-01-01"),  # b09: Arena "i 2018"
        "Havromsklyngen": None,
    },
}

# Lines the page shows that the articles do not support, and why (extraction, not the programme):
# (date, cluster) -> the extra (status, start, ...) lines.
KNOWN_MISSES: dict = {
    # (none since the cluster registry: b15's "NCE Ekspertsenter Undervannsteknologi" was
    # Subsea's own name in 2006, and is now the same cluster)
}

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared dev set is not here")


def _names(value) -> list[str]:
    return value["any_of"] if isinstance(value, dict) else [value]


def gold_clusters(gold: dict) -> dict[str, str]:
    """Every accepted name (lowercased) -> the cluster's first name in the gold; the
    registry's other names of a gold cluster too (the page shows a cluster's name of today)."""
    named: dict[str, str] = {}
    for article in gold["articles"]:
        for fact in article["status_events"] + article.get("forbidden_events", []):
            names = _names(fact["cluster"])
            cluster = next((named[n.lower()] for n in names if n.lower() in named), names[0])
            named.update({n.lower(): cluster for n in names})
    first_seen = list(dict.fromkeys(named.values()))
    for entry in registry().clusters:  # one cluster under its names of several years: today's name
        found = {named[n.lower()] for n in entry.forms if n.lower() in named}
        if found:
            cluster = entry.name if entry.name in found else min(found, key=first_seen.index)
            named.update({n.lower(): cluster for n in entry.forms})
            named.update({n: cluster for n, c in named.items() if c in found})
    return named


def gold_sources(gold: dict, day: str, named: dict[str, str]) -> tuple[dict, dict]:
    """cluster -> the gold articles (file, match) with a required event dated by ``day``, and
    cluster -> those with any event of it."""
    required, allowed = defaultdict(set), defaultdict(set)
    for article in gold["articles"]:
        key = (article["file"].split("/")[-1], article.get("match"))
        for fact in article["status_events"]:
            cluster = named[_names(fact["cluster"])[0].lower()]
            allowed[cluster].add(key)
            if not fact.get("optional") and fact.get("date") and fact["date"]["value"] <= day:
                required[cluster].add(key)
    return required, allowed


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def served(dev_kb):
    return make_datasette(dev_kb)


def programme_json(ds, day: str) -> list[dict]:
    response = run(ds.client.get(f"/-/programme.json?date={day}"))
    assert response.status_code == 200, response.text
    return response.json()["clusters"]


@pytest.mark.parametrize("day", PROGRAMME)
def test_the_programme_matches_the_hand_checked_table(served, gold, day):
    named = gold_clusters(gold)
    rows = defaultdict(list)
    for row in programme_json(served, day):
        rows[named[row["cluster"].lower()]].append(row)
    assert set(rows) == set(PROGRAMME[day])
    for cluster, expected in PROGRAMME[day].items():
        shown = [(r["status"], r["start"], r["start_granularity"], *r["expected_end"]) for r in rows[cluster] if r["status"]]
        if expected is None:
            assert shown == [], cluster
            continue
        assert expected in shown, (cluster, shown)
        # the same cluster under another name: the same period, perhaps from a coarser date
        others = [other for other in shown if not (
            other[0] == expected[0] and agree(period(other[1], other[2]), period(expected[1], expected[2])))]
        assert others == KNOWN_MISSES.get((day, cluster), []), (cluster, shown)


@pytest.mark.parametrize("day", PROGRAMME)
def test_each_cluster_lists_the_articles_reporting_its_events(served, gold, dev_kb, day):
    named = gold_clusters(gold)
    articles = {a["id"]: a for a in query(dev_kb, "SELECT id, source, url FROM articles")}
    keys = {(article["file"].split("/")[-1], article.get("match")) for article in gold["articles"]}
    required, allowed = gold_sources(gold, day, named)
    shown = defaultdict(set)
    for row in programme_json(served, day):
        for source in row["sources"]:
            written = f"{articles[source['id']]['source']} {articles[source['id']]['url'] or ''}"
            shown[named[row["cluster"].lower()]] |= {k for k in keys if k[0] in written and (not k[1] or k[1] in written)}
    for cluster in PROGRAMME[day]:
        assert required[cluster] <= shown[cluster] <= allowed[cluster], cluster


@pytest.mark.parametrize("day", PROGRAMME)
def test_the_page_and_the_canned_query_show_the_same_statuses(served, day):
    table = programme_json(served, day)
    html = run(served.client.get(f"/-/programme?date={day}")).text
    rows = re.findall(r'<tr class="programme-cluster" data-cluster-id="([^"]+)" data-status="([^"]*)"', html)
    assert rows == [(r["cluster_id"], r["status"] or "") for r in table]
    assert '<figure class="programme-chart"><svg' in html
    canned = run(served.client.get(f"/dev/programme_at_date.json?_shape=array&date={day}")).json()
    assert [(r["cluster_id"], r["status"], r["start"]) for r in canned] == [
        (r["cluster_id"], r["status"], r["start"]) for r in table if r["status"]]


def test_a_date_that_is_no_day_is_refused(served):
    for text in ("2019-13-01", "juni 2019", "2019-06-01' OR 1=1"):
        assert run(served.client.get("/-/programme.json", params={"date": text})).status_code == 400
        page = run(served.client.get("/-/programme", params={"date": text}))
        assert page.status_code == 400 and "ÅÅÅÅ-MM-DD" in page.text
