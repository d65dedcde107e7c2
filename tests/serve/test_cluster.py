"""The cluster page: names, a timeline of the status history in order, reporting articles,
people and funding; article text escaped."""

import re

import pytest

from extract.serve.app import make_datasette
from extract.store import Facts, KnowledgeBase
from extract.types import Article

from .helpers import run

HAVROM = "cluster:havrom-vest"
NB = Article(id="nb-1", source="nb.txt", title="Havromsklyngen <script>alert(1)</script> rykker opp",
             paragraphs=["NCE Havrom Vest er tatt opp på NCE-nivået og får seks millioner kroner i året.",
                         "Klyngen fikk Arena-status i 2014, sier dagleg leder Kari Nordmann i Havrom Vest."],
             published="2022-06-21", outlet="Bergens Tidende")
NN = Article(id="nn-1", source="nn.txt", title="Havrom Vest vart NCE", language="nn",
             paragraphs=["Havrom Vest vart NCE-klynge 21. juni 2022, og klynga får seks millionar kroner i året."],
             published="2022-08-01", outlet="Sunnhordland")


def _event(article, sentence, status, action, date, granularity, extra=""):
    start = article.text.index(sentence)
    return {"id": f"{article.id}-{status}-{action}{extra}", "article_id": article.id, "cluster": "Havrom Vest",
            "cluster_id": HAVROM, "status": status, "action": action, "date": date,
            "date_granularity": granularity, "evidence": sentence, "evidence_start": start,
            "start_char": start, "end_char": start + len(sentence), "extractor": "test", "confidence": 0.8}


def _amount(article, text, value):
    start = article.text.index(text)
    sentence = next(p for p in article.paragraphs if text in p)
    return {"id": f"{article.id}-{value}", "article_id": article.id, "text": text, "value": value,
            "currency": "NOK", "period": "year", "cluster": "Havrom Vest", "cluster_id": HAVROM,
            "evidence": sentence, "evidence_start": article.text.index(sentence), "start_char": start,
            "end_char": start + len(text), "extractor": "test", "confidence": 0.8}


@pytest.fixture
def cluster_ds(tmp_path):
    kb = KnowledgeBase(tmp_path / "klynger.db")
    nb_lead, nb_past = NB.paragraphs
    kb.replace_article(NB, Facts(
        status_events=[_event(NB, nb_lead, "NCE", "upgraded", None, None),
                       _event(NB, nb_past, "Arena", "granted", "2014-01-01", "year")],
        amounts=[_amount(NB, "seks millioner kroner", 6_000_000.0)],
        person_roles=[{"id": "pr-kari", "article_id": NB.id, "person": "Kari Nordmann", "role": "daglig leder",
                       "organization": "Havrom Vest", "former": 0, "evidence": nb_past, "extractor": "test"}],
        entities=[{"id": HAVROM, "type": "cluster", "name": "Havrom Vest", "aliases": ["NCE Havrom Vest"]}]), "t")
    kb.replace_article(NN, Facts(
        status_events=[_event(NN, NN.paragraphs[0], "NCE", "upgraded", "2022-06-21", "day")],
        amounts=[_amount(NN, "seks millionar kroner", 6_000_000.0)]), "t")
    kb.update_history()
    kb.db.close()
    return make_datasette(tmp_path / "klynger.db")


def test_cluster_page(cluster_ds):
    async def scenario():
        page = (await cluster_ds.client.get("/-/cluster/cluster~3Ahavrom-vest")).text
        assert "<h1>Havrom Vest</h1>" in page and "NCE Havrom Vest" in page
        marks = re.findall(r'<g class="timeline-event [^"]*" data-position="(\d+)" data-date="([^"]*)"', page)
        assert marks == [("1", "2014-01-01"), ("2", "2022-06-21")]  # the undated report merged into 2022's
        text = re.sub(r"\s+", " ", page)
        assert "21. juni 2022</strong>: upgraded NCE · reported by 2 articles, first 21. juni 2022" in text
        assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "Kari Nordmann</a>, daglig leder" in text
        assert page.count("6\u00a0mill.\u00a0kr</a> a year") == 2  # one per article
        listing = (await cluster_ds.client.get("/-/cluster")).text
        assert "/-/cluster/cluster~3Ahavrom-vest" in listing
        assert (await cluster_ds.client.get("/-/cluster/cluster~3Anone")).status_code == 404
    run(scenario())


def test_undated_events_come_last_on_the_timeline(cluster_ds, tmp_path):
    kb = KnowledgeBase(tmp_path / "klynger.db")
    kb.replace_article(NN, Facts(status_events=[_event(NN, NN.paragraphs[0], "NCE", "extended", None, None)]), "t")
    kb.update_history()
    kb.db.close()

    async def scenario():
        page = (await cluster_ds.client.get("/-/cluster/cluster~3Ahavrom-vest")).text
        dates = re.findall(r'<g class="timeline-event [^"]*" data-position="\d+" data-date="([^"]*)"', page)
        assert dates == ["2014-01-01", "", ""] and "undated</strong>: upgraded NCE" in re.sub(r"\s+", " ", page)
    run(scenario())
