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
        self.countries = frozenset(self.adjectives.values()) | frozenset(self.peoples.values())
        self.and_word = load("function_words")["and"]

    def fill(self, doc: Doc, rows: list[dict]) -> list[dict]:
        """``rows`` with the country of each office whose title a word of nationality qualifies, or a
        country's genitive before the office joined to it by "og" ("USAs handelsrepresentant A og
        finansminister B": B's too), or that the article says of the office without a name, where one
        named holder of it has no country ("President A ... den amerikanske presidenten")."""
        filled = [self._filled(doc, row) if row["organization"] is None and self._office(row["role"]) else row
                  for row in rows]
        filled = [self._joined_country(doc, row, filled) for row in filled]
        return self._unnamed_office_countries(doc, filled)

    def _joined_country(self, doc: Doc, row: dict, rows: list[dict]) -> dict:
        """The country of the office before "og" that a country's genitive gives, for an office after it."""
        title = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        if row["organization"] is not None or not self._office(row["role"]) or title is None or title.start < 2 \
                or doc[title.start - 1].lower_ != self.and_word:
            return row
        end = doc[title.start - 2].idx + len(doc[title.start - 2])
        before = next((r for r in rows if r["person_end"] == end and r["rule"] == "genitive-organization"
                       and r["organization"] in self.countries), None)
        return {**row, "organization": before["organization"]} if before is not None else row

    def _unnamed_office_countries(self, doc: Doc, rows: list[dict]) -> list[dict]:
        """Each office the article names with a nationality adjective and no name ("den amerikanske
        presidenten"), given to the one named holder of that office whose row has no country."""
        named = {t.i for row in rows for t in (doc.char_span(row["start"], row["end"], alignment_mode="expand") or [])}
        unnamed = {}
        for token in doc:
            country = self._qualifier(token) if token.i not in named and token.pos_ == "NOUN" else None
            if country is not None and self._office(token.lemma_.lower()):
                unnamed.setdefault(token.lemma_.lower(), set()).add(country)
        for role, countries in unnamed.items():
            holders = [i for i, row in enumerate(rows) if row["role"] == role and row["person"]
                       and row["organization"] is None]
            if len(countries) == 1 and len({rows[i]["person"] for i in holders}) == 1:
                for i in holders:
                    rows[i] = {**rows[i], "organization": next(iter(countries))}
        return rows

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
