"""Error pages as Datasette's own ``handle_exception`` hook makes them, without the
traceback with locals it prints for every error (see ``plugin.handle_exception``)."""

from __future__ import annotations

import sqlite3
import traceback

from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup

from ..lexicon import DATA_DIR, load


# Errors that are no fault of the server, which Datasette 0.65 answers with a 500:
# (exception type, message start, status).
KNOWN_ERRORS = (
    (sqlite3.OperationalError, "interrupted", 503),  # a query stopped at its time limit
    (DatasetteError, "Cannot sort table by ", 400),
    (DatasetteError, "Cannot use _sort and _sort_desc at the same time", 400),
    (AssertionError, "You may only POST to a canned query", 405),
)


def _message(exception) -> str:
    return str(getattr(exception, "message", None) or exception)


def in_norwegian(text):
    """A Datasette message or title with its English start (labels.yaml ``errors``) in
    Norwegian; what follows it (a table's name, a column) and other text as they are."""
    if not isinstance(text, str) or isinstance(text, Markup):
        return text
    for start, words in load(DATA_DIR, "labels")["errors"].items():
        if text.startswith(start):
            return words + text[len(start):]
    return text


def known_status(exception) -> int | None:
    """The status of an error Datasette would answer with a 500 though it is none of ours, else None."""
    return next((status for kind, start, status in KNOWN_ERRORS
                 if isinstance(exception, kind) and _message(exception).startswith(start)), None)


def describe(exception) -> tuple[int, str, str | None]:
    """(status, message, title) for an exception; a server error's traceback goes to the log."""
    if known_status(exception):
        return known_status(exception), _message(exception), None
    if isinstance(exception, Base400):
        return exception.status, exception.args[0] if exception.args else "", None
    if isinstance(exception, DatasetteError):
        message = Markup(exception.message) if exception.message_is_html else exception.message
        return exception.status, message, exception.title
    traceback.print_exception(exception)  # no locals: they hold the request's cookies
    return 500, str(exception), None


def error_page(datasette, request, exception):
    """The coroutine that renders the error page (JSON for a ``.json`` path) of ``exception``."""
    status, message, title = describe(exception)
    message, title = in_norwegian(message), in_norwegian(title)

    async def inner():
        info = {"ok": False, "error": message, "status": status, "title": title}
        if request.path.endswith(".json"):
            return Response.json(info, status=status)
        html = await datasette.render_template([f"{status}.html", "error.html"], info, request=request)
        return Response.html(html, status=status)

    return inner
