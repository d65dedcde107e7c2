"""The newsfacts Datasette plugin: its hooks. The pages are in ``review_pages``,
``cluster_pages``, ``signin`` and ``serverinfo``; what they share in ``web``.

Routes (all read-only except sign-in and the verdict POST, which needs the
``newsfacts-review`` permission, granted to signed-in reviewers):

- ``/-/login``                        reviewer sign-in (``signin``)
- ``/-/review``                       queue of unreviewed facts, least certain first
- ``/-/review/agreement``             progress per fact type and reviewer; Cohen's kappa per pair
- ``/-/review/fact/<fact_id>``        a fact with its evidence; POST records a verdict
- ``/-/review/article/<article_id>``  an article with every extracted span highlighted
- ``/-/cluster``, ``/-/cluster/<id>``  clusters; one cluster's names, status history timeline,
                                      reporting articles, people and funding
- ``/-/newsfacts/static/<path>``      the pages' CSS and JavaScript
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import asgi_static
from jinja2 import ChoiceLoader, FileSystemLoader

from ..store import FACT_TABLES
from . import cluster_pages, kbmeta, review_pages, serverinfo, signin, web
from .cells import kb_cell
from .errors import error_page
from .formats import nb_amount, nb_date

HERE = Path(__file__).parent


@hookimpl
def prepare_connection(conn):
    """Queries cannot read the KB's path on the server from ``pragma_database_list``."""
    conn.set_authorizer(serverinfo.hide_file_column)


@hookimpl
def handle_exception(datasette, request, exception):
    """Error pages as Datasette's own hook makes them (``app.make_datasette`` unregisters
    it), without the traceback with locals it prints, in the event loop, for every error:
    that took ~0.2 s a request (a flood of 404s froze the server) and wrote the request's
    cookies into the log. Client errors (4xx) are not logged at all."""
    return error_page(datasette, request, exception)


@hookimpl
def register_routes():
    """The review pages and their static files; sign-in; path-free server info pages."""
    return [
        (r"^/-/login$", signin.login_page),
        (r"^/-/databases(\.json)?$", serverinfo.databases_page),
        (r"^/-/threads(\.json)?$", serverinfo.threads_page),
        (r"^/-/review$", review_pages.queue_page),
        (r"^/-/review/agreement$", review_pages.agreement_page),
        (r"^/-/review/fact/(?P<fact_id>[^/]+)$", review_pages.fact_page),
        (r"^/-/review/article/(?P<article_id>[^/]+)$", review_pages.article_page),
        (r"^/-/cluster$", cluster_pages.clusters_page),
        (r"^/-/cluster/(?P<cluster_id>[^/]+)$", cluster_pages.cluster_page),
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
    if action == web.REVIEW_PERMISSION:
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
    login = datasette.urls.path("/-/login") + (f"?{urlencode({'next': web.here(request)})}" if request else "")
    return links if actor else [*links, {"href": login, "label": "Log in"}]


@hookimpl
def table_actions(datasette, database, table):
    """From a fact table, open the review queue for that fact type."""
    if database == web.database(datasette).name and table in FACT_TABLES:
        fact_type = FACT_TABLES[table]
        return [{"href": web.page_path(datasette, "/-/review", filters={"fact_type": fact_type}),
                 "label": f"Review unreviewed {fact_type.replace('_', ' ')} facts"}]
    return None


@hookimpl
def get_metadata(datasette, key, database, table):
    """Our metadata for every knowledge base served, whatever its file is called."""
    return kbmeta.metadata(datasette)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Link fact and article ids to their review pages (an article by its title, where the
    foreign key gives Datasette one)."""
    if database != web.database(datasette).name:
        return None
    return kb_cell(datasette, row, value, column, table)
