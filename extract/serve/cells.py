"""How the knowledge base's table cells render: fact, article and cluster ids link to their
pages, and an article's text shows its opening."""

from __future__ import annotations

from datasette.utils import tilde_encode
from markupsafe import Markup

from .web import page_path

LINKED_COLUMNS = {"fact_id": "/-/review/fact/", "article_id": "/-/review/article/", "cluster_id": "/-/cluster/"}
TEXT_PREVIEW = 160  # characters of articles.text (and .lemmas) shown in a table cell


def text_preview(datasette, value: str, row) -> Markup:
    """The opening of an article's text and a link to the whole of it."""
    if len(value) <= TEXT_PREVIEW:
        return Markup("{}").format(value)
    link = row["id"] if "id" in row.keys() else None
    more = Markup(' <a href="{}">(all {:,} characters)</a>').format(
        page_path(datasette, "/-/review/article/", link), len(value)) if isinstance(link, str) else ""
    return Markup("{}…{}").format(value[:TEXT_PREVIEW].rstrip(), more)


def kb_cell(datasette, row, value, column: str, table: str) -> Markup | None:
    """A cell of the served knowledge base: the article text's preview, a linked id, or None
    (Datasette's own rendering)."""
    if table == "articles" and column in ("text", "lemmas") and isinstance(value, str):
        return text_preview(datasette, value, row)
    if column not in LINKED_COLUMNS or table == "orphaned_reviews":
        return None
    key, label = (value.get("value"), value.get("label")) if isinstance(value, dict) else (value, value)
    if not isinstance(key, str):
        return None
    return Markup('<a href="{}">{}</a>').format(
        datasette.urls.path(LINKED_COLUMNS[column] + tilde_encode(key)), label or key)
