"""Numbers in digits or words (``extract/annotate/numbers.py``), shared by dates and amounts."""

from __future__ import annotations

import pytest

from extract.annotate.numbers import NUMBERS, dotted_thousands, parse_number, whole


@pytest.mark.parametrize(
    "text,value",
    [("tolv", 12), ("en halv", 0.5), ("to hundre tusen", 200000), ("femogtjue", 25),
     ("tjuefem", 25), ("halvannen", 1.5), ("250 000", 250000), ("1,5", 1.5),
     ("300.000", 300000), ("1.2", 1.2), ("to tre", None), ("bedrift", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_compound_number_words_both_ways():
    assert NUMBERS.value("tjuefem") == NUMBERS.value("femogtjue") == 25


@pytest.mark.parametrize("digits,expected", [("300.000", True), ("1.250.000", True), ("1.2", False),
                                             ("14.30", False), ("1000", False)])
def test_dotted_thousands(digits, expected):
    assert dotted_thousands(digits) is expected


def test_whole():
    assert whole(3.0) == 3 and isinstance(whole(3.0), int)
    assert whole(1.5) == 1.5


# Issue 30: "hundre" and "tusen" glued to the number word before them, alone or in a longer
# number; words that only end like them are no numbers.
@pytest.mark.parametrize("text, value", [
    ("tohundre", 200), ("femhundre", 500), ("titusen", 10_000), ("hundretusen", 100_000),
    ("tohundretusen", 200_000), ("tjuefemtusen", 25_000), ("femogtjuetusen", 25_000),
    ("femhundre og femti", 550), ("tohundre tusen", 200_000), ("Tohundre", 200), ("Titusen", 10_000),
    ("bytusen", None), ("undre", None),
])
def test_glued_hundreds_and_thousands(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["tohundre", "titusen", "tohundretusen"])
def test_glued_number_words_match_the_number_pattern_whole(text):
    import re

    assert re.fullmatch(NUMBERS.pattern, f"{text}", re.I)
