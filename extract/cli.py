"""The `newsfacts` command line."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import CannotStart, DiskFullProblem, ExitCode, Interrupted, UsageProblem, add_exit_codes_to_help
from .backbone.commands import evaluate, train_backbone
from .ner.commands import train
from .serve.commands import export, reviewer, serve
from .store import DEFAULT_DB

# Only what `newsfacts --help` needs is imported here: spaCy, Dask, Datasette and
# sqlite-utils are imported inside the commands that use them.

FAILURES_SHOWN = 3  # failure reasons printed after a run


class NewsfactsGroup(click.Group):
    """The `newsfacts` group: Ctrl-C in any command exits with ExitCode.INTERRUPTED and one
    line (click's own handling prints "Aborted!" and exits 1, the status of failed articles),
    and click's usage errors are one line too (click adds the usage and a blank line)."""

    def make_context(self, *args, **kwargs) -> click.Context:  # noqa: D102
        with _one_line_usage_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context):  # noqa: D102
        try:
            with _one_line_usage_errors():
                return super().invoke(ctx)
        except (KeyboardInterrupt, click.Abort):  # Abort: Ctrl-C (or end of input) at a prompt
            raise Interrupted("stopped before the end; run the command again") from None


@contextmanager
def _one_line_usage_errors():
    """Click's usage errors (a missing argument, an unknown option ...) as UsageProblem:
    "Error: ... (see 'newsfacts run --help')". Help asked for by no arguments stays help."""
    try:
        yield
    except click.exceptions.NoArgsIsHelpError:
        raise
    except click.UsageError as exc:
        where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
        raise UsageProblem(f"{exc.format_message().rstrip('.')}{where}") from None


@click.group(cls=NewsfactsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsfacts")
def cli() -> None:
    """Turn dumps of Norwegian news articles into a SQLite knowledge base of facts.

    \b
    Typical use:
      newsfacts run corpus/            # build output/newsfacts.db
      newsfacts serve                  # browse it in Datasette
      newsfacts extract article.html   # one article's facts as JSON
    """


def _model_option(f):
    return click.option(
        "--model", default="default", show_default=True,
        help="Path to a trained pipeline; 'default': the shipped one (the installed nb_newsfacts "
             "package, or models/ in a checkout); 'none': rules only.",
    )(f)


def _build_nlp(model: str):
    from .annotate.build import build_nlp, default_model_missing

    try:
        nlp = build_nlp(None if model == "none" else model)
    except Exception as exc:  # noqa: BLE001 — whatever spaCy raises, one line and exit 2
        reason = " ".join(str(exc).split())[:300]
        raise UsageProblem(f"cannot load model {model!r}: {type(exc).__name__}: {reason}") from None
    if default_model_missing(model, nlp):
        raise UsageProblem("no trained pipeline found: install the nb_newsfacts wheel (`make wheels` builds "
                           "it), pass --model PATH, or --model none for rules only")
    return nlp


def _check_paths(paths: tuple[str, ...]) -> None:
    for path in paths:
        p = Path(path)
        if not p.exists():
            raise UsageProblem(f"no such file or directory: {path}")
        if p.is_file() and not _readable(p):
            raise UsageProblem(f"cannot read {path}: permission denied")


def _check_db(db_path: str) -> None:
    """A usage error unless --db is a writable newsfacts KB, an empty file or a new path in a
    directory this process may write (or create)."""
    import os

    from .store import NotAKnowledgeBase, check_knowledge_base
    from .store.lock import read_only

    if read_only(db_path):
        raise UsageProblem(f"--db: {db_path} is read-only (the file or its directory cannot be written)")
    try:
        check_knowledge_base(db_path)
    except NotAKnowledgeBase as exc:
        raise UsageProblem(f"--db: {exc}") from None
    directory = Path(db_path).absolute().parent
    while not directory.exists():
        directory = directory.parent
    if not directory.is_dir() or not os.access(directory, os.W_OK | os.X_OK):
        raise UsageProblem(f"--db: cannot write {db_path}: no write permission in {directory}")


def _check_workers(workers: int | None, scheduler: str | None) -> None:
    """More worker processes than cores only compete for them, each with its own pipeline
    in memory: a usage error (a scheduler's cluster has the workers it has)."""
    from .batch.engines import default_workers

    cores = default_workers()
    if workers and not scheduler and workers > cores:
        raise UsageProblem(f"--workers {workers}: at most {cores} here (the cores this process may use); "
                           "each worker loads its own pipeline")


def _dask_engine(scheduler: str | None, workers: int | None, timeout: float | None):
    """A Dask engine connected to ``scheduler`` (or its own LocalCluster), before the run is
    recorded in the knowledge base: a usage error without Dask, ExitCode.CANNOT_START if the
    scheduler cannot be reached."""
    try:
        from .batch.dask_engine import DaskEngine, SchedulerUnreachable
    except ImportError as exc:  # DaskMissing: the `dask` extra is not installed
        raise UsageProblem(str(exc)) from None
    engine = DaskEngine(scheduler=scheduler, workers=workers, timeout=timeout)
    try:
        engine.connect()
    except SchedulerUnreachable as exc:
        raise CannotStart(str(exc)) from None
    return engine


def _parse_columns(value: str) -> tuple[tuple[str, str], ...]:
    """ "title=overskrift,text=brødtekst" as (key, column name) pairs; a usage error for an
    unknown key or a pair without "="."""
    from .read.records import field_aliases

    keys = set(field_aliases().values())
    pairs = []
    for item in filter(None, (part.strip() for part in value.split(","))):
        key, equals, name = item.partition("=")
        if not equals or not name.strip() or key.strip() not in keys:
            raise click.BadParameter(f"{item!r}: expected KEY=NAME with KEY one of {', '.join(sorted(keys))}")
        pairs.append((key.strip(), name.strip()))
    return tuple(pairs)


def _readable(path: Path) -> bool:
    try:
        with path.open("rb"):
            return True
    except OSError:
        return False


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", "db_path", default=str(DEFAULT_DB), show_default=True, type=click.Path(dir_okay=False),
              help="Knowledge base to create or update.")
