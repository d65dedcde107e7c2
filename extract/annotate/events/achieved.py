"""A goal the next sentence says was reached: "Den gang var målsetningen å oppnå NCE-status. – Det
har vi jammen klart." The goal's grant is a grant; whom "vi" speaks for is the cluster named last
before the goal, else the article's cluster."""

from __future__ import annotations

from spacy.tokens import Span

from .clauses import Clause
from .state import DocState


def reached(words: dict, state: DocState, sentence: Span) -> bool:
    """Does the sentence after ``sentence`` say, with no negation, that "det" was achieved: a past form
    ("Det klarte vi", "Det lyktes vi med") or a perfect after "har" ("Det har vi jammen klart")?"""
    following = next((s for s in state.sentences if s.start >= sentence.end and not s.text.isspace()), None)
    if following is None or len(following) > words["reached_max_words"]:
        return False
    lowered = [t.lower_ for t in following]
    perfect = [k for k, word in enumerate(lowered) if word in words["reached_perfect"]]
    said = any(word in words["reached_past"] for word in lowered) \
        or any(word in words["perfect_auxiliaries"] for k in perfect for word in lowered[:k])
    return said and bool(set(lowered) & set(words["reached_pronouns"])) and not set(lowered) & set(words["negations"])


def reacher(state: DocState, clause: Clause) -> list[Span]:
    """Who reached a goal its clause names with no cluster: the cluster named last before, else the
    article's cluster."""
    if any(c.start in clause for c in state.clusters):
        return []
    before = [c for c in state.clusters if c.end <= clause.start]
    return [before[-1]] if before else [state.main] if state.main is not None else []
