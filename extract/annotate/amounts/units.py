"""What an amount without a currency counts: a percent, the noun of a count ("ti nye
arbeidsplasser" -> arbeidsplasser), or money named by its scale and a measure or period."""

from __future__ import annotations

import re

from ..numbers import NUMBERS
from ..line_patterns import squash
from .context import measure_linked_after
from .patterns import ANAPHORIC_BEFORE, NEXT_WORD, PERCENT_AFTER, PERIOD_AFTER, SLASH_UNIT
from .sentence import Sentence
from .vocabulary import (
    ADJECTIVE_SUFFIXES, ADJECTIVES, COORDINATORS, DEFINITE_PLURAL, NOMINAL_ADJECTIVES, NOT_UNITS,
    PERCENT, PLURAL_SUFFIXES, SUPERLATIVE_SUFFIXES, TIME_UNITS,
)


def noun_like(word: str, pos: str | None = None) -> bool:
    """Could ``word`` be a counted unit? ``pos``: its UPOS when the Doc is tagged."""
    lower = word.lower()
    return (
        (pos in (None, "NOUN") or pos == "ADJ" and lower in NOMINAL_ADJECTIVES)
        and not lower.endswith(SUPERLATIVE_SUFFIXES)
        and word[0].islower()
        and len(word) > 1
        and lower not in NOT_UNITS
        and lower not in TIME_UNITS
        and lower not in PERCENT
        and NUMBERS.value(lower) is None
    )


def is_adjective(word: str, pos: str | None = None) -> bool:
    """Is ``word`` an adjective (by its UPOS ``pos`` when the Doc is tagged, else by its form)?"""
    if pos is not None:
        return pos == "ADJ"
    lower = word.lower()
    return lower in ADJECTIVES or lower.endswith(ADJECTIVE_SUFFIXES)


def _words_after(sentence: Sentence, pos: int, most: int = 5) -> list[tuple[str, str | None, int]]:
    """Up to ``most`` (word, UPOS, end) of the words right after ``pos`` on its line."""
    words = []
    while len(words) < most and (m := NEXT_WORD.match(sentence.text, pos)):
        words.append((m["w"], sentence.tag(m.start("w"), "X"), m.end()))
        pos = m.end()
    return words


def count_unit(sentence: Sentence, pos: int) -> tuple[str, int] | None:
    """(unit, end of the head noun) for the words after a number at ``pos``, or None."""
    words = _words_after(sentence, pos)
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
    if (
        i + 2 < len(words)
        and words[i + 1][0].lower() in COORDINATORS
        and noun_like(*words[i + 2][:2])
        and words[i + 2][0].lower().endswith(PLURAL_SUFFIXES)
    ):
        unit = f"{unit} {words[i + 1][0].lower()} {words[i + 2][0].lower()}"
    return unit, end


def unit_without_currency(sentence: Sentence, m: re.Match, end: int,
                          scale: int | None) -> tuple[str | None, str, int] | None:
    """(unit, label, end) of an amount with no currency: a percent, a count, or money named by
    its scale word and a measure or period ("5 millioner i støtte", "5 mill. per år"); or None."""
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
        if unit.endswith(DEFINITE_PLURAL) and ANAPHORIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "de fire satsingsområdene"
        return unit, "COUNT", end
    if scale and (PERIOD_AFTER.match(text, end) or measure_linked_after(text, end)):
        return None, "MONEY", end
    return None  # "De har 5 millioner.": a scale word needs a currency, a measure or a period
