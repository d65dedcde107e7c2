"""Reading the facts out of a knowledge base file, as reviewed (the ``reviewed_*`` views:
corrected values, rejected facts left out) or as extracted: what ``newsfacts export`` writes
and ``extract.api.reviewed_facts`` returns. Read-only connections."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .schema import FACT_TABLES

EXPORT_COLUMNS = (
    "fact_id", "fact_type", "article_id", "summary", "review_state", "extracted_summary", "evidence", "start_char",
    "end_char", "extractor", "confidence", "verdict", "reviewer", "reviewed_at", "correction", "reviews", "conflict",
)
# The verdict columns of the `facts` view, added to each fact table's own columns (as
# reviewed, the correction is in the values; --raw adds it).
VERDICT_COLUMNS = ("verdict", "reviewer", "reviewed_at", "reviews", "conflict")
FACT_TYPES = tuple(FACT_TABLES)  # the fact tables


def _export_where(alias: str, reviewed_only: bool, raw: bool) -> str:
    """Rejected facts are left out unless ``raw``; unreviewed ones with ``reviewed_only``."""
    clauses = ([] if raw else [f"{alias}.review_state <> 'rejected'"]) + (
        [f"{alias}.review_state <> 'unreviewed'"] if reviewed_only else [])
    return f" WHERE {' AND '.join(clauses)}" if clauses else ""


def _select(db_path: Path, sql: str) -> tuple[list[str], list[tuple]]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        cursor = conn.execute(sql)
        return [c[0] for c in cursor.description], cursor.fetchall()
    finally:
        conn.close()


def fact_rows(db_path: Path, reviewed_only: bool, raw: bool = False) -> tuple[list[str], list[tuple]]:
    """Column names and rows of the `facts` view (summaries as reviewed and as extracted):
    rejected facts left out unless ``raw``, only reviewed facts with ``reviewed_only``."""
    return _select(db_path, f"SELECT {', '.join(EXPORT_COLUMNS)} FROM facts f{_export_where('f', reviewed_only, raw)}"
                            " ORDER BY article_id, fact_type, start_char, fact_id")


def typed_rows(db_path: Path, table: str, reviewed_only: bool, raw: bool = False) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one fact table (every structured column: cluster, status,
    action, value, currency ...; dates ISO with their granularity) as reviewed (its
    ``reviewed_`` view: corrected values, rejected facts left out), or with ``raw`` as
    extracted with the correction (JSON); each with its review state and latest verdict."""
    assert table in FACT_TYPES
    source = f"{table} t" if raw else f"reviewed_{table} t"
    extra = ", f.correction" if raw else ""
    return _select(db_path, f"SELECT t.*{', f.review_state' if raw else ''}, "
                            f"{', '.join(f'f.{c}' for c in VERDICT_COLUMNS)}{extra} FROM {source} "
                            f"JOIN facts f ON f.fact_id = t.id{_export_where('f', reviewed_only, raw)}"
                            " ORDER BY t.article_id, t.start_char, t.id")


def reviewed_facts(db_path: Path, reviewed_only: bool = False, raw: bool = False) -> dict[str, list[dict]]:
    """Every fact table's rows (see ``typed_rows``) as dicts, by table."""
    tables = {table: typed_rows(db_path, table, reviewed_only, raw) for table in FACT_TYPES}
    return {table: [dict(zip(columns, row)) for row in rows] for table, (columns, rows) in tables.items()}
