"""The in-line regex helpers dates and amounts share (``extract/annotate/line_patterns.py``)."""

from __future__ import annotations

from extract.annotate.line_patterns import ending_with, squash, starting_with


def test_squash():
    assert squash("  I \t Fjor ") == "i fjor"


def test_ending_with_finds_a_word_at_the_end_of_the_window():
    pattern = ending_with(["fram til", "innen"])
    text = "Det varer fram til søndag"
    m = pattern.search(text, 0, text.index("søndag"))
    assert m is not None and m["word"] == "fram til"
    assert pattern.search("Det varer fram tilbake ", 0) is None
    assert ending_with(["fram til"]).search("fram\ntil ") is None  # never over a line break


def test_starting_with_matches_a_whole_word_after_a_position():
    pattern = starting_with(["kroner", "kr"])
    assert pattern.match("5 kroner", 1)["word"] == "kroner"
    assert pattern.match("5 kronerne", 1) is None
