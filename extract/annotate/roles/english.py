"""Roles written in English, read over the words and not over the model's entities, which a
Norwegian model gets wrong in English text (``data/english_roles.yaml``):

- NAME, TITLE [of|at|in|for ORG]: "Kari Lie, Business Manager at Nordby Municipality",
  "Kari Lie, Head of Research at Nordby Municipality" (the title's own "of X" kept);
- NAME (TITLE[, ORG]): "Kari Lie (CEO, GCE Ocean)";
- TITLE [of ORG], NAME: "the head of NCE Grid, Kari Lie", "says Managing Director, Kari Lie";
- NAME has been appointed as [new] TITLE [for ORG], NAME is the TITLE of ORG;
- NAME TITLE [ORG] filling a line from the name on, the title capitalised: a slide's or a contact's cell.

A name is two to four capitalised words, one of them a first name the data knows or a person
the model found. A title is up to five words, capitalised or known modifiers, one of them a
title head ("Business Developer", "senior adviser", "CEO").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...backbone.names import known_first_name
from ..lexicon import load

_NAME_WORD = re.compile(r"^(?:[A-ZÆØÅÉ][a-zæøåäöüéèáíóúñçšž'’]+(?:-[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšž'’]+)*|[A-ZÆØÅ]\.)$")
_CLOSERS = {",", ".", ")", ";", ":", "!", "?"}
_MAX_NAME, _MAX_TITLE, _MAX_ORG, _MAX_BEFORE_COMMA = 4, 5, 8, 12
RULE = "english-apposition"


class EnglishRoles:
    """Role rows of the English forms of the module docstring."""

    def __init__(self) -> None:
        data = load("english_roles")
        self.language = data["language"]
        self.heads = set(data["title_heads"])
        self.modifiers = set(data["title_modifiers"])
        self.openers = set(data["title_openers"])
        self.org_prepositions = set(data["org_prepositions"])
        self.field_ends = set(data["field_ends"])
        self.links = set(data["organization_links"])
        self.auxiliaries = set(data["auxiliaries"])
        self.appointed = set(data["appointed"])
        self.as_words = set(data["as_words"])
        self.copulas = set(data["copulas"])
        self.and_words = set(data["and_words"])
        self.portfolio_heads = set(data["portfolio_heads"])
        self.unit_prepositions = set(data["unit_prepositions"])
        self.unit_nouns = set(data["unit_nouns"])

    def rows_for(self, doc: Doc) -> list[dict]:
        """The rows of ``doc``'s English roles (none in a Norwegian text), a name's own title
        before a title that names the next one."""
        if doc._.language != self.language:
            return []
        names = self._names(doc)
        rows, claimed = [], set()
        for number, (start, end) in enumerate(names):
            found = self._after_name(doc, end) or self._cell(doc, start, end)
            if found is not None:
                rows.append(_row(doc, start, end, *found))
                claimed.add(found[0])
                rows += [_row(doc, *name, *found) for name in self._coordinated_before(doc, names[:number], start, found[0])]
        for start, end in names:
            title = self._portfolio_before(doc, start)
            if title is not None:
                rows.append(_row(doc, start, end, title, " ".join(t.lower_ for t in doc[title:start]), None, end))
        starts = {start: end for start, end in names}
        for token in doc[:-1]:
            if token.text == "," and token.i + 1 in starts:
                found = self._before_comma(doc, token.i, claimed)
                if found is not None:
                    rows.append(_row(doc, token.i + 1, starts[token.i + 1], *found))
        return rows

    def _names(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of the people's names: runs of capitalised words from the first one
        that is a known first name or the model's person, two to four words."""
        found, i = [], 0
        while i < len(doc):
            end = i
            while end < len(doc) and _NAME_WORD.match(doc[end].text) and (end == i or not _breaks(doc, end)):
                end += 1
            first = next((k for k in range(i, end) if doc[k].lower_ not in self.heads | self.modifiers
                          and (known_first_name(doc[k].text) or doc[k].ent_type_ == "PER")), None)
            # a capitalised title run on after the name ends it: "Kari Lie Project Officer" on a slide
            stop = next((k for k in range(first, end) if doc[k].lower_ in self.heads | self.modifiers), end) \
                if first is not None else end
            if first is not None and 2 <= min(stop, first + _MAX_NAME) - first \
                    and not any(t.lower_ in self.heads for t in doc[first:stop]):
                found.append((first, min(stop, first + _MAX_NAME)))
            i = max(end, i + 1)
        return found

    def _coordinated_before(self, doc: Doc, names: list[tuple[int, int]], start: int, title: int) -> list[tuple]:
        """The names joined by "and" to the name at ``start`` whose title after it is plural ("A and
        B, students at X"): each holds it."""
        if not self._plural(doc, title):
            return []
        before = [name for name in names if name[1] + 1 == start and doc[name[1]].lower_ in self.and_words]
        return before

    def _plural(self, doc: Doc, i: int) -> bool:
        """Is the title starting at token ``i`` plural (its last head in the plural)?"""
        end = i
        while end < len(doc) and end - i < _MAX_TITLE and self._title_word(doc[end]):
            end += 1
        heads = [k for k in range(i, end) if self._head(doc[k])]
        return bool(heads) and doc[heads[-1]].lower_ not in self.heads

    def _after_name(self, doc: Doc, i: int) -> tuple | None:
        """(title start, role, organisation, end) of a title after the name ending at ``i``."""
        if i >= len(doc) or _breaks(doc, i):
            return None
        if doc[i].text == "(":
            found = self._title(doc, i + 1, bracketed=True)
            return found if found is not None and found[-1] < len(doc) and doc[found[-1]].text == ")" else None
        if doc[i].text == ",":
            found = self._title(doc, i + 1)
            return found if found is not None and _closed(doc, found[-1]) else None
        j = i
        while j < len(doc) and doc[j].lower_ in self.auxiliaries:
            j += 1
        if j < len(doc) and doc[j].lower_ in self.appointed:
            j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ in self.as_words)
        elif not (j == i + 1 and doc[i].lower_ in self.copulas and j < len(doc) and doc[j].lower_ in self.openers):
            return None
        found = self._title(doc, j)
        return found if found is not None and _closed(doc, found[-1]) else None

    def _cell(self, doc: Doc, start: int, end: int) -> tuple | None:
        """(title start, role, organisation, end) of a capitalised title straight after a name that opens a
        line or a sentence, the title (and an organisation after it) filling the rest of the line: a slide's or
        a contact block's cell ("Kari Lie Project Officer Nordby Municipality")."""
        if end >= len(doc) or _breaks(doc, end) or not doc[end].text[:1].isupper() \
                or not (start == 0 or _breaks(doc, start) or doc[start - 1].text in {".", "|"}):
            return None
        found = self._title(doc, end)
        if found is None or _line_end(doc, found[-1]):
            return found
        org = self._organization(doc, found[-1]) if found[2] is None else None  # the model's person or not
        return (found[0], found[1], doc[org[0]:org[1]].text, org[1]) if org and _line_end(doc, org[1]) else None

    def _portfolio_before(self, doc: Doc, start: int) -> int | None:
        """Where "Minister of Trade and Industry" starts right before the name at ``start``: a
        portfolio head, "of" and capitalised words joined by "and" up to the name."""
        k = start - 1
        while k > 1 and not _breaks(doc, k + 1) and (doc[k].text[:1].isupper() or doc[k].lower_ in self.and_words):
            k -= 1
        if k == start - 1 or doc[k].lower_ != "of" or not doc[k + 1].text[:1].isupper() \
                or doc[k - 1].lower_ not in self.portfolio_heads or _breaks(doc, k):
            return None
        return k - 1

    def _before_comma(self, doc: Doc, comma: int, claimed: set[int]) -> tuple | None:
        """(title start, role, organisation, end) of a title that ends at ``comma``, from
        the leftmost word it can start at that no other title holds."""
        for start in range(max(0, comma - _MAX_BEFORE_COMMA), comma):
            if any(start <= c < comma for c in claimed) or _breaks_between(doc, start, comma):
                continue
            before = doc[start - 1] if start else None
            if before is not None and (before.text[:1].isupper() or before.lower_ in self.openers):
                continue  # the title starts at the first word of its phrase
            found = self._title(doc, start, before_name=True)
            if found is not None and found[-1] == comma:
                return found
        return None

    def _title(self, doc: Doc, i: int, bracketed: bool = False, before_name: bool = False) -> tuple | None:
        """(title start, role, organisation, end) of the title starting at token ``i``: its
        words, then "of X at ORG" (X part of the role), PREP ORG or ", ORG" closing a bracket
        or a line (not ``before_name``: "says Managing Director, Kari Lie"); capitalised words
        before a lower-case title are its organisation ("Research Council director")."""
        while i < len(doc) and doc[i].lower_ in self.openers:
            i += 1
        end = i
        while end < len(doc) and end - i < _MAX_TITLE and not _breaks(doc, end) and self._title_word(doc[end]):
            end += 1
        heads = [k for k in range(i, end) if self._head(doc[k])]
        if not heads:
            return None
        end = end if bracketed else self._unit_end(doc, heads[-1] + 1)
        plural = doc[heads[-1]].lower_ not in self.heads
        owner = next((k for k in range(i, end) if doc[k].is_lower), end)
        if i < owner < end and not bracketed:  # "Research Council director general"
            return i, " ".join(t.lower_ for t in doc[owner:end]), doc[i:owner].text, end
        role = " ".join(t.lower_ for t in doc[i:end])
        role = role[:-1] if plural and end == heads[-1] + 1 else role  # "students at X": each a student
        if end < len(doc) and doc[end].text == "," and not before_name:  # the name follows a title before it
            org = self._organization(doc, end + 1)
            closing = org is not None and (org[1] == len(doc) or _breaks(doc, org[1]) or doc[org[1]].text == ")")
            return (i, role, doc[org[0]:org[1]].text, org[1]) if closing else (None if bracketed else (i, role, None, end))
        if not before_name and (straight := self._straight_organization(doc, end)) is not None:
            return i, role, doc[straight[0]:straight[1]].text, straight[1]  # "Kari Lie, CEO Brekke Marine"
        if end >= len(doc) or doc[end].lower_ not in self.org_prepositions or _breaks(doc, end):
            return i, role, None, end
        field = self._field(doc, end) if doc[end].lower_ == "of" else None
        if field is not None:
            org = self._organization(doc, field + 1)
            return i, " ".join(t.lower_ for t in doc[i:field]), doc[org[0]:org[1]].text, org[1]
        org = self._organization(doc, end + 1)
        return (i, role, doc[org[0]:org[1]].text, org[1]) if org else (i, role, None, end)

    def _unit_end(self, doc: Doc, i: int) -> int:
        """Where a unit written after the title's head ends ("director Cloud & Data at Softline": the
        unit is part of the role): capitalised words and the links between them up to "at/in ORG";
        ``i`` where no such unit stands."""
        end = i
        while end < len(doc) and end - i < _MAX_TITLE and not _breaks(doc, end) and (
                doc[end].text[:1].isupper() and not known_first_name(doc[end].text) and doc[end].ent_type_ != "PER"
                or end > i and doc[end].lower_ in self.links and doc[end].lower_ != "of"):
            end += 1
        if end == i or doc[end - 1].lower_ in self.links or end >= len(doc) \
                or doc[end].lower_ not in self.unit_prepositions or self._organization(doc, end + 1) is None:
            return i
        return end

    def _straight_organization(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """(start, end) of an organisation written straight after a title, with nothing between
        ("Kari Lie, CEO Brekke Marine, ..."): capitalised words from ``i``, no first name the data
        knows opening them, up to a comma, a stop, a bracket or the line's end."""
        if i >= len(doc) or _breaks(doc, i) or not doc[i].text[:1].isupper() or known_first_name(doc[i].text) \
                or doc[i].ent_type_ == "PER":
            return None
        org = self._organization(doc, i)
        return org if org is not None and (org[1] == len(doc) or _breaks(doc, org[1])
                                           or doc[org[1]].text in _CLOSERS) else None

    def _field(self, doc: Doc, of: int) -> int | None:
        """Where the field of "TITLE of FIELD at ORG" ends ("Head of wind energy at Innovation
        Norway"): at a word of ``field_ends`` a few words on, an organisation after it. After "of
        the" only a unit is a field ("head of the Robotics department at X"); else the words are
        an organisation ("the head of the Cluster for Applied AI")."""
        unit = doc[of + 1].lower_ in self.openers
        for k in range(of + 2, min(of + 3 + _MAX_ORG if unit else of + 2 + _MAX_TITLE, len(doc) - 1)):
            if not doc[k - 1].is_alpha or _breaks(doc, k):
                return None
            if doc[k].lower_ in self.field_ends and self._organization(doc, k + 1) is not None:
                return k if not unit or doc[k - 1].lower_ in self.unit_nouns else None
        return None

    def _head(self, token) -> bool:
        """A title head, or its plural ("students", "Business Managers")."""
        return token.lower_ in self.heads or token.lower_.endswith("s") and token.lower_[:-1] in self.heads

    def _title_word(self, token) -> bool:
        text = token.text
        return (self._head(token) or token.lower_ in self.modifiers
                or (text[:1].isupper() and not known_first_name(text) and token.ent_type_ != "PER"
                    and any(c.isalpha() for c in text)))

    def _organization(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """(start, end) of the organisation's name at token ``i``: capitalised words and the small
        words between them ("Chamber of Commerce and Industry"), "the" before it left out."""
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        end = i
        while end < len(doc) and end - i < _MAX_ORG and not _breaks(doc, end):
            text = doc[end].text
            if text[:1].isupper() or text[:1].isdigit():
                end += 1
            elif doc[end].lower_ in self.links and end > i and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
                end += 1
            elif text in {"’s", "'s", "-"} and end > i:
                end += 1
            else:
                break
        return (i, end) if end > i else None


def _breaks(doc: Doc, i: int) -> bool:
    """Token ``i`` starts a new line."""
    return i > 0 and "\n" in doc[i - 1].text_with_ws


def _line_end(doc: Doc, i: int) -> bool:
    """Token ``i`` is past the end of its line: the text's end, a line break, or the new line it starts."""
    return i >= len(doc) or doc[i].is_space or _breaks(doc, i)


def _breaks_between(doc: Doc, start: int, end: int) -> bool:
    return any(_breaks(doc, k) for k in range(start + 1, end + 1))


def _closed(doc: Doc, i: int) -> bool:
    """What follows a title after a name closes it: the end, a line break, a stop, "and", a
    lower-case word ("... was keen", "... addressing")."""
    return i >= len(doc) or _breaks(doc, i) or doc[i].text in _CLOSERS or doc[i].is_lower


def _row(doc: Doc, start: int, end: int, title_start: int, role: str, organization: str | None, stop: int) -> dict:
    person = doc[start:end]
    first, last = min(start, title_start), max(end, stop)
    return {
        "person": person.text, "role": role, "organization": organization, "former": False,
        "start": doc[first].idx, "end": doc[last - 1].idx + len(doc[last - 1]), "rule": RULE,
        "person_source": "ner" if any(t.ent_type_ == "PER" for t in person) else "rule",
        "person_start": person.start_char, "person_end": person.end_char,
    }
