"""The CLI's contract, shared by every command module: one table of exit statuses, and
the one-line errors ("Error: ...", no traceback) that end a command with them."""

from __future__ import annotations

from enum import IntEnum

import click


class ExitCode(IntEnum):
    """The exit status of every ``newsfacts`` command."""

    OK = 0
    FAILED = 1
    USAGE = 2
    DISK_FULL = 3
    INTERRUPTED = 4
    CANNOT_START = 5


EXIT_CODE_MEANINGS = {
    ExitCode.OK: "ok",
    ExitCode.FAILED: "some articles failed (listed in the `errors` table; the rest are stored)",
    ExitCode.USAGE: "usage error (a bad option, a missing file, an unusable --db or model)",
    ExitCode.DISK_FULL: "disk full (the articles stored before it are complete)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C): a re-run resumes",
    ExitCode.CANNOT_START: "cannot start a server or reach a Dask scheduler",
}


def exit_codes_table() -> str:
    """The exit-status table as ``--help`` and the README show it."""
    rows = [f"  {int(code)}  {meaning}" for code, meaning in EXIT_CODE_MEANINGS.items()]
    return "\n".join(["Exit status (the same for every newsfacts command):", *rows])


def add_exit_codes_to_help(command: click.Command) -> None:
    """Show the exit-status table at the end of ``--help`` of ``command`` and its subcommands."""
    command.epilog = "\b\n" + exit_codes_table()  # \b: click keeps the lines as they are
    for sub in getattr(command, "commands", {}).values():
        add_exit_codes_to_help(sub)


class UsageProblem(click.ClickException):
    """A usage error: one line on stderr ("Error: ..."), exit status 2."""

    exit_code = ExitCode.USAGE


class DiskFullProblem(click.ClickException):
    """The disk filled up: one line on stderr, exit status 3."""

    exit_code = ExitCode.DISK_FULL


class Interrupted(click.ClickException):
    """Ctrl-C: one line on stderr saying how to go on, exit status 4."""

    exit_code = ExitCode.INTERRUPTED

    def show(self, file=None) -> None:  # noqa: D102 — the message without "Error: "
        click.echo(f"Interrupted: {self.format_message()}", err=True)


class CannotStart(click.ClickException):
    """A server cannot listen or a scheduler cannot be reached: one line, exit status 5."""

    exit_code = ExitCode.CANNOT_START
