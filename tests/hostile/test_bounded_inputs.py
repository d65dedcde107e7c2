"""Issue 13's and 33's hostile inputs, built small, each through `newsfacts run` in its own process:
peak RSS stays bounded, the dropped part gets an `errors` row with a clear message, and
the good articles beside it (and in the same file, where the format allows) are stored."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from . import inputs

NEWSFACTS = [sys.executable, "-c", "from extract.cli import cli; cli()"]
MAX_GROWTH_MB = 100  # over a run on one good article
MB = 1024 * 1024


def newsfacts_run(dump: Path, db: Path) -> tuple[int, float]:
    """Run `newsfacts run` on ``dump`` (rules only, one process); exit status and peak RSS in MB."""
    proc = subprocess.Popen([*NEWSFACTS, "run", str(dump), "--db", str(db), "--model", "none",
                             "--workers", "0", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024


@pytest.fixture(scope="module")
def baseline_mb(tmp_path_factory) -> float:
    dump = tmp_path_factory.mktemp("baseline") / "dump"
    dump.mkdir()
    inputs.good_article(dump)
    code, peak = newsfacts_run(dump, dump.parent / "kb.db")
    assert code == 0
    return peak


CASES = {  # name: (build the input in dump, the errors message, sources that must be stored)
    "warc-gz-bomb-header": (
        lambda dump, tmp: inputs.warc_gz_bomb(dump / "bomb.warc.gz", 100 * MB),
        r"decompresses more than 100:1", ["bomb.warc.gz!https://avis.example/for"]),
    "warc-long-header-line": (
        lambda dump, tmp: inputs.warc_long_header(dump / "lang.warc", 5 * MB),
        r"WARC header line longer than 16 KB; skipped",
        ["lang.warc!https://avis.example/for", "lang.warc!https://avis.example/etter"]),
    "warc-headerless-record": (
        lambda dump, tmp: inputs.warc_headerless(dump / "hodelos.warc.gz"),
        r"WARC record without a valid Content-Length; skipped",
        ["hodelos.warc.gz!https://avis.example/for", "hodelos.warc.gz!https://avis.example/etter"]),
    "csv-long-row": (
        lambda dump, tmp: inputs.csv_long_row(dump / "rad.csv", 21 * MB, fields=3),
        r"row longer than the 20.0 MB limit; skipped", ["rad.csv#1", "rad.csv#3"]),
    "csv-long-field": (
        lambda dump, tmp: inputs.csv_long_row(dump / "felt.csv", 21 * MB, fields=1),
        r"row longer than the 20.0 MB limit; skipped", ["felt.csv#1", "felt.csv#3"]),
    "html-tag-flood": (  # issue 33: 2.3 million <p> took 6.4 GB
        lambda dump, tmp: inputs.tag_flood(dump / "flom.html", 150_000),
        r"more than 200,000 HTML elements and text nodes \(a tag flood\); not parsed", []),
    "tar-pax-header": (  # issue 33: a 315 MB PAX header took 1,060 MB
        lambda dump, tmp: inputs.tar_long_header(dump / "pax.tar.gz", "pax", 60 * MB),
        r"PAX header of 60.0 MB, over the 64 KB limit; member skipped", ["pax.tar.gz!for.txt", "pax.tar.gz!etter.txt"]),
    "tar-gnu-long-name": (  # issue 33: a 40 MB name became a 41.9 MB articles.source
        lambda dump, tmp: inputs.tar_long_header(dump / "navn.tar.gz", "name", 5 * MB),
        r"GNU long name of 5.0 MB, over the 64 KB limit; member skipped",
        ["navn.tar.gz!for.txt", "navn.tar.gz!etter.txt"]),
    "symlink-out-of-the-dump": (
        lambda dump, tmp: inputs.link_out_of_the_dump(dump, tmp / "utenfor"),
        r"symbolic link; skipped", []),
}


@pytest.mark.parametrize("case", CASES)
def test_hostile_input_is_bounded_recorded_and_the_good_article_stored(case, tmp_path, baseline_mb):
    build, message, stored = CASES[case]
    dump = tmp_path / "dump"
    dump.mkdir()
    inputs.good_article(dump)
    build(dump, tmp_path)
    db = tmp_path / "kb.db"
    code, peak = newsfacts_run(dump, db)
    assert code == 1, case  # 1: documents were recorded in `errors`
    assert peak < baseline_mb + MAX_GROWTH_MB, (case, peak, baseline_mb)
    conn = sqlite3.connect(db)
    messages = [m for (m,) in conn.execute("SELECT message FROM errors")]
    assert any(re.search(message, m) for m in messages), messages
    sources = {s for (s,) in conn.execute("SELECT source FROM articles")}
    assert {f"dump/{s}" for s in ["god.txt", *stored]} <= sources, sources
    assert not any("sol123" in t for (t,) in conn.execute("SELECT text FROM articles"))
    assert conn.execute("SELECT count(*) FROM runs WHERE ended_at IS NULL").fetchone() == (0,)


def test_repaired_inputs_are_stored(tmp_path):
    """Lone surrogates, UTF-16 record files and a file name that is not UTF-8: stored, no error."""
    dump = tmp_path / "dump"
    dump.mkdir()
    inputs.good_article(dump)
    inputs.jsonl_surrogate(dump / "brudd.jsonl")
    inputs.utf16_records(dump)
    inputs.not_utf8_name(dump)
    db = tmp_path / "kb.db"
    code, _ = newsfacts_run(dump, db)
    conn = sqlite3.connect(db)
    assert code == 0, conn.execute("SELECT source, message FROM errors").fetchall()
    titles = {t for (t,) in conn.execute("SELECT title FROM articles")}
    assert {"Tittel", "Brudd \ufffd her", "Hel", "Ås", "Øy", "Ærlig", "Navnet"} <= titles, titles
    assert ("dump/sak-\ufffd.txt",) in conn.execute("SELECT source FROM articles").fetchall()
