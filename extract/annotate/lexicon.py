"""The annotate stage's language knowledge: its data files in ``data/`` and the name
patterns the rule components share. The loading and regex helpers are ``extract.lexicon``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from extract import lexicon as shared
from extract.lexicon import alternation

DATA_DIR = Path(__file__).parent / "data"

# A capitalised word of a name: "Heidner", "Eik-Nes", "CleanTech", "NODE".
CAPITALISED_WORD = r"[A-ZÆØÅ][\wæøåÆØÅéü&]*(?:-[A-ZÆØÅa-zæøå][\wæøåéü]*)*"
# A person's name: two to four capitalised words ("Kristiane Haug Berg", "Olav Eik-Nes").
PERSON_NAME = (
    r"[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?"
    r"(?: (?:[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?|[A-ZÆØÅ]\.)){1,3}"
)


def load(name: str) -> dict:
    """The parsed YAML data file ``data/NAME.yaml`` (cached)."""
    return shared.load(DATA_DIR, name)


def word_regex(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern:
    """A compiled regex that finds any of the phrases as whole words."""
    return re.compile(r"(?<![\wæøåÆØÅ-])" + alternation(phrases) + r"(?![\wæøåÆØÅ])", flags)
