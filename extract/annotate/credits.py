"""Photo and text credits in captions and bylines, read over tokens.

A credit is a cue and a colon ("Foto:", "FOTO: Arkivfoto:", "Illustrasjon:", "Av:")
followed by parts separated by "/" or ",": each part is an outlet or agency
(``data/names.yaml``), a known organisation, or a person's name, in either order of first and last name
("Foto: Pedersen, Terje / NTB scanpix" is Terje Pedersen); a credited name ends before a
word in capitals or a name the article writes on its own elsewhere. Without a cue, a name
that opens a caption line and is followed by "/ AGENCY" is a photographer too
("JEREMY LEE / Reuters", "Jens Meyer, AP / NTB scanpix"). Names in capitals are
written as names ("KIM HONG-JI" -> "Kim Hong-Ji").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..backbone.names import known_first_name
from .extensions import doc_text
from .lexicon import load
from .organizations import Organizations, organization_body, organization_name
from .titles import TitleLexicon

_NAME_PART = re.compile(r"^(?:[A-ZÆØÅ][\wæøåÆØÅäöüéèáíóúñ'’]*(?:-[A-ZÆØÅa-zæøå][\wæøåäöüéèáíóúñ]*)*|(?:[A-ZÆØÅ]\.)+)$")
_BOUNDARY = {".", "!", "?", ")", ":", "–", "-", "»"}
_MAX_NAME = 4
_DASHES = {"-", "–"}
_SENTENCE_ENDS = {".", "!", "?", "»"}
_MARKS = _DASHES | {"/", ","}  # what a credit's name stands next to, its cue aside


class CreditReader:
    """Credits in a Doc as role rows (see the module docstring)."""

    def __init__(self, titles: TitleLexicon) -> None:
        self.titles = titles
        roles = load("roles")
        self.cues = {k.lower(): v for k, v in roles["credits"].items()}
        self.photographer = roles["credit_without_cue"]
        self.byline_role = roles["byline_role"]
        self.particles = frozenset(load("names")["particles"])
        self.separators = {"/", load("function_words")["and"], "&"}  # "Kari Hansen og Ola Nordmann / NTB"
        self.links = set(roles["acronym_links"])  # small words inside a name: "Høgskolen i Molde"
        outlets = load("names")["outlets"]
        self.outlets: dict[str, list[tuple[str, ...]]] = {}  # by first word, longest first
        for words in sorted({tuple(o.lower().split()) for o in outlets}, key=len, reverse=True):
            self.outlets.setdefault(words[0], []).append(words)
        self.last_words: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted({w for ws in self.outlets.values() for w in ws}, key=len, reverse=True):
            self.last_words.setdefault(words[-1], []).append(words)

    def read(self, doc: Doc, organizations: Organizations) -> list[dict]:
        """Role rows of the credits in ``doc``; ``organizations`` are its organisations."""
        text = doc_text(doc)
        marked = ":" in text or "/" in text or "," in text or any(f" {dash} " in text for dash in _DASHES)
        found: dict[int, dict] = {}
        for token in doc[:-1] if marked else []:  # no cue, slash, comma or dash: no marked credit
            if token.text not in _MARKS and token.lower_ not in self.cues:
                continue  # most words: no cue, dash, slash or comma
            if token.lower_ in self.cues and token.nbor(1).text == ":":
                role, i = self._cues(doc, token.i)
                parts = self._parts(doc, i, organizations)
                for start, end, canonical in parts:
                    row = found.setdefault(start, self._row(doc, token.i, start, end, canonical, role))
                    if end == parts[-1][1]:  # the last name's: "Foto: A, B/Klyngen" is B's
                        row["organization"] = row["organization"] or _organization_after(doc, end, self.links)
            elif token.text in _DASHES and token.i > 0 and self._byline_outlet(doc, token.i):
                for start, end, canonical in self._byline(doc, token.i + 1, organizations):
                    found.setdefault(start, self._row(doc, start, start, end, canonical, self.byline_role))
            elif token.text == "/" and self._outlet_end(doc, token.i + 1) or token.text == "," \
                    and _ends_line(doc, self._outlet_end(doc, token.i + 1)):  # "Kari Lie, NTB scanpix" alone
                name = self._name_before(doc, token.i)
                if name:
                    found.setdefault(name[0], self._cued_row(doc, *name, token.i + 1))
        for start, end, canonical in self._bare_names(doc, organizations):
            found.setdefault(start, self._row(doc, start, start, end, canonical, self.photographer))
        return list(found.values())

    def _bare_names(self, doc: Doc, organizations: Organizations) -> list[tuple[int, int, str]]:
        """Credits with no cue and no agency: a person's name that fills a line of its own, or
        ends a caption's line after its last sentence ("Kari Lie i mål. Ola Berg"), the article
        writing its last word nowhere else and no credit in the line before."""
        found = []
        if len(doc) < 3 or not any(end in doc_text(doc)[:doc[-2].idx] for end in _SENTENCE_ENDS):
            return found  # no sentence ends before the last two words: no name after one
        for token in doc[1:]:
            if token.is_space or not _after_sentence(doc, token.i):
                continue
            end = self._name_end(doc, token.i)
            if end - token.i < 2 or _credited_line_before(doc, token.i, self.cues):
                continue  # most sentences open with no name: the line before is not read for them
            name = doc[token.i:end]
            if end - token.i < 2 or not _ends_line(doc, end) or _titled_line(doc, end) or organizations.at(token.i, end) is not None \
                    or organization_name([t.text for t in name]) or name.text.isupper() \
                    or not self._person_name(name) \
                    or len(re.findall(rf"\b{re.escape(name[-1].text)}\b", doc_text(doc))) > 1:
                continue
            found.append((token.i, end, _as_name(name)))
        return found

    def _cued_row(self, doc: Doc, start: int, end: int, canonical: str, outlet: int) -> dict:
        """The row of a name before "/ OUTLET": a photographer's, or with a cue word and no colon
        before it, the cue's role and the outlet after the slash ("Av Kari Hansen/FriFagbevegelse
        og NTB": a journalist of FriFagbevegelse)."""
        cue = doc[start].lower_
        if cue not in self.cues or end - start < 3:
            return self._row(doc, start, start, end, canonical, self.photographer)
        row = self._row(doc, start, start + 1, end, canonical.split(" ", 1)[1], self.cues[cue])
        row["organization"] = doc[outlet:self._outlet_end(doc, outlet)].text
        return row

    def _byline_outlet(self, doc: Doc, dash: int) -> bool:
        """An agency opening its line before the dash: "NTB - Kari Hansen og Ola Nordmann"."""
        start = self._outlet_ending_at(doc, dash)
        return start is not None and _opens_line(doc, start)

    def _byline(self, doc: Doc, i: int, organizations: Organizations) -> list[tuple[int, int, str]]:
        """The names after an agency and a dash, when they fill the rest of the line."""
        names = self._parts(doc, i, organizations)
        end = names[-1][1] if names else i
        return names if names and (end == len(doc) or "\n" in doc[end - 1].text_with_ws or doc[end].is_space) else []

    def _cues(self, doc: Doc, i: int) -> tuple[str, int]:
        """The role of the last cue in a row of cues ("FOTO: Illustrasjon:") and where the parts start."""
        role = self.cues[doc[i].lower_]
        i += 2
        while i + 1 < len(doc) and doc[i].lower_ in self.cues and doc[i + 1].text == ":":
            role = self.cues[doc[i].lower_]
            i += 2
        return role, i

    def _parts(self, doc: Doc, i: int, organizations: Organizations) -> list[tuple[int, int, str]]:
        names = []
        while i < len(doc):
            outlet_end = self._outlet_end(doc, i)
            if outlet_end:
                i = outlet_end
            else:
                name = self._name_at(doc, i, organizations)
                if name is None or names and names[-1][1] == i - 1 and (
                        doc[i:name[1]].text.isupper() or not _reads_as_person(doc[i:name[1]], doc[i - 1].text)):
                    break  # after a name and a slash or comma, capitals or a name that is no person's are
                    # its organisation: "Thor Nielsen / NTNU AMOS", "Kari Lie/Velmo Sparebank"
                names.append(name)
                i = name[1]
            if i < len(doc) - 1 and (doc[i].text in self.separators or doc[i].text == "," and (
                    self._outlet_end(doc, i + 1) or self._name_end(doc, i + 1) - i > 2)):
                i += 1  # "Foto: Kari Hansen og Ola Nordmann / NTB", "Foto: A, B / NTB"
                continue
            break
        return names

    def _name_at(self, doc: Doc, i: int, organizations: Organizations) -> tuple[int, int, str] | None:
        """(start, end, name) of a credited name starting at token ``i``, either order."""
        end = self._name_end(doc, i)
        known = organizations.at(i, end)
        upto = end + 1 if end < len(doc) and not self._caption_opens(doc, end) else end  # not "Politiet i ..."
        if organization_name([t.text for t in doc[i:min(upto, len(doc))]]) or _organization_words(doc[i:end]):
            return None  # "Foto: Norges Volleyballforbund"
        if end - i == 1 and known_first_name(doc[i].text) and end + 1 < len(doc) and doc[end].is_lower \
                and doc[end].is_alpha and _closes_credit(doc, end + 1):
            return i, end + 1, doc[i:end + 1].text  # a surname written in lower case: "(Foto: Kari lund)"
        if end - i >= 2 and not (known is not None and known.end == end):
            return i, end, _as_name(doc[i:end])
        if end - i == 1 and end + 1 < len(doc) and doc[end].text == ",":
            first_end = self._name_end(doc, end + 1)
            if first_end > end + 1:
                return i, first_end, f"{_as_name(doc[end + 1:first_end])} {_as_name(doc[i:end])}"
        return None

    def _name_end(self, doc: Doc, i: int) -> int:
        end = i
        while end < len(doc) and end - i < _MAX_NAME + 2 and (self._name_word(doc[end]) or self._particle(doc, i, end)) \
                and not (end - i >= 2 and (self._caption_opens(doc, end) or _next_name(doc, i, end))):
            end += 1
            if "\n" in doc[end - 1].text_with_ws or doc[end - 1].text.endswith("/"):
                break  # "Foto: Francisco Seco/ AP Photo": the slash the tokenizer left on the name ends it
        return end

    @staticmethod
    def _person_name(name: Span) -> bool:
        """Is ``name`` a person's by evidence: no entity of another kind on it, and a first name the
        data knows or the model's PER (not capitalised words alone: "Future Business Models")?"""
        labels = {t.ent_type_ for t in name} - {""}
        return not labels - {"PER"} and (known_first_name(name[0].text) or "PER" in labels)

    def _particle_after_name(self, doc: Doc, i: int) -> bool:
        """Is token ``i`` a particle, a name word before it and its particles ("Jan van der")?"""
        while i > 0 and doc[i].text in self.particles:
            i -= 1
        return i < len(doc) - 1 and doc[i + 1].text in self.particles and self._name_word(doc[i])

    def _particle(self, doc: Doc, start: int, i: int) -> bool:
        """A particle inside a name, a name word after it: "Geoffroy van der Hasselt"."""
        end = i
        while end < len(doc) and doc[end].text in self.particles:
            end += 1
        return i > start and end > i and end < len(doc) and self._name_word(doc[end])

    def _caption_opens(self, doc: Doc, i: int) -> bool:
        """The caption starts at token ``i`` after a credited name: a title ("Psykolog og
        familieterapeut NAME"), "Daværende", a common word before a lower-case one, or a
        genitive before a title ("Flyktninghjelpens generalsekretær")."""
        if self.titles.base(doc[i].text) or doc[i].lower_ in self.titles.former:
            return True
        following = doc[i + 1] if i + 1 < len(doc) else None
        if (doc[i].lemma_.islower() or organization_body().match(doc[i].lower_)) and following is not None \
                and following.is_lower:
            return True  # "FOTO: Kari Hansen Fredelig demonstrasjon", "Politiet i": a common word, a body

        return doc[i].text.endswith("s") and following is not None and bool(self.titles.base(following.text))

    def _name_word(self, token: Token) -> bool:
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return (bool(_NAME_PART.match(token.text.removesuffix("/"))) and not self._outlet_end(token.doc, token.i)
                and not (following is not None and following.text == ":"))

    def _name_before(self, doc: Doc, slash: int) -> tuple[int, int, str] | None:
        """A credited name before "/ AGENCY" that opens its line or sentence, passing
        over agencies before it ("Jens Meyer, AP / NTB scanpix")."""
        end = slash
        while (outlet := self._outlet_ending_at(doc, end)) is not None:
            if outlet == 0 or doc[outlet - 1].text not in {"/", ","}:
                return self._name_opening_credit_line(doc, slash)
            end = outlet - 1
        start = end
        while start > 0 and end - start < _MAX_NAME + 2 and "\n" not in doc[start - 1].text_with_ws and (
                self._name_word(doc[start - 1]) or start < end and self._particle_after_name(doc, start - 1)):
            start -= 1
        inverted = end - start == 1 or end - start == 2 and known_first_name(doc[start].text)  # "Ness, Jan Kåre"
        if inverted and start >= 2 and doc[start - 1].text == ",":
            last_start = start - 2
            if self._name_word(doc[last_start]) and _opens_line(doc, last_start):
                return last_start, end, f"{_as_name(doc[start:end])} {_as_name(doc[last_start:start - 1])}"
        if end - start >= 2 and _opens_line(doc, start):
            return start, end, _as_name(doc[start:end])
        return self._name_opening_credit_line(doc, slash)

    def _name_opening_credit_line(self, doc: Doc, slash: int) -> tuple[int, int, str] | None:
        """A person's name and a comma opening the line that ends in "/ AGENCY", whatever stands
        between them: the photographer's own agency or institution ("Kari Lie, Lehtikuva / NTB
        scanpix", "Kari Lie, Institute of Zoology via AP / NTB scanpix")."""
        if not _ends_line(doc, self._outlet_end(doc, slash + 1)):
            return None
        start = slash
        while start > 0 and "\n" not in doc[start - 1].text_with_ws and doc[start - 1].text not in _SENTENCE_ENDS:
            start -= 1
        end = self._name_end(doc, start)
        name = doc[start:end]
        if end - start < 2 or end >= slash or doc[end].text != "," or not _opens_line(doc, start) \
                or organization_name([t.text for t in name]) or {t.ent_type_ for t in name} - {"", "PER"}:
            return None  # "Norsk Hydro, Reuters / NTB", "Oslo Sentrum, AP / NTB": no person
        return start, end, _as_name(name)

    def _outlet_ending_at(self, doc: Doc, end: int) -> int | None:
        """Start of the outlet or agency name that ends right before token ``end``, if one does."""
        for words in self.last_words.get(doc[end - 1].lower_, []) if end > 0 else []:
            start = end - len(words)
            if start >= 0 and tuple(t.lower_ for t in doc[start:end]) == words:
                return start
        return None

    def _outlet_end(self, doc: Doc, i: int) -> int | None:
        """End of the outlet or agency name starting at token ``i``, if one does."""
        for words in self.outlets.get(doc[i].lower_, []) if i < len(doc) else []:
            if tuple(t.lower_ for t in doc[i:i + len(words)]) == words:
                return i + len(words)
        return None

    def _row(self, doc: Doc, cue: int, start: int, end: int, canonical: str, role: str) -> dict:
        person = doc[start:end]
        by_model = any(e.start == start and e.end == end and e.label_ == "PER" for e in doc.ents)
        return {
            "person": canonical, "canonical": canonical, "role": role, "organization": None, "former": False,
            "start": doc[cue].idx, "end": person.end_char, "rule": "credit",
            "person_source": "ner" if by_model else "rule",
            "person_start": person.start_char, "person_end": person.end_char,
        }


