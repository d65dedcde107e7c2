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
_BULLET = re.compile(r"^[•▪◦●■□‣∙·*]\s+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);")


def extract_text(text: str, draft: Draft) -> None:
    """Fill ``draft`` from plain text; the first line is the title unless one is set."""
    if _ENTITY.search(text):
        text = html.unescape(text)
    for raw in text.splitlines():
        if draft.truncated:
            break
        line = _BULLET.sub("", clean_line(raw))
        if not line:
            continue
        if not draft.title and reads_as_headline(line):
            draft.title = line.rstrip(":").rstrip()
            continue
        draft.add_line(line, meta_only=not draft.title)


def reads_as_headline(line: str) -> bool:
    """Whether a line can be the headline: body text (not navigation, metadata or
    boilerplate) with a word of three letters or more (a lone "w" is not a title)."""
    return classify_line(line).kind == "body" and any(len(word) >= 3 for word in _WORD.findall(line))
