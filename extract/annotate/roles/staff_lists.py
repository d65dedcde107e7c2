"""The people a board or staff list names, each with the organisation written after the name:

- a line of titles over lines of "NAME, ORG" ("Styreleder, prosjektleder" / "Kari Lie, Brekke AS";
  "Styremedlemmer:" / "Ola Dal, Fjordlaks" / "Per Vik, Havbruk Nord"): each name holds the first
  title (in the singular) until a line that is no such item;
- "TITLE: NAME, ORG; NAME, ORG" and "• TITLE: NAME – ORG." on one line;
- "NAME (TITLE[,] ORG)" and "NAME, (TITLE) ORG" in a list or caption, and "NAME, TITLE ORG" as an item of a list that
  semicolons part ("Kari Lie, daglig leder Brekke AS; Ola Dal, verkssjef Fjordlaks") or whose
  titles are capitalised ("Kari Lie, Seniorkonsulent Brekke AS, Ola Dal, Daglig Leder Fjordlaks"),
  the organisation straight after the title;
- a board that "består av" a list of names, each "fra ORG" or "(ORG)" ("Styret i Klyngen består av
  Kari Lie fra Brekke AS og Ola Dal fra Fjordlaks", "en styringsgruppe bestående av Kari Lie (Brekke
  AS), ..."): each a member (``roles.yaml``: ``member_bodies``).

Rows of these replace the rows other rules read from the same name with the same role and no
organisation ("Styremedlemmer: Kari Lie" as a caption's label)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...backbone.names import known_first_name
from ..lexicon import load
from ..titles import TitleLexicon
from .glued import _NAME_WORD
from .lists import _lines
from .rows import MarkedDoc, RowBuilder

RULE = "staff-list"
_SEPARATORS = frozenset({",", "–", "-"})
_MAX_ORG = 8  # tokens
_MAX_NAME = 4
_MAX_LABEL = 12  # tokens of a body's label line: "Dette er den nye styringsgruppen i Klyngen:"


class StaffLists:
    """Role rows of the lists of the module docstring."""

    def __init__(self, rows: RowBuilder, lexicon: TitleLexicon) -> None:
        roles = load("roles")
        self.rows, self.lexicon = rows, lexicon
        self.bodies = roles["member_bodies"]
        self.consists = [words.split() for words in roles["consists_of"]]
        self.group_prepositions = frozenset(roles["group_prepositions"])
        self.and_word = load("function_words")["and"]
        self.item_links = frozenset(roles["item_links"])
        self.suffixes = frozenset(load("organizations")["name_suffixes"])  # "Brekke Stål as"

    def rows_for(self, marked: MarkedDoc) -> list[dict]:
        return self._line_rows(marked) + self._member_rows(marked) + self._titled_rows(marked)

    def _titled_rows(self, marked: MarkedDoc) -> list[dict]:
        """Rows of "NAME, TITLE ORG;" and "NAME (TITLE[,] ORG)" items, the organisation written
        straight after the title (no preposition), up to the item's end."""
        doc, parts, found = marked.doc, marked.parts, []
        for token in doc[1:-2]:
            i = token.i
            if token.text not in {",", "("} or parts[i - 1] != "NAME":
                continue
            bracketed = token.text == "(" or doc[i + 1].text == "("
            first, end = _title_run(parts, i + 1 + (token.text == "," and bracketed), len(doc))
            if first is None or self.lexicon.role_base(doc[end - 1].text) is None or end >= len(doc):
                continue
            listed = doc[first].text[:1].isupper()  # "Kari Lie, Seniorkonsulent Brekke AS, Ola Dal, ..."
            if token.text == "," and bracketed and doc[end].text == ")":  # "Kari Lie, (observatør) Brekke AS"
                org = self._item_organization(doc, end + 1, False)
            else:
                org = self._item_organization(doc, end + (doc[end].text == ","), bracketed, listed)
            name_start = i - 1
            while name_start > 0 and parts[name_start - 1] == "NAME":
                name_start -= 1
            if org is not None and (bracketed or listed or _semicolon_item(doc, name_start, org.end)):
                found.append(self._row(marked, doc[first:end], doc[name_start:i], org))
        return found

    def _item_organization(self, doc: Doc, i: int, bracketed: bool, listed: bool = False) -> Span | None:
        """The organisation from token ``i`` to the end of its item: the closing bracket, or ";" or a
        full stop or the line's end outside one (or a comma after a ``listed`` item's capitalised title); capitalised words and ``item_links`` between them (in brackets
        any words), no first name the data knows opening it."""
        if i >= len(doc) or not doc[i].text[:1].isupper() or known_first_name(doc[i].text):
            return None
        end = i
        closers = {")"} if bracketed else {";", ".", ","} if listed else {";", "."}
        while end < len(doc) and end - i < _MAX_ORG and doc[end].text not in closers and doc[end].text != "(" \
                and (bracketed or doc[end].text[:1].isupper() or doc[end].lower_ in self.item_links
                     or doc[end].text.upper() in self.suffixes):
            end += 1
        closed = end < len(doc) and doc[end].text in closers or not bracketed and (
            end == len(doc) or "\n" in doc[end - 1].text_with_ws or "\n" in doc[end].text)
        return doc[i:end] if closed and end > i and doc[end - 1].lower_ not in self.item_links else None

    def _line_rows(self, marked: MarkedDoc) -> list[dict]:
        """Rows of the names listed under or after a line's titles, or under a body's label ("Styre:")."""
        found, title, role = [], None, None
        for line in _lines(marked.doc):
            label_end, label = self._label(marked, line)
            label_role = self.rows.role_of(label) if label is not None else None
            if label is None and (body := self._body_label(line)) is not None:
                label_end, label, label_role = line.end, *body
            if label is not None:
                title, role = label, label_role
            start = _after_bullet(line.doc, label_end, line.end)
            items = self._items(marked, line.doc[start:line.end]) if start < line.end else []
            if title is None or (label is None and not items):
                title = None
                continue
            found += [self._row(marked, title, name, org, role) for name, org in items]
            if label is not None and items and not self._plural(title):
                title = None  # "Styreleder: Kari Lie, Brekke AS": one person
        return found

    def _body_label(self, line: Span) -> tuple[Span, str] | None:
        """A line closed by a colon that names a body its members are listed under ("Styre:", "Valgkomite:",
        "Dette er den nye styringsgruppen i Klyngen:"): (the body's word, its members' role)."""
        if line[-1].text != ":" or len(line) > _MAX_LABEL:
            return None
        body = next((t for t in reversed(line) if t.lower_ in self.bodies), None)
        return (line.doc[body.i:body.i + 1], self.bodies[body.lower_]) if body is not None else None

    def _plural(self, title: Span) -> bool:
        """A plural title, or a body's label: more names may follow it."""
        base = self.lexicon.role_base(title[-1].text)
        return base is None or base[1]

    def _label(self, marked: MarkedDoc, line: Span) -> tuple[int, Span | None]:
        """Where the titles opening ``line`` end (after a colon) and the first of them: a line
        of titles alone or before a colon ("Styreleder, prosjektleder", "• Varamedlem:")."""
        parts, doc = marked.parts, line.doc
        first, end = _title_run(parts, _after_bullet(doc, line.start, line.end), line.end)
        if first is None or self.lexicon.role_base(doc[end - 1].text) is None:
            return line.start, None
        k = end
        while k + 1 < line.end and doc[k].text == "," and parts[k + 1] == "TITLE":
            k = _title_run(parts, k + 1, line.end)[1]
        if k < line.end and doc[k].text == ":":
            return k + 1, doc[first:end]
        return (line.end, doc[first:end]) if k == line.end else (line.start, None)

    def _items(self, marked: MarkedDoc, span: Span) -> list[tuple[Span, Span]]:
        """The "NAME, ORG" items of ``span`` separated by ";"; none unless all of it is such items."""
        doc, items, start = span.doc, [], span.start
        while start < span.end:
            stop = next((k for k in range(start, span.end) if doc[k].text == ";"), span.end)
            item = _item(marked, start, stop)
            if item is None:
                return []
            items.append(item)
            start = stop + 1
        return items

    def _member_rows(self, marked: MarkedDoc) -> list[dict]:
        """Rows of the names a board "består av", each a member of it."""
        doc, found = marked.doc, []
        for token in doc:
            role = self.bodies.get(token.lower_)
            if role is None:
                continue
            i = self._after_consists(doc, token.i + 1)
            if i is None:
                continue
            for name, org in self._members(marked, i):
                found.append(self._member_row(marked, token, role, name, org))
        return found

    def _after_consists(self, doc: Doc, i: int) -> int | None:
        """The token after "består av" following a body's name and its "i ORG" (up to six words)."""
        for k in range(i, min(i + 7, len(doc))):
            for words in self.consists:
                if [t.lower_ for t in doc[k:k + len(words)]] == words:
                    after = k + len(words)
                    return after + (after < len(doc) and doc[after].text in {":", ";"})  # "bestående av;"
            if doc[k].is_punct or doc[k].is_sent_start and k > i:
                return None
        return None

    def _members(self, marked: MarkedDoc, i: int) -> list[tuple[Span, Span | None]]:
        """The names listed from token ``i`` on, joined by commas and "og", each with the
        organisation after "fra" or in brackets that follows it."""
        doc, parts, members = marked.doc, marked.parts, []
        while i < len(doc) and parts[i] == "NAME":
            start = i
            while i < len(doc) and parts[i] == "NAME" and not (i > start and doc[i].is_sent_start):
                i += 1
            name, org = doc[start:i], None
            if i + 1 < len(doc) and doc[i].lower_ in self.group_prepositions:
                end = _capitalised_end(doc, i + 1, {",", self.and_word, ".", ";"})
                org, i = (doc[i + 1:end], end) if end > i + 1 else (None, i)
            elif i + 2 < len(doc) and doc[i].text == "(":  # "Kari Lie (Brekke AS)"
                end = _capitalised_end(doc, i + 1, {")", "(", ","})
                org, i = (doc[i + 1:end], end + 1) if end > i + 1 and end < len(doc) and doc[end].text == ")" \
                    else (None, i)
            members.append((name, org))
            if i < len(doc) and doc[i].lower_ in {",", self.and_word}:
                i += 1
            else:
                break
        return members if len(members) > 1 else []

    def _row(self, marked: MarkedDoc, title: Span, name: Span, org: Span, role: str | None = None) -> dict:
        row = self.rows.listed(marked, title, name, role or self.rows.role_of(title), org)
        return {**row, "rule": RULE, "organization_start": org.start_char, "organization_end": org.end_char}

    def _member_row(self, marked: MarkedDoc, body, role: str, name: Span, org: Span | None) -> dict:
        row = self.rows.listed(marked, body.doc[body.i:body.i + 1], name, role, org)
        if org is None:
            return {**row, "rule": RULE}
        return {**row, "rule": RULE, "organization_start": org.start_char, "organization_end": org.end_char}


