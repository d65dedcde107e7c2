"""Bytes to text for html and plain-text documents.

Order: a byte-order mark; else the declared charset (container/HTTP header,
``<meta charset>``, ``http-equiv``, XML declaration); else UTF-8 if the bytes are
valid UTF-8; else charset-normalizer's guess, with windows-1252 as the fallback
for Norwegian text. A BOM goes first because it cannot be there by accident
(this is also what browsers do). ``latin-1``/``ascii`` labels are read as
windows-1252 (its superset, as browsers do), and a single-byte label on bytes
that are valid multi-byte UTF-8 is treated as the mislabel it almost always is.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

SNIFF_BYTES = 4096
DETECT_BYTES = 200_000
FALLBACK = "windows-1252"
_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
_DECLARED = [
    re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE),
    re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)", re.IGNORECASE),
]
_LATIN1_ALIASES = {"latin_1", "ascii", "iso8859_1"}
_NORWEGIAN = re.compile("[A-Za-z0-9æøåÆØÅéèêóòôüäöÉÖÜ\\s.,:;!?«»\"'()%/&–—‘’“”…-]")
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class DecodeError(ValueError):
    """The bytes are not text (binary data) or are empty."""


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return FALLBACK if name.replace("-", "_") in _LATIN1_ALIASES else name


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first bytes, if any."""
    head = data[:SNIFF_BYTES]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii", "replace")
    return None


def _utf8_score(data: bytes) -> tuple[int, int]:
    """(non-ASCII characters decoded, invalid sequences) when reading ``data`` as UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return sum(1 for ch in text if ord(ch) > 127) - bad, bad


def _is_utf8(data: bytes) -> bool:
    """Valid UTF-8, or UTF-8 with a few broken sequences (e.g. a truncated character)."""
    good, bad = _utf8_score(data)
    return bad == 0 or good > bad * 4


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control bytes (images, executables, junk)."""
    head = data[:SNIFF_BYTES]
    return b"\x00" in head or len(_BINARY_CONTROL.findall(head)) > len(head) * 0.05


def decode_bytes(data: bytes, declared: str | None = None, *, markup: bool = False) -> str:
    """Decode a document; ``declared`` is the container's charset, ``markup`` enables sniffing."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if not data.strip():
        raise DecodeError("empty document")
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    encoding = _codec(declared) or (_codec(declared_charset(data)) if markup else None)
    if encoding and encoding != "utf-8":
        if data.isascii() or not _is_utf8(data) or _utf8_score(data)[0] == 0:
            return data.decode(encoding, errors="replace")
    if _is_utf8(data):
        return data.decode("utf-8", errors="replace")
    fallback = data.decode(FALLBACK, errors="replace")
    guess = from_bytes(data[:DETECT_BYTES]).best()
    if guess is not None:
        text = data.decode(guess.encoding, errors="replace")
        if _plausibility(text) > _plausibility(fallback):
            return text
    return fallback


def _plausibility(text: str) -> int:
    """How much of ``text`` is made of characters expected in Norwegian news text."""
    return len(_NORWEGIAN.findall(text))
