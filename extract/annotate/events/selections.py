"""The status a selection with no status of its own is for ("Valget falt på X", "X kom gjennom nåløyet", "fikk
ja"): the one the rest of its sentence names after a selection ("X er blant fire nye utpekte nettverk, som nå er
definert som Arena Pro-nettverk"), else the one it names before ("Det ble delt ut fire Arenaer, og X var de utvalgte"), else the last the sentence before names, else the one of the next sentence, else
the one a call or an application names a few sentences before ("I juni kom utlysningen for Arena Pro. Programmet gir
... Av ni søkere var X en av fire som kom gjennom nåløyet")."""

from __future__ import annotations

from spacy.tokens import Span

from .clauses import Clause
from .framing import is_application
from .mentions import Mention
from .state import DocState
from .status_words import is_status
from .vocabulary import EventVocabulary


def selection_status(vocabulary: EventVocabulary, state: DocState, sentence: Span, trigger: Mention,
                     previous: list[Mention]) -> str | None:
    """The status of a selection trigger (``previous``: the statuses the sentence before names)."""
    after = _status_after(vocabulary, state, sentence, trigger) if trigger.value == "selected" else None
    before = _status_before(vocabulary, state, sentence, trigger) if trigger.value == "selected" else None
    return after or before or (previous[-1].value if previous else None) or _next_status(vocabulary, state, sentence) \
        or _earlier_status(vocabulary, state, sentence)


def _next_status(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> str | None:
    """The status the next sentence names, if one: what "A og B ble tatt opp i klyngeprogrammet.
    De to klyngene fikk status som GCE" admits them to."""
    following = following_sentence(state, sentence)
    named = [] if following is None else [m for m in state.statuses if following.start <= m.start < following.end
                                          and m.value != "*" and is_status(vocabulary, state, following, m)]
    return named[0].value if len({m.value for m in named}) == 1 else None  # not "Arena- og NCE-programmet"


def following_sentence(state: DocState, sentence: Span) -> Span | None:
    """The next sentence that is not blank."""
    return next((s for s in state.sentences if s.start >= sentence.end and not s.text.isspace()), None)


def _status_after(vocabulary: EventVocabulary, state: DocState, sentence: Span, trigger: Mention) -> str | None:
    """The one status the rest of the sentence names after a selection with none ("X er blant fire nye utpekte
    nettverk, som nå er definert som Arena Pro-nettverk")."""
    named = {m.value for m in state.statuses if trigger.end <= m.start < sentence.end and m.value != "*"
             and is_status(vocabulary, state, sentence, m)}
    return next(iter(named)) if len(named) == 1 else None


def _status_before(vocabulary: EventVocabulary, state: DocState, sentence: Span, trigger: Mention) -> str | None:
    """The one status the sentence names before a selection with none, in another clause ("Det ble delt ut fire
    Arenaer i år, og X og Y var de utvalgte")."""
    named = {m.value for m in state.statuses if sentence.start <= m.start and m.end <= trigger.start
             and m.value != "*" and is_status(vocabulary, state, sentence, m)}
    return next(iter(named)) if len(named) == 1 else None


def _earlier_status(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> str | None:
    """The one status the ``selection_reach`` sentences before name, if one: what "I juni kom utlysingen for
    Arena Pro. Programmet gir ... X var en av fire som kom gjennom nåløyet" selects for."""
    index = state.sentence_index(sentence.start)
    earlier = [s for s in state.sentences[:index] if not s.text.isspace()][-vocabulary.words["selection_reach"]:]
    named = {m.value for s in earlier for m in state.statuses if s.start <= m.start < s.end
             and m.value != "*" and (is_status(vocabulary, state, s, m)
                                     or is_application(vocabulary.words, state.doc, Clause(s.start, s.end), m))}
    return next(iter(named)) if len(named) == 1 else None
