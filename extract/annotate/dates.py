"""Date expressions: find them in a text and normalise them to ISO 8601 + granularity.

The vocabulary (weekdays, seasons, relative phrases, prepositions…) lives in
``data/dates.yaml``, number words in ``data/numbers.yaml`` and month names in the table
shared with the parse stage, ``extract/data/months.yaml``; this module only holds the
grammar built from them. Values are the *start* of the period; granularity is one of
day, week, month, season, quarter, year, decade.

Rules for the ambiguous cases:

- A weekday alone or after "på" ("torsdag", "på mandag") is the most recent such day on
  or before the reference date ("fredag forrige uke": that week's Friday); after "sist/forrige/førre" strictly before it, after
  "neste/kommende" strictly after it, after "fram til/innen" on or after it.
  "fredag 13. mars" is the explicit date.
- A day or month without a year ("3. mars", "i november") and a quarter without a year
  take the reference year, unless that puts it more than six months after the reference
  month, then the year before ("i desember" written in January is last December).
- "i høst", "Tidligere i høst", "i vår", "i sommar" are that season of the reference
  year, whether it is past or still to come. "til høsten"/"neste høst" is the first such
  season starting after the reference date; "forrige høst" the one before "i høst".
- Winter belongs to the year its January falls in: "vinteren 2020" and
  "vinteren 2019/2020" start 2019-12-01; "i vinter" is the winter around the reference
  date in January–June and the coming one (starting 1 December) in July–December.
- Seasons start 03-01 (spring), 06-01 (summer), 09-01 (autumn), 12-01 (winter); weeks
  are ISO weeks and start on Monday.
- "i begynnelsen av / i midten av / i slutten av / ved utgangen av" a year give the
  month granularity at January / June / December of it; applied to a month they give
  that month. Modifiers such as "tidligere", "seinare" belong to the span but do not
  change the value.
- Two-digit years: 00–68 are 20xx, 69–99 are 19xx (POSIX). "90-tallet" is the latest
  such decade not after the reference year (19xx without one); "1900-tallet" and
  "2000-tallet" are centuries and are skipped; "i 30-årene" is an age (only "1930-årene"
  is a decade).
- A bare four-digit year (1900–2099) counts only after "i" (part of the span) or another
  preposition such as "fra", "siden", "til" (not part of the span), or joined to another
  year ("2015–2020", "i 2019 og 2020").
- Expressions that need the reference date are skipped when it is None.

dateparser is not used for dates in text: it reads 09.11.2018 month-first, drops days for
nb and fills missing parts from today, so candidates and values both come from the rules
here. Publication dates fall back to it behind our rules (``extract/parse/dates.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.lexicon import alternation, months

from .extensions import doc_text
from .lexicon import load

WS = r"[^\S\n]+"  # whitespace inside a line: expressions never run over a line break
WS_OPT = r"[^\S\n]*"


def line_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, lowercased, longest first, spaces matching any
    in-line whitespace (an expression never runs over a line break)."""
    return alternation(words, space=WS, lowercase=True)


def squash(text: str) -> str:
    """Lowercase ``text`` with runs of whitespace turned into one space (for table lookups)."""
    return " ".join(text.lower().split())


# --------------------------------------------------------------------------- numbers
# The number-word table is shared with amounts.py.


