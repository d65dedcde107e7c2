"""Compare knowledge bases table by table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

CONTENT_TABLES = ("articles", "status_events", "person_roles", "amounts", "dates", "entities", "mentions",
                  "reviews", "stories", "story_copies", "story_facts", "story_bands")
VOLATILE = {"extracted_at"}


def dump(db: Path | str) -> dict[str, list[tuple]]:
    """Every content table as sorted rows (without timestamps), plus the last run's errors."""
    conn = sqlite3.connect(str(db))
    try:
        out = {}
        for table in CONTENT_TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[1] not in VOLATILE]
            rows = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{table}]").fetchall()
            out[table] = sorted(rows, key=repr)
        last = conn.execute("SELECT id FROM runs ORDER BY started_at DESC, rowid DESC LIMIT 1").fetchone()
        out["errors"] = sorted(conn.execute(
            "SELECT source, stage, message FROM errors WHERE run_id = ?", [last[0] if last else None]).fetchall())
        out["articles_fts"] = sorted(conn.execute("SELECT rowid, title, text FROM articles_fts").fetchall())
        return out
    finally:
        conn.close()


def assert_same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], f"table {table} differs ({len(a[table])} vs {len(b[table])} rows)"
