"""A season of the reference year told in the past: "i høst" in an article of February is the
autumn to come when the clause looks ahead ("skal søke i høst"), but the autumn before when it
tells what happened ("Det ble klart i høst at ..."; "har i haust fått"). The parse says which:
the verb governing the date, its auxiliaries, their tense (``past_auxiliaries`` and
``future_auxiliaries`` of ``data/dates.yaml``)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from .vocabulary import DATES, SEASONS_INDEFINITE

_IN, _SEASONS = frozenset(DATES["in_words"]), frozenset(w.lower() for w in SEASONS_INDEFINITE)


def past_season(span: Span, reference: date | None) -> bool:
    """Is ``span`` "i høst" ("Tidligere i vår") resolved after ``reference`` in a clause told in the past?"""
    words = span.text.lower().split()
    if reference is None or span._.rule != "dates:season" or len(words) < 2 \
            or words[-1] not in _SEASONS or words[-2] not in _IN or not span._.date_value:
        return False
    return date.fromisoformat(span._.date_value[:10]) > reference and _told_in_past(span.root)


def year_before(value: str) -> str:
    """The same ISO date one year earlier."""
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


def _told_in_past(token: Token) -> bool:
    """Is the verb governing ``token`` in the past (preterite, or a participle under "har"/"hadde"),
    with no auxiliary of the future ("skal", "vil", "skulle") over it?"""
    verb = token
    while verb.pos_ not in ("VERB", "AUX"):
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    chain = [verb, *(t for t in verb.children if t.pos_ == "AUX" or t.dep_.startswith("aux"))]
    if verb.head.pos_ == "AUX":
        chain.append(verb.head)
    if any(t.lower_ in DATES["future_auxiliaries"] for t in chain):
        return False
    return any("Past" in t.morph.get("Tense") for t in chain) \
        or ("Part" in verb.morph.get("VerbForm") and any(t.lower_ in DATES["past_auxiliaries"] for t in chain))
