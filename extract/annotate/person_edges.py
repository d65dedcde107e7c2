"""What the last word of a model's PER span of three words or more is when it is no part of the name.

- a country the data lists: "Phil Neville England";
- the first of a list of places the sentence goes on with: "besøkte Kjell Ove Dahl Kristiansund, Molde og
  Ålesund" (commas and "og" between places the model found, "og" before the last);
- the first word of an organisation's longer name the article writes elsewhere: "Konsernsjef Kari Lie Brakkebygg." where
  the article writes "Brakkebygg AS" too, and never the word inside a person's name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import load

PLACE_LABELS = frozenset({"GPE_LOC", "GPE", "LOC"})
ORGANIZATION_LABELS = frozenset({"ORG", "GPE_ORG"})


def last_word_label(doc: Doc, start: int, end: int, countries: frozenset[str]) -> str | None:
    """The label of the last word of the PER span ``doc[start:end]`` where it is a place or an organisation
    (see the module docstring), else None. Only a span of three words or more loses it."""
    if end - start < 3:
        return None
    last = doc[end - 1]
    if last.text in countries or _opens_place_list(doc, end):
        return "GPE_LOC"
    return "ORG" if _opens_organization_elsewhere(doc, start, end) else None


def _opens_place_list(doc: Doc, end: int) -> bool:
    """Do commas and "og" join two places or more the model found to the word before ``end``, "og" before the
    last ("Kristiansund, Molde og Ålesund"; not one place: "Kari Lid og Molde kommune")?"""
    joins, i, places, joined = {",", load("function_words")["and"]}, end, 0, False
    while i + 1 < len(doc) and doc[i].lower_ in joins and doc[i + 1].ent_type_ in PLACE_LABELS \
            and doc[i + 1].ent_iob_ == "B":
        joined, places = doc[i].text != ",", places + 1
        i += 2
        while i < len(doc) and doc[i].ent_iob_ == "I":
            i += 1
    return joined and places >= 2


def _opens_organization_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """Does an organisation's name of two words or more elsewhere in the article open with the span's last word, and
    no person's name hold it? (One word alone may be the model's mistake for the person: "påpeker Lund".)"""
    word = doc[end - 1].text
    elsewhere = [e for e in doc.ents if not (start <= e.start < end) and word in e.text.split()]
    return any(e.label_ in ORGANIZATION_LABELS and len(e) >= 2 and e[0].text == word for e in elsewhere) \
        and not any(e.label_ == "PER" for e in elsewhere)
