#!/usr/bin/env python
"""Peak memory and wall time of `newsfacts run` on big hostile inputs (issues 13 and 33; not a test).

Builds, in a temporary directory, each beside a good article: a ~500 KB .warc.gz whose
header line inflates to ~500 MB and a .csv with one 300 MB row (issue 13: under 400 MB);
an 18 MB page of 2.3 million ``<p>`` (the tag flood), a ~5 MB .tar.gz holding a 315 MB PAX
header and one holding a 40 MB GNU long name (issue 33: under 500 MB, and the whole run
within 1.5 x --timeout). Runs `newsfacts run` on each and prints the peak RSS of the
largest process (``wait4``'s ``ru_maxrss``), the wall time, the exit status and the
`errors` rows. Big files are removed before the next case.

Usage:
  .venv/bin/python scripts/hostile_memory.py [--workers 0] [--model default] [--timeout 120]
                                             [--case flood] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.hostile import inputs  # noqa: E402

MB = 1024 * 1024
CASES = {  # name: (build the input in a directory, peak RSS limit in MB)
    "warc.gz, 500 MB header line": (lambda d: inputs.warc_gz_bomb(d / "bomb.warc.gz", 500 * MB), 400),
    "csv, one 300 MB row": (lambda d: inputs.csv_long_row(d / "rad.csv", 300 * MB, fields=15), 400),
    "html, 2.3 million <p>": (lambda d: inputs.tag_flood(d / "flom.html", 2_300_000), 500),
    "tar.gz, 315 MB PAX header": (lambda d: inputs.tar_long_header(d / "pax.tar.gz", "pax", 315 * MB), 500),
    "tar.gz, 40 MB GNU long name": (lambda d: inputs.tar_long_header(d / "navn.tar.gz", "name", 40 * MB), 500),
}


def peak_run(dump: Path, db: Path, workers: str, model: str, timeout: str) -> tuple[int, float, float]:
    """Exit status, peak RSS (MB) of the largest process and wall time (s) of `newsfacts run`."""
    cmd = [sys.executable, "-c", "from extract.cli import cli; cli()", "run", str(dump), "--db", str(db),
           "--workers", workers, "--model", model, "--timeout", timeout, "--quiet"]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="0", help="--workers for newsfacts run (default 0: one process)")
    parser.add_argument("--model", default="default", help="--model for newsfacts run")
    parser.add_argument("--timeout", default="120", help="--timeout for newsfacts run (default 120)")
    parser.add_argument("--case", default="", help="only the cases whose name holds this text")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="hostile-memory-"))
    failed = []
    try:
        for number, (name, (build, limit_mb)) in enumerate(CASES.items(), start=1):
            if args.case not in name:
                continue
            dump = root / f"{number}-{name.split(',')[0].replace('.', '-')}"
            dump.mkdir()
            inputs.good_article(dump)
            path = build(dump)
            db = root / f"{dump.name}.db"
            code, peak, wall = peak_run(dump, db, args.workers, args.model, args.timeout)
            within = peak < limit_mb and wall < 1.5 * float(args.timeout)
            failed += [] if within else [name]
            conn = sqlite3.connect(db)
            errors = conn.execute("SELECT source, message FROM errors").fetchall()
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
            print(f"{name}: input {path.stat().st_size / MB:.1f} MB, exit {code}, peak RSS {peak:.0f} MB "
                  f"(limit {limit_mb}), wall {wall:.1f} s, {articles} articles stored")
            for source, message in errors:
                print(f"    errors: {source[:100]}: {message}")
            path.unlink()  # the big file goes before the next case
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print("every case within its limits" if not failed else f"NOT within limits: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
