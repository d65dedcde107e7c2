"""Opening and writing the knowledge base: a SQLite file built and updated with sqlite-utils,
its tables and views as ``schema`` declares them."""

from __future__ import annotations

import errno
import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from ..types import Article, Facts, Failure, without_surrogates
from . import fact_reviews, stories
from .history import rebuild
from .schema import ARTICLE_TABLES, FOREIGN_KEYS, FULL_TEXT, INDEXES, SCHEMA
from .views import VIEWS

DEFAULT_DB = Path("output/newsfacts.db")  # where a run writes the knowledge base unless told otherwise


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
        "notes": "; ".join(article.notes) or None,
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


_UNUSABLE = {sqlite3.SQLITE_READONLY: "is read-only (the file or its directory cannot be written)",
             sqlite3.SQLITE_CORRUPT: "is damaged (database disk image is malformed)",
             sqlite3.SQLITE_NOTADB: "is not an SQLite database",
             sqlite3.SQLITE_CANTOPEN: "cannot be opened"}


def unusable_reason(exc: BaseException | None) -> str | None:
    """Why the knowledge base cannot be written if ``exc`` (or its cause) says so: read-only,
    damaged, not a database; None for any other error."""
    while exc is not None:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _UNUSABLE:
            return _UNUSABLE[code & 0xFF]
        exc = exc.__cause__ or exc.__context__
    return None


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
    except sqlite3.DatabaseError as exc:
        raise NotAKnowledgeBase(f"{path} {unusable_reason(exc) or 'is not an SQLite database'}") from None
    if tables and not {"articles", "runs", "reviews"} <= tables:
        raise NotAKnowledgeBase(f"{path} is an SQLite database but not a newsfacts knowledge base "
                                f"(tables: {', '.join(sorted(tables)[:8])})")


def bring_up_to_date(path: str | Path) -> bool:
    """Give a knowledge base from an older version the schema of this one (story tables,
    ``fact_reviews``, the reviewed views, ``reviews.undone_at``, ``facts.article_title``), its articles put into
    stories and its status history as reviewed (what the next run would do), so it can be
    served; True if it had to. Reads only when it is up to date (a running pipeline may be
    writing it)."""
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        names = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE name IN ('story_copies', 'fact_states', 'fact_reviews')")}
        review_columns = {row[1] for row in conn.execute("SELECT * FROM pragma_table_info('reviews')")}
        fact_columns = {row[1] for row in conn.execute("SELECT * FROM pragma_table_info('facts')")}
    finally:
        conn.close()
    if len(names) == 3 and "undone_at" in review_columns and "article_title" in fact_columns:
        return False
    kb = KnowledgeBase(path)
    try:
        kb.update_history()
    finally:
        kb.db.close()
    return True


class KnowledgeBase:
    """The SQLite knowledge base. Creates its schema on open (``check_knowledge_base`` first)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        check_knowledge_base(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        import sqlite_utils  # (here, not at the top: `newsfacts --help` reads DEFAULT_DB from this module)

        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.touched_clusters: set[str] = set()  # clusters whose history is out of date
        self.ensure_schema()

    def ensure_schema(self) -> None:
        db = self.db
        if "fact_states" not in db.view_names() and db["status_events"].exists():
            # a KB from before the reviewed views: its history is rebuilt from the reviewed events
            self.touched_clusters |= {r[0] for r in db.execute("SELECT DISTINCT cluster_id FROM status_events")}
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
        stories.create_tables(db.conn)
        fact_reviews.create(db.conn)
        for name, columns in INDEXES:
            db[name].create_index(columns, if_not_exists=True)
        for name, columns in FULL_TEXT.items():
            fts = db[f"{name}_fts"]
            if not fts.exists() or set(fts.columns_dict) != set(columns):  # new, or an older index
                db[name].enable_fts(columns, create_triggers=True, tokenize="unicode61", replace=True)
        for view, sql in VIEWS.items():
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
            db["articles"].upsert({**article_row(article, pipeline_version), "lemmas": facts.lemmas}, pk="id")
            for table in ARTICLE_TABLES:
                rows = getattr(facts, table)
                if rows:
                    db[table].insert_all(rows, pk="id", replace=True)
            self._place_in_story(article.id, article.text)
            for entity in facts.entities:
                self._merge_entity(entity)

    def _place_in_story(self, article_id: str, text: str) -> None:
        """Put the article into its story; the clusters its story's copies report get their
        history rebuilt (their story and outlet counts may have changed)."""
        changed = sorted(stories.place(self.db.conn, article_id, text))
        self.touched_clusters |= {row[0] for row in self.db.execute(
            "SELECT DISTINCT s.cluster_id FROM status_events s JOIN story_copies c ON c.id = s.article_id"
            f" WHERE c.story_id IN ({', '.join('?' * len(changed))})", changed)}

    def update_history(self) -> int:
        """Rebuild status_history for the clusters stored articles touched since the last
        call (and any events not yet in it); returns the history rows written. Articles
        stored before stories existed are put into stories first."""
        for article_id in stories.unplaced(self.db.conn):
            with self.db.atomic():
                text = self.db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
                self._place_in_story(article_id, text or "")
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
