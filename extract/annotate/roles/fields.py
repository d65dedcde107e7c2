"""The field a title names after it ("leder for klyngeavdelingen hos X", "fylkesråd for plan og
næring NAME"): one lower-case noun after a field preposition, two joined by "og", or one after an
adjective ("spesialrapportør for utenomrettslige henrettelser"), belong to the title when an organisation, a name or the end of the phrase follows."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class FieldWords:
    prepositions: set[str]  # before the field: "for", "av", "i"
    followers: set[str]  # after it: the organisation's prepositions and the words that end a field
    and_word: str


def mark_field(doc: Doc, i: int, parts: list[str], words: FieldWords) -> None:
    """Mark as TITLE the field after the title at token ``i``, if it has one: "fylkesråd for
    næring i Nordland, NAME", "fylkesråd for plan og næring NAME" (the two fields first, then the
    first alone), "direktør for internasjonale saker, NAME"."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in words.prepositions:
        return
    for end in (i + 5, i + 3):
        if end >= len(doc):
            continue
        fields = [doc[k] for k in range(i + 2, end, 2)]
        joined = end == i + 3 or doc[i + 3].lower_ == words.and_word
        if joined and all(_field_word(t, parts[t.i]) for t in fields) and (
                doc[end].lower_ in words.followers or doc[end].is_punct or parts[end] == "NAME"):
            parts[i + 1:end] = ["TITLE"] * (end - i - 1)
            return
    end = i + 4  # an adjective and its noun: "spesialrapportør for utenomrettslige henrettelser, NAME"
    if end < len(doc) and doc[i + 2].pos_ == "ADJ" and doc[i + 2].is_lower and parts[i + 2] == "" \
            and _field_word(doc[i + 3], parts[i + 3]) and doc[i + 3].pos_ == "NOUN" \
            and (doc[end].lower_ in words.followers or doc[end].is_punct or parts[end] == "NAME"):
        parts[i + 1:end] = ["TITLE"] * (end - i - 1)


def _field_word(token: Token, part: str) -> bool:
    """A lower-case noun that can name a title's field ("næring" in "fylkesråd for næring")."""
    return token.is_lower and token.is_alpha and len(token) > 3 and token.pos_ != "PRON" and part == ""
