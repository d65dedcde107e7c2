"""Bokmål (nb) or Nynorsk (nn), from function words listed in ``language.yaml``."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from extract.lexicon import load

DATA_DIR = Path(__file__).parent  # parse's own YAML files

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load(DATA_DIR, "language")
    return frozenset(data["nb"]), frozenset(data["nn"])


def detect_language(text: str) -> str | None:
    """``nn`` if Nynorsk function words outnumber Bokmål ones, ``nb`` if fewer, None if no evidence."""
    nb, nn = _words()
    nb_count = nn_count = 0
    for word in _WORD.findall(text.lower()):
        nb_count += word in nb
        nn_count += word in nn
    if nb_count == nn_count == 0:
        return None
    return "nn" if nn_count > nb_count else "nb"


def normalise_language(value: str | None) -> str | None:
    """A dump's or page's language code/name as ``nb``/``nn``, or None if not Norwegian."""
    if not value:
        return None
    value = value.strip().lower()
    for code, spellings in load(DATA_DIR, "language")["codes"].items():
        if value in spellings:
            return code
    return None
