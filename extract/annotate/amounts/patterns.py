"""The amount grammar: the regexes that find a number with its currency, scale and
qualifier, and those that read the words around it. Built from ``vocabulary``."""

from __future__ import annotations

import re

from extract.lexicon import alternation

from ..numbers import NUMBERS
from ..line_patterns import WS, WS_OPT, ending_with, line_alternation, starting_with
from .vocabulary import (
    AMOUNTS, CURRENCY_PREFIX, CURRENCY_SUFFIX, FUNDING, HEADER_UNITS, PERCENT, PERIODS_AFTER, PERIODS_BEFORE, QUALIFIERS,
    RANGE_JOINERS, RANGE_OPENERS, SCALED_CURRENCIES,
)

_DIGIT_FORMS = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
)
# not inside a word, a date, a score or a code ("2-0", "E-6"); a minus before it is allowed
_DIGITS = rf"(?<![\w.,/:–])(?<!\w-)(?<!\w−){_DIGIT_FORMS}"
_QUALIFIER = rf"(?:(?<!\w)(?P<q>{line_alternation(QUALIFIERS)}){WS})?"
_WORD = r"[^\W\d_][\w\-]*"


def _number_phrase(digits: str) -> str:
    """Regex of a number with its currency prefix and scale word (groups pre, num, att, scale)."""
    return (
        rf"(?:(?<![\w$€£])(?P<pre>{line_alternation(CURRENCY_PREFIX)}){WS_OPT})?"
        rf"(?P<num>{digits}|{NUMBERS.pattern})"
        rf"(?:(?P<att>{line_alternation(NUMBERS.attached_scales)})(?!\w)"
        rf"|(?!\w)(?:{WS}(?P<scale>{line_alternation(NUMBERS.scales)})(?:(?<=\.)|(?!\w)))?)"
    )


#: a number with its qualifier, currency prefix and scale ("over kr 5 mill.", "tolv")
PHRASE = re.compile(_QUALIFIER + _number_phrase(_DIGITS), re.I)
WORD_JOINERS = {w for words in RANGE_JOINERS.values() for w in words if w.isalpha()}
DASH_JOINERS = {w for words in RANGE_JOINERS.values() for w in words if not w.isalpha()}
#: two numbers joined into a range ("12–14 millioner", "1,6 til 2,4 millioner kroner"); the
#: second one may follow the dash directly
RANGED = re.compile(
    rf"{_QUALIFIER}(?P<low>{_DIGITS}|{NUMBERS.pattern})"
    rf"(?:{WS}(?P<lscale>{line_alternation(NUMBERS.scales)}))?"
    rf"(?:{WS}(?P<join>{line_alternation(WORD_JOINERS)}){WS}"
    rf"|{WS_OPT}(?P<dash>{alternation(DASH_JOINERS)}){WS_OPT})"
    + _number_phrase(_DIGIT_FORMS),
    re.I,
)

# Words before the number (searched in a window that ends where the number starts).
OPENER_BEFORE = ending_with(RANGE_OPENERS)  # "mellom", "fra"
MINUS_BEFORE = re.compile(
    rf"(?:(?<!\w)(?P<word>{line_alternation(AMOUNTS['minus_words'])}){WS}"
    rf"|(?P<sign>{alternation(AMOUNTS['minus_signs'])}){WS_OPT})$",
    re.I,
)
MONEY_LINK_BEFORE = ending_with(AMOUNTS["money_links_before"])  # "et tilskudd på 900.000"
MONEY_PHRASE = re.compile(rf"(?<!\w){line_alternation(FUNDING['money_phrases'])}(?!\w)", re.I)  # "går inn med"
SCALED_PREFIX = re.compile(rf"(?<!\w)(?P<word>{alternation(SCALED_CURRENCIES)}){WS_OPT}$")  # "MNOK 12,5"
NOT_AFTER = ending_with(AMOUNTS["not_after"], gap=WS_OPT)  # "kl. 14", "nr. 3"
PERIOD_BEFORE = re.compile(rf"(?<!\w){line_alternation(PERIODS_BEFORE)}(?!\w)", re.I)
DIGIT_BEFORE = re.compile(rf"\d{WS}$")  # a number split by a space: a phone number

# Words after the number (matched where the number, its scale or its currency ends).
SUFFIX = starting_with(CURRENCY_SUFFIX)  # "kroner", ",-"
SCALED_SUFFIX = re.compile(rf"{WS}(?P<word>{alternation(SCALED_CURRENCIES)})(?!\w)")  # "5 MNOK", in its case
PERCENT_AFTER = starting_with(PERCENT)
PERIOD_AFTER = starting_with(PERIODS_AFTER, lead=rf"{WS_OPT},?{WS_OPT}")  # "i året"
MEASURE_AFTER = re.compile(
    rf"{WS_OPT},?{WS_OPT}(?:{line_alternation(PERIODS_AFTER)}{WS})?"
    rf"{line_alternation(AMOUNTS['measure_links_after'])}{WS}(?P<w>[^\W\d_]+)",
    re.I,
)
RATE_AFTER = re.compile(rf"{WS}(?P<rate>(?:{line_alternation(AMOUNTS['rate_words'])}){WS}[^\W\d_]+)(?!\w)", re.I)
SLASH_UNIT = re.compile(r"/[^\W\d_]+(?!\w)")  # "km/t"
DIGIT_AFTER = re.compile(rf"{WS}\d")
BAD_DIGIT_CONTEXT_AFTER = re.compile(r"[.,:/–\-]\d|-[^\W\d_]|\.[^\S\n]*[a-zæøå]|\.\d")

NEXT_WORD = re.compile(rf"{WS}(?P<w>{_WORD})")
NEXT_NUMBER = re.compile(rf"{WS}\d+(?:[., \u00a0]\d+)*(?!\w)")  # "16.336" in "1.600 av de 16.336 medlemmene"
ANY_WORD = re.compile(_WORD)
A_DIGIT = re.compile(r"\d")
LETTERS = re.compile(r"[^\W\d_]+")

# Money said by its lines (``lines``): "200.000 fra Innovasjon Norge", "MBL: 150’", "Budsjett: 450.000",
# and a heading's unit "Beløp i 1000 kr" / "(NOK 1000)".
FUNDER_LINK = starting_with(AMOUNTS["funder_links"], lead=WS)
THOUSANDS_MARK = re.compile(rf"(?:{alternation(AMOUNTS['thousands_marks'])})(?![\w'’′])")
LABEL_BEFORE = re.compile(rf"(?P<w>{_WORD}){WS_OPT}:[^:\n]*$")
HEADER_UNIT = re.compile(
    rf"(?:\({WS_OPT}(?:(?:{line_alternation(AMOUNTS['header_unit_leads'])}){WS})?"
    rf"|(?<!\w)(?:{line_alternation(AMOUNTS['header_unit_leads'])}){WS})"
    rf"(?P<unit>{line_alternation(HEADER_UNITS)})(?!\w){WS_OPT}\)?{WS_OPT}(?=[:\n]|$)",
    re.I,
)
PLAIN_FOUR_DIGITS = re.compile(r"\d{4}")
LINE = re.compile(r"[^\n]+")
MONEY_PHRASE_BEFORE = re.compile(rf"(?<!\w){line_alternation(FUNDING['money_phrases'])}{WS}$", re.I)  # "går inn med"
WORD_BEFORE = re.compile(rf"(?<!\w)(?P<w>{_WORD}){WS}$")
