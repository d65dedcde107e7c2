"""Numbers in digits or words: the number words of ``data/numbers.yaml`` (shared by dates and
amounts), their regex and their values."""

from __future__ import annotations

import re
from typing import Any

from .lexicon import load
from .line_patterns import WS, line_alternation, squash

#: a number whose dots are all thousands separators ("300.000", "1.250.000")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


def _values(table: dict[str, Any], kind: type = int) -> dict[str, Any]:
    return {word: kind(value) for word, value in table.items()}


def _by_scale(table: dict[Any, list[str]]) -> dict[str, int]:
    return {word: int(scale) for scale, words in table.items() for word in words}


class NumberWords:
    """Number words from ``data/numbers.yaml``: values, a regex, and a parser."""

    def __init__(self, table: dict[str, Any]):
        self.small: dict[str, int] = _values(table["cardinals"])
        self.articles: dict[str, int] = _values(table["articles"])
        both = {**self.small, **self.articles}
        self.one_forms = {word for word, value in both.items() if value == 1}
        for ten in table["tens"]:
            for unit in table["units"]:
                self.small[f"{ten}{unit}"] = self.small[ten] + both[unit]
                self.small[f"{unit}{table['compound_joiner']}{ten}"] = self.small[ten] + both[unit]
        self.hundred = set(table["hundred"])
        self.thousand = set(table["thousand"])
        self.conjunctions = set(table["and"])
        self.fractions: dict[str, float] = _values(table["fractions"], float)
        self.scales: dict[str, int] = _by_scale(table["scales"])
        self.language_scales: dict[str, dict[str, int]] = {
            language: _by_scale(scales) for language, scales in table["language_scales"].items()}
        self.attached_scales: dict[str, int] = _by_scale(table["attached_scales"])
        self.ordinals: dict[str, int] = _values(table["ordinals"])
        self.glued = sorted(self.hundred | self.thousand, key=len, reverse=True)
        words = {*self.small, *self.articles, *self.hundred, *self.thousand, *self.fractions}
        self.known = words | self.conjunctions
        glued = line_alternation(self.glued)
        word = line_alternation(words) + f"(?:{glued})*"
        joiner = line_alternation(self.conjunctions)
        #: one or more number words: "tolv", "en halv", "to hundre og femti tusen"; "hundre" and
        #: "tusen" may be glued to the word before ("tohundre", "titusen", "hundretusen")
        self.pattern = rf"(?<!\w){word}(?:(?:{WS}{joiner})?{WS}{word})*(?!\w)"
        #: a word that ends in a glued "hundre"/"tusen" (for a quick test of a text)
        self.glued_word = re.compile(rf"[^\W\d_](?:{glued})(?!\w)", re.I)

    def scale(self, word: str | None, language: str | None = None) -> int | None:
        """The value of a scale word ("millioner", "billion") in a text of ``language``: an
        English "billion" is 10^9, a Norwegian one 10^12; None for no scale word."""
        word = (word or "").lower()
        return self.language_scales.get(language or "", {}).get(word) or self.scales.get(word)

    def _words(self, text: str) -> list[str]:
        """The number words of ``text``, glued "hundre"/"tusen" split off ("tohundre" -> to hundre)."""
        words = []
        for word in squash(text).split(" "):
            if word in self.known:
                words.append(word)
                continue
            tail = []
            while (end := next((g for g in self.glued if word.endswith(g) and len(word) > len(g)), None)):
                tail.insert(0, end)
                word = word[: -len(end)]
            words += [word, *tail]
        return words

    def value(self, text: str) -> float | int | None:
        """Value of number words ("tolv", "en halv", "to hundre tusen"), None if not a number."""
        total, current, previous = 0.0, None, None
        for word in self._words(text):
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
        return whole(total + (current or 0))


NUMBERS = NumberWords(load("numbers"))


def whole(value: float) -> float | int:
    """``value`` as an int when it has no fraction."""
    return int(value) if value == int(value) else value


def dotted_thousands(digits: str) -> bool:
    """Are all the dots in ``digits`` thousands separators ("300.000", not "1.2" or "14.30")?"""
    return _DOTTED_THOUSANDS.fullmatch(digits) is not None


def parse_number(text: str) -> float | int | None:
    """Value of a number in digits ("250 000", "1,5", "300.000", "1.2") or words ("tolv")."""
    text = text.strip()
    if not text or not text[0].isdigit():
        return NUMBERS.value(text)
    digits = _SPACES.sub("", text)
    if "," in digits:  # Norwegian decimal comma; dots are thousands separators
        digits = digits.replace(".", "").replace(",", ".")
    elif dotted_thousands(digits):
        digits = digits.replace(".", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return whole(value)
