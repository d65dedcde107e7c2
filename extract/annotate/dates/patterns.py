"""The date grammar: the regexes of the date rules, built from the words of ``vocabulary``.

Every rule matches text within one line; ``PATTERNS`` holds one regex per rule name
(``rules.py`` pairs each with its resolver), the rest are the context checks around a match.
"""

from __future__ import annotations

import re

from ..numbers import NUMBERS
from ..line_patterns import WS, WS_OPT, ending_with, line_alternation
from .vocabulary import (
    AGO_UNITS, DATES, ENGLISH_MONTHS, MONTH_ABBREVIATIONS, MONTHS, POSITIONS, QUARTER_ORDINALS, RELATIVE,
    SEASONS_DEFINITE, SEASONS_INDEFINITE, WEEKDAYS, WEEKS_AFTER_WEEKDAY, YEAR_NOUNS,
)

_MONTH = line_alternation(MONTHS)
_ABBR = line_alternation(MONTH_ABBREVIATIONS)
_ENGLISH_MONTH = line_alternation(ENGLISH_MONTHS)
_WEEKDAY = line_alternation(WEEKDAYS)
_SEASON_INDEF = line_alternation(SEASONS_INDEFINITE)
_SEASON_DEF = line_alternation(SEASONS_DEFINITE)
_RELYEAR = line_alternation(DATES["relative_years"])
_RELATIVE = line_alternation(RELATIVE)
_PREV, _NEXT = line_alternation(DATES["previous"]), line_alternation(DATES["next"])
_MOD = line_alternation(DATES["modifiers"])
_IN, _ON, _THE = (line_alternation(DATES[key]) for key in ("in_words", "on_words", "the_words"))
_UNTIL = line_alternation(DATES["until"])
_QUARTER, _Q = line_alternation(DATES["quarter"]), line_alternation(DATES["quarter_letter"])
_QUARTER_ORD = line_alternation(QUARTER_ORDINALS)
_WEEK = line_alternation(DATES["week"])
_DECADE = line_alternation(DATES["decade_suffixes"])
_DECADE_FOUR = line_alternation(DATES["decade_suffixes_four_digits"])
_POSITION = line_alternation(POSITIONS)
_YEAR_NOUN = line_alternation(YEAR_NOUNS)
_AGO_BEFORE, _AGO_UNIT, _AGO_AFTER = (
    line_alternation(DATES["ago_before"]), line_alternation(AGO_UNITS), line_alternation(DATES["ago_after"]))
_JOINER = line_alternation(DATES["year_joiners"])

_YEAR = r"(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d|-[^\W\d_])"
_NOT_YEAR_AFTER = rf"(?!{WS_OPT}\d|-[^\W\d_]|{WS_OPT}%|{WS}{line_alternation(DATES['not_year_before'])}(?!\w))"
_MODIFIED = rf"(?:(?P<mod>{_MOD}){WS})?"
_YEAR_OR_REL = rf"(?:(?P<y>{_YEAR})|(?P<rel>{_RELYEAR}))"
_IN_OPT = rf"(?:(?P<in>{_IN}){WS})?"
_MONTH_ANY = rf"(?:(?P<mon>{_MONTH})|(?P<abbr>{_ABBR})\.?)(?!\w)"