def _semicolon_item(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` an item of a list that semicolons part: one follows or stands before it?"""
    return end < len(doc) and doc[end].text == ";" or start > 0 and doc[start - 1].text == ";"


def _after_bullet(doc: Doc, i: int, end: int) -> int:
    """The token after the bullets opening ``doc[i:end]`` ("•", "-", "*"); ``i`` when none opens it."""
    while i < end and doc[i].is_punct and doc[i].text not in {":", ","}:
        i += 1
    return i


def _title_run(parts: list[str], i: int, end: int) -> tuple[int | None, int]:
    """(start, end) of the run of TITLE tokens at ``i``; (None, i) when there is none."""
    k = i
    while k < end and parts[k] == "TITLE":
        k += 1
    return (i if k > i else None), k


def _item(marked: MarkedDoc, start: int, stop: int) -> tuple[Span, Span] | None:
    """(name, organisation) of "NAME, ORG" or "NAME – ORG" filling ``doc[start:stop]`` (a full stop
    may close it); None for anything else."""
    doc, parts = marked.doc, marked.parts
    end = start
    while end < stop and (parts[end] == "NAME" or _NAME_WORD.match(doc[end].text)) and end - start < _MAX_NAME:
        end += 1
    if end - start < 2 or end + 1 >= stop or doc[end].text not in _SEPARATORS \
            or not (parts[start] == "NAME" or known_first_name(doc[start].text)):
        return None
    org_end = stop - 1 if doc[stop - 1].text == "." else stop
    org_end = _before_note(doc, end + 1, org_end)
    org = doc[end + 1:org_end]
    if not 0 < len(org) <= _MAX_ORG or not (org[0].text[:1].isupper() or org[0].text[:1].isdigit()) \
            or any(parts[t.i] == "TITLE" or t.text in {",", "(", ")"} for t in org):
        return None
    return doc[start:end], org


def _before_note(doc: Doc, start: int, end: int) -> int:
    """Where an item's organisation ends before a note on the term ("Brekke AS, gjenvalgt for 2 år",
    "Brekke AS (1 år)"): a comma and a lower-case word or a number, or a bracket closing the item; else ``end``."""
    for k in range(start + 1, end - 1):
        if doc[k].text == "," and (doc[k + 1].is_lower or doc[k + 1].like_num) \
                or doc[k].text == "(" and doc[end - 1].text == ")" and doc[k + 1].like_num:
            return k
    return end


def _capitalised_end(doc: Doc, i: int, stops: set[str]) -> int:
    """Where the organisation's name at ``i`` ends: before a word of ``stops`` (at most _MAX_ORG
    words), if it opens with a capital; else ``i``."""
    if not doc[i].text[:1].isupper():
        return i
    end = i
    while end < len(doc) and end - i < _MAX_ORG and doc[end].lower_ not in stops and not doc[end].is_sent_start:
        end += 1
    return end


def with_staff_lists(rows: list[dict], staff: list[dict]) -> list[dict]:
    """``rows`` and the ``staff`` rows, less the rows read from the words of a staff row with no
    organisation (a caption label's "sekretær: Kari Lie" in "Administrativ leder, sekretær: Kari Lie,
    Brekke AS"; not "sier styreleder Kari Lie, CEO Brekke AS"), and those whose person is a listed
    organisation."""
    spans = {row["person_start"]: (row["start"], row["end"]) for row in staff if row["organization"] is not None}
    places = [(row["organization_start"], row["organization_end"]) for row in staff if "organization_start" in row]
    kept = [row for row in rows if not (row["organization"] is None and _inside(row, spans.get(row["person_start"])))
            and not (row["person_start"] is not None
                     and any(s <= row["person_start"] < e for s, e in places))]
    held = {(row["person_start"], row["role"], row["organization"]) for row in kept}
    return kept + [row for row in staff if (row["person_start"], row["role"], row["organization"]) not in held]


def _inside(row: dict, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= row["start"] and row["end"] <= span[1]
