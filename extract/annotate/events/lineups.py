"""A photo caption that counts new clusters and then lines up their people, one cluster each:
"De tre nye Arena-klyngene med beviset på opptaket. Fra venstre: Kari Nordmann, klyngeleiar i Fjordlys.
Ola Hansen, dagleg leiar for Havbris Cluster og Per Li, leiar av Tindeklynga. Foto: ..." The clusters
the lineup names, in all its sentences up to the credit or the paragraph's end, are the ones counted."""

from __future__ import annotations

from spacy.tokens import Span

from .captions import is_credit
from .clauses import Clause
from .counted import clause_count
from .names import clause_names
from .state import DocState
from .vocabulary import EventVocabulary


def lineup_clusters(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The clusters of the lineup right after the clause's sentence, if it names as many as the clause counts."""
    count = clause_count(vocabulary, state, clause)
    lineup = _lineup(vocabulary, state, clause) if count is not None else []
    named: dict[str, Span] = {}
    for sentence in lineup:
        for cluster in _named(vocabulary, state, sentence):
            named.setdefault(cluster._.canonical, cluster)
    if len(named) != count:
        return []
    state.added.extend(c for c in named.values() if c not in state.clusters)
    return list(named.values())


def _lineup(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The sentences after the clause's that open with a lineup cue ("Fra venstre:"), up to a credit line
    or a paragraph break; none where the next sentence opens with no cue."""
    words, found = vocabulary.words, []
    for sentence in state.sentences[state.sentence_index(clause.start) + 1:]:
        if sentence.text.isspace() or is_credit(words, sentence) or not found and not _opens_lineup(words, sentence):
            break
        found.append(sentence)
        if sentence.text.rstrip(" ").endswith("\n"):
            break  # the paragraph's end
    return found


def _named(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> list[Span]:
    """The clusters a lineup sentence names: the known ones and the names of its parse beside them."""
    known = [c for c in state.clusters if sentence.start <= c.start < sentence.end]
    new = [n for n in clause_names(vocabulary, state, Clause(sentence.start, sentence.end), None)
           if not any(c.start < n.end and n.start < c.end for c in known) and not vocabulary.never_cluster(n._.canonical)]
    return sorted(known + new, key=lambda c: c.start)


def _opens_lineup(words: dict, sentence: Span) -> bool:
    """Does the sentence open (within its first three words) with a lineup cue ("Foran fra venstre", "From left")?"""
    tokens = [t.lower_ for t in sentence if not (t.is_space or t.is_punct)]
    cues = [cue.split(" ") for cue in words["lineup_cues"]]
    return any(tokens[k:k + len(cue)] == cue for cue in cues for k in range(3))
