"""Where amounts are found in a sentence: each number phrase read as one amount, a range of two
numbers, or the two ends of a change; exchange-rate bases dropped."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..numbers import NUMBERS, dotted_thousands, parse_number, whole
from ..line_patterns import squash
from .context import after_change_verb, code_case_ok, measure, number_stands_alone, period, sign
from .patterns import (
    DIGIT_AFTER, OPENER_BEFORE, PERIOD_AFTER, PHRASE, RANGED, RATE_AFTER, SCALED_PREFIX, SCALED_SUFFIX, SUFFIX,
)
from .lines import line_money
from .sentence import LineContext, Sentence
from .units import unit_without_currency
from .vocabulary import (
    AMOUNTS, CURRENCY_PREFIX, CURRENCY_SUFFIX, IMPLIED_CURRENCY, QUALIFIERS, RANGE_JOINERS, RANGE_OPENERS,
    SCALED_CURRENCIES,
)


class AmountMatch(NamedTuple):
    """An amount found in a text: character offsets, label (MONEY/COUNT/PERCENT), parsed dict."""

    start: int
    end: int
    text: str
    label: str
    amount: dict[str, Any]


def find_amounts(text: str, tags: dict[int, str] | None = None, lemmas: dict[int, str] | None = None,
                 language: str | None = None, lines: LineContext | None = None) -> list[AmountMatch]:
    """All amounts in ``text`` (one sentence; measure and period are looked up inside it).
    ``tags``, ``lemmas``: UPOS and lemma of the words by character offset, when the text comes
    from a tagged Doc; ``language``: the document's ("en" reads "billion" as 10^9); ``lines``:
    what the lines around it say of its bare numbers (``lines.LineBlocks``)."""
    sentence = Sentence(text, tags, lemmas, language, lines or LineContext())
    return find_in(sentence)


def find_in(sentence: Sentence) -> list[AmountMatch]:
    """The amounts of ``sentence``, but for a heading's unit ("Beløp i 1000 kr")."""
    text, unit = sentence.text, sentence.lines.unit
    found: list[AmountMatch] = []
    for m in PHRASE.finditer(text):
        if found and m.start() < found[-1].end:
            continue  # the upper end of a range already read
        ranged = RANGED.match(text, m.start())
        found += (ranged and _range(sentence, ranged)) or _single(sentence, m)
    if unit:
        found = [a for a in found if a.end <= unit[0] or a.start >= unit[1]]
    return _without_rate_bases(found)


def parse_amount(text: str) -> dict[str, Any] | None:
    """The first amount in ``text`` as a dict (value, currency, unit, qualifier, period, measure)."""
    found = find_amounts(" ".join(text.split()))
    return found[0].amount if found else None


def _range(sentence: Sentence, m: re.Match) -> list[AmountMatch]:
    """The amounts of "mellom 12 og 14 milliarder kroner" (one, with value_high) or of a change
    "økt fra 1,6 til 2,4 millioner kroner" (two); [] when ``m`` is no range."""
    text = sentence.text
    low, high = parse_number(m["low"]), _single(sentence, m)
    opener = OPENER_BEFORE.search(text, max(0, m.start() - 8), m.start())
    qualifier = RANGE_OPENERS[squash(opener["word"])] if opener else ""
    if low is None or len(high) != 1 or squash(m["join"] or m["dash"]) not in RANGE_JOINERS[qualifier]:
        return []
    if sentence.in_date(m.start("low"), m.end("low")):
        return []
    upper = high[0]
    high_number = parse_number(m["num"])  # the upper end's scale otherwise: "MNOK 15-20"
    scale = NUMBERS.scale(m["lscale"] or m["scale"], sentence.language) or (
        upper.amount["value"] / high_number if high_number else 1)
    value = whole(low * scale)
    if not value < upper.amount["value"]:
        return []  # "2–0": a score
    if opener and after_change_verb(sentence, opener.start()):
        low_end = AmountMatch(m.start("low"), m.end("low"), m["low"], upper.label,
                              {**upper.amount, "value": value, "qualifier": None})
        return [low_end, upper._replace(start=m.start("num"), text=text[m.start("num"):upper.end])]
    start = opener.start() if opener else upper.start
    amount = {**upper.amount, "value": value, "value_high": upper.amount["value"],
              "qualifier": qualifier or AMOUNTS["range_qualifier_without_opener"]}
    return [AmountMatch(start, upper.end, text[start:upper.end], upper.label, amount)]


