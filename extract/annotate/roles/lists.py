"""The people a caption lists after a plural title: "De fire borgerlige partilederne i
partilederrunden. Fra venstre Erna Solberg (H), Siv Jensen (Frp) og Trine Skei Grande (V)"
gives each of them the title, and a party role the party in parentheses. An organisation after
"fra" opens a group of the list: "fra Olje- og energidepartementet A (seniorrådgiver), B
(underdirektør) og C (Klyngen)" gives A's and B's titles the ministry (C names their own). A line that holds a name and a title
alone ("Kari Lie daglig leder" on a slide or in a list of contacts) is read in ``cells.py``."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import load
from ..titles import TitleLexicon
from .rows import MarkedDoc, RowBuilder


class CaptionLists:
    """Role rows for the names listed after "Fra venstre" under a plural title."""

    def __init__(self, rows: RowBuilder, lexicon: TitleLexicon) -> None:
        roles = load("roles")
        self.rows, self.lexicon = rows, lexicon
        self.openers = [opener.split() for opener in roles["list_openers"]]
        self.first_words = frozenset(words[0] for words in self.openers)
        self.party_roles = frozenset(roles["party_roles"])
        self.joins = {",", load("function_words")["and"]}
        self.group_prepositions = frozenset(roles["group_prepositions"])

    def rows_for(self, marked: MarkedDoc) -> list[dict]:
        doc, found = marked.doc, []
        for token in doc[1:]:
            if token.lower_ not in self.first_words or not token.is_sent_start:
                continue
            end = self._opener_end(doc, token.i)
            if end is None:
                continue
            title = self._plural_title(marked, doc[token.i - 1].sent)
            if title is None:
                continue
            role = self.rows.role_of(title)
            for name, party in self._names(marked, end):
                org = party if role in self.party_roles else None
                found.append(self.rows.listed(marked, title, name, role, org))
        return found

    def _opener_end(self, doc: Doc, i: int) -> int | None:
        for words in self.openers:
            if [t.lower_ for t in doc[i:i + len(words)]] == words:
                end = i + len(words)
                return end + 1 if end < len(doc) and doc[end].text == ":" else end
        return None

    def _plural_title(self, marked: MarkedDoc, sent: Span) -> Span | None:
        """The one plural title of ``sent`` (with the title words before it) and no name after it."""
        parts = marked.parts
        titles = [t for t in sent if parts[t.i] == "TITLE" and (base := self.lexicon.role_base(t.text)) and base[1]]
        if len(titles) != 1 or any(parts[t.i] == "NAME" for t in sent):
            return None
        start = titles[0].i
        while start > sent.start and parts[start - 1] == "TITLE":
            start -= 1
        return marked.doc[start:titles[0].i + 1]

    def _names(self, marked: MarkedDoc, i: int) -> list[tuple[Span, Span | None]]:
        """The names from token ``i`` on, each with the party in parentheses after it."""
        doc, parts, names = marked.doc, marked.parts, []
        while i < len(doc) and parts[i] == "NAME":
            start = i
            while i < len(doc) and parts[i] == "NAME":
                i += 1
            name, party = doc[start:i], None
            if i + 2 < len(doc) and doc[i].text == "(" and parts[i + 1] == "PARTY" and doc[i + 2].text == ")":
                party, i = doc[i + 1:i + 2], i + 3
            names.append((name, party))
            if i < len(doc) and doc[i].lower_ in self.joins:
                i += 1
        return names

    def with_group_organizations(self, marked: MarkedDoc, rows: list[dict]) -> list[dict]:
        """``rows`` with the organisation of their group given to a listed "NAME (TITLE)" that has none."""
        doc = marked.doc
        for row in rows:
            if row["organization"] is None and row["person"] is not None:
                person = doc.char_span(row["person_start"], row["person_end"], alignment_mode="expand")
                group = self._group(marked, person.start) if person is not None else None
                row["organization"] = group.text if group is not None else None
        return rows

    def _group(self, marked: MarkedDoc, name: int) -> Span | None:
        """The organisation after "fra" right before the name starting at token ``name``, or before
        the names listed ahead of it whose parentheses hold a title."""
        doc, parts = marked.doc, marked.parts
        k = name - 1
        while k >= 1 and doc[k].lower_ in self.joins and doc[k - 1].text == ")":
            close = k - 1
            open_ = next((j for j in range(close - 1, max(close - 8, 0), -1) if doc[j].text == "("), None)
            if open_ is None or parts[open_ + 1] != "TITLE" or parts[open_ - 1] != "NAME":
                return None  # the item before names its own organisation: "C (Klyngen)"
            k = open_ - 1
            while k > 0 and parts[k] == "NAME":
                k -= 1
        end = k + 1
        while k >= 0 and parts[k] == "ORG":
            k -= 1
        return doc[k + 1:end] if k + 1 < end and k >= 0 and doc[k].lower_ in self.group_prepositions else None


def _lines(doc: Doc) -> list[Span]:
    """The lines of ``doc`` as spans of their tokens, line breaks and spaces left out."""
    lines, start = [], 0
    for token in doc:
        if token.is_space:
            if token.i > start:
                lines.append(doc[start:token.i])
            start = token.i + 1
        elif "\n" in token.whitespace_:
            lines.append(doc[start:token.i + 1])
            start = token.i + 1
    if start < len(doc):
        lines.append(doc[start:])
    return lines