#: rule name -> regex (case-insensitive); groups name the parts the resolvers read
PATTERNS: dict[str, str] = {
    "iso": r"(?<![\d.\-/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])",
    "numeric": r"(?<![\d.,/\-])(?P<d>\d{1,2})(?P<sep>[./\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
               r"(?!\d|[.,/\-]\d)",
    "day_month": rf"(?<!\w)(?:(?P<wd>{_WEEKDAY}),?{WS}(?:{_THE}{WS})?|{_THE}{WS})?"
                 rf"(?<![\d.,])(?P<d>\d{{1,2}})(?:\.{WS_OPT}|{WS}){_MONTH_ANY}(?:{WS}{_YEAR_OR_REL})?(?!\w)",
    "month_year": rf"(?<!\w){_IN_OPT}(?:(?P<mon>{_MONTH})|(?P<abbr>{_ABBR})\.){WS}{_YEAR_OR_REL}(?!\w)",
    # English pages: "June 12, 2009" (the month capitalised, its day and a year after it)
    "english": rf"(?<!\w){_IN_OPT}(?P<emon>{_ENGLISH_MONTH}){WS}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{WS}(?P<y>{_YEAR})(?!\w)",
    "month": rf"(?<!\w){_IN_OPT}(?P<mon>{_MONTH})(?!\w)",
    "weekday_of_week": rf"(?<!\w)(?:{_ON}{WS})?(?P<wd>{_WEEKDAY}){WS}"
                       rf"(?P<week>{line_alternation(WEEKS_AFTER_WEEKDAY)})(?!\w)",
    "weekday": rf"(?<!\w)(?:(?P<prev>{_PREV}){WS}|(?P<next>{_NEXT}){WS}|{_ON}{WS})?(?P<wd>{_WEEKDAY})(?!\w)",
    "relative": rf"(?<!\w){_MODIFIED}(?P<rel>{_RELATIVE})(?!\w)",
    "season_year": rf"(?<!\w){_IN_OPT}(?P<season>{_SEASON_DEF}|{_SEASON_INDEF}){WS}"
                   rf"(?:(?P<y>{_YEAR})(?:{WS_OPT}[/–\-]{WS_OPT}(?P<y2>\d{{4}}|\d{{2}}))?|(?P<rel>{_RELYEAR}))(?!\w)",
    "relyear_season": rf"(?<!\w){_MODIFIED}(?P<rel>{_RELYEAR}){WS}(?P<season>{_SEASON_INDEF})(?!\w)",
    "season": rf"(?<!\w){_MODIFIED}(?:(?P<in>{_IN})|(?P<prev>{_PREV})|{_NEXT}){WS}"
              rf"(?P<season>{_SEASON_INDEF})(?!\w)",
    "season_until": rf"(?<!\w){_UNTIL}{WS}(?P<season>{_SEASON_DEF})(?!\w)",
    "quarter": rf"(?<!\w){_IN_OPT}(?:(?<![\d.,])(?P<qn>[1-4])\.{WS_OPT}|(?P<qw>{_QUARTER_ORD}){WS})"
               rf"{_QUARTER}(?:{WS}{_YEAR_OR_REL})?(?!\w)"
               rf"|(?<!\w){_Q}(?P<qn2>[1-4])(?:{WS_OPT}[\-/]?{WS_OPT}(?P<y2>{_YEAR}))?(?!\w)",
    "week": rf"(?<!\w){_IN_OPT}{_WEEK}{WS}(?P<n>\d{{1,2}})(?!\d|[.,]\d)"
            rf"(?:{WS}(?:{_IN}{WS})?(?P<y>{_YEAR})|/(?P<y2>{_YEAR}))?",
    "ago": rf"(?<!\w){_AGO_BEFORE}{WS}(?P<n>\d{{1,3}}|{NUMBERS.pattern}){WS}(?P<unit>{_AGO_UNIT}){WS}{_AGO_AFTER}(?!\w)",
    "decade": rf"(?<!\w)(?:(?:{_IN}|{_ON}){WS})?(?<![\d.,])"
              rf"(?:(?P<dec>\d{{4}}|\d{{2}})-{_DECADE}|(?P<dec4>\d{{4}})-{_DECADE_FOUR})(?!\w)",
    "position": rf"(?<!\w)(?P<pos>{_POSITION}){WS}(?:(?P<y>{_YEAR})|(?P<noun>{_YEAR_NOUN})"
                rf"|(?P<mon>{_MONTH})(?:{WS}(?:(?P<y2>{_YEAR})|(?P<rel>{_RELYEAR})))?)(?!\w)",
    "year": rf"(?<!\w){_MODIFIED}{_IN_OPT}(?P<y>{_YEAR}){_NOT_YEAR_AFTER}",
}

#: every rule needs a digit or one of these words: a text with neither has no date (two searches, not 18;
#: the digit first, a fast search, as most texts with a date have one)
A_DIGIT = re.compile(r"\d")
ANCHOR_WORDS = re.compile(
    rf"(?<!\w)(?:{_MONTH}|{_ABBR}|{_WEEKDAY}|{_RELATIVE}|{_RELYEAR}|{_SEASON_DEF}|{_SEASON_INDEF}"
    rf"|{_QUARTER}|{_YEAR_NOUN}|{_AGO_AFTER})(?!\w)", re.I)

# Context before or after a match (searched in a window of the text around it).
FUTURE_BEFORE = ending_with(DATES["weekday_future_after"])  # "fram til søndag"
PREPOSITION_BEFORE = ending_with(DATES["prepositions"])  # "fra 2015"
YEAR_JOINED_BEFORE = re.compile(rf"{_YEAR}{WS_OPT}{_JOINER}{WS_OPT}$", re.I)  # "2015–2020"
YEAR_JOINED_AFTER = re.compile(rf"{WS_OPT}{_JOINER}{WS_OPT}{_YEAR}", re.I)
#: "i vår" is spring before punctuation, a line end, a capital, a digit or one of these words
SPRING_OK_AFTER = re.compile(
    rf"{WS_OPT}(?:$|[^\w\s]|\n|{WS_OPT}(?:{line_alternation(DATES['spring_followers'])}|\d|[A-ZÆØÅ])(?!\w))"
)
#: "to år senere": N units after the date named before it
LATER = re.compile(
    rf"(?<!\w)(?P<n>\d+|{line_alternation(NUMBERS.small)}){WS}(?P<unit>{_AGO_UNIT}){WS}"
    rf"(?:{line_alternation(DATES['later'])})(?!\w)", re.IGNORECASE)
