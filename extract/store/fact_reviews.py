"""``fact_reviews``: every standing review as it applies to a fact, its own reviews and those
given on another copy of its story fact (a verdict on one copy covers them all). A review its
reviewer undid (``reviews.undone_at``) stays in ``reviews`` for the audit, but not here.

It is a table kept by triggers on ``reviews`` and ``story_facts``, not a view: the reviewed
views look a fact's reviews up once per fact, and a view joining the copies was read whole
for each lookup (a test KB's page took 2.4 times as long and twice the memory)."""

from __future__ import annotations

import sqlite3

_COLUMNS = "id, fact_id, fact_type, verdict, correction, reviewer, reviewed_at, note, reviewed_fact_id"
_OF = "{r}.id, {fact}, {r}.fact_type, {r}.verdict, {r}.correction, {r}.reviewer, {r}.reviewed_at, {r}.note, {r}.fact_id"

# The reviews of review ``{r}`` on each copy of its fact; the fact itself if it is in no story.
_COVER_REVIEW = (
    f"INSERT OR IGNORE INTO fact_reviews ({_COLUMNS}) SELECT {_OF.format(r='{r}', fact='c.id')}"
    " FROM story_facts s JOIN story_facts c ON c.story_fact_id = s.story_fact_id"
    " WHERE s.id = {r}.fact_id AND {r}.undone_at IS NULL;\n"
    f"INSERT OR IGNORE INTO fact_reviews ({_COLUMNS}) SELECT {_OF.format(r='{r}', fact='{r}.fact_id')}"
    " WHERE {r}.undone_at IS NULL;"
)
# A copy joining a story fact takes the reviews of its copies, and they take its own.
_COVER_COPY = (
    f"INSERT OR IGNORE INTO fact_reviews ({_COLUMNS}) SELECT {_OF.format(r='r', fact='new.id')}"
    " FROM story_facts c JOIN reviews r ON r.fact_id = c.id WHERE c.story_fact_id = new.story_fact_id"
    " AND r.undone_at IS NULL;\n"
    f"INSERT OR IGNORE INTO fact_reviews ({_COLUMNS}) SELECT {_OF.format(r='r', fact='c.id')}"
    " FROM reviews r JOIN story_facts c ON c.story_fact_id = new.story_fact_id"
    " WHERE r.fact_id = new.id AND r.undone_at IS NULL;"
)
# A copy leaving its story keeps only its own reviews, and its copies lose them.
_UNCOVER_COPY = (
    "DELETE FROM fact_reviews WHERE fact_id = old.id OR reviewed_fact_id = old.id;\n"
    f"INSERT OR IGNORE INTO fact_reviews ({_COLUMNS}) SELECT {_OF.format(r='r', fact='r.fact_id')}"
    " FROM reviews r WHERE r.fact_id = old.id AND r.undone_at IS NULL;"
)
_FILL = (
    f"INSERT OR IGNORE INTO fact_reviews ({_COLUMNS}) SELECT {_OF.format(r='r', fact='c.id')} FROM reviews r"
    " JOIN story_facts s ON s.id = r.fact_id JOIN story_facts c ON c.story_fact_id = s.story_fact_id"
    " WHERE r.undone_at IS NULL",
    f"INSERT OR IGNORE INTO fact_reviews ({_COLUMNS}) SELECT {_OF.format(r='r', fact='r.fact_id')} FROM reviews r"
    " WHERE r.undone_at IS NULL",
)
TRIGGERS = {
    "fact_reviews_review_added": f"AFTER INSERT ON reviews BEGIN {_COVER_REVIEW.format(r='new')} END",
    "fact_reviews_review_changed": ("AFTER UPDATE ON reviews BEGIN DELETE FROM fact_reviews WHERE id = old.id; "
                                    f"{_COVER_REVIEW.format(r='new')} END"),
    "fact_reviews_review_removed": "AFTER DELETE ON reviews BEGIN DELETE FROM fact_reviews WHERE id = old.id; END",
    "fact_reviews_copy_added": f"AFTER INSERT ON story_facts BEGIN {_COVER_COPY} END",
    "fact_reviews_copy_removed": f"AFTER DELETE ON story_facts BEGIN {_UNCOVER_COPY} END",
}


def create(conn: sqlite3.Connection) -> None:
    """The table (filled from ``reviews`` when it is new) and its triggers (a table rebuilt
    by sqlite-utils loses them, so they are made again each time; an older one is replaced)."""
    kind = conn.execute("SELECT type FROM sqlite_master WHERE name = 'fact_reviews'").fetchone()
    with conn:
        if kind and kind[0] == "view":  # a knowledge base from when it was a view
            conn.execute("DROP VIEW fact_reviews")
        if not kind or kind[0] == "view":
            conn.execute("CREATE TABLE fact_reviews (id INTEGER NOT NULL, fact_id TEXT NOT NULL, fact_type TEXT,"
                         " verdict TEXT, correction TEXT, reviewer TEXT, reviewed_at TEXT, note TEXT,"
                         " reviewed_fact_id TEXT, PRIMARY KEY (fact_id, id)) WITHOUT ROWID")
            conn.execute("CREATE INDEX idx_fact_reviews_id ON fact_reviews (id)")
            for statement in _FILL:
                conn.execute(statement)
        for name, body in TRIGGERS.items():
            stored = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]).fetchone()
            if stored and not stored[0].endswith(body):  # an older version of it (before undo)
                conn.execute(f"DROP TRIGGER {name}")
            conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
