"""The newsfacts Datasette plugin: pages where reviewers check extracted facts.

Routes (all read-only except sign-in and the verdict POST, which needs the
``newsfacts-review`` permission, granted to signed-in reviewers):

- ``/-/login``                        reviewer sign-in (``signin``)
- ``/-/review``                       queue of unreviewed facts, least certain first
- ``/-/review/fact/<fact_id>``        a fact with its evidence; POST records a verdict
- ``/-/review/article/<article_id>``  an article with every extracted span highlighted
- ``/-/cluster``, ``/-/cluster/<id>``  clusters; one cluster's names, status history timeline,
                                      reporting articles, people and funding
- ``/-/newsfacts/static/<path>``      the pages' CSS and JavaScript
"""

from __future__ import annotations

import re
import sqlite3
import threading
import traceback
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Base400, Forbidden, NotFound, Response, asgi_static
from datasette.views.base import DatasetteError
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup

from ..store import FACT_TABLES, ISO_DATE_COLUMNS
from . import cluster as clusters, kbmeta, review, signin
from .formats import nb_amount, nb_date
from .highlight import (FACT_KINDS, KINDS, Span, highlight, highlight_paragraphs, mention_kind,
                        paragraph_around)

PLUGIN = "newsfacts"
REVIEW_PERMISSION = "newsfacts-review"
HERE = Path(__file__).parent
LINKED_COLUMNS = {"fact_id": "/-/review/fact/", "article_id": "/-/review/article/", "cluster_id": "/-/cluster/"}


def _config(datasette) -> dict:
    return datasette.plugin_config(PLUGIN) or {}


def _database(datasette):
    return datasette.get_database(_config(datasette).get("database"))


async def _ensure_view(datasette, request):
    db = _database(datasette)
    await datasette.ensure_permissions(request.actor, [("view-database", db.name), "view-instance"])
    return db


async def _can_review(datasette, actor) -> bool:
    return await datasette.permission_allowed(actor, REVIEW_PERMISSION, default=False)


def _filters(params) -> dict[str, str]:
    return {k: params.get(k) for k in review.QUEUE_FILTERS if params.get(k)}


def _path(datasette, route: str, value: str = "", filters: dict | None = None) -> str:
    path = datasette.urls.path(route + tilde_encode(value))
    return f"{path}?{urlencode(filters)}" if filters else path


def _http_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL (article data never becomes a javascript: link)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _here(request) -> str:
    """The request's path and query: where sign-in returns to."""
    return request.path + (f"?{request.query_string}" if request.query_string else "")


