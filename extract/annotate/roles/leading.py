"""Roles told by a verb of leading, with no title word: "Kari Holm leder Nordvik Jaktlag" and
"Kari Holm skal lede den nye klyngen" (the person is the subject, the organisation the object),
"Nordvik Jaktlag ledes av Kari Holm", "Klyngen har vært ledet av Kari Holm", "Klynga vert leidd
av Kari Holm" (the organisation is the subject, the person after "av"); "Kari Holm leiar Nordvik
Sparebank", where the tagger reads the verb as a noun, by its place. The role is the verb's
noun ("leder", "leiar"); a lower-case word for the cluster is the cluster the article names
most. Verbs (by the page's language) and words in ``data/roles.yaml`` (``leading_verbs``,
``leading_forms``, ``leading_agents``)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from ...backbone.names import known_first_name
from ..lexicon import load
from ..organizations import organization_name
from ..person_names import definite_common_noun, joined_name

_SUBJECTS = frozenset({"SUBJ", "nsubj"})  # NDT's label (the shipped parser) and UD's
_OBJECTS = frozenset({"DOBJ", "obj"})
_AGENT_OBJECTS = frozenset({"PUTFYLL", "obj", "pobj"})
_CHAIN = frozenset({"INFV", "xcomp", "aux"})  # "skal lede", "har vært ledet": the subject sits on the auxiliary
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE_ORG"})
_NOT_PEOPLE = frozenset({"ORG", "GPE_ORG", "GPE_LOC", "LOC", "GPE"})  # "I Nordland leder Ap": a place


class LeadingVerbs:
    """Role rows from the verbs of leading (``leading_verbs``: lemma -> the role's noun)."""

    def __init__(self, cluster_words: frozenset[str]) -> None:
        roles = load("roles")
        self.nouns = {language: {form: noun for noun, forms in verbs.items() for form in forms}
                      for language, verbs in roles["leading_verbs"].items()}
        self.agents = frozenset(roles["leading_agents"])
        self.forms = roles["leading_forms"]
        self.cluster_words = cluster_words
        self.s_endings = tuple(load("names")["s_endings"])
        self.particles = frozenset(load("names")["particles"])
        self.event_words = frozenset(roles["leading_event_words"])
        self.agents_in = frozenset(roles["leading_event_in"])

    def rows_for(self, doc: Doc, organizations: list[tuple[int, int]]) -> list[dict]:
        """The rows of ``doc``'s verbs of leading; ``organizations``: the token spans of its
        organisations (the roles' reading: "Nordvik Bygg AS" also where the model says PER)."""
        if not doc.has_annotation("DEP"):
            return []
        rows, nouns = [], self.nouns.get(doc._.language, self.nouns["nb"])
        for verb in doc:
            role = nouns.get(verb.lemma_.lower()) or nouns.get(verb.lower_)
            parsed = self._parsed(doc, verb, role, organizations) if role and verb.pos_ in ("VERB", "ADJ") else None
            rows += [parsed] if parsed else self._between(doc, verb, organizations)
        return rows

    def _parsed(self, doc: Doc, verb: Token, role: str, organizations: list[tuple[int, int]]) -> dict | None:
        """The row the parse of ``verb`` gives: its subject and object, or "av" and its subject."""
        agent = next((c for c in verb.children if c.lower_ in self.agents and c.i > verb.i), None)
        person_word = _child(agent, _AGENT_OBJECTS) if agent is not None else _subject(verb) or _before(verb)
        org_word = _subject(verb) if agent is not None else _child(verb, _OBJECTS, after=verb.i)
        person = _person(doc, person_word) or self._written_name(doc, agent.i + 1 if agent is not None else verb.i, agent is not None)
        organization = self._organization(doc, org_word, organizations)
        if agent is None and org_word is not None and self._in_event(doc, org_word, organizations):
            return None  # "X leder Nordvik IL i cupfinalen / mot Brann": a side in a match, no office
        return _row(person, verb, role, organization) if person is not None and organization is not None else None

    def _in_event(self, doc: Doc, org_word: Token, organizations: list[tuple[int, int]]) -> bool:
        """Does a match or event follow the organisation led ("mot Brann", "i mesterligaen": a
        preposition of events, or "i" before a lower-case word)?"""
        span = _organization_at(doc, org_word.i, organizations)
        end = span.end if span is not None else org_word.i + 1
        if end >= len(doc):
            return False
        after = doc[end].lower_
        return after in self.event_words or after in self.agents_in and end + 1 < len(doc) and doc[end + 1].is_lower

    def _between(self, doc: Doc, word: Token, organizations: list[tuple[int, int]]) -> list[dict]:
        """"Kari Holm leiar Nordvik Sparebank": a present form (``leading_forms``) the tagger took for
        a noun, right between a person's name and an organisation's."""
        role = self.forms.get(word.lower_)
        if role is None or not 0 < word.i < len(doc) - 1:
            return []
        person = _person(doc, doc[word.i - 1]) or self._written_name(doc, word.i, False)
        if person is None or len(person) < 2 or self._genitive(person[-1].text):
            return []  # "Havforskings leder Tiril Aasen": an owner and a title
        organization = _organization_at(doc, word.i + 1, organizations) or _named_as_person(doc, word.i + 1)
        if organization is None or organization.start != word.i + 1 or self._in_event(doc, doc[word.i + 1], organizations):
            return []
        return [_row(person, word, role, organization.text)]

    def _written_name(self, doc: Doc, edge: int, after: bool) -> Span | None:
        """Two to four capitalised proper nouns (a name's particles inside) the model gave no
        organisation's or place's label, starting at token ``edge`` (``after``) or ending right before it: a name the parse
        cut ("Fraser Forster leder ...", "... ledes av Pieter de Vries")."""
        step, i, words = (1, edge, []) if after else (-1, edge - 1, [])
        while 0 <= i < len(doc) and len(words) < 5 and (
                doc[i].is_title and doc[i].pos_ == "PROPN" or words and doc[i].lower_ in self.particles):
            words.append(i)
            i += step
        while words and doc[words[-1]].lower_ in self.particles:
            words.pop()
        if not 2 <= len(words) <= 4:
            return None
        span = doc[min(words):max(words) + 1]
        if any(t.ent_type_ in _NOT_PEOPLE for t in span) or organization_name([t.text for t in span]):
            return None
        return span

    def _genitive(self, word: str) -> bool:
        """Does ``word`` end in a genitive -s, not in a surname's s ("Lunds", not "Aas", "Bjørnenes")?"""
        return word.endswith("s") and not word.lower().endswith(self.s_endings)

    def _organization(self, doc: Doc, token: Token | None, organizations: list[tuple[int, int]]) -> str | None:
        """The organisation ``token`` names: the model's entity or a cluster it stands in, or, for a
        lower-case word for the cluster ("klyngen", "den nye næringsklyngen"), the article's cluster."""
        if token is None:
            return None
        cluster = next((c for c in doc.spans.get("clusters", []) if c.start <= token.i < c.end), None)
        if cluster is not None:
            return cluster.text
        if token.lower_ in self.cluster_words:  # also opening its sentence: "Klyngen ledes av"
            clusters = doc.spans.get("clusters", [])
            return Counter(c._.canonical or c.text for c in clusters).most_common(1)[0][0] if clusters else None
        found = _organization_at(doc, token.i, organizations)
        if found is None or len(found) == 1 and definite_common_noun(found.text):
            return None  # "Prosjektet ledes av ...": a common noun opening the sentence
        return found.text


def _organization_at(doc: Doc, i: int, organizations: list[tuple[int, int]]) -> Span | None:
    """The organisation token ``i`` stands in: one of ``organizations``, the model's organisation or
    a "person" with an organisation's word ("Nordvik Bygg AS"), or proper nouns no entity covers."""
    found = next((doc[s:e] for s, e in organizations if s <= i < e), None)
    if found is not None:
        return found
    entity = _entity(doc, doc[i], _ORGANIZATION_LABELS | {"PER"})
    if entity is not None:
        return entity if entity.label_ != "PER" or organization_name([t.text for t in entity]) else None
    token = doc[i]
    name = joined_name(token) if token.pos_ == "PROPN" and token.is_title and not token.ent_type_ else None
    return name if name is not None and len(name) > 1 else None  # not "Eksempelvis" opening a sentence


def _named_as_person(doc: Doc, i: int) -> Span | None:
    """A "person" after the form that opens with no first name the data knows: the name the
    form, read as a title, was taken to stand before ("Kari Holm leiar Redd Barna")."""
    entity = _entity(doc, doc[i], {"PER"})
    return entity if entity is not None and entity.start == i and not known_first_name(doc[i].text) else None


def _person(doc: Doc, token: Token | None) -> Span | None:
    """The person ``token`` names: the model's, or two to four proper nouns no entity covers
    ("Manitra Rakotoarivony leder ..."); none with an organisation's word."""
    if token is None:
        return None
    person = _entity(doc, token, {"PER"})
    if person is None and token.pos_ == "PROPN" and not token.ent_type_:
        head = token.head if token.dep_.lower() == "flat" else token
        person = joined_name(head)
        person = person if 2 <= len(person) <= 4 and all(t.text[:1].isupper() for t in person) else None
    return person if person is not None and not organization_name([t.text for t in person]) else None


def _before(verb: Token) -> Token | None:
    """The word right before ``verb`` when the parse gave it no subject ("Kari Holm leder ...")."""
    return verb.nbor(-1) if verb.i > 0 else None


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the auxiliaries it hangs on ("skal lede", "vert leidd")."""
    for _ in range(3):
        if (found := _child(verb, _SUBJECTS)) is not None:
            return found
        if verb.dep_ not in _CHAIN or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _child(token: Token | None, labels: frozenset[str], after: int = -1) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ in labels and c.i > after), None)


def _entity(doc: Doc, token: Token | None, labels: set[str] | frozenset[str]) -> Span | None:
    if token is None or token.ent_type_ not in labels:
        return None
    return next((e for e in doc.ents if e.start <= token.i < e.end), None)


def _row(person: Span, verb: Token, role: str, organization: str) -> dict:
    start, end = min(person.start_char, verb.idx), max(person.end_char, verb.idx + len(verb))
    return {"person": person.text, "role": role, "organization": organization, "former": False,
            "start": start, "end": end, "rule": "leading-verb", "person_source": "ner",
            "person_start": person.start_char, "person_end": person.end_char}
