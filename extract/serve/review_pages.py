"""The review pages: the queue of unreviewed facts, a fact with its evidence (where a
reviewer records a verdict) and an article with every extracted span highlighted."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from functools import partial
from urllib.parse import urlencode

from datasette.utils.asgi import Forbidden, Response
from markupsafe import Markup

from ..store import ISO_DATE_COLUMNS
from . import agreement, review, review_flow
from .formats import choice_words, fact_value, nb_date, nb_number, nb_word
from .highlight import FACT_KINDS, KINDS, Span, highlight, highlight_paragraphs, mention_kind, paragraph_around
from .kbmeta import PLUGIN
from .web import can_review, ensure_view, fetch_or_404, http_url, page_path, queue_filters, read, render, row_url

async def _reviewer_queue(datasette, request, db) -> review.ReviewerQueue:
    """The signed-in reviewer's skips and second reviews (nothing for anyone else)."""
    if not await can_review(datasette, request.actor):
        return review.ReviewerQueue()
    config = datasette.plugin_config(PLUGIN)
    return await read(db, lambda conn: review_flow.reviewer_queue(datasette, conn, request.actor, config))


def wants_json(request) -> bool:
    """Whether the page's script asked for a JSON answer (Accept: application/json)."""
    return "application/json" in request.headers.get("accept", "")


