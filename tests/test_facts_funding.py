"""facts: an amount carries the cluster of the status event its sentence states or refers back to."""

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
    ]) == [("3,5 millioner kroner", "Trebygg Innlandet"), ("3,5 millioner kroner", "Trebygg Innlandet"),
           ("inntil 2,5 millioner kroner", None)]


def test_nynorsk_amount_referring_back(nlp):
    assert _amounts(nlp, [
        "Akvakultur Nord fekk forlengt NCE-status",
        "Klyngja Akvakultur Nord har fått forlengt NCE-statusen sin med fem nye år.",
        "Klynga får fem millionar kroner i året frå klyngeprogrammet.",
    ], "nn") == [("fem millionar kroner", "Akvakultur Nord")]
