"""Loading of the YAML data files that live next to the parse code."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file ``name`` (e.g. ``"months"``) from this package."""
    path = Path(__file__).parent / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def alternation(words: list[str]) -> str:
    """A regex alternation of literal ``words``, longest first so prefixes don't shadow."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
