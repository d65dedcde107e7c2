"""Build the Datasette instance that serves a knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.plugins import pm

from . import plugin, signin
from .kbmeta import PLUGIN
from .sqlbounds import ANONYMOUS_SQL


def make_datasette(db_path: str | Path, reviewers: dict[str, str] | str | Path | None = None,
                   anonymous_sql: bool = False, review_settings: dict | None = None,
                   **datasette_options: Any) -> Datasette:
    """A Datasette serving the KB at ``db_path`` with our metadata and review plugin.

    ``reviewers`` (a dict of name -> datasette-auth-passwords hash, or a reviewers file,
    re-read when it changes) are the people who can sign in at /-/login and record
    verdicts. They stay in memory (``signin``), never in metadata. ``anonymous_sql`` lets
    visitors who are not signed in run arbitrary SQL (``sqlbounds``). ``review_settings``
    (``second_review_share``, ``low_agreement_kappa``: see ``review_flow``) go into the
    plugin config. Other keyword arguments go to Datasette.
    """
    db_path = Path(db_path)
    # Titles, facets and canned queries come from the plugin (kbmeta), as with plain `datasette`.
    metadata = {"plugins": {PLUGIN: {"database": db_path.stem, ANONYMOUS_SQL: anonymous_sql,
                                     **(review_settings or {})}}}
    if not pm.is_registered(plugin):  # not installed via the entry point
        pm.register(plugin, name=PLUGIN)
    plugin.unregister_replaced_plugins()
    ds = Datasette([str(db_path)], metadata=metadata, **datasette_options)
    signin.attach(ds, reviewers)
    return ds
