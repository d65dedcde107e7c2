"""Answers to an application named before: "Lavik søkte om Arena-status i vår. Søknaden ble avslått"."""

from __future__ import annotations

from spacy.tokens import Span

from .clauses import Clause
from .framing import Frame, intended, is_application, negated
from .names import clause_names
from .participants import referred
from .state import DocState
from .vocabulary import EventVocabulary


def answers_before(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                    members: list[Span]) -> list[Frame]:
    """An answer that names no status right after a sentence that applies for one answers it, for the
    clusters it names or refers to, else the applicants ("Lavik søkte om Arena-status i vår. Søknaden ble
    avslått i dag", "A og B søkte om NCE-status. Bare A nådde opp")."""
    doc, words = state.doc, vocabulary.words
    applied = _application_before(vocabulary, state, sentence)
    answers = [t for t in state.triggers if t.start in clause and t.end - 1 in clause
               and t.value in words["application_answers"] and not intended(words, doc, clause, t, t)]
    if applied is None or not answers:
        return []
    status, applicants = applied
    trigger = answers[0]
    action = words["application_answers"][trigger.value]
    if action == "granted" and negated(words, doc, clause, trigger.end):
        action = "rejected"
    found = members or clause_names(vocabulary, state, clause, (trigger.start, trigger.end)) \
        or referred(vocabulary, state, clause) or applicants
    state.added.extend(c for c in found if c not in state.clusters)
    return [Frame(status, action, trigger.start, trigger.end, clause, sentence, [c]) for c in found]


def _application_before(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> tuple[str, list[Span]] | None:
    """The status the sentence before applies for ("søkte om Arena-status"), with the clusters it names."""
    before = [s for s in state.sentences if s.end <= sentence.start and not s.text.isspace()]
    if not before:
        return None
    last, words = before[-1], vocabulary.words
    applied = [m for m in state.statuses if last.start <= m.start < last.end and m.value != "*"
               and is_application(words, state.doc, Clause(last.start, last.end), m)]
    if not applied:
        return None
    named = [c for c in state.clusters if last.start <= c.start < last.end] \
        or clause_names(vocabulary, state, Clause(last.start, last.end), None)
    return applied[0].value, named
