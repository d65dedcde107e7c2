"""Clusters named by a description, not a name: "Den maritime klyngen i Møre og Romsdal og olje- og
gassklyngen i Agder har fått status som GCE" (a definite cluster noun after an adjective, or a compound
for cluster, and the place it is in). Each is a cluster of the article, named by its description."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .clauses import Clause
from .framing import Frame
from .names import PLACE_LABELS, clause_names
from .state import DocState
from .vocabulary import EventVocabulary


def described_clusters(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The clusters a clause that names none describes, each from its determiner or its first word to
    the end of its place, as new CLUSTER spans: two or more coordinated, or one in an article that knows
    no cluster (else it describes the article's cluster: "Den maritime klyngen på Møre" for NCE Maritime)."""
    found = _descriptions(vocabulary, state, clause)
    return found if len(found) > 1 or not state.clusters else []


def together_described(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The clusters the clause describes after "sammen med": a second recipient beside the one it names ("Sammen med
    den maritime klyngen i Møre og Romsdal ble NODE tildelt den nye statusen")."""
    doc, words = state.doc, vocabulary.words
    return [span for span in _descriptions(vocabulary, state, clause) if span.start >= 2
            and doc[span.start - 2].lower_ in words["together_words"] and doc[span.start - 1].lower_ in words["with_words"]]


def _descriptions(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """Every cluster the clause describes with its place, as a new CLUSTER span."""
    doc, words = state.doc, vocabulary.words
    found = []
    for token in clause.tokens(doc):
        start = _description_start(words, token)
        place = _place_after(words, token)
        if start is not None and place is not None and place.end <= clause.end:
            span = Span(doc, start, place.end, label="CLUSTER")
            span._.canonical = span.text[:1].lower() + span.text[1:] if doc[start].lower_ in words[
                "description_determiners"] else span.text
            found.append(span)
    return found


def _description_start(words: dict, token: Token) -> int | None:
    """Where the description of a cluster noun begins: its determiner or first adjective ("den maritime
    klyngen"), or the first part of a compound written out ("olje- og gassklyngen"); None where the noun
    has no describing word ("klyngen", "den nye klyngen")."""
    doc, lower = token.doc, token.lower_
    if lower in words["described_cluster_nouns"]:
        adjectives = []
        index = token.i - 1
        while index >= 0 and doc[index].pos_ == "ADJ" and doc[index].is_lower:
            adjectives.append(doc[index])
            index -= 1
        if not adjectives or any(a.lower_ in words["description_not_adjectives"] for a in adjectives):
            return None
        return index if index >= 0 and doc[index].lower_ in words["description_determiners"] else index + 1
    compound = token.is_lower and lower.endswith(tuple(words["cluster_compound_endings"])) \
        and lower not in words["cluster_anaphora"] and lower not in words["described_cluster_nouns"]
    if not compound:
        return None
    if token.i >= 2 and doc[token.i - 1].lower_ in words["list_conjunctions"] and doc[token.i - 2].text.endswith("-"):
        return token.i - 2  # "olje- og gassklyngen"
    return token.i


def _place_after(words: dict, token: Token) -> Span | None:
    """The place right after the noun and a place preposition ("i Møre og Romsdal", "på Helgeland")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in words["list_place_prepositions"]:
        return None
    place = next((e for e in doc.ents if e.start == token.i + 2 and e.label_ in PLACE_LABELS), None)
    names_only = place is not None and all(t.text[:1].isupper() or t.lower_ in words["list_conjunctions"] for t in place)
    return place if names_only else None  # "i Møre og Romsdal", not "på Møre får GCE-status"


def described_subject(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> list[Span]:
    """A frame whose clause names its cluster only by a description before the frame, outside a prepositional
    phrase, is about the name a later sentence gives it ("Prosjektet har fått navnet X"), else the
    article's cluster written with the frame's status, else the article's cluster: a noun (or compound) ending
    in one of ``described_subject_endings`` ("Ålesunds havromssatsing, som NTNU er med i, har fått Arena-status")
    or the members listed ("bedrifter, universitetet og kommunen får Arena-status")."""
    words, doc = vocabulary.words, state.doc
    opening = [t for t in frame.clause.tokens(doc, frame.start) if not (t.is_punct or t.is_space)]
    nouns = [t for t in opening if t.pos_ == "NOUN" and t.is_lower and not _in_phrase(words, t)]
    endings = tuple(words["described_subject_endings"])
    if not _listed(words, doc, nouns) and not any(t.lower_.endswith(endings) for t in nouns):
        return []
    index = state.sentence_index(frame.start)
    following = state.sentences[index:index + 1 + words["referred_within"]]
    return name_given(vocabulary, state, following[0].start, following[-1].end) \
        or article_cluster(vocabulary, state, frame.status, set())


def _listed(words: dict, doc: Doc, nouns: list[Token]) -> bool:
    """Are two nouns in a row a list: only separators, conjunctions, determiners and attributes between, a
    conjunction before the last ("bedrifter, universitetet og kommunen")?"""
    joiners = set(words["list_separators"]) | set(words["list_conjunctions"])
    for first, second in zip(nouns, nouns[1:]):
        between = doc[first.i + 1:second.i]
        if not all(t.lower_ in joiners or t.pos_ in ("DET", "ADJ", "NUM") for t in between):
            return False
    return len(nouns) > 1 and any(t.lower_ in words["list_conjunctions"] for t in doc[nouns[-2].i + 1:nouns[-1].i])


def _in_phrase(words: dict, token: Token) -> bool:
    """Is the noun in a prepositional phrase: a preposition before it, past its determiners and attributes?"""
    index = token.i - 1
    while index >= 0 and token.doc[index].pos_ in ("DET", "ADJ", "NUM", "PROPN", "PRON"):
        index -= 1
    return index >= 0 and token.doc[index].lower_ in words["not_recipient_prepositions"]


def article_cluster(vocabulary: EventVocabulary, state: DocState, status: str, left_out: set[str]) -> list[Span]:
    """The article's one cluster written with the status as its prefix ("Arena Havlys"), else, where none is,
    the article's cluster; none of ``left_out``."""
    prefixed = {c._.canonical: c for c in state.clusters
                if vocabulary.prefix_status(c.text) == status and c._.canonical not in left_out}
    if len(prefixed) == 1:
        return list(prefixed.values())
    main = state.main
    return [main] if main is not None and not prefixed and main._.canonical not in left_out else []


def name_given(vocabulary: EventVocabulary, state: DocState, start: int = 0, end: int | None = None) -> list[Span]:
    """The first name right after a word that gives a name ("har navnet Lavik", "heiter Lavik"), from ``start``
    to ``end`` (token offsets)."""
    for token in state.doc[start:end]:
        if token.lower_ in vocabulary.words["naming_words"]:
            sentence = next((s for s in state.sentences if s.start <= token.i < s.end), None)
            names = [] if sentence is None else clause_names(vocabulary, state, Clause(token.i + 1, sentence.end), None)
            if names and names[0].start == token.i + 1:
                state.added.append(names[0])
                return names[:1]
    return []
