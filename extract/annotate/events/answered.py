"""Answers to an application: in its own sentence ("søkte om NCE-status, men nådde ikke opp", "Xs Arena-søknad ble
valgt ut"), or named before: "Lavik søkte om Arena-status i vår. Søknaden ble avslått"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .clauses import Clause, split_clauses
from .framing import Frame, intended, is_application, negated
from .mentions import Mention
from .names import clause_names
from .objects import takes_other
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


def answered_in_sentence(words: dict, state: DocState, sentence: Span, clause: Clause, status: Mention) -> Frame | None:
    """An application is answered in its clause, else in the sentence's other main clauses; a selection answers it
    where the application is its subject ("Skognæringas Arena-søknad ble valgt ut")."""
    answers, order = {**words["application_answers"], **words["subject_answers"]}, words["action_order"]
    in_sentence = [t for t in state.triggers if sentence.start <= t.start < sentence.end and t.value in answers
                   and not takes_other(words, state, t) and (t.value in words["application_answers"]
                                                             or _subject_of(words, state.doc, status, t))]
    other_mains = [c for c in split_clauses(words, sentence) if c.kind == "main"]
    for scope in ([t for t in in_sentence if t.start in clause],
                  [t for t in in_sentence if any(t.start in c for c in other_mains)]):
        if not scope:
            continue
        trigger = min(scope, key=lambda t: order.index(t.value) if t.value in order else len(order))
        action = answers[trigger.value]
        own = next((c for c in other_mains if trigger.start in c), clause)  # "søkte om X, men nådde ikke opp"
        if action == "granted" and negated(words, state.doc, own, trigger.end):
            action = "rejected"
        return Frame(status.value, action, min(status.start, trigger.start), max(status.end, trigger.end),
                     clause, sentence)
    return None


def _subject_of(words: dict, doc: Doc, status: Mention, trigger: Mention) -> bool:
    """Is a word of the status the subject of the trigger's verb, or of the auxiliary it hangs on?"""
    verb = doc[trigger.start]
    return any(t.dep_ in words["subject_deps"] and t.head.i in (verb.i, verb.head.i) for t in doc[status.start:status.end])
