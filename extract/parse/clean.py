"""Cleaning of untrusted text: control characters, odd spaces, Unicode form, length."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls, zero-width and bidi-override characters, BOM, soft hyphen.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SPACES = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """One line of text: NFC, no control/invisible characters, single spaces, stripped."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, marked with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip() + " …"
