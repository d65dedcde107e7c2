"""The newsfacts Datasette plugin: its hooks. The pages are in ``review_pages``,
``cluster_pages``, ``signin`` and ``serverinfo``; what they share in ``web``.

Routes (all read-only except sign-in/out and the verdict and undo POSTs, which need the
``newsfacts-review`` permission, granted to signed-in reviewers):

- ``/-/login``, ``/-/logout``          reviewer sign-in and sign-out (``signin``)
- ``/-/review``                       queue of unreviewed facts: contested first, then by reach, then least certain
- ``/-/review/agreement``             progress per fact type and reviewer; Cohen's kappa per pair
- ``/-/review/fact/<fact_id>``        a fact with its evidence; POST records a verdict (or a skip)
- ``/-/review/undo``                  POST: take back the reviewer's most recent verdict
- ``/-/review/article/<article_id>``  an article with every extracted span highlighted
- ``/-/cluster``, ``/-/cluster/<id>``  clusters; one cluster's names, status history timeline,
                                      reporting articles, people and funding
- ``/-/programme(.json)?date=D``      every cluster's status on day D, its period, sources, flags
- ``/-/newsfacts/static/<path>``      the pages' CSS and JavaScript
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils.asgi import NotFound, asgi_static
from jinja2 import ChoiceLoader, FileSystemLoader

from ..store import FACT_TABLES, bring_up_to_date
from . import (cluster_pages, kbmeta, limits, programme, review_flow, review_pages, search, serverinfo, signin,
               sqlbounds, web)
from .cells import kb_cell
from .errors import error_page
from .formats import nb_amount, nb_choice, nb_date, nb_number, nb_plural, nb_word
from .table_words import nb_description

HERE = Path(__file__).parent
CHROME = str(HERE / "chrome")  # Datasette's own templates that we give in Norwegian
# Plugins whose hooks ours replace: datasette-auth-passwords' Basic auth and password tool
# hash for anonymous requests (we use its hashes, not its routes); Datasette's error pages
# print a traceback with locals for every error (see handle_exception).
REPLACED_PLUGINS = ("auth_passwords", "datasette.handle_exception")


def unregister_replaced_plugins() -> None:
    """Take the plugins our hooks replace out of Datasette's plugin manager."""
    for name in REPLACED_PLUGINS:
        if pm.get_plugin(name):
            pm.unregister(name=name)


@hookimpl
def startup(datasette):
    """Plain ``datasette`` (plugin installed) gets what ``newsfacts serve`` gets; second-review
    settings outside their range stop the server here, not at the first queue page; a KB from
    an older version is brought up to date (``store.bring_up_to_date``)."""
    unregister_replaced_plugins()
    review_flow.settings(datasette.plugin_config(kbmeta.PLUGIN))
    path = web.database(datasette).path
    if path and Path(path).is_file():
        bring_up_to_date(path)


@hookimpl
def asgi_wrapper(datasette):
    """Request bodies bounded before anything parses them; frame and content policy headers;
    a stranger's arbitrary SQL refused before Datasette renders anything."""
    return lambda app: limits.limit_requests(sqlbounds.refuse_sql_early(datasette, app))


@hookimpl(trylast=True)
def prepare_connection(conn):
    """Queries cannot read the KB's path on the server from ``pragma_database_list``, nor
    build values or use memory past ``sqlbounds``' limits; the search box takes ``klyng*``
    as a prefix (``search.escape_fts``, after Datasette's own)."""
    conn.set_authorizer(serverinfo.hide_file_column)
    sqlbounds.bound_connection(conn)
    conn.create_function("escape_fts", 1, search.escape_fts)


async def no_password_tool():
    """datasette-auth-passwords' /-/password-tool hashes in the event loop: not served."""
    raise NotFound("Fant ikke siden")


@hookimpl(tryfirst=True)
def handle_exception(datasette, request, exception):
    """Error pages as Datasette's own hook makes them (``unregister_replaced_plugins`` removes
    it), without the traceback with locals it prints, in the event loop, for every error:
    that took ~0.2 s a request (a flood of 404s froze the server) and wrote the request's
    cookies into the log. Client errors (4xx) are not logged at all."""
    return error_page(datasette, request, exception)


