"""HTML articles: metadata from meta tags/JSON-LD, text from the main content.

The approach follows trafilatura: pick the content root (``<article>``,
``itemprop=articleBody``, ``<main>``, else the element holding most paragraph
text), then walk it block by block, skipping boilerplate subtrees by tag, ARIA
role and class/id tokens (``boilerplate.yaml``), dropping link-heavy blocks
("Les også" boxes, tag lists) and routing header/footer text to metadata only.
The walk is iterative, so 10,000-deep nesting cannot exhaust the stack, and the tree is
bounded while it is built: a page with more than ``MAX_NODES`` elements and text nodes
(a tag flood) stops parsing there and is refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from extract.lexicon import load
from extract.parse.clean import clean_line
from extract.parse.dates import parse_date
from extract.parse.draft import Draft

DATA_DIR = Path(__file__).parent  # parse's own YAML files

BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr "
    "td th br hr figure figcaption header footer address details summary center body".split())
ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "BlogPosting", "Report", "ReviewNewsArticle"})
MAX_LINK_DENSITY = 0.5
MAX_JSON_LD = 1_000_000
MAX_SHORT = 1000  # longest lead or byline element; longer ones are containers
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ")
_SKIPPED_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_TOKEN_SPLIT = re.compile(r"[\s_-]+|(?<=[a-zæøå])(?=[A-ZÆØÅ])")
MAX_NODES = 200_000  # elements and text nodes of one page (a big news page has ~20,000)


class TooManyNodes(ValueError):
    """A page with more than MAX_NODES elements and text nodes: not parsed further."""


class _BoundedSoup(BeautifulSoup):
    """A BeautifulSoup that counts the nodes it builds and stops at MAX_NODES, so a page
    of two million ``<p>`` holds a bounded tree (~120 MB) instead of gigabytes."""

    nodes = 0

    def handle_starttag(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return super().handle_starttag(*args, **kwargs)

    def object_was_parsed(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return super().object_was_parsed(*args, **kwargs)

    def _count(self) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise TooManyNodes(f"more than {MAX_NODES:,} HTML elements and text nodes (a tag flood); not parsed")


@dataclass
class Block:
    """A run of text between block boundaries, with its zone and link density."""

    zone: str  # body | meta | caption | title
    text: str
    link_density: float


@cache
def _rules() -> dict[str, frozenset[str]]:
    data = load(DATA_DIR, "boilerplate")
    return {key: frozenset(value) for key, value in data.items() if key not in ("exact", "prefixes")}


def _tokens(tag: Tag) -> set[str]:
    values = [*tag.get("class", []), tag.get("id") or "", tag.get("itemprop") or ""]
    return {t.lower() for v in values if isinstance(v, str) for t in _TOKEN_SPLIT.split(v) if t}


def _attr_text(tag: Tag) -> str:
    return " ".join([*tag.get("class", []), str(tag.get("id") or "")]).lower()


def _is_skipped(tag: Tag) -> bool:
    rules = _rules()
    if tag.name in rules["skip_tags"] or tag.has_attr("hidden"):
        return True
    if str(tag.get("aria-hidden", "")).lower() == "true" or \
            str(tag.get("role", "")).lower() in rules["skip_roles"]:
        return True
    style = str(tag.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if _tokens(tag) & rules["skip_class_tokens"]:
        return True
    attrs = _attr_text(tag)
    return any(s in attrs for s in rules["skip_class_substrings"])


def _zone(tag: Tag, current: str) -> str:
    rules = _rules()
    if current == "caption":
        return current
    tokens = _tokens(tag)
    if tag.name in ("figure", "figcaption") or tokens & rules["caption_class_tokens"]:
        return "caption"
    if tag.name in rules["meta_tags"] or tokens & rules["meta_class_tokens"]:
        return "meta"
    if tag.name == "h1":
        return "title"
    return current


def iter_blocks(root: Tag) -> Iterator[Block]:
    """The text blocks under ``root`` in document order (iterative walk)."""
    parts: list[str] = []
    link_chars = links = 0
    zones = ["body"]
    stack: list[tuple[Any, bool, bool]] = [(root, False, False)]  # node, leaving, opens zone

    def flush() -> Iterator[Block]:
        nonlocal link_chars
        text = clean_line("".join(parts))
        if text:
            yield Block(zones[-1], text, min(link_chars / len(text), 1.0))
        parts.clear()
        link_chars = 0

    def boundary() -> Iterator[Block]:
        if zones[-1] == "caption":  # a caption is one block, whatever its inner markup
            parts.append(" ")
        else:
            yield from flush()

    while stack:
        node, leaving, opens = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                parts.append(str(node))
                link_chars += len(node.strip()) if links else 0
            continue
        if not isinstance(node, Tag):
            continue
        block = node.name in BLOCK_TAGS
        if leaving:
            links -= node.name == "a"
            if opens:
                yield from flush()
                zones.pop()
            elif block:
                yield from boundary()
            continue
        if node is not root and _is_skipped(node):
            parts.append(" ")
            continue
        zone = _zone(node, zones[-1])
        opens = zone != zones[-1]
        if opens or block:
            yield from boundary()
        if opens:
            zones.append(zone)
        links += node.name == "a"
        stack.append((node, True, opens))
        stack.extend((child, False, False) for child in reversed(node.contents))
    yield from flush()


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property/name/itemprop; the first occurrence wins."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld(soup: BeautifulSoup) -> dict[str, Any]:
    """The first JSON-LD object of an article type (top level, list or ``@graph``)."""
    for script in soup.find_all("script", type=re.compile("ld\\+json", re.IGNORECASE)):
        raw = script.string or ""
        if len(raw) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        candidates = data if isinstance(data, list) else [data]
        for obj in list(candidates):
            if isinstance(obj, dict) and isinstance(obj.get("@graph"), list):
                candidates.extend(obj["@graph"])
        for obj in candidates:
            if not isinstance(obj, dict):
                continue
            types = obj.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES:
                return obj
    return {}


def _ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: a string, or the ``name``/``@id`` of an object."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = [_ld_text(item) for item in items]
    return [n for n in names if n and not n.startswith(("http://", "https://"))]


def _text(tag: Tag | None) -> str:
    return clean_line(tag.get_text(" ")) if tag is not None else ""


def _split_outlet(title: str, outlet: str | None, generic: bool) -> tuple[str, str | None]:
    """(title, outlet) with a trailing " - Outlet" removed from the title.

    Without ``generic`` only the known ``outlet`` is removed; with it, any short
    trailing part (a ``<title>`` suffix is nearly always the site's name).
    """
    for sep in TITLE_SEPARATORS:
        if outlet and title.endswith(sep + outlet):
            return title[: -len(sep + outlet)].strip(), outlet
    if generic:
        for sep in TITLE_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and len(tail.split()) <= 3 and len(head) > len(tail):
                return head.strip(), tail.strip()
    return title, outlet


def _find_by_tokens(scope: Tag, tokens: frozenset[str]) -> Iterator[Tag]:
    """Elements under ``scope`` with one of the class/id ``tokens`` and short text."""
    for tag in scope.find_all(True):
        if _tokens(tag) & tokens and not _is_skipped(tag) and len(_text(tag)) <= MAX_SHORT:
            yield tag


def content_root(soup: BeautifulSoup) -> Tag:
    """The element holding the article: longest ``<article>``/articleBody, ``<main>``, or
    the parent of the most paragraph text, else ``<body>``."""
    candidates = soup.find_all("article") + soup.find_all(attrs={"itemprop": "articleBody"})
    if candidates:
        return max(candidates, key=lambda tag: len(tag.get_text()))
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(main, Tag):
        return main
    scores: dict[int, tuple[int, Tag]] = {}
    for paragraph in soup.find_all("p"):
        parent = paragraph.parent
        if isinstance(parent, Tag):
            score, _ = scores.get(id(parent), (0, parent))
            scores[id(parent)] = (score + len(paragraph.get_text()), parent)
    if scores:
        return max(scores.values(), key=lambda item: item[0])[1]
    return soup.body or soup


def _times(root: Tag, draft: Draft) -> None:
    """Published/updated from ``<time>`` elements (update if marked or labelled so)."""
    updated_words = ("oppdatert", "endret", "endra", "modified", "updated")
    for tag in root.find_all("time", limit=10):
        value = parse_date(str(tag.get("datetime") or "")) or parse_date(_text(tag))
        before = tag.previous_sibling
        label = " ".join([_attr_text(tag), str(tag.get("itemprop", "")), _text(tag),
                          str(before) if isinstance(before, NavigableString) else ""]).lower()
        if value and any(w in label for w in updated_words):
            draft.updated = draft.updated or value
        elif value:
            draft.published = draft.published or value


def extract_html(markup: str, draft: Draft) -> None:
    """Fill ``draft`` from an HTML page (fields already set in ``draft`` win)."""
    soup = _BoundedSoup(markup, "lxml")
    meta, ld = _meta(soup), _json_ld(soup)
    rules = _rules()
    root = content_root(soup)

    draft.outlet = draft.outlet or meta.get("og:site_name") or _ld_text(ld.get("publisher"))
    canonical = soup.find("link", rel="canonical")
    draft.url = draft.url or (canonical.get("href") if isinstance(canonical, Tag) else None) \
        or meta.get("og:url") or _ld_text(ld.get("url"))
    h1 = root.find("h1") or soup.find("h1")
    head_title = soup.head.find("title") if soup.head else None  # not an <svg><title>
    page_title, outlet = _split_outlet(_text(head_title), draft.outlet, generic=True)
    draft.outlet = draft.outlet or outlet
    draft.title = draft.title or _split_outlet(
        meta.get("og:title") or meta.get("twitter:title") or _ld_text(ld.get("headline"))
        or _text(h1), draft.outlet, generic=False)[0] or page_title
    lead = next(_find_by_tokens(root, rules["lead_class_tokens"]), None) or \
        next(_find_by_tokens(soup, rules["lead_class_tokens"]), None)
    draft.lead = draft.lead or _text(lead) or meta.get("og:description") \
        or meta.get("description") or _ld_text(ld.get("description")) or ""

    draft.add_authors(_ld_authors(ld.get("author")) or [
        a for a in (meta.get("author"), meta.get("article:author"))
        if a and not a.startswith(("http://", "https://"))])
    if not draft.authors:
        for byline in _find_by_tokens(soup, rules["byline_class_tokens"]):
            if draft.add_byline(_text(byline)):
                break
    draft.published = draft.published or parse_date(
        meta.get("article:published_time") or str(ld.get("datePublished") or "")
        or meta.get("date") or meta.get("pubdate") or meta.get("dc.date") or "")
    draft.updated = draft.updated or parse_date(
        meta.get("article:modified_time") or str(ld.get("dateModified") or "")
        or meta.get("og:updated_time") or "")
    _times(root, draft)
    html_tag = soup.find("html")
    draft.language_hint = draft.language_hint or _ld_text(ld.get("inLanguage")) or (
        str(html_tag.get("lang")) if isinstance(html_tag, Tag) and html_tag.get("lang") else None)

    for block in iter_blocks(root):
        if draft.truncated:
            break
        if block.zone == "caption":
            draft.add_caption(block.text)
        elif block.zone == "meta":
            draft.add_line(block.text, meta_only=True)
        elif block.zone == "body" and block.link_density <= MAX_LINK_DENSITY:
            draft.add_line(block.text)
