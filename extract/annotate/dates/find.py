"""Where dates are found in a text: every rule's matches, the longest kept where they
overlap, and "N units later" after the date named before it."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..numbers import parse_number
from .calendar import NEEDS_REFERENCE, as_date, later
from .patterns import A_DIGIT, ANCHOR_WORDS, LATER
from .rules import RULES, Rule
from .vocabulary import AGO_UNITS, DATES


class DateMatch(NamedTuple):
    """A date expression found in a text: character offsets, value and granularity."""

    start: int
    end: int
    value: str | None
    granularity: str | None


def find_dates(
    text: str, reference: date | None = None, *, keep_unresolved: bool = False
) -> list[DateMatch]:
    """All date expressions in ``text``, non-overlapping, longest first, in text order.

    Expressions that need ``reference`` are skipped when it is None, unless
    ``keep_unresolved`` (then they come back with value and granularity None).
    """
    return [match for match, _ in find_with_rules(text, reference, keep_unresolved)]


def find_with_rules(text: str, reference: date | None,
                    keep_unresolved: bool) -> list[tuple[DateMatch, str]]:
    """find_dates with the name of the rule behind each match."""
    candidates = []
    for order, rule, m in _rule_matches(text):
        result = rule.apply(m, reference)
        if result is None or (result is NEEDS_REFERENCE and not keep_unresolved):
            continue
        value, granularity = (None, None) if result is NEEDS_REFERENCE else result
        candidates.append((m.start(), m.end(), order, value, granularity, rule.name))
    chosen: list[tuple[DateMatch, str]] = []
    for start, end, _, value, granularity, name in sorted(
        candidates, key=lambda c: (c[0] - c[1], c[2], c[0])
    ):
        if all(end <= m.start or start >= m.end for m, _ in chosen):
            chosen.append((DateMatch(start, end, value, granularity), name))
    return sorted(chosen)


@lru_cache(maxsize=512)  # texts: the dates component, then the amounts and the events' dating, read the
# same ones, a batch of nlp.pipe (up to 256 Docs) at a time
def _rule_matches(text: str) -> tuple[tuple[int, Rule, re.Match], ...]:
    """(rule order, rule, match) of every rule's matches in ``text`` that stand in the rule's
    context, whatever the reference date (which only resolving the matches needs)."""
    digit = A_DIGIT.search(text) is not None
    if not digit and not ANCHOR_WORDS.search(text):
        return ()
    return tuple((order, rule, m) for order, rule in enumerate(RULES) if digit or not rule.needs_digit
                 for m in rule.regex.finditer(text) if rule.in_context(m))


def normalize_date(text: str, reference: date | str | None = None) -> tuple[str, str] | None:
    """(ISO value of the period start, granularity) for one date expression, or None.

    ``text`` is the expression alone ("20. nov. 2020", "i fjor høst", "torsdag", "2018");
    relative expressions resolve against ``reference`` (a date or an ISO date string such
    as "2021-12-03") and give None without it.
    """
    reference = as_date(reference)
    text = " ".join(text.split())
    for rule in RULES:
        m = rule.regex.fullmatch(text)
        if m is None:
            continue
        result = rule.apply(m, reference)
        if result is not None and result is not NEEDS_REFERENCE:
            return result
    return None


def with_later_dates(text: str, found: list[tuple[DateMatch, str]]) -> list[tuple[DateMatch, str]]:
    """``found`` and the dates "N units later" of ``text`` ("etablert i 2014 og fikk Arena-status
    to år senere": 2016): N units after the date named before it in the same sentence, not after
    the publication date."""
    lowered = text.lower()
    if not found or not any(word in lowered for word in DATES["later"]):
        return found
    extra = []
    for m in LATER.finditer(text):
        count = parse_number(m["n"])
        earlier = [d for d, _rule in found if d.end <= m.start() and d.value and "." not in text[d.end:m.start()]]
        overlaps = any(d.start < m.end() and m.start() < d.end for d, _ in found)
        if count is None or count != int(count) or not earlier or overlaps:
            continue
        base = date.fromisoformat(earlier[-1].value[:10])
        value, granularity = later(base, int(count), AGO_UNITS[m["unit"].lower()])
        extra.append((DateMatch(m.start(), m.end(), value, granularity), "after_earlier"))
    return sorted(found + extra, key=lambda f: f[0].start)