class NumberWords:
    """Number words from ``data/numbers.yaml``: values, a regex, and a parser."""

    def __init__(self, table: dict[str, Any]):
        self.small: dict[str, int] = {w: int(v) for w, v in table["cardinals"].items()}
        self.articles: dict[str, int] = {w: int(v) for w, v in table["articles"].items()}
        one_forms = [w for w, v in {**self.small, **self.articles}.items() if v == 1]
        units = {w: {**self.small, **self.articles}[w] for w in table["units"]}
        for ten in table["tens"]:
            for unit, value in units.items():
                self.small[f"{ten}{unit}"] = self.small[ten] + value
                self.small[f"{unit}{table['compound_joiner']}{ten}"] = self.small[ten] + value
        self.one_forms = set(one_forms)
        self.hundred = set(table["hundred"])
        self.thousand = set(table["thousand"])
        self.conjunctions = set(table["and"])
        self.fractions: dict[str, float] = {w: float(v) for w, v in table["fractions"].items()}
        self.scales: dict[str, int] = {
            w: int(scale) for scale, words in table["scales"].items() for w in words
        }
        self.attached_scales: dict[str, int] = {
            w: int(scale) for scale, words in table["attached_scales"].items() for w in words
        }
        self.ordinals: dict[str, int] = {w: int(v) for w, v in table["ordinals"].items()}
        word = line_alternation([*self.small, *self.articles, *self.hundred, *self.thousand,
                            *self.fractions])
        joiner = line_alternation(self.conjunctions)
        #: one or more number words: "tolv", "en halv", "to hundre og femti tusen"
        self.pattern = rf"(?<!\w){word}(?:(?:{WS}{joiner})?{WS}{word})*(?!\w)"

    def value(self, text: str) -> float | int | None:
        """Value of number words ("tolv", "en halv", "to hundre tusen"), None if not a number."""
        total, current, previous = 0.0, None, None
        for word in squash(text).split(" "):
            if word in self.conjunctions:
                previous = word
                continue
            if word in self.hundred:
                current = (current or 1) * 100
            elif word in self.thousand:
                total += (current or 1) * 1000
                current = None
            elif word in self.fractions:
                if previous in self.articles or previous in self.one_forms:
                    current -= 1  # "en halv": the article is part of the fraction
                current = (current or 0) + self.fractions[word]
            elif word in self.small or word in self.articles:
                if current is not None and previous not in self.conjunctions and current % 100:
                    return None  # two plain numbers in a row ("to tre")
                current = (current or 0) + self.small.get(word, self.articles.get(word, 0))
            else:
                return None
            previous = word
        value = total + (current or 0)
        return int(value) if value == int(value) else value


NUMBERS = NumberWords(load("numbers"))


def parse_number(text: str) -> float | int | None:
    """Value of a number in digits ("250 000", "1,5", "300.000", "1.2") or words ("tolv")."""
    text = text.strip()
    if not text or not text[0].isdigit():
        return NUMBERS.value(text)
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if "," in digits:  # Norwegian decimal comma; dots are thousands separators
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return int(value) if value == int(value) else value


# --------------------------------------------------------------------------- vocabulary

_D = load("dates")


def _lookup(table: dict[Any, list[str]]) -> dict[str, int]:
    return {w.lower(): int(key) for key, words in table.items() for w in words}


MONTHS = months()["names"]
MONTH_ABBREVIATIONS = months()["abbreviations"]
WEEKDAYS = _lookup(_D["weekdays"])
SEASONS = {
    w: (name, spec["month"])
    for name, spec in _D["seasons"].items()
    for w in spec["indefinite"] + spec["definite"]
}
POSITIONS = _lookup(_D["positions"])
AGO_UNITS = {w: unit for unit, words in _D["ago_units"].items() for w in words}
RELATIVE = {
    squash(phrase): (kind, int(offset))
    for kind in ("days", "weeks", "months", "years")
    for phrase, offset in _D[f"relative_{kind}"].items()
}
YEAR_NOUNS = {w: int(v) for w, v in _D["year_nouns"].items()}