def _organization_words(span) -> bool:
    """After a comma, are all words of ``span`` marked as an organisation's (``token._.role_part``):
    "Foto: Pernille Storholm Skaret, Norsk Tipping"?"""
    return span.start > 0 and span.doc[span.start - 1].text == "," and all(t._.role_part == "ORG" for t in span)


def _reads_as_person(span, separator: str) -> bool:
    """A name after a credited name is a person's when its first word is a first name the data
    knows, or after a comma (not a slash: "Kari Lie/Velmo Sparebank") the model found a person there."""
    first = span[0].text
    return known_first_name(first.title() if first.isupper() else first) or (
        separator != "/" and span[0].ent_type_ == "PER")


def _organization_after(doc: Doc, end: int, links: set[str]) -> str | None:
    """The organisation after a credited name and a comma or slash that closes the credit:
    "Foto: Pernille Storholm Skaret, Norsk Tipping", "Foto: Kari Lie/Høgskolen i Molde", "(foto:
    Ola Dal, Klyngen)": words marked as an organisation's, or capitalised words and the small
    words between them, up to the line's end, a closing bracket or a full stop that ends the line."""
    if end + 1 >= len(doc) or doc[end].text not in {",", "/"}:
        return None
    stop = end + 1
    while stop < len(doc) and stop - end <= _MAX_NAME + 2 and not doc[stop].is_space and (
            doc[stop]._.role_part == "ORG" or doc[stop].text[:1].isupper() or doc[stop].text in _DASHES
            or doc[stop].lower_ in links and stop + 1 < len(doc) and doc[stop + 1].text[:1].isupper()):
        stop += 1
    if stop == end + 1 or doc[stop - 1].text in _DASHES or doc[stop - 1].text.endswith("/"):
        return None
    return doc[end + 1:stop].text if _closes_credit(doc, stop) else None


