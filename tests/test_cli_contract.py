"""The CLI's error contract: exit 2 and a one-line message for usage errors, no tracebacks."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from extract.cli import cli


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_dask_engine_without_dask_is_a_usage_error(tmp_path, monkeypatch):
    for name in [m for m in sys.modules if m.split(".")[0] == "distributed"] + ["distributed"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if the `dask` extra were not installed
    monkeypatch.delitem(sys.modules, "extract.batch.dask_engine", raising=False)
    (tmp_path / "a.txt").write_text("NCE Marin fikk 5 millioner kroner.", encoding="utf-8")
    result = _run("run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "kb.db"), "--engine", "dask",
                  "--model", "none")
    assert result.exit_code == 2
    assert "pip install 'newsfacts[dask]'" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "kb.db").exists()


ARTICLE = "NCE Marin fikk 5 millioner kroner fra Innovasjon Norge i juni 2021, sier daglig leder Kari Nordmann."


def _article(tmp_path, name="a.txt", text=ARTICLE):
    path = tmp_path / name
    path.write_text(f"Ny klynge\n\n{text}", encoding="utf-8")
    return path


def _assert_usage_error(result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert len(result.output.strip().splitlines()) == 1, result.output  # one line


def test_heavy_libraries_are_not_imported_for_help():
    import subprocess

    probe = ("import sys, extract.cli; print(sorted(m for m in ('spacy', 'thinc', 'dask', 'distributed', "
             "'sqlite_utils', 'datasette.app', 'rich') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_path_is_a_usage_error(tmp_path):
    for command in ("run", "extract"):
        _assert_usage_error(_run(command, str(tmp_path / "nowhere.html"), "--model", "none"),
                            "Error: no such file or directory")


def test_model_that_cannot_be_loaded_is_a_usage_error(tmp_path):
    source = _article(tmp_path)
    _assert_usage_error(_run("extract", str(source), "--model", str(tmp_path / "no-model")), "cannot load model")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp]\nlang = \"nb\"\npipeline = [\"ner\"]\n", encoding="utf-8")
    _assert_usage_error(_run("run", str(source), "--db", str(tmp_path / "kb.db"), "--model", str(broken)),
                        "cannot load model")
    assert not (tmp_path / "kb.db").exists()


def test_more_workers_than_cores_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.batch.engines.default_workers", lambda: 2)
    source = _article(tmp_path)
    for engine in ("local", "dask"):
        _assert_usage_error(_run("run", str(source), "--db", str(tmp_path / "kb.db"), "--model", "none",
                                 "--workers", "64", "--engine", engine), "--workers 64: at most 2 here")


def test_summary_names_the_first_failures(tmp_path):
    import json

    dump = tmp_path / "dump.jsonl"
    records = [{"id": f"r{i}", "title": "Sak", "text": "" if i % 2 else ARTICLE} for i in range(10)]
    dump.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = _run("run", str(dump), "--db", str(tmp_path / "kb.db"), "--model", "none", "--workers", "0")
    assert result.exit_code == 1
    reasons = [line for line in result.stderr.splitlines() if line.startswith("  failed: ")]
    assert len(reasons) == 3
    assert reasons[0].startswith("  failed: dump.jsonl#2: ")
    assert "All 5 failures: sqlite3" in result.stderr


def test_one_document_run_prints_its_progress_line_once(tmp_path):
    result = _run("run", str(_article(tmp_path)), "--db", str(tmp_path / "kb.db"), "--model", "none",
                  "--workers", "0")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("[newsfacts] 1/1 (100.0%)") == 1
    assert "1 read, 1 new, 0 changed, 0 unchanged, 0 failed" in result.stdout


def test_force_counts_re_extracted_articles_apart_from_changed(tmp_path):
    source = _article(tmp_path)
    db = str(tmp_path / "kb.db")
    assert _run("run", str(source), "--db", db, "--model", "none", "--workers", "0").exit_code == 0
    forced = _run("run", str(source), "--db", db, "--model", "none", "--workers", "0", "--force")
    assert "1 read, 0 new, 0 changed, 1 re-extracted, 0 unchanged, 0 failed" in forced.stdout
    _article(tmp_path, text=ARTICLE + " Klyngen har 40 medlemmer.")
    edited = _run("run", str(source), "--db", db, "--model", "none", "--workers", "0", "--force")
    assert "1 read, 0 new, 1 changed, 0 re-extracted, 0 unchanged, 0 failed" in edited.stdout


def test_eta_starts_with_the_first_result(monkeypatch):
    import io

    from extract import progress as progress_module
    from extract.pipeline import RunSummary
    from extract.progress import Progress

    now = [0.0]
    monkeypatch.setattr(progress_module, "time", SimpleNamespace(monotonic=lambda: now[0]))
    out = io.StringIO()
    progress = Progress([], mode="log", stream=out, log_every=0)  # (not entered: no counting thread)
    progress.total, summary = 12, RunSummary("r")
    now[0], summary.counts["new"] = 30.0, 1  # the first result after 30 s of start-up
    progress.update(summary)
    now[0], summary.counts["new"] = 31.0, 2  # then one article a second
    progress.update(summary)
    lines = out.getvalue().splitlines()
    assert "ETA" not in lines[0]
    assert "1.0 articles/s, ETA 0m10s" in lines[1]  # without start-up; counting it would say 2m35s


def test_no_trained_pipeline_stops_run_and_extract(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.ner.load_ner", lambda *a, **k: None)  # not in a checkout,
    monkeypatch.setattr("extract.annotate.build._installed_pipeline", lambda: None)  # no wheel
    source = _article(tmp_path)
    for command in (["run", str(source), "--db", str(tmp_path / "kb.db")], ["extract", str(source)]):
        _assert_usage_error(_run(*command), "no trained pipeline found")
    assert not (tmp_path / "kb.db").exists()
    assert _run("extract", str(source), "--model", "none").exit_code == 0


def test_extract_prints_a_list_or_json_lines():
    import json
    from pathlib import Path

    corpus = Path(__file__).parents[1] / "corpus"
    one = _run("extract", str(corpus / "text" / "fjordmat-fekk-nei-til-arena.txt"), "--model", "none")
    assert one.exit_code == 0 and isinstance(json.loads(one.stdout), list) and len(json.loads(one.stdout)) == 1
    several = _run("extract", str(corpus / "records" / "klyngenytt.jsonl"), "--model", "none", "--jsonl")
    lines = [json.loads(line) for line in several.stdout.splitlines()]
    assert several.exit_code == 0 and len(lines) > 1
    assert all(set(line) >= {"article", "status_events", "amounts"} for line in lines)
    as_list = json.loads(_run("extract", str(corpus / "records" / "klyngenytt.jsonl"), "--model", "none").stdout)
    assert as_list == lines


@pytest.mark.parametrize("command", [["train"], ["train-backbone"], ["evaluate"]])
def test_training_commands_without_norne_are_usage_errors(tmp_path, command):
    result = CliRunner().invoke(cli, [*command, "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "NorNE not found" in result.output and "--data" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback


# --------------------------------------------------------------------------- one line per expected failure

def _kb(tmp_path):
    db = tmp_path / "kb.db"
    assert _run("run", str(_article(tmp_path)), "--db", str(db), "--model", "none", "--workers", "0").exit_code == 0
    return db


def _assert_one_line_error(result, code: int, message: str) -> None:
    assert result.exit_code == code, result.output
    assert message in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_each_command_reports_an_expected_failure_in_one_line(tmp_path):
    db, reviewers = str(_kb(tmp_path)), str(tmp_path / "reviewers.json")
    a_file = str(_article(tmp_path, "b.txt"))
    cases = [
        (["run", a_file, "--db", str(tmp_path / "b.txt" / "kb.db"), "--model", "none"], "--db: cannot write"),
        (["extract", str(tmp_path / "nowhere"), "--model", "none"], "no such file or directory"),
        (["serve", "--db", str(tmp_path / "none.db")], "no knowledge base at"),
        (["serve", "--db", db, "--reviewers", reviewers], "no reviewers file at"),
        (["export", "--db", a_file], "not an SQLite database"),
        (["export", "--db", db, "--type", "all"], "--type all needs --format json"),
        (["reviewer", "add", "kari nordmann", "--reviewers", reviewers, "--password", "langt-passord-1"],
         "invalid reviewer name"),
        (["reviewer", "add", "kari", "--reviewers", str(Path(a_file) / "r.json"), "--password", "langt-passord-1"],
         "cannot write"),
        (["reviewer", "remove", "per", "--reviewers", reviewers], "no reviewer 'per'"),
        (["evaluate", "--write-meta", "--split", "dev"], "--write-meta needs all splits"),
        (["evaluate", "--model", str(tmp_path / "no-model")], "Directory"),
        (["train-backbone", "--ner-model", str(tmp_path / "no-model")], "does not exist"),
        (["train", "--vectors", str(tmp_path / "no-model")], "does not exist"),
    ]
    for args, message in cases:
        _assert_one_line_error(_run(*args), 2, message)


def test_reviewer_add_reports_a_refused_password_in_one_line(tmp_path):
    result = _run("reviewer", "add", "kari", "--reviewers", str(tmp_path / "r.json"), "--password", "x")
    _assert_one_line_error(result, 2, "Error: the password needs at least 10 characters")
    assert not (tmp_path / "r.json").exists()


def test_a_broken_reviewers_file_is_one_line_for_every_reviewer_command(tmp_path):
    broken = tmp_path / "r.json"
    broken.write_text("{not json", encoding="utf-8")
    for args in (["add", "kari", "--password", "langt-passord-1"], ["remove", "kari"], ["list"]):
        _assert_one_line_error(_run("reviewer", *args, "--reviewers", str(broken)), 2, "is not valid JSON")


def test_reviewer_list_prints_the_names(tmp_path):
    path = str(tmp_path / "r.json")
    assert _run("reviewer", "add", "kari", "--reviewers", path, "--password", "langt-passord-1").exit_code == 0
    listed = _run("reviewer", "list", "--reviewers", path)
    assert listed.exit_code == 0 and listed.output == "kari\n"


def test_extract_takes_a_directory(tmp_path):
    import json

    _article(tmp_path, "a.txt")
    _article(tmp_path, "b.txt", text="Klyngen GCE Havvind mistet statusen i 2020.")
    result = _run("extract", str(tmp_path), "--model", "none", "--jsonl")
    assert result.exit_code == 0, result.output
    assert sorted(Path(json.loads(line)["article"]["source"]).name for line in result.stdout.splitlines()) == [
        "a.txt", "b.txt"]


def test_ctrl_c_in_any_command_exits_4_in_one_line(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("extract.serve.commands.fact_rows", interrupted)
    result = _run("export", "--db", str(_kb(tmp_path)))
    assert result.exit_code == 4 and result.output == "Interrupted: stopped before the end; run the command again\n"
    at_prompt = _run("reviewer", "add", "kari", "--reviewers", str(tmp_path / "r.json"))  # no password typed
    assert at_prompt.exit_code == 4 and at_prompt.output.endswith("Interrupted: stopped before the end; run the "
                                                                  "command again\n")
    assert not (tmp_path / "r.json").exists()


# --------------------------------------------------------------------------- signals, servers, schedulers

NEWSFACTS = [sys.executable, "-c", "from extract.cli import cli; cli()"]


def _stored(db) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def _unfinished_runs(db) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM runs WHERE ended_at IS NULL").fetchone()[0]
    finally:
        conn.close()


# `newsfacts run` with each batch taking 50 ms longer, so that it is still running when the test stops it
SLOW_RUN = [sys.executable, "-c", "import time; from extract.batch.work import Extractor; "
            "process = Extractor.process; "
            "Extractor.process = lambda self, raws: (time.sleep(0.05), process(self, raws))[1]; "
            "from extract.cli import cli; cli()"]


def _interruptible() -> None:
    """Ctrl-C's default action in the child, whatever the test process ignores (an ignored
    signal is inherited across exec)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("workers", ["0", "2"])
