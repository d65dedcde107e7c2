"""The date rules: each pairs a regex of ``patterns.PATTERNS`` with the resolver registered
for its name in ``resolve.py``. Their order (that of ``PATTERNS``) breaks ties between matches
of the same length: the earlier rule wins."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .calendar import Result
from .patterns import PATTERNS, PREPOSITION_BEFORE, YEAR_JOINED_AFTER, YEAR_JOINED_BEFORE
from .resolve import RESOLVERS, Resolver


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    resolve: Resolver
    #: when set, a match without an "in" group must follow a preposition or a joined year
    needs_preposition: bool = False
    #: every match holds a digit: the rule is not tried on a text without one
    needs_digit: bool = False

    def apply(self, m: re.Match, reference: date | None) -> Result:
        """The resolver's answer; None for dates the calendar cannot hold ("for 5000 år siden")."""
        try:
            return self.resolve(m, reference)
        except (ValueError, OverflowError):
            return None

    def in_context(self, m: re.Match) -> bool:
        if not self.needs_preposition or m.groupdict().get("in"):
            return True
        text, start = m.string, m.start()
        return bool(
            PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
            or YEAR_JOINED_BEFORE.search(text, max(0, start - 20), start)
            or (m.groupdict().get("y") and YEAR_JOINED_AFTER.match(text, m.end()))
        )


#: the rules whose bare match ("mars", "2018") counts only after a preposition or a joined year
NEEDS_PREPOSITION = {"month", "year"}
#: the rules whose patterns match no text without a digit
NEEDS_DIGIT = {"iso", "numeric", "day_month", "english", "week", "decade", "year"}

#: the rules in the order of ``PATTERNS``
RULES: tuple[Rule, ...] = tuple(
    Rule(name, re.compile(pattern, re.I), RESOLVERS[name], name in NEEDS_PREPOSITION, name in NEEDS_DIGIT)
    for name, pattern in PATTERNS.items()
)
