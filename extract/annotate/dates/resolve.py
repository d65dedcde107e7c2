"""Where a date is parsed: each resolver turns one rule's match into (ISO value of the period
start, granularity), None when the text is no valid date after all, or NEEDS_REFERENCE when
the expression needs a reference date and there is none."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from ..numbers import parse_number
from ..line_patterns import squash
from .calendar import (
    NEEDS_REFERENCE, Result, infer_year, iso, month_start, monday, season_start, two_digit_year,
    valid_day,
)
from .patterns import FUTURE_BEFORE, SPRING_OK_AFTER
from .vocabulary import (
    AGO_UNITS, ENGLISH_MONTHS, MONTH_ABBREVIATIONS, MONTHS, POSITIONS, QUARTER_ORDINALS, RELATIVE, SEASONS, SPRING,
    WEEKDAYS, YEAR_NOUNS,
)

Resolver = Callable[[re.Match, date | None], Result]
#: rule name -> its resolver (``rules.py`` pairs them with the rules' regexes)
RESOLVERS: dict[str, Resolver] = {}


def resolves(*rules: str) -> Callable[[Resolver], Resolver]:
    """Register the decorated function as the resolver of the named rules."""
    def register(resolver: Resolver) -> Resolver:
        for rule in rules:
            RESOLVERS[rule] = resolver
        return resolver
    return register


def _named_year(m: re.Match, ref: date | None) -> int | object:
    """The year named in a match's ``y``/``rel`` groups (``rel`` needs the reference date)."""
    if m.group("y"):
        return int(m.group("y"))
    if ref is None:
        return NEEDS_REFERENCE
    return ref.year + RELATIVE[squash(m.group("rel"))][1]


def _month_of(m: re.Match) -> int:
    if m["mon"]:
        return MONTHS[m["mon"].lower()]
    return MONTH_ABBREVIATIONS[m["abbr"].lower()]


@resolves("iso")
def iso_date(m: re.Match, ref: date | None) -> Result:
    return valid_day(int(m["y"]), int(m["m"]), int(m["d"]))


@resolves("numeric")
def numeric_date(m: re.Match, ref: date | None) -> Result:
    if m["sep"] != "." and len(m["y"]) != 4:
        return None
    return valid_day(two_digit_year(m["y"]), int(m["m"]), int(m["d"]))


@resolves("day_month")
def day_month(m: re.Match, ref: date | None) -> Result:
    month = _month_of(m)
    if m["y"] or m["rel"]:
        year = _named_year(m, ref)
    else:
        year = NEEDS_REFERENCE if ref is None else infer_year(month, ref)
    if year is NEEDS_REFERENCE:
        return year
    return valid_day(year, month, int(m["d"]))


@resolves("month_year")
def month_year(m: re.Match, ref: date | None) -> Result:
    year = _named_year(m, ref)
    if year is NEEDS_REFERENCE:
        return year
    return month_start(year, _month_of(m)), "month"


@resolves("english")
def english_date(m: re.Match, ref: date | None) -> Result:
    """"June 12, 2009": a day; English writes the month capitalised."""
    if not m["emon"][:1].isupper():
        return None
    return valid_day(int(m["y"]), ENGLISH_MONTHS[m["emon"].lower()], int(m["d"]))


@resolves("month")
def month_only(m: re.Match, ref: date | None) -> Result:
    if m["mon"] != m["mon"].lower():
        return None  # "til Mai" is a person; Norwegian writes month names in lowercase
    if ref is None:
        return NEEDS_REFERENCE
    number = MONTHS[m["mon"].lower()]
    return month_start(infer_year(number, ref), number), "month"


@resolves("weekday")
def weekday(m: re.Match, ref: date | None) -> Result:
    if ref is None:
        return NEEDS_REFERENCE
    wanted = WEEKDAYS[m["wd"].lower()]
    ahead = (wanted - ref.weekday()) % 7
    if m["next"]:
        return iso(ref + timedelta(days=ahead or 7)), "day"
    if FUTURE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return iso(ref + timedelta(days=ahead)), "day"  # "fram til søndag"
    back = (ref.weekday() - wanted) % 7
    if m["prev"] and back == 0:
        back = 7
    return iso(ref - timedelta(days=back)), "day"


@resolves("weekday_of_week")
def weekday_of_week(m: re.Match, ref: date | None) -> Result:
    """"fredag forrige uke", "måndag denne veka": that weekday of that week."""
    if ref is None:
        return NEEDS_REFERENCE
    _kind, offset = RELATIVE[squash(m["week"].lower())]
    first = monday(ref) + timedelta(weeks=offset)
    return iso(first + timedelta(days=WEEKDAYS[m["wd"].lower()])), "day"


@resolves("relative")
def relative(m: re.Match, ref: date | None) -> Result:
    if ref is None:
        return NEEDS_REFERENCE
    kind, offset = RELATIVE[squash(m["rel"])]
    if kind == "days":
        return iso(ref + timedelta(days=offset)), "day"
    if kind == "weeks":
        return iso(monday(ref) + timedelta(weeks=offset)), "week"
    if kind == "months":
        return month_start(ref.year, ref.month, offset), "month"
    return iso(date(ref.year + offset, 1, 1)), "year"


