"""The words around an amount: its measure, its period, a minus before it, a change verb
before a range, and whether the number stands alone (not in a date, a code or a phone number)."""

from __future__ import annotations

import re

from ..line_patterns import squash
from .patterns import (
    ANY_WORD, BAD_DIGIT_CONTEXT_AFTER, DIGIT_AFTER, DIGIT_BEFORE, MEASURE_AFTER, MINUS_BEFORE,
    MONEY_LINK_BEFORE, MONEY_PHRASE, NOT_AFTER, PERIOD_AFTER, PERIOD_BEFORE,
)
from .sentence import Sentence
from .vocabulary import (
    AMOUNTS, CHANGE_NOUNS, CHANGE_VERBS, CURRENCY_SUFFIX, MEASURE_ENDINGS, MEASURES, MONEY_NOUN_ENDINGS,
    MONEY_VERBS_BEFORE, MONEY_WORDS, PERIODS_AFTER, PERIODS_BEFORE,
)


def _compound_ending(word: str, endings: list[tuple[int, frozenset[str]]]) -> str | None:
    """The longest of ``endings`` that ``word`` ends in after a first part, or None."""
    return next((word[-n:] for n, forms in endings if len(word) > n + 1 and word[-n:] in forms), None)


def measure_of(word: str) -> str | None:
    """Canonical measure for a noun ("omsetningen" -> omsetning, "driftstilskot" -> driftstilskudd)."""
    word = word.lower()
    if word in MEASURES:
        return MEASURES[word]
    form = _compound_ending(word, MEASURE_ENDINGS)
    return word[: -len(form)] + MEASURES[form] if form else None


def money_word(word: str) -> bool:
    """Is ``word`` a money noun or verb, a measure, or a compound of a money noun ("prosjektmidlene")?"""
    word = word.lower()
    return bool(measure_of(word)) or word in MONEY_WORDS or bool(_compound_ending(word, MONEY_NOUN_ENDINGS))


def mentions_money(sentence: Sentence, start: int) -> bool:
    """Is the sentence of a number at ``start`` about money: a money noun or verb (by its form or
    lemma), a money phrase ("går inn med"), a measure noun or a currency word in it, or a verb
    like "får" before the number?"""
    for w in ANY_WORD.finditer(sentence.text):
        word, lemma = w.group().lower(), sentence.lemmas and sentence.lemmas.get(w.start())
        if lemma in MONEY_WORDS or money_word(word) or (word in CURRENCY_SUFFIX and code_case_ok(w.group())):
            return True
        if w.end() <= start and (word in MONEY_VERBS_BEFORE or lemma in MONEY_VERBS_BEFORE) and (
                sentence.tag(w.start()) in (None, "VERB", "AUX")):  # not "få" (few): "Få har 2 millioner"
            return True
    return MONEY_PHRASE.search(sentence.text) is not None


def money_noun_before_link(text: str, start: int) -> bool:
    """Does a measure or money noun stand a few words before a link word that ends right before
    ``start`` ("et tilskudd for 2015 på 900.000", "ei bot på 15 000")?"""
    link = MONEY_LINK_BEFORE.search(text, max(0, start - 8), start)
    if link is None:
        return False
    words = list(ANY_WORD.finditer(text, 0, link.start()))[-AMOUNTS["money_link_window"]:]
    return any(money_word(w.group()) for w in words)


def measure_linked_after(text: str, end: int) -> str | None:
    """The measure linked to the amount ending at ``end`` ("5 millioner kroner i støtte")."""
    m = MEASURE_AFTER.match(text, end)
    return measure_of(m["w"]) if m else None


def measure(text: str, start: int, end: int) -> str | None:
    """The amount's measure: linked after it, else the nearest before it, else the nearest after."""
    if linked := measure_linked_after(text, end):
        return linked
    before = [measure_of(w.group()) for w in ANY_WORD.finditer(text, 0, start)]
    before = [m for m in before if m]
    if before:
        return before[-1]
    after = (measure_of(w.group()) for w in ANY_WORD.finditer(text, end))
    return next((m for m in after if m), None)


def period(text: str, start: int, end: int) -> str | None:
    """The period of the amount: words right after it ("i året"), else an adjective shortly before."""
    m = PERIOD_AFTER.match(text, end)
    if m:
        return PERIODS_AFTER[squash(m["word"])]
    window = [w for w in ANY_WORD.finditer(text, 0, start)][-AMOUNTS["period_window"]:]
    if window:
        for m in reversed(list(PERIOD_BEFORE.finditer(text, window[0].start(), start))):
            return PERIODS_BEFORE[squash(m.group())]
    return None


def after_change_verb(sentence: Sentence, pos: int) -> bool:
    """Is the verb before ``pos`` one of change ("har økt", "vil auke tollane ... fra")? With a
    tagged Doc the nearest VERB decides, else the few words before ``pos``."""
    words = list(ANY_WORD.finditer(sentence.text, 0, pos))
    if sentence.tags is not None:  # or a noun of change nearer than any verb: "En økning i støtten fra"
        verbs = [w.group().lower() for w in words
                 if sentence.tag(w.start()) == "VERB" or w.group().lower() in CHANGE_NOUNS]
        return bool(verbs) and (verbs[-1] in CHANGE_VERBS or verbs[-1] in CHANGE_NOUNS)
    return not CHANGE_VERBS.isdisjoint(w.group().lower() for w in words[-AMOUNTS["change_window"]:])


def sign(text: str, start: int) -> tuple[int, int]:
    """(-1, where the minus starts) for "minus 3,8", "−8,5", "var - 8,5"; (1, start) otherwise.
    A dash at the start of a line is a bullet, after a number a range dash."""
    m = MINUS_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return 1, start
    if m["sign"]:
        before = text[: m.start()].rstrip(" \t\u00a0")
        if not before or before.endswith("\n") or not before[-1].isalpha():
            return 1, start
    return -1, m.start()


def code_case_ok(word: str | None) -> bool:
    """False for a three-letter currency code not written in capitals ("nok ein")."""
    return not (word and len(word) == 3 and word.isalpha() and not word.isupper())


def number_stands_alone(sentence: Sentence, m: re.Match, scale: int | None) -> bool:
    """False for a number inside a date, after "kl."/"nr.", in a phone number or a code."""
    text, (start_num, end_num) = sentence.text, m.span("num")
    if sentence.in_date(start_num, end_num) or not code_case_ok(m["pre"]):
        return False
    if NOT_AFTER.search(text, max(0, start_num - 12), start_num):
        return False
    return not (m["num"][0].isdigit() and (
        DIGIT_BEFORE.search(text, max(0, start_num - 3), start_num)
        or DIGIT_AFTER.match(text, end_num)
        or (not scale and BAD_DIGIT_CONTEXT_AFTER.match(text, end_num))
    ))
