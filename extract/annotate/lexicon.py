"""The annotate stage's language knowledge: its data files in ``data/`` and the pattern of a
capitalised name word the rule components share. The loading and regex helpers are
``extract.lexicon``."""

from __future__ import annotations

from pathlib import Path

from extract import lexicon as shared
from extract.lexicon import alternation  # noqa: F401  (amounts imports it from here)

DATA_DIR = Path(__file__).parent / "data"

# A capitalised word of a name: "Heidner", "Eik-Nes", "CleanTech", "NODE".
CAPITALISED_WORD = r"[A-ZÆØÅ][\wæøåÆØÅéü&]*(?:-[A-ZÆØÅa-zæøå][\wæøåéü]*)*"


def load(name: str) -> dict:
    """The parsed YAML data file ``data/NAME.yaml`` (cached)."""
    return shared.load(DATA_DIR, name)

