"""The review pages: the queue of unreviewed facts, a fact with its evidence (where a
reviewer records a verdict) and an article with every extracted span highlighted."""

from __future__ import annotations

import re
import sqlite3
from functools import partial
from urllib.parse import urlencode

from datasette.utils.asgi import Forbidden, Response
from markupsafe import Markup

from ..store import ISO_DATE_COLUMNS
from . import agreement, review
from .highlight import FACT_KINDS, KINDS, Span, highlight, highlight_paragraphs, mention_kind, paragraph_around
from .web import can_review, ensure_view, fetch_or_404, http_url, page_path, queue_filters, read, render, row_url


async def queue_page(datasette, request):
    """The review queue: unreviewed facts, filterable, least certain first, paged."""
    db = await ensure_view(datasette, request)
    filters = queue_filters(request.args)
    page_arg = request.args.get("page", "1")
    if not re.fullmatch(r"[0-9]{1,7}", page_arg) or not 1 <= int(page_arg) <= review.MAX_PAGE:
        return Response.text(f"page must be a number from 1 to {review.MAX_PAGE:,}", status=400)
    page = int(page_arg)
    facts, total = await read(db, lambda conn: review.queue(conn, filters, page))
    pages = max((total + review.PAGE_SIZE - 1) // review.PAGE_SIZE, 1)
    return await render(datasette, request, "review_queue.html", {
        "facts": facts, "total": total, "page": page, "pages": pages,
        "evidence_html": {f["fact_id"]: _queue_evidence(f) for f in facts},
        "page_url": lambda n: page_path(datasette, "/-/review", filters={**filters, "page": n}),
        "fact_url": partial(page_path, datasette, "/-/review/fact/", filters=filters),
        "article_url": partial(page_path, datasette, "/-/review/article/"),
        "filters": filters, "filter_qs": urlencode(filters),
        "choices": await read(db, review.filter_choices),
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


async def fact_page(datasette, request):
    """A fact with its evidence, paragraph, fields and reviews; POST records a verdict."""
    db, fact_id, details = await fetch_or_404(datasette, request, "fact_id", review.fact_details, "fact")
    if request.method == "POST":
        return await _record_verdict(datasette, request, db, details)
    return await _fact_response(datasette, request, db, details)


async def _fact_response(datasette, request, db, details: review.FactDetails, error: str | None = None,
                         entered: dict | None = None, status: int = 400) -> Response:
    """The fact page; with ``error``, a 400 (or ``status``) that says why the verdict was not
    recorded and keeps what the reviewer typed (``entered``: the posted form)."""
    fact_id = details.summary["fact_id"]
    filters = queue_filters(request.args)
    neighbours = {
        name: await read(db, lambda conn, fwd=fwd: review.queue_neighbour(conn, details.summary, filters, fwd))
        for name, fwd in (("next", True), ("previous", False))
    }
    return await render(datasette, request, "review_fact.html", {
        "fact": details.summary, "row": details.row, "table": details.table,
        "article": details.article, "reviews": details.reviews, "editable": details.editable,
        "evidence_html": _evidence_html(details), "paragraph_html": _paragraph_html(details),
        "kind": FACT_KINDS[details.summary["fact_type"]],
        "filters": filters, "filter_qs": urlencode(filters),
        "next_url": neighbours["next"] and page_path(datasette, "/-/review/fact/", neighbours["next"], filters),
        "previous_url": neighbours["previous"] and page_path(datasette, "/-/review/fact/", neighbours["previous"], filters),
        "article_url": details.article and page_path(datasette, "/-/review/article/", details.article["id"]),
        "article_row_url": details.article and row_url(datasette, db, "articles", details.article["id"]),
        "original_url": details.article and http_url(details.article["url"]),
        "row_url": row_url(datasette, db, details.table, fact_id),
        "error": error, "verdicts": review.VERDICTS,
        "fields": _form_fields(details, entered), "date_columns": ISO_DATE_COLUMNS,
        "note": (entered or {}).get("note", ""),
    }, status=status if error else 200)


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
    if not await can_review(datasette, request.actor):
        raise Forbidden("Sign in as a reviewer to record verdicts")
    form = await request.post_vars()
    verdict = form.get("verdict", "")
    try:
        correction = review.parse_correction(details, form) if verdict == "corrected" else None
        row = review.verdict_row(details, verdict, request.actor["id"], form.get("note", ""), correction)
    except review.VerdictError as e:
        return await _fact_response(datasette, request, db, details, f"Verdict not recorded: {e}", dict(form))
    try:
        await db.execute_write_fn(lambda conn: review.record_verdict(conn, row))
    except sqlite3.OperationalError as e:  # disk full or failing: say so, keep what was typed
        if e.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
            raise
        return await _fact_response(datasette, request, db, details, "Verdict not recorded: the server cannot "
                                    "write to its disk just now. Your input is kept below; try again later.",
                                    dict(form), status=503)
    filters = queue_filters(request.args)
    if form.get("then") == "queue":
        page = form.get("page", "")
        if page.isdigit():
            filters["page"] = page
        return Response.redirect(page_path(datasette, "/-/review", filters=filters))
    next_id = await read(db, lambda conn: review.queue_neighbour(conn, details.summary, filters))
    if next_id:
        return Response.redirect(page_path(datasette, "/-/review/fact/", next_id, filters))
    return Response.redirect(page_path(datasette, "/-/review", filters=filters))


async def article_page(datasette, request):
    """An article with every extracted span highlighted by kind, and its facts."""
    db, article_id, art = await fetch_or_404(datasette, request, "article_id", review.article, "article")
    facts = await read(db, lambda conn: review.article_facts(conn, article_id))
    mentions = await read(db, lambda conn: review.article_mentions(conn, article_id))
    fact_url = partial(page_path, datasette, "/-/review/fact/")
    spans = [
        Span(f["start_char"], f["end_char"], FACT_KINDS[f["fact_type"]], f["summary"] or "", fact_url(f["fact_id"]))
        for f in facts if f["start_char"] is not None and f["end_char"] is not None
    ] + [
        Span(m["start_char"], m["end_char"], mention_kind(m["label"], m["entity_type"]), f'{m["label"]}: {m["text"]}')
        for m in mentions if m["start_char"] is not None and m["end_char"] is not None
    ]
    return await render(datasette, request, "review_article.html", {
        "article": art, "paragraphs": highlight_paragraphs(art["text"] or "", spans),
        "facts": facts, "kinds": KINDS, "fact_kinds": FACT_KINDS, "fact_url": fact_url,
        "used_kinds": {s.kind for s in spans},
        "article_row_url": row_url(datasette, db, "articles", article_id),
        "original_url": http_url(art["url"]),
    })


async def agreement_page(datasette, request):
    """Review progress per fact type and reviewer, and Cohen's kappa per pair of reviewers."""
    db = await ensure_view(datasette, request)
    return await render(datasette, request, "review_agreement.html", {
        "progress": await read(db, agreement.progress),
        "pairs": await read(db, agreement.agreement),
    })
