"""Dispatch by format: hand a member to the reader for its format.

Any read error becomes a ``Failure`` for that member only. The archive readers get the
dispatcher passed in, so they read their own members through it without importing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, partial
from pathlib import Path

import yaml

from extract.read import archives, records, warc
from extract.read.limits import Limits, TooLarge
from extract.read.members import ARCHIVES, EXPECTED, Item, Member, Reader, detect_format, read_single
from extract.types import Failure, NotAnArticle


@cache
def not_article_suffixes() -> frozenset[str]:
    """File name endings of what a dump holds besides articles (``not_articles.yaml``)."""
    data = yaml.safe_load((Path(__file__).parent / "not_articles.yaml").read_text(encoding="utf-8"))
    return frozenset(suffix.lower() for suffixes in data.values() for suffix in suffixes)


def dispatch(member: Member, limits: Limits, depth: int = 0) -> Iterator[Item]:
    """Yield the documents in one member, whatever its format; errors become Failures."""
    fmt = detect_format(member.name)
    if fmt is None:
        suffix = Path(member.name).suffix or "no extension"
        if suffix.lower() in not_article_suffixes():
            yield NotAnArticle(member.source, "read", f"not an article ({suffix} file); skipped")
        else:
            yield Failure(member.source, "read", f"unknown format: {suffix} (expected {EXPECTED})")
        return
    if fmt in ARCHIVES and depth >= limits.max_depth:
        yield Failure(member.source, "read",
                      f"archive nested more than {limits.max_depth} deep; skipped")
        return
    try:
        yield from READERS[fmt](member, limits, depth)
    except TooLarge as exc:
        yield Failure(member.source, "read", str(exc))
    except Exception as exc:  # noqa: BLE001 — corrupt archives, encrypted members, bad WARC …
        yield Failure(member.source, "read", f"cannot read {fmt}: {_describe(exc)}")


READERS: dict[str, Reader] = {
    "html": partial(read_single, kind="html"), "text": partial(read_single, kind="text"),
    "jsonl": records.read_jsonl, "json": records.read_json, "csv": records.read_csv,
    "warc": warc.read_warc,
    "gz": partial(archives.read_gz, dispatch=dispatch),
    "zip": partial(archives.read_zip, dispatch=dispatch),
    "tar": partial(archives.read_tar, dispatch=dispatch),
    "tar.gz": partial(archives.read_tar, dispatch=dispatch),
}


def _describe(exc: Exception, limit: int = 200) -> str:
    """An exception as ``Type: message``, printable characters only, bounded in length."""
    text = "".join(ch if ch.isprintable() else "?" for ch in f"{type(exc).__name__}: {exc}")
    return text if len(text) <= limit else text[:limit] + "…"
