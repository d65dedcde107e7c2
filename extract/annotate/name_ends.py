"""Where a cluster name ends: before a word for a document ("Arena Vindenergi Sluttevaluering",
"NCE Tindra Årsrapport 2019": the title of a report on the cluster, not a longer name). The words,
and the compounds ending in them, are ``document_words`` in ``data/clusters.yaml``."""

from __future__ import annotations

from functools import cache

from .lexicon import load


@cache
def _document_words() -> tuple[str, ...]:
    return tuple(word.lower() for word in load("clusters")["document_words"])


def is_document_word(word: str) -> bool:
    """Is the word one for a document, or a compound ending in one ("Sluttevaluering", "Årsmelding")?"""
    return word.lower().endswith(_document_words())


def name_length(words: list[str]) -> int:
    """How many of a name's words are the name: those before the first document word after its first."""
    return next((k for k in range(1, len(words)) if is_document_word(words[k])), len(words))
