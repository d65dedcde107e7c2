"""End to end over the example corpus in corpus/: every format, both written standards.

The expectations are what a careful reader takes from each article.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> sqlite3.Connection:
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    result = CliRunner().invoke(cli, ["run", str(CORPUS), "--db", str(db), "--quiet", "--workers", "0"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return conn


def rows(kb, table: str, source_part: str) -> list[dict]:
    return [dict(r) for r in kb.execute(
        f"SELECT t.* FROM {table} t JOIN articles a ON a.id = t.article_id WHERE a.source LIKE ?",
        [f"%{source_part}%"])]


def test_every_article_is_read_without_errors(kb):
    assert kb.execute("SELECT count(*) FROM articles").fetchone()[0] == 12
    assert kb.execute("SELECT count(*) FROM errors").fetchone()[0] == 0


@pytest.mark.parametrize("source, language", [
    ("fjordmat-fekk-nei-til-arena.txt", "nn"),
    ("gce-havvind-more-held-fram.html", "nn"),
    ("klyngenytt.jsonl#2", "nn"),
    ("batteriklyngen-mister-nce-status.txt", "nb"),
    ("trebyggklyngen-arena-pro.html", "nb"),
])
def test_language_per_article(kb, source, language):
    (row,) = kb.execute("SELECT language FROM articles WHERE source LIKE ?", [f"%{source}"]).fetchall()
    assert row[0] == language


@pytest.mark.parametrize("source, cluster, status, actions", [
    ("fjordmat-fekk-nei-til-arena.txt", "Fjordmat Sogn", "Arena", {"rejected"}),
    ("batteriklyngen-mister-nce-status.txt", "Batteri Midt", "NCE", {"lost"}),
    ("klyngenytt.jsonl#2", "Akvakultur Nord", "NCE", {"extended"}),
    ("klyngenytt.jsonl#3", "Grøn Plast", "Arena Pro", {"rejected"}),
    ("klyngenytt.jsonl#1", "Romteknologi Andøya", "Arena Pro", {"upgraded", "granted"}),
    ("trebyggklyngen-arena-pro.html", "Trebygg Innlandet", "Arena Pro", {"upgraded"}),
    ("havromsklyngen-nce-status.html", "Havrom Vest", "NCE", {"upgraded", "granted"}),
    ("gce-havvind-more-held-fram.html", "Havvind Møre", "GCE", {"extended"}),
    ("nce-marin-bioteknologi-forlenget.txt", "Marin Bioteknologi Vest", "NCE", {"extended"}),
    ("tre-nye-arena-klynger.txt", "Helseteknologi Nord", "Arena", {"granted"}),
    ("tre-nye-arena-klynger.txt", "Sjømat Helgeland", "Arena", {"granted"}),
])
def test_status_events(kb, source, cluster, status, actions):
    found = {(r["cluster"], r["status"], r["action"]) for r in rows(kb, "status_events", source)}
    assert any((cluster, status, action) in found for action in actions), found


def test_who_refused_and_when(kb):
    (event,) = rows(kb, "status_events", "fjordmat-fekk-nei-til-arena.txt")
    assert event["granted_by"] == "Innovasjon Norge"
    assert (event["date"], event["date_granularity"]) == ("2021-06-01", "month")


@pytest.mark.parametrize("source, person, role, organization", [
    ("fjordmat-fekk-nei-til-arena.txt", "Eirik Ness", "dagleg leiar", "Fjordmat Sogn"),
    ("fjordmat-fekk-nei-til-arena.txt", "Hanne Kvåle", "seniorrådgjevar", "Innovasjon Norge"),
    ("fjordmat-fekk-nei-til-arena.txt", "Torstein Hauge", "fylkesdirektør for næring", "Vestland fylkeskommune"),
    ("havromsklyngen-nce-status.html", "Per Arne Vik", "distriktsdirektør", "Innovasjon Norge"),
    ("havromsklyngen-nce-status.html", "Ingrid Solheim", "daglig leder", "Havrom Vest"),
    ("trebyggklyngen-arena-pro.html", "Marte Lien Aasen", "klyngeleder", "Trebygg Innlandet"),
    ("trebyggklyngen-arena-pro.html", "Even Haugland", "fylkesordfører", None),
    ("klyngenytt.jsonl#1", "Linda Helen Berg", "fylkesråd for næring", None),
    ("klyngenytt.jsonl#2", "Kjetil Fagerli", "styreleiar", "Akvakultur Nord"),
    ("batteriklyngen-mister-nce-status.txt", "Camilla Strand", "daglig leder", "Batteri Midt"),
])
def test_people_with_roles(kb, source, person, role, organization):
    found = {(r["person"], r["role"]): r["organization"] for r in rows(kb, "person_roles", source)}
    assert (person, role) in found, found
    if organization:
        assert found[(person, role)] == organization


@pytest.mark.parametrize("source, value, currency, period", [
    ("fjordmat-fekk-nei-til-arena.txt", 400_000, "NOK", None),
    ("klyngenytt.jsonl#2", 5_000_000, "NOK", "year"),
    ("trebyggklyngen-arena-pro.html", 3_500_000, "NOK", "year"),
    ("havromsklyngen-nce-status.html", 6_000_000, "NOK", "year"),
])
def test_money(kb, source, value, currency, period):
    found = {(r["value"], r["currency"], r["period"]) for r in rows(kb, "amounts", source)}
    assert (value, currency, period) in found, found


def test_one_event_two_articles_is_one_history_row(kb):
    """Innlandsposten and a second outlet both report Trebygg Innlandet's upgrade of 3 December 2021."""
    (row,) = [dict(r) for r in kb.execute(
        "SELECT * FROM status_history WHERE cluster = 'Trebygg Innlandet' AND status = 'Arena Pro'")]
    assert (row["action"], row["date"], row["articles"]) == ("upgraded", "2021-12-03", 2)
    unlinked = kb.execute("SELECT count(*) FROM status_events WHERE history_id IS NULL").fetchone()[0]
    assert unlinked == 0
