"""Who a frame that names no cluster is about, when the parse and the lists give no one:
"Arena-statusen ble ikke fornyet da perioden utløp i 2015" (the definite status is the one the
article's cluster held: the cluster named last before it, else the article's cluster)."""

from __future__ import annotations

from spacy.tokens import Span

from .frames import Frame
from .state import DocState
from .vocabulary import EventVocabulary


def status_owner(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> list[Span]:
    """The cluster a definite status ("NCE-statusen", "Arena-statusen") belongs to."""
    doc, endings = state.doc, tuple(vocabulary.words["definite_status_endings"])
    if not any(t.lower_.endswith(endings) for t in doc[frame.start:frame.end]):
        return []
    before = [c for c in state.clusters if c.end <= frame.start]
    return [before[-1]] if before else [state.main] if state.main is not None else []
