"""Role rows from the matches of the role patterns: who, which role, which organisation."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...backbone.lemmas import lexicon as lemma_lexicon
from ...backbone.names import known_first_name
from .. import person_names
from ..lexicon import load
from ..organizations import Organizations
from ..titles import TitleLexicon
from .boxes import box_heading
from .implied import spelt_out
from .matches import title_indices


_FUNCTION_TAGS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "PART", "PRON", "DET", "AUX", "VERB"})
_SUFFIXES = frozenset(load("organizations")["name_suffixes"])
_OWNER_WORDS = 3  # at most this many words of a name before a compound title's owner


@dataclass(frozen=True)
class MarkedDoc:
    """A Doc, the role part of each of its tokens, the token spans of its organisations and
    the organisations lower-case genitives refer to."""

    doc: Doc
    parts: list[str]
    organization_spans: list[tuple[int, int]]
    organizations: Organizations
    referred: dict[int, str | None]  # a lower-case genitive ("selskapets") -> the organisation it refers to

    def run(self, start: int, end: int, part: str) -> Span | None:
        """The first run of tokens playing ``part`` in ``doc[start:end]``."""
        first = next((i for i in range(start, end) if self.parts[i] == part), None)
        if first is None:
            return None
        last = first
        while last < end and self.parts[last] == part:
            last += 1
        return self.doc[first:last]


class RowBuilder:
    """Role rows (dicts with character offsets) from the spans the role patterns matched."""

    def __init__(self, lexicon: TitleLexicon) -> None:
        self.lexicon = lexicon
        roles = load("roles")
        self.org_prepositions = set(roles["org_prepositions"])
        self.prepositions_after_name = set(roles["org_prepositions_after_name"])
        self.bodies_after_titled_name = set(roles["bodies_after_titled_name"])
        self.and_word = load("function_words")["and"]
        self.organization_links = set(roles["organization_links"])
        self.styles = set(roles["styles"])
        self.appointing = frozenset([*roles["appointing"], *roles["appointed"]])
        self.new_words = frozenset(roles["new_words"])

    def rows(self, marked: MarkedDoc, rule: str, span: Span) -> list[dict]:
        """The role of one match, and those a plural title or a second title add to it."""
        title_tokens = title_indices(span, marked.parts)
        title = marked.doc[title_tokens[0]:title_tokens[-1] + 1]
        role, plural = self._role_text(title)
        person = marked.run(span.start, span.end, "NAME")
        org = self._organization(marked, span, title)
        if role in self.styles and org is None:
            return []
        if rule == "caption-label" and self._inflected(title[-1]):
            return []  # "Statsministeren: Kari Holm kommer hjem": the one who speaks, no label of the name
        if rule == "caption-label" and org is None:
            org = box_heading(span)  # "Spanias herrelandslag i fotball / Trener: Robert Moreno."
        if rule == "role-by-reference":
            if any(ent.label_ == "PER" and len(ent) > 1 and ent[-1].text == org for ent in marked.doc.ents):
                org = None  # "Han tok over som Bakkes forsvarer" (Ola Bakke): a person's genitive, no organisation
            person = person_names.referent(marked.doc, span.start)
            if person is None and org is None:
                return []
        members = self._list_members(marked, span.end) if plural and person is not None \
            and rule == "role-before-name" else []
        if members and org is None and all(name_org is None for _, name_org in members[:-1]):
            org = members[-1][1]  # "Regissørene A og B i Field Productions": B's organisation is both's
            members = [(name, org) for name, _ in members]
        owner = compound_owner(title[-1].text)  # "NRK-kommentatorene A og B": NRK is both's
        members = [(name, name_org or owner) for name, name_org in members]
        if plural and person is not None and rule == "name-is-role" and titled_name(marked, person):
            return []  # "Advokat A og lege B er eksperter på ...": what the named are said to be, no role
        if rule == "name-as-role" and person is not None and self._title_after_next(marked, person.end) \
                and not self._appointed_object(marked, person.start):
            return []  # "innstiller Kari Holm som leder": proposed, not held
        if plural and person is not None and rule in {"name-is-role", "name-as-role"}:  # "A og B er skippere",
            members = [(name, org) for name in self._names_before(marked, span.start)]  # "med A og B som skipperne"
        found = [self._row(marked, rule, span, role, person, org) | self._body_taken_for_person(marked, span, title)]
        found += [self._row(marked, "list-under-title", span, role, name, name_org) for name, name_org in members]
        if person is not None and rule == "name-comma-role":
            found += self._second_role(marked, span, person)
        return found

    def _body_taken_for_person(self, marked: MarkedDoc, span: Span, title: Span) -> dict:
        """Where the organisation after a titled name and "av" is words the model took for a person's name
        ("leder Kari Dal av Nordkapp Sjømat"), its offsets: the entity becomes the organisation (component.py)."""
        body = marked.run(title.end, span.end, "ORG") if title.end < span.end else None
        if body is None or body.start < 2 or not any(t.ent_type_ == "PER" for t in body) \
                or marked.doc[body.start - 1].lower_ not in self.bodies_after_titled_name \
                or marked.parts[body.start - 2] != "NAME":
            return {}
        return {"organization_start": body.start_char, "organization_end": body.end_char}

    def _inflected(self, word) -> bool:
        """Is a title word inflected, not in its base form ("Statsministeren", not "KLINIKKSJEF")?"""
        base = self.lexicon.base(word.text)
        return base is not None and base[0] != word.lower_

    def role_of(self, title: Span) -> str:
        """The role a title names, in its base form."""
        return self._role_text(title)[0]

    def listed(self, marked: MarkedDoc, title: Span, person: Span, role: str, party: Span | None) -> dict:
        """The row of a person listed under a plural title (``roles/lists.py``)."""
        return self._row(marked, "list-under-title", title, role, person, party.text if party is not None else None)

    def lined(self, marked: MarkedDoc, title: Span, person: Span, org: Span | None = None) -> dict:
        """The row of a name and its title set as cells (``roles/cells.py``), the line's organisation or none."""
        return self._row(marked, "name-title-line", title, self.role_of(title), person, org.text if org is not None else None)

    def parsed(self, marked: MarkedDoc, span: Span, title: Span, person: Span, org: Span | None,
               genitive: bool = False) -> dict | None:
        """The row of a role the parse gives (``roles/parsed.py``); None for a style with no organisation.
        ``genitive``: ``org`` stands in the genitive before the title ("klubbens trener")."""
        role, _ = self._role_text(title)
        organization = _canonical_organization(marked, org, org.end, genitive) if org is not None \
            else compound_owner(title[-1].text)  # "de to NRK-kommentatorene, A og B": NRK
        if role in self.styles and organization is None:
            return None
        return self._row(marked, "parsed-role", span, role, person, organization)

    def _second_role(self, marked: MarkedDoc, span: Span, person: Span) -> list[dict]:
        """"Knut Dreier, administrerende direktør i Moelven og styreleder i Arena Skog"."""
        doc, parts, i = marked.doc, marked.parts, span.end
        if i + 2 >= len(doc) or doc[i].lower_ != self.and_word or parts[i + 1] != "TITLE":
            return []
        end = i + 1
        while end < len(doc) and parts[end] == "TITLE":
            end += 1
        if end + 1 >= len(doc) or doc[end].lower_ not in self.org_prepositions or parts[end + 1] != "ORG":
            return []
        org_end = end + 1
        while org_end < len(doc) and parts[org_end] == "ORG":
            org_end += 1
        role, _ = self._role_text(doc[i + 1:end])
        second = doc[i + 1:org_end]
        org = self._organization(marked, second, doc[i + 1:end])
        return [self._row(marked, "name-comma-role", second, role, person, org)]

    @staticmethod
    def _row(marked: MarkedDoc, rule: str, span: Span, role: str, person: Span | None, org: str | None) -> dict:
        start = min(span.start_char, person.start_char) if person is not None else span.start_char
        end = max(span.end_char, person.end_char) if person is not None else span.end_char
        return {
            "person": _possessor(marked, person) if person is not None else None, "role": role, "organization": org,
            "former": "FORMER" in marked.parts[span.start:span.end],
            "start": start, "end": end, "rule": rule if person is not None else "role-with-organization",
            "person_source": (("ner" if person[0].ent_type_ == "PER" else "rule") if person is not None else None),
            "person_start": person.start_char if person is not None else None,
            "person_end": person.end_char if person is not None else None,
        }

    def _role_text(self, title: Span) -> tuple[str, bool]:
        """The role a title names, and whether the title is plural."""
        text = _joined(t.lower_ for t in title)
        for short, full in self.lexicon.abbreviations.items():
            if text == short or text.endswith(" " + short):
                return text[: len(text) - len(short)] + full, False
        head = title[-1]
        base = self.lexicon.role_base(head.text)
        if base is None:  # the last word is a modifier or an abbreviation
            return text, False
        owner = written_owner(head, self.lexicon)  # "Tesla-sjef", "Nordviktrener": sjef, trener
        last = base[0][len(owner) + (base[0][len(owner):].startswith("-")):] if owner else base[0]
        return _joined([t.lower_ for t in title[:-1]] + [last]), base[1]

    def _organization(self, marked: MarkedDoc, span: Span, title: Span) -> str | None:
        """The first organisation after the title in the match, else the one before it
        (a genitive, without its -s); else the first part of a compound title ("Tesla-sjef")."""
        doc = span.doc
        org = marked.run(title.end, span.end, "ORG") if title.end < span.end else None
        org = org if org is not None else marked.run(span.start, span.end, "ORG")
        if org is not None:
            if org.end <= title.start and org[-1].text.endswith("s") and len(org[-1]) > 2:
                org = self._own_span(marked, org)  # "NTB scanpix FNs generalsekretær": FN's, not NTB's
                return _canonical_organization(marked, org, org.end, genitive=True)
            following = doc[org.end] if org.end < span.end else None
            if following is not None and following.is_lower and marked.parts[following.i] == "" and following.is_alpha \
                    and following.pos_ not in _FUNCTION_TAGS:  # "Finnmark legeforening", not "ECB etter" nor "og"
                return _canonical_organization(marked, org, org.end + 1)
            return _canonical_organization(marked, org, org.end)
        return _compound_owner_name(marked, title, self.lexicon)

    def _own_span(self, marked: MarkedDoc, org: Span) -> Span:
        """The shortest organisation span that holds the last word of ``org``, with the words
        a link word joins to it ("Nei til EUs": Nei til EU's, not EU's); with no such span, the
        capitalised words of ``org`` before its last that no span holds ("Bergen Engineerings")."""
        last = org.end - 1
        holding = [(start, end) for start, end in marked.organization_spans if start <= last < end and start >= org.start]
        start, end = min(holding, key=lambda s: s[1] - s[0]) if holding else (_unspanned_start(marked, org), last + 1)
        doc = org.doc
        if end - start == 1 and doc[start].text[:-1] in _SUFFIXES:  # "Polar Quality ASs": no "AS" of its own
            while start > org.start and marked.parts[start - 1] == "ORG" and doc[start - 1].text[:1].isupper():
                start -= 1
        if start - 1 > org.start and doc[start - 1].lower_ in self.organization_links:
            start = org.start
        return doc[start:end]

    def _names_before(self, marked: MarkedDoc, start: int) -> list[Span]:
        """The names listed before the name at ``start`` by "," or "og": "A, B og C er skippere"."""
        doc, parts, names = marked.doc, marked.parts, []
        while start > 1 and (doc[start - 1].text == "," or doc[start - 1].lower_ == self.and_word) \
                and parts[start - 2] == "NAME":
            end = start - 1
            start = end - 1
            while start > 0 and parts[start - 1] == "NAME":
                start -= 1
            names.append(doc[start:end])
        return names

    def _title_after_next(self, marked: MarkedDoc, i: int) -> bool:
        """Does a title (after "ny") follow the word at ``i`` right after a name ("Kari Holm som [ny] leder")?"""
        i += 1 + (i + 1 < len(marked.doc) and marked.doc[i + 1].lower_ in self.new_words)
        return i < len(marked.doc) and marked.parts[i] in {"TITLE", "FORMER"}

    def _appointed_object(self, marked: MarkedDoc, start: int) -> bool:
        """Do the name at ``start`` and those listed before it follow a verb of choosing or hiring or "med"
        ("tilsette Kari Holm som", "en styringsgruppe med Kari Holm og Ola Dal som ...")?"""
        first = min([start, *(name.start for name in self._names_before(marked, start))])
        return first > 0 and marked.doc[first - 1].lower_ in self.appointing

    def _list_members(self, marked: MarkedDoc, i: int) -> list[tuple[Span, str | None]]:
        """Names after the first under a plural title: ", B i Siva og C i Forskningsrådet"."""
        doc, parts, members = marked.doc, marked.parts, []
        while (i := _past_apposition(marked, past_parenthesis(doc, i))) < len(doc) - 1 \
                and doc[i].text in {",", self.and_word}:
            i += 1 + (doc[i].text == "," and doc[i + 1].lower_ == self.and_word)  # ", og C"
            start = i
            while i < len(doc) and parts[i] == "NAME":
                i += 1
            if i == start:
                break
            name, org = doc[start:i], None
            if i < len(doc) - 1 and doc[i].lower_ in self.prepositions_after_name and parts[i + 1] == "ORG":
                org_start = i = i + 1
                while i < len(doc) and parts[i] == "ORG":
                    i += 1
                org = _canonical_organization(marked, doc[org_start:i], i)
            members.append((name, org))
        return members


