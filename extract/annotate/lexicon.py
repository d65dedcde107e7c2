"""The annotate stage's language knowledge: its data files in ``data/`` and the pattern of a
capitalised name word the rule components share. The loading and regex helpers are
``extract.lexicon``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import srsly

from extract import lexicon as shared
from extract.lexicon import alternation  # noqa: F401  (amounts imports it from here)

DATA_DIR = Path(__file__).parent / "data"

# "{NAME}" in a pattern file: a piece the patterns share (``read_patterns``).
_PIECE = re.compile(r"\{([A-Z_]+)\}")

# A capitalised word of a name: "Heidner", "Eik-Nes", "CleanTech", "NODE", "Lavik–Drone" (joined by any dash).
CAPITALISED_WORD = r"[A-ZÆØÅ][\wæøåÆØÅéü&]*(?:[-–—][A-ZÆØÅa-zæøå][\wæøåéü]*)*"


def load(name: str) -> dict:
    """The parsed YAML data file ``data/NAME.yaml`` (cached)."""
    return shared.load(DATA_DIR, name)


def read_patterns(path: Path, pieces: dict[str, list[str]]) -> list[dict]:
    """The patterns of a JSON lines file (spaCy's ``Matcher``/``SpanRuler`` format) with the
    shared pieces put in: "{NAME}" stands for the word list ``pieces[NAME]``, spliced into a
    list ("IN") or joined by "|" inside a string ("REGEX")."""
    return [expand_pieces(pattern, pieces) for pattern in srsly.read_jsonl(path)]


def expand_pieces(value: Any, pieces: dict[str, list[str]]) -> Any:
    """``value`` (a pattern or a part of one) with every "{NAME}" replaced by ``pieces[NAME]``;
    a piece may itself use another."""
    if isinstance(value, dict):
        return {key: expand_pieces(item, pieces) for key, item in value.items()}
    if isinstance(value, list):
        expanded = []
        for item in value:
            whole = _PIECE.fullmatch(item) if isinstance(item, str) else None
            expanded += expand_pieces(pieces[whole.group(1)], pieces) if whole else [expand_pieces(item, pieces)]
        return expanded
    if isinstance(value, str):
        return _PIECE.sub(lambda m: "|".join(map(re.escape, expand_pieces(pieces[m.group(1)], pieces))), value)
    return value
