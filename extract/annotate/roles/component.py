"""The ``newsfacts_roles`` component: role spans, people and the entities roles correct."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...backbone.names import known_first_name
from ..credits import CreditReader
from ..entities import prefer_rule_entities, trim_person_entities
from ..lexicon import load
from ..organizations import OrganizationMatcher, Organizations
from ..titles import TitleLexicon
from .chained import ChainedRoles
from .english import EnglishRoles
from .glued import split_glued_names
from .matches import RolePatterns
from .nations import NationalOffices
from .parts import PartMarker
from .lists import CaptionLists
from .parsed import ParsedRoles
from .parenthesised import organizations_after_comma, organizations_in_parentheses
from .referents import OrganizationReferents
from .cells import cell_rows, without_shifted
from .rows import MarkedDoc, RowBuilder, compound_owner
from .staff_lists import StaffLists, with_staff_lists
from .units import UnitRoles
from .verbs import RunningVerbs
from .leading import LeadingVerbs


_BEFORE_NAME_PARTS = frozenset({"TITLE", "ORG"})  # a title and its organisation, no part of the name after them


@Language.factory(
    "newsfacts_roles",
    assigns=["doc.spans", "doc.ents", "span._.role", "span._.canonical", "span._.rule", "token._.role_part"],
    requires=["doc.spans", "token.is_sent_start"],
)
def make_role_component(nlp: Language, name: str) -> "RoleComponent":
    return RoleComponent(nlp)


class RoleComponent:
    """Fills ``doc.spans["roles"]`` (label ROLE, ``span._.role``) and ``doc.spans["people"]``
    (PER, ``span._.canonical`` the name as a person's name is written: a credit's
    "Pedersen, Terje" is "Terje Pedersen")."""

    def __init__(self, nlp: Language) -> None:
        self.lexicon = lexicon = TitleLexicon()
        self.organizations = OrganizationMatcher(nlp)
        self.parts = PartMarker(nlp, lexicon)
        self.patterns = RolePatterns(nlp)
        self.rows = RowBuilder(lexicon)
        self.parsed = ParsedRoles(self.rows)
        self.lists = CaptionLists(self.rows, lexicon)
        self.staff = StaffLists(self.rows, lexicon)
        self.credits = CreditReader(lexicon)
        self.english = EnglishRoles()
        self.referents = OrganizationReferents()
        self.and_word = load("function_words")["and"]
        self.chained = ChainedRoles(lexicon, self.and_word)
        self.units = UnitRoles()
        self.nations = NationalOffices()
        self.running = RunningVerbs()
        self.leading = LeadingVerbs(self.referents.cluster_words)

    def __call__(self, doc: Doc) -> Doc:
        organizations = self.organizations.find(doc)
        trim_person_entities(doc, organizations)
        roles, people, named_by_rule = [], [], []
        for found in self.extract(doc, organizations):
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
                    if found["person_source"] == "rule" or _cut_from_entity(person):
                        named_by_rule.append(person)
        named_by_rule += _coordinated_names(doc, self.and_word)
        doc.spans["roles"] = roles
        staff_organizations = [doc[s.start:s.end] for s in roles if "organization_start" in s._.role
                               for s in [doc.char_span(s._.role["organization_start"], s._.role["organization_end"])]
                               if s is not None] + _genitive_organizations_as_people(doc)
        doc.spans["people"] = filter_spans(people)
        # A name next to a role title or credit is a person however the model cut it
        # ("Innlandet Christian Hedløv Engh"); a known organisation is an organisation.
        prefer_rule_entities(doc, filter_spans(named_by_rule), "PER", "rule:newsfacts_roles")
        prefer_rule_entities(doc, _outside_clusters(doc, organizations), "ORG", "rule:organizations")
        prefer_rule_entities(doc, filter_spans(staff_organizations), "ORG", "rule:newsfacts_roles")
        return doc

    def extract(self, doc: Doc, organizations: Organizations) -> list[dict]:
        """Role rows with character offsets: person, role, organization, former, rule, person span."""
        known = [(found.start, found.end) for found in organizations.spans()]
        org_spans = self.parts.organization_spans(doc, known)
        parts = self.parts.mark(doc, org_spans)
        english = self.english.rows_for(doc)
        leading = self.leading.rows_for(doc, org_spans)  # "Kari Holm leder Nordvik Jaktlag": no title word needed
        if parts is None:
            return _new_people(english + leading) + self.credits.read(doc, organizations)
        split_glued_names(doc, parts, self.rows.org_prepositions, self.lists.group_prepositions)
        referred = self.referents.find(doc, parts)
        for i, name in referred.items():  # "selskapets konsernsjef": the company named before
            parts[i] = doc[i]._.role_part = "ORG" if name else ""
            if name and parts[i - 1] == "TITLE" and doc[i - 1].lower_ in self.rows.org_prepositions:
                parts[i - 1] = doc[i - 1]._.role_part = ""  # "prosjektleiar i klyngen": no field of the title
        marked = MarkedDoc(doc, parts, org_spans, organizations, referred)
        matches = self.patterns(doc, parts)
        results = [row for rule, span in matches for row in self.rows.rows(marked, rule, span)]
        results += self.parsed.rows_for(marked, [span for rule, span in matches if rule != "role-with-organization"],
                                        results)
        cells = cell_rows(marked, self.rows)
        results = without_shifted(results + self.lists.rows_for(marked), cells) + cells
        results = with_staff_lists(results, self.staff.rows_for(marked))
        results = self.lists.with_group_organizations(marked, results)
        results = self.units.held_in_organizations(doc, self.chained.chain(doc, results), parts)
        results = organizations_after_comma(doc, organizations_in_parentheses(doc, results, parts), parts)
        results = [row for row in results if not any(_same_person_and_place(row, other) for other in english)]
        results = [split for row in results + english for split in self._coordinated_roles(doc, row)]
        results = self.running.fill(doc, self.nations.fill(doc, results), parts)
        return _new_people(results + leading) + self.credits.read(doc, organizations)

    def _coordinated_roles(self, doc: Doc, row: dict) -> list[dict]:
        """A row for each of the roles of a list joined by "og" and commas ("psykolog og
        familieterapeut", "forretningsmannen og eiendomsutvikler", "journalisten, skribenten og
        aktivisten"), each in its base form and with a span of its own (a span holds one role);
        one row for a coordination inside a compound ("barne- og familieminister")."""
        first, joined, second = row["role"].partition(f" {self.and_word} ")
        first = first.removesuffix(",").rstrip()  # "investor, kunstsamler, og troféjeger"
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        if not joined or first.endswith("-") or not first or not second or span is None \
                or self._field_list(first.split()):
            return [row]  # one field of two nouns: "fylkesråd for plan og næring", "for næring, plan og miljø"
        join = next((t for t in span[1:-1] if t.lower_ == self.and_word and _before_link(t).lower_ == first.split()[-1]),
                    None)
        if join is None:
            return [row]
        former, last = self._former_last(second)  # "kunstsamler og tidligere troféjeger": only the last was
        before = [{**member, "former": False} if former else member for member in self._listed_before(row, join, first)]
        return [*before, {**row, "role": self._base_role(last), "former": row["former"] or former,
                          "start": min(row["person_start"] or join.nbor(1).idx, join.nbor(1).idx)}]

    def _former_last(self, role: str) -> tuple[bool, str]:
        """Does the last role of a list open with a word of ``former``, and the role without it."""
        word, _, rest = role.partition(" ")
        return (True, rest) if rest and word in self.lexicon.former else (False, role)

    def _listed_before(self, row: dict, join, first: str) -> list[dict]:
        """The rows of the roles before "og" ("journalisten , skribenten"): each ends at its last word."""
        rows, end_token = [], _before_link(join)
        for i, words in reversed(list(enumerate(re.split(r" ?, ", first)))):
            end = end_token.idx + len(end_token)
            owner = compound_owner(end_token.text) if " " not in words else None
            if owner is not None:  # "Orkla-eier, investor og ...", "Fjordby-kaptein og tidligere Nordvik-spiller"
                words = words[len(owner) + 1:]
            rows.append({**row, "role": self._base_role(words), "end": max(row["person_end"] or 0, end),
                         **({"organization": owner} if owner is not None else {}),
                         **({"start": min(row["person_start"] or end_token.idx, end_token.nbor(-len(words.split()) + 1).idx)}
                            if i else {})})
            if i:
                end_token = end_token.nbor(-len(words.split()) - 1)
        return rows[::-1]

    def _field_list(self, words: list[str]) -> bool:
        """Do ``words`` end in a field preposition and a field, or a list of fields joined by commas?"""
        k = len(words) - 2
        while k >= 2 and words[k].endswith(","):
            k -= 1
        return k >= 1 and words[k] in self.lexicon.field_prepositions

    def _base_role(self, role: str) -> str:
        words = role.split()
        base = self.lexicon.role_base(words[-1])
        return " ".join([*words[:-1], base[0]]) if base is not None else role


def _genitive_organizations_as_people(doc: Doc) -> list[Span]:
    """The model's people in the genitive before a title whose words the roles marked as an
    organisation's: "Vestby Engineerings leder Kari Holm" (genitive_names.py)."""
    return [e for e in doc.ents if e.label_ == "PER" and e.end < len(doc) and e[-1].text.endswith("s")
            and doc[e.end]._.role_part == "TITLE" and all(t._.role_part == "ORG" for t in e)]


def _before_link(join) -> "Token":
    """The word before "og", past a comma before it ("kunstsamler, og")."""
    before = join.nbor(-1)
    return before.nbor(-1) if before.text == "," and before.i > 0 else before


def _coordinated_names(doc: Doc, and_word: str) -> list[Span]:
    """Names no entity covers joined by "og" to a person the model found: "programleder Kari
    Holm og Oda Lien-Brekke" (marked as NAME parts: only where a title stands); none that
    opens with a word in -s that is no first name the data knows."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PER" or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != and_word:
            continue
        end = ent.end + 1
        while end < len(doc) and doc[end]._.role_part == "NAME" and not doc[end].ent_type_:
            end += 1
        first = doc[ent.end + 1].text
        if end - ent.end > 2 and not (first.endswith("s") and not known_first_name(first)):
            found.append(doc[ent.end + 1:end])  # not "Sunwebs Marc Hirschi": a genitive may open the run
    return found


def _new_people(rows: list[dict]) -> list[dict]:
    """``rows`` but those of a verb of leading whose person another row already gives a role in
    that organisation, or a role of that word (a title of that head and no organisation takes the
    verb's), and but the rows whose "person" is the organisation a verb of leading names."""
    leading = [r for r in rows if r["rule"] == "leading-verb"]
    others = [r for r in rows if r["rule"] != "leading-verb"  # not "leiar Nordvik Sparebank" as a title and a name
              and not any(r["person"] == lead["organization"] for lead in leading)]
    for i, row in enumerate(others):  # "Daglig leder Kari Holm leder Nordvik Jaktlag": the title's organisation
        lead = next((r for r in leading if r["person"] == row["person"] and row["organization"] is None
                     and row["role"].split()[-1] == r["role"]), None)
        if lead is not None:
            others[i] = {**row, "organization": lead["organization"]}
    return others + [r for r in leading if not any(
        o["person"] == r["person"] and (o["organization"] == r["organization"] or o["role"] == r["role"])
        for o in others)]


def _same_person_and_place(row: dict, english: dict) -> bool:
    """Is ``row`` about the person of an English role row, read from the same words? The English
    reading wins there ("Kari Lie, Business Manager at X": not "Business" as the organisation)."""
    return (row["person_start"] is not None and row["person_start"] < english["person_end"]
            and english["person_start"] < row["person_end"] and row["start"] < english["end"]
            and english["start"] < row["end"])


def _cut_from_entity(person: Span) -> bool:
    """Does the model's PER entity start before ``person``, on its title ("Bussjåfør Silje Årdal")
    or on the organisation the title names ("Målvakten til Nordvik Ola Fjellheim")?"""
    first = person[0]
    return first.ent_type_ == "PER" and first.ent_iob_ == "I" and first.nbor(-1)._.role_part in _BEFORE_NAME_PARTS


def _outside_clusters(doc: Doc, organizations: Organizations) -> list[Span]:
    """Known organisations in ``doc`` as token spans, leaving out those inside a cluster name."""
    clusters = doc.spans.get("clusters", [])
    spans = [doc[found.start:found.end] for found in organizations.spans()]
    return filter_spans([s for s in spans if not any(s.start < c.end and c.start < s.end for c in clusters)])
