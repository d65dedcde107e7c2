"""Who granted or refused a status: the organisation after "av/frå" right after the frame
("anerkjent som «moden klynge» av Innovasjon Norge"), else the granting body named before
it in the sentence ("Innovasjon Norge tildelte torsdag NCE-status til ...")."""

from __future__ import annotations

from .frames import Frame
from .state import DocState
from .vocabulary import EventVocabulary

# What may stand between the frame and "av": spaces, closing quotes and brackets.
_SKIPPED = frozenset(" »”\"')")


def granted_by(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> str | None:
    """"av/frå ORG" right after the frame, else a granting body named before it in the sentence."""
    return _named_after(vocabulary, state, frame) or _body_before(vocabulary, state, frame)


def _named_after(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> str | None:
    """The organisation that opens right after "av/fra/frå " just after the frame."""
    doc, sentence = state.doc, frame.sentence
    index = frame.end
    while index < sentence.end and set(doc[index].text) <= _SKIPPED:
        index += 1
    preposition = doc[index] if index + 1 < sentence.end else None
    if preposition is None or preposition.whitespace_ != " " \
            or preposition.lower_ not in vocabulary.words["granted_by_prepositions"]:
        return None
    name_start = doc[index + 1].idx
    found = state.organizations_between(vocabulary.organizations, name_start, sentence.end_char)
    return next((name for start, _end, name in found if start == name_start), None)


def _body_before(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> str | None:
    """The last granting body named in the sentence before the frame."""
    found = state.organizations_between(vocabulary.organizations, frame.sentence.start_char, state.doc[frame.start].idx)
    bodies = [name for _start, _end, name in found if name in vocabulary.words["granting_bodies"]]
    return bodies[-1] if bodies else None
