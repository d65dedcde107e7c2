"""What the plugin's pages share: the knowledge base served, who may view and review, the
pages' URLs and rendering a page with the links every page shows."""

from __future__ import annotations

from urllib.parse import urlencode

from datasette.utils import sqlite_timelimit, tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response

from . import review
from .kbmeta import PLUGIN

REVIEW_PERMISSION = "newsfacts-review"
PAGE_QUERY_MS = 10_000  # the pages' own queries (fixed, with parameters) stop after this, as SQLite enforces


def database(datasette):
    """The knowledge base the plugin serves (``database`` of its plugin config)."""
    return datasette.get_database((datasette.plugin_config(PLUGIN) or {}).get("database"))


async def ensure_view(datasette, request):
    """The knowledge base, if the request's actor may view it (Forbidden otherwise)."""
    db = database(datasette)
    await datasette.ensure_permissions(request.actor, [("view-database", db.name), "view-instance"])
    return db


async def can_review(datasette, actor) -> bool:
    return await datasette.permission_allowed(actor, REVIEW_PERMISSION, default=False)


def queue_filters(params) -> dict[str, str]:
    """The review queue filters set in ``params`` (a request's query or form)."""
    return {k: params.get(k) for k in review.QUEUE_FILTERS if params.get(k)}


def page_path(datasette, route: str, value: str = "", filters: dict | None = None) -> str:
    """The path of ``route`` with the id ``value`` (tilde-encoded: ids of any characters)
    and ``filters`` as its query."""
    path = datasette.urls.path(route + tilde_encode(value))
    return f"{path}?{urlencode(filters)}" if filters else path


def row_url(datasette, db, table: str, key: str) -> str:
    """The path of Datasette's page for the row ``key`` of ``table`` (tilde-encoded, so an id
    of any characters, '/' or '..' included, names that row and no other path)."""
    return datasette.urls.row(db.name, table, tilde_encode(key))


def http_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL (article data never becomes a javascript: link)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def here(request) -> str:
    """The request's path and query: where sign-in returns to."""
    return request.path + (f"?{request.query_string}" if request.query_string else "")


async def render(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    """The page of ``template`` with ``context`` and the links every page shows."""
    context = {
        "static": datasette.urls.path("/-/newsfacts/static/"),
        "can_review": await can_review(datasette, request.actor),
        "login_url": datasette.urls.path("/-/login") + "?" + urlencode({"next": here(request)}),
        "queue_url": datasette.urls.path("/-/review"),
        "agreement_url": datasette.urls.path("/-/review/agreement"),
        "quality_url": datasette.urls.query(database(datasette).name, "extraction_quality"),
        **context,
    }
    return Response.html(await datasette.render_template(template, context, request=request), status=status)


async def read(db, fn):
    """``fn(conn)`` on a read connection of ``db``, stopped by a SQLite progress handler
    after ``PAGE_QUERY_MS`` (sqlite3.OperationalError "interrupted")."""
    def limited(conn):
        with sqlite_timelimit(conn, PAGE_QUERY_MS):
            return fn(conn)

    return await db.execute_fn(limited)


async def fetch_or_404(datasette, request, url_var: str, fetch, what: str):
    """(db, key, row) for the page's URL key, fetched with ``fetch(conn, key)``; 404 if missing."""
    db = await ensure_view(datasette, request)
    key = tilde_decode(request.url_vars[url_var])  # ids of any characters: see page_path
    found = await read(db, lambda conn: fetch(conn, key))
    if found is None:
        raise NotFound(f"Fant ikke {what} {key}")
    return db, key, found