@resolves("season_year")
def season_year(m: re.Match, ref: date | None) -> Result:
    name, start = SEASONS[m["season"].lower()]
    year = _named_year(m, ref)
    if year is NEEDS_REFERENCE:
        return year
    if name == "winter" and m["y2"]:  # "vinteren 2019/2020": the winter of 2020
        year += 1
    return iso(season_start(name, start, year)), "season"


@resolves("relyear_season")
def relyear_season(m: re.Match, ref: date | None) -> Result:
    if ref is None:
        return NEEDS_REFERENCE
    name, start = SEASONS[m["season"].lower()]
    year = ref.year + RELATIVE[squash(m["rel"])][1]
    return iso(season_start(name, start, year)), "season"


@resolves("season", "season_until")
def season(m: re.Match, ref: date | None) -> Result:
    word, groups = m["season"].lower(), m.groupdict()
    if word in SPRING and groups.get("in") and not SPRING_OK_AFTER.match(m.string, m.end()):
        return None  # "i vår region": possessive "our", not spring
    if ref is None:
        return NEEDS_REFERENCE
    name, start = SEASONS[word]
    this_year = ref.year + 1 if name == "winter" and ref.month > 6 else ref.year
    if groups.get("in"):
        return iso(season_start(name, start, this_year)), "season"
    if groups.get("prev"):  # the one before "i høst"
        return iso(season_start(name, start, this_year - 1)), "season"
    starts = (season_start(name, start, y) for y in range(ref.year, ref.year + 3))
    return iso(min(s for s in starts if s > ref)), "season"  # "neste høst", "til høsten"


@resolves("quarter")
def quarter(m: re.Match, ref: date | None) -> Result:
    number = int(m["qn"] or m["qn2"] or QUARTER_ORDINALS[m["qw"].lower()])
    first_month = 3 * (number - 1) + 1
    if m["y"] or m["rel"]:
        year = _named_year(m, ref)
    elif m["y2"]:
        year = int(m["y2"])
    else:
        year = NEEDS_REFERENCE if ref is None else infer_year(first_month, ref)
    if year is NEEDS_REFERENCE:
        return year
    return month_start(year, first_month), "quarter"


@resolves("week")
def week_number(m: re.Match, ref: date | None) -> Result:
    number = int(m["n"])
    if m["y"] or m["y2"]:
        year = int(m["y"] or m["y2"])
    elif ref is None:
        return NEEDS_REFERENCE
    else:
        year = ref.isocalendar()[0]
    try:
        first = date.fromisocalendar(year, number, 1)
    except ValueError:
        return None
    if not (m["y"] or m["y2"]) and (first - ref).days > 183:
        first = date.fromisocalendar(year - 1, min(number, 52), 1)
    return iso(first), "week"


@resolves("ago")
def ago(m: re.Match, ref: date | None) -> Result:
    count = parse_number(m["n"])
    if count is None or count != int(count):
        return None
    if ref is None:
        return NEEDS_REFERENCE
    count, unit = int(count), AGO_UNITS[m["unit"].lower()]
    if unit == "day":
        return iso(ref - timedelta(days=count)), "day"
    if unit == "week":
        return iso(monday(ref - timedelta(weeks=count))), "week"
    if unit == "month":
        return month_start(ref.year, ref.month, -count), "month"
    return iso(date(ref.year - count, 1, 1)), "year"


@resolves("decade")
def decade(m: re.Match, ref: date | None) -> Result:
    digits = m["dec"] or m["dec4"]
    if not digits.endswith("0") or (len(digits) == 4 and digits.endswith("00")):
        return None  # "1900-tallet" is a century
    if len(digits) == 4:
        year = int(digits)
    else:
        year = 1900 + int(digits)
        if ref is not None and year + 100 <= ref.year:
            year += 100
    return iso(date(year, 1, 1)), "decade"


@resolves("position")
def position(m: re.Match, ref: date | None) -> Result:
    if m["mon"]:
        if m["y2"]:
            year = int(m["y2"])
        elif ref is None:
            return NEEDS_REFERENCE
        elif m["rel"]:
            year = ref.year + RELATIVE[squash(m["rel"])][1]
        else:
            year = infer_year(MONTHS[m["mon"].lower()], ref)
        return month_start(year, MONTHS[m["mon"].lower()]), "month"
    if m["y"]:
        year = int(m["y"])
    elif ref is None:
        return NEEDS_REFERENCE
    else:
        year = ref.year + YEAR_NOUNS[m["noun"].lower()]
    return month_start(year, POSITIONS[squash(m["pos"])]), "month"


@resolves("year")
def bare_year(m: re.Match, ref: date | None) -> Result:
    return iso(date(int(m["y"]), 1, 1)), "year"
