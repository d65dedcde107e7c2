"""Entities of an article: what each name is and which full name a short mention means.

- ``prefer_rule_entities``: where a rule knows better than the statistical NER model,
  the rule's span wins in ``doc.ents``.
- ``trim_person_entities``: the model's PER spans lose words that are not part of the
  name ("Klyngesjef Torbjørn Akersveen", "Mener Kleveland", "2-0. Zuccarello",
  "Danskenes Mikkel Hansen").
- The ``newsfacts_entities`` component fills ``doc.spans["mentions"]``: every entity mention with its type decided
  once per article over all its mentions, the name lists of ``data/names.yaml`` ("Reuters", "Juventus", "Geilo" are
  never people) and ``firm_names`` (lists of firms, "NAME, TITLE FIRM"), and ``span._.canonical`` the entity's
  name: a surname, first name or possessive mention ("Djuves", "Siv Jensens") names the full-name person of the
  same article."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache, partial

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.lexicon import alternation

from ..backbone.tags import is_proper_noun

from . import extensions, firm_names, person_edges, person_names  # noqa: F401
from .lexicon import CAPITALISED_WORD, load
from .entity_repairs import repair_entities
from .organizations import Organizations, organization_name
from .titles import TitleLexicon

_NON_PERSON_LABELS = {"outlets": "ORG", "agencies": "ORG", "clubs": "ORG", "places": "GPE_LOC", "countries": "GPE_LOC"}
_GENITIVE_PLURAL = ("enes", "anes", "ernes")
_OWNED = frozenset({"ORG", "GPE_ORG"})  # what a person's genitive may stand before: "Ståle Solbakkens FC København"


class OrganizationFinder:
    """Known organisations and names ending in an organisation word ("Hedmark fylkeskommune"),
    found in a text. The events component asks this about its text slices; the other
    components use the token-level ``organizations.OrganizationMatcher``, which finds the same."""

    def __init__(self) -> None:
        data = load("organizations")
        self.canonical_of = {}
        for org in data["known"]:
            for form in [org["name"], *org.get("aliases", [])]:
                self.canonical_of[form] = org["name"]
        self.regex = re.compile(
            rf"(?<![\wæøåÆØÅ-])(?:(?P<known>{alternation(self.canonical_of)})s?"
            rf"|(?:{CAPITALISED_WORD} ){{1,3}}{alternation(data['name_suffixes'])})(?![\wæøåÆØÅ-])"
        )
        self._last: tuple[str | None, tuple] = (None, ())

    def find(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """(start, end, canonical name) of each organisation in ``text``; a genitive
        ("Innovasjon Norges") is found with its -s, named without it. The last text's answer
        is kept: the events component asks about the same Doc text for each clause."""
        if self._last[0] is not text:
            self._last = (text, tuple((m.start(), m.end(), self.canonical_of.get(m.group("known") or m.group(), m.group()))
                                      for m in self.regex.finditer(text)))
        return self._last[1]


def prefer_rule_entities(doc: Doc, spans: list[Span], label: str, rule: str) -> None:
    """Replace the model's entities that overlap ``spans`` by ``spans`` labelled ``label``,
    marked with ``span._.rule`` so their provenance names the rule, not the model.

    Only when a model has annotated entities; ``spans`` must not overlap each other.
    """
    if not spans or not doc.has_annotation("ENT_IOB"):
        return
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    added = [Span(doc, s.start, s.end, label=label) for s in spans]
    for span in added:
        span._.rule = rule
    doc.ents = kept + added


def trim_person_entities(doc: Doc, organizations: Organizations) -> None:
    """Cut the words that are not a name off the ends of the model's PER entities; a place
    or organisation in front ("ordfører i Malvik Ingrid Aune") becomes its own entity.
    ``organizations`` are the Doc's organisations."""
    if not doc.has_annotation("ENT_IOB"):
        return
    titles, speech_verbs = _titles(), _speech_verbs()
    repair_entities(doc, titles, organizations)
    entities = doc.ents
    if not any(e.label_ == "PER" for e in entities):
        return  # no person's name to trim: the entities stay as they are
    other = {e.text for e in entities if e.label_ != "PER"}
    ents = []
    for ent in entities:
        if ent.label_ != "PER":
            ents.append(ent)
            continue
        start, end = _after_genitive_organization(ent, organizations), ent.end
        if start > ent.start:  # "Innovasjon Norges Anita Krohn Traaseth"
            ents.append(Span(doc, ent.start, start, label="ORG"))
        while start < end and _not_a_name_start(doc[start], titles, speech_verbs, other, end - start):
            start += 1
        if (cut := person_names.genitive_inside(doc, start, end, partial(_known_organization, organizations))):
            ents.append(Span(doc, start, cut[0], label="ORG") if cut[1] else Span(doc, cut[0], end, label="ORG"))
            start, end = (cut[0], end) if cut[1] else (start, cut[0])
        while end > start and (not doc[end - 1].text[:1].isalpha() or doc[end - 1].text.endswith("-")):
            end -= 1
        if (last_label := person_edges.last_word_label(doc, start, end, _countries())) is not None:
            ents.append(Span(doc, end - 1, end, label=last_label))  # "Phil Neville England"
            end -= 1
        if start == ent.start and _place_before_name(doc, start, end, titles):
            ents.append(Span(doc, start, start + 1, label="GPE_LOC"))
            start += 1
        for piece_start, piece_end in person_names.pieces(doc, start, end, titles):
            piece_start, piece_end = person_names.edges(doc, piece_start, piece_end, titles)
            if piece_end > piece_start:
                ents.append(Span(doc, piece_start, piece_end, label="ORG" if firm_names.titled_organization(
                    doc, piece_start, titles) else "PER"))  # "Kari Li, daglig leder Havbruk Valley": where she is
    doc.ents = ents