def test_ctrl_c_during_run_exits_4_and_a_rerun_resumes(tmp_path, workers):
    import json
    import signal
    import subprocess
    import time

    dump, db = tmp_path / "dump.jsonl", tmp_path / "kb.db"
    dump.write_text("\n".join(json.dumps({"id": f"s{i}", "title": f"Sak {i}", "text": f"{ARTICLE} Sak nummer {i}."})
                              for i in range(400)), encoding="utf-8")
    arguments = ["run", str(dump), "--db", str(db), "--model", "none", "--workers", workers, "--batch-size", "2"]
    process = subprocess.Popen([*SLOW_RUN, *arguments, "--quiet"], stderr=subprocess.PIPE, text=True,
                               preexec_fn=_interruptible)
    deadline = time.monotonic() + 120
    while _stored(db) < 10 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 4, stderr
    assert stderr == (f"Interrupted: every article stored so far is complete in {db}; run the same command "
                      "again to resume (stored articles are skipped)\n")
    stored = _stored(db)
    assert 10 <= stored < 400  # stopped part way
    again = subprocess.run([*NEWSFACTS, *arguments], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"400 read, {400 - stored} new, 0 changed, {stored} unchanged, 0 failed" in again.stdout
    assert _stored(db) == 400


@pytest.mark.parametrize("listening", [False, True], ids=["nothing-listens", "silent-server"])
def test_unreachable_scheduler_exits_5_fast_in_one_line_and_records_no_run(tmp_path, listening):
    import socket
    import subprocess
    import time

    db = _kb(tmp_path)
    with socket.socket() as server:  # a loopback port: closed, or listening but never answering
        server.bind(("127.0.0.1", 0))
        port = server.getsockname()[1]
        if not listening:
            server.close()
        else:
            server.listen()
        started = time.monotonic()
        result = subprocess.run([*NEWSFACTS, "run", str(_article(tmp_path)), "--db", str(db), "--model", "none",
                                 "--scheduler", f"tcp://127.0.0.1:{port}"], capture_output=True, text=True,
                                timeout=60)
        took = time.monotonic() - started
    assert result.returncode == 5, result.stderr
    assert result.stderr.startswith(f"Error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}: ")
    assert ("no answer within 5 s" if listening else "Connection refused") in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""
    assert took < 10, took
    assert _unfinished_runs(db) == 0


def test_serve_on_a_port_in_use_exits_5_in_one_line(tmp_path):
    import socket

    db = _kb(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("serve", "--db", str(db), "--port", str(port))
    _assert_one_line_error(result, 5, f"cannot listen on 127.0.0.1:{port}: Address already in use")


def test_serve_serves_and_stops_on_ctrl_c_with_exit_0(tmp_path):
    import http.client
    import signal
    import subprocess
    import time

    db = _kb(tmp_path)
    process = subprocess.Popen([*NEWSFACTS, "serve", "--db", str(db), "--port", "0",
                                "--reviewers", str(_reviewers(tmp_path))], stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        address = re.search(r"on http://127\.0\.0\.1:(\d+)/", line)
        assert address, line
        deadline = time.monotonic() + 60
        while True:
            try:  # the home page, on the loopback port the server printed
                connection = http.client.HTTPConnection("127.0.0.1", int(address.group(1)), timeout=5)
                connection.request("GET", "/")
                assert connection.getresponse().status == 200
                connection.close()
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0


def _reviewers(tmp_path):
    path = tmp_path / "reviewers.json"
    assert _run("reviewer", "add", "kari", "--reviewers", str(path), "--password", "langt-passord-1").exit_code == 0
    return path


def test_clicks_usage_errors_are_one_line_too():
    cases = [(["nosuch"], "Error: No such command 'nosuch' (see 'cli --help')"),
             (["run"], "Error: Missing argument 'PATHS...' (see 'cli run --help')"),
             (["export", "--type", "nope"], "Error: Invalid value for '--type': 'nope' is not one of"),
             (["reviewer", "add"], "Error: Missing argument 'NAME' (see 'cli reviewer add --help')")]
    for args, message in cases:
        _assert_one_line_error(_run(*args), 2, message)
    assert _run().exit_code == 2 and "Exit status" in _run().output  # no arguments: the help, as before
