"""A list the frame announces in the sentence after it: "Tre nye klynger får Arena-status. De nye
klyngene er A, B og C." and "... i år.\n\nA, B og C er klyngene som er valgt ut": a frame whose
clause names clusters only by a plural noun takes the chain of names ("A, B og C") of the next
sentence that names them by that noun too."""

from __future__ import annotations

from spacy.tokens import Span

from .clauses import Clause
from .names import clause_names
from .state import DocState
from .vocabulary import EventVocabulary


def announced_list(vocabulary: EventVocabulary, state: DocState, clause: Clause, following: list[Span]) -> list[Span]:
    """The names listed in the next sentences (up to ``announced_within``), at least two."""
    words, doc = vocabulary.words, state.doc
    if not any(t.lower_ in words["plural_cluster_nouns"] for t in clause.tokens(doc)):
        return []
    lines = [s for s in following if not s.text.isspace()][:words["announced_within"]]
    for sentence in lines:
        if not any(t.lower_ in words["plural_cluster_nouns"] for t in sentence):
            continue
        chain = _longest_chain(vocabulary, state, sentence)
        if len(chain) >= 2:
            state.added.extend(c for c in chain if c not in state.clusters)
            return chain
    return []


def _longest_chain(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> list[Span]:
    """The longest run of names joined only by list separators and conjunctions."""
    known = [c for c in state.clusters if sentence.start <= c.start < sentence.end]
    whole = Clause(sentence.start, sentence.end)
    new = [n for n in clause_names(vocabulary, state, whole, None)
           if not any(c.start < n.end and n.start < c.end for c in known)]
    names = sorted(known + new, key=lambda s: s.start)
    joiners = set(vocabulary.words["list_separators"]) | set(vocabulary.words["list_conjunctions"])
    best, chain = [], []
    for name in names:
        between = state.doc[chain[-1].end:name.start] if chain else None
        if chain and between is not None and len(between) and all(t.lower_ in joiners for t in between):
            chain.append(name)
        else:
            chain = [name]
        best = max(best, chain, key=len)
    return list(best)