def _known_organization(organizations: Organizations, start: int, end: int) -> bool:
    """Tokens ``start:end`` are an organisation the data lists or the Doc's organisations hold whole."""
    found = organizations.at(start, end)
    doc = organizations.doc
    return found is not None and found.end == end or doc[start:end].text in _non_person_names() \
        or organization_name([t.text for t in doc[start:end]])


@cache
def _non_person_names() -> frozenset[str]:
    names = load("names")
    return frozenset(n for key in _NON_PERSON_LABELS for n in names[key])


def _after_genitive_organization(ent: Span, organizations: Organizations) -> int:
    """Where the name starts in a PER entity opened by a known organisation's genitive."""
    found = organizations.at(ent.start, ent.end)
    if found is not None and ent.doc[found.start:found.end].text.endswith("s") and ent.end - found.end >= 2:
        return found.end
    return ent.start


@cache
def _countries() -> frozenset[str]:
    return frozenset(load("names")["countries"])


@cache
def _titles() -> TitleLexicon:
    return TitleLexicon()


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(v for v in load("roles")["speech_verbs"] if " " not in v)


@cache
def _words() -> dict:
    """The word lists of ``data/names.yaml`` the module functions test against."""
    names = load("names")
    return {"place_prepositions": frozenset(names["title_place_prepositions"]),
            "verb_endings": tuple(names["verb_endings"]),
            "name_joins": frozenset({load("function_words")["and"], "and"})}


def _not_a_name_start(token, titles, speech_verbs: set[str], other: set[str], length: int) -> bool:
    text = token.text
    if not text[:1].isalpha() or token.is_lower or text.lower() in speech_verbs or text.lower() in titles.former:
        return True
    if token.is_sent_start and length > 1 and (text.lower().endswith(tuple(load("names")["common_noun_endings"]))
                                               or person_names.common_word_opening(token)):
        return True  # "Avdelingen Hjelm-Hansen", "Nevnte Rodrigo"
    if length > 1 and (titles.base(text) or person_names.word_before_name(token, titles, length)):
        return True
    genitive = text.endswith("s") and length > 2
    return genitive and (text[:-1] in other or text.lower().endswith(_GENITIVE_PLURAL))


