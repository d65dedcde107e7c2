"""Span groups from character offsets (``extract/annotate/spans.py``)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from extract.annotate.spans import set_span_group, spans_from_offsets


def test_offsets_on_token_boundaries_leave_the_tokens_alone():
    doc = spacy.blank("nb")("Det var i 2019 og 2020")
    spans = spans_from_offsets(doc, [(8, 14, "DATE")])
    assert [(s.text, s.label_) for s in spans] == [("i 2019", "DATE")]
    assert len(doc) == 6


def test_an_offset_inside_a_token_splits_it_and_keeps_other_groups():
    doc = spacy.blank("nb")("Status i 2019. Klyngen vokste.")
    assert "2019." in [t.text for t in doc]
    doc.spans["organizations"] = [Span(doc, 3, 4, "ORG")]
    [span] = spans_from_offsets(doc, [(7, 13, "DATE")])
    assert span.text == "i 2019"
    assert [t.text for t in doc][:4] == ["Status", "i", "2019", "."]
    assert [s.text for s in doc.spans["organizations"]] == ["Klyngen"]


def test_set_span_group_fills_each_span_from_its_payload():
    doc = spacy.blank("nb")("fem millioner kroner og tre bedrifter")
    set_span_group(doc, "found", [(0, 20, "MONEY", "a"), (24, 37, "COUNT", "b")],
                   lambda span, payload: setattr(span, "kb_id_", payload))
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["found"]] == [
        ("fem millioner kroner", "MONEY", "a"), ("tre bedrifter", "COUNT", "b")]
