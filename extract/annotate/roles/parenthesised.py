"""An organisation in a parenthesis right after a person's name gives a role that names none its
organisation: "klyngeleiarane Kari Lie (NCE Tidevann), Ola Dal (Havbris) og ..."."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import doc_text


def organizations_in_parentheses(doc: Doc, rows: list[dict], parts: list[str]) -> list[dict]:
    """``rows``, each with a person and no organisation given the organisation that a parenthesis
    right after the person's name holds alone ("Kari Lie (Havbris Cluster)")."""
    found = []
    for row in rows:
        organization = _parenthesised(doc, row["person_end"], parts) if row["person"] and not row["organization"] else None
        found.append({**row, "organization": organization} if organization else row)
    return found


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
