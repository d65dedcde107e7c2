"""The CLI's error contract, shared by every command module."""

from __future__ import annotations

import click


class UsageProblem(click.ClickException):
    """A usage error: one line on stderr ("Error: ..."), exit status 2."""

    exit_code = 2