_MONTH = line_alternation(MONTHS)
_ABBR = line_alternation(MONTH_ABBREVIATIONS)
_WEEKDAY = line_alternation(WEEKDAYS)
_SEASON_INDEF = line_alternation(w for s in _D["seasons"].values() for w in s["indefinite"])
_SEASON_DEF = line_alternation(w for s in _D["seasons"].values() for w in s["definite"])
_RELYEAR = line_alternation(_D["relative_years"])
_RELATIVE = line_alternation(RELATIVE)
_PREV, _NEXT = line_alternation(_D["previous"]), line_alternation(_D["next"])
_FUTURE_BEFORE = re.compile(rf"(?<!\w){line_alternation(_D['weekday_future_after'])}{WS}$", re.I)
_MOD = line_alternation(_D["modifiers"])
_IN, _ON, _THE = line_alternation(_D["in_words"]), line_alternation(_D["on_words"]), line_alternation(_D["the_words"])
_UNTIL = line_alternation(_D["until"])
_QUARTER, _Q = line_alternation(_D["quarter"]), line_alternation(_D["quarter_letter"])
QUARTER_ORDINALS = {w: v for w, v in NUMBERS.ordinals.items() if v <= 4}
QUARTER_ORDINALS.update({w: 4 for w in _D["quarter_last"]})
_QUARTER_ORD = line_alternation(QUARTER_ORDINALS)
_WEEK = line_alternation(_D["week"])
_DECADE = line_alternation(_D["decade_suffixes"])
_DECADE_FOUR = line_alternation(_D["decade_suffixes_four_digits"])
_POSITION = line_alternation(POSITIONS)
_YEAR_NOUN = line_alternation(YEAR_NOUNS)
_AGO = (line_alternation(_D["ago_before"]), line_alternation(AGO_UNITS), line_alternation(_D["ago_after"]))
_JOINER = line_alternation(_D["year_joiners"])

_YEAR = r"(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d|-[^\W\d_])"
_NOT_YEAR_AFTER = rf"(?!{WS_OPT}\d|-[^\W\d_]|{WS_OPT}%|{WS}{line_alternation(_D['not_year_before'])}(?!\w))"
_MODIFIED = rf"(?:(?P<mod>{_MOD}){WS})?"
_YEAR_OR_REL = rf"(?:(?P<y>{_YEAR})|(?P<rel>{_RELYEAR}))"

_PREPOSITION_BEFORE = re.compile(rf"(?<!\w){line_alternation(_D['prepositions'])}{WS}$", re.I)
_YEAR_JOINED_BEFORE = re.compile(rf"{_YEAR}{WS_OPT}{_JOINER}{WS_OPT}$", re.I)
_YEAR_JOINED_AFTER = re.compile(rf"{WS_OPT}{_JOINER}{WS_OPT}{_YEAR}", re.I)
_SPRING_OK_AFTER = re.compile(
    rf"{WS_OPT}(?:$|[^\w\s]|\n|{WS_OPT}(?:{line_alternation(_D['spring_followers'])}|\d|[A-ZÆØÅ])(?!\w))"
)
_SPRING = {w for w, (name, _) in SEASONS.items() if name == "spring"}


# --------------------------------------------------------------------------- calendar helpers

NEEDS_REFERENCE = object()  # a resolver's answer when the expression needs a reference date


def _iso(day: date) -> str:
    return day.isoformat()


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _infer_year(month: int, ref: date) -> int:
    """The reference year, or the one before if ``month`` is more than six months ahead."""
    return ref.year - 1 if month - ref.month > 6 else ref.year


def _two_digit_year(text: str) -> int:
    value = int(text)
    return value if len(text) == 4 else (2000 + value if value < 69 else 1900 + value)


def _season_start(name: str, month: int, year: int) -> date:
    """Start of the season ``name`` of ``year``; winter of Y runs December Y-1 to February Y."""
    return date(year - 1, 12, 1) if name == "winter" else date(year, month, 1)


def _season_year(m: re.Match, ref: date | None) -> int | object:
    """The year named in a match's ``y``/``rel`` groups (``rel`` needs the reference date)."""
    if m.group("y"):
        return int(m.group("y"))
    if ref is None:
        return NEEDS_REFERENCE
    return ref.year + RELATIVE[squash(m.group("rel"))][1]


# --------------------------------------------------------------------------- resolvers
# Each takes the match and the reference date and returns (value, granularity), None when
# the text is not a valid date after all, or NEEDS_REFERENCE.

Result = tuple[str, str] | None | object


def _day(year: int, month: int, day: int) -> Result:
    try:
        return _iso(date(year, month, day)), "day"
    except ValueError:
        return None


