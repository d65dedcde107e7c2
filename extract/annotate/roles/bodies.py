"""Bodies named in lower case after a title or a name and a preposition: the organisation of the
role (see ``organization_nouns`` in roles.yaml): "leder for kontrollutvalget", "sjef i Essex-politiet",
"leiar i kultur- og ressursutvalet i Hordaland", "direktør Kari Holm i det australske
luftfartstilsynet", "professor Kari Holm ved universitetet i Osaka"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import load
from ..organizations import organization_body

_PLACE_LABELS = frozenset({"GPE_LOC", "GPE", "LOC"})
_MODIFIER_TAGS = frozenset({"DET", "ADJ"})  # before a body named in lower case: "det australske luftfartstilsynet"
_MODIFIERS = 3


class LowerCaseBodies:
    """Marks as ORG the bodies named in lower case in role positions."""

    def __init__(self) -> None:
        roles = load("roles")
        self.org_prepositions = set(roles["org_prepositions"])
        self.prepositions_after_name = set(roles["org_prepositions_after_name"])
        self.and_word = load("function_words")["and"]
        self.organization_noun = organization_body()
        self.place_named = tuple(roles["place_named_bodies"])

    def mark(self, doc: Doc, parts: list[str]) -> None:
        """A body named in lower case after TITLE PREP or NAME PREP is the organisation: a compound
        in the definite ("kontrollutvalget", "oslopolitiet", "Essex-politiet"), past a determiner
        and adjectives, or a noun after a genitive ("EU-parlamentets brexitutvalg"), or a noun in
        the definite a place names ("universitetet i Osaka"), with "i PLACE" after it."""
        for token in doc[1:-2]:
            i = token.i
            named = after_name(doc, i, parts) and token.lower_ in self.prepositions_after_name
            if not (parts[i - 1] == "TITLE" and token.lower_ in self.org_prepositions or named) \
                    or parts[i] not in {"", "TITLE"}:
                continue
            found = self._body(doc, i, parts, self.prepositions_after_name if named else self.org_prepositions)
            if found is not None:
                first, end = found
                parts[i:first] = [""] * (first - i)
                parts[first:end] = ["ORG"] * (end - first)

    def _body(self, doc: Doc, i: int, parts: list[str], following: set[str]) -> tuple[int, int] | None:
        """(first, end) of the body named after the preposition at token ``i``, or None."""
        end = i + 1
        genitive = doc[end].text.endswith("s") and doc[end].text[:1].isupper() and parts[end] in {"", "ORG"}
        end += genitive
        first = i + 1 if genitive else past_modifiers(doc, end, parts)  # "i det australske luftfartstilsynet"
        end = max(end, first)
        if end + 2 < len(doc) and doc[end].text.endswith("-") and doc[end + 1].lower_ == self.and_word:
            end += 2  # "kultur- og ressursutvalet"
        found = self.organization_noun.match(doc[end].lower_) if end < len(doc) and lower_body(doc[end]) else None
        placed = _place_after(doc, end + 1, following)  # "i Hordaland" after the body
        named_by_place = placed and end < len(doc) and doc[end].lower_.startswith(self.place_named)  # "universitetet i Osaka"
        if found is None or not (genitive or found.group("definite") and (found.group("compound") or named_by_place)) \
                or parts[end] not in {"", "TITLE"}:
            return None  # "sentralstyremedlem i partiet": a bare noun refers back, it names nothing
        end += 1
        if first > i + 1 and end < len(doc) and doc[end].text[:1].isupper():
            return None  # "i ytre høyre-partiet Vox": the name after the noun is the organisation
        if end + 1 < len(doc) and doc[end].lower_ in following and doc[end + 1].text[:1].isupper():
            if not placed:
                return None  # "leder for klyngeavdelingen hos Smart Innovation Norway": a field
            end += 2  # "i Hordaland"
        return first, end


def _place_after(doc: Doc, i: int, prepositions: set[str]) -> bool:
    """A preposition of ``prepositions`` and a place at token ``i``: "i Hordaland" (not "til NTB")."""
    return i + 1 < len(doc) and doc[i].lower_ in prepositions and doc[i + 1].text[:1].isupper() \
        and doc[i + 1].ent_type_ in _PLACE_LABELS


def after_name(doc: Doc, i: int, parts: list[str]) -> bool:
    """True right after a name, or after a name and its party: "Kari Hansen (Ap) i"."""
    before = i - 1
    if before >= 3 and parts[before - 1] == "PARTY" and doc[before].text == ")":
        before -= 3
    return parts[before] == "NAME"


def past_modifiers(doc: Doc, i: int, parts: list[str]) -> int:
    """The index past a determiner and adjectives in lower case from token ``i`` (at most
    ``_MODIFIERS``), none playing a part: "det australske" before "luftfartstilsynet"."""
    end = i
    while end + 1 < len(doc) and end - i < _MODIFIERS and doc[end].is_lower and doc[end].pos_ in _MODIFIER_TAGS \
            and not parts[end]:
        end += 1
    return end


def lower_body(token: Token) -> bool:
    """A word in lower case, or a compound whose last part is ("Essex-politiet")."""
    return token.is_lower or "-" in token.text and token.text.rsplit("-", 1)[1].islower()