async def _render(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    context = {
        "static": datasette.urls.path("/-/newsfacts/static/"),
        "can_review": await _can_review(datasette, request.actor),
        "login_url": datasette.urls.path("/-/login") + "?" + urlencode({"next": _here(request)}),
        "queue_url": datasette.urls.path("/-/review"),
        "quality_url": datasette.urls.query(_database(datasette).name, "extraction_quality"),
        **context,
    }
    return Response.html(await datasette.render_template(template, context, request=request), status=status)


async def queue_page(datasette, request):
    """The review queue: unreviewed facts, filterable, least certain first, paged."""
    db = await _ensure_view(datasette, request)
    filters = _filters(request.args)
    page_arg = request.args.get("page", "1")
    if not re.fullmatch(r"[0-9]{1,7}", page_arg) or not 1 <= int(page_arg) <= review.MAX_PAGE:
        return Response.text(f"page must be a number from 1 to {review.MAX_PAGE:,}", status=400)
    page = int(page_arg)
    facts, total = await db.execute_fn(lambda conn: review.queue(conn, filters, page))
    pages = max((total + review.PAGE_SIZE - 1) // review.PAGE_SIZE, 1)
    return await _render(datasette, request, "review_queue.html", {
        "facts": facts, "total": total, "page": page, "pages": pages,
        "evidence_html": {f["fact_id"]: _queue_evidence(f) for f in facts},
        "page_url": lambda n: _path(datasette, "/-/review", filters={**filters, "page": n}),
        "fact_url": partial(_path, datasette, "/-/review/fact/", filters=filters),
        "article_url": partial(_path, datasette, "/-/review/article/"),
        "filters": filters, "filter_qs": urlencode(filters),
        "choices": await db.execute_fn(review.filter_choices),
    })


def _fact_spans(details: review.FactDetails) -> list[Span]:
    row = details.row
    if row["start_char"] is None or row["end_char"] is None:
        return []
    return [Span(row["start_char"], row["end_char"], FACT_KINDS[details.summary["fact_type"]],
                 details.summary["summary"] or "")]


def _queue_evidence(fact: dict) -> Markup:
    """A queue row's evidence sentence with the fact's span highlighted (escaped)."""
    start = fact["evidence_start"]
    spans = [] if start is None or fact["start_char"] is None or fact["end_char"] is None else [
        Span(fact["start_char"], fact["end_char"], FACT_KINDS[fact["fact_type"]], fact["summary"] or "")]
    return highlight(fact["evidence"] or "", spans, base=start or 0)


def _evidence_html(details: review.FactDetails) -> Markup:
    start = details.row["evidence_start"]  # NULL for metadata lines: nothing to place the span in
    spans = _fact_spans(details) if start is not None else []
    return highlight(details.row["evidence"] or "", spans, base=start or 0)


def _paragraph_html(details: review.FactDetails) -> Markup | None:
    offset = details.row["start_char"] if details.row["start_char"] is not None else details.row["evidence_start"]
    if details.article is None or offset is None:
        return None
    text = details.article["text"] or ""
    start, end = paragraph_around(text, offset)
    return highlight(text[start:end], _fact_spans(details), base=start)


async def _fetch_or_404(datasette, request, url_var: str, fetch, what: str):
    """(db, key, row) for the page's URL key, fetched with ``fetch(conn, key)``; 404 if missing."""
    db = await _ensure_view(datasette, request)
    key = tilde_decode(request.url_vars[url_var])  # ids of any characters: see _path
    found = await db.execute_fn(lambda conn: fetch(conn, key))
    if found is None:
        raise NotFound(f"No {what} {key}")
    return db, key, found


async def fact_page(datasette, request):
    """A fact with its evidence, paragraph, fields and reviews; POST records a verdict."""
    db, fact_id, details = await _fetch_or_404(datasette, request, "fact_id", review.fact_details, "fact")
    if request.method == "POST":
        return await _record_verdict(datasette, request, db, details)
    return await _fact_response(datasette, request, db, details)


async def _fact_response(datasette, request, db, details: review.FactDetails, error: str | None = None,
                         entered: dict | None = None) -> Response:
    """The fact page; with ``error``, a 400 that says why the verdict was not recorded and
    keeps what the reviewer typed (``entered``: the posted form)."""
    fact_id = details.summary["fact_id"]
    filters = _filters(request.args)
    neighbours = {
        name: await db.execute_fn(lambda conn, fwd=fwd: review.queue_neighbour(conn, details.summary, filters, fwd))
        for name, fwd in (("next", True), ("previous", False))
    }
    return await _render(datasette, request, "review_fact.html", {
        "fact": details.summary, "row": details.row, "table": details.table,
        "article": details.article, "reviews": details.reviews, "editable": details.editable,
        "evidence_html": _evidence_html(details), "paragraph_html": _paragraph_html(details),
        "kind": FACT_KINDS[details.summary["fact_type"]],
        "filters": filters, "filter_qs": urlencode(filters),
        "next_url": neighbours["next"] and _path(datasette, "/-/review/fact/", neighbours["next"], filters),
        "previous_url": neighbours["previous"] and _path(datasette, "/-/review/fact/", neighbours["previous"], filters),
        "article_url": details.article and _path(datasette, "/-/review/article/", details.article["id"]),
        "article_row_url": details.article and datasette.urls.row(db.name, "articles", details.article["id"]),
        "original_url": details.article and _http_url(details.article["url"]),
        "row_url": datasette.urls.row(db.name, details.table, fact_id),
        "error": error, "verdicts": review.VERDICTS,
        "fields": _form_fields(details, entered), "date_columns": ISO_DATE_COLUMNS,
    }, status=400 if error else 200)


def _form_fields(details: review.FactDetails, entered: dict | None) -> list[dict]:
    """The correction form's fields: column, how to ask for it, the value to show."""
    fields = []
    for column, extracted in details.editable.items():
        shown = "" if extracted is None else str(extracted)
        if entered is not None and f"field:{column}" in entered:
            shown = entered[f"field:{column}"]
        fields.append({"column": column, "value": shown, **review.field_kind(details.table, column)})
    return fields


async def _record_verdict(datasette, request, db, details: review.FactDetails) -> Response:
    if not await _can_review(datasette, request.actor):
        raise Forbidden("Sign in as a reviewer to record verdicts")
    form = await request.post_vars()
    verdict = form.get("verdict", "")
    try:
        correction = review.parse_correction(details, form) if verdict == "corrected" else None
        row = review.verdict_row(details, verdict, request.actor["id"], form.get("note", ""), correction)
    except review.VerdictError as e:
        return await _fact_response(datasette, request, db, details, f"Verdict not recorded: {e}", dict(form))
    await db.execute_write_fn(lambda conn: review.record_verdict(conn, row))
    filters = _filters(request.args)
    if form.get("then") == "queue":
        page = form.get("page", "")
        if page.isdigit():
            filters["page"] = page
        return Response.redirect(_path(datasette, "/-/review", filters=filters))
    next_id = await db.execute_fn(lambda conn: review.queue_neighbour(conn, details.summary, filters))
    if next_id:
        return Response.redirect(_path(datasette, "/-/review/fact/", next_id, filters))
    return Response.redirect(_path(datasette, "/-/review", filters=filters))


async def article_page(datasette, request):
    """An article with every extracted span highlighted by kind, and its facts."""
    db, article_id, art = await _fetch_or_404(datasette, request, "article_id", review.article, "article")
    facts = await db.execute_fn(lambda conn: review.article_facts(conn, article_id))
    mentions = await db.execute_fn(lambda conn: review.article_mentions(conn, article_id))
    fact_url = partial(_path, datasette, "/-/review/fact/")
    spans = [
        Span(f["start_char"], f["end_char"], FACT_KINDS[f["fact_type"]], f["summary"] or "", fact_url(f["fact_id"]))
        for f in facts if f["start_char"] is not None and f["end_char"] is not None
    ] + [
        Span(m["start_char"], m["end_char"], mention_kind(m["label"], m["entity_type"]), f'{m["label"]}: {m["text"]}')
        for m in mentions if m["start_char"] is not None and m["end_char"] is not None
    ]
    return await _render(datasette, request, "review_article.html", {
        "article": art, "paragraphs": highlight_paragraphs(art["text"] or "", spans),
        "facts": facts, "kinds": KINDS, "fact_kinds": FACT_KINDS, "fact_url": fact_url,
        "used_kinds": {s.kind for s in spans},
        "article_row_url": datasette.urls.row(db.name, "articles", article_id),
        "original_url": _http_url(art["url"]),
    })


async def clusters_page(datasette, request):
    """Every cluster with a status history."""
    db = await _ensure_view(datasette, request)
    return await _render(datasette, request, "newsfacts_clusters.html", {
        "clusters": await db.execute_fn(clusters.clusters),
        "cluster_url": partial(_path, datasette, "/-/cluster/"),
    })


async def cluster_page(datasette, request):
    """A cluster: its names, status history as a timeline and a list with the reporting
    articles and evidence, the people with roles in it, the funding stated for it."""
    db, cluster_id, found = await _fetch_or_404(datasette, request, "cluster_id", clusters.cluster, "cluster")
    return await _render(datasette, request, "newsfacts_cluster.html", {
        "cluster": found, "timeline": clusters.timeline_svg(found.events),
        "clusters_url": datasette.urls.path("/-/cluster"),
        "history_url": datasette.urls.table(db.name, "status_history") + "?" + urlencode({"cluster_id": cluster_id}),
        "article_url": partial(_path, datasette, "/-/review/article/"),
        "fact_url": partial(_path, datasette, "/-/review/fact/"),
    })


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


def _hide_file_column(action, table, column, database, trigger):
    """SQLite authorizer: ``pragma_database_list()``'s ``file`` column reads as NULL."""
    if action == sqlite3.SQLITE_READ and table == "pragma_database_list" and column == "file":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn):
    """Queries cannot read the KB's path on the server from ``pragma_database_list``."""
    conn.set_authorizer(_hide_file_column)


def _error(exception) -> tuple[int, str, str | None]:
    """(status, message, title) for an exception; a server error's traceback goes to the log."""
    if isinstance(exception, Base400):
        return exception.status, exception.args[0] if exception.args else "", None
    if isinstance(exception, DatasetteError):
        message = Markup(exception.message) if exception.message_is_html else exception.message
        return exception.status, message, exception.title
    traceback.print_exception(exception)  # no locals: they hold the request's cookies
    return 500, str(exception), None


@hookimpl
def handle_exception(datasette, request, exception):
    """Error pages as Datasette's own hook makes them (``app.make_datasette`` unregisters
    it), without the traceback with locals it prints, in the event loop, for every error:
    that took ~0.2 s a request (a flood of 404s froze the server) and wrote the request's
    cookies into the log. Client errors (4xx) are not logged at all."""
    status, message, title = _error(exception)

    async def inner():
        info = {"ok": False, "error": message, "status": status, "title": title}
        if request.path.endswith(".json"):
            return Response.json(info, status=status)
        html = await datasette.render_template([f"{status}.html", "error.html"], info, request=request)
        return Response.html(html, status=status)

    return inner


@hookimpl
def register_routes():
    """The review pages and their static files; sign-in; path-free server info pages."""
    return [
        (r"^/-/login$", signin.login_page),
        (r"^/-/databases(\.json)?$", databases_page),
        (r"^/-/threads(\.json)?$", threads_page),
        (r"^/-/review$", queue_page),
        (r"^/-/review/fact/(?P<fact_id>[^/]+)$", fact_page),
        (r"^/-/review/article/(?P<article_id>[^/]+)$", article_page),
        (r"^/-/cluster$", clusters_page),
        (r"^/-/cluster/(?P<cluster_id>[^/]+)$", cluster_page),
        (r"^/-/newsfacts/static/(?P<path>.+)$", asgi_static(HERE / "static")),
    ]


@hookimpl
def prepare_jinja2_environment(env):
    """Find our templates after Datasette's own (so --template-dir can still override them)."""
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(HERE / "templates"))])
    env.filters.update(nb_date=nb_date, nb_amount=nb_amount)


