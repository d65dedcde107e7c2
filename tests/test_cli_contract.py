"""The CLI's error contract: exit 2 and a one-line message for usage errors, no tracebacks."""

from __future__ import annotations

import sys

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
