"""Who a noun is said of by "er/var/ble" in the parse: the subject of the copula ("Ustinov var
skuespiller"), the name a relative clause hangs on ("Christian Wiig, som er mannens forsvarer"),
or the speaker a pronoun subject stands for ("Ropstad sier han er barne- og familieminister")."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import load

_PREDICATE = frozenset({"SPRED"})
_SUBJECT = frozenset({"SUBJ", "nsubj"})
_RELATIVE = frozenset({"ATR", "acl:relcl"})  # a relative clause on the word it hangs on


class Predicates:
    """The word a predicate noun is said of."""

    def __init__(self) -> None:
        roles = load("roles")
        self.copulas = frozenset(roles["copula_lemmas"])
        self.negations = frozenset(roles["negations"])
        self.pronouns = frozenset(roles["person_pronouns"])
        self.speech_lemmas = frozenset(roles["speech_lemmas"])

    def of_pronoun(self, noun: Token) -> bool:
        """Is ``noun`` said of "han/hun" by a copula ("Hun er først og fremst DNBs frisør")?"""
        verb = noun.head
        subject = _subject_of(verb) if noun.dep_ in _PREDICATE and verb.lemma_ in self.copulas else None
        return subject is not None and subject.lower_ in self.pronouns

    def subject(self, noun: Token) -> Token | None:
        """The word ``noun`` is said of by a copula that no negation denies ("er ikke ..."), if any."""
        verb = noun.head
        if noun.dep_ not in _PREDICATE or verb.lemma_ not in self.copulas \
                or any(child.lower_ in self.negations for child in verb.children):
            return None
        subject = _subject_of(verb)
        if subject is not None and subject.lower_ in self.pronouns:
            speech = verb.head
            return _subject_of(speech) if speech.i != verb.i and speech.lemma_ in self.speech_lemmas else None
        if subject is None and verb.dep_ in _RELATIVE:
            return verb.head
        return subject


def _subject_of(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in _SUBJECT), None)
