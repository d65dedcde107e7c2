"""Loading the Norwegian language knowledge in ``data/`` and turning word lists into regexes."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

DATA_DIR = Path(__file__).parent / "data"

# A capitalised word of a name: "Heidner", "Eik-Nes", "CleanTech", "NODE".
CAPITALISED_WORD = r"[A-ZÆØÅ][\wæøåÆØÅéü&.]*(?:-[A-ZÆØÅa-zæøå][\wæøåéü]*)*"
# A person's name: two to four capitalised words ("Kristiane Haug Berg", "Olav Eik-Nes").
PERSON_NAME = (
    r"[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?"
    r"(?: (?:[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?|[A-ZÆØÅ]\.)){1,3}"
)


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed YAML data file ``data/NAME.yaml``."""
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def alternation(phrases: Iterable[str], *, flexible_space: bool = True) -> str:
    """A regex alternation of phrases, longest first, so the longest match wins."""
    escaped = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        pattern = re.escape(phrase)
        if flexible_space:
            pattern = pattern.replace(r"\ ", r"\s+")
        escaped.append(pattern)
    return "(?:" + "|".join(escaped) + ")"


def word_regex(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern:
    """A compiled regex that finds any of the phrases as whole words."""
    return re.compile(r"(?<![\wæøåÆØÅ-])" + alternation(phrases) + r"(?![\wæøåÆØÅ])", flags)
