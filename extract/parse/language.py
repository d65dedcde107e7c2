"""English (en), Bokmål (nb) or Nynorsk (nn), from function words listed in ``language.yaml``.

A text is English when its English function words are many (``MIN_ENGLISH_WORDS``) and outnumber
its Norwegian ones ``ENGLISH_MARGIN`` times: a Norwegian article quoting an English sentence, or
naming "Norwegian Centre of Expertise", stays Norwegian. English function words are the most
frequent words of English text, the listed Norwegian ones a few per cent of Norwegian text (the
words both standards share are left out), hence the margin. Otherwise Nynorsk function words
outnumbering Bokmål ones make it Nynorsk, fewer Bokmål."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from extract.lexicon import load

DATA_DIR = Path(__file__).parent  # parse's own YAML files
LANGUAGES = ("nb", "nn", "en")  # the codes an Article's language may have
MIN_ENGLISH_WORDS = 5  # fewer English function words are too little evidence to call a text English
ENGLISH_MARGIN = 4  # times the Norwegian function words an English text has at least

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _language_of_word() -> dict[str, str]:
    """Function word -> the language code whose list has it."""
    data = load(DATA_DIR, "language")
    return {word: code for code in LANGUAGES for word in data[code]}


def _counts(text: str) -> Counter:
    """How many function words of each language ``text`` has."""
    of_word = _language_of_word()
    return Counter(of_word[word] for word in _WORD.findall(text.lower()) if word in of_word)


def _standard(counts: Counter) -> str | None:
    if counts["nb"] == counts["nn"] == 0:
        return None
    return "nn" if counts["nn"] > counts["nb"] else "nb"


def norwegian_standard(text: str) -> str | None:
    """``nn`` if Nynorsk function words outnumber Bokmål ones, ``nb`` if fewer, None if no
    evidence; English words are not counted (the standard of a text the Norwegian model reads)."""
    return _standard(_counts(text))


def detect_language(text: str) -> str | None:
    """``en`` for an English text, else ``nn``/``nb`` as ``norwegian_standard``; None if no evidence."""
    counts = _counts(text)
    english = counts["en"] >= MIN_ENGLISH_WORDS and counts["en"] > ENGLISH_MARGIN * (counts["nb"] + counts["nn"])
    return "en" if english else _standard(counts)


def normalise_language(value: str | None) -> str | None:
    """A dump's or page's language code/name as ``nb``/``nn``/``en``, or None if another language."""
    if not value:
        return None
    value = value.strip().lower()
    codes = load(DATA_DIR, "language")["codes"]
    for candidate in (value, re.split(r"[-_]", value)[0]):
        for code, spellings in codes.items():
            if candidate in spellings:
                return code
    return None
