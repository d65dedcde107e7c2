"""Build the Datasette instance that serves a knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from datasette.app import Datasette
from datasette.plugins import pm

from . import plugin

METADATA = Path(__file__).with_name("metadata.yml")
PLUGIN_NAME = "newsfacts"


def load_metadata(database: str) -> dict[str, Any]:
    """Our Datasette metadata, with its database section under the name ``database``."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["databases"] = {database: metadata["databases"]["newsfacts"]}
    return metadata


def make_datasette(db_path: str | Path, reviewers: dict[str, str] | None = None,
                   **datasette_options: Any) -> Datasette:
    """A Datasette serving the KB at ``db_path`` with our metadata and review plugin.

    ``reviewers`` maps reviewer names to datasette-auth-passwords hashes; they can
    sign in at /-/login and record verdicts. Other keyword arguments go to Datasette.
    """
    db_path = Path(db_path)
    database = db_path.stem
    reviewers = reviewers or {}
    metadata = load_metadata(database)
    metadata["plugins"] = {
        "datasette-auth-passwords": {f"{name}_password_hash": h for name, h in reviewers.items()},
        PLUGIN_NAME: {"database": database, "reviewers": sorted(reviewers)},
    }
    if not pm.is_registered(plugin):  # not installed via the entry point
        pm.register(plugin, name=PLUGIN_NAME)
    return Datasette([str(db_path)], metadata=metadata, **datasette_options)
