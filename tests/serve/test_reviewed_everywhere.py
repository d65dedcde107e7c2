"""Verdicts reach everything that shows or counts facts: for each fact type one fact is
rejected, one corrected and one confirmed through the review pages; the cluster page and
its timeline, the cluster list, the fact pages, the canned queries (HTML and JSON), the
tables and views (JSON), the status history, `newsfacts export` (CSV and JSON) and the Python
API then
show each fact as reviewed, with its review state; rejected ones are left out."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from extract.api import reviewed_facts
from extract.cli import cli
from extract.serve.app import make_datasette

from .helpers import actor_cookie, post_verdict, query, run
from .reviewed_kb import STATES, VERDICTS, build_reviewed_kb

NBSP = "\u00a0"
PAGE = "/-/cluster/cluster~3Ahavrom-vest"


@pytest.fixture
def reviewed(tmp_path, reviewers):
    """The KB after every verdict of VERDICTS (kari), and dt-2023 confirmed by kari, rejected by ola."""
    path = tmp_path / "newsfacts.db"
    build_reviewed_kb(path)
    ds = make_datasette(path, reviewers=reviewers)

    async def record():
        for fact_id, (verdict, fields) in VERDICTS.items():
            response = await post_verdict(ds, fact_id, verdict=verdict, **fields)
            assert response.status_code == 302, (fact_id, response.text[:3000])
        for reviewer, verdict in (("kari", "confirmed"), ("ola", "rejected")):
            assert (await post_verdict(ds, "dt-2023", reviewer=reviewer, verdict=verdict)).status_code == 302
    run(record())
    return path, ds


def _get(ds, path):
    async def fetch():
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        return response
    return run(fetch())


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_cluster_page_and_its_timeline_as_reviewed(reviewed):
    _, ds = reviewed
    page = _get(ds, PAGE).text
    marks = re.findall(r'<g class="timeline-event [^"]*" data-position="\d+" data-date="([^"]*)" data-action="(\w+)"',
                       page)
    assert marks == [("2014-01-01", "granted"), ("2025-01-15", "granted")]  # the rejected loss is not drawn
    assert ">2014: tildelt Arena</text>" in page and ">15. januar 2025: tildelt GCE</text>" in page
    assert "3. februar 2025: tildelt GCE" not in page
    text = re.sub(r"\s+", " ", page)
    assert f"2,4{NBSP}mill.{NBSP}kr</a>" in page and f"3{NBSP}mill.{NBSP}kr</a>" in page
    assert "mrd." + NBSP not in page and f"6{NBSP}mill." not in page  # rejected 1,2 mrd. kr, corrected 6 mill. kr
    assert "Ola Hansen</a>, nestleder" in text and "Per Olsen</a>, prosjektleiar" in text
    assert "Kari Nordmann</a>" not in page
    assert {"state-confirmed", "state-corrected"} <= set(re.findall(r"state-\w+", page))
    assert "state-rejected" not in page and "uttrukket:" not in page

    raw = _get(ds, PAGE + "?raw=1").text  # the switch: the extraction beside each fact, and the rejected facts
    assert "uttrukket: Havrom Vest: tildelt GCE (2025-02-03)" in raw
    assert "uttrukket: seks millioner kroner = 6 mill. kr" in raw
    assert "1,2 mrd. kr = 1,2 mrd. kr" in raw and "Kari Nordmann, daglig leder i Havrom Vest" in raw
    assert "Havrom Vest: mistet NCE (2023)" in raw
    assert "15. januar 2025" in _text(_get(ds, "/-/cluster").text)  # the latest event in the list


def test_canned_queries_tables_and_views_as_reviewed(reviewed):
    _, ds = reviewed
    funding = _get(ds, "/newsfacts/funding_by_cluster.json?_shape=array").json()
    assert [(f["cluster"], f["amounts"], f["total"]) for f in funding] == [("Havrom Vest", 2, 5_400_000)]
    assert f"5,4{NBSP}mill.{NBSP}kr" in _get(ds, "/newsfacts/funding_by_cluster").text  # was 1,209 mrd. kr
    people = _get(ds, "/newsfacts/organization_people.json?_shape=array&organization=Havrom").json()
    assert [(p["person"], p["role"], p["review_states"]) for p in people] == [
        ("Ola Hansen", "nestleder", "corrected"), ("Per Olsen", "prosjektleiar", "confirmed")]
    history = _get(ds, "/newsfacts/cluster_status_history.json?_shape=array&cluster=Havrom").json()
    assert [(h["date"], h["date_granularity"], h["action"], h["status"], h["confirmed"], h["corrected"])
            for h in history] == [("2014-01-01", "year", "granted", "Arena", 1, 0),
                                  ("2025-01-15", "day", "granted", "GCE", 0, 1)]
    clusters = _get(ds, "/newsfacts/clusters.json?_shape=array").json()
    assert [(c["first_event"], c["latest_event"], c["articles"]) for c in clusters] == [("2014-01-01", "2025-01-15", 1)]
    table = _get(ds, "/newsfacts/status_history.json?_shape=array").json()
    assert sorted(h["date"] for h in table) == ["2014-01-01", "2025-01-15"]

    states = {f["fact_id"]: f["review_state"] for f in _get(ds, "/newsfacts/facts.json?_shape=array&_size=max").json()}
    assert states == STATES
    amounts = _get(ds, "/newsfacts/reviewed_amounts.json?_shape=array").json()
    assert {a["id"]: (a["value"], a["review_state"]) for a in amounts} == {
        "am-seks": (2_400_000, "corrected"), "am-tre": (3_000_000, "confirmed")}
    dates = _get(ds, "/newsfacts/reviewed_dates.json?_shape=array").json()
    assert {d["id"]: (d["value"], d["granularity"], d["review_state"]) for d in dates} == {
        "dt-feb": ("2024-09-01", "season", "corrected"), "dt-2014": ("2014-01-01", "year", "confirmed"),
        "dt-2023": ("2023-01-01", "year", "disputed")}  # reviewers disagree: kept as extracted
    cells = _get(ds, "/newsfacts/reviewed_amounts").text  # numbers in Norwegian form, not 2400000.0
    assert f"2,4{NBSP}mill.{NBSP}kr" in cells and "2400000" not in _text(cells)
    roles = _get(ds, "/newsfacts/reviewed_person_roles.json?_shape=array").json()
    assert {r["id"]: r["role"] for r in roles} == {"pr-ola": "nestleder", "pr-per": "prosjektleiar"}
    events = _get(ds, "/newsfacts/reviewed_status_events.json?_shape=array").json()
    assert {e["id"]: e["date"] for e in events} == {"se-gce": "2025-01-15", "se-arena": "2014-01-01"}


def test_the_fact_page_shows_the_corrected_fact_with_the_extraction_under_it(reviewed):
    _, ds = reviewed
    page = _get(ds, "/-/review/fact/se-gce").text
    heading = _text(re.search(r"<h1>.*?</h1>\s*<p class=\"original\">.*?</p>", page, re.S).group(0))
    assert "Havrom Vest: tildelt GCE (2025-01-15)" in heading
    assert "Uttrukket: Havrom Vest: tildelt GCE (2025-02-03)" in heading
    assert "<title>Faktum se-gce: Havrom Vest: tildelt GCE (2025-01-15)</title>" in page
    fields = _text(page[page.index("Alle felt"):page.index("Vurderingshistorikk")])
    assert "dato 15. januar 2025 uttrukket: 3. februar 2025" in fields
    amount = _text(_get(ds, "/-/review/fact/am-seks").text)
    assert "beløp seks millioner kroner = 2,4 mill. kr" in amount and "verdi 2,4 mill. kr uttrukket: 6 mill. kr" in amount  # (_text: no-break spaces too)
    rejected = _text(_get(ds, "/-/review/fact/am-mrd").text)
    assert "rejected" in rejected


def _export(db, *args):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_export_as_reviewed_in_csv_and_json(reviewed):
    path, _ = reviewed
    everything = json.loads(_export(path, "--type", "all", "--format", "json"))
    assert {a["id"]: a["value"] for a in everything["amounts"]} == {"am-seks": 2_400_000, "am-tre": 3_000_000}
    assert {e["id"]: (e["date"], e["date_granularity"], e["review_state"]) for e in everything["status_events"]} == {
        "se-gce": ("2025-01-15", "day", "corrected"), "se-arena": ("2014-01-01", "year", "confirmed")}
    assert {r["id"]: r["role"] for r in everything["person_roles"]} == {"pr-ola": "nestleder", "pr-per": "prosjektleiar"}
    assert {d["id"]: (d["value"], d["granularity"]) for d in everything["dates"]} == {
        "dt-feb": ("2024-09-01", "season"), "dt-2014": ("2014-01-01", "year"), "dt-2023": ("2023-01-01", "year")}
    assert not any("correction" in row for rows in everything.values() for row in rows)

    amounts = list(csv.DictReader(io.StringIO(_export(path, "--type", "amounts"))))
    assert [(a["id"], float(a["value"]), a["review_state"]) for a in amounts] == [
        ("am-seks", 2_400_000, "corrected"), ("am-tre", 3_000_000, "confirmed")]
    facts = {f["fact_id"]: f for f in csv.DictReader(io.StringIO(_export(path)))}
    assert set(facts) == {k for k, state in STATES.items() if state != "rejected"}
    assert facts["se-gce"]["summary"] == "Havrom Vest: tildelt GCE (2025-01-15)"
    assert facts["se-gce"]["extracted_summary"] == "Havrom Vest: tildelt GCE (2025-02-03)"

    raw = json.loads(_export(path, "--type", "amounts", "--format", "json", "--raw"))
    assert {a["id"]: (a["value"], a["review_state"]) for a in raw} == {
        "am-mrd": (1.2e9, "rejected"), "am-seks": (6e6, "corrected"), "am-tre": (3e6, "confirmed")}
    assert json.loads(next(a for a in raw if a["id"] == "am-seks")["correction"]) == {"value": 2_400_000}


def test_the_python_api_reads_the_facts_as_reviewed(reviewed):
    path, _ = reviewed
    assert reviewed_facts(path) == json.loads(_export(path, "--type", "all", "--format", "json"))
    facts = reviewed_facts(path)
    assert {a["id"]: a["value"] for a in facts["amounts"]} == {"am-seks": 2_400_000, "am-tre": 3_000_000}
    assert {e["id"]: e["date"] for e in facts["status_events"]} == {"se-gce": "2025-01-15", "se-arena": "2014-01-01"}
    assert {r["id"] for r in facts["person_roles"]} == {"pr-ola", "pr-per"}
    assert "dt-juni" not in {d["id"] for d in facts["dates"]}
    assert {d["id"] for d in reviewed_facts(path, raw=True)["dates"]} == {"dt-feb", "dt-2014", "dt-juni", "dt-2023"}


@pytest.mark.parametrize("written, value", [
    ("2,4 mill. kr", 2_400_000), ("2,4 millioner kroner", 2_400_000), ("13 mrd. kr", 13e9),
    (f"400{NBSP}000{NBSP}kr", 400_000), ("7 500 000", 7_500_000), ("21 verksemder", 21), ("2400000.0", 2_400_000)])
def test_corrections_take_numbers_as_the_pages_write_them(tmp_path, reviewers, written, value):
    path = tmp_path / "newsfacts.db"
    build_reviewed_kb(path)
    ds = make_datasette(path, reviewers=reviewers)

    async def scenario():
        form = (await ds.client.get("/-/review/fact/am-tre", cookies=actor_cookie(ds, "kari"))).text
        assert f'name="field:value" value="3{NBSP}000{NBSP}000"' in form  # in full, so it reads back the same
        unchanged = await post_verdict(ds, "am-tre", verdict="corrected", **{"field:value": f"3{NBSP}000{NBSP}000"})
        assert unchanged.status_code == 400 and "må endre minst ett felt" in unchanged.text
        assert (await post_verdict(ds, "am-tre", verdict="corrected", **{"field:value": written})).status_code == 302
    run(scenario())
    assert json.loads(query(path, "SELECT correction FROM reviews")[0]["correction"]) == {"value": value}