@hookimpl
def permission_allowed(datasette, actor, action):
    """Signed-in reviewers may record verdicts; nobody else may."""
    if action == REVIEW_PERMISSION:
        return bool(actor) and signin.of(datasette).is_reviewer(actor.get("id"))
    return None


@hookimpl
def actor_from_request(datasette, request):
    """The reviewer of a valid session cookie (see ``signin``)."""
    return signin.of(datasette).actor(datasette, request.cookies.get(signin.COOKIE))


@hookimpl
def menu_links(datasette, actor, request):
    """Link the clusters, the review queue and, signed out, the sign-in page (returning
    to the page it was opened from) from Datasette's menu."""
    links = [{"href": datasette.urls.path("/-/cluster"), "label": "Clusters"},
             {"href": datasette.urls.path("/-/review"), "label": "Review facts"}]
    login = datasette.urls.path("/-/login") + (f"?{urlencode({'next': _here(request)})}" if request else "")
    return links if actor else [*links, {"href": login, "label": "Log in"}]


@hookimpl
def table_actions(datasette, database, table):
    """From a fact table, open the review queue for that fact type."""
    if database == _database(datasette).name and table in FACT_TABLES:
        fact_type = FACT_TABLES[table]
        return [{"href": _path(datasette, "/-/review", filters={"fact_type": fact_type}),
                 "label": f"Review unreviewed {fact_type.replace('_', ' ')} facts"}]
    return None


