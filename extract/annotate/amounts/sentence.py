"""The sentence an amount is read in: its text, the part of speech of its words (a tagged Doc)
and its dates, passed to every reading step instead of kept on a component."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..dates import find_dates


@dataclass(frozen=True)
class LineContext:
    """What the lines around a sentence say of its bare numbers (``lines.LineBlocks``): money
    (``money``), in a heading's unit (``scale``), from character ``start`` to ``end``; ``unit`` is the
    (start, end) of the heading's unit in this sentence, itself no amount."""

    money: bool = False
    scale: int | None = None
    start: int = 0
    end: int = 0
    unit: tuple[int, int] | None = None


@dataclass
class Sentence:
    """One sentence: ``tags`` and ``lemmas`` are the UPOS and the lemma of its words by
    character offset when the text comes from a tagged (lemmatised) Doc, else None; ``language``
    is its document's, when known."""

    text: str
    tags: dict[int, str] | None = None
    lemmas: dict[int, str] | None = None
    language: str | None = None  # the document's: "nb", "nn" or "en"
    lines: LineContext = field(default_factory=LineContext)

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

    def part(self, start: int, end: int) -> Sentence:
        """The stretch text[start:end] (a line of it) as a sentence of its own."""
        def shift(table: dict[int, str] | None) -> dict[int, str] | None:
            return None if table is None else {i - start: v for i, v in table.items() if start <= i < end}
        return Sentence(self.text[start:end], shift(self.tags), shift(self.lemmas), self.language)