def _place_before_name(doc: Doc, start: int, end: int, titles) -> bool:
    """"ordfører i Malvik Ingrid Aune": the first of three or more words after TITLE PREP."""
    return (end - start >= 3 and start >= 2 and doc[start - 1].lower_ in _words()["place_prepositions"]
            and titles.base(doc[start - 2].text) is not None)


@Language.factory(
    "newsfacts_entities",
    assigns=["doc.spans", "span._.canonical", "span._.rule"],
    requires=["doc.spans", "token._.role_part", "token.is_sent_start"],
)
def make_entity_component(nlp: Language, name: str) -> "EntityComponent":
    return EntityComponent()


class EntityComponent:
    """Fills ``doc.spans["mentions"]`` (see the module docstring)."""

    def __init__(self) -> None:
        names = load("names")
        self.listed = {n: label for key, label in _NON_PERSON_LABELS.items() for n in names[key]}
        self.outlets = frozenset([*names["outlets"], *names["agencies"]])
        self.possessives = frozenset(names["possessives"])
        self.street_words = set(names["street_words"])
        self.street_ending = re.compile(f"(?P<word>.{{3,}})({alternation(names['street_endings'])})$")
        self.place_words = frozenset(names["place_first_words"])
        self.type_nouns = {noun: label for label, nouns in names["type_nouns"].items() for noun in nouns}
        self.type_heads = {noun: label for label, nouns in names["type_heads"].items() for noun in nouns}
        self.type_head = re.compile(f".{{3,}}({alternation(self.type_heads)})$")
        self.place_prepositions = set(names["place_prepositions"])
        self.noun_endings = tuple(names["common_noun_endings"])

    def __call__(self, doc: Doc) -> Doc:
        mentions = _mentions(doc)
        known = {word for _, name, _ in mentions for word in name.split()}
        keys = {(m[0].start, m[0].end): _without_possessive(m[0], m[1], known) or m[1] for m in mentions}
        labels = self._labels(mentions, keys)
        people = [(span, keys[(span.start, span.end)], name) for span, name, _ in mentions
                  if labels[keys[(span.start, span.end)]] == "PER"]
        names = resolve_people(people)
        evidenced = person_names.with_evidence(doc, [(span, names.get((span.start, span.end)))
                                                     for span, _, _ in people if names.get((span.start, span.end))])
        spans = []
        for span, canonical, source in mentions:
            key = keys[(span.start, span.end)]
            label = labels[key]
            name = names.get((span.start, span.end)) if label == "PER" else canonical
            if name is None or label == "PER" and (name not in evidenced or self._not_a_name(span, name)):
                continue
            mention = Span(doc, span.start, span.end, label=label)
            mention._.canonical = name
            mention._.rule = source
            spans.append(mention)
        doc.spans["mentions"] = spans
        return doc

    def _labels(self, mentions: list[tuple[Span, str, str | None]], keys: dict) -> dict[str, str]:
        """One label per name in the article: the data lists first, then the majority of
        its mentions; a tie goes to the label that is not PER. A name of two words or more that
        opens an organisation's name in the article is that organisation's."""
        votes: dict[str, Counter] = defaultdict(Counter)
        for span, _, _ in mentions:
            votes[keys[(span.start, span.end)]][self._vote(span)] += 1
        labels = {}
        for key, counter in votes.items():
            if key in self.listed and counter.keys() - {"CLUSTER"}:
                labels[key] = self.listed[key] if "CLUSTER" not in counter else "CLUSTER"
                continue
            ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0] == "PER"))
            labels[key] = ranked[0][0]
        bodies = [key for key, label in labels.items() if label in _OWNED]
        for key, label in labels.items():  # "Cedars Sinai" where the article writes "Cedars Sinai Hospital"
            if label == "PER" and " " in key and any(body.startswith(key + " ") for body in bodies) \
                    and not person_names.known_first_name(key.split()[0]):  # not "Kari Dal" of "Kari Dal AS"
                labels[key] = "ORG"
        return labels

    def _vote(self, span: Span) -> str:
        """The label one mention votes for: the model's, unless the words around it say
        what it is ("Olav Tryggvasons gate", "orkanen Dorian", "på Stiklestad")."""
        if span.label_ != "PER":
            return span.label_
        doc = span.doc
        if span.end < len(doc) and doc[span.end].lower_ in self.street_words or span[0].text in self.place_words \
                or person_names.street_name(span[-1].lower_, self.street_ending):
            return "LOC"  # "Olav Tryggvasons gate", "Nordre Kanken", "Strandgate"
        if len(span) > 1 and (person_names.acronym_first(span) or span[0].text in self.outlets
                              or organization_name([t.text for t in span])):
            return "ORG"  # "RB Leipzig", "BASF Brattvåg", "Planet Labs Inc.", "Philips Petroleum", "NRK Sport"
        before = doc[span.start - 1].lower_ if span.start else ""
        if before in self.type_nouns:
            return self.type_nouns[before]
        if person_names.place_or_body_name(span) or person_names.between_organizations(span) \
                or firm_names.in_firm_list(span) or before in self.possessives and doc[span.start - 1].is_lower:
            return "ORG"  # "Sandnes Ulf", "Misjonskirken Norge"; "Kongsberg, Roxar Emerson, Fugro"; "hans Zulte Waregem"
        noun = span.start and _common_noun(doc[span.start - 1]) and doc[span.start - 1].is_lower
        if noun and (typed := self.type_head.match(before)):  # "energiselskapet", not "Arbeiderpartiet"
            return self.type_heads[typed.group(1)]
        return "GPE_LOC" if len(span) == 1 and before in self.place_prepositions else "PER"

    def _not_a_name(self, span: Span, name: str) -> bool:
        """A one-word "name" that is a title ("Kronprinsen"), a common noun in the definite
        ("Byrået"), or a common noun opening a sentence: the tagger says so, the article writes it in lower case elsewhere
        ("Bussen kjørte ... bussen"), or it ends like no name does ("Siktelsen")."""
        if " " in name or len(span) != 1:
            return False
        if _titles().base(span.text) or person_names.definite_common_noun(span.text):
            return True  # "Kronprinsen"; "opplyser Byrået"
        token = span[0]
        opens = token.is_sent_start or token.i > 0 and token.nbor(-1).is_sent_start and token.nbor(-1).is_punct
        if not opens:
            return False
        word = span.text.lower()
        return _common_noun(token) or word.endswith(self.noun_endings) or any(t.text == word for t in span.doc)


