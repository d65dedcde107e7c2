"""facts: an amount carries the cluster of the status event its sentence states or refers back to."""

import pytest

from extract.facts import facts_from_doc
from extract.process import make_doc
from extract.types import Article


def _amounts(nlp, paragraphs, language="nb"):
    article = Article(id="a", source="a.txt", title=paragraphs[0], paragraphs=paragraphs[1:],
                      published="2021-12-03", language=language)
    facts = facts_from_doc(nlp(make_doc(nlp, article)), article)
    return [(a["text"], a["cluster"]) for a in facts.amounts]


def test_amounts_in_an_event_sentence_or_referring_to_it(nlp):
    assert _amounts(nlp, [
        "Trebyggklyngen ble Arena Pro",
        "Klyngen Trebygg Innlandet er løftet fra Arena til Arena Pro – og får 3,5 millioner kroner i året.",
        "Statusen gir 3,5 millioner kroner i året i inntil fem år.",
        "Hver av klyngene i programmet får inntil 2,5 millioner kroner i året.",
    ]) == [("3,5 millioner kroner", "Trebygg Innlandet"), ("inntil 2,5 millioner kroner", None)]


def test_bokmal_amount_referring_back(nlp):
    assert _amounts(nlp, [
        "Trebyggklyngen ble Arena Pro",
        "Klyngen Trebygg Innlandet er løftet fra Arena til Arena Pro.",
        "Statusen gir 3,5 millioner kroner i året i inntil fem år.",
    ]) == [("3,5 millioner kroner", "Trebygg Innlandet")]


# The same money stated again (title, summary) is one fact, linked to the cluster either mention
# names; stated for two clusters it is two facts (issue 30). Both standards.
@pytest.mark.parametrize("paragraphs, language, expected", [
    (["Får 30 millioner kroner", "Klyngen Trebygg Innlandet er løftet fra Arena til Arena Pro og får 30 millioner kroner."],
     "nb", [("30 millioner kroner", "Trebygg Innlandet")]),
    (["Får 30 millionar kroner", "Klynga Trebygg Innlandet er løfta frå Arena til Arena Pro og får 30 millionar kroner."],
     "nn", [("30 millionar kroner", "Trebygg Innlandet")]),
    (["Oljefondet har passert 10.000 milliarder kroner", "Ingen trodde fondet skulle passere 10.000 milliarder kroner."],
     "nb", [("10.000 milliarder kroner", None)]),
    (["Klyngestøtte", "Heidner Biocluster ble NCE og får 5 millioner kroner i året.",
      "Trebygg Innlandet ble Arena Pro og får 5 millioner kroner i året."],
     "nb", [("5 millioner kroner", "Heidner Biocluster"), ("5 millioner kroner", "Trebygg Innlandet")]),
    (["Tilskot", "Fylket gir kr 5 mill. per år, og kvar klynge får rundt 5 millionar kroner i året."],
     "nn", [("kr 5 mill.", None), ("rundt 5 millionar kroner", None)]),
])
def test_repeated_money_is_one_fact(nlp, paragraphs, language, expected):
    assert _amounts(nlp, paragraphs, language) == expected


def test_nynorsk_amount_referring_back(nlp):
    assert _amounts(nlp, [
        "Akvakultur Nord fekk forlengt NCE-status",
        "Klyngja Akvakultur Nord har fått forlengt NCE-statusen sin med fem nye år.",
        "Klynga får fem millionar kroner i året frå klyngeprogrammet.",
    ], "nn") == [("fem millionar kroner", "Akvakultur Nord")]
