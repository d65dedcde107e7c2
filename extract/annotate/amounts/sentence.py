"""The sentence an amount is read in: its text, the part of speech of its words (a tagged Doc)
and its dates, passed to every reading step instead of kept on a component."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..dates import find_dates


@dataclass
class Sentence:
    """One sentence: ``tags`` and ``lemmas`` are the UPOS and the lemma of its words by
    character offset when the text comes from a tagged (lemmatised) Doc, else None; ``language``
    is its document's, when known."""

    text: str
    tags: dict[int, str] | None = None
    lemmas: dict[int, str] | None = None
    language: str | None = None  # the document's: "nb", "nn" or "en"

    @cached_property
    def dates(self) -> list[tuple[int, int]]:
        """The (start, end) of its date expressions, found on first need (most sentences have
        no number)."""
        return [(d.start, d.end) for d in find_dates(self.text, None, keep_unresolved=True)]

    def in_date(self, start: int, end: int) -> bool:
        """Does text[start:end] overlap a date expression?"""
        return any(s < end and start < e for s, e in self.dates)

    def tag(self, start: int, missing: str | None = None) -> str | None:
        """The UPOS of the word starting at ``start``: None when the Doc is not tagged,
        ``missing`` when no token starts there."""
        return None if self.tags is None else self.tags.get(start, missing)