def _closes_credit(doc: Doc, i: int) -> bool:
    """Token ``i`` is past the credit: the end of the text or line, a closing bracket, or a full
    stop that ends the text or line."""
    if i >= len(doc) or doc[i].is_space or "\n" in doc[i - 1].text_with_ws or doc[i].text == ")":
        return True
    return doc[i].text == "." and (i + 1 == len(doc) or doc[i + 1].is_space or "\n" in doc[i].text_with_ws)


def _next_name(doc: Doc, start: int, end: int) -> bool:
    """Token ``end`` opens what follows the credited name ``doc[start:end]``: a word in capitals after
    one that is not ("FOTO: Paul S. Amundsen TIL GEILO:"), or a person's name the article writes on
    its own elsewhere ("FOTO: Pål Dal Kent Håvard Eriksen spiller ..." where "Kent Håvard Eriksen"
    plays again later)."""
    word = doc[end]
    if word.is_upper and word.is_alpha and len(word) > 1 and not any(t.is_upper and t.is_alpha for t in doc[start:end]):
        return True
    return any(e.label_ == "PER" and len(e) >= 2 and not start <= e.start < end + len(e)
               and [t.text for t in e] == [t.text for t in doc[end:end + len(e)]] for e in doc.ents)




def _ends_line(doc: Doc, end: int | None) -> bool:
    """Does a line end at token ``end`` (the text's end or a line break)?"""
    return end is not None and (end == len(doc) or doc[end].is_space or "\n" in doc[end - 1].text_with_ws)


