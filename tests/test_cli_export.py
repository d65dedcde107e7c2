"""`newsfacts export --type`: each fact type's structured columns with its latest verdict."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli
from extract.pipeline import run

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.fixture(scope="module")
def kb(nlp, tmp_path_factory):
    db = tmp_path_factory.mktemp("export") / "kb.db"
    run([CORPUS], db, nlp=nlp, workers=0)
    conn = sqlite3.connect(db)
    fact_id = conn.execute("SELECT id FROM status_events ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("INSERT INTO reviews (fact_id, fact_type, verdict, reviewer, reviewed_at) "
                 "VALUES (?, 'status_event', 'confirmed', 'kari', '2026-01-01T10:00:00')", [fact_id])
    conn.commit()
    conn.close()
    return db, fact_id


def _export(db, *args: str):
    return CliRunner().invoke(cli, ["export", "--db", str(db), *args])


def test_status_events_with_their_columns_and_verdicts(kb):
    db, reviewed = kb
    result = _export(db, "--type", "status_events", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM status_events").fetchone()[0]
    assert len(rows) == stored > 0
    assert {"cluster", "status", "action", "date", "granted_by", "verdict", "reviewer"} <= rows[0].keys()
    assert {r["id"]: r["verdict"] for r in rows if r["verdict"]} == {reviewed: "confirmed"}
    only = json.loads(_export(db, "--type", "status_events", "--format", "json", "--reviewed-only").stdout)
    assert [(r["id"], r["reviewer"]) for r in only] == [(reviewed, "kari")]


def test_amounts_as_csv(kb):
    db, _ = kb
    result = _export(db, "--type", "amounts")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"value", "currency", "unit", "period", "verdict", "conflict"} <= rows[0].keys()
    assert any(r["currency"] == "NOK" and float(r["value"]) >= 1_000_000 for r in rows)


def test_all_types_in_one_json(kb):
    db, _ = kb
    everything = json.loads(_export(db, "--type", "all", "--format", "json").stdout)
    assert list(everything) == ["status_events", "person_roles", "amounts", "dates"]
    assert all(everything.values())
    assert {"person", "role", "organization", "verdict"} <= everything["person_roles"][0].keys()
    assert _export(db, "--type", "all").exit_code == 2  # CSV holds one type


def test_default_is_still_the_facts_view(kb):
    db, _ = kb
    rows = list(csv.DictReader(io.StringIO(_export(db).stdout)))
    assert rows and {"fact_id", "fact_type", "summary", "verdict"} <= rows[0].keys()


@pytest.mark.parametrize("command", ["export", "serve"])
def test_a_file_that_is_not_a_knowledge_base_is_a_usage_error(tmp_path, command):
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("handlelapp: mjølk, brød", encoding="utf-8")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    for path, message in ((not_sqlite, "is not an SQLite database"), (other, "not a newsfacts knowledge base")):
        result = CliRunner().invoke(cli, [command, "--db", str(path)])
        assert result.exit_code == 2, result.output
        assert message in result.output and "Traceback" not in result.output
    assert not_sqlite.read_text(encoding="utf-8") == "handlelapp: mjølk, brød"