def _r_iso(m: re.Match, ref: date | None) -> Result:
    return _day(int(m["y"]), int(m["m"]), int(m["d"]))


def _r_numeric(m: re.Match, ref: date | None) -> Result:
    if m["sep"] != "." and len(m["y"]) != 4:
        return None
    return _day(_two_digit_year(m["y"]), int(m["m"]), int(m["d"]))


def _month_of(m: re.Match) -> int:
    if m["mon"]:
        return MONTHS[m["mon"].lower()]
    return MONTH_ABBREVIATIONS[m["abbr"].lower()]


def _r_day_month(m: re.Match, ref: date | None) -> Result:
    month = _month_of(m)
    if m["y"] or m["rel"]:
        year = _season_year(m, ref)
    else:
        year = NEEDS_REFERENCE if ref is None else _infer_year(month, ref)
    if year is NEEDS_REFERENCE:
        return year
    return _day(year, month, int(m["d"]))


def _r_month_year(m: re.Match, ref: date | None) -> Result:
    year = _season_year(m, ref)
    if year is NEEDS_REFERENCE:
        return year
    return _iso(date(year, _month_of(m), 1)), "month"


def _r_month(m: re.Match, ref: date | None) -> Result:
    if m["mon"] != m["mon"].lower():
        return None  # "til Mai" is a person; Norwegian writes month names in lowercase
    if ref is None:
        return NEEDS_REFERENCE
    month = MONTHS[m["mon"].lower()]
    return _iso(date(_infer_year(month, ref), month, 1)), "month"


def _r_weekday(m: re.Match, ref: date | None) -> Result:
    if ref is None:
        return NEEDS_REFERENCE
    weekday = WEEKDAYS[m["wd"].lower()]
    ahead = (weekday - ref.weekday()) % 7
    if m["next"]:
        return _iso(ref + timedelta(days=ahead or 7)), "day"
    if _FUTURE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return _iso(ref + timedelta(days=ahead)), "day"  # "fram til søndag"
    back = (ref.weekday() - weekday) % 7
    if m["prev"] and back == 0:
        back = 7
    return _iso(ref - timedelta(days=back)), "day"


def _r_weekday_of_week(m: re.Match, ref: date | None) -> Result:
    """"fredag forrige uke", "måndag denne veka": that weekday of that week."""
    if ref is None:
        return NEEDS_REFERENCE
    _kind, offset = RELATIVE[squash(m["week"].lower())]
    monday = _monday(ref) + timedelta(weeks=offset)
    return _iso(monday + timedelta(days=WEEKDAYS[m["wd"].lower()])), "day"


def _r_relative(m: re.Match, ref: date | None) -> Result:
    if ref is None:
        return NEEDS_REFERENCE
    kind, offset = RELATIVE[squash(m["rel"])]
    if kind == "days":
        return _iso(ref + timedelta(days=offset)), "day"
    if kind == "weeks":
        return _iso(_monday(ref) + timedelta(weeks=offset)), "week"
    if kind == "months":
        year, month = _add_months(ref.year, ref.month, offset)
        return _iso(date(year, month, 1)), "month"
    return _iso(date(ref.year + offset, 1, 1)), "year"


def _r_season_year(m: re.Match, ref: date | None) -> Result:
    name, month = SEASONS[m["season"].lower()]
    year = _season_year(m, ref)
    if year is NEEDS_REFERENCE:
        return year
    if name == "winter" and m["y2"]:  # "vinteren 2019/2020": the winter of 2020
        year += 1
    return _iso(_season_start(name, month, year)), "season"


def _r_relyear_season(m: re.Match, ref: date | None) -> Result:
    if ref is None:
        return NEEDS_REFERENCE
    name, month = SEASONS[m["season"].lower()]
    year = ref.year + RELATIVE[squash(m["rel"])][1]
    return _iso(_season_start(name, month, year)), "season"


