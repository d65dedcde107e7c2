"""The programme's support said with no status: continued ("satser videre på Arena Torsk") or a grant
into the programme ("tatt inn ... i Innovasjon Norges klyngeprogram")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .clauses import Clause
from .framing import Frame, higher, in_application, intended, negated
from .mentions import Mention
from .names import clause_names
from .state import DocState
from .vocabulary import EventVocabulary


def programme_frames(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                      members: list[Span], sole: list[Mention]) -> list[Frame]:
    """Frames of the programme's support said with no status: continued for the clusters after the
    trigger, with their prefix's status ("Innovasjon Norge satser videre på Arena Torsk"); a grant into
    the programme, with the article's only status ("X er tatt inn ... i Innovasjon Norges klyngeprogram")."""
    doc, words, frames = state.doc, vocabulary.words, []
    for trigger in (t for t in state.triggers if t.start in clause and t.end - 1 in clause):
        continued = words["continued_endings"].get(trigger.value) == doc[trigger.end - 1].lower_
        admitted = bool(sole) and _admitted(words, doc, clause, trigger)
        if not (continued or admitted) or intended(words, doc, clause, trigger, trigger) \
                or in_application(words, doc, clause, trigger) or negated(words, doc, clause, clause.end):
            continue
        named = [c for c in members if c.start >= trigger.end] if continued else members \
            or clause_names(vocabulary, state, clause, (trigger.start, trigger.end))
        state.added.extend(c for c in named if c not in state.clusters)
        for cluster in named:
            status = vocabulary.prefix_status(cluster.text) if continued \
                else higher(words["rank"], vocabulary.prefix_status(cluster.text), sole[0].value)
            if status is not None:
                frames.append(Frame(status, "extended" if continued else "granted", trigger.start, trigger.end,
                                    clause, sentence, [cluster]))
    return frames


def _admitted(words: dict, doc: Doc, clause: Clause, trigger: Mention) -> bool:
    """Is the trigger a grant into the programme the clause names after it ("Klyngen X er tatt inn
    som del av Innovasjon Norges klyngeprogram")? Its status is the article's only one."""
    return trigger.value == "granted" and any(t.lower_ in words["programme_words"]
                                              for t in doc[trigger.end:clause.end] if t.i in clause)
