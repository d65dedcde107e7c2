"""The field a title names after it ("leder for klyngeavdelingen hos X", "fylkesråd for plan og
næring NAME"): one lower-case noun after a field preposition, one after an adjective
("spesialrapportør for utenomrettslige henrettelser"), or a list of up to four joined by commas and
"og" ("avdelingsdirektør for næring, plan og innovasjon"), belong to the title when an
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
    HR i X", "direktør for berekraft og grønt skifte" (the longest list first, then shorter ones,
    then the first field alone), "direktør for internasjonale saker, NAME"."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in words.prepositions:
        return
    for end in reversed(_field_list_ends(doc, i + 2, parts, words.and_word)):
        if end < len(doc) and (doc[end].lower_ in words.followers or doc[end].is_punct or parts[end] == "NAME"):
            parts[i + 1:end] = ["TITLE"] * (end - i - 1)
            return
    end = i + 4  # an adjective and its noun: "spesialrapportør for utenomrettslige henrettelser, NAME"
    if end < len(doc) and doc[i + 2].pos_ == "ADJ" and doc[i + 2].is_lower and parts[i + 2] == "" \
            and _field_word(doc[i + 3], parts[i + 3]) and doc[i + 3].pos_ == "NOUN" \
            and (doc[end].lower_ in words.followers or doc[end].is_punct or parts[end] == "NAME"):
        parts[i + 1:end] = ["TITLE"] * (end - i - 1)


def _field_list_ends(doc: Doc, k: int, parts: list[str], and_word: str) -> list[int]:
    """Where the lists of fields from token ``k`` can end, shortest first: one field, or fields
    parted by commas with "og" before the last; in a list a field may take an adjective ("grønt skifte")."""
    ends, links = [], []
    while len(links) < _MOST_FIELDS:
        end = _field_end(doc, k, parts, listed=bool(links))
        if end is None:
            break
        if not links or links[-1] == and_word and all(link == "," for link in links[:-1]):
            ends.append(end)
        if end >= len(doc) or doc[end].lower_ not in {",", and_word} or links and links[-1] == and_word:
            break
        links.append(doc[end].lower_)
        k = end + 1
    return ends


def _field_end(doc: Doc, k: int, parts: list[str], listed: bool) -> int | None:
    """The end of the field at token ``k``: a field word, or in a list an adjective and one."""
    if listed and k + 1 < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower and _field_word(doc[k + 1], parts[k + 1]):
        return k + 2
    return k + 1 if k < len(doc) and _field_word(doc[k], parts[k]) else None


def _field_word(token: Token, part: str) -> bool:
    """A lower-case noun that can name a title's field ("næring" in "fylkesråd for næring"), or
    a field's letters ("HR"), whatever part the model gave them."""
    if token.text in _ACRONYMS:
        return True
    return token.is_lower and token.is_alpha and len(token) > 3 and token.pos_ != "PRON" and part == ""
