"""Clusters named by a description, not a name: "Den maritime klyngen i Møre og Romsdal og olje- og
gassklyngen i Agder har fått status som GCE" (a definite cluster noun after an adjective, or a compound
for cluster, and the place it is in). Each is a cluster of the article, named by its description."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import Clause
from .names import PLACE_LABELS
from .state import DocState
from .vocabulary import EventVocabulary


def described_clusters(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The clusters a clause that names none describes, each from its determiner or its first word to
    the end of its place, as new CLUSTER spans: two or more coordinated, or one in an article that knows
    no cluster (else it describes the article's cluster: "Den maritime klyngen på Møre" for NCE Maritime)."""
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
    return found if len(found) > 1 or not state.clusters else []


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
