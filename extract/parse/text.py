"""Plain-text articles: the first line that reads as a headline is the title, then one
paragraph per line. Lines a crawler keeps above the headline (navigation, skip links,
index lines, bare dates, credits, image file names) are passed over or read as metadata.

Metadata lines (bylines, dates, lone photo credits) go to ``metadata_lines``;
bullets ("  • ...") lose their bullet; section headings stay as paragraphs.
"""

from __future__ import annotations

import html
import re

from extract.parse.clean import clean_line
from extract.parse.draft import Draft
from extract.parse.lines import classify_line

_WORD = re.compile(r"[^\W\d_]+")
_CREDIT = re.compile(r"(?<!\w)(?:foto|photo|bilde|ill)\s*:|\(t\.\s?[vh]\.?\)|(?<!\w)f\.\s?v\.?(?!\w)", re.IGNORECASE)
_QUOTES = "\"«“”'"
_TITLE_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøåéü-]{2,}$")
MAX_HEADLINE_WORDS = 20
_BULLET = re.compile(r"^[•▪◦●■□‣∙·*]\s+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);")


def extract_text(text: str, draft: Draft) -> None:
    """Fill ``draft`` from plain text; the first line is the title unless one is set."""
    if _ENTITY.search(text):
        text = html.unescape(text)
    looking = not draft.title
    for raw in text.splitlines():
        if draft.truncated:
            break
        line = _BULLET.sub("", clean_line(raw))
        if not line:
            continue
        if looking and reads_as_headline(line):
            draft.title, looking = line.rstrip(":").rstrip(), False
            continue
        looking = looking and not _is_paragraph(line)  # a page that opens with its text has no headline
        draft.add_line(line, meta_only=looking)


def _is_paragraph(line: str) -> bool:
    """A long line of body text that is neither a caption nor a quotation."""
    return (len(_WORD.findall(line)) > MAX_HEADLINE_WORDS and classify_line(line).kind == "body"
            and not _CREDIT.search(line) and line[0] not in _QUOTES)


def reads_as_headline(line: str) -> bool:
    """Whether a line can be the headline: body text (not navigation, metadata or
    boilerplate) of up to twenty words, not a caption with its credit or a quotation. A
    single word must be written as a word ("Klyngeløft"), not as a label ("INDUSTRI",
    "helse", "23948sdkhjf")."""
    words = _WORD.findall(line)
    if len(words) == 1 and not _TITLE_WORD.match(line.rstrip(".!?")):
        return False
    return (classify_line(line).kind == "body" and 1 <= len(words) <= MAX_HEADLINE_WORDS
            and not _CREDIT.search(line) and line[0] not in _QUOTES)
