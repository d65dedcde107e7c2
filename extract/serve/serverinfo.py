"""Datasette's server information without the server's file paths: ``/-/databases.json``,
``/-/threads.json`` and the ``file`` column of ``pragma_database_list``."""

from __future__ import annotations

import sqlite3
import threading

from datasette.utils.asgi import Response


async def databases_page(datasette):
    """Datasette's /-/databases.json without the files' paths on the server."""
    return Response.json([
        {"name": db.name, "route": db.route, "size": db.size, "is_mutable": db.is_mutable,
         "is_memory": db.is_memory, "hash": db.hash}
        for name, db in datasette.databases.items() if name != "_internal"
    ])


async def threads_page(datasette):
    """Datasette's /-/threads.json without its task list (which shows source paths)."""
    return Response.json({"threads": [{"name": t.name, "daemon": t.daemon} for t in threading.enumerate()]})


def hide_file_column(action, table, column, database, trigger):
    """SQLite authorizer: ``pragma_database_list()``'s ``file`` column reads as NULL."""
    if action == sqlite3.SQLITE_READ and table == "pragma_database_list" and column == "file":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK
