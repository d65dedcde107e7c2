"""The state an office with no organisation stated belongs to, told by a word of nationality
beside its title (``data/nations.yaml``): an adjective the parse hangs on the title ("argentinsk
landslagssjef", "den amerikanske presidenten") or on the body it holds the office in ("forsvarsminister
i den tyske regjeringen"), or a people's genitive before it ("britenes nye statsminister")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import load

_MODIFIER_TAGS = frozenset({"ADJ"})
_OWNER_DEPS = frozenset({"DET", "poss", "nmod:poss"})  # a genitive before its noun


class NationalOffices:
    """Fills in the country of a state's office from the words beside its title."""

    def __init__(self) -> None:
        data = load("nations")
        self.adjectives = {lemma: country for country, lemmas in data["adjectives"].items() for lemma in lemmas}
        self.peoples = {lemma: country for country, lemmas in data["peoples"].items() for lemma in lemmas}
        self.offices = frozenset(data["offices"])
        self.office_ends = tuple(data["office_ends"])
        self.bodies = frozenset(load("roles")["organization_nouns"])  # "regjering", "parlament"

    def fill(self, doc: Doc, rows: list[dict]) -> list[dict]:
        """``rows`` with the country of each office whose title a word of nationality qualifies."""
        return [self._filled(doc, row) if row["organization"] is None and self._office(row["role"]) else row
                for row in rows]

    def _office(self, role: str) -> bool:
        return role in self.offices or role.endswith(self.office_ends) and " " not in role

    def _filled(self, doc: Doc, row: dict) -> dict:
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        titles = [t for t in span if t._.role_part == "TITLE"] if span is not None else []
        country = next((c for c in map(self._country, titles) if c is not None), None)
        return {**row, "organization": country} if country is not None else row

    def _country(self, title: Token) -> str | None:
        """The country an adjective the parse hangs on ``title`` names ("argentinsk landslagssjef"),
        or a people's genitive that owns it ("britenes nye statsminister"), or an adjective on the
        body its preposition names ("forsvarsminister i den tyske regjeringen")."""
        return self._qualifier(title) or next(
            (self._qualifier(body) for prep in title.rights if prep.pos_ == "ADP"
             for body in prep.rights if body.lemma_.lower() in self.bodies), None)

    def _qualifier(self, title: Token) -> str | None:
        """The country a nationality adjective or a people's genitive before ``title`` names."""
        for child in title.lefts:
            lemma = child.lemma_.lower()
            if child.pos_ in _MODIFIER_TAGS and lemma in self.adjectives:
                return self.adjectives[lemma]
            if child.pos_ == "NOUN" and child.dep_ in _OWNER_DEPS and lemma in self.peoples:
                return self.peoples[lemma]
        return None