@click.option("--force", is_flag=True, help="Re-extract articles even if they are unchanged.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output and no summary.")
@click.option("--workers", "-w", type=click.IntRange(min=0), default=None,
              help="Worker processes (local engine; default: all cores) or Dask workers to start "
                   "(dask engine without --scheduler). 0 = everything in this process.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: worker processes on this machine, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (e.g. tcp://10.0.0.5:8786; implies --engine dask); without "
                   "it --engine dask starts a LocalCluster.")
@click.option("--timeout", type=click.FloatRange(min=0), default=None,
              help="Seconds one document may take, read, parse and annotate together, before it is recorded "
                   "as failed (in every engine; 0 = no limit).  [default: 120]")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Documents per batch sent to a worker (one nlp.pipe call).")
@click.option("--follow-links", is_flag=True,
              help="Read symbolic links to files inside PATHS (default: links are skipped and recorded).")
@click.option("--columns", metavar="KEY=NAME,...", default="", callback=lambda _c, _p, v: _parse_columns(v),
              help="The fields of CSV/JSON dumps, e.g. title=overskrift,text=brødtekst,published=dato "
                   "(keys: id, url, title, lead, text, html, published, updated, authors, language, "
                   "outlet). Common English and Norwegian names are known without it.")
@_model_option
def run(paths: tuple[str, ...], db_path: str, force: bool, quiet: bool, workers: int | None, engine: str,
        scheduler: str | None, timeout: float | None, batch_size: int, follow_links: bool,
        columns: tuple[tuple[str, str], ...], model: str) -> None:
    """Extract facts from every article under PATHS into the knowledge base.

    PATHS are files or directories of .html/.htm, .txt, .jsonl, .json, .csv or
    .warc(.gz) files, also inside .gz, .zip and .tar(.gz) archives. Articles that
    cannot be read, parsed or annotated (or take longer than --timeout) are
    recorded in the `errors` table and skipped; the run goes on.

    An article's language (nb Bokmål, nn Nynorsk, en English) is the one a dump's
    `language` field states ("nb", "nynorsk", "engelsk" ...), else told from its
    function words, else by the page's lang attribute (docs/metadata.md).

    Unchanged articles (same content hash, same pipeline version) are skipped
    unless --force. A run that is killed or interrupted can simply be started
    again: it resumes. A second run on a --db another run is writing, or on a
    read-only or damaged --db, is a usage error. After failures the first
    reasons are printed.
    """
    try:
        summary = _extract_all(paths, db_path, quiet=quiet, workers=workers, engine=engine, scheduler=scheduler,
                               timeout=timeout, model=model, force=force, batch_size=batch_size,
                               follow_links=follow_links, columns=columns)
    except KeyboardInterrupt:
        raise Interrupted(f"every article stored so far is complete in {db_path}; run the same command "
                          "again to resume (stored articles are skipped)") from None
    if not quiet:
        _report(summary, db_path, force)
    sys.exit(ExitCode.FAILED if summary.counts["failed"] else ExitCode.OK)