def _past_apposition(marked: MarkedDoc, i: int) -> int:
    """Past a title in apposition to a listed name, up to the comma after it: ", leder i X," in
    "Innleggsforfatterne A, leder i X, og B" (the comma's index); else ``i``."""
    doc, parts = marked.doc, marked.parts
    if not (i + 1 < len(doc) and doc[i].text == "," and parts[i + 1] == "TITLE"):
        return i
    end = i + 1
    while end < len(doc) and doc[end].text not in {",", ".", ";", ":"} and parts[end] != "NAME":
        end += 1
    return end if end < len(doc) and doc[end].text == "," else i


def compound_owner(word: str) -> str | None:
    """The organisation a compound title opens with, a name written with a capital ("Tesla" of
    "Tesla-sjef", "iKuben" of "iKuben-leder"); None for a lower-case first part."""
    owner, hyphen, _ = word.rpartition("-")
    return owner if hyphen and any(c.isupper() for c in owner) else None


def written_owner(token: Token, lexicon: TitleLexicon) -> str | None:
    """The organisation a compound title opens with (``compound_owner``), or, in a title written
    with a capital inside its sentence and no hyphen, the longest first part the article writes
    alone with a capital and the model takes for a name, before a title ("Nordvik" of
    "Nordviktrener" where the article names Nordvik)."""
    owner = compound_owner(token.text)
    if owner is not None or not token.text[:1].isupper() or token.is_sent_start or not token.text.isalpha():
        return owner
    names = {t.text for t in token.doc if t.ent_type_ and t.i != token.i and t.text[:1].isupper()}
    return next((token.text[:k] for k in range(len(token) - 3, 2, -1)
                 if token.text[:k] in names and lexicon.base(token.text[k:]) is not None), None)


