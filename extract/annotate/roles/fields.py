"""The field a title names after it ("leder for klyngeavdelingen hos X", "fylkesråd for plan og
næring NAME"): one lower-case noun after a field preposition, or a list of up to four joined by
commas and "og" ("avdelingsdirektør for næring, plan og innovasjon"), belong to the title when an
organisation, a name or the end of the phrase follows. A field may be written as letters
(``field_acronyms``: "direktør for kommunikasjon og HR"); the model's organisation there is none."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..lexicon import load

_ACRONYMS = frozenset(load("roles")["field_acronyms"])
_MOST_FIELDS = 4


@dataclass(frozen=True)
class FieldWords:
    prepositions: set[str]  # before the field: "for", "av", "i"
    followers: set[str]  # after it: the organisation's prepositions and the words that end a field
    and_word: str


def mark_field(doc: Doc, i: int, parts: list[str], words: FieldWords) -> None:
    """Mark as TITLE the field after the title at token ``i``, if it has one: "fylkesråd for
    næring i Nordland, NAME", "fylkesråd for plan og næring NAME", "direktør for marked, salg og
    HR i X" (the longest list first, then shorter ones, then the first field alone)."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in words.prepositions:
        return
    for count in range(_MOST_FIELDS, 0, -1):
        end = i + 1 + 2 * count
        if end >= len(doc):
            continue
        fields = [doc[k] for k in range(i + 2, end, 2)]
        links = [doc[k].lower_ for k in range(i + 3, end - 1, 2)]
        joined = not links or links[-1] == words.and_word and all(link == "," for link in links[:-1])
        if joined and all(_field_word(t, parts[t.i]) for t in fields) and (
                doc[end].lower_ in words.followers or doc[end].is_punct or parts[end] == "NAME"):
            parts[i + 1:end] = ["TITLE"] * (end - i - 1)
            return


def _field_word(token: Token, part: str) -> bool:
    """A lower-case noun that can name a title's field ("næring" in "fylkesråd for næring"), or
    a field's letters ("HR"), whatever part the model gave them."""
    if token.text in _ACRONYMS:
        return True
    return token.is_lower and token.is_alpha and len(token) > 3 and token.pos_ != "PRON" and part == ""
