"""Article text as escaped HTML with extracted spans highlighted by kind.

Every piece of article text goes through ``markupsafe.escape``; only our own tags
are added around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Iterable, Iterator

from markupsafe import Markup, escape

from ..lexicon import DATA_DIR, load
from ..store import FACT_TABLES

# kind -> legend label (Norwegian, in ``extract/data/labels.yaml``); the order is the legend's.
KINDS = load(DATA_DIR, "labels")["highlight_kinds"]
FACT_KINDS = {"status_event": "event", "person_role": "person", "amount": "amount", "date": "date"}
assert set(FACT_KINDS) == set(FACT_TABLES.values())
MENTION_KINDS = {
    "PER": "person", "ORG": "organisation", "GPE_ORG": "organisation", "CLUSTER": "cluster",
    "LOC": "place", "GPE_LOC": "place", "DATE": "date", "MONEY": "amount", "COUNT": "amount",
    "EVT": "event", "EVENT": "event",
}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of article text (offsets into articles.text)."""

    start: int
    end: int
    kind: str
    label: str
    href: str | None = None


def _length(span: Span) -> tuple[int, int]:
    return span.end - span.start, span.start


def mention_kind(label: str | None, entity_type: str | None) -> str:
    """Highlight kind of a mention: clusters by entity type, the rest by NER label."""
    if entity_type == "cluster":
        return "cluster"
    return MENTION_KINDS.get(label or "", "other")


def paragraph_bounds(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph of ``text``."""
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        yield start, brk.start()
        start = brk.end()
    yield start, len(text)


def paragraph_around(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the paragraph of ``text`` holding ``offset``."""
    for start, end in paragraph_bounds(text):
        if offset <= end:
            return start, end
    return start, end


def highlight(text: str, spans: Iterable[Span], base: int = 0) -> Markup:
    """``text`` (which starts at offset ``base`` of the article) as HTML with ``spans`` marked.

    Overlapping spans are split at every boundary; each piece is marked with the kind
    of the shortest span covering it, links to the shortest covering span with a link,
    and is titled with the labels of all of them.
    """
    spans = [s for s in spans if s.start < base + len(text) and s.end > base and s.start < s.end]
    cuts = sorted({0, len(text)} | {min(max(o - base, 0), len(text)) for s in spans for o in (s.start, s.end)})
    pieces = []
    for a, b in pairwise(cuts):
        piece = escape(text[a:b])
        covering = [s for s in spans if s.start - base <= a and b <= s.end - base]
        if not covering:
            pieces.append(piece)
            continue
        top = min(covering, key=_length)
        linked = [s for s in covering if s.href]
        if linked:
            piece = Markup('<a href="{}">{}</a>').format(min(linked, key=_length).href, piece)
        classes = f"hl hl-{top.kind}" + (" hl-overlap" if len(covering) > 1 else "")
        title = "; ".join(dict.fromkeys(s.label for s in covering))
        pieces.append(Markup('<mark class="{}" title="{}">{}</mark>').format(classes, title, piece))
    return Markup("").join(pieces)


def highlight_paragraphs(text: str, spans: list[Span]) -> list[Markup]:
    """Each paragraph of an article's ``text`` as highlighted HTML."""
    return [highlight(text[start:end], spans, base=start) for start, end in paragraph_bounds(text)]
