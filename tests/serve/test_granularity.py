"""Dates as they are known: a status event and a date at each granularity are shown no
finer than it on every page (cluster page and list, fact and article pages, the queue,
tables, views and canned queries), exported as ISO with their granularity, and every form
a page shows is taken back by the correction form."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from extract.cli import cli
from extract.serve.app import make_datasette
from extract.serve.formats import nb_date
from extract.store import Facts, KnowledgeBase
from extract.types import Article

from .helpers import actor_cookie, post_verdict, query, run

# granularity -> (stored ISO start, as the pages show it, another date's start and form)
GRANULARITIES = {
    "day": ("2021-06-08", "8. juni 2021", "2021-06-09", "9. juni 2021"),
    "week": ("2021-11-15", "uke 46 2021", "2021-11-22", "uke 47 2021"),
    "month": ("2021-06-01", "juni 2021", "2021-07-01", "juli 2021"),
    "season": ("2021-09-01", "høsten 2021", "2019-12-01", "vinteren 2020"),
    "quarter": ("2021-04-01", "2. kvartal 2021", "2021-10-01", "4. kvartal 2021"),
    "year": ("2015-01-01", "2015", "2016-01-01", "2016"),
    "decade": ("2010-01-01", "2010-tallet", "1990-01-01", "1990-tallet"),
}
ARTICLE = Article(id="art-1", source="a.txt", title="Klynga fekk NCE-status", published="2022-03-04",
                  paragraphs=["Havrom Vest fekk NCE-status då, seier leiaren."], outlet="Sunnhordland")
PAGES = ["/-/cluster", "/-/cluster/cl-havrom", "/-/review/fact/se-1", "/-/review/fact/dt-1",
         "/-/review/article/art-1", "/-/review", "/newsfacts/status_events", "/newsfacts/dates",
         "/newsfacts/status_history", "/newsfacts/reviewed_status_events", "/newsfacts/reviewed_dates",
         "/newsfacts/facts", "/newsfacts/clusters", "/newsfacts/cluster_status_history?cluster=Havrom",
         "/-/programme?date=2030-01-01", "/newsfacts/status_periods", "/newsfacts/programme_at_date?date=2030-01-01"]


def _build(path, value: str, granularity: str) -> None:
    sentence = ARTICLE.paragraphs[0]
    where = {"article_id": ARTICLE.id, "evidence": sentence, "evidence_start": ARTICLE.text.index(sentence),
             "start_char": ARTICLE.text.index(sentence), "end_char": ARTICLE.text.index(sentence) + 10,
             "extractor": "test", "confidence": 0.5}
    kb = KnowledgeBase(path)
    kb.replace_article(ARTICLE, Facts(
        status_events=[{"id": "se-1", "cluster": "Havrom Vest", "cluster_id": "cl-havrom", "status": "NCE",
                        "action": "granted", "date": value, "date_granularity": granularity, **where}],
        dates=[{"id": "dt-1", "text": "då", "value": value, "granularity": granularity, **where}],
        entities=[{"id": "cl-havrom", "type": "cluster", "name": "Havrom Vest", "aliases": []}]), "t")
    kb.update_history()
    kb.db.close()


def _visible(html: str) -> str:
    return " ".join(re.sub(r"<script.*?</script>|<[^>]+>", " ", html, flags=re.S).split())


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_no_date_is_shown_finer_than_known(tmp_path, granularity):
    value, shown, _, _ = GRANULARITIES[granularity]
    path = tmp_path / "newsfacts.db"
    _build(path, value, granularity)
    ds = make_datasette(path)
    finer = [value, nb_date(value, "day")] if granularity != "day" else []

    async def pages():
        return {page: _visible((await ds.client.get(page)).text) for page in PAGES}
    texts = run(pages())
    for page, text in texts.items():
        assert not [f for f in finer if f in text], (page, finer)
    for page in ("/-/cluster", "/-/cluster/cl-havrom", "/-/review/fact/se-1", "/-/review/fact/dt-1",
                 "/newsfacts/status_events", "/newsfacts/dates", "/newsfacts/cluster_status_history?cluster=Havrom"):
        assert shown in texts[page], page

    exported = json.loads(CliRunner().invoke(cli, ["export", "--db", str(path), "--type", "all", "--format", "json"]).stdout)
    assert [(d["value"], d["granularity"]) for d in exported["dates"]] == [(value, granularity)]
    assert [(e["date"], e["date_granularity"]) for e in exported["status_events"]] == [(value, granularity)]
    rows = list(csv.DictReader(io.StringIO(CliRunner().invoke(cli, ["export", "--db", str(path), "--type", "dates"]).stdout)))
    assert [(d["value"], d["granularity"]) for d in rows] == [(value, granularity)]
    facts = list(csv.DictReader(io.StringIO(CliRunner().invoke(cli, ["export", "--db", str(path)]).stdout)))
    assert not [f["summary"] for f in facts for v in finer if v in f["summary"]]


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_corrections_take_every_form_a_page_shows(tmp_path, reviewers, granularity):
    value, shown, other, other_shown = GRANULARITIES[granularity]
    path = tmp_path / "newsfacts.db"
    _build(path, value, granularity)
    ds = make_datasette(path, reviewers=reviewers)

    async def scenario():
        form = (await ds.client.get("/-/review/fact/dt-1", cookies=actor_cookie(ds, "kari"))).text
        assert f'name="field:value" value="{shown}"' in form  # the form shows the date as the pages do
        assert (await post_verdict(ds, "dt-1", verdict="confirmed", **{"field:value": shown})).status_code == 302
        response = await post_verdict(ds, "dt-1", verdict="corrected", **{"field:value": other_shown})
        assert response.status_code == 302, response.text
        event = await post_verdict(ds, "se-1", verdict="corrected", **{"field:date": other_shown})
        assert event.status_code == 302, event.text
    run(scenario())
    corrections = [json.loads(r["correction"]) for r in query(path, "SELECT correction FROM reviews WHERE correction"
                                                                    " IS NOT NULL ORDER BY id")]
    assert corrections == [{"value": other}, {"date": other}]
    assert query(path, "SELECT date, date_granularity FROM status_history") == [
        {"date": other, "date_granularity": granularity}]


def test_a_date_that_names_its_granularity_sets_it(tmp_path, reviewers):
    """'juni 2021' for a day makes it a month; a granularity field changed to another is refused."""
    path = tmp_path / "newsfacts.db"
    _build(path, "2021-06-08", "day")
    ds = make_datasette(path, reviewers=reviewers)

    async def scenario():
        refused = await post_verdict(ds, "dt-1", verdict="corrected",
                                     **{"field:value": "juni 2021", "field:granularity": "year"})
        assert refused.status_code == 400 and "er oppløsningen måned, men oppløsning sier år" in refused.text
        assert (await post_verdict(ds, "dt-1", verdict="corrected", **{"field:value": "juni 2021",
                                                                       "field:granularity": "day"})).status_code == 302
    run(scenario())
    [row] = query(path, "SELECT correction FROM reviews")
    assert json.loads(row["correction"]) == {"value": "2021-06-01", "granularity": "month"}
