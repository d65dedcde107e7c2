"""A small Norwegian knowledge base for the serve tests."""

from __future__ import annotations

from extract.store import Facts, KnowledgeBase
from extract.types import Article

PIPELINE_VERSION = "test-1"
PASSWORDS = {"kari": "kari-passord", "ola": "ola-passord"}

TITLE = "NCE Heidner Biocluster får status som Norwegian Centre of Expertise"
LEAD = "Klyngen på Hamar er tatt opp på høyeste nivå i klyngeprogrammet."
PARAGRAPHS = [
    "Innovasjon Norge tildelte torsdag NCE-status til NCE Heidner Biocluster. "
    "Klyngen samler bedrifter innen husdyravl, fiskeavl og plantebioteknologi.",
    "– Dette er en stor dag for hele regionen, sier daglig leder Kristiane Haug Berg "
    "i NCE Heidner Biocluster.",
    "Klyngen får 7,5 millioner kroner i året fra programmet.",
]


def norwegian_article(paragraphs: list[str] = PARAGRAPHS) -> Article:
    """The test article about NCE Heidner Biocluster."""
    return Article(
        id="hamar-arbeiderblad-1", source="dump.jsonl#1", title=TITLE, lead=LEAD,
        paragraphs=list(paragraphs), published="2023-06-15", outlet="Hamar Arbeiderblad",
        url="https://www.h-a.no/naeringsliv/heidner", authors=["Ola Nordmann"],
        metadata_lines=["Sist oppdatert 15.06.2023"],
    )


def span(article: Article, phrase: str, sentence: str) -> dict:
    """Provenance fields for ``phrase`` inside ``sentence`` of the article text."""
    evidence_start = article.text.index(sentence)
    start = article.text.index(phrase, evidence_start)
    return {"evidence": sentence, "evidence_start": evidence_start,
            "start_char": start, "end_char": start + len(phrase)}


def norwegian_facts(article: Article) -> Facts:
    """Hand-made facts for the test article, as the pipeline would extract them."""
    granted = "Innovasjon Norge tildelte torsdag NCE-status til NCE Heidner Biocluster."
    said = ("– Dette er en stor dag for hele regionen, sier daglig leder Kristiane Haug Berg "
            "i NCE Heidner Biocluster.")
    money = "Klyngen får 7,5 millioner kroner i året fra programmet."
    return Facts(
        status_events=[{
            "id": "se-heidner-nce", "article_id": article.id, "cluster": "NCE Heidner Biocluster",
            "cluster_id": "org-heidner", "status": "NCE", "action": "granted", "date": "2023-06-15",
            "date_granularity": "day", "date_text": "torsdag", "granted_by": "Innovasjon Norge",
            **span(article, "tildelte torsdag NCE-status til NCE Heidner Biocluster", granted),
            "extractor": "rules-status", "confidence": 0.92,
        }],
        person_roles=[{
            "id": "pr-haug-berg", "article_id": article.id, "person": "Kristiane Haug Berg",
            "role": "daglig leder", "organization": "NCE Heidner Biocluster",
            **span(article, "daglig leder Kristiane Haug Berg", said),
            "extractor": "rules-roles", "confidence": 0.81,
        }],
        amounts=[{
            "id": "am-7-5-mill", "article_id": article.id, "text": "7,5 millioner kroner",
            "value": 7_500_000.0, "currency": "NOK", "unit": None, "qualifier": None,
            "period": "year", "measure": "funding", "cluster": "NCE Heidner Biocluster", "cluster_id": "org-heidner",
            **span(article, "7,5 millioner kroner", money),
            "extractor": "rules-amounts", "confidence": 0.55,
        }],
        dates=[
            {"id": "dt-torsdag", "article_id": article.id, "text": "torsdag", "value": "2023-06-15",
             "granularity": "day", **span(article, "torsdag", granted),
             "extractor": "rules-dates", "confidence": 0.7},
            {"id": "dt-oppdatert", "article_id": article.id, "text": "15.06.2023",
             "value": "2023-06-15", "granularity": "day", "evidence": "Sist oppdatert 15.06.2023",
             "evidence_start": None, "start_char": None, "end_char": None,
             "extractor": "rules-dates", "confidence": 0.99},
        ],
        mentions=[
            {"id": f"m-{i}", "article_id": article.id, "entity_id": entity, "label": label,
             "text": text, "start_char": article.text.index(text),
             "end_char": article.text.index(text) + len(text), "source": "nb_core_news", "confidence": 0.9}
            for i, (text, label, entity) in enumerate([
                ("Innovasjon Norge", "ORG", "org-innovasjon-norge"),
                ("Kristiane Haug Berg", "PER", "per-haug-berg"),
                ("Hamar", "GPE_LOC", None),
                ("NCE Heidner Biocluster", "CLUSTER", "org-heidner"),
            ])
        ],
        entities=[
            {"id": "org-heidner", "type": "cluster", "name": "NCE Heidner Biocluster",
             "aliases": ["Heidner Biocluster"]},
            {"id": "per-haug-berg", "type": "person", "name": "Kristiane Haug Berg", "aliases": []},
            {"id": "org-innovasjon-norge", "type": "organization", "name": "Innovasjon Norge", "aliases": []},
        ],
    )