def _compound_owner_name(marked: MarkedDoc, title: Span, lexicon: TitleLexicon) -> str | None:
    """The owner a compound title opens with and the capitalised words of its name right before
    it ("Atlético Madrid" of "Atlético Madrid-spissen", "Bayern München" of "Bayern
    München-treneren"); not a word opening the sentence the tagger takes for no name ("Nye
    Molde-sjef"), nor a person's name a credit glues before it ("Foto: Kari Lie Molde-sjef")."""
    owner = compound_owner(title[0].text) if len(title) == 1 else None
    if owner is None:
        return written_owner(title[-1], lexicon)
    doc, start = marked.doc, title.start
    while start > 0 and title.start - start < _OWNER_WORDS and _owner_word(marked, doc[start - 1]):
        start -= 1
    if start < title.start and known_first_name(doc[start].text):
        start = title.start
    return " ".join([*(t.text for t in doc[start:title.start]), owner])


def _owner_word(marked: MarkedDoc, token) -> bool:
    """A capitalised word that may be a word of an organisation's name: no acronym, which a
    credit glues before it ("FOTO: NTB Molde-direktør"), nor a role's title."""
    return token.text[:1].isupper() and not token.is_upper and token.is_alpha and token.text_with_ws != token.text \
        and marked.parts[token.i] in {"", "ORG", "NAME"} and (not token.is_sent_start or token.pos_ == "PROPN")


