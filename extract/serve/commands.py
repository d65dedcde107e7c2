"""Click commands for serving and exporting the KB: ``serve``, ``export``, ``reviewer``.

The ``newsfacts`` group in extract.cli registers them with ``cli.add_command(...)``.
"""

from __future__ import annotations

import csv
import errno
import json
import socket
import sqlite3
from pathlib import Path

import click

from ..errors import CannotStart, UsageProblem
from ..store import DEFAULT_DB
from ..store.reading import FACT_TYPES, fact_rows, reviewed_facts, typed_rows
from .reviewers import (REVIEWERS_ENV, ReviewersFileError, UnsafeSecretFile, add_reviewer, load_reviewers,
                        remove_reviewer, reviewers_path, signing_secret)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet reads such a CSV cell as a formula

db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True,
    type=click.Path(dir_okay=False, path_type=Path), help="Knowledge-base SQLite file.",
)

reviewers_option = click.option(
    "--reviewers", "reviewers_file", type=click.Path(dir_okay=False, path_type=Path),
    envvar=REVIEWERS_ENV, show_envvar=True,
    help="Reviewers file (JSON name -> password hash). [default: output/reviewers.json]",
)


def existing_db(db_path: Path) -> Path:
    """``db_path`` if it exists and is a newsfacts knowledge base (brought up to date with
    this version's views), else a one-line click error (a file that is not one is a usage
    error, exit 2)."""
    from ..store import NotAKnowledgeBase, bring_up_to_date, check_knowledge_base

    if not db_path.is_file():
        raise UsageProblem(f"no knowledge base at {db_path} (run the pipeline first, or pass --db)")
    try:
        check_knowledge_base(db_path)
    except NotAKnowledgeBase as exc:
        raise UsageProblem(f"--db: {exc}") from None
    if bring_up_to_date(db_path):
        click.echo(f"{db_path}: written by an older newsfacts; its articles are now in stories.", err=True)
    return db_path


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` and listening, or CannotStart (one line, exit 5)
    if the port is taken, not ours to use, or the host does not resolve."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise CannotStart(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restarts at once
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        hint = " (another server is using it: pass --port)" if exc.errno == errno.EADDRINUSE else ""
        raise CannotStart(f"cannot listen on {host}:{port}: {exc.strerror or exc}{hint}") from None
    return sock


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@reviewers_option
@click.option("--anonymous-sql", is_flag=True,
              help="Let visitors who are not signed in run arbitrary SQL (default: reviewers only; "
                   "canned queries and table pages are open to all).")
def serve(db_path: Path, host: str, port: int, reviewers_file: Path | None, anonymous_sql: bool) -> None:
    """Browse the knowledge base in Datasette; signed-in reviewers record verdicts.
    Ctrl-C stops the server (exit status 0)."""
    import uvicorn

    from .app import make_datasette

    db_path = existing_db(db_path)
    if reviewers_file and not reviewers_file.is_file():
        raise UsageProblem(f"no reviewers file at {reviewers_file} (see `newsfacts reviewer add`)")
    reviewers_file = reviewers_path(reviewers_file)
    try:
        reviewers = load_reviewers(reviewers_file)
        secret = signing_secret(reviewers_file)
    except (ReviewersFileError, UnsafeSecretFile) as e:
        raise UsageProblem(str(e)) from None
    sock = listening_socket(host, port)
    ds = make_datasette(db_path, reviewers=reviewers_file, anonymous_sql=anonymous_sql, secret=secret)
    if not reviewers:
        click.echo("No reviewers configured: browsing only (add one with `newsfacts reviewer add NAME`).", err=True)
    url_host = f"[{host}]" if ":" in host else host
    click.echo(f"Serving {db_path} on http://{url_host}:{sock.getsockname()[1]}/ (Ctrl-C stops it)", err=True)
    server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="info"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shuts down on Ctrl-C, then raises it again: the normal stop
        pass
    except SystemExit as exc:  # uvicorn's start-up failure (its application did not start)
        raise CannotStart(f"the server did not start (uvicorn exit status {exc.code})") from None
    finally:
        sock.close()


@click.command()
@db_option
@click.option("--type", "fact_type", type=click.Choice(["facts", *FACT_TYPES, "all"]), default="facts",
              show_default=True,
              help="facts: one summary line per fact (the `facts` view); a fact table: its structured "
                   "columns; all: every fact table (JSON only).")
@click.option("--reviewed-only", is_flag=True, help="Only facts with a verdict.")
@click.option("--raw", is_flag=True,
              help="The facts as extracted, rejected ones too, with their review state and correction (JSON), "
                   "instead of as reviewed (corrected values, rejected facts left out).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Output file. [default: stdout]")
def export(db_path: Path, fact_type: str, reviewed_only: bool, raw: bool, fmt: str, output) -> None:
    """Export facts as reviewed (corrected values, rejected facts left out; each with its
    review state and latest verdict) as CSV or JSON: the `facts` view, or each fact type's
    own columns (--type), dates as ISO values with their granularity column."""
    if fact_type == "all" and fmt == "csv":
        raise UsageProblem("--type all needs --format json (CSV: one --type at a time)")
    db_path = existing_db(db_path)
    if fact_type == "all":
        json.dump(reviewed_facts(db_path, reviewed_only, raw), output, ensure_ascii=False, indent=2)
        output.write("\n")
        return
    columns, rows = (fact_rows(db_path, reviewed_only, raw) if fact_type == "facts"
                     else typed_rows(db_path, fact_type, reviewed_only, raw))
    if fmt == "json":
        json.dump([dict(zip(columns, row)) for row in rows], output, ensure_ascii=False, indent=2)
        output.write("\n")
    else:
        writer = csv.writer(output)
        writer.writerow(columns)
        writer.writerows([csv_cell(value) for value in row] for row in rows)


def csv_cell(value):
    """``value`` as a CSV cell a spreadsheet shows as text: one that would start a formula
    (=, +, -, @, tab, CR) gets a leading apostrophe; numbers stay numbers."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


@click.group()
def reviewer() -> None:
    """Manage the reviewers who may record verdicts."""


@reviewer.command("add")
@click.argument("name")
@reviewers_option
@click.password_option(help="Password (prompted for, with confirmation, if not given).")
def reviewer_add(name: str, reviewers_file: Path | None, password: str) -> None:
    """Add reviewer NAME (or set a new password); stores only a password hash."""
    path = reviewers_path(reviewers_file)
    try:
        add_reviewer(path, name, password)
    except ValueError as e:  # an invalid name or password: one line, exit 2
        raise UsageProblem(str(e)) from None
    except OSError as e:
        raise UsageProblem(f"cannot write {path}: {e.strerror or e}") from None
    click.echo(f"Reviewer {name} saved in {path} (a running `newsfacts serve` picks it up).")


@reviewer.command("remove")
@click.argument("name")
@reviewers_option
def reviewer_remove(name: str, reviewers_file: Path | None) -> None:
    """Remove reviewer NAME; a running `newsfacts serve` ends their sessions."""
    path = reviewers_path(reviewers_file)
    try:
        removed = remove_reviewer(path, name)
    except ReviewersFileError as e:
        raise UsageProblem(str(e)) from None
    except OSError as e:
        raise UsageProblem(f"cannot write {path}: {e.strerror or e}") from None
    if not removed:
        raise UsageProblem(f"no reviewer {name!r} in {path}")
    click.echo(f"Reviewer {name} removed from {path}.")


@reviewer.command("list")
@reviewers_option
def reviewer_list(reviewers_file: Path | None) -> None:
    """List reviewer names."""
    try:
        names = sorted(load_reviewers(reviewers_path(reviewers_file)))
    except ReviewersFileError as e:
        raise UsageProblem(str(e)) from None
    for name in names:
        click.echo(name)
