"""Our Datasette metadata (``metadata.yml``) for every newsfacts knowledge base served,
whatever its file is called, so plain ``datasette kb.db`` has titles, descriptions,
facets and canned queries. The plugin's ``get_metadata`` hook returns ``metadata``.
"""

from __future__ import annotations

import copy
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

import yaml

METADATA = Path(__file__).with_name("metadata.yml")
PLUGIN = "newsfacts"
_KB_TABLES = {"articles", "status_events", "reviews"}


@cache
def _metadata_file() -> dict[str, Any]:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


@cache
def is_knowledge_base(path: str) -> bool:
    """True if the SQLite file at ``path`` has the newsfacts tables (read-only check)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return _KB_TABLES <= names


def knowledge_bases(datasette) -> list[str]:
    """Names of the served databases that are newsfacts knowledge bases."""
    return [name for name, db in datasette.databases.items()
            if db.path and not db.is_memory and is_knowledge_base(str(db.path))]


def load_metadata(databases: list[str]) -> dict[str, Any]:
    """metadata.yml with its database section under each name in ``databases``."""
    metadata = copy.deepcopy(_metadata_file())
    section = metadata.pop("databases")["newsfacts"]
    metadata["databases"] = {name: copy.deepcopy(section) for name in databases}
    if databases:  # the review pages serve the first one unless configured otherwise
        metadata["plugins"] = {PLUGIN: {"database": databases[0]}}
    return metadata


def metadata(datasette) -> dict[str, Any]:
    """What ``get_metadata`` returns: our metadata for the knowledge bases served."""
    return load_metadata(knowledge_bases(datasette))
