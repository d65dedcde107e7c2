"""An organisation in a parenthesis right after a person's name gives a role that names none its
organisation: "klyngeleiarane Kari Lie (NCE Tidevann), Ola Dal (Havbris) og ..."; so does one after a comma
behind a titled name, alone up to the next comma, "og" or the sentence's end: "(fra venstre) statssekretær
Kari Lie, Kommunal- og regionaldepartementet og daglig leder Ola Dal, Havbris"."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import doc_text
from ..lexicon import load


def organizations_in_parentheses(doc: Doc, rows: list[dict], parts: list[str]) -> list[dict]:
    """``rows``, each with a person and no organisation given the organisation that a parenthesis
    right after the person's name holds alone ("Kari Lie (Havbris Cluster)")."""
    found = []
    for row in rows:
        organization = _parenthesised(doc, row["person_end"], parts) if row["person"] and not row["organization"] else None
        found.append({**row, "organization": organization} if organization else row)
    return found


def organizations_after_comma(doc: Doc, rows: list[dict], parts: list[str]) -> list[dict]:
    """``rows``, each with a title before its person's name and no organisation given the organisation
    that stands alone between a comma after the name and the next comma, "og" or the end ("Kari Lie, Havbris,")."""
    found = []
    for row in rows:
        titled = row["person"] and not row["organization"] and row["start"] < row["person_start"]
        organization = _after_comma(doc, row["person_end"], parts) if titled else None
        found.append({**row, "organization": organization} if organization else row)
    return found


def _after_comma(doc: Doc, person_end: int, parts: list[str]) -> str | None:
    span = doc.char_span(person_end, min(person_end + 2, len(doc_text(doc))), alignment_mode="expand")
    if span is None or span[0].text != "," or span[0].i + 1 >= len(doc):
        return None
    start = end = span[0].i + 1
    while end < len(doc) and parts[end] == "ORG" and not (end > start and doc[end].is_sent_start):
        end += 1
    closed = end == len(doc) or doc[end].text in _CLOSERS or doc[end].is_sent_start or "\n" in doc[end - 1].whitespace_
    place = any(t.ent_type_ in _PLACES for t in doc[start:end])  # "statssekretær Kari Lie, Bergen": where she is from
    return doc[start:end].text if end > start and closed and not place else None


_CLOSERS = frozenset({",", ".", ";", ")", load("function_words")["and"]})
_PLACES = frozenset({"GPE_LOC", "LOC"})


def _parenthesised(doc: Doc, person_end: int | None, parts: list[str]) -> str | None:
    span = doc.char_span(person_end, min(person_end + 2, len(doc_text(doc))), alignment_mode="expand") \
        if person_end is not None else None
    if span is None or span[0].text != "(":
        return None
    end = span[0].i + 1
    while end < len(doc) and parts[end] == "ORG":
        end += 1
    if end == span[0].i + 1 or end >= len(doc) or doc[end].text != ")":
        return None
    return doc[span[0].i + 1:end].text