def _currency(text: str, m: re.Match) -> tuple[str | None, int]:
    """(ISO code, end of the amount) from the currency before or after the number, if any."""
    currency = CURRENCY_PREFIX.get(squash(m["pre"])) if m["pre"] else None
    if currency:
        return currency, m.end()
    suffix = SUFFIX.match(text, m.end())
    opens_next = m["num"][0].isalpha() and DIGIT_AFTER.match(text, suffix.end()) if suffix else False
    if suffix and code_case_ok(suffix["word"]) and not opens_next:
        return CURRENCY_SUFFIX[squash(suffix["word"])], suffix.end()
    return None, m.end()  # "fase én kr 7.115.000": the currency word opens the next amount


def _scaled_currency(text: str, m: re.Match) -> tuple[str, int, int, int] | None:
    """(ISO code, scale, start, end) of a word that is scale and currency in one, after the
    number ("5 MNOK", "12,5 MNkr", "500 tkr") or before it ("MNOK 12,5")."""
    if m["pre"] or m["scale"] or m["att"]:
        return None
    if unit := SCALED_SUFFIX.match(text, m.end()):
        return *SCALED_CURRENCIES[unit["word"]], m.start(), unit.end()
    if m["q"] is None and (unit := SCALED_PREFIX.search(text, max(0, m.start() - 8), m.start())):
        return *SCALED_CURRENCIES[unit["word"]], unit.start(), m.end()
    return None


def _single(sentence: Sentence, m: re.Match) -> list[AmountMatch]:
    """The amount whose number ``m`` matched (its upper end for a range match), or []."""
    text, number = sentence.text, m["num"]
    value = parse_number(number)
    scale = NUMBERS.scale(m["scale"], sentence.language) or NUMBERS.attached_scales.get((m["att"] or "").lower())
    if value is None or not number_stands_alone(sentence, m, scale):
        return []
    currency, end = _currency(text, m)
    begin = m.start()
    if currency is None and (scaled := _scaled_currency(text, m)) is not None:
        currency, scale, begin, end = scaled
    if number[0].isdigit() and "." in number and "," not in number and not (scale or currency):
        if not dotted_thousands(number):
            return []  # "14.30" is a clock time
    unit, label = None, "MONEY"
    if currency is None:
        kind = unit_without_currency(sentence, m, end, scale, value)
        if kind is None and not (m["att"] or m["pre"]) and (by_line := line_money(sentence, m, end, value, scale)):
            (scale, end), kind = by_line, (None, "MONEY", by_line[1])  # "200.000 fra Innovasjon Norge"
        if kind is None:
            return []
        unit, label, end = kind
        currency = IMPLIED_CURRENCY if label == "MONEY" else None
    elif (rate := RATE_AFTER.match(text, end)) and not PERIOD_AFTER.match(text, end):
        unit = squash(rate["rate"])  # "30 kroner per kilo"
    if sentence.in_date(m.start(), end):
        return []  # "klokka åtte fredag": the noun is a date
    minus, start = sign(text, begin)
    amount = {
        "value": whole(minus * value * (scale or 1)),
        "value_high": None,
        "currency": currency,
        "unit": unit,
        "qualifier": QUALIFIERS[squash(m["q"])] if m["q"] else None,
        "period": period(text, m.start(), end),
        "measure": measure(text, m.start(), end) if label == "MONEY" else None,
    }
    return [AmountMatch(start, end, text[start:end], label, amount)]


def _without_rate_bases(found: list[AmountMatch]) -> list[AmountMatch]:
    """Drop the base of an exchange rate: "En euro" in "En euro koster nå 11,50 kroner" (one
    unit of a currency right before an amount in another currency)."""
    return [
        a for a, following in zip(found, found[1:] + [None])
        if not (a.amount["value"] == 1 and a.amount["currency"] and following is not None
                and following.amount["currency"] not in (None, a.amount["currency"]))
    ]