def past_parenthesis(doc: Doc, i: int) -> int:
    """Past a short parenthesis at token ``i`` ("Anders Mol (bildet) og Christian Sørum")."""
    if i + 2 < len(doc) and doc[i].text == "(":
        return next((k + 1 for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"), i)
    return i


def _unspanned_start(marked: MarkedDoc, org: Span) -> int:
    """Where the capitalised words ending ``org`` start that no organisation span holds: "Norges
    Bondelags", not "NTB scanpix" before "FNs"."""
    start = org.end - 1
    while start > org.start and org.doc[start - 1].text[:1].isupper() \
            and not any(s <= start - 1 < e for s, e in marked.organization_spans):
        start -= 1
    return start


_LEADING_LINKS = frozenset(load("roles")["org_prepositions"])


def _possessor(marked: MarkedDoc, person: Span) -> str:
    """A full name in the genitive before the noun it owns is the name without its -s: "general
    Kari Dahls diktatur", "midtbanespiller Kari Dahls scoring" are Kari Dahl's; not before a word the
    lemma lexicon knows as a verb too ("Knut Skinnes uttaler:") nor a title ("Aud Sildnes styreleder")."""
    doc, last = person.doc, person[-1]
    owned = doc[person.end] if person.end < len(doc) else None
    if len(person) > 1 and last.text.endswith("s") and len(last) > 3 and owned is not None and owned.is_lower \
            and owned.is_alpha and owned.pos_ == "NOUN" and (owned.lower_, "VERB") not in lemma_lexicon() \
            and marked.parts[owned.i] != "TITLE" and _owns(person, owned):
        return person.text[:-1]
    return person.text


def _owns(person: Span, owned: Token) -> bool:
    """The parse, where there is one, hangs the name on the noun after it ("Kari Dahls scoring"), not
    on a verb the name is the subject of ("opplyser Per Svinsås søndag": Svinsås is the name)."""
    return not person.doc.has_annotation("DEP") or person.root.head.i == owned.i


def _canonical_organization(marked: MarkedDoc, org: Span, end: int, genitive: bool = False) -> str:
    """The name of the organisation ``org`` opens, up to token ``end`` (without the last
    token's -s if ``genitive``), as the data files give it: a cluster's name without its
    programme prefix, a known organisation without its regional unit ("Innovasjon Noreg
    Vestland" is Innovasjon Norge); else the words as written, an acronym spelt out."""
    doc = marked.doc
    if end - org.start == 1 and org.start in marked.referred:
        return marked.referred[org.start]
    while end - org.start > 1 and doc[org.start].is_lower and doc[org.start].lower_ in _LEADING_LINKS:
        org = doc[org.start + 1:end]  # "of Radforsk" the model took whole: Radforsk
    cluster = next((c for c in doc.spans.get("clusters", []) if c.start <= org.start and org.end <= c.end
                    and "NAME" not in marked.parts[org.end:c.end]), None)  # not one the model ran into a name
    if cluster is not None:
        return cluster._.canonical
    known = marked.organizations.at(org.start, end, genitive)
    if known is not None and (known.known or known.end == end):  # not "Bergen Marine" of "Bergen Marine Data"
        return known.name
    text = doc[org.start:end].text
    text = text[:-1] if genitive else text
    return spelt_out(doc, text) or text


def _joined(words) -> str:
    """Words as a role is written: spaces between, none before a comma ("for næring, plan og miljø")."""
    return " ".join(words).replace(" , ", ", ")


def titled_name(marked: MarkedDoc, name: Span) -> bool:
    """Does a title stand right before ``name`` ("professor Kari Hansen", "professor i jus, Kari Hansen")?"""
    doc, before = marked.doc, name.start - 1
    if before > 0 and doc[before].text == ",":  # past the field: "professor i jus,"
        before -= 1
        while before > 0 and name.start - before <= 4 and doc[before].is_lower and not marked.parts[before]:
            before -= 1
    return before >= 0 and marked.parts[before] == "TITLE"
