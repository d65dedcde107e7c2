"""How far the review has come and how far reviewers agree: verdicts per reviewer and fact
type, and Cohen's kappa per fact type for each pair of reviewers who judged the same facts.
Plain functions on a sqlite3 connection, like ``review``; each reviewer's latest verdict on a
fact is the one that counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from ..store import FACT_TABLES
from .review import VERDICTS, rows

# Verdicts on copies of one story fact (see store.stories) are verdicts on that story fact.
_STORY_FACT = "coalesce((SELECT sf.story_fact_id FROM story_facts sf WHERE sf.id = {0}.fact_id), {0}.fact_id)"
_LATEST = f"""
WITH judged AS (SELECT r.*, {_STORY_FACT.format('r')} AS story_fact FROM reviews r WHERE r.undone_at IS NULL)
SELECT fact_type, story_fact AS fact_id, reviewer, verdict FROM judged j
WHERE j.id = (SELECT max(j2.id) FROM judged j2 WHERE j2.story_fact = j.story_fact AND j2.reviewer = j.reviewer)
"""
# The facts to judge: one per story fact.
_FACTS = ("SELECT count(*) FROM [{0}] t WHERE NOT EXISTS"
          " (SELECT 1 FROM story_facts sf WHERE sf.id = t.id AND sf.story_fact_id != sf.id)")


@dataclass
class PairAgreement:
    """Two reviewers' agreement on the facts of one type that both judged."""
    fact_type: str
    reviewers: tuple[str, str]
    shared: int           # facts both judged
    observed: float       # share of those with the same verdict
    kappa: float | None   # None where chance agreement is total (one verdict only)


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters' labels, one (a, b) pair per item; None if undefined."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[label] * second[label] for label in first) / (n * n)
    return None if chance == 1 else (observed - chance) / (1 - chance)


def _latest_by_fact(conn) -> dict[str, dict[str, dict[str, str]]]:
    """fact_type -> fact_id -> reviewer -> that reviewer's latest verdict."""
    latest: dict[str, dict[str, dict[str, str]]] = {}
    for row in rows(conn, _LATEST):
        latest.setdefault(row["fact_type"], {}).setdefault(row["fact_id"], {})[row["reviewer"]] = row["verdict"]
    return latest


def agreement(conn) -> list[PairAgreement]:
    """Every pair of reviewers with at least one fact in common, per fact type."""
    result = []
    for fact_type, facts in sorted(_latest_by_fact(conn).items()):
        reviewers = sorted({name for verdicts in facts.values() for name in verdicts})
        for a, b in combinations(reviewers, 2):
            pairs = [(v[a], v[b]) for v in facts.values() if a in v and b in v]
            if pairs:
                observed = sum(x == y for x, y in pairs) / len(pairs)
                result.append(PairAgreement(fact_type, (a, b), len(pairs), observed, cohen_kappa(pairs)))
    return result


def progress(conn) -> dict[str, list[dict]]:
    """``by_type``: facts, facts judged at least once, and judged twice or more, per fact type;
    ``by_reviewer``: each reviewer's latest verdicts per fact type, counted by verdict."""
    latest = _latest_by_fact(conn)
    by_type = []
    for table, fact_type in FACT_TABLES.items():
        judged = latest.get(fact_type, {})
        by_type.append({"fact_type": fact_type, "facts": conn.execute(_FACTS.format(table)).fetchone()[0],
                        "judged": len(judged), "judged_twice": sum(len(v) > 1 for v in judged.values())})
    counts: Counter = Counter((reviewer, fact_type, verdict) for fact_type, facts in latest.items()
                              for verdicts in facts.values() for reviewer, verdict in verdicts.items())
    by_reviewer = [{"reviewer": reviewer, "fact_type": fact_type,
                    **{verdict: counts[(reviewer, fact_type, verdict)] for verdict in VERDICTS}}
                   for reviewer, fact_type in sorted({(r, t) for r, t, _ in counts})]
    return {"by_type": by_type, "by_reviewer": by_reviewer}