@hookimpl
def get_metadata(datasette, key, database, table):
    """Our metadata for every knowledge base served, whatever its file is called."""
    return kbmeta.metadata(datasette)


TEXT_PREVIEW = 160  # characters of articles.text shown in a table cell


def _text_preview(datasette, value: str, row) -> Markup:
    """The opening of an article's text and a link to the whole of it."""
    if len(value) <= TEXT_PREVIEW:
        return Markup("{}").format(value)
    link = row["id"] if "id" in row.keys() else None
    more = Markup(' <a href="{}">(all {:,} characters)</a>').format(
        _path(datasette, "/-/review/article/", link), len(value)) if isinstance(link, str) else ""
    return Markup("{}…{}").format(value[:TEXT_PREVIEW].rstrip(), more)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Link fact and article ids to their review pages (an article by its title, where the
    foreign key gives Datasette one)."""
    if database != _database(datasette).name:
        return None
    if table == "articles" and column == "text" and isinstance(value, str):
        return _text_preview(datasette, value, row)
    if column not in LINKED_COLUMNS or table == "orphaned_reviews":
        return None
    key, label = (value.get("value"), value.get("label")) if isinstance(value, dict) else (value, value)
    if not isinstance(key, str):
        return None
    return Markup('<a href="{}">{}</a>').format(
        datasette.urls.path(LINKED_COLUMNS[column] + tilde_encode(key)), label or key)