async def queue_page(datasette, request):
    """The review queue: unreviewed facts, filterable, in ``queue_order``, paged."""
    db = await ensure_view(datasette, request)
    filters = queue_filters(request.args)
    page_arg = request.args.get("page", "1")
    if not re.fullmatch(r"[0-9]{1,7}", page_arg) or not 1 <= int(page_arg) <= review.MAX_PAGE:
        return Response.text(f"page må være et tall fra 1 til {nb_number(review.MAX_PAGE)}", status=400)
    page = int(page_arg)
    mine = await _reviewer_queue(datasette, request, db)
    facts, total = await read(db, lambda conn: review.queue(conn, filters, page, mine))
    pages = max((total + review.PAGE_SIZE - 1) // review.PAGE_SIZE, 1)
    return await render(datasette, request, "review_queue.html", {
        "facts": facts, "total": total, "page": page, "pages": pages,
        "second": set(mine.second), "skipped": set(mine.skipped), "undo_url": datasette.urls.path("/-/review/undo"),
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
    db, fact_id, details = await fetch_or_404(datasette, request, "fact_id", review.fact_details, "faktum")
    if request.method == "POST":
        return await _record_verdict(datasette, request, db, details)
    return await _fact_response(datasette, request, db, details)


def _blind(details: review.FactDetails) -> review.FactDetails:
    """``details`` without the verdicts: what a second reviewer sees of a judged fact."""
    hidden = {"verdict": None, "reviewer": None, "reviewed_at": None, "correction": None, "conflict": 0,
              "reviews": 0, "review_state": "unreviewed",
              "summary": details.summary.get("extracted_summary") or details.summary["summary"]}
    return replace(details, summary={**details.summary, **hidden}, reviews=[],
                   reviewed={**details.row, "review_state": "unreviewed"})


async def _fact_response(datasette, request, db, details: review.FactDetails, error: str | None = None,
                         entered: dict | None = None, status: int = 400) -> Response:
    """The fact page; with ``error``, a 400 (or ``status``) that says why the verdict was not
    recorded and keeps what the reviewer typed (``entered``: the posted form)."""
    fact_id = details.summary["fact_id"]
    filters = queue_filters(request.args)
    mine = await _reviewer_queue(datasette, request, db)
    neighbours = {
        name: await read(db, lambda conn, fwd=fwd: review.queue_neighbour(conn, details.summary, filters, fwd, mine))
        for name, fwd in (("next", True), ("previous", False))
    }
    second_review = fact_id in mine.second
    if second_review:
        details = _blind(details)
    else:
        details = replace(details, reviews=await read(
            db, lambda conn: review_flow.with_undone(conn, fact_id, details.reviews)))
    return await render(datasette, request, "review_fact.html", {
        "second_review": second_review, "undo_url": datasette.urls.path("/-/review/undo"),
        "fact": details.summary, "row": details.row, "reviewed": details.reviewed, "table": details.table,
        "article": details.article, "reviews": details.reviews, "editable": details.editable,
        "copies": details.copies, "copy_url": partial(page_path, datasette, "/-/review/article/"),
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
        "fields": _form_fields(details, entered), "shown": partial(fact_value, details.table),
        "date_forms": review.DATE_FORMS, "number_forms": review.NUMBER_FORMS,
        "note": (entered or {}).get("note", ""),
    }, status=status if error else 200)


def _form_fields(details: review.FactDetails, entered: dict | None) -> list[dict]:
    """The correction form's fields: column, how to ask for it, the value to show (dates
    and numbers as the pages write them, which the form reads back)."""
    fields = []
    for column, extracted in details.editable.items():
        shown = "" if extracted is None else str(extracted)
        if (details.table, column) in ISO_DATE_COLUMNS:
            shown = nb_date(extracted, details.row[ISO_DATE_COLUMNS[details.table, column]])
        elif isinstance(extracted, float):
            shown = nb_number(extracted)
        if entered is not None and f"field:{column}" in entered:
            shown = entered[f"field:{column}"]
        kind = review.field_kind(details.table, column)
        words = choice_words(column)
        fields.append({"column": column, "value": shown, **kind,
                       "labels": {choice: words.get(choice, choice) for choice in kind.get("choices", [])}})
    return fields


async def _record_verdict(datasette, request, db, details: review.FactDetails) -> Response:
    if not await can_review(datasette, request.actor):
        raise Forbidden("Logg inn som vurderer for å lagre vurderinger")
    form = await request.post_vars()
    verdict = form.get("verdict", "")
    if verdict == "skip":
        return await _skip(datasette, request, db, details, form)
    try:
        correction = review.parse_correction(details, form) if verdict == "corrected" else None
        row = review.verdict_row(details, verdict, request.actor["id"], form.get("note", ""), correction)
    except review.VerdictError as e:
        return await _refused(datasette, request, db, details, f"Vurderingen ble ikke lagret: {e}", form)
    try:
        review_id = await db.execute_write_fn(lambda conn: review.record_verdict(conn, row))
    except sqlite3.OperationalError as e:  # disk full or failing: say so, keep what was typed
        if e.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
            raise
        return await _refused(datasette, request, db, details, "Vurderingen ble ikke lagret: tjeneren kan ikke "
                              "skrive til disken akkurat nå. Det du skrev, står nedenfor; prøv igjen senere.",
                              form, status=503)
    next_url = await _next_url(datasette, request, db, details, form)
    if wants_json(request):
        return Response.json({"ok": True, "fact_id": details.summary["fact_id"], "verdict": verdict,
                              "review_id": review_id, "next_url": next_url,
                              "message": f"Lagret: {nb_word(verdict, 'verdicts')} – {details.summary['summary']}"})
    return Response.redirect(next_url)


async def _refused(datasette, request, db, details, error: str, form, status: int = 400) -> Response:
    """A verdict not recorded: JSON for the page's script, else the fact page saying why."""
    if wants_json(request):
        return Response.json({"ok": False, "error": error}, status=status)
    return await _fact_response(datasette, request, db, details, error, dict(form), status=status)


async def _next_url(datasette, request, db, details: review.FactDetails, form) -> str:
    """Where a reviewer goes after a verdict or a skip: back to the queue page they came
    from (``then=queue``), else the next fact in their queue, else the queue."""
    filters = queue_filters(request.args)
    if form.get("then") == "queue":
        page = form.get("page", "")
        if page.isdigit():
            filters["page"] = page
        return page_path(datasette, "/-/review", filters=filters)
    mine = await _reviewer_queue(datasette, request, db)
    next_id = await read(db, lambda conn: review.queue_neighbour(conn, details.summary, filters, True, mine))
    if next_id:
        return page_path(datasette, "/-/review/fact/", next_id, filters)
    return page_path(datasette, "/-/review", filters=filters)


async def _skip(datasette, request, db, details: review.FactDetails, form) -> Response:
    """Put the fact at the end of the reviewer's queue for this session; on to the next fact."""
    next_url = await _next_url(datasette, request, db, details, form)
    review_flow.skip(datasette, review_flow.session_key(request.actor), details.summary["fact_id"])
    if wants_json(request):
        return Response.json({"ok": True, "fact_id": details.summary["fact_id"], "skipped": True,
                              "next_url": next_url, "message": f"Hoppet over: {details.summary['summary']}"})
    return Response.redirect(next_url)


async def undo_page(datasette, request):
    """POST: take back the signed-in reviewer's most recent standing verdict (the row stays,
    marked undone) and go to that fact to judge it again."""
    db = await ensure_view(datasette, request)
    if request.method != "POST":
        return Response.text("Angre gjøres med knappen «Angre siste vurdering» (POST).", status=405)
    if not await can_review(datasette, request.actor):
        raise Forbidden("Logg inn som vurderer for å angre vurderinger")
    await request.post_vars()  # (its CSRF token is checked before this runs)
    undone = await db.execute_write_fn(lambda conn: review_flow.undo_last(conn, request.actor["id"]))
    if undone is None:
        message = "Du har ingen vurdering å angre."
        return Response.json({"ok": False, "error": message}, status=409) if wants_json(request) \
            else Response.text(message, status=409)
    fact_url = page_path(datasette, "/-/review/fact/", undone["fact_id"], queue_filters(request.args))
    if wants_json(request):
        return Response.json({"ok": True, "fact_id": undone["fact_id"], "undone": undone["verdict"],
                              "review_id": undone["id"], "fact_url": fact_url,
                              "message": f"Angret: {nb_word(undone['verdict'], 'verdicts')} – {undone['summary']}"})
    return Response.redirect(fact_url)


async def article_page(datasette, request):
    """An article with every extracted span highlighted by kind, and its facts."""
    db, article_id, art = await fetch_or_404(datasette, request, "article_id", review.article, "artikkel")
    facts = await read(db, lambda conn: review.article_facts(conn, article_id))
    mentions = await read(db, lambda conn: review.article_mentions(conn, article_id))
    copies = await read(db, lambda conn: review.story_copies(conn, article_id))
    fact_url = partial(page_path, datasette, "/-/review/fact/")
    spans = [
        Span(f["start_char"], f["end_char"], FACT_KINDS[f["fact_type"]], f["summary"] or "", fact_url(f["fact_id"]))
        for f in facts if f["start_char"] is not None and f["end_char"] is not None
    ] + [
        Span(m["start_char"], m["end_char"], mention_kind(m["label"], m["entity_type"]), f'{m["label"]}: {m["text"]}')
        for m in mentions if m["start_char"] is not None and m["end_char"] is not None
    ]
    second = set((await _reviewer_queue(datasette, request, db)).second)  # their verdicts stay hidden
    return await render(datasette, request, "review_article.html", {
        "second": second, "article": art, "paragraphs": highlight_paragraphs(art["text"] or "", spans),
        "facts": facts, "kinds": KINDS, "fact_kinds": FACT_KINDS, "fact_url": fact_url, "copies": copies,
        "article_url": partial(page_path, datasette, "/-/review/article/"),
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
