"""The search box's query for SQLite full-text search: Datasette's ``escape_fts`` (each word
quoted, so no FTS syntax reaches SQLite from the box), except that a word ending in ``*``
stays a prefix query: ``klyng*`` finds klynge, klyngen, klyngeleder … The plugin registers
it under Datasette's name on every connection (``plugin.prepare_connection``)."""

from __future__ import annotations

import re

_PARTS = re.compile(r'\s+|(".*?")')  # words and "quoted phrases", as Datasette splits them


def _quoted(part: str) -> str:
    if part.startswith('"'):
        return part  # a phrase the user quoted
    word = part.rstrip("*").replace('"', '""')
    return f'"{word}"*' if word and part.endswith("*") else f'"{word}"'


def escape_fts(query: str) -> str:
    """``klynge NCE-klynga klyng*`` -> ``"klynge" "NCE-klynga" "klyng"*``."""
    if query.count('"') % 2:
        query += '"'
    return " ".join(_quoted(part) for part in _PARTS.split(query) if part and part != '""')
