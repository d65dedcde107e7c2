"""Parse stage: RawDocument -> Article.

Decodes the bytes (see ``decode``), extracts title, lead, body paragraphs,
captions and metadata from HTML (``html``) or plain text (``text``), normalises
metadata dates (``dates``), tells Bokmål from Nynorsk (``language``) and bounds
the untrusted text (``clean``). Word lists and phrases live in YAML files here.

Public API: ``parse_document``, ``parse_one``, ``parse_all``, ``ParseError``, ``DEFAULT_MAX_CHARS``.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from extract.parse.dates import parse_date
from extract.parse.decode import DecodeError, decode_bytes
from extract.parse.draft import Draft
from extract.parse.html import TooManyNodes, extract_html
from extract.parse.language import normalise_language
from extract.parse.text import extract_text
from extract.types import Article, Failure, RawDocument, stable_id, without_surrogates

__all__ = ["DEFAULT_MAX_CHARS", "ParseError", "parse_all", "parse_document", "parse_one"]

DEFAULT_MAX_CHARS = 100_000
_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|article|html|body|span|a|figure|section|ul|li)\b[^<>]{0,500}>",
                     re.IGNORECASE)


class ParseError(ValueError):
    """The document holds no usable article (empty, binary, no text)."""


def _valid_unicode(value, replaced: list[int]):
    """``value`` (a str, or a list of them) with lone surrogates (from JSON ``\\ud800``
    escapes) replaced by U+FFFD; their count is added to ``replaced``."""
    if isinstance(value, list):
        return [_valid_unicode(v, replaced) for v in value]
    if not isinstance(value, str):
        return value
    fixed, n = without_surrogates(value)
    replaced[0] += n
    return fixed


def _from_record(fields: dict, draft: Draft) -> None:
    """Apply a record's explicit fields, then extract from its html or text."""
    draft.title = fields.get("title", "")
    draft.lead = fields.get("lead", "")
    draft.url = fields.get("url")
    draft.outlet = fields.get("outlet")
    for byline in fields.get("authors", []):
        if not draft.add_byline(byline):
            draft.add_authors([byline])
    draft.published = parse_date(fields.get("published", ""))
    draft.updated = parse_date(fields.get("updated", ""))
    draft.language = normalise_language(fields.get("language"))
    content = fields.get("html") or fields.get("text") or ""
    if _MARKUP.search(content):
        extract_html(content, draft)
    else:
        extract_text(content, draft)


def parse_document(doc: RawDocument, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Parse one document into an Article; raises ParseError if there is no article in it.

    The body (lead and paragraphs) is cut to ``max_chars`` characters, with a note
    in ``Article.notes``. The id is the record's ``id`` field, else a hash of the source.
    """
    draft = Draft(max_chars=max_chars)
    replaced = [0]
    fields = {key: _valid_unicode(value, replaced) for key, value in doc.fields.items()}
    try:
        if doc.kind == "record":
            _from_record(fields, draft)
        elif doc.kind == "html":
            draft.url = fields.get("url")
            extract_html(decode_bytes(doc.data, doc.charset, markup=True), draft)
        elif doc.kind == "text":
            extract_text(decode_bytes(doc.data, doc.charset), draft)
        else:
            raise ParseError(f"unknown document kind {doc.kind!r}")
    except (DecodeError, TooManyNodes) as exc:
        raise ParseError(str(exc)) from None
    article = draft.to_article(str(fields.get("id") or stable_id(doc.source)), doc.source)
    if replaced[0]:
        article.notes.append(f"{replaced[0]} lone surrogate(s) replaced with U+FFFD")
    if not (article.paragraphs or article.lead):
        raise ParseError("no article text found" + (f" (title: {article.title[:80]!r})"
                                                    if article.title else ""))
    return article


def parse_one(item: RawDocument) -> Article | Failure:
    """Parse one raw document; a document that cannot be parsed becomes a Failure."""
    try:
        return parse_document(item)
    except ParseError as exc:
        return Failure(item.source, "parse", str(exc))
    except RecursionError:
        return Failure(item.source, "parse", "RecursionError: document nested too deeply")
    except Exception as exc:  # noqa: BLE001 — a parser bug must not end the run
        return Failure.from_exception(item.source, "parse", exc)


def parse_all(items: Iterable[RawDocument | Failure]) -> Iterator[Article | Failure]:
    """Parse every raw document; a document that cannot be parsed becomes a Failure."""
    for item in items:
        yield item if isinstance(item, Failure) else parse_one(item)