def _common_noun(token) -> bool:
    """NOUN and not a name (UD Nynorsk tags "Marie" NOUN too)."""
    return token.pos_ == "NOUN" and not is_proper_noun(token)


def _mentions(doc: Doc) -> list[tuple[Span, str, str | None]]:
    """(span, name, source) of every entity mention: the model's (or rules') entities,
    the people the roles component named (with the name a credit gives), the clusters."""
    clusters = {(c.start, c.end) for c in doc.spans.get("clusters", [])}
    named = {(p.start, p.end): p._.canonical or p.text for p in doc.spans.get("people", [])}
    found = [(e, named.get((e.start, e.end), e.text.removesuffix("/")), e._.rule) for e in doc.ents
             if (e.start, e.end) not in clusters and person_names.name_like(e)]
    in_ents = {(e.start, e.end) for e in doc.ents if e.label_ == "PER"}
    found += [(p, named[(p.start, p.end)], "rule:newsfacts_roles") for p in doc.spans.get("people", [])
              if (p.start, p.end) not in in_ents]
    found += [(c, c._.canonical, "rule:newsfacts_clusters") for c in doc.spans.get("clusters", [])]
    return found


def _without_possessive(span: Span, name: str, known: set[str]) -> str | None:
    """"Siv Jensens tale" -> "Siv Jensen" when the article also names (Siv) Jensen
    without the -s, or a full name stands before a noun or an organisation and does not end like
    surnames in -s do ("Pep Guardiolas lag", "Ståle Solbakkens FC København"; "Bjørnar Moxnes
    parti" stays); None otherwise."""
    if span.label_ != "PER" or len(name) < 4:
        return None
    for ending in ("'s", "’s", "'", "’"):
        if name.endswith(ending):
            return name[: -len(ending)]
    if not name.endswith("s"):
        return None
    if name[:-1].split()[-1] in known:
        return name[:-1]
    following = span.doc[span.end] if span.end < len(span.doc) else None
    genitive = (" " in name and following is not None and (_noun_like(following) or following.ent_type_ in _OWNED)
                and not name.endswith(tuple(load("names")["s_endings"])))
    return name[:-1] if genitive else None