def _extract_all(paths: tuple[str, ...], db_path: str, *, quiet: bool, workers: int | None, engine: str,
                 scheduler: str | None, timeout: float | None, model: str, **options):
    """Check the arguments, then run the pipeline (``options``: the pipeline's own); a full
    disk ends it with ExitCode.DISK_FULL, a --db SQLite cannot open with ExitCode.USAGE."""
    from .pipeline import run as run_pipeline
    from .progress import Progress
    from .store import is_disk_full, unusable_reason
    from .store.lock import KnowledgeBaseBusy

    _check_paths(paths)
    _check_db(db_path)
    _check_workers(workers, scheduler)
    # a scheduler address implies the Dask engine; else the pipeline picks the local one
    dask = _dask_engine(scheduler, workers, timeout) if engine == "dask" or scheduler else None
    try:
        nlp = _build_nlp(model)
        with Progress(list(paths), mode="quiet" if quiet else "auto") as progress:
            return run_pipeline(list(paths), db_path, nlp=nlp, on_progress=progress.update, workers=workers,
                                engine=dask, timeout=timeout, **options)
    except KnowledgeBaseBusy as exc:
        raise UsageProblem(f"{exc} ({db_path}); try again when it has finished") from None
    except Exception as exc:
        if is_disk_full(exc):
            raise DiskFullProblem(f"disk full ({exc}). Every article stored so far is complete in {db_path}; "
                                  "free some space and run again to go on.") from None
        if reason := unusable_reason(exc):
            raise UsageProblem(f"--db: {db_path} {reason}") from None
        if str(exc) == "unable to open database file":  # SQLite's words, e.g. a read-only file system
            raise UsageProblem(f"--db: cannot open {db_path}: {exc}") from None
        raise
    finally:
        if dask is not None:
            dask.close()


def _report(summary, db_path: str, force: bool) -> None:
    """The summary line; after failures, the first few reasons and how to list them all."""
    c = summary.counts
    forced = f"{c['reextracted']} re-extracted, " if force else ""
    others = f"{c['not_articles']} not articles (skipped), " if c["not_articles"] else ""
    click.echo(f"{c['read']} read, {c['new']} new, {c['changed']} changed, {forced}{c['skipped']} unchanged, "
               f"{others}{c['failed']} failed -> {db_path}")
    if c["failed"]:
        for source, stage, message in _first_failures(db_path, summary.run_id):
            click.echo(f"  failed: {source}: {stage}: {' '.join(message.split())[:200]}", err=True)
        click.echo(f"All {c['failed']} failures: sqlite3 {db_path} \"select source, stage, message "
                   f"from errors where run_id = '{summary.run_id}'\"", err=True)
    click.echo(f"Browse it: newsfacts serve --db {db_path}")


def _first_failures(db_path: str, run_id: str) -> list[tuple[str, str, str]]:
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT source, stage, message FROM errors WHERE run_id = ? ORDER BY id LIMIT ?",
                            [run_id, FAILURES_SHOWN]).fetchall()
    finally:
        conn.close()


@cli.command()
@click.argument("path", type=click.Path())
@click.option("--jsonl", is_flag=True, help="One JSON object per line, one line per article.")
@_model_option
def extract(path: str, jsonl: bool, model: str) -> None:
    """Print the facts of the article(s) in PATH as a JSON list, one object per article
    (same field names as the tables; the Python API's facts_from_file gives the same).

    PATH is a file or a directory, in any format `newsfacts run` reads; a directory's
    articles come in the order `run` reads them. Nothing is stored. Documents that fail
    are named on stderr, and the exit status is 1.
    """
    from .api import extract_file

    _check_paths((path,))
    nlp = _build_nlp(model)
    output, failures = extract_file(path, nlp)
    for failure in failures:
        click.echo(f"error: {failure.source}: {failure.stage}: {failure.message}", err=True)
    if jsonl:
        for item in output:
            click.echo(json.dumps(item, ensure_ascii=False))
    else:
        click.echo(json.dumps(output, ensure_ascii=False, indent=2))
    if failures:
        sys.exit(ExitCode.FAILED)


cli.add_command(serve)
cli.add_command(export)
cli.add_command(reviewer)
cli.add_command(train)
cli.add_command(evaluate)
cli.add_command(train_backbone)
add_exit_codes_to_help(cli)