@hookimpl(tryfirst=True)
def register_routes():
    """The review pages and their static files; sign-in and out; path-free server info pages
    (first, so they stand in for Datasette's and other plugins' routes of the same path)."""
    return [
        (r"^/-/login$", signin.login_page),
        (r"^/-/logout$", signin.logout_page),
        (r"^/-/password-tool$", no_password_tool),
        (r"^/-/databases(\.json)?$", serverinfo.databases_page),
        (r"^/-/threads(\.json)?$", serverinfo.threads_page),
        (r"^/-/review$", review_pages.queue_page),
        (r"^/-/review/agreement$", review_pages.agreement_page),
        (r"^/-/review/undo$", review_pages.undo_page),
        (r"^/-/review/fact/(?P<fact_id>[^/]+)$", review_pages.fact_page),
        (r"^/-/review/article/(?P<article_id>[^/]+)$", review_pages.article_page),
        (r"^/-/cluster$", cluster_pages.clusters_page),
        (r"^/-/cluster/(?P<cluster_id>[^/]+)$", cluster_pages.cluster_page),
        (r"^/-/programme(\.json)?$", programme.programme_page),
        (r"^/-/newsfacts/static/(?P<path>.+)$", asgi_static(HERE / "static")),
    ]


def with_norwegian_chrome(loader):
    """Datasette's template loader with our Norwegian menu, footer and crumbs (``chrome/``)
    just before its default templates: after --template-dir and other plugins' templates."""
    for inner in getattr(loader, "loaders", []):
        if isinstance(inner, FileSystemLoader) and CHROME not in inner.searchpath:
            inner.searchpath.insert(len(inner.searchpath) - 1, CHROME)
    return loader


@hookimpl
def prepare_jinja2_environment(env):
    """Find our templates after Datasette's own (so --template-dir can still override them);
    Datasette's pages in Norwegian, with tables and columns named in the words of labels.yaml."""
    env.loader = ChoiceLoader([with_norwegian_chrome(env.loader), FileSystemLoader(str(HERE / "templates"))])
    env.filters.update(nb_date=nb_date, nb_amount=nb_amount, nb_word=nb_word, nb_count=nb_number,
                       nb_plural=nb_plural, nb_choice=nb_choice, nb_table=partial(nb_word, kind="tables"),
                       nb_column=partial(nb_word, kind="columns"))
    env.globals.update(nb_description=nb_description)


@hookimpl
def extra_template_vars(template, datasette):
    """The home page leads with the clusters, the programme, the review queue and a search of
    the articles (``chrome/_newsfacts_home.html``)."""
    if template != "index.html" or not kbmeta.knowledge_bases(datasette):
        return {}
    return {"newsfacts_home": {"clusters": datasette.urls.path("/-/cluster"),
                               "programme": datasette.urls.path("/-/programme"),
                               "review": datasette.urls.path("/-/review"),
                               "search": datasette.urls.table(web.database(datasette).name, "articles")}}


@hookimpl(trylast=True)
def permission_allowed(datasette, actor, action):
    """Signed-in reviewers may record verdicts and run any SQL; nobody else may do either
    (unless ``anonymous_sql`` opens SQL to all). Last, so this is the word that counts."""
    if action == web.REVIEW_PERMISSION:
        return signin.of(datasette).is_reviewer(actor)
    if action == "execute-sql" and not signin.of(datasette).is_reviewer(actor):
        return None if sqlbounds.anonymous_sql_allowed(datasette) else False
    return None


@hookimpl(tryfirst=True)
def actor_from_request(datasette, request):
    """The reviewer of a valid session cookie (see ``signin``)."""
    return signin.of(datasette).actor(datasette, request.cookies.get(signin.COOKIE))


@hookimpl
def menu_links(datasette, actor, request):
    """Link the clusters, the review queue and, signed out, the sign-in page (returning
    to the page it was opened from) from Datasette's menu."""
    links = [{"href": datasette.urls.path("/-/cluster"), "label": "Klynger"},
             {"href": datasette.urls.path("/-/programme"), "label": "Programmet på en dato"},
             {"href": datasette.urls.path("/-/review"), "label": "Vurder fakta"}]
    login = datasette.urls.path("/-/login") + (f"?{urlencode({'next': web.here(request)})}" if request else "")
    return links if actor else [*links, {"href": login, "label": "Logg inn"}]


@hookimpl
def table_actions(datasette, database, table):
    """From a fact table, open the review queue for that fact type."""
    if database == web.database(datasette).name and table in FACT_TABLES:
        fact_type = FACT_TABLES[table]
        return [{"href": web.page_path(datasette, "/-/review", filters={"fact_type": fact_type}),
                 "label": f"Vurder {nb_word(fact_type, 'fact_types_plural')} som ikke er vurdert"}]
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
