"""An attempt told as history that failed: "En målsetning var å bli tatt opp som Arenaklynge. Vi prøvde
første år som 7sterke, og senere som en spisset utgave i Grønnhjerte Industri, men dessverre uten å lykkes."
The status is the one applied for (or set as a goal) in the sentence or the few before it; who was
refused is each name the attempt was made as ("som 7sterke", "som ... i Grønnhjerte Industri")."""

from __future__ import annotations

from spacy.tokens import Span

from .clauses import Clause
from .framing import Frame, is_application
from .state import DocState
from .vocabulary import EventVocabulary


def failed_attempts(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause) -> list[Frame]:
    """A refusal for each name a failed attempt in the sentence was made as, of the status applied for."""
    doc, words = state.doc, vocabulary.words
    failure = next((t for t in state.triggers if t.start in clause and t.value == "failed"), None)
    tried = failure is not None and any(t.lemma_.lower() in words["attempt_lemmas"] or t.lower_ in words["attempt_lemmas"]
                                        for t in doc[sentence.start:failure.start])
    status = _applied_status(vocabulary, state, sentence) if tried else None
    if status is None:
        return []
    found = _attempted_as(vocabulary, state, sentence, failure.start)
    state.added.extend(c for c in found if c not in state.clusters)
    return [Frame(status, "rejected", failure.start, failure.end, clause, sentence, [c]) for c in found]


def _applied_status(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> str | None:
    """The status applied for, or set as a goal ("En målsetning var å bli tatt opp som Arenaklynge"), in the
    sentence or the ``attempt_reach`` sentences before it."""
    words = vocabulary.words
    index = state.sentence_index(sentence.start)
    scope = state.sentences[max(0, index - words["attempt_reach"]):index + 1]
    goals = set(words["goal_nouns"]) | set(words["attempted_goals"])
    for part in reversed(scope):
        goal = any(t.lower_ in goals for t in part)
        applied = [m for m in state.statuses if part.start <= m.start < part.end and m.value != "*"
                   and (goal or is_application(words, state.doc, Clause(part.start, part.end), m))]
        if applied:
            return applied[-1].value
    return None


def _attempted_as(vocabulary: EventVocabulary, state: DocState, sentence: Span, end: int) -> list[Span]:
    """The last cluster or name of each "som" phrase before ``end``, up to a comma or the next "som": "som 7sterke",
    "som en spisset utgave i Grønnhjerte Industri", "som A og senere som B"."""
    doc, words, found = state.doc, vocabulary.words, []
    for token in doc[sentence.start:end]:
        if token.lower_ not in words["capacity_words"]:
            continue
        stop = next((t.i for t in doc[token.i + 1:end] if t.is_punct or t.lower_ in words["capacity_words"]), end)
        known = [c for c in state.clusters if token.i < c.start and c.end <= stop]
        if known:  # "som Lavik Cluster i Molde"
            found.append(known[-1])
            continue
        run = []
        for word in doc[token.i + 1:stop]:
            named = (word.text[:1].isupper() or word.text[:1].isdigit() and word.text[1:].isalpha()) \
                and word.text not in vocabulary.status_words
            run = run + [word] if named and (not run or run[-1].i == word.i - 1) else [word] if named else run
        if run and not vocabulary.never_cluster(doc[run[0].i:run[-1].i + 1].text):
            found.append(_span(vocabulary, state, run[0].i, run[-1].i + 1))
    return found


def _span(vocabulary: EventVocabulary, state: DocState, start: int, end: int) -> Span:
    known = next((c for c in state.clusters if c.start == start and c.end == end), None)
    if known is not None:
        return known
    span = Span(state.doc, start, end, label="CLUSTER")
    span._.canonical = vocabulary.strip_prefix(span.text)
    return span
