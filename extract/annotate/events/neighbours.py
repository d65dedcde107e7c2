"""Frames whose status a neighbouring sentence names, for triggers that name none: continued
support ("Innovation Norway has decided to continue the support for wind clusters in the Arena
Network. A and Arena B have both renewed confidence from Innovation Norway": the Arena status
extended) and admission into the programme ("X was accepted into the Innovation Norway cluster
program in 2010. Only a few Arena projects mature enough to be awarded the NCE status": the lowest
status named near, Arena). The clusters are those the trigger's sentence names, else the names of
its clause."""

from __future__ import annotations

from spacy.tokens import Span

from .clauses import split_clauses
from .frames import Frame
from .names import clause_names
from .state import DocState
from .status_words import is_status
from .vocabulary import EventVocabulary


def neighbour_frames(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """One frame for the sentence's first such trigger, with the lowest status the sentences around it
    name (``neighbour_within`` on each side), over the clusters the sentence names; else none."""
    words, sentence = vocabulary.words, state.sentences[index]
    actions = words["neighbour_status_actions"]
    trigger = next((t for t in state.triggers if sentence.start <= t.start < sentence.end and t.value in actions), None)
    named = [c for c in state.clusters if sentence.start <= c.start < sentence.end
             and not vocabulary.never_cluster(c._.canonical) and not _bracketed_short_form(state, c)]
    if trigger is None:
        return []
    within = words["neighbour_within"]
    before = [s for s in state.sentences[:index] if not s.text.isspace()][-within:]
    after = [s for s in state.sentences[index + 1:] if not s.text.isspace()][:within]
    near = [s.value for other in before + after
            for s in state.statuses if other.start <= s.start < other.end and s.value in words["rank"]
            and is_status(vocabulary, state, other, s)]
    if not near:
        return []
    status = min(near, key=lambda value: words["rank"][value])
    clause = next((c for c in split_clauses(words, sentence) if trigger.start in c), None)
    if clause is not None and not named:  # names the rules know not as clusters: "Brattli and Havbris have ..."
        named = [n for n in clause_names(vocabulary, state, clause, (trigger.start, trigger.end))
                 if n.end <= trigger.start]  # the subject: "A and B have both renewed ...", not "... for Norway's role"
        state.added.extend(named)
    return [Frame(status, actions[trigger.value], trigger.start, trigger.end, clause, sentence, named)] \
        if clause is not None and named else []


def status_near(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> str | None:
    """The one status the sentence and those around it (``neighbour_within`` on each side) name, if one: what
    "ble NODE tildelt den nye statusen" is where the next sentence launches "Global Centres of Expertise"."""
    words = vocabulary.words
    index = state.sentence_index(sentence.start)
    within = words["neighbour_within"]
    before = [s for s in state.sentences[:index] if not s.text.isspace()][-within:]
    after = [s for s in state.sentences[index + 1:] if not s.text.isspace()][:within]
    near = {s.value for other in [*before, sentence, *after]
            for s in state.statuses if other.start <= s.start < other.end and s.value in words["rank"]
            and is_status(vocabulary, state, other, s)}
    return near.pop() if len(near) == 1 else None


def _bracketed_short_form(state: DocState, cluster: Span) -> bool:
    """Is the cluster a short form in brackets right after another cluster's name ("Arena Norwegian
    Offshore Wind (NOW)")?"""
    doc = state.doc
    return cluster.start >= 2 and doc[cluster.start - 1].text == "(" \
        and any(c.end == cluster.start - 1 for c in state.clusters)
