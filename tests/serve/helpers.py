"""Helpers for the serve tests: drive Datasette's test client, read the KB file."""

import asyncio
import re
import sqlite3

from extract.serve import signin


def run(coro):
    """Run a coroutine to completion (tests drive Datasette's async client)."""
    return asyncio.run(coro)


def actor_cookie(ds, reviewer):
    """The session cookie /-/login sets for a signed-in ``reviewer``; for anyone else
    Datasette's own actor cookie (a signed-in actor who is not a reviewer)."""
    if reviewer in signin.of(ds).reviewers.hashes():
        return {signin.COOKIE: signin.of(ds).session(ds, reviewer)}
    return {"ds_actor": ds.sign({"a": {"id": reviewer}}, "actor")}


async def csrf(ds):
    """A CSRF cookie and the matching form token, as a browser gets them from a form (the login page's)."""
    response = await ds.client.get("/-/login")
    token = re.search(r'name="csrftoken" value="([^"]+)"', response.text).group(1)
    return {"ds_csrftoken": response.cookies["ds_csrftoken"]}, token


async def post_verdict(ds, fact_id, reviewer="kari", query="", **form):
    """POST a verdict as ``reviewer`` (None: signed out) with a valid CSRF token."""
    cookies = actor_cookie(ds, reviewer) if reviewer else {}
    csrf_cookie, token = await csrf(ds)
    return await ds.client.post(f"/-/review/fact/{fact_id}{query}", cookies={**cookies, **csrf_cookie},
                                data={"csrftoken": token, **form})


def query(kb_path, sql, params=()):
    """Rows of ``sql`` on the KB file, as dicts."""
    conn = sqlite3.connect(kb_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def reviews(kb_path):
    """Every `reviews` row, oldest first."""
    return query(kb_path, "SELECT * FROM reviews ORDER BY id")
