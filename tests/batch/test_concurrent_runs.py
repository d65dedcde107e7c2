"""One writer per knowledge base (issue 33, item 5): a second `run` on a KB another run is
writing is refused in one line with exit status 2; the KB passes PRAGMA integrity_check,
every `runs` row ends, and it matches an uninterrupted run. Also the read-side lows of
item 7: a read-only or damaged KB is one line and exit 2, not a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import sqlite_utils
from click.testing import CliRunner

from extract.cli import cli
from extract.pipeline import run

from .corpus import write_corpus
from .kbdump import assert_same, dump

REPO = Path(__file__).resolve().parents[2]


def _cli_run(corpus: Path, db: Path) -> subprocess.CompletedProcess:
    """`newsfacts run` in its own process, as a second user would start it."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", "from extract.cli import cli; cli()", "run", str(corpus),
                           "--db", str(db), "--model", "none", "--workers", "0", "--quiet"],
                          capture_output=True, text=True, env=env, timeout=300)


def test_a_second_run_on_a_kb_being_written_is_refused_in_one_line(tmp_path, rules_nlp):
    corpus = write_corpus(tmp_path / "corpus", n=40)
    reference = tmp_path / "ref.db"
    run([corpus], reference, nlp=rules_nlp, workers=0)

    db = tmp_path / "kb.db"
    writing, second_done = threading.Event(), threading.Event()

    def pause_once(summary, source):  # the first run stops half way until the second has tried
        if not writing.is_set():
            writing.set()
            second_done.wait(300)

    first = threading.Thread(target=run, args=([corpus], db), kwargs={"nlp": rules_nlp, "workers": 0,
                                                                      "on_progress": pause_once})
    first.start()
    try:
        assert writing.wait(120)
        second = _cli_run(corpus, db)  # before: "database is locked" failures, or both writing at once
    finally:
        second_done.set()
        first.join(300)
    assert second.returncode == 2, second.stderr
    assert second.stderr.strip().splitlines() == [
        f"Error: another run is writing this knowledge base ({db}); try again when it has finished"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("SELECT count(*), count(ended_at) FROM runs").fetchone() == (1, 1)
    conn.close()
    assert_same(dump(db), dump(reference))


def _kb(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "sak.jsonl"
    path.write_text('{"id": "a", "title": "Sak", "text": "NCE Marin fikk 5 millioner kroner."}\n', encoding="utf-8")
    db = tmp_path / "kb.db"
    assert CliRunner().invoke(cli, ["run", str(path), "--db", str(db), "--model", "none", "-w", "0", "-q"]).exit_code == 0
    return path, db


def test_a_damaged_kb_is_one_line_and_exit_2(tmp_path):
    path, db = _kb(tmp_path)
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
    with db.open("r+b") as f:  # pages 4 to 7 overwritten: "database disk image is malformed"
        f.seek(3 * 4096)
        f.write(b"\xff" * 4 * 4096)
    result = CliRunner().invoke(cli, ["run", str(path), "--db", str(db), "--model", "none", "-w", "0", "-q", "--force"])
    assert result.exit_code == 2, result.exception  # before: a traceback (DatabaseError)
    assert result.output.strip().splitlines() == [f"Error: --db: {db} is damaged (database disk image is malformed)"]


def test_a_kb_sqlite_cannot_write_is_one_line_and_exit_2(tmp_path, monkeypatch):
    path, db = _kb(tmp_path)
    opened = sqlite_utils.Database.__init__

    def read_only(self, filename, **kwargs):  # (tests run as root, for whom chmod is no bar)
        opened(self, sqlite3.connect(f"file:{filename}?mode=ro", uri=True), **kwargs)

    monkeypatch.setattr(sqlite_utils.Database, "__init__", read_only)
    result = CliRunner().invoke(cli, ["run", str(path), "--db", str(db), "--model", "none", "-w", "0", "-q", "--force"])
    assert result.exit_code == 2, result.exception  # before: a traceback ("attempt to write a readonly database")
    assert result.output.strip().splitlines() == [
        f"Error: --db: {db} is read-only (the file or its directory cannot be written)"]


def test_forked_workers_do_not_keep_the_lock(tmp_path):
    """A run killed with -9 leaves workers dying a moment later; they hold no copy of the lock."""
    from extract.store.lock import KnowledgeBaseBusy, writing

    db = tmp_path / "kb.db"
    started, ready = os.pipe()
    with writing(db):
        pid = os.fork()
        if pid == 0:  # a worker: outlives its parent's lock for a moment
            os.write(ready, b"x")  # (its at-fork handlers have run)
            time.sleep(3)
            os._exit(0)
        os.read(started, 1)
        os.close(started)
        os.close(ready)
    try:
        with writing(db):  # the parent let go; the child (still alive) must not hold it
            held = True
    except KnowledgeBaseBusy:
        held = False
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    assert held
