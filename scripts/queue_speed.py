"""How fast the review queue answers on a large knowledge base.

Builds (once, at --db) a generated knowledge base of --facts facts (a tenth status events
spread over a few hundred clusters, with histories some of which have impossible sequences
or conflicts, roles, amounts, dates, one article in ten a copy of another, a few percent of
the facts reviewed and some disputed), then times the queue's first page, a later page, a
filtered page and the next-fact lookup: the least processor time of --repeat runs, in milliseconds.

    .venv/bin/python scripts/queue_speed.py --db /tmp/queue.db --facts 100000
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from pathlib import Path

import click

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.serve.review import ReviewerQueue, queue, queue_neighbour  # noqa: E402
from extract.store import KnowledgeBase  # noqa: E402

FACTS_PER_ARTICLE = {"status_events": 1, "person_roles": 3, "amounts": 2, "dates": 4}
CLUSTERS = 400


def _provenance(rng: random.Random, i: int) -> dict:
    return {"evidence": f"Setning nummer {i} om klyngen.", "evidence_start": 0, "start_char": 0, "end_char": 10,
            "extractor": "generated", "confidence": round(rng.uniform(0.4, 0.95), 3)}


def _article_facts(rng: random.Random, article: str, n: int) -> dict[str, list[dict]]:
    cluster = rng.randrange(CLUSTERS)
    name = f"Klynge {cluster}"
    year = 2005 + rng.randrange(18)
    return {
        "status_events": [{"id": f"{article}-se{k}", "article_id": article, "cluster": name,
                           "cluster_id": f"cluster:{cluster}", "status": rng.choice(["Arena", "NCE", "GCE"]),
                           "action": rng.choice(["granted", "upgraded", "lost"]), "date": f"{year}-06-01",
                           "date_granularity": "month", "date_source": "text",
                           "history_id": f"h-{cluster}-{year}", **_provenance(rng, n + k)}
                          for k in range(FACTS_PER_ARTICLE["status_events"])],
        "person_roles": [{"id": f"{article}-pr{k}", "article_id": article, "person": f"Person {n + k}",
                          "role": "daglig leder", "organization": name if k == 0 else f"Firma {n + k}", "former": 0,
                          **_provenance(rng, n + k)} for k in range(FACTS_PER_ARTICLE["person_roles"])],
        "amounts": [{"id": f"{article}-am{k}", "article_id": article, "text": "2 millioner kroner", "value": 2e6,
                     "currency": "NOK", "period": "year", "cluster": name if k == 0 else None,
                     "cluster_id": f"cluster:{cluster}" if k == 0 else None, **_provenance(rng, n + k)}
                    for k in range(FACTS_PER_ARTICLE["amounts"])],
        "dates": [{"id": f"{article}-dt{k}", "article_id": article, "text": f"{year}", "value": f"{year}-01-01",
                   "granularity": "year", **_provenance(rng, n + k)} for k in range(FACTS_PER_ARTICLE["dates"])],
    }


def build(path: Path, facts: int, seed: int = 1) -> None:
    """The generated knowledge base (see the module's docstring)."""
    rng = random.Random(seed)
    kb = KnowledgeBase(path)
    db = kb.db
    articles = max(1, facts // sum(FACTS_PER_ARTICLE.values()))
    tables: dict[str, list[dict]] = {table: [] for table in FACTS_PER_ARTICLE}
    histories, copies = {}, []
    for a in range(articles):
        article = f"art{a:06}"
        db["articles"].insert({"id": article, "title": f"Sak {a}", "published": "2021-01-01", "text": "Tekst."},
                              pk="id")
        for table, found in _article_facts(rng, article, a * 10).items():
            tables[table] += found
        for event in tables["status_events"][-FACTS_PER_ARTICLE["status_events"]:]:
            histories.setdefault(event["history_id"], {
                "id": event["history_id"], "cluster_id": event["cluster_id"], "cluster": event["cluster"],
                "status": event["status"], "action": event["action"], "date": event["date"],
                "flags": "lost_before_granted" if rng.random() < 0.02 else None,
                "conflict": int(rng.random() < 0.03), "articles": 1, "stories": 1})
        if a and rng.random() < 0.1:
            copies.append((f"art{rng.randrange(a):06}", article))
    for table, found in tables.items():
        db[table].insert_all(found, pk="id", batch_size=5000)
    db["status_history"].insert_all(histories.values(), pk="id")
    _copies(db, tables, copies)
    _reviews(db, rng, [row["id"] for found in tables.values() for row in found])
    db.conn.commit()
    db.close()


def _copies(db, tables: dict[str, list[dict]], copies: list[tuple[str, str]]) -> None:
    """Each (original, copy) pair one story whose facts are story facts named after the original's."""
    by_article: dict[str, list[tuple[str, str]]] = {}
    for table, found in tables.items():
        for row in found:
            by_article.setdefault(row["article_id"], []).append((row["id"], table))
    rows = []
    for original, copy in copies:
        story = f"story-{copy}"
        for (first, table), (second, _) in zip(by_article[original], by_article[copy]):
            rows += [{"id": first, "article_id": original, "story_id": story, "story_fact_id": first,
                      "fact_type": table}, {"id": second, "article_id": copy, "story_id": story,
                                            "story_fact_id": first, "fact_type": table}]
    db["story_facts"].insert_all(rows, pk="id", replace=True, batch_size=5000)


def _reviews(db, rng: random.Random, fact_ids: list[str]) -> None:
    """3% of the facts confirmed by kari; a tenth of those rejected by ola (disputed)."""
    reviewed = rng.sample(fact_ids, len(fact_ids) * 3 // 100)
    rows = [{"fact_id": f, "fact_type": "x", "verdict": "confirmed", "reviewer": "kari",
             "reviewed_at": "2024-01-01T00:00:00"} for f in reviewed]
    rows += [{"fact_id": f, "fact_type": "x", "verdict": "rejected", "reviewer": "ola",
              "reviewed_at": "2024-01-02T00:00:00"} for f in reviewed[: len(reviewed) // 10]]
    db["reviews"].insert_all(rows, batch_size=5000)


def timed(repeat: int, action) -> float:
    """The least processor time of ``repeat`` runs of ``action``, in milliseconds: SQLite works
    in this thread, so waiting for a core shared with other work does not count."""
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        runs.append((time.process_time() - start) * 1000)
    return min(runs)


@click.command()
@click.option("--db", "path", type=click.Path(path_type=Path), required=True,
              help="The generated knowledge base (built if it does not exist).")
@click.option("--facts", default=100_000, show_default=True, help="Facts to generate.")
@click.option("--repeat", default=5, show_default=True, help="Runs per measurement (the least processor time is shown).")
def main(path: Path, facts: int, repeat: int) -> None:
    """Time the review queue on a generated knowledge base."""
    if not path.exists():
        build(path, facts)
    conn = sqlite3.connect(path)
    total = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    first, _ = queue(conn, {})
    mine = ReviewerQueue(skipped=[row["fact_id"] for row in first[:5]], second=[])
    middle = queue(conn, {}, page=100)[0][0]
    print(f"{total} facts")
    for label, action in [("first page", lambda: queue(conn, {})), ("page 100", lambda: queue(conn, {}, page=100)),
                          ("amounts only", lambda: queue(conn, {"fact_type": "amount"})),
                          ("first page, 5 skipped", lambda: queue(conn, {}, mine=mine)),
                          ("next fact", lambda: queue_neighbour(conn, middle, {}))]:
        print(f"{label:24} {timed(repeat, action):8.0f} ms")


if __name__ == "__main__":
    main()
