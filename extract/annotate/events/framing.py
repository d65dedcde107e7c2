"""The frame a clause states (a status, an action, whom it is about) and the tests of the clause's
wording every kind of frame makes: an application, an intention, a negation."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .clauses import Clause
from .mentions import Mention

SELECTING = ("selected", "answered_yes")  # "Valget falt på", "fikk ja": their status is the context's


@dataclass
class Frame:
    """The status and action a clause states, the tokens they span, and whom it is about."""

    status: str
    action: str
    start: int
    end: int
    clause: Clause
    sentence: Span
    clusters: list[Span] = field(default_factory=list)
    step: Clause | None = None  # the part of the clause between step separators it stands in: where its date is


def is_application(words: dict, doc: Doc, clause: Clause, status: Mention) -> bool:
    """"søkte om GCE-status", "søknaden om Arena Pro", "kampen om å bli GCE", "sendte en Arena Pro-søknad"."""
    window = [t for t in clause.tokens(doc, status.start) if status.start - t.i <= 8]
    if doc[status.end - 1].lower_.endswith(tuple(words["pattern_pieces"]["APPLICATION_SUFFIXES"])):
        return True
    return any(t.lower_ in words["application_words"] or t.lemma_ in words["application_words"] for t in window)


def in_application(words: dict, doc: Doc, clause: Clause, trigger: Mention) -> bool:
    """Does the clause speak of an application before the trigger ("I søknaden peker X ut ..."), not of the
    applicants counted that it was selected among ("av ni søkere var X en av fire som kom gjennom nåløyet")?"""
    return trigger.value in SELECTING and any(t.lower_ in words["application_words"] and not _counted(doc, t)
                                              for t in clause.tokens(doc, trigger.start))


def _counted(doc: Doc, token) -> bool:
    """Does a number come right before the word ("ni søkere", "20 søknader")?"""
    return token.i > 0 and (doc[token.i - 1].like_num or doc[token.i - 1].pos_ == "NUM")


def higher(rank: dict, prefix: str | None, sole: str | None) -> str | None:
    """Of a name's prefix and the article's only status, the higher: "Arena X fikk JA" for NCE is
    NCE, "GCE X fikk ja" in an article on an Arena application is GCE."""
    return max((s for s in (prefix, sole) if s), key=lambda s: rank.get(s, 0), default=None)


def intended(words: dict, doc: Doc, clause: Clause, trigger: Mention, status: Mention) -> bool:
    """An intention or possibility before the trigger, or between it and the status."""
    intentions = words["intentions"] + words["goal_nouns"]
    for token in clause.tokens(doc, max(trigger.start, status.start)):
        if trigger.start <= token.i < trigger.end:
            continue
        pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < len(doc) else ""
        if token.lower_ in intentions or pair in intentions:
            return True
    return False


def negated(words: dict, doc: Doc, clause: Clause, end: int) -> bool:
    """A negation before ``end`` that no "that" parts from it ("It is not surprising that X became ...")."""
    found = False
    for token in clause.tokens(doc, end):
        found = token.lower_ in words["negations"] or found and token.lower_ not in words["negation_scope_breaks"]
    return found


def attributive(words: dict, doc: Doc, trigger: Mention) -> bool:
    """Is the trigger an attribute after an article ("The awarded Arena status recognizes ..."), not a noun of
    granting with its preposition ("the award of NCE status", "the approval of five new Arena projects")?"""
    if trigger.start == 0 or doc[trigger.start - 1].lower_ not in words["attributive_before"]:
        return False
    return not (trigger.end - trigger.start > 1 and doc[trigger.end - 1].lower_ in words["nominal_grant_links"])


def named_subject(words: dict, doc: Doc, trigger: Mention, members: list[Span]) -> bool:
    """Is one of the clusters the subject of the trigger's verb in the parse ("A og B vant fram"), not another word
    ("Søknaden er innvilget", "vi har fått innvilget søknaden" beside "representant fra A")?"""
    verb = doc[trigger.start]
    return any(t.dep_ in words["subject_deps"] and t.head.i in (verb.i, verb.head.i) for m in members for t in m)
