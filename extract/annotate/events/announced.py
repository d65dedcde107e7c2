"""A list the frame announces in the sentence after it: "Tre nye klynger får Arena-status. De nye
klyngene er A, B og C." and "... i år.\n\nA, B og C er klyngene som er valgt ut": a frame whose
clause names clusters only by a plural noun takes the chain of names ("A, B og C") of the next
sentence that names them by that noun too, or that points back at them ("Det gjelder A, B og C")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .clauses import Clause
from .counted import clause_count
from .names import PLACE_LABELS, clause_names, coordinators
from .state import DocState
from .vocabulary import EventVocabulary


def announced_list(vocabulary: EventVocabulary, state: DocState, clause: Clause, following: list[Span]) -> list[Span]:
    """The names listed in the next sentences (up to ``announced_within``), at least two; or the names
    the next sentence gives as some of them ("Blant de fem er A")."""
    words, doc = vocabulary.words, state.doc
    lines = [s for s in following if not s.text.isspace()][:words["announced_within"]]
    after = _partitive(words, lines[0]) if lines else None
    if after is not None and (clause_count(vocabulary, state, clause) is not None or any(
            t.lower_ in words["plural_cluster_nouns"] for t in clause.tokens(doc))):
        chain = _longest_chain(vocabulary, state, doc[after:lines[0].end])
        if chain and chain[0].start == after:  # not "Blant disse er det tre klynger som X er partner i"
            return _chain_added(state, chain)
    if not any(t.lower_ in words["plural_cluster_nouns"] for t in clause.tokens(doc)):
        return []
    for sentence in lines:
        if not any(t.lower_ in words["plural_cluster_nouns"] for t in sentence) and not refers_back(words, sentence):
            continue
        chain = _longest_chain(vocabulary, state, sentence)
        if len(chain) >= 2:
            return _chain_added(state, chain)
    return []


def _chain_added(state: DocState, chain: list[Span]) -> list[Span]:
    """The chain, its names new to the article added to its clusters."""
    state.added.extend(c for c in chain if c not in state.clusters)
    return chain


def _partitive(words: dict, sentence: Span) -> int | None:
    """Where the names start in a sentence that opens by naming some of what the sentence before counts
    ("Blant de fem er A", "Blant dei nye er A og B", "Among them are A and B"): after its copula; else None."""
    opening = [t for t in sentence if not (t.is_space or t.is_punct)][:5]
    for phrase in words["verbless_partitive_openers"]:  # "Blant andre A i Vesterålen."
        size = len(phrase.split())
        if " ".join(t.lower_ for t in opening[:size]) == phrase and len(opening) > size:
            return opening[size].i
    for phrase in words["partitive_openers"]:
        size = len(phrase.split())
        if " ".join(t.lower_ for t in opening[:size]) == phrase:
            rest = opening[size:]
            if rest and (rest[0].lower_ in words["count_words"] or rest[0].lower_ in words["new_words"]):
                rest = rest[1:]
            return rest[0].i + 1 if rest and rest[0].lower_ in words["pattern_pieces"]["COPULA_FORMS"] else None
    return None


def refers_back(words: dict, sentence: Span) -> bool:
    """Does the sentence open by pointing back at what the sentence before counts ("Det gjelder A, B og C",
    "Dette er A, B og C")?"""
    opening = " ".join(t.lower_ for t in sentence if not t.is_space)
    return any(opening.startswith(f"{phrase} ") for phrase in words["list_referring_openers"])


def _longest_chain(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> list[Span]:
    """The longest run of names joined only by list separators and conjunctions."""
    known = [c for c in state.clusters if sentence.start <= c.start < sentence.end]
    return max(_chains(vocabulary, state, Clause(sentence.start, sentence.end), known), key=len, default=[])


def coordinated(vocabulary: EventVocabulary, state: DocState, clause: Clause, members: list[Span]) -> list[Span]:
    """The members with the names coordinated with them ("både A og B", "A, B og C"; a name joined to a member is
    no more cut off from the frame than the member: "A i X og B i Y er to av seks prosjekt som er tekne opp")."""
    chains = _chains(vocabulary, state, clause, members)
    found = [name for chain in chains if any(m in chain for m in members) for name in chain]
    state.added.extend(n for n in found if n not in members and n not in state.clusters)
    return found or members


def _chains(vocabulary: EventVocabulary, state: DocState, clause: Clause, known: list[Span]) -> list[list[Span]]:
    """The known clusters and the clause's names in runs joined only by list separators,
    conjunctions and a place after "i" or "på" ("A i Bergen, B og C")."""
    words = vocabulary.words
    new = [n for n in clause_names(vocabulary, state, clause, None)
           if not any(c.start < n.end and n.start < c.end for c in known)
           and not (n not in state.clusters and _placed(words, state.doc, n))]  # "i Lofoten og Vesterålen"
    joiners = set(words["list_separators"]) | set(words["list_conjunctions"]) | set(words["list_place_prepositions"])
    chains: list[list[Span]] = []
    for name in sorted(known + new, key=lambda s: s.start):
        between = state.doc[chains[-1][-1].end:name.start] if chains else []
        joined = len(between) and all(t.lower_ in joiners or t.i > 0 and state.doc[t.i - 1].lower_
                                      in words["list_place_prepositions"] for t in between)
        if joined:
            chains[-1].append(name)
        else:
            chains.append([name])
    return chains


def _placed(words: dict, doc: Doc, name: Span) -> bool:
    """Is a one-word place a place where it stands: after "i" or "på", or listed after such a place
    ("i Lofoten og Vesterålen"), not a cluster of one word in a list of them ("Bølgja, Dalvoll og Kvitli")?"""
    if len(name) != 1 or name[0].ent_type_ not in PLACE_LABELS:
        return False
    index, joiners = name.start - 1, coordinators(words)
    while index >= 0 and (doc[index].lower_ in joiners or doc[index].ent_type_ in PLACE_LABELS):
        index -= 1
    return index >= 0 and doc[index].lower_ in words["list_place_prepositions"]
