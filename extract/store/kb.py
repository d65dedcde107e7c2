"""The knowledge base: a SQLite file built and updated with sqlite-utils.

Table and column names here are a contract: users query them in Datasette and
other tools read them. The pipeline writes articles, facts, entities, mentions,
runs and errors; only reviewers write ``reviews``.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import sqlite_utils

from .history import HISTORY_SCHEMA, rebuild
from .lexicon import DATA_DIR, load
from .types import Article, Failure, without_surrogates

FACT_TABLES = {
    # fact table -> fact_type as shown in the `facts` view
    "status_events": "status_event",
    "person_roles": "person_role",
    "amounts": "amount",
    "dates": "date",
}
ARTICLE_TABLES = (*FACT_TABLES, "mentions")

_PROVENANCE = {
    "evidence": str,       # the sentence the fact came from
    "evidence_start": int,  # offset of that sentence in articles.text (NULL for metadata lines)
    "start_char": int,     # the fact's span in articles.text
    "end_char": int,
    "extractor": str,      # model or rule name
    "confidence": float,
}

SCHEMA: dict[str, dict[str, Any]] = {
    "articles": {
        "id": str, "source": str, "url": str, "title": str, "lead": str, "language": str,
        "published": str, "updated": str, "outlet": str, "authors": str, "text": str,
        "content_hash": str, "pipeline_version": str, "extracted_at": str,
    },
    "status_events": {
        "id": str, "article_id": str, "cluster": str, "cluster_id": str, "status": str,
        "action": str, "date": str, "date_granularity": str, "date_text": str,
        "date_source": str,  # text (the event's own words), context (the article), published
        "granted_by": str, "history_id": str,  # the status_history row of the real-world event
        **_PROVENANCE,
    },
    "status_history": HISTORY_SCHEMA,
    "person_roles": {
        "id": str, "article_id": str, "person": str, "role": str, "organization": str, "former": int,
        **_PROVENANCE,
    },
    "amounts": {
        "id": str, "article_id": str, "text": str, "value": float,
        "value_high": float,  # the upper end of a range ("mellom 12 og 14 milliarder"); value is the lower
        "currency": str, "unit": str, "qualifier": str, "period": str, "measure": str,
        "cluster": str, "cluster_id": str,  # the cluster of the status event whose clause states it
        **_PROVENANCE,
    },
    "dates": {
        "id": str, "article_id": str, "text": str, "value": str, "granularity": str,
        **_PROVENANCE,
    },
    "entities": {"id": str, "type": str, "name": str, "aliases": str},
    "mentions": {
        "id": str, "article_id": str, "entity_id": str, "label": str, "text": str,
        "start_char": int, "end_char": int, "source": str, "confidence": float,
    },
    "reviews": {
        "id": int, "fact_id": str, "fact_type": str, "verdict": str, "correction": str,
        "reviewer": str, "reviewed_at": str, "note": str,
    },
    "runs": {
        "id": str, "started_at": str, "ended_at": str, "pipeline_version": str,
        "model_version": str, "inputs": str, "read": int, "new": int, "changed": int,
        "reextracted": int, "skipped": int, "failed": int,
    },
    "errors": {
        "id": int, "run_id": str, "source": str, "stage": str, "message": str,
        "occurred_at": str,
    },
}

# table -> column -> the values it may take (extract/data/vocabularies.yaml)
VOCABULARIES: dict[str, dict[str, list[str]]] = load(DATA_DIR, "vocabularies")
# Columns holding an ISO date (the start of the period their granularity names).
ISO_DATE_COLUMNS = {("status_events", "date"), ("dates", "value")}

# Declared so Datasette links rows and shows labels (entities.name, articles.title).
FOREIGN_KEYS = [
    *((table, "article_id", "articles", "id") for table in ARTICLE_TABLES),
    ("status_events", "history_id", "status_history", "id"),
    ("status_events", "cluster_id", "entities", "id"),
    ("amounts", "cluster_id", "entities", "id"),
    ("status_history", "cluster_id", "entities", "id"),
    ("mentions", "entity_id", "entities", "id"),
    ("errors", "run_id", "runs", "id"),
]
VIEWS = ("facts", "orphaned_reviews")

# One line per fact type: how to summarise it in the `facts` view (in English, as the
# pages are; the values stay as the articles wrote them).
_SUMMARIES = {
    "status_events": "cluster || ': ' || action || ' ' || status || coalesce(' (' || date || ')', '')",
    "person_roles": "person || coalesce(', ' || role, '') || coalesce(' in ' || organization, '')",
    "amounts": "text || coalesce(' = ' || value, '') || coalesce(' ' || currency, '') || coalesce(' ' || unit, '')",
    "dates": "text || ' = ' || value || ' (' || granularity || ')'",
}

FACTS_VIEW = (
    "WITH latest AS (\n"
    "  SELECT r.fact_id, r.verdict, r.reviewer, r.reviewed_at, r.correction\n"
    "  FROM reviews r WHERE r.id = (SELECT r2.id FROM reviews r2 WHERE r2.fact_id = r.fact_id\n"
    "                               ORDER BY r2.reviewed_at DESC, r2.id DESC LIMIT 1)\n"
    "), tally AS (\n"
    "  SELECT fact_id, count(*) AS reviews, count(DISTINCT verdict) > 1 AS conflict\n"
    "  FROM reviews GROUP BY fact_id\n"
    "), all_facts AS (\n"
    + "\n  UNION ALL\n".join(
        f"  SELECT id AS fact_id, '{fact_type}' AS fact_type, article_id, {_SUMMARIES[table]} AS summary,\n"
        f"         evidence, evidence_start, start_char, end_char, extractor, confidence FROM {table}"
        for table, fact_type in FACT_TABLES.items()
    )
    + "\n)\n"
    "SELECT f.*, latest.verdict, latest.reviewer, latest.reviewed_at, latest.correction,\n"
    "       coalesce(tally.reviews, 0) AS reviews, coalesce(tally.conflict, 0) AS conflict\n"
    "FROM all_facts f LEFT JOIN latest ON latest.fact_id = f.fact_id\n"
    "LEFT JOIN tally ON tally.fact_id = f.fact_id"
)

ORPHANED_REVIEWS_VIEW = (
    "SELECT r.* FROM reviews r WHERE NOT EXISTS ("
    + " UNION ALL ".join(f"SELECT 1 FROM {table} t WHERE t.id = r.fact_id" for table in FACT_TABLES)
    + ")"
)


@dataclass
class Facts:
    """Everything extracted from one article, as rows for the knowledge-base tables."""

    status_events: list[dict] = field(default_factory=list)
    person_roles: list[dict] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[dict]]:
        return {name: getattr(self, name) for name in (*ARTICLE_TABLES, "entities")}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def stored_article_count(path: str | Path) -> int:
    """How many articles the knowledge base at ``path`` holds, read-only, without waiting
    on a writer (0 if it does not exist yet or cannot be read right now)."""
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def article_row(article: Article, pipeline_version: str) -> dict:
    """The `articles` row for a parsed article."""
    return {
        "id": article.id, "source": article.source, "url": article.url,
        "title": article.title, "lead": article.lead, "language": article.language,
        "published": article.published, "updated": article.updated,
        "outlet": article.outlet, "authors": json.dumps(article.authors, ensure_ascii=False),
        "text": article.text, "content_hash": article.content_hash,
        "pipeline_version": pipeline_version, "extracted_at": now(),
    }


class NotAKnowledgeBase(ValueError):
    """A --db file that is neither a newsfacts knowledge base nor empty."""


class DiskFull(OSError):
    """The disk (or the database's size limit) is full: the run cannot go on."""


def is_disk_full(exc: BaseException | None) -> bool:
    """True if ``exc`` (or what caused it) is SQLite's or the OS's "disk full"."""
    while exc is not None:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def check_knowledge_base(path: str | Path) -> None:
    """Raise NotAKnowledgeBase unless ``path`` is new, empty, an SQLite file without
    tables, or a newsfacts knowledge base; reads only, so nothing is written to a
    file that is none of these."""
    path = Path(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    if not path.is_file():
        raise NotAKnowledgeBase(f"{path} is not a file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise NotAKnowledgeBase(f"{path} is not an SQLite database") from None
    if tables and not {"articles", "runs", "reviews"} <= tables:
        raise NotAKnowledgeBase(f"{path} is an SQLite database but not a newsfacts knowledge base "
                                f"(tables: {', '.join(sorted(tables)[:8])})")


class KnowledgeBase:
    """The SQLite knowledge base. Creates its schema on open (``check_knowledge_base`` first)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        check_knowledge_base(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.touched_clusters: set[str] = set()  # clusters whose history is out of date
        self.ensure_schema()

    def ensure_schema(self) -> None:
        db = self.db
        for name, columns in SCHEMA.items():
            table = db[name]
            if not table.exists():
                table.create(columns, pk="id", not_null={"id"} if columns["id"] is str else None)
            else:
                missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
                for column, col_type in missing.items():
                    table.add_column(column, col_type)
                if missing and name == "status_history":  # an older history: rebuild it all
                    self.touched_clusters |= {r[0] for r in db.execute("SELECT DISTINCT cluster_id FROM status_events")}
        self._ensure_foreign_keys()
        for name in ARTICLE_TABLES:
            db[name].create_index(["article_id"], if_not_exists=True)
        db["mentions"].create_index(["entity_id"], if_not_exists=True)
        db["reviews"].create_index(["fact_id"], if_not_exists=True)
        db["status_events"].create_index(["cluster"], if_not_exists=True)
        db["person_roles"].create_index(["organization"], if_not_exists=True)
        db["status_events"].create_index(["cluster_id"], if_not_exists=True)
        db["status_events"].create_index(["history_id"], if_not_exists=True)
        db["status_history"].create_index(["cluster_id"], if_not_exists=True)
        if not db["articles_fts"].exists():
            db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
        for view, sql in zip(VIEWS, (FACTS_VIEW, ORPHANED_REVIEWS_VIEW)):
            db.create_view(view, sql, replace=True)

    def _ensure_foreign_keys(self) -> None:
        """Add the FOREIGN_KEYS a table lacks (sqlite-utils rebuilds the table; the views
        that read it are dropped first and recreated by ensure_schema)."""
        declared = {(fk.table, fk.column, fk.other_table, fk.other_column)
                    for table in {fk[0] for fk in FOREIGN_KEYS} for fk in self.db[table].foreign_keys}
        missing = [fk for fk in FOREIGN_KEYS if fk not in declared]
        if missing:
            for view in VIEWS:
                self.db[view].drop(ignore=True)
            self.db.add_foreign_keys(missing)

    def article_state(self, article_id: str) -> tuple[str, str] | None:
        """(content_hash, pipeline_version) of a stored article, or None."""
        row = self.db.execute(
            "SELECT content_hash, pipeline_version FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def replace_article(self, article: Article, facts: Facts, pipeline_version: str) -> None:
        """Store an article and its facts, replacing what an earlier run extracted from it.

        Reviews are keyed by fact id and never touched, so verdicts on facts that are
        extracted again stay attached, and the others show up as orphaned reviews.
        """
        db = self.db
        # One transaction: db.atomic(), not `with db.conn`, under which sqlite-utils
        # commits each statement on its own (a kill between them would leave an
        # article row without its facts, and a re-run would skip it).
        with db.atomic():
            self.touched_clusters |= {row[0] for row in db.execute(
                "SELECT DISTINCT cluster_id FROM status_events WHERE article_id = ?", [article.id])}
            self.touched_clusters |= {row["cluster_id"] for row in facts.status_events}
            for table in ARTICLE_TABLES:
                db.execute(f"DELETE FROM [{table}] WHERE article_id = ?", [article.id])
            db["articles"].upsert(article_row(article, pipeline_version), pk="id")
            for table in ARTICLE_TABLES:
                rows = getattr(facts, table)
                if rows:
                    db[table].insert_all(rows, pk="id", replace=True)
            for entity in facts.entities:
                self._merge_entity(entity)

    def update_history(self) -> int:
        """Rebuild status_history for the clusters stored articles touched since the last
        call (and any events not yet in it); returns the history rows written."""
        with self.db.atomic():
            written = rebuild(self.db.conn, self.touched_clusters - {None})
        self.touched_clusters.clear()
        return written

    def _merge_entity(self, entity: dict) -> None:
        table = self.db["entities"]
        aliases = set(entity.get("aliases") or [])
        existing = list(self.db.execute("SELECT aliases FROM entities WHERE id = ?", [entity["id"]]))
        if existing:
            aliases |= set(json.loads(existing[0][0] or "[]"))
        table.upsert(
            {"id": entity["id"], "type": entity["type"], "name": entity["name"],
             "aliases": json.dumps(sorted(aliases), ensure_ascii=False)},
            pk="id",
        )

    def record_failure(self, failure: Failure, run_id: str | None = None) -> None:
        """Record a document that could not be processed."""
        with self.db.conn:
            self.db["errors"].insert({
                "run_id": run_id, "source": without_surrogates(failure.source)[0], "stage": failure.stage,
                "message": without_surrogates(failure.message)[0], "occurred_at": now(),
            })

    def start_run(self, run_id: str, pipeline_version: str, model_version: str | None,
                  inputs: Iterable[str]) -> None:
        with self.db.conn:
            self.db["runs"].insert({
                "id": run_id, "started_at": now(), "pipeline_version": pipeline_version,
                "model_version": model_version, "inputs": json.dumps(list(inputs)),
            })

    def finish_run(self, run_id: str, counts: dict[str, int]) -> None:
        with self.db.conn:
            self.db["runs"].update(run_id, {"ended_at": now(), **counts})

    def facts_for_article(self, article_id: str) -> dict[str, list[dict]]:
        """Every stored fact of one article, by table."""
        return {
            table: list(self.db[table].rows_where("article_id = ?", [article_id], order_by="start_char, id"))
            for table in ARTICLE_TABLES
        }
