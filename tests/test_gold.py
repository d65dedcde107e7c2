"""Score the knowledge base built from the seed articles against the hand-checked gold facts.

Prints precision and recall per fact type; fails below 0.9 recall on events,
people with roles, amounts and dates. Skips where ../shared is absent.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
FACT_TYPES = ("status_events", "person_roles", "amounts", "dates")

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold/seeds.json is not here")


def accepts(expected, actual) -> bool:
    """Does an extracted value satisfy a gold field (None = not scored, any_of = alternatives)?"""
    if expected is None:
        return True
    options = expected["any_of"] if isinstance(expected, dict) and "any_of" in expected else [expected]
    return any(_same(option, actual) for option in options)


def _same(expected, actual) -> bool:
    if expected is None:
        return actual is None
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return actual is not None and abs(float(actual) - expected) < 1e-6
    return actual is not None and str(expected).strip().lower() == str(actual).strip().lower()


def matches(fact_type: str, gold: dict, row: dict) -> bool:
    if fact_type == "status_events":
        date = gold.get("date")
        return (accepts(gold["cluster"], row["cluster"]) and accepts(gold["status"], row["status"])
                and accepts(gold["action"], row["action"]) and accepts(gold.get("granted_by"), row["granted_by"])
                and (date is None or (accepts(date["value"], row["date"])
                                      and accepts(date["granularity"], row["date_granularity"]))))
    if fact_type == "person_roles":
        return (accepts(gold["person"], row["person"]) and accepts(gold["role"], row["role"])
                and accepts(gold.get("organization"), row["organization"]))
    if fact_type == "amounts":
        return all(accepts(gold.get(key), row[key])
                   for key in ("value", "currency", "unit", "qualifier", "period", "measure"))
    if fact_type == "dates":
        text_ok = gold["text"].lower() in row["text"].lower() or row["text"].lower() in gold["text"].lower()
        return text_ok and accepts(gold["value"], row["value"]) and accepts(gold["granularity"], row["granularity"])
    raise ValueError(fact_type)


def score(db_path: Path, gold: dict) -> dict[str, dict[str, float]]:
    """Precision and recall per fact type, matching gold and extracted facts one to one."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    totals = {t: {"gold": 0, "found": 0, "extracted": 0, "correct": 0} for t in FACT_TYPES}
    for article in gold["articles"]:
        source = f"seeds/{Path(article['file']).name}"
        (article_id,) = conn.execute("SELECT id FROM articles WHERE source = ?", [source]).fetchone()
        for fact_type in FACT_TYPES:
            rows = [dict(r) for r in conn.execute(f"SELECT * FROM {fact_type} WHERE article_id = ?", [article_id])]
            unused = list(range(len(rows)))
            for item in article[fact_type]:
                hit = next((i for i in unused if matches(fact_type, item, rows[i])), None)
                if hit is not None:
                    unused.remove(hit)
                    totals[fact_type]["correct"] += 1
                if not item.get("optional"):
                    totals[fact_type]["gold"] += 1
                    totals[fact_type]["found"] += hit is not None
            totals[fact_type]["extracted"] += len(rows)
    return {
        t: {"precision": c["correct"] / c["extracted"] if c["extracted"] else 0.0,
            "recall": c["found"] / c["gold"] if c["gold"] else 1.0, **c}
        for t, c in totals.items()
    }


@pytest.fixture(scope="module")
def seed_kb(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("gold") / "seeds.db"
    result = CliRunner().invoke(cli, ["run", str(SEEDS), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_seed_facts_reach_the_gold_recall(seed_kb, capsys):
    scores = score(seed_kb, json.loads(GOLD.read_text(encoding="utf-8")))
    report = "\n".join(
        f"{t:14} precision {s['precision']:.2f} ({s['correct']}/{s['extracted']})  "
        f"recall {s['recall']:.2f} ({s['found']}/{s['gold']})"
        for t, s in scores.items()
    )
    with capsys.disabled():
        print("\nSeed articles against ../shared/gold/seeds.json:\n" + report)
    for fact_type, s in scores.items():
        assert s["recall"] >= 0.9, f"{fact_type} recall below 0.9\n{report}"


def test_seed_metadata_matches_gold(seed_kb):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    conn = sqlite3.connect(seed_kb)
    for article in gold["articles"]:
        source = f"seeds/{Path(article['file']).name}"
        title, language, published, updated, authors = conn.execute(
            "SELECT title, language, published, updated, authors FROM articles WHERE source = ?", [source]
        ).fetchone()
        assert title == article["title"]
        assert language == article["language"]
        for key, value in (("published", published), ("updated", updated)):
            if article[key]:
                assert (value or "")[:10] == article[key]["value"], key
        assert json.loads(authors) == article["authors"]


def test_seed_people_come_from_the_model_and_organisations_are_found(seed_kb):
    from extract.ner import default_model_path

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    conn = sqlite3.connect(seed_kb)
    per = {text: source for text, source in conn.execute(
        "SELECT text, source FROM mentions WHERE label = 'PER' AND source NOT LIKE 'rule:%'")}
    names = {row[0] for row in conn.execute(
        "SELECT m.text FROM mentions m WHERE m.label IN ('ORG', 'GPE_ORG', 'CLUSTER') "
        "UNION SELECT e.name FROM entities e WHERE e.type IN ('organization', 'cluster')")}
    for article in gold["articles"]:
        for organization in article["organizations"]:
            assert organization in names, organization
        if default_model_path().exists():
            for person in article["people"]:
                if person not in article["authors"]:  # bylines are metadata, not text
                    assert person in per, f"{person} not tagged by the NER model"
