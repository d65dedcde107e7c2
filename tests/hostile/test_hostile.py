"""The hostile corpus through the whole `newsfacts run`: every file gives recorded errors
or sane articles; no crash, no hang, nothing written outside the output."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .build import build

NEWSFACTS = [sys.executable, "-c", "from extract.cli import cli; cli()"]
ESCAPES = [Path("/tmp/escape-abs.html"), Path("/etc/escape-abs.txt"), Path("/escape-tar.html")]


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "deep" / "er" / "hostile"  # ../ from a member would land in base/deep/...
    expect = build(corpus)
    work = corpus.parent / "work"
    work.mkdir()
    before = _tree(base)
    started = time.time()
    done = subprocess.run([*NEWSFACTS, "run", str(corpus), "--db", "out/kb.db", "--model", "none",
                           "--workers", "2", "--timeout", "30"],
                          cwd=work, capture_output=True, text=True, timeout=150)
    after = _tree(base)
    conn = sqlite3.connect(work / "out" / "kb.db")
    return {"done": done, "expect": expect, "conn": conn, "new_files": after - before, "started": started}


def test_no_crash_and_failures_reported(hostile_run):
    done = hostile_run["done"]
    assert done.returncode == 1, done.stderr[-3000:]  # 1 = some documents failed
    assert "Traceback" not in done.stderr
    assert "failed ->" in done.stdout


def test_every_file_is_an_error_or_a_sane_article(hostile_run):
    conn = hostile_run["conn"]
    errors = [r[0] for r in conn.execute("select source from errors")]
    articles = [r[0] for r in conn.execute("select source from articles")]
    for name, expectation in hostile_run["expect"].items():
        prefix = f"hostile/{name}"
        has_error = any(s == prefix or s.startswith(prefix + "!") or s.startswith(prefix + "#") for s in errors)
        has_article = any(s == prefix or s.startswith(prefix + "!") or s.startswith(prefix + "#") for s in articles)
        if expectation == "error":
            assert has_error and not has_article, name
        elif expectation == "article":
            assert has_article, name
        elif expectation == "no article":
            assert not has_article, name
        else:
            assert has_error or has_article, name
    for stage, in conn.execute("select distinct stage from errors"):
        assert stage in ("read", "parse", "annotate", "facts", "store")


def test_sane_articles(hostile_run):
    conn = hostile_run["conn"]
    huge = conn.execute("select title, length(text) from articles where source = 'hostile/huge.txt'").fetchone()
    assert huge[0] == "Et enormt dokument" and 1000 < huge[1] <= 200_000  # cut to the body budget
    good = conn.execute("select title from articles where id = 'god'").fetchone()
    assert good == ("God sak",)
    # a sane article has facts from the rules
    assert conn.execute("select count(*) from amounts a join articles r on r.id = a.article_id "
                        "where r.source = 'hostile/invalid-utf8.txt'").fetchone()[0] >= 1
    for (text,) in conn.execute("select text from articles"):
        assert "\x00" not in text


def test_nothing_written_outside_the_output(hostile_run):
    new = hostile_run["new_files"]
    assert all(p.startswith(os.path.join("deep", "er", "work", "out")) for p in new), new
    for path in ESCAPES:
        assert not path.exists() or path.stat().st_mtime < hostile_run["started"], path
