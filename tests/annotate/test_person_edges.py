"""What the last word of a model's PER span is when it is no part of the name (``annotate/person_edges.py``),
in Bokmål and Nynorsk. The model's entities are set by hand (``ents``) as in test_entities."""

import pytest

from tests.annotate.test_entities import annotate_with_ents, people  # noqa: F401  (fixture)

_PLACES = {"Molde": "GPE_LOC", "Ålesund": "GPE_LOC"}


@pytest.mark.parametrize("text", [
    "I mai besøkte statsråd Kjell Ove Dahl Kristiansund, Molde og Ålesund.",
    "I mai vitja statsråd Kjell Ove Dahl Kristiansund, Molde og Ålesund.",
])
def test_the_first_of_a_list_of_places_is_no_part_of_the_name(annotate_with_ents, text):
    doc = annotate_with_ents(text, {"Kjell Ove Dahl Kristiansund": "PER", **_PLACES})
    assert [name for _, name in people(doc)] == ["Kjell Ove Dahl"]
    assert "Kristiansund" in [e.text for e in doc.ents if e.label_ == "GPE_LOC"]


@pytest.mark.parametrize("text", [
    "Aktørene er Brakkebygg AS og Hustre AS. Konsernsjef Gunnar Fjellvik Brakkebygg.",
    "Aktørane er Brakkebygg AS og Hustre AS. Konsernsjef Gunnar Fjellvik Brakkebygg.",
])
def test_the_first_word_of_an_organisation_named_elsewhere_is_no_part_of_the_name(annotate_with_ents, text):
    doc = annotate_with_ents(text, {"Brakkebygg AS": "ORG", "Hustre AS": "ORG", "Gunnar Fjellvik Brakkebygg": "PER"})
    assert [name for _, name in people(doc)] == ["Gunnar Fjellvik"]


@pytest.mark.parametrize("text, ents", [
    # a surname the model took alone for an organisation elsewhere stays: one word is no organisation's name
    ("Leiar er Bjørn Audun Fjellvik. – Det går bra, påpeker Fjellvik.",
     {"Bjørn Audun Fjellvik": "PER", "Fjellvik": "ORG"}),
    # a surname before one place, no list of them: where the person is from
    ("Vi fekk hjelp av Kari Nordbø Lid og Molde.", {"Kari Nordbø Lid": "PER", **_PLACES}),
])
def test_a_surname_stays(annotate_with_ents, text, ents):
    assert [name for _, name in people(annotate_with_ents(text, ents))][:1] == [next(iter(ents))]
