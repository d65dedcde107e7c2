"""Article -> Doc -> Facts: one result per article, in order; a bad article loses only itself."""

from __future__ import annotations

import spacy
from spacy.language import Language

import extract.process
from extract.process import extract_facts
from extract.types import Article, Facts, Failure


@Language.component("test_breaks_on_boom")
def breaks_on_boom(doc):
    if "boom" in doc.text:
        raise RuntimeError("boom")
    return doc


def article(name: str, text: str) -> Article:
    return Article(id=name, source=f"{name}.txt", paragraphs=[text], published="2021-03-18")


def test_one_result_per_article_in_order(rules_nlp, monkeypatch):
    articles = [article("a", "Klyngen fikk status i juni."), article("b", "Lang tekst. " * 20),
                article("c", "Avtalen ble signert 1. mars 2020.")]
    monkeypatch.setattr(rules_nlp, "max_length", 100)
    a, b, c = extract_facts(rules_nlp, articles, batch_size=2)
    assert isinstance(a, Facts) and [d["value"] for d in a.dates] == ["2021-06-01"]
    assert isinstance(b, Failure) and (b.source, b.stage) == ("b.txt", "annotate")
    assert b.message == "text has 240 characters, more than the pipeline's max_length of 100; not annotated"
    assert isinstance(c, Facts) and [d["value"] for d in c.dates] == ["2020-03-01"]


def test_a_batch_that_fails_is_retried_one_article_at_a_time():
    nlp = spacy.blank("nb")
    nlp.add_pipe("test_breaks_on_boom")
    articles = [article("a", "Først."), article("b", "Her går det boom."), article("c", "Sist.")]
    results = list(extract_facts(nlp, articles, batch_size=3))
    assert [type(result) for result in results] == [Facts, Failure, Facts]
    assert (results[1].source, results[1].stage, results[1].message) == ("b.txt", "annotate", "RuntimeError: boom")


def test_a_facts_failure_is_the_articles_alone(rules_nlp, monkeypatch):
    real = extract.process.facts_from_doc

    def facts_from_doc(doc, article, model=None):
        if article.id == "b":
            raise KeyError("cluster")
        return real(doc, article, model)

    monkeypatch.setattr(extract.process, "facts_from_doc", facts_from_doc)
    a, b = extract_facts(rules_nlp, [article("a", "Første sak."), article("b", "Andre sak.")])
    assert isinstance(a, Facts)
    assert (b.stage, b.message) == ("facts", "KeyError: 'cluster'")