def build_kb(path) -> None:
    """Store the test article and its facts in a new KB at ``path``."""
    kb = KnowledgeBase(path)
    article = norwegian_article()
    kb.replace_article(article, norwegian_facts(article), PIPELINE_VERSION)
    kb.update_history()
    kb.db.close()


# A cluster reported by two articles: the cluster page and the browser test.

HAVROM = "cluster:havrom-vest"
NB = Article(id="nb-1", source="nb.txt", title="Havromsklyngen <script>alert(1)</script> rykker opp",
             paragraphs=["NCE Havrom Vest er tatt opp på NCE-nivået og får seks millioner kroner i året.",
                         "Klyngen fikk Arena-status i 2014, sier dagleg leder Kari Nordmann i Havrom Vest."],
             published="2022-06-21", outlet="Bergens Tidende")
NN = Article(id="nn-1", source="nn.txt", title="Havrom Vest vart NCE", language="nn",
             paragraphs=["Havrom Vest vart NCE-klynge 21. juni 2022, og klynga får seks millionar kroner i året."],
             published="2022-08-01", outlet="Sunnhordland")


def event(article, sentence, status, action, date, granularity, extra=""):
    start = article.text.index(sentence)
    return {"id": f"{article.id}-{status}-{action}{extra}", "article_id": article.id, "cluster": "Havrom Vest",
            "cluster_id": HAVROM, "status": status, "action": action, "date": date,
            "date_granularity": granularity, "evidence": sentence, "evidence_start": start,
            "start_char": start, "end_char": start + len(sentence), "extractor": "test", "confidence": 0.8}


def amount(article, text, value):
    start = article.text.index(text)
    sentence = next(p for p in article.paragraphs if text in p)
    return {"id": f"{article.id}-{value}", "article_id": article.id, "text": text, "value": value,
            "currency": "NOK", "period": "year", "cluster": "Havrom Vest", "cluster_id": HAVROM,
            "evidence": sentence, "evidence_start": article.text.index(sentence), "start_char": start,
            "end_char": start + len(text), "extractor": "test", "confidence": 0.8}


def build_cluster_kb(path) -> None:
    """A KB where two articles (Bokmål, Nynorsk) report Havrom Vest's NCE upgrade, one
    undated, and one its Arena grant; with a role, the funding and a hostile title."""
    kb = KnowledgeBase(path)
    nb_lead, nb_past = NB.paragraphs
    kb.replace_article(NB, Facts(
        status_events=[event(NB, nb_lead, "NCE", "upgraded", None, None),
                       event(NB, nb_past, "Arena", "granted", "2014-01-01", "year")],
        amounts=[amount(NB, "seks millioner kroner", 6_000_000.0)],
        person_roles=[{"id": "pr-kari", "article_id": NB.id, "person": "Kari Nordmann", "role": "daglig leder",
                       "organization": "Havrom Vest", "former": 0, "evidence": nb_past, "extractor": "test"}],
        entities=[{"id": HAVROM, "type": "cluster", "name": "Havrom Vest", "aliases": ["NCE Havrom Vest"]}]), "t")
    kb.replace_article(NN, Facts(
        status_events=[event(NN, NN.paragraphs[0], "NCE", "upgraded", "2022-06-21", "day")],
        amounts=[amount(NN, "seks millionar kroner", 6_000_000.0)]), "t")
    kb.update_history()
    kb.db.close()
