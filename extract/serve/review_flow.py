"""What a reviewer does beside judging a fact: take back their latest verdicts (undo), put a
fact off until later (skip), and the second, independent review of judged facts.

Undo marks the verdict's `reviews` row with ``undone_at``: the row stays for the audit, and no
view counts it. Skips last as long as the reviewer's session, in this server's memory.
A judged fact goes to a second reviewer, who does not see the first verdict, if it is in the
sample (``SECOND_REVIEW_SHARE`` of judged facts, chosen by a hash of the fact id), if its
fact type's agreement is low (a pair of reviewers with Cohen's kappa below ``LOW_KAPPA``),
or if it is disputed (its standing verdicts differ; a disputed fact gets a third reviewer).
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections import OrderedDict

from ..store import FACT_TABLES, now
from ..store.history import refresh_verdicts
from .agreement import agreement
from .review import ReviewerQueue, rows

SECOND_REVIEW_SHARE = 0.10  # plugin setting "second_review_share"
LOW_KAPPA = 0.6             # plugin setting "low_agreement_kappa"
MAX_SKIPS = 500             # skipped facts kept per session (the oldest are forgotten)
MAX_SESSIONS = 2000         # sessions with skips kept per server
_SKIPS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def undo_last(conn, reviewer: str) -> dict | None:
    """Mark ``reviewer``'s most recent standing verdict as undone and recount its status
    history row; returns that `reviews` row with the fact's summary (None if they have none left)."""
    with conn:
        found = rows(conn, "SELECT * FROM reviews WHERE reviewer = ? AND undone_at IS NULL"
                           " ORDER BY reviewed_at DESC, id DESC LIMIT 1", [reviewer])
        if not found:
            return None
        undone = {**found[0], "undone_at": now()}
        conn.execute("UPDATE reviews SET undone_at = ? WHERE id = ?", [undone["undone_at"], undone["id"]])
        summary = conn.execute("SELECT summary FROM facts WHERE fact_id = ?", [undone["fact_id"]]).fetchone()
        undone["summary"] = summary[0] if summary else undone["fact_id"]
        if undone["fact_type"] == FACT_TABLES["status_events"]:
            history = conn.execute("SELECT history_id FROM status_events WHERE id = ?", [undone["fact_id"]]).fetchone()
            refresh_verdicts(conn, [history[0]] if history and history[0] else [])
    return undone


def with_undone(conn, fact_id: str, standing: list[dict]) -> list[dict]:
    """A fact's review history: its standing reviews (``fact_reviews``) and the undone ones of
    it and of its story's copies (``undone_at`` set), oldest first."""
    undone = rows(conn, "SELECT r.*, r.fact_id AS reviewed_fact_id FROM reviews r WHERE r.undone_at IS NOT NULL"
                        " AND r.fact_id IN (SELECT :fact_id UNION SELECT c.id FROM story_facts f JOIN story_facts c"
                        " ON c.story_fact_id = f.story_fact_id WHERE f.id = :fact_id)", {"fact_id": fact_id})
    return sorted(standing + undone, key=lambda r: (r["reviewed_at"] or "", r["id"]))


def skipped(datasette, session: str) -> list[str]:
    """The facts skipped in ``session``, oldest first."""
    return list(_SKIPS.get(datasette, {}).get(session, []))


def skip(datasette, session: str, fact_id: str) -> None:
    """Put ``fact_id`` at the end of the session's queue (after those skipped before it)."""
    sessions = _SKIPS.setdefault(datasette, OrderedDict())
    facts = [f for f in sessions.pop(session, []) if f != fact_id] + [fact_id]
    sessions[session] = facts[-MAX_SKIPS:]
    while len(sessions) > MAX_SESSIONS:
        sessions.popitem(last=False)


def in_sample(fact_id: str, share: float) -> bool:
    """Whether ``fact_id`` is in the second-review sample: the same answer on every server."""
    return int(hashlib.sha256(fact_id.encode("utf-8")).hexdigest()[:8], 16) < share * 2 ** 32


def low_agreement_types(conn, below: float) -> set[str]:
    """Fact types where some pair of reviewers has Cohen's kappa below ``below``."""
    return {pair.fact_type for pair in agreement(conn) if pair.kappa is not None and pair.kappa < below}


def second_review(conn, reviewer: str, share: float = SECOND_REVIEW_SHARE, below: float = LOW_KAPPA) -> list[str]:
    """Judged facts that wait for ``reviewer``'s independent review (they have not judged them)."""
    low = low_agreement_types(conn, below)
    # fact_reviews: the standing reviews, a verdict on one copy of a story fact counted on every copy
    judged = rows(conn, "SELECT fact_id, fact_type, count(DISTINCT verdict) > 1 AS disputed,"
                        " json_group_array(DISTINCT reviewer) AS reviewers FROM fact_reviews"
                        " GROUP BY fact_id, fact_type ORDER BY fact_id")
    waiting = []
    for fact in judged:
        judges = set(json.loads(fact["reviewers"]))
        wanted = 3 if fact["disputed"] else 2
        if reviewer in judges or len(judges) >= wanted:
            continue
        if fact["disputed"] or fact["fact_type"] in low or in_sample(fact["fact_id"], share):
            waiting.append(fact["fact_id"])
    return waiting


def reviewer_queue(datasette, conn, actor, plugin_config: dict | None) -> ReviewerQueue:
    """The skips of ``actor``'s session and the facts waiting for their second review."""
    if not actor or not actor.get("id"):
        return ReviewerQueue()
    share, below = settings(plugin_config)
    return ReviewerQueue(skipped=skipped(datasette, session_key(actor)),
                         second=second_review(conn, actor["id"], share, below))


def session_key(actor) -> str:
    """What a reviewer's skips are kept under: their session (signed-in actors have one)."""
    return getattr(actor, "session_id", "") or f"actor:{actor['id']}"


def settings(plugin_config: dict | None) -> tuple[float, float]:
    """(share, kappa threshold) of the second review from the plugin config; ValueError
    unless the share is from 0 to 1 and the threshold from -1 to 1."""
    config = plugin_config or {}
    share = float(config.get("second_review_share", SECOND_REVIEW_SHARE))
    below = float(config.get("low_agreement_kappa", LOW_KAPPA))
    if not (0.0 <= share <= 1.0 and -1.0 <= below <= 1.0):
        raise ValueError("second_review_share must be from 0 to 1 and low_agreement_kappa from -1 to 1")
    return share, below
