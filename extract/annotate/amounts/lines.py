"""Money said by the lines around a bare number, as budget tables and lists on pages write it:
a funder after it ("200.000 fra Innovasjon Norge"), a money label before a colon ("Budsjett:
450.000"), a line about money ending in a colon over the lines under it ("Prosjektet ble
finansiert slik:" / "MBL: 150’"), or a heading's unit over them ("Beløp i 1000 kr")."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from ..line_patterns import squash
from .context import mentions_money, money_word
from .patterns import (
    A_DIGIT, ANY_WORD, FUNDER_LINK, HEADER_UNIT, LABEL_BEFORE, LINE, MONEY_PHRASE_BEFORE, PLAIN_FOUR_DIGITS,
    THOUSANDS_MARK, WORD_BEFORE,
)
from .sentence import LineContext, Sentence
from .vocabulary import AMOUNTS, FUNDER_HEADS, FUNDERS, HEADER_UNITS, MONEY_VERBS


class LineBlocks:
    """Walks a document's sentences in order and gives each the money its lines say: a block
    opens at a heading's unit or a money line ending in a colon, and lasts over the following
    lines while each is a row: a digit in it and few words (blank lines pass). Lines are read
    inside a sentence too (a sentence may hold several)."""

    def __init__(self) -> None:
        self.block: LineContext | None = None
        self.left = 0

    def context(self, sentence: Sentence) -> LineContext:
        """The line context of ``sentence`` (the next in the document): the first stretch of it
        that a block covers; opens and closes blocks on the way."""
        found: LineContext | None = None
        for start, end in _lines(sentence.text):
            covered = self._line(sentence, start, end)
            if found is None:
                found = covered
            elif covered is not None and covered.money == found.money and covered.scale == found.scale:
                found = replace(found, end=covered.end)
            else:
                break
        return found or LineContext()

    def _line(self, sentence: Sentence, start: int, end: int) -> LineContext | None:
        """What the block says of the line text[start:end], then the block after it."""
        line = sentence.text[start:end]
        inside = self.block if self.block is not None and self.left > 0 and _row(line) else None
        self.block, self.left = inside, self.left - 1
        if unit := HEADER_UNIT.search(line):
            scale = HEADER_UNITS[squash(unit["unit"])]
            self.block, self.left = LineContext(True, scale), AMOUNTS["block_lines"]
            return LineContext(True, scale, start + unit.end(), end, (start + unit.start("unit"), start + unit.end("unit")))
        if line.rstrip().endswith(":") and mentions_money(sentence.part(start, end), end - start):
            self.block, self.left = LineContext(True), AMOUNTS["block_lines"]
        return replace(inside, start=start, end=end) if inside else None


def _lines(text: str):
    """(start, end) of the lines of ``text`` that hold more than whitespace."""
    for m in LINE.finditer(text):
        if m.group().strip():
            yield m.start(), m.end()


def _row(text: str) -> bool:
    """Can ``text`` be a line of a block: a digit in it, and few words (a table row or list line)?"""
    return A_DIGIT.search(text) is not None and len(ANY_WORD.findall(text)) <= AMOUNTS["block_row_words"]


def line_money(sentence: Sentence, m: re.Match, end: int, value: float, scale: int | None) -> tuple[int, int] | None:
    """(scale, end) when the number ``m`` with no currency and no counted noun (its text ends at
    ``end``) is money by its line or the words right around it, else None."""
    text, lines, start = sentence.text, sentence.lines, m.start("num")
    digits, covered = m["num"][0].isdigit(), lines.start <= start < lines.end
    plain = PLAIN_FOUR_DIGITS.fullmatch(m["num"]) is not None
    if not scale and digits and lines.scale and covered and not (plain and 1900 <= value < 2100):
        return lines.scale, end
    if not (lines.money and covered or _funder_after(text, end) or _label_before(text, start)
            or _paid_before(sentence, m.start())):
        return None
    if scale:
        return scale, end  # "en million fra Nordvik kommune"
    if not digits:
        return None
    if mark := THOUSANDS_MARK.match(text, end):
        return 1000, mark.end()
    if plain or value < AMOUNTS["bare_money_min"]:
        return None
    return 1, end


def _funder_after(text: str, end: int) -> bool:
    """Does a funder follow the number ("fra Innovasjon Norge", "frå Sogndal kommune")?"""
    link = FUNDER_LINK.match(text, end)
    if link is None:
        return False
    line_end = text.find("\n", link.end())
    words = [w.group() for w in islice(ANY_WORD.finditer(text, link.end(), len(text) if line_end < 0 else line_end),
                                       AMOUNTS["funder_words"])]
    name = squash(" ".join(words))
    return any(f"{name} ".startswith(f"{f} ") for f in FUNDERS) or any(w.lower().endswith(FUNDER_HEADS) for w in words)


def _label_before(text: str, start: int) -> bool:
    """Is the number's line labelled by a money noun before a colon ("Budsjett: 450.000")?"""
    line_start = text.rfind("\n", 0, start) + 1
    label = LABEL_BEFORE.search(text, line_start, start)
    return label is not None and money_word(label["w"])


def _paid_before(sentence: Sentence, start: int) -> bool:
    """Does a money verb or phrase stand right before the number ("bevilget 800.000", "går inn
    med 600 000")?"""
    window = max(0, start - AMOUNTS["paid_window"])
    if MONEY_PHRASE_BEFORE.search(sentence.text, window, start):
        return True
    word = WORD_BEFORE.search(sentence.text, window, start)
    lemma = word and sentence.lemmas and sentence.lemmas.get(word.start())
    return word is not None and (word["w"].lower() in MONEY_VERBS or lemma in MONEY_VERBS)
