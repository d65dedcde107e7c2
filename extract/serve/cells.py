"""How the knowledge base's table cells render: fact, article and cluster ids link to their
pages (articles by their titles, clusters by their names), an article's text shows its opening, dates show at their granularity, amounts in
Norwegian form and codes (``granted``, ``confirmed``) as Norwegian words, the code in the
cell's title (JSON and CSV keep the stored values)."""

from __future__ import annotations

from datasette.utils import tilde_encode
from markupsafe import Markup

from ..store.views import VIEWS
from .formats import nb_amount, nb_choice, nb_date, nb_number
from .web import database, page_path

LINKED_COLUMNS = {"fact_id": "/-/review/fact/", "article_id": "/-/review/article/", "cluster_id": "/-/cluster/"}
# An id's label: a column beside it in the row, else (row pages) the KB's title or name for it.
LABEL_BESIDE = {"article_id": ("title", "article_title"), "cluster_id": ("cluster",)}
LABEL_SQL = {"article_id": "SELECT title FROM articles WHERE id = ?",
             "cluster_id": "SELECT name FROM entities WHERE id = ?"}
TEXT_PREVIEW = 160  # characters of articles.text (and .lemmas) shown in a table cell


def text_preview(datasette, value: str, row) -> Markup:
    """The opening of an article's text and a link to the whole of it."""
    if len(value) <= TEXT_PREVIEW:
        return Markup("{}").format(value)
    link = row["id"] if "id" in row.keys() else None
    more = Markup(' <a href="{}">(hele teksten: {} tegn)</a>').format(
        page_path(datasette, "/-/review/article/", link), nb_number(len(value))) if isinstance(link, str) else ""
    return Markup("{}…{}").format(value[:TEXT_PREVIEW].rstrip(), more)


# A column of dates -> the column beside it that holds their granularity (besides X_granularity).
_GRANULARITY = {"date": "date_granularity", "value": "granularity",
                "expected_end_min": "start_granularity", "expected_end_max": "start_granularity"}
_AMOUNTS = ("value", "value_high", "total")  # beside a currency column: money


def known_as(row, value, column: str) -> str | None:
    """A date shown at the granularity the row gives it (``date`` beside ``date_granularity``,
    ``value`` beside ``granularity``, any ``X`` beside ``X_granularity``), a number beside
    a ``currency`` column as an amount; None for any other cell."""
    keys = row.keys()
    granularity = next((g for g in (f"{column}_granularity", _GRANULARITY.get(column)) if g in keys), None)
    if granularity and isinstance(value, str):
        return nb_date(value, row[granularity])
    if column in _AMOUNTS and "currency" in keys and isinstance(value, (int, float)):
        return nb_amount(value, row["currency"], row["unit"] if "unit" in keys else None)
    return None


def kb_cell(datasette, row, value, column: str, table: str | None) -> Markup | None:
    """A cell of the served knowledge base: the article text's preview, a linked id, a date
    or an amount as the pages write it, or None (Datasette's own rendering)."""
    if table == "articles" and column in ("text", "lemmas") and isinstance(value, str):
        return text_preview(datasette, value, row)
    shown = known_as(row, value, column)
    if shown is not None:
        return Markup("{}").format(shown)
    if nb_choice(value, column) != value:
        return Markup('<span title="{}">{}</span>').format(value, nb_choice(value, column))
    if column not in LINKED_COLUMNS or table == "orphaned_reviews":
        return None
    key, label = (value.get("value"), value.get("label")) if isinstance(value, dict) else (value, None)
    if not isinstance(key, str):
        return None
    href = datasette.urls.path(LINKED_COLUMNS[column] + tilde_encode(key))
    label = label or next((row[c] for c in LABEL_BESIDE.get(column, ()) if c in row.keys() and row[c]), None)
    if label or column not in LABEL_SQL or table is None or table in VIEWS:
        return Markup('<a href="{}">{}</a>').format(href, label or key)
    return looked_up_link(datasette, href, key, column)


def looked_up_link(datasette, href: str, key: str, column: str):
    """The link to an article or cluster labelled by its title or name, found in the KB: for a
    table's row page, where Datasette gives no label (its table pages do; on query pages and
    views, a lookup per cell would double the page's time). An awaitable for Datasette."""
    async def link() -> Markup:
        found = (await database(datasette).execute(LABEL_SQL[column], [key])).first()
        return Markup('<a href="{}" title="{}">{}</a>').format(href, key, (found and found[0]) or key)
    return link