def _r_season(m: re.Match, ref: date | None) -> Result:
    word, groups = m["season"].lower(), m.groupdict()
    if word in _SPRING and groups.get("in") and not _SPRING_OK_AFTER.match(m.string, m.end()):
        return None  # "i vår region": possessive "our", not spring
    if ref is None:
        return NEEDS_REFERENCE
    name, month = SEASONS[word]
    this_year = ref.year + 1 if name == "winter" and ref.month > 6 else ref.year
    if groups.get("in"):
        return _iso(_season_start(name, month, this_year)), "season"
    if groups.get("prev"):  # the one before "i høst"
        return _iso(_season_start(name, month, this_year - 1)), "season"
    starts = (_season_start(name, month, y) for y in range(ref.year, ref.year + 3))
    return _iso(min(s for s in starts if s > ref)), "season"  # "neste høst", "til høsten"


def _r_quarter(m: re.Match, ref: date | None) -> Result:
    number = int(m["qn"] or m["qn2"] or QUARTER_ORDINALS[m["qw"].lower()])
    month = 3 * (number - 1) + 1
    if m["y"] or m["rel"]:
        year = _season_year(m, ref)
    elif m["y2"]:
        year = int(m["y2"])
    else:
        year = NEEDS_REFERENCE if ref is None else _infer_year(month, ref)
    if year is NEEDS_REFERENCE:
        return year
    return _iso(date(year, month, 1)), "quarter"


def _r_week(m: re.Match, ref: date | None) -> Result:
    week = int(m["n"])
    if m["y"] or m["y2"]:
        year = int(m["y"] or m["y2"])
    elif ref is None:
        return NEEDS_REFERENCE
    else:
        year = ref.isocalendar()[0]
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    if not (m["y"] or m["y2"]) and (monday - ref).days > 183:
        monday = date.fromisocalendar(year - 1, min(week, 52), 1)
    return _iso(monday), "week"


def _r_ago(m: re.Match, ref: date | None) -> Result:
    count = parse_number(m["n"])
    if count is None or count != int(count):
        return None
    if ref is None:
        return NEEDS_REFERENCE
    count, unit = int(count), AGO_UNITS[m["unit"].lower()]
    if unit == "day":
        return _iso(ref - timedelta(days=count)), "day"
    if unit == "week":
        return _iso(_monday(ref - timedelta(weeks=count))), "week"
    if unit == "month":
        year, month = _add_months(ref.year, ref.month, -count)
        return _iso(date(year, month, 1)), "month"
    return _iso(date(ref.year - count, 1, 1)), "year"


def _r_decade(m: re.Match, ref: date | None) -> Result:
    digits = m["dec"] or m["dec4"]
    if not digits.endswith("0") or (len(digits) == 4 and digits.endswith("00")):
        return None  # "1900-tallet" is a century
    if len(digits) == 4:
        year = int(digits)
    else:
        year = 1900 + int(digits)
        if ref is not None and year + 100 <= ref.year:
            year += 100
    return _iso(date(year, 1, 1)), "decade"


def _r_position(m: re.Match, ref: date | None) -> Result:
    if m["mon"]:
        if m["y2"]:
            year = int(m["y2"])
        elif ref is None:
            return NEEDS_REFERENCE
        elif m["rel"]:
            year = ref.year + RELATIVE[squash(m["rel"])][1]
        else:
            year = _infer_year(MONTHS[m["mon"].lower()], ref)
        return _iso(date(year, MONTHS[m["mon"].lower()], 1)), "month"
    if m["y"]:
        year = int(m["y"])
    elif ref is None:
        return NEEDS_REFERENCE
    else:
        year = ref.year + YEAR_NOUNS[m["noun"].lower()]
    return _iso(date(year, POSITIONS[squash(m["pos"])], 1)), "month"


def _r_year(m: re.Match, ref: date | None) -> Result:
    return _iso(date(int(m["y"]), 1, 1)), "year"


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rule:
    name: str
    regex: re.Pattern
    resolve: Callable[[re.Match, date | None], Result]
    #: when set, a match without an "in" group must follow a preposition or a joined year
    needs_preposition: bool = False

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
            _PREPOSITION_BEFORE.search(text, max(0, start - 40), start)
            or _YEAR_JOINED_BEFORE.search(text, max(0, start - 20), start)
            or (m.groupdict().get("y") and _YEAR_JOINED_AFTER.match(text, m.end()))
        )


