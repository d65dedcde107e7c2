"""People with their roles and organisations.

Persons come from the statistical NER (PER entities) when a model is loaded; where
it is not, or where it misses a name next to a role title or a photo credit, a
name pattern stands in. Roles and the prepositions that tie them to an
organisation live in ``data/roles.yaml``; known organisations in
``data/organizations.yaml``.

Patterns, on each sentence:
  ROLE [PREP ORG[, UNIT]][,] PERSON   "direktør i Innovasjon Norge, Innlandet Christian Hedløv Engh"
  PERSON[ (PARTY)], ROLE [PREP ORG]    "Eli Haugerud, leder for klyngeavdelingen hos Smart Innovation Norway"
  CREDIT: PERSON                       "Foto: Kate Langsethagen"
A role with an organisation but no person ("gratulerer daglig leder i Heidner
Biocluster") is kept with ``person=None``: the facts stage uses it to fill in the
organisation of a person named with the same role elsewhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.lexicon import alternation

from . import extensions  # noqa: F401
from .entities import prefer_rule_entities
from .lexicon import CAPITALISED_WORD, PERSON_NAME, load, word_regex

_ORG_LABELS = {"ORG", "GPE_ORG"}
_CAPITALISED_RUN = rf"{CAPITALISED_WORD}(?: (?:og|&|for|i) {CAPITALISED_WORD}| {CAPITALISED_WORD}){{0,4}}"


@dataclass
class _Found:
    start: int
    end: int
    text: str
    source: str  # "ner" or "rule"


class OrganizationFinder:
    """Known organisations and names ending in an organisation word ("Hedmark fylkeskommune")."""

    def __init__(self) -> None:
        data = load("organizations")
        self.canonical_of = {}
        for org in data["known"]:
            for form in [org["name"], *org.get("aliases", [])]:
                self.canonical_of[form] = org["name"]
        self.regex = re.compile(
            rf"(?<![\wæøåÆØÅ-])(?:(?P<known>{alternation(self.canonical_of)})"
            rf"|(?:{CAPITALISED_WORD} ){{1,3}}{alternation(data['name_suffixes'])})(?![\wæøåÆØÅ-])"
        )

    def find(self, text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), self.canonical_of.get(m.group(), m.group()))
                for m in self.regex.finditer(text)]


class RoleExtractor:
    """Finds (person, role, organisation) triples in a Doc; see the module docstring."""

    def __init__(self) -> None:
        data = load("roles")
        self.titles = word_regex(data["titles"])
        self.role_extension = re.compile(r" (?:for|av) [a-zæøå]+(?=\s+(?:%s)\b)" % "|".join(data["org_prepositions"]))
        self.preposition = re.compile(r"\s+(?:%s)\s+" % "|".join(map(re.escape, data["org_prepositions"])))
        cluster_cues = alternation(load("clusters")["cue_words"])
        self.preposition_after_name = re.compile(
            rf"\s+{alternation(data['org_prepositions_after_name'])}\s+(?i:{cluster_cues}\s+)?")
        self.credits = re.compile(r"(?<![\wæøå])(?P<credit>%s)\s*:\s*" % alternation(data["credits"]), re.IGNORECASE)
        self.credit_roles = {k.lower(): v for k, v in data["credits"].items()}
        self.person_name = re.compile(PERSON_NAME)
        self.capitalised_run = re.compile(_CAPITALISED_RUN)
        self.organizations = OrganizationFinder()
        self.regional_unit = re.compile(rf", {alternation(load('organizations')['regional_units'])}(?= )")

    # -- candidate spans -------------------------------------------------
    def _orgs(self, doc: Doc) -> list[_Found]:
        found = [_Found(s.start_char, s.end_char, s.text, "ner") for s in doc.ents if s.label_ in _ORG_LABELS]
        found += [_Found(s.start_char, s.end_char, s._.canonical, "rule") for s in doc.spans.get("clusters", [])]
        found += [_Found(a, b, name, "rule") for a, b, name in self.organizations.find(doc.text)]
        return found

    def _person_at(self, doc: Doc, pos: int, blocked: list[_Found]) -> _Found | None:
        """The person whose name starts at character ``pos``, if any."""
        for ent in doc.ents:
            if ent.start_char == pos and ent.label_ == "PER":
                return _Found(ent.start_char, ent.end_char, ent.text, "ner")
        match = self.person_name.match(doc.text, pos)
        if not match:
            return None
        end = match.end()
        if any(b.start < end and pos < b.end for b in blocked):
            return None
        for ent in doc.ents:  # a model that saw a non-person here knows better than the pattern
            if ent.start_char < end and pos < ent.end_char and ent.label_ != "PER":
                return None
        return _Found(pos, end, match.group(), "rule")

    def _person_ending_at(self, doc: Doc, pos: int, sentence: Span, blocked: list[_Found]) -> _Found | None:
        """The person whose name ends right before ``pos`` (", ROLE ..." follows it)."""
        for ent in doc.ents:
            if ent.label_ == "PER" and ent.end_char == pos:
                return _Found(ent.start_char, ent.end_char, ent.text, "ner")
        window = doc.text[sentence.start_char:pos]
        for match in self.person_name.finditer(window):
            if sentence.start_char + match.end() == pos:
                return self._person_at(doc, sentence.start_char + match.start(), blocked)
        return None

    def _org_at(self, doc: Doc, pos: int, orgs: list[_Found], generic: bool) -> _Found | None:
        starting = [o for o in orgs if o.start == pos]
        if starting:  # known organisations and clusters have canonical names: they win over the model's span
            return max(starting, key=lambda o: (o.source == "rule", o.end - o.start))
        if generic:
            match = self.capitalised_run.match(doc.text, pos)
            if match:
                return _Found(pos, match.end(), match.group(), "rule")
        return None

    # -- patterns --------------------------------------------------------
    def extract(self, doc: Doc) -> list[dict]:
        """Role triples with character offsets: person, role, organization, start, end, source."""
        text = doc.text
        orgs = self._orgs(doc)
        blocked = orgs + [_Found(s.start_char, s.end_char, s.text, "rule") for s in doc.spans.get("dates", [])]
        results = []
        for sentence in doc.sents:
            s_text = sentence.text
            for title in self.titles.finditer(s_text):
                t_start = sentence.start_char + title.start()
                t_end = sentence.start_char + title.end()
                extension = self.role_extension.match(text, t_end)
                role_end = extension.end() if extension else t_end
                role = re.sub(r"\s+", " ", text[t_start:role_end]).lower()
                org, after = None, role_end
                prep = self.preposition.match(text, role_end)
                if prep:
                    org = self._org_at(doc, prep.end(), orgs, generic=False)
                    if org is None:
                        generic = self._org_at(doc, prep.end(), orgs, generic=True)
                        if generic and text[generic.end:generic.end + 1] in {",", ".", ""}:
                            org = generic
                    if org:
                        after = org.end
                        unit = self.regional_unit.match(text, after)
                        if unit and self._person_at(doc, unit.end() + 1, blocked):
                            after = unit.end()
                gap = re.match(r",?\s+", text[after:])
                person = self._person_at(doc, after + gap.end(), blocked) if gap else None
                if person and org is None:
                    prep_after = self.preposition_after_name.match(text, person.end)
                    org = self._org_at(doc, prep_after.end(), orgs, generic=False) if prep_after else None
                rule = "role-before-name"
                if person is None:
                    before = re.search(r"(?: \([^()\n]{1,15}\))?,\s*$", text[sentence.start_char:t_start])
                    if before:
                        person = self._person_ending_at(doc, sentence.start_char + before.start(), sentence, blocked)
                        rule = "name-comma-role"
                        if person and not org and prep:
                            org = self._org_at(doc, prep.end(), orgs, generic=True)
                if person is None and org is None:
                    continue
                start = min(t_start, person.start if person else t_start)
                end = max(role_end, org.end if org else role_end, person.end if person else role_end)
                results.append({
                    "person": person.text if person else None, "role": role,
                    "organization": org.text if org else None, "start": start, "end": end,
                    "rule": rule if person else "role-with-organization",
                    "person_source": person.source if person else None,
                    "person_start": person.start if person else None,
                    "person_end": person.end if person else None,
                })
            for credit in self.credits.finditer(s_text):
                pos = sentence.start_char + credit.end()
                person = self._person_at(doc, pos, blocked)
                if person:
                    results.append({
                        "person": person.text, "role": self.credit_roles[credit["credit"].lower()],
                        "organization": None, "start": sentence.start_char + credit.start(),
                        "end": person.end, "rule": "credit", "person_source": person.source,
                        "person_start": person.start, "person_end": person.end,
                    })
        return results


@Language.factory("newsfacts_roles")
def make_role_component(nlp: Language, name: str) -> "RoleComponent":
    return RoleComponent()


class RoleComponent:
    """Fills ``doc.spans["roles"]`` (label ROLE, ``span._.role``) and ``doc.spans["people"]`` (PER)."""

    def __init__(self) -> None:
        self.extractor = RoleExtractor()

    def __call__(self, doc: Doc) -> Doc:
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
        for start, end, _ in self.extractor.organizations.find(doc.text):
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span) and not any(span.start < c.end and c.start < span.end for c in clusters):
                spans.append(span)
        return filter_spans(spans)
