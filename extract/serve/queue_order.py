"""The review queue's order: the facts whose verdict is worth most to the knowledge base first.

1. Facts the reviewer skipped go last (in the order they skipped them).
2. Contested facts come first: status events of an impossible sequence (``status_history.flags``)
   or of an event the articles disagree on, by date or outcome (``status_history.conflict``),
   and facts whose reviewers disagree (review state ``disputed``, in a third reviewer's queue).
3. Then the facts that reach furthest, by ``reach``: the pages and canned queries beyond its
   article that show the fact (``FEEDS``), plus the other copies of its story that report it
   (a verdict on one covers them all).
4. Then the least certain first (``confidence``; unknown before everything), then by fact type
   and id.

The queue reads the fact tables themselves (``QUEUED``), not the ``facts`` view, which builds
every fact's summary: on a generated knowledge base of 100,000 facts the first page takes about
270 ms of processor time instead of 380 (``scripts/queue_speed.py``; docs/review.md has the figures).
"""

from __future__ import annotations

from ..store import FACT_TABLES

# Per fact table, SQL over a fact's row: how many pages and canned queries beyond its article
# and the `facts` table show it.
FEEDS = {
    # a status event in a history: the cluster page, the programme page, the clusters list and
    # the programme at a date (status_history, status_periods)
    "status_events": "4 * (history_id IS NOT NULL)",
    # money stated for a cluster: the cluster page's funding and the funding per cluster
    "amounts": "2 * (cluster_id IS NOT NULL AND currency IS NOT NULL AND value IS NOT NULL)",
    # a person's role in an organisation a status event names as a cluster: the cluster page's people
    "person_roles": "(organization IN (SELECT cluster FROM status_events))",
    "dates": "0",
}
# Per fact table, SQL over a fact's row: the articles make it part of an impossible sequence
# or disagree on it.
CONTESTED = {"status_events": "(history_id IN (SELECT id FROM status_history WHERE flags IS NOT NULL OR conflict = 1))"}

# Every fact with what the queue filters and orders by (``k`` in the clauses below).
QUEUED = " UNION ALL ".join(
    f"SELECT id AS fact_id, '{fact_type}' AS fact_type, article_id, extractor, confidence,"
    f" {FEEDS[table]} AS feeds, {CONTESTED.get(table, '0')} AS contested FROM [{table}]"
    for table, fact_type in FACT_TABLES.items())

SKIPPED = "k.fact_id IN (SELECT value FROM json_each(:skipped))"
SECOND = "k.fact_id IN (SELECT value FROM json_each(:second))"  # judged, waiting for this reviewer
# Reviewers disagree on it (only a judged fact, so only one waiting for a second review, can be).
DISPUTED = f"({SECOND} AND (SELECT v.review_state FROM fact_states v WHERE v.fact_id = k.fact_id) = 'disputed')"
CONFLICT = f"(k.contested OR {DISPUTED})"
COPIES = "(SELECT count(*) FROM story_facts c WHERE c.story_fact_id = k.fact_id)"  # 0 outside a story
REACH = f"(k.feeds + max({COPIES} - 1, 0))"
ORDER = (SKIPPED, f"NOT {CONFLICT}", f"-{REACH}", "coalesce(k.confidence, -1.0)", "k.fact_type", "k.fact_id")
# Waiting for review: no verdict yet, or judged and waiting for this reviewer's second review.
WAITING = f"(NOT EXISTS (SELECT 1 FROM fact_reviews r WHERE r.fact_id = k.fact_id) OR {SECOND})"
# One queue item per story fact: the copies of a story fact in other copies of the story are left out.
STORY_FACT = "NOT EXISTS (SELECT 1 FROM story_facts sf WHERE sf.id = k.fact_id AND sf.story_fact_id != sf.id)"
