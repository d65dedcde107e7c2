"""A cache that lets an incremental run skip unchanged documents without parsing them.

The ``raw_documents`` table maps a hash of the raw document as read (source, kind,
charset, bytes or record fields) to the article it became and that article's content
hash, for the pipeline version that parsed it (the pipeline version covers the parse
code). A document whose raw hash is known, and whose article is still stored with that
content hash at the current pipeline version, is skipped before parsing; anything else
is parsed and checked by content hash as before. The table is only a cache: losing it,
or a row of it (e.g. a run killed between an article's write and its cache row), only
costs a parse.
"""

from __future__ import annotations

import hashlib
import json

from ..types import RawDocument
from .kb import KnowledgeBase
from .schema import RAW_DOCUMENTS, RAW_DOCUMENTS_SCHEMA


def raw_hash(raw: RawDocument) -> str:
    h = hashlib.sha1()
    for part in (raw.source, raw.kind, raw.charset or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")
    h.update(raw.data)
    h.update(b"\x1e")
    if raw.fields:
        h.update(json.dumps(raw.fields, sort_keys=True, ensure_ascii=False, default=str)
                 .encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class RawCache:
    def __init__(self, kb: KnowledgeBase, version: str, enabled: bool = True):
        self.kb = kb
        self.version = version
        table = kb.db[RAW_DOCUMENTS]
        if not table.exists():
            table.create(RAW_DOCUMENTS_SCHEMA, pk="raw_hash")
        self.known: dict[str, tuple[str, str]] = {}
        if enabled:
            self.known = {rh: (aid, h) for rh, aid, h in kb.db.execute(
                f"SELECT raw_hash, article_id, content_hash FROM [{RAW_DOCUMENTS}] WHERE pipeline_version = ?",
                [version])}
        self.pending: list[tuple[str, str, str, str]] = []

    def lookup(self, rh: str) -> tuple[str, str] | None:
        return self.known.get(rh)

    def remember(self, rh: str, article_id: str, content_hash: str) -> None:
        if self.known.get(rh) != (article_id, content_hash):
            self.known[rh] = (article_id, content_hash)
            self.pending.append((rh, article_id, content_hash, self.version))

    def flush(self) -> None:
        if not self.pending:
            return
        try:
            with self.kb.db.atomic():
                self.kb.db.conn.executemany(
                    f"INSERT OR REPLACE INTO [{RAW_DOCUMENTS}] (raw_hash, article_id, content_hash, pipeline_version) "
                    "VALUES (?, ?, ?, ?)", self.pending)
        except Exception:  # noqa: BLE001 — only a cache
            pass
        self.pending = []
