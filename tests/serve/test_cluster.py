"""The cluster page: names, a timeline of the status history in order, reporting articles,
people and funding; article text escaped."""

import re

import pytest

from extract.serve.app import make_datasette
from extract.store import Facts, KnowledgeBase

from .helpers import run
from .kb import NN, build_cluster_kb, event


@pytest.fixture
def cluster_ds(tmp_path):
    build_cluster_kb(tmp_path / "klynger.db")
    return make_datasette(tmp_path / "klynger.db")


def test_cluster_page(cluster_ds):
    async def scenario():
        page = (await cluster_ds.client.get("/-/cluster/cluster~3Ahavrom-vest")).text
        assert "<h1>Havrom Vest</h1>" in page and "NCE Havrom Vest" in page
        marks = re.findall(r'<g class="timeline-event [^"]*" data-position="(\d+)" data-date="([^"]*)"', page)
        assert marks == [("1", "2014-01-01"), ("2", "2022-06-21")]  # the undated report merged into 2022's
        text = re.sub(r"\s+", " ", page)
        assert ("21. juni 2022</strong>: oppgradert NCE · omtalt i 2 saker i 2 medier: Bergens Tidende, Sunnhordland,"
                " først 21. juni 2022") in text
        assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "Kari Nordmann</a>, daglig leder" in text
        assert page.count("6\u00a0mill.\u00a0kr</a> i året") == 2  # one per article
        listing = (await cluster_ds.client.get("/-/cluster")).text
        assert "/-/cluster/cluster~3Ahavrom-vest" in listing
        assert (await cluster_ds.client.get("/-/cluster/cluster~3Anone")).status_code == 404
    run(scenario())


def test_undated_events_come_last_on_the_timeline(cluster_ds, tmp_path):
    kb = KnowledgeBase(tmp_path / "klynger.db")
    kb.replace_article(NN, Facts(status_events=[event(NN, NN.paragraphs[0], "NCE", "extended", None, None)]), "t")
    kb.update_history()
    kb.db.close()

    async def scenario():
        page = (await cluster_ds.client.get("/-/cluster/cluster~3Ahavrom-vest")).text
        dates = re.findall(r'<g class="timeline-event [^"]*" data-position="\d+" data-date="([^"]*)"', page)
        assert dates == ["2014-01-01", "", ""] and "udatert</strong>: oppgradert NCE" in re.sub(r"\s+", " ", page)
    run(scenario())
