"""`newsfacts run`: options, exit status, progress output."""

from __future__ import annotations

import io
import json
import sqlite3

from click.testing import CliRunner

from extract.cli import cli
from extract.pipeline import RunSummary
from extract.progress import Progress

from .corpus import write_corpus


def test_exit_status_and_log_lines(tmp_path):
    corpus = write_corpus(tmp_path / "c", n=30, html=2)
    runner = CliRunner()
    result = runner.invoke(cli, ["run", str(corpus), "--db", str(tmp_path / "kb.db"), "--model", "none",
                                 "--workers", "2", "--batch-size", "4"])
    assert result.exit_code == 1, result.output  # the corpus has one unparseable record
    assert "34 read, 32 new, 1 changed, 0 unchanged, 1 failed" in result.stdout
    assert "articles/s" in result.stderr  # plain log lines when not on a terminal
    assert "select source, stage, message from errors" in result.stderr

    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps({"id": "x", "title": "Sak", "text": "NCE Marin fikk 5 millioner kroner."}),
                     encoding="utf-8")
    result = runner.invoke(cli, ["run", str(clean), "--db", str(tmp_path / "kb.db"), "--model", "none",
                                 "--workers", "0", "--quiet"])
    assert result.exit_code == 0 and result.output == ""
    conn = sqlite3.connect(tmp_path / "kb.db")
    assert conn.execute("select count(*) from runs where ended_at is not null").fetchone()[0] == 2


def test_dask_engine_from_the_cli(tmp_path):
    corpus = write_corpus(tmp_path / "c", n=10, html=1)
    result = CliRunner().invoke(cli, ["run", str(corpus), "--db", str(tmp_path / "kb.db"), "--model", "none",
                                      "--engine", "dask", "--workers", "1", "--quiet"])
    assert result.exit_code == 1, result.output
    conn = sqlite3.connect(tmp_path / "kb.db")
    assert conn.execute("select count(*) from articles").fetchone()[0] == 11


def test_usage_errors_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["run", str(tmp_path), "--workers", "-1"])
    assert result.exit_code == 2


def test_progress_bar_and_log(tmp_path):
    corpus = write_corpus(tmp_path / "c", n=5, html=0)
    summary = RunSummary("r")
    out = io.StringIO()
    with Progress([corpus], mode="bar", stream=out) as progress:
        for k in range(3):
            summary.counts["new"] += 1
            progress.update(summary, "x")
    assert "articles/s" in out.getvalue() and "3/" in out.getvalue() and "0 failed" in out.getvalue()

    out = io.StringIO()
    with Progress([corpus], mode="log", stream=out, log_every=0) as progress:
        summary.counts["skipped"] += 1
        progress.update(summary, "x")
    assert out.getvalue().count("[newsfacts] 4") == 1  # one line, not again at the end

    out = io.StringIO()
    with Progress([corpus], mode="quiet", stream=out) as progress:
        progress.update(summary, "x")
    assert out.getvalue() == ""