def resolve_people(people: list[tuple[Span, str, str]]) -> dict[tuple[int, int], str | None]:
    """The full name each person mention names, by token offsets, from (span, name
    without possessive, name as found); None drops a possessive word with no person
    behind it ("Pandoras boks")."""
    names = {(span.start, span.end): " ".join(_shared_surname(span, name).split()) for span, name, _ in people}
    full = Counter(n for n in names.values() if len(n.split()) > 1)
    canonical = person_names.merge_full_names(full)
    resolved = {}
    for span, name, found in people:
        words = names[(span.start, span.end)].split()
        if len(words) > 1 and canonical[" ".join(words)] != " ".join(words):
            resolved[(span.start, span.end)] = canonical[" ".join(words)]
            continue
        if len(words) > 1:
            resolved[(span.start, span.end)] = " ".join(words)
            continue
        candidates = {canonical[f] for f in full if _names_part(words, f.split(), _after_title(span))}
        if len(candidates) == 1:
            resolved[(span.start, span.end)] = candidates.pop()
        else:
            resolved[(span.start, span.end)] = None if _possessive_only(found, people) else words[0]
    return resolved


def _possessive_only(found: str, people: list[tuple[Span, str, str]]) -> bool:
    """A one-word name in -s that only ever stands before a lowercase word ("Pandoras
    boks"): a possessive of a name the article never gives."""
    if not found.endswith("s") or " " in found:
        return False
    same = [span for span, _, text in people if text == found]
    return all(span.end < len(span.doc) and _noun_like(span.doc[span.end]) for span in same)


def _noun_like(token) -> bool:
    """A lowercase word the tagger calls a noun; without a tagger, one that does not end
    like a verb in the present or past ("spilte", "sier", "vant" count as verbs)."""
    if not (token.is_lower and token.is_alpha):
        return False
    if token.pos_:
        return token.pos_ in {"NOUN", "ADJ"}
    return not token.text.endswith(_words()["verb_endings"])


def _shared_surname(span: Span, name: str) -> str:
    """"Phil og Gary Neville": the first name before "og" shares the surname after it."""
    doc = span.doc
    if len(name.split()) == 1 and span.end + 1 < len(doc) and doc[span.end].lower_ in _words()["name_joins"]:
        after = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == "PER"), None)
        if after is not None and len(after) > 1:
            return f"{name} {' '.join(t.text for t in after[1:])}"
    return name


def _after_title(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1]._.role_part == "TITLE"


def _names_part(words: list[str], full: list[str], after_title: bool) -> bool:
    """A surname (or the last names) of ``full``, one of its middle names, or its first
    name when no title stands before it ("kong Harald" is not Harald T. Nesvik)."""
    words, full = [w.lower() for w in words], [w.lower() for w in full]
    if len(words) >= len(full):
        return False
    if words == full[-len(words):] or len(words) == 1 and words[0] in full[1:-1]:
        return True
    return not after_title and words == full[:len(words)]
