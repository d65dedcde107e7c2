"""Roles told by a verb of leading with no title word (roles/leading.py): "Kari Holm leder ORG",
"ORG ledes av Kari Holm", "Klyngen har vært ledet av Kari Holm", "Kari Holm skal lede den nye
klyngen". Bokmål and Nynorsk, invented names."""

from __future__ import annotations

import pytest

from extract.process import make_doc
from extract.types import Article


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.fixture(scope="module")
def annotate_in(nlp):
    """Annotate a text as the body of an article in a language ("nb" or "nn")."""
    def annotate(text: str, language: str):
        article = Article(id="test", source="test.txt", title="Nyheter", paragraphs=[text], published="2021-03-18",
                          language=language)
        return nlp(make_doc(nlp, article))
    return annotate


@pytest.mark.parametrize("text, expected", [
    ("Kari Nordlie leder Foreningen for Småbedrifter og har gjort det i tre år.",
     ("Kari Nordlie", "leder", "Foreningen for Småbedrifter")),
    ("Kari Nordlie leiar Foreininga for Småbedrifter og har gjort det i tre år.",
     ("Kari Nordlie", "leiar", "Foreininga for Småbedrifter")),
    ("Arena Brekkvik er en ny klynge for havbruk. Klyngen har tidligere vært ledet av Ola Fjellstad.",
     ("Ola Fjellstad", "leder", "Brekkvik")),
    ("Arena Brekkvik er ei ny klynge for havbruk. Klynga vert leidd av Ola Fjellstad.",
     ("Ola Fjellstad", "leiar", "Brekkvik")),
    ("Arena Brekkvik får status i år. Siri Haugland fra Nordvik skal lede den nye næringsklyngen.",
     ("Siri Haugland", "leder", "Brekkvik")),
    ("Arena Brekkvik får status i år. Siri Haugland frå Nordvik skal leie den nye næringsklynga.",
     ("Siri Haugland", "leiar", "Brekkvik")),
])
def test_a_verb_of_leading_tells_the_role(annotate_in, text, expected):
    assert expected in roles(annotate_in(text, "nn" if expected[1] == "leiar" else "nb"))


@pytest.mark.parametrize("text", [
    "Kari Nordlie leder møtet i kveld.",
    "Kari Nordlie leiar møtet i kveld.",
    "Nordvik IL leder serien etter tre kamper.",
    "Kari Nordlie leier Nordvik Sparebank sine gamle lokaler.",  # Bokmål "leie": rent
])
def test_no_role_of_leading_without_a_person_and_an_organisation_or_twice(annotate_in, text):
    found = roles(annotate_in(text, "nn" if " leiar " in text else "nb"))
    assert not [r for r in found if r[1] in ("leder", "leiar")]


@pytest.mark.parametrize("text, language, expected", [
    ("Daglig leder Kari Nordlie leder Nordvik Jaktlag.", "nb", {("Kari Nordlie", "daglig leder", "Nordvik Jaktlag")}),
    ("Dagleg leiar Kari Nordlie leiar Nordvik Jaktlag.", "nn", {("Kari Nordlie", "dagleg leiar", "Nordvik Jaktlag")}),
])
def test_a_title_before_the_name_takes_the_organisation_the_verb_leads(annotate_in, text, language, expected):
    assert roles(annotate_in(text, language)) == expected


@pytest.mark.parametrize("text, language", [
    ("Ola Fjellstad leder Nordvik IL i serien for første gang tirsdag.", "nb"),
    ("Ola Fjellstad leier Nordvik IL i serien for første gong tysdag.", "nn"),
    ("Ola Fjellstad leder Nordvik IL mot Brekkvik på søndag.", "nb"),
])
def test_leading_a_side_in_a_match_is_no_office(annotate_in, text, language):
    assert not [r for r in roles(annotate_in(text, language)) if r[1] in ("leder", "leiar")]


@pytest.mark.parametrize("text, language", [
    ("Prosjektet ledes av Ola Fjellstad fra Nordvik.", "nb"),
    ("Prosjektet vert leidd av Ola Fjellstad frå Nordvik.", "nn"),
])
def test_a_common_noun_opening_the_sentence_is_no_organisation_led(annotate_in, text, language):
    assert not [r for r in roles(annotate_in(text, language)) if r[1] in ("leder", "leiar")]
