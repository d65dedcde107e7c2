"""Plain-text articles: first line is the title, then one paragraph per line.

Metadata lines (bylines, dates, lone photo credits) go to ``metadata_lines``;
bullets ("  • ...") lose their bullet; section headings stay as paragraphs.
"""

from __future__ import annotations

import html
import re

from extract.parse.clean import clean_line
from extract.parse.draft import Draft

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
        if not draft.title:
            draft.title = line.rstrip(":").rstrip()
            continue
        draft.add_line(line)
