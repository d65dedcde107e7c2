"""English (en), Bokmål (nb) or Nynorsk (nn), from function words listed in ``language.yaml``.

A text is English when its English function words are many (``MIN_ENGLISH_WORDS``) and outnumber
its Norwegian ones (Bokmål, Nynorsk and those both use) ``ENGLISH_MARGIN`` times: a Norwegian
article quoting an English sentence, or naming "Norwegian Centre of Expertise", stays Norwegian.
Otherwise Nynorsk function words outnumbering Bokmål ones make it Nynorsk, fewer Bokmål."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from extract.lexicon import load

DATA_DIR = Path(__file__).parent  # parse's own YAML files
LANGUAGES = ("nb", "nn", "en")  # the codes an Article's language may have
WORD_LISTS = (*LANGUAGES, "norwegian")  # language.yaml's lists; "norwegian": words both standards use
MIN_ENGLISH_WORDS = 5  # fewer English function words are too little evidence to call a text English
ENGLISH_MARGIN = 2  # times the Norwegian function words an English text has more than

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _language_of_word() -> dict[str, str]:
    """Function word -> the list that has it (a language code, or "norwegian")."""
    data = load(DATA_DIR, "language")
    return {word: name for name in WORD_LISTS for word in data[name]}


def _counts(text: str) -> Counter:
    """How many function words of each list ``text`` has."""
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
    norwegian = counts["nb"] + counts["nn"] + counts["norwegian"]
    english = counts["en"] >= MIN_ENGLISH_WORDS and counts["en"] > ENGLISH_MARGIN * norwegian
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
