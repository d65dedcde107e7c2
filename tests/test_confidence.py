"""Confidence from evidence (extract/confidence.py): many values, and a fact stated with more
evidence scores higher than the same fact stated with less, in Bokmål and Nynorsk."""

from __future__ import annotations

import sqlite3

import pytest

from extract.confidence import score, weights
from extract.facts import facts_from_doc
from extract.process import make_doc
from extract.types import Article


def _facts(nlp, paragraphs: list[str], language: str, published: str = "2021-03-12"):
    article = Article(id="a", source="a.txt", title="Nyhende", paragraphs=paragraphs, published=published,
                      language=language)
    return facts_from_doc(nlp(make_doc(nlp, article)), article)


def _one(nlp, table: str, paragraphs: list[str], language: str, fields: tuple[str, ...]) -> tuple[tuple, float]:
    [row] = getattr(_facts(nlp, paragraphs, language), table)
    return tuple(row[f] for f in fields), row["confidence"]


# (table, fields that make it the same fact, {language: (more evidence, less evidence)})
PAIRS = [
    ("status_events", ("cluster", "status", "action", "date"), {
        # date, a verb that says what happened and the grantor in the text vs the publication date and "fikk"
        "nb": (["Innovasjon Norge tildelte 12. mars 2021 NCE-status til Heidner Biocluster på Hamar."],
               ["Heidner Biocluster fikk NCE-status."]),
        "nn": (["Innovasjon Noreg tildelte 12. mars 2021 NCE-status til Heidner Biocluster på Hamar."],
               ["Heidner Biocluster fekk NCE-status."]),
    }),
    ("status_events", ("cluster", "status", "action", "date"), {
        # mentioned twice vs once
        "nb": (["Heidner Biocluster fikk NCE-status.", "Dermed ble Heidner Biocluster tildelt NCE-status."],
               ["Heidner Biocluster fikk NCE-status."]),
        "nn": (["Heidner Biocluster fekk NCE-status.", "Dermed vart Heidner Biocluster tildelt NCE-status."],
               ["Heidner Biocluster fekk NCE-status."]),
    }),
    ("status_events", ("cluster", "status", "action", "date"), {
        # the status named where the grant is told vs carried over from the sentence before ("fikk ja")
        "nb": (["Heidner Biocluster søkte om NCE-status i fjor. I dag fikk Heidner Biocluster NCE-status."],
               ["Heidner Biocluster søkte om NCE-status i fjor. I dag fikk Heidner Biocluster ja."]),
        "nn": (["Heidner Biocluster søkte om NCE-status i fjor. I dag fekk Heidner Biocluster NCE-status."],
               ["Heidner Biocluster søkte om NCE-status i fjor. I dag fekk Heidner Biocluster ja."]),
    }),
    ("person_roles", ("person", "role", "organization"), {
        # title next to the name vs the name sentences before "Hun er daglig leder"
        "nb": (["– Dette er stort, sier daglig leder Kari Hansen i Proneo."],
               ["Kari Hansen er glad. – Dette er stort, sier hun. Hun er daglig leder i Proneo."]),
        "nn": (["– Dette er stort, seier dagleg leiar Kari Hansen i Proneo."],
               ["Kari Hansen er glad. – Dette er stort, seier ho. Ho er dagleg leiar i Proneo."]),
    }),
    ("amounts", ("value", "currency"), {
        # the period stated vs not
        "nb": (["Klyngen får 7,5 millioner kroner i året."], ["Klyngen får 7,5 millioner kroner."]),
        "nn": (["Klynga får 7,5 millionar kroner i året."], ["Klynga får 7,5 millionar kroner."]),
    }),
    ("dates", ("value", "granularity"), {
        # the year written vs "i fjor" (the publication is in 2021)
        "nb": (["Avtalen ble signert i 2020."], ["Avtalen ble signert i fjor."]),
        "nn": (["Avtalen vart signert i 2020."], ["Avtalen vart signert i fjor."]),
    }),
]


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize("table, fields, texts", PAIRS)
def test_more_evidence_scores_higher(nlp, table, fields, texts, language):
    more, less = texts[language]
    fact_more, confidence_more = _one(nlp, table, more, language, fields)
    fact_less, confidence_less = _one(nlp, table, less, language, fields)
    assert fact_more == fact_less  # the same fact
    assert 0.0 <= confidence_less < confidence_more <= 1.0


def test_a_cluster_the_registry_knows_with_that_status_scores_higher(nlp):
    [known] = _facts(nlp, ["Heidner Biocluster fikk NCE-status i 2019."], "nb").status_events
    [unknown] = _facts(nlp, ["Fjellbygd Tre fikk NCE-status i 2019."], "nb").status_events
    assert (known["status"], known["date"]) == (unknown["status"], unknown["date"])
    cues = weights()["status_event"]["cues"]
    expected = cues["registry_cluster"] + cues["registry_status"] + cues["registry_year"]
    assert known["confidence"] - unknown["confidence"] == pytest.approx(expected)


def test_score_adds_weights_caps_counted_cues_and_stays_in_bounds():
    base, cues = weights()["status_event"]["base"], weights()["status_event"]["cues"]
    cap = weights()["status_event"]["caps"]["other_mentions"]
    assert score("status_event", {}) == base
    assert score("status_event", {"date_in_text": True, "other_mentions": 2}) == pytest.approx(
        base + cues["date_in_text"] + 2 * cues["other_mentions"])
    assert score("status_event", {"other_mentions": cap + 5}) == score("status_event", {"other_mentions": cap})
    assert score("status_event", {}, base=5.0) == weights()["ceiling"]
    assert score("status_event", {}, base=-5.0) == weights()["floor"]


def test_the_dev_set_has_many_confidence_values(dev_kb):
    conn = sqlite3.connect(dev_kb)
    values = [row[0] for row in conn.execute("SELECT confidence FROM facts")]
    per_type = dict(conn.execute("SELECT fact_type, count(DISTINCT confidence) FROM facts GROUP BY fact_type"))
    print(f"\ndistinct confidence values: {len(set(values))} over {len(values)} facts; per type {per_type}")
    assert len(set(values)) > 5 and all(0.0 <= v <= 1.0 for v in values)
    assert per_type["status_event"] > 5
