"""Token patterns kept as data: JSON lines of spaCy Matcher patterns whose word lists may be
named, ``{"LOWER": {"IN": "$org_prepositions"}}``, and defined once in a YAML data file."""

from __future__ import annotations

import json
from typing import Any

from .lexicon import DATA_DIR


def load_patterns(name: str, lists: dict[str, Any]) -> list[dict]:
    """The entries of ``data/NAME.jsonl`` in file order, every ``"$key"`` value replaced by
    ``lists[key]``."""
    with open(DATA_DIR / f"{name}.jsonl", encoding="utf-8") as lines:
        return [expand(json.loads(line), lists) for line in lines if line.strip()]


def expand(value: Any, lists: dict[str, Any]) -> Any:
    """``value`` with every string ``"$key"`` in it replaced by ``lists[key]``."""
    if isinstance(value, dict):
        return {key: expand(item, lists) for key, item in value.items()}
    if isinstance(value, list):
        return [expand(item, lists) for item in value]
    if isinstance(value, str) and value.startswith("$"):
        return list(lists[value[1:]])
    return value