def _rule(name: str, pattern: str, resolve: Callable, needs_preposition: bool = False) -> _Rule:
    return _Rule(name, re.compile(pattern, re.I), resolve, needs_preposition)


_IN_OPT = rf"(?:(?P<in>{_IN}){WS})?"
_MONTH_ANY = rf"(?:(?P<mon>{_MONTH})|(?P<abbr>{_ABBR})\.?)(?!\w)"

RULES: tuple[_Rule, ...] = (
    _rule("iso", r"(?<![\d.\-/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])", _r_iso),
    _rule(
        "numeric",
        r"(?<![\d.,/\-])(?P<d>\d{1,2})(?P<sep>[./\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        r"(?!\d|[.,/\-]\d)",
        _r_numeric,
    ),
    _rule(
        "day_month",
        rf"(?<!\w)(?:(?P<wd>{_WEEKDAY}),?{WS}(?:{_THE}{WS})?|{_THE}{WS})?"
        rf"(?<![\d.,])(?P<d>\d{{1,2}})(?:\.{WS_OPT}|{WS}){_MONTH_ANY}(?:{WS}{_YEAR_OR_REL})?(?!\w)",
        _r_day_month,
    ),
    _rule(
        "month_year",
        rf"(?<!\w){_IN_OPT}(?:(?P<mon>{_MONTH})|(?P<abbr>{_ABBR})\.){WS}{_YEAR_OR_REL}(?!\w)",
        _r_month_year,
    ),
    _rule("month", rf"(?<!\w){_IN_OPT}(?P<mon>{_MONTH})(?!\w)", _r_month, needs_preposition=True),
    _rule(
        "weekday_of_week",
        rf"(?<!\w)(?:{_ON}{WS})?(?P<wd>{_WEEKDAY}){WS}(?P<week>{line_alternation(p for p in _D['relative_weeks'] if not p.startswith('i '))})(?!\w)",
        _r_weekday_of_week,
    ),
    _rule(
        "weekday",
        rf"(?<!\w)(?:(?P<prev>{_PREV}){WS}|(?P<next>{_NEXT}){WS}|{_ON}{WS})?(?P<wd>{_WEEKDAY})(?!\w)",
        _r_weekday,
    ),
    _rule("relative", rf"(?<!\w){_MODIFIED}(?P<rel>{_RELATIVE})(?!\w)", _r_relative),
    _rule(
        "season_year",
        rf"(?<!\w){_IN_OPT}(?P<season>{_SEASON_DEF}|{_SEASON_INDEF}){WS}"
        rf"(?:(?P<y>{_YEAR})(?:{WS_OPT}[/–\-]{WS_OPT}(?P<y2>\d{{4}}|\d{{2}}))?|(?P<rel>{_RELYEAR}))(?!\w)",
        _r_season_year,
    ),
    _rule(
        "relyear_season",
        rf"(?<!\w){_MODIFIED}(?P<rel>{_RELYEAR}){WS}(?P<season>{_SEASON_INDEF})(?!\w)",
        _r_relyear_season,
    ),
    _rule(
        "season",
        rf"(?<!\w){_MODIFIED}(?:(?P<in>{_IN})|(?P<prev>{_PREV})|{_NEXT}){WS}"
        rf"(?P<season>{_SEASON_INDEF})(?!\w)",
        _r_season,
    ),
    _rule("season_until", rf"(?<!\w){_UNTIL}{WS}(?P<season>{_SEASON_DEF})(?!\w)", _r_season),
    _rule(
        "quarter",
        rf"(?<!\w){_IN_OPT}(?:(?<![\d.,])(?P<qn>[1-4])\.{WS_OPT}|(?P<qw>{_QUARTER_ORD}){WS})"
        rf"{_QUARTER}(?:{WS}{_YEAR_OR_REL})?(?!\w)"
        rf"|(?<!\w){_Q}(?P<qn2>[1-4])(?:{WS_OPT}[\-/]?{WS_OPT}(?P<y2>{_YEAR}))?(?!\w)",
        _r_quarter,
    ),
    _rule(
        "week",
        rf"(?<!\w){_IN_OPT}{_WEEK}{WS}(?P<n>\d{{1,2}})(?!\d|[.,]\d)"
        rf"(?:{WS}(?:{_IN}{WS})?(?P<y>{_YEAR})|/(?P<y2>{_YEAR}))?",
        _r_week,
    ),
    _rule(
        "ago",
        rf"(?<!\w){_AGO[0]}{WS}(?P<n>\d{{1,3}}|{NUMBERS.pattern}){WS}(?P<unit>{_AGO[1]}){WS}{_AGO[2]}(?!\w)",
        _r_ago,
    ),
    _rule(
        "decade",
        rf"(?<!\w)(?:(?:{_IN}|{_ON}){WS})?(?<![\d.,])"
        rf"(?:(?P<dec>\d{{4}}|\d{{2}})-{_DECADE}|(?P<dec4>\d{{4}})-{_DECADE_FOUR})(?!\w)",
        _r_decade,
    ),
    _rule(
        "position",
        rf"(?<!\w)(?P<pos>{_POSITION}){WS}(?:(?P<y>{_YEAR})|(?P<noun>{_YEAR_NOUN})"
        rf"|(?P<mon>{_MONTH})(?:{WS}(?:(?P<y2>{_YEAR})|(?P<rel>{_RELYEAR})))?)(?!\w)",
        _r_position,
    ),
    _rule(
        "year",
        rf"(?<!\w){_MODIFIED}{_IN_OPT}(?P<y>{_YEAR}){_NOT_YEAR_AFTER}",
        _r_year,
        needs_preposition=True,
    ),
)


