"""Span groups from character offsets: the date and amount grammars match text, and their
components turn the matches into spans of the Doc."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from spacy.tokens import Doc, Span

T = TypeVar("T")


@contextmanager
def splitting(doc: Doc) -> Iterator:
    """``doc.retokenize()`` for splits that keeps ``doc.tensor`` one row per token, each piece
    with its token's row. spaCy's split leaves a row too many and zeroes the pieces' rows; the
    parser reads the rows of a batch's Docs end to end, so every later Doc's parse shifted."""
    tensor, starts = doc.tensor, [token.idx for token in doc]
    with doc.retokenize() as retokenizer:
        yield retokenizer
    if tensor is not None and tensor.size:
        doc.tensor = tensor[[bisect_right(starts, token.idx) - 1 for token in doc]]


def spans_from_offsets(doc: Doc, items: list[tuple[int, int, str]]) -> list[Span | None]:
    """Spans for (start_char, end_char, label) items, one per item (None if impossible).

    A boundary inside a token ("2018." at a sentence end, where the nb tokenizer keeps
    the ordinal dot) splits that token, so the span text is the expression itself; the
    Doc's existing span groups are rebuilt from their character offsets afterwards.
    """
    if not items:
        return []
    cuts = _cuts_inside_tokens(doc, [offset for start, end, _ in items for offset in (start, end)])
    if cuts:
        _split_tokens(doc, cuts)
    spans = []
    for start, end, label in items:
        span = doc.char_span(start, end, label=label)
        if span is None:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
        spans.append(span)
    return spans


def _cuts_inside_tokens(doc: Doc, offsets: list[int]) -> dict[int, set[int]]:
    """The offsets that fall inside a token, as {token index: offsets into the token}."""
    starts = [token.idx for token in doc]
    cuts: dict[int, set[int]] = {}
    for offset in offsets:
        index = bisect_right(starts, offset) - 1
        if index < 0:
            continue
        token = doc[index]
        if token.idx < offset < token.idx + len(token.text):
            cuts.setdefault(index, set()).add(offset - token.idx)
    return cuts


def _split_tokens(doc: Doc, cuts: dict[int, set[int]]) -> None:
    saved = {
        name: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group]
        for name, group in doc.spans.items()
    }
    with splitting(doc) as retokenizer:
        for index, offsets in cuts.items():
            token = doc[index]
            bounds = [0, *sorted(offsets), len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            # the first piece keeps the token's head (a parsed Doc keeps its sentences), the rest hang on it
            first_head = token.head if token.head.i != token.i else (token, 0)
            retokenizer.split(token, pieces, heads=[first_head] + [(token, 0)] * (len(pieces) - 1))
    for name, spans in saved.items():
        doc.spans[name] = [
            doc.char_span(s, e, label=label, kb_id=kb, span_id=sid) for s, e, label, kb, sid in spans
        ]


def set_span_group(doc: Doc, key: str, items: list[tuple[int, int, str, T]],
                   fill: Callable[[Span, T], None]) -> None:
    """Set ``doc.spans[key]`` to a span for each (start_char, end_char, label, payload)
    item that can be made (see ``spans_from_offsets``), ``fill(span, payload)`` having
    set its attributes."""
    spans = spans_from_offsets(doc, [(start, end, label) for start, end, label, _ in items])
    group = []
    for span, (*_, payload) in zip(spans, items):
        if span is not None:
            fill(span, payload)
            group.append(span)
    doc.spans[key] = group
