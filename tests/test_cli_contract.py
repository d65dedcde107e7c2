"""The CLI's error contract: exit 2 and a one-line message for usage errors, no tracebacks."""

from __future__ import annotations

import sys
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