# --------------------------------------------------------------------------- public API


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
    return [match for match, _ in _find(text, reference, keep_unresolved)]


# Every rule needs a digit or one of these words: a text with none has no date (one search, not 25).
_ANCHOR = re.compile(
    rf"\d|(?<!\w)(?:{_MONTH}|{_ABBR}|{_WEEKDAY}|{_RELATIVE}|{_RELYEAR}|{_SEASON_DEF}|{_SEASON_INDEF}"
    rf"|{_QUARTER}|{_YEAR_NOUN}|{_AGO[2]})(?!\w)", re.I)


def _find(text: str, reference: date | None, keep_unresolved: bool) -> list[tuple[DateMatch, str]]:
    """find_dates with the name of the rule behind each match."""
    if not _ANCHOR.search(text):
        return []
    candidates = []
    for order, rule in enumerate(RULES):
        for m in rule.regex.finditer(text):
            if not rule.in_context(m):
                continue
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


def reference_date(doc: Doc) -> date | None:
    """``doc._.reference_date`` as a date (it may be an ISO date or datetime string), or None."""
    return as_date(doc._.reference_date)


def as_date(value: date | str | None) -> date | None:
    """A date, or an ISO date or datetime string, as a date; None if it is neither."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def spans_from_offsets(doc: Doc, items: list[tuple[int, int, str]]) -> list[Span | None]:
    """Spans for (start_char, end_char, label) items, one per item (None if impossible).

    A boundary inside a token ("2018." at a sentence end, where the nb tokenizer keeps
    the ordinal dot) splits that token, so the span text is the expression itself; the
    Doc's existing span groups are rebuilt from their character offsets afterwards.
    """
    if not items:
        return []
    starts = [token.idx for token in doc]
    cuts: dict[int, set[int]] = {}
    for start, end, _ in items:
        for offset in (start, end):
            index = bisect_right(starts, offset) - 1
            if index < 0:
                continue
            token = doc[index]
            if token.idx < offset < token.idx + len(token.text):
                cuts.setdefault(index, set()).add(offset - token.idx)
    if cuts:
        _split_tokens(doc, cuts)
    spans = []
    for start, end, label in items:
        span = doc.char_span(start, end, label=label)
        if span is None:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
        spans.append(span)
    return spans


def _split_tokens(doc: Doc, cuts: dict[int, set[int]]) -> None:
    saved = {
        name: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group]
        for name, group in doc.spans.items()
    }
    with doc.retokenize() as retokenizer:
        for index, offsets in cuts.items():
            token = doc[index]
            bounds = [0, *sorted(offsets), len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            # the first piece keeps the token's head (a parsed Doc keeps its sentences), the rest hang on it
            first_head = token.head if token.head.i != token.i else (token, 0)
            retokenizer.split(token, pieces, heads=[first_head] + [(token, 0)] * (len(pieces) - 1))
    for name, spans in saved.items():
        doc.spans[name] = [
            doc.char_span(s, e, label=label, kb_id=kb, span_id=sid) for s, e, label, kb, sid in spans
        ]


T = TypeVar("T")


def set_span_group(doc: Doc, key: str, items: list[tuple[int, int, str, T]],
                   fill: Callable[[Span, T], None]) -> None:
    """Set ``doc.spans[key]`` to a span for each (start_char, end_char, label, payload)
    item that can be made (see ``spans_from_offsets``), ``fill(span, payload)`` having
    set its attributes."""
    spans = spans_from_offsets(doc, [(start, end, label) for start, end, label, _ in items])
    group = []
    for span, (*_, payload) in zip(spans, items):
        if span is not None:
            fill(span, payload)
            group.append(span)
    doc.spans[key] = group


_LATER = re.compile(
    rf"(?<!\w)(?P<n>\d+|{line_alternation(NUMBERS.small)}){WS}(?P<unit>{line_alternation(AGO_UNITS)}){WS}"
    rf"(?:{line_alternation(_D['later'])})(?!\w)", re.IGNORECASE)


def _after_earlier_dates(text: str, found: list[tuple[DateMatch, str]]) -> list[tuple[DateMatch, str]]:
    """"etablert i 2014 og fikk Arena-status to år senere": N units after the date named
    before it in the same sentence (2016), not after the publication date."""
    lowered = text.lower()
    if not found or not any(word in lowered for word in _D["later"]):
        return found
    extra = []
    for m in _LATER.finditer(text):
        count = parse_number(m["n"])
        earlier = [d for d, _rule in found if d.end <= m.start() and d.value and "." not in text[d.end:m.start()]]
        if count is None or count != int(count) or not earlier or any(d.start < m.end() and m.start() < d.end for d, _ in found):
            continue
        anchor, unit = earlier[-1], AGO_UNITS[m["unit"].lower()]
        base = date.fromisoformat(anchor.value[:10])
        if unit == "year":
            value, granularity = _iso(date(base.year + int(count), 1, 1)), "year"
        elif unit == "month":
            year, month = _add_months(base.year, base.month, int(count))
            value, granularity = _iso(date(year, month, 1)), "month"
        else:
            days = int(count) * (7 if unit == "week" else 1)
            value, granularity = _iso(base + timedelta(days=days)), unit
        extra.append((DateMatch(m.start(), m.end(), value, granularity), "after_earlier"))
    return sorted(found + extra, key=lambda f: f[0].start)


class DateAnnotator:
    """Fills ``doc.spans["dates"]`` (label DATE) with ``span._.date_value``/``date_granularity``."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = _after_earlier_dates(text, _find(text, reference_date(doc), False))
        set_span_group(doc, "dates", [(d.start, d.end, "DATE", (d, rule)) for d, rule in found], _fill_date)
        return doc


def _fill_date(span: Span, found: tuple[DateMatch, str]) -> None:
    match, rule = found
    span._.date_value = match.value
    span._.date_granularity = match.granularity
    span._.rule = f"dates:{rule}"


@Language.factory("newsfacts_dates")
def make_date_annotator(nlp: Language, name: str) -> DateAnnotator:
    """The date component (rules only; does not use NER)."""
    return DateAnnotator()
