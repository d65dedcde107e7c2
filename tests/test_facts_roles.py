"""facts: a named head with no organisation takes the organisation of the article's only unnamed head."""

from extract.facts import facts_from_doc
from extract.process import make_doc
from extract.types import Article


def _roles(nlp, paragraphs, language="nb"):
    article = Article(id="a", source="a.txt", title=paragraphs[0], paragraphs=paragraphs[1:],
                      published="2021-12-03", language=language)
    facts = facts_from_doc(nlp(make_doc(nlp, article)), article)
    return {(r["person"], r["role"], r["organization"]) for r in facts.person_roles}


def test_named_head_takes_the_unnamed_heads_organisation(nlp):
    assert ("Kari Hansen", "administrerende direktør", "Proneo") in _roles(nlp, [
        "Saken",
        "Når avisa konfronterer lederen i Proneo med saken, avviser han det.",
        "– Det er umulig, sier administrerende direktør Kari Hansen til avisa.",
    ])


def test_nynorsk_named_head_takes_the_unnamed_heads_organisation(nlp):
    assert ("Kari Hansen", "dagleg leiar", "Proneo") in _roles(nlp, [
        "Saka",
        "Då avisa konfronterte leiaren i Proneo med saka, avviste han det.",
        "– Det er umogleg, seier dagleg leiar Kari Hansen til avisa.",
    ], "nn")


def test_two_unnamed_heads_give_no_organisation(nlp):
    found = _roles(nlp, [
        "Saken",
        "Lederen i Proneo og lederen i Heidner var ikke enige.",
        "– Det er umulig, sier administrerende direktør Kari Hansen til avisa.",
    ])
    assert ("Kari Hansen", "administrerende direktør", None) in found


def test_the_unnamed_heads_organisation_may_be_one_the_data_does_not_know(nlp):
    assert ("Kari Hansen", "administrerende direktør", "Fjordsamtale") in _roles(nlp, [
        "Saken",
        "Når avisa konfronterer lederen i Fjordsamtale med saken, avviser han det.",
        "– Det er umulig, sier administrerende direktør Kari Hansen til avisa.",
    ])
    assert ("Kari Hansen", "dagleg leiar", "Fjordsamtale") in _roles(nlp, [
        "Saka",
        "Då avisa konfronterte leiaren i Fjordsamtale med saka, avviste han det.",
        "– Det er umogleg, seier dagleg leiar Kari Hansen til avisa.",
    ], "nn")
