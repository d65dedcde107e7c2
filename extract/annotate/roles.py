"""People with their roles and organisations.

Each token first gets the part it can play (``token._.role_part``): TITLE (a noun the
title lexicon of ``data/roles.yaml`` knows, or one ending in a title head), NAME (a
person name: the NER model's PER entities, or the name pattern where no model saw an
entity), ORG (organisations and places), FORMER ("tidligere"), PARTY ("(Ap)"), UNIT
(a regional unit after an organisation: "Innovasjon Norge, Innlandet").
The token patterns of ``data/role_patterns.jsonl`` are then applied with spaCy's
Matcher; each match's id names the rule, and its NAME, TITLE and ORG tokens give the
person, role and organisation. A match claims its title words, the first pattern in
the file winning, so "Håkon Haugli, direktør i Innovasjon Norge, Janicke Andreassen, ..."
gives the title to the name before it. A plural title heads a list of names ("de
administrerende direktørene A i Siva og B i Forskningsrådet").

Photo credits ("Foto: A / NTB", "Foto: Etternavn, Fornavn", "A / Reuters") are read
by ``credits.py``. A role with an organisation but no person ("gratulerer daglig
leder i Heidner Biocluster") is kept with ``person=None``: the facts stage uses it to
fill in the organisation of a person named with the same role elsewhere.
"""

from __future__ import annotations

import json
import re

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .extensions import doc_text
from .credits import CreditReader
from .entities import OrganizationFinder, prefer_rule_entities, trim_person_entities
from .titles import TitleLexicon
from .lexicon import DATA_DIR, load

_ORG_LABELS = {"ORG", "GPE_ORG", "GPE_LOC", "LOC", "EVT"}
_INITIAL = re.compile(r"^(?:[A-ZÆØÅ]\.)+$")
_ORG_WORD = re.compile(r"^[A-ZÆØÅ0-9][\wæøåÆØÅ&!+'’-]*$")  # "BioCosmos", "3M", "WoodWorks!"
_NAME_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšž'’]+(?:-[A-ZÆØÅa-zæøå][a-zæøåäöüéèáíóúñçšž]+)*$")


