"""An organisation of several words in the genitive before a titled name, that the model tags as a
person ("Vestby Engineerings leder Kari Holm"): its first word is no first name the data knows, and the
article never names it as a person without the -s. Session 23, Bokmål and Nynorsk, invented names."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


def people(doc):
    return {m._.canonical for m in doc.spans["mentions"] if m.label_ == "PER"}


@pytest.mark.parametrize("text, expected", [
    ("– Vi er fornøyde, sier Vestby Engineerings leder Kari Holm.", ("Kari Holm", "leder", "Vestby Engineering")),
    ("– Vi er nøgde, seier Vestby Engineerings leiar Kari Holm.", ("Kari Holm", "leiar", "Vestby Engineering")),
])
def test_an_organisation_in_the_genitive_before_a_titled_name(annotate_full, text, expected):
    doc = annotate_full(text)
    assert roles(doc) == {expected}
    assert people(doc) == {"Kari Holm"}


@pytest.mark.parametrize("text, expected", [
    ("Ola Dal kom i går. – Vi er fornøyde, sier Ola Dals rådgiver Kari Holm.", ("Kari Holm", "rådgiver", None)),
    ("Ola Dal kom i går. – Vi er nøgde, seier Ola Dals rådgjevar Kari Holm.", ("Kari Holm", "rådgjevar", None)),
])
def test_a_person_in_the_genitive_stays_a_person(annotate_full, text, expected):
    doc = annotate_full(text)
    assert expected[:2] in {row[:2] for row in roles(doc)}
    assert "Ola Dal" in people(doc)
