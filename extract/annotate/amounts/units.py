"""What an amount without a currency counts: a percent, the noun of a count ("ti nye
arbeidsplasser" -> arbeidsplasser), or money named by its scale and a measure or period."""

from __future__ import annotations

import re

from ..numbers import NUMBERS
from ..line_patterns import squash
from .context import measure_linked_after, mentions_money, money_noun_before_link
from .patterns import NEXT_NUMBER, NEXT_WORD, PERCENT_AFTER, PERIOD_AFTER, SLASH_UNIT
from .sentence import Sentence
from .vocabulary import (
    ADJECTIVE_SUFFIXES, ADJECTIVES, AMOUNTS, COMPARATIVE_COUNTS, COORDINATORS, DEFINITE_PLURAL,
    NOMINAL_ADJECTIVES, NOT_UNITS, PARTITIVE_DETERMINERS, PARTITIVES, PERCENT, PLURAL_SUFFIXES,
    SUPERLATIVE_SUFFIXES, TIME_UNITS,
)


def noun_like(word: str, pos: str | None = None) -> bool:
    """Could ``word`` be a counted unit? ``pos``: its UPOS when the Doc is tagged."""
    lower = word.lower()
    return (
        (pos in (None, "NOUN") or pos in ("ADJ", "VERB") and lower in NOMINAL_ADJECTIVES)
        and not lower.endswith(SUPERLATIVE_SUFFIXES)
        and word.rsplit("-", 1)[-1][:1].islower()  # "klynger", "NCE-søkere"
        and len(word) > 1
        and lower not in NOT_UNITS
        and lower not in TIME_UNITS
        and lower not in PERCENT
        and NUMBERS.value(lower) is None
    )


def is_adjective(word: str, pos: str | None = None) -> bool:
    """Is ``word`` an adjective (by its UPOS ``pos`` when the Doc is tagged, else by its form)?"""
    if pos is not None:  # participles the tagger calls verbs: "de døde hundene"
        return pos == "ADJ" or pos == "VERB" and word.lower() in NOMINAL_ADJECTIVES
    lower = word.lower()  # "døde" before a noun: "de døde hundene"
    return lower in ADJECTIVES or lower in NOMINAL_ADJECTIVES or lower.endswith(ADJECTIVE_SUFFIXES)


def _words_after(sentence: Sentence, pos: int, most: int = 5) -> list[tuple[str, str | None, int]]:
    """Up to ``most`` (word, UPOS, end) of the words right after ``pos`` on its line."""
    words = []
    while len(words) < most and (m := NEXT_WORD.match(sentence.text, pos)):
        words.append((m["w"], sentence.tag(m.start("w"), "X"), m.end()))
        pos = m.end()
    return words


def _partitive(words: list[tuple[str, str | None, int]]) -> int:
    """How many words of a partitive the count's noun comes after ("av de" in "14 av de døde
    hundene", "av" in "tre av prosjekta"; a number after them is passed over too: "1.600 av de
    16.336 YS-medlemmene"): 0 when the words open with none."""
    if not words or words[0][0].lower() not in PARTITIVES:
        return 0
    return 2 if len(words) > 1 and words[1][0].lower() in PARTITIVE_DETERMINERS else 1


def count_unit(sentence: Sentence, pos: int) -> tuple[str, int] | None:
    """(unit, end of the head noun) for the words after a number at ``pos``, or None."""
    words = _words_after(sentence, pos)
    if words and words[0][0].lower() in COMPARATIVE_COUNTS and not (
            len(words) > 1 and noun_like(*words[1][:2])):
        return words[0][0].lower(), words[0][2]  # "7 900 færre enn i fjor"
    counted_end = None  # where the count's text ends, when it is not its noun's end
    if skipped := _partitive(words):
        after = words[skipped - 1][2]
        if number := NEXT_NUMBER.match(sentence.text, after):  # "1.600 av de 16.336 YS-medlemmene": the
            after, counted_end = number.end(), pos              # text is "1.600", the 16.336 its own amount
        words = _words_after(sentence, after)
    i = 0
    while (
        i < 2
        and i + 1 < len(words)
        and is_adjective(*words[i][:2])
        and (noun_like(*words[i + 1][:2]) or words[i + 1][0].lower() in TIME_UNITS)
    ):
        i += 1
    if not words or not noun_like(*words[i][:2]) or words[i][0].lower() in ADJECTIVES:
        return None  # "fem år", "tre lange år", "de to beste", "Rundt 20.000 demonstrerte"
    head, _, end = words[i]
    unit = head.lower()
    if skipped == 1 and not unit.endswith(DEFINITE_PLURAL):
        return None  # "av" before a noun that is no definite plural: no group
    if (
        i + 2 < len(words)
        and words[i + 1][0].lower() in COORDINATORS
        and noun_like(*words[i + 2][:2])
        and words[i + 2][0].lower().endswith(PLURAL_SUFFIXES)
    ):
        unit = f"{unit} {words[i + 1][0].lower()} {words[i + 2][0].lower()}"
    return unit, end if counted_end is None else counted_end


def unit_without_currency(sentence: Sentence, m: re.Match, end: int, scale: int | None,
                          value: float) -> tuple[str | None, str, int] | None:
    """(unit, label, end) of an amount with no currency: a percent, a count, or money named by
    its scale word and a measure or period ("5 millioner i støtte", "5 mill. per år") or in a
    sentence about money, or by a money noun before it ("et tilskudd på 900.000"); or None."""
    text = sentence.text
    if percent := PERCENT_AFTER.match(text, end):
        return PERCENT[squash(percent["word"])], "PERCENT", percent.end()
    if m["att"] or m["pre"]:
        return None
    if (count := count_unit(sentence, end)) is not None:
        number = m["num"]
        if not number[0].isdigit() and number.lower() in NUMBERS.articles and not scale:
            return None  # "en bedrift": an article, not a count
        unit, end = count
        if slash := SLASH_UNIT.match(text, end):
            unit, end = unit + slash.group().lower(), slash.end()  # "150 km/t"
        return unit, "COUNT", end
    named = PERIOD_AFTER.match(text, end) or measure_linked_after(text, end)
    if scale and (named or mentions_money(sentence, m.start())):
        return None, "MONEY", end
    if not scale and value >= AMOUNTS["bare_money_min"] and money_noun_before_link(text, m.start()):
        return None, "MONEY", end
    return None  # "De har 5 millioner.": a scale word needs a currency, a measure, a period or money words
