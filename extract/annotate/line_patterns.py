"""Regex helpers the date and amount grammars share: whitespace inside one line (an expression
never runs over a line break) and alternations of the words of the data files."""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.lexicon import alternation

WS = r"[^\S\n]+"  # whitespace inside a line
WS_OPT = r"[^\S\n]*"


def line_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, lowercased, longest first, spaces matching any
    in-line whitespace."""
    return alternation(words, space=WS, lowercase=True)


def squash(text: str) -> str:
    """Lowercase ``text`` with runs of whitespace turned into one space (for table lookups)."""
    return " ".join(text.lower().split())


def ending_with(words: Iterable[str], gap: str = WS) -> re.Pattern:
    """One of ``words`` (group ``word``) and ``gap`` at the end of the searched window:
    search it in the text just before a match."""
    return re.compile(rf"(?<!\w)(?P<word>{line_alternation(words)}){gap}$", re.I)


def starting_with(words: Iterable[str], lead: str = WS_OPT) -> re.Pattern:
    """``lead`` and one of ``words`` (group ``word``) as a whole word: match it at the end of
    a match."""
    return re.compile(rf"{lead}(?P<word>{line_alternation(words)})(?!\w)", re.I)
