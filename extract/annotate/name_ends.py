"""Where a cluster name ends: before a word for a document ("Arena Vindenergi Sluttevaluering",
"NCE Tindra Årsrapport 2019": the title of a report on the cluster, not a longer name; the words,
and the compounds ending in them, are ``document_words`` in ``data/clusters.yaml``); over a dash
of any kind, or a lone "?" for a lost one; before an acronym in brackets, another form of it."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load

ACRONYM = re.compile(r"[A-ZÆØÅ][A-ZÆØÅ&]{1,7}")  # "NWC", "NO&DE"
BRACKETED_ACRONYM = re.compile(rf"\s*\((?P<short>{ACRONYM.pattern})\)")
_SPACED_DASH = re.compile(r"\\s\+(?:–|—|\\-)\\s\+")  # a spaced dash in a pattern of ``alternation``


def any_dash(pattern: str) -> str:
    """The pattern with every spaced dash of a name matching any dash, or a lone "?" for one lost
    ("NCE Tourism ? Fjord Norway": a page whose dash did not survive its encoding)."""
    return _SPACED_DASH.sub(lambda _m: r"\s+[–—?\-]\s+", pattern)


def dash_forms(name: str) -> list[str]:
    """The name, and with each spaced dash or lone "?" written as the other dashes."""
    return [name, *(re.sub(r" [–—?-] ", f" {dash} ", name) for dash in "–—-")]


@cache
def _document_words() -> tuple[str, ...]:
    return tuple(word.lower() for word in load("clusters")["document_words"])


def is_document_word(word: str) -> bool:
    """Is the word one for a document, or a compound ending in one ("Sluttevaluering", "Årsmelding")?"""
    return word.lower().endswith(_document_words())


def name_length(words: list[str]) -> int:
    """How many of a name's words are the name: those before the first document word after its first."""
    return next((k for k in range(1, len(words)) if is_document_word(words[k])), len(words))