class RoleExtractor:
    """Finds (person, role, organisation) triples in a Doc; see the module docstring."""

    def __init__(self, nlp: Language) -> None:
        vocab = nlp.vocab
        self.lexicon = TitleLexicon()
        data = load("roles")
        self.parties = set(data["parties"])
        self.org_prepositions = set(data["org_prepositions"])
        self.prepositions_after_name = set(data["org_prepositions_after_name"])
        self.field_ends = set(data["field_ends"])
        self.speech_verbs = {v for v in data["speech_verbs"] if " " not in v}
        self.organizations = OrganizationFinder()
        names = load("names")
        self.not_people = {n for key in ("outlets", "agencies", "clubs", "places", "countries") for n in names[key]}
        self.particles = set(names["particles"])
        self.not_name_words = set(load("clusters")["not_names"])
        self.regional_units = {u for u in load("organizations")["regional_units"] if " " not in u}
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.phrases.add("TITLE", [nlp.make_doc(p) for p in self.lexicon.phrases])
        self.listed = PhraseMatcher(vocab)  # outlets, agencies, clubs, places: never names
        self.listed.add("ORG", [nlp.make_doc(n) for n in sorted(self.not_people)])
        self.matcher = Matcher(vocab)
        self.priority = {}
        with open(DATA_DIR / "role_patterns.jsonl", encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                entry = json.loads(line)
                key = f"{entry['id']}#{number}"
                self.priority[vocab.strings.add(key)] = (number, entry["id"])
                self.matcher.add(key, [entry["pattern"]], greedy="LONGEST")
        self.credits = CreditReader()

    # -- token parts -----------------------------------------------------
    # The parts are worked out in a plain list (``parts[i]`` for token i) and written to
    # ``token._.role_part`` once: extension attributes are slow to read in a loop.
    def mark(self, doc: Doc) -> bool:
        """Set ``token._.role_part`` on every token of ``doc``; False (and nothing set) when no
        token can be a title, since every role pattern needs one."""
        parts = [""] * len(doc)
        for ent in doc.ents:
            if ent.label_ == "PER":
                parts[ent.start:ent.end] = ["ORG" if ent.text in self.not_people else "NAME"] * len(ent)
        self.org_spans = self._org_token_spans(doc)
        for start, end in self.org_spans:  # known organisations and clusters win over PER
            parts[start:end] = ["ORG"] * (end - start)
        self._mark_titles(doc, parts)
        if "TITLE" not in parts:
            return False
        self._mark_loose_names(doc, parts)
        for token in doc:
            i = token.i
            if token.lower_ in self.lexicon.former and i + 1 < len(doc):
                parts[i] = parts[i] or "FORMER"
            elif token.text in self.parties and 0 < i < len(doc) - 1 and doc[i - 1].text == "(":
                parts[i] = "PARTY"
            elif (token.text in self.regional_units and i > 0 and doc[i - 1].text == ","
                  and i + 1 < len(doc) and parts[i + 1] == "NAME"):
                parts[i] = "UNIT"
        self._mark_unknown_organizations(doc, parts)
        self._mark_genitive_organizations(doc, parts)
        for i, part in enumerate(parts):
            if part:  # "" is the default: a Doc is marked once
                doc[i]._.role_part = part
        return True

    def _org_token_spans(self, doc: Doc) -> list[tuple[int, int]]:
        spans = [(e.start, e.end) for e in doc.ents if e.label_ in _ORG_LABELS]
        people = [(e.start, e.end) for e in doc.ents if e.label_ == "PER"]
        spans += [(start, end) for _, start, end in self.listed(doc)  # not "Odd" in "Odd Eriksen"
                  if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in people)]
        spans += [(s.start, s.end) for s in doc.spans.get("clusters", [])]
        for start, end, _ in self.organizations.find(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append((span.start, span.end))
        return spans

    def _mark_titles(self, doc: Doc, parts: list[str]) -> None:
        for _, start, end in self.phrases(doc):
            parts[start:end] = ["TITLE"] * (end - start)
        for token in doc:
            i = token.i
            if parts[i] == "TITLE" or not token.is_alpha and "-" not in token.text:
                continue
            if parts[i] == "NAME" and not token.is_upper:
                continue
            if self.lexicon.base(token.text) and self.lexicon.is_noun_here(token, parts[i - 1] if i else ""):
                parts[i] = "TITLE"
                self._mark_title_left(doc, i, parts)
                self._mark_title_right(doc, i, parts)

    def _mark_title_left(self, doc: Doc, i: int, parts: list[str]) -> None:
        """Modifiers and the first half of a coordination belong to the title:
        "administrerende direktør", "arbeids- og velferdsdirektør"."""
        i -= 1
        while i >= 0 and doc[i].lower_ in self.lexicon.modifiers:
            parts[i] = "TITLE"
            i -= 1
        if i >= 1 and doc[i].lower_ == "og" and doc[i - 1].text.endswith("-"):
            parts[i] = parts[i - 1] = "TITLE"

    def _mark_title_right(self, doc: Doc, i: int, parts: list[str]) -> None:
        """A field after the title belongs to it when an organisation or name follows:
        "leder for klyngeavdelingen hos X", "fylkesråd for næring i Nordland, NAME"."""
        if i + 3 < len(doc) and doc[i + 1].lower_ in self.lexicon.field_prepositions \
                and doc[i + 2].is_lower and doc[i + 2].is_alpha and len(doc[i + 2]) > 3 \
                and parts[i + 2] == "" and (doc[i + 3].lower_ in self.org_prepositions | self.field_ends
                                            or doc[i + 3].is_punct):
            parts[i + 1] = parts[i + 2] = "TITLE"

    def _mark_unknown_organizations(self, doc: Doc, parts: list[str]) -> None:
        """Capitalised words no entity covers after TITLE PREP or NAME PREP, before a comma,
        a full stop or a name, are an organisation or place: "daglig leder i Proneo, Lars
        Haugen", "kommunelege Olav Gunnar Ballo i Loppa."; one lowercase word may end it
        ("Finnmark legeforening")."""
        ends = {",", ".", ")", "og"}
        for token in doc[1:-1]:
            i = token.i
            after_name = self._after_name(doc, i, parts)
            if not (parts[i - 1] == "TITLE" and token.lower_ in self.org_prepositions
                    or after_name and token.lower_ in self.prepositions_after_name):
                continue
            end = i + 1
            while end < len(doc) and end - i <= 4 and parts[end] == "" \
                    and _ORG_WORD.match(doc[end].text) and not doc[end].ent_type_:
                end += 1
            if end == i + 1 or end >= len(doc):
                continue
            last = end + 1 if doc[end].text not in ends and doc[end].is_lower and doc[end].is_alpha \
                and end + 1 < len(doc) else end
            if after_name or doc[last].text in ends or parts[last] == "NAME":
                parts[i + 1:end] = ["ORG"] * (end - i - 1)

    @staticmethod
    def _after_name(doc: Doc, i: int, parts: list[str]) -> bool:
        """True right after a name, or after a name and its party: "Kari Hansen (Ap) i"."""
        before = i - 1
        if doc[before].text == ")" and before >= 3 and parts[before - 1] == "PARTY":
            before -= 3
        return parts[before] == "NAME"

    def _mark_genitive_organizations(self, doc: Doc, parts: list[str]) -> None:
        """A capitalised genitive right before a title is its organisation or country:
        "Oslos pasientombud", "JPMorgans Hongkong-direktør", "EUs leder"."""
        for token in doc[:-1]:
            if not (token.text.endswith("s") and token.text[:1].isupper() and len(token) > 2
                    and parts[token.i] in {"", "ORG"} and token.lower_ not in self.lexicon.noun_context):
                continue
            following = token.i + 1
            while following + 1 < len(doc) and doc[following].is_lower and parts[following] == "" \
                    and doc[following].text.endswith("e"):
                following += 1
            if parts[following] == "TITLE":
                parts[token.i] = "ORG"

    def _mark_loose_names(self, doc: Doc, parts: list[str]) -> None:
        """Two to four name words no entity covers: "Kari Hansen", "Kaare R. Norum"."""
        run: list[Token] = []
        for token in [*doc, None]:
            if token is not None and self._name_word(token, parts, run):
                run.append(token)
                continue
            while run and run[-1].text in self.particles:
                run.pop()
            if 2 <= len(run) <= 5 and not any(t.ent_type_ for t in run) and not self._organization_place(doc, run[0].i, parts):
                parts[run[0].i:run[-1].i + 1] = ["NAME"] * len(run)
            run = [token] if token is not None and self._name_word(token, parts, []) else []

    def _organization_place(self, doc: Doc, i: int, parts: list[str]) -> bool:
        """After TITLE PREP or NAME PREP stands an organisation, not a name: "sjefredaktør
        Kari Hansen i Bergens Tidende"."""
        return i >= 2 and doc[i - 1].lower_ in self.org_prepositions and parts[i - 2] in {"TITLE", "NAME"}

    def _name_word(self, token: Token, parts: list[str], run: list[Token]) -> bool:
        """Can ``token`` continue ``run`` (or start one) as a word of a person's name?"""
        if parts[token.i] or token.text in self.not_name_words or token.text in self.not_people:
            return False
        if token.text in self.particles or _INITIAL.match(token.text):
            return bool(run)
        if token.lower_ in self.speech_verbs or self.lexicon.base(token.text):
            return False
        return bool(_NAME_WORD.match(token.text))

    # -- patterns --------------------------------------------------------
    def extract(self, doc: Doc) -> list[dict]:
        """Role triples with character offsets: person, role, organization, former, rule, person span."""
        if not self.mark(doc):
            return self.credits.read(doc)
        candidates = []
        for match_id, start, end in self.matcher(doc):
            number, rule = self.priority[match_id]
            candidates.append((number, start - end, start, rule, doc[start:end]))
        claimed: set[int] = set()
        chosen = []
        for _, _, _, rule, span in sorted(candidates, key=lambda c: c[:3]):
            titles = {t.i for t in span if t._.role_part == "TITLE"}
            if not titles & claimed:  # each title belongs to one match: the first pattern's
                claimed |= titles
                chosen.append((rule, span))
        results = []
        for rule, span in sorted(chosen, key=lambda c: c[1].start):
            results += self._found(rule, span)
        results += self.credits.read(doc)
        return results

    def _found(self, rule: str, span: Span) -> list[dict]:
        title_tokens = [t.i for t in span if t._.role_part == "TITLE"]
        title = span.doc[title_tokens[0]:title_tokens[-1] + 1]
        role, plural = self._role_text(title)
        person = self._run(span, "NAME")
        org = self._organization(span, title)
        found = [self._row(rule, span, role, person, org)]
        if plural and person is not None and rule == "role-before-name":
            found += [self._row("list-under-title", span, role, name, name_org)
                      for name, name_org in self._list_members(span.doc, span.end)]
        if person is not None and rule == "name-comma-role":
            found += self._second_role(span, person)
        return found

    def _second_role(self, span: Span, person: Span) -> list[dict]:
        """"Knut Dreier, administrerende direktør i Moelven og styreleder i Arena Skog"."""
        doc, i = span.doc, span.end
        if i + 2 >= len(doc) or doc[i].lower_ != "og" or doc[i + 1]._.role_part != "TITLE":
            return []
        end = i + 1
        while end < len(doc) and doc[end]._.role_part == "TITLE":
            end += 1
        if end + 1 >= len(doc) or doc[end].lower_ not in self.org_prepositions or doc[end + 1]._.role_part != "ORG":
            return []
        org_end = end + 1
        while org_end < len(doc) and doc[org_end]._.role_part == "ORG":
            org_end += 1
        role, _ = self._role_text(doc[i + 1:end])
        second = doc[i + 1:org_end]
        return [self._row("name-comma-role", second, role, person, self._organization(second, doc[i + 1:end]))]

    @staticmethod
    def _row(rule: str, span: Span, role: str, person: Span | None, org: str | None) -> dict:
        start = min(span.start_char, person.start_char) if person is not None else span.start_char
        end = max(span.end_char, person.end_char) if person is not None else span.end_char
        return {
            "person": person.text if person is not None else None, "role": role, "organization": org,
            "former": any(t._.role_part == "FORMER" for t in span),
            "start": start, "end": end, "rule": rule if person is not None else "role-with-organization",
            "person_source": (("ner" if person[0].ent_type_ == "PER" else "rule") if person is not None else None),
            "person_start": person.start_char if person is not None else None,
            "person_end": person.end_char if person is not None else None,
        }

    @staticmethod
    def _run(span: Span, part: str) -> Span | None:
        """The first run of tokens playing ``part`` in ``span``."""
        start = next((t.i for t in span if t._.role_part == part), None)
        if start is None:
            return None
        end = start
        while end < span.end and span.doc[end]._.role_part == part:
            end += 1
        return span.doc[start:end]

    def _role_text(self, title: Span) -> tuple[str, bool]:
        text = " ".join(t.lower_ for t in title)
        for short, full in self.lexicon.abbreviations.items():
            if text == short or text.endswith(" " + short):
                return text[: len(text) - len(short)] + full, False
        head = title[-1]
        base = self.lexicon.base(head.text)
        if base is None:  # the last word is a modifier or an abbreviation
            return text, False
        last = base[0].rsplit("-", 1)[-1] if head.text[:1].isupper() else base[0]  # "Tesla-sjef": sjef
        return " ".join([t.lower_ for t in title[:-1]] + [last]), base[1]

    def _organization(self, span: Span, title: Span) -> str | None:
        """The first organisation after the title in the match, else the one before it
        (a genitive, without its -s); else the first part of a compound title ("Tesla-sjef")."""
        doc = span.doc
        org = self._run(doc[title.end:span.end], "ORG") if title.end < span.end else None
        org = org if org is not None else self._run(span, "ORG")
        if org is not None:
            if org.end <= title.start and org[-1].text.endswith("s") and len(org[-1]) > 2:
                org = self._own_span(org)  # "NTB scanpix FNs generalsekretær": FN's, not NTB's
                return self._canonical_organization(doc, org, org.text[:-1])
            text = org.text
            following = doc[org.end] if org.end < span.end else None
            if following is not None and following.is_lower and following._.role_part == "" and following.is_alpha:
                text = doc[org.start:org.end + 1].text
            return self._canonical_organization(doc, org, text)
        head = title[-1].text
        if "-" in head and head[0].isupper():
            return head.rsplit("-", 1)[0]
        return None

    def _own_span(self, org: Span) -> Span:
        """The shortest organisation span that holds the last word of ``org``."""
        last = org.end - 1
        holding = [(start, end) for start, end in self.org_spans if start <= last < end and start >= org.start]
        start, end = min(holding, key=lambda s: s[1] - s[0]) if holding else (last, last + 1)
        return org.doc[start:end]

    def _canonical_organization(self, doc: Doc, org: Span, text: str) -> str:
        """An organisation's name as the data files give it: a cluster's name without its
        programme prefix, a known organisation without its regional unit ("Innovasjon
        Noreg Vestland" is Innovasjon Norge)."""
        cluster = next((c for c in doc.spans.get("clusters", []) if c.start <= org.start and org.end <= c.end), None)
        if cluster is not None:
            return cluster._.canonical
        known = [name for start, _, name in self.organizations.find(text) if start == 0]
        return known[0] if known else text

    def _list_members(self, doc: Doc, i: int) -> list[tuple[Span, str | None]]:
        """Names after the first under a plural title: ", B i Siva og C i Forskningsrådet"."""
        members = []
        while i < len(doc) - 1 and doc[i].text in {",", "og"}:
            i += 1
            start = i
            while i < len(doc) and doc[i]._.role_part == "NAME":
                i += 1
            if i == start:
                break
            name, org = doc[start:i], None
            if i < len(doc) - 1 and doc[i].lower_ in self.prepositions_after_name and doc[i + 1]._.role_part == "ORG":
                org_start = i = i + 1
                while i < len(doc) and doc[i]._.role_part == "ORG":
                    i += 1
                org = self._canonical_organization(doc, doc[org_start:i], doc[org_start:i].text)
            members.append((name, org))
        return members


@Language.factory("newsfacts_roles")
def make_role_component(nlp: Language, name: str) -> "RoleComponent":
    return RoleComponent(nlp)


class RoleComponent:
    """Fills ``doc.spans["roles"]`` (label ROLE, ``span._.role``) and ``doc.spans["people"]``
    (PER, ``span._.canonical`` the name as a person's name is written: a credit's
    "Pedersen, Terje" is "Terje Pedersen")."""

    def __init__(self, nlp: Language) -> None:
        self.extractor = RoleExtractor(nlp)

    def __call__(self, doc: Doc) -> Doc:
        trim_person_entities(doc)
        roles, people, named_by_rule = [], [], []
        for found in self.extractor.extract(doc):
            span = doc.char_span(found["start"], found["end"], label="ROLE", alignment_mode="expand")
            if span is None:
                continue
            span._.role = found
            roles.append(span)
            if found["person"]:
                person = doc.char_span(found["person_start"], found["person_end"], label="PER",
                                       alignment_mode="expand")
                if person is not None:
                    person._.canonical = found.get("canonical") or found["person"]
                    people.append(person)
                    if found["person_source"] == "rule":
                        named_by_rule.append(person)
        doc.spans["roles"] = roles
        doc.spans["people"] = filter_spans(people)
        # A name next to a role title or credit is a person however the model cut it
        # ("Innlandet Christian Hedløv Engh"); a known organisation is an organisation.
        prefer_rule_entities(doc, filter_spans(named_by_rule), "PER", "rule:newsfacts_roles")
        prefer_rule_entities(doc, self._known_organizations(doc), "ORG", "rule:organizations")
        return doc

    def _known_organizations(self, doc: Doc) -> list[Span]:
        """Known organisations in ``doc`` as token spans, leaving out those inside a cluster name."""
        clusters = doc.spans.get("clusters", [])
        spans = []
        for start, end, _ in self.extractor.organizations.find(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span) and not any(span.start < c.end and c.start < span.end for c in clusters):
                spans.append(span)
        return filter_spans(spans)
