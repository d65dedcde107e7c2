"""Roles the parse gives where no role pattern matched a title: the title in apposition to a
name ("Sigrid Lund, en kjent forfatter fra Bergen") or said of a name by "er/var/ble"
("Ustinov var en lite kjent 23 år gammel skuespiller"), with the organisation a preposition
after the title gives ("advokat i Advokatfirmaet Lund")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import load
from .. import person_names
from ..person_names import joined_name, speaker_before
from .occupations import WorkWords
from .predicates import Predicates, subject_of
from .rows import MarkedDoc, RowBuilder, titled_name

_APPOSITION = frozenset({"APP", "appos"})  # NDT's label (the shipped parser) and UD's
_CONJUNCT = frozenset({"KOORD", "conj"})


class ParsedRoles:
    """Role rows from the dependency parse for the titles no pattern claimed."""

    def __init__(self, rows: RowBuilder) -> None:
        roles = load("roles")
        self.rows = rows
        self.predicates = Predicates()
        self.prepositions = frozenset(roles["org_prepositions"])
        self.new_words = frozenset(roles["new_words"])
        self.speech_verbs = frozenset(roles["speech_verbs"])
        self.unheld = frozenset(roles["unheld"])
        self.work = WorkWords()

    def rows_for(self, marked: MarkedDoc, matched: list[Span], found_before: list[dict]) -> list[dict]:
        """Rows for the title runs outside every span in ``matched``; a title that refers back
        to a speaker only for a person no row of ``found_before`` gives a role."""
        doc, parts = marked.doc, marked.parts
        if not doc.has_annotation("DEP"):
            return []
        found = []
        for title in _runs(marked, "TITLE"):
            if any(s.start <= title.start < s.end for s in matched):
                continue
            people = self._people(marked, title) or self._referred(marked, title)
            if people:
                org = self._organization(marked, title[-1])
                genitive = org is None and (org := self._genitive_before(marked, title)) is not None
                span = doc[min(title.start, org.start):max(title.end, org.end)] if org is not None else title
                found += [self.rows.parsed(marked, span, title, person, org, genitive) for person in people]
        found = [row for row in found if row is not None]
        with_role = {row["person"].split()[-1] for row in [*found_before, *found] if row["person"]}
        speakers = [self._speaker_row(marked, title) for title in _runs(marked, "TITLE")
                    if not any(s.start <= title.start < s.end for s in matched)]
        return found + [row for row in speakers if row is not None and row["person"].split()[-1] not in with_role]

    def _speaker_row(self, marked: MarkedDoc, title: Span) -> dict | None:
        """"– ..., skriver Labour-lederen.": a definite title with its organisation before a
        hyphen ("Manchester City-sjefen") and no name after it, after a verb of saying, is the
        person given the word before."""
        doc, head = marked.doc, title[-1]
        base = self.rows.lexicon.base(head.text)
        if len(title) > 1 or base is None or base[1] or base[0] == head.lower_ or "-" not in head.text[1:] \
                or not head.text[:1].isupper() or title.end < len(doc) and marked.parts[title.end] == "NAME":
            return None
        verb = title.start - 1  # past the first words of the organisation: "sier Manchester City-sjefen"
        while verb > 0 and title.start - verb <= 3 and doc[verb].text[:1].isupper() \
                and marked.parts[verb] in {"", "ORG"}:
            verb -= 1
        if verb < 0 or doc[verb].lower_ not in self.speech_verbs:
            return None
        person = speaker_before(doc, title.start)
        row = self.rows.parsed(marked, title, title, person, None) if person is not None else None
        if row is not None:  # "Labour" of "Labour-lederen"
            row["organization"] = " ".join([*(t.text for t in doc[verb + 1:title.start]), head.text.rsplit("-", 1)[0]])
        return row

    def _people(self, marked: MarkedDoc, title: Span) -> list[Span]:
        """The name a title is said of, and with a plural title the names joined to it
        ("A og B er skippere")."""
        if self.predicates.one_of_group_named(title[-1], marked.parts):  # "en av ... fondsforvaltere, Kari Hansen"
            return [_run_around(marked, marked.doc[title.end + 1], "NAME")]
        person = self._person(marked, _coordination_head(title))
        if person is None:
            return []
        base = self.rows.lexicon.role_base(title[-1].text)
        joined = [_name_at(marked, t) for t in person[0].children if t.dep_ in _CONJUNCT] if base and base[1] else []
        people = [person, *(name for name in joined if name is not None)]
        if len(people) > 1 and all(titled_name(marked, name) for name in people):
            return []  # "Professor A og professor B er eksperter på ...": what the named say of them
        return people

    def _referred(self, marked: MarkedDoc, title: Span) -> list[Span]:
        """"Den norske rallyføreren konkurrerer ...": an occupation (or a title only a compound head
        makes) opening its sentence as the subject is the person the sentences before are about."""
        base = self.rows.lexicon.role_base(title[-1].text)
        if len(title) > 1 or base is None or self.rows.lexicon.listed(title[-1].text):
            return []  # "Presidenten sier": an office, whoever was named before
        start = self.predicates.opening_subject(title[-1], base)
        person = person_names.referent(marked.doc, start) if start is not None else None
        if person is None or not any(t.pos_ in {"VERB", "AUX"} for t in person.sent):
            return []  # a name alone on its line (a credit) is no one the sentence after is about
        return [person]

    def _person(self, marked: MarkedDoc, head: Token) -> Span | None:
        """The name ``head`` stands in apposition to, or is said of by a copula."""
        if head.dep_ in _APPOSITION:
            return _name_at(marked, head.head)
        subject = self.predicates.subject(head) or self._job_holder(head)
        return _name_at(marked, subject) if subject is not None else None

    def _job_holder(self, head: Token) -> Token | None:
        """"Kari Hansen pakker bilen for å kjøre til jobben som maskinist": the subject of the
        sentence holds the job a title follows "jobben som" in, unless a verb says it is not
        held ("søker jobben som ...")."""
        work = self.work.before(head)
        if work is None or work.pos_ != "NOUN" or any(t.lower_ in self.unheld for t in head.sent):
            return None
        return subject_of(head.sent.root)

    def _genitive_before(self, marked: MarkedDoc, title: Span) -> Span | None:
        """The organisation in the genitive before a title, adjectives between: "blir klubbens
        nye hovedtrener", "er Rosenborgs trener"; not a rank ("to av Norges beste skøyteløpere")."""
        doc, i = marked.doc, title.start - 1
        while i > 0 and marked.parts[i] == "" and doc[i].is_lower \
                and (doc[i].lower_.endswith("e") or doc[i].lower_ in self.new_words):
            if "Sup" in doc[i].morph.get("Degree"):
                return None
            i -= 1
        if i < 0 or marked.parts[i] != "ORG" or not doc[i].text.endswith("s"):
            return None
        return _run_around(marked, doc[i], "ORG")

    def _organization(self, marked: MarkedDoc, head: Token) -> Span | None:
        """The organisation a preposition right after the title takes: "skuespiller ved
        Nationaltheatret"; the whole name the parse joins, where one of its words is known as
        an organisation ("direktør i SINTEF Raufoss Manufacturing")."""
        for child in head.rights:
            if child.lower_ in self.prepositions and child.i == head.i + 1:
                objects = [t for t in child.children if any(marked.parts[w.i] == "ORG" for w in joined_name(t))]
                if not objects:
                    return None
                name = joined_name(objects[0])
                known = _run_around(marked, next(w for w in name if marked.parts[w.i] == "ORG"), "ORG")
                return marked.doc[min(name.start, known.start):max(name.end, known.end)]
        return None


def _coordination_head(title: Span) -> Token:
    """The word of a title the parse hangs the rest on: "barne-" of "barne- og familieminister"."""
    head = title[-1]
    while head.dep_ in _CONJUNCT and title.start <= head.head.i < head.i:
        head = head.head
    return head


def _runs(marked: MarkedDoc, part: str) -> list[Span]:
    runs, i, parts = [], 0, marked.parts
    while i < len(parts):
        if parts[i] == part:
            start = i
            while i < len(parts) and parts[i] == part:
                i += 1
            runs.append(marked.doc[start:i])
        else:
            i += 1
    return runs


def _run_around(marked: MarkedDoc, token: Token, part: str) -> Span:
    start, end = token.i, token.i + 1
    while start > 0 and marked.parts[start - 1] == part:
        start -= 1
    while end < len(marked.parts) and marked.parts[end] == part:
        end += 1
    return marked.doc[start:end]


def _name_at(marked: MarkedDoc, token: Token) -> Span | None:
    """The name ``token`` is a word of."""
    return _run_around(marked, token, "NAME") if marked.parts[token.i] == "NAME" else None