def _after_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` follow a sentence's end, in its line ("... i mål. Ola Berg") or on
    the line before (not a list's item nor a heading)?"""
    j = i - 1
    while j > 0 and (doc[j].is_space or "\n" in doc[j].text_with_ws and j < i - 1):
        j -= 1
    return doc[j].text in _SENTENCE_ENDS


def _titled_line(doc: Doc, end: int) -> bool:
    """Does the line after a name (from token ``end``) give a title ("Communication Manager"):
    a name in an author's box, no credit?"""
    following = [t for t in doc[end:end + 6] if not t.is_space][:4]
    return any(t._.role_part == "TITLE" for t in following)


def _credited_line_before(doc: Doc, i: int, cues: dict[str, str]) -> bool:
    """Does the line before token ``i`` hold a credit cue ("Foto:")? Its picture has its credit."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or "\n" in doc[j].text_with_ws) and j > i - 3:
        j -= 1
    while j > 0 and not doc[j].is_space and "\n" not in doc[j - 1].text_with_ws:
        if doc[j].lower_ in cues and doc[j + 1].text == ":":
            return True
        j -= 1
    return False


def _opens_line(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.text_with_ws or before.text in _BOUNDARY or before.is_space


def _as_name(span) -> str:
    """A name as written, or in title case when written in capitals."""
    words = [t.text.removesuffix("/") for t in span]
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words)
