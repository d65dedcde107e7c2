"""The CLI's help: one exit-status table in every command's --help, and the README's
command list is what `newsfacts --help` prints (and names only options that exist)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

from extract.cli import cli


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def _commands(group=cli, path=()):
    """(words after `newsfacts`, command) for the group and every command under it."""
    yield path, group
    for name, command in getattr(group, "commands", {}).items():
        yield from _commands(command, (*path, name))


def test_every_commands_help_ends_with_the_one_exit_status_table():
    from extract.errors import EXIT_CODE_MEANINGS, exit_codes_table

    assert [int(code) for code in EXIT_CODE_MEANINGS] == [0, 1, 2, 3, 4, 5]
    table = exit_codes_table()
    assert "4  interrupted (Ctrl-C): a re-run resumes" in table
    assert "5  cannot start a server or reach a Dask scheduler" in table
    names = []
    for path, _ in _commands():
        result = _run(*path, "--help")
        assert result.exit_code == 0, (path, result.output)
        assert "\n".join(f"  {line}" for line in table.splitlines()) in result.output, path
        assert max(len(line) for line in result.output.splitlines()) <= 80, path
        names.append(" ".join(path))
    assert {"run", "extract", "serve", "export", "reviewer add", "train", "train-backbone", "evaluate"} <= set(names)


README = Path(__file__).parents[1] / "README.md"


def test_readme_command_list_is_the_help_output():
    import os
    import subprocess

    readme = README.read_text(encoding="utf-8")
    block = readme.split("$ .venv/bin/newsfacts --help\n", 1)[1].split("```", 1)[0]
    printed = subprocess.run([sys.executable, "-c", "from extract.cli import cli; cli(prog_name='newsfacts')",
                              "--help"], capture_output=True, text=True, check=True,
                             env={**os.environ, "COLUMNS": "80"})  # as a terminal of 80 columns or more shows it
    assert block == printed.stdout
    listed = set(re.findall(r"^- `newsfacts ([a-z-]+)", readme, flags=re.M))
    listed |= set(re.findall(r" / `newsfacts ([a-z-]+)", readme))
    assert listed == set(cli.commands)  # every command, none that does not exist


def test_readme_options_of_each_command_exist():
    readme = README.read_text(encoding="utf-8")
    for name, synopsis in re.findall(r"^- `newsfacts ([a-z-]+)([^`]*)`", readme, flags=re.M):
        options = {opt for param in cli.commands[name].params for opt in param.opts}
        assert set(re.findall(r"--[a-z-]+", synopsis)) <= options, name


def test_readme_quotes_the_shipped_models_version(nlp):
    from extract.annotate.build import model_version

    quoted = set(re.findall(r"nb_newsfacts-\d+\.\d+\.\d+\+[0-9a-f]{8}", README.read_text(encoding="utf-8")))
    assert quoted == {model_version(nlp)}
