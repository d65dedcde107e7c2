#!/usr/bin/env python
"""Peak memory of `newsfacts run` on two big hostile inputs (issue 13; not a test).

Builds, in a temporary directory, a ~500 KB .warc.gz whose header line inflates to
~500 MB, and a .csv with one 300 MB row (300 MB on disk, removed afterwards), each
beside a good article, and runs `newsfacts run` on each. Prints the peak RSS of the
largest process (``wait4``'s ``ru_maxrss``), the exit status and the `errors` rows.
Done when both stay under 400 MB.

Usage:
  .venv/bin/python scripts/hostile_memory.py [--workers 0] [--model default] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.hostile import inputs  # noqa: E402

MB = 1024 * 1024
LIMIT_MB = 400
CASES = {
    "warc.gz, 500 MB header line": lambda d: inputs.warc_gz_bomb(d / "bomb.warc.gz", 500 * MB),
    "csv, one 300 MB row": lambda d: inputs.csv_long_row(d / "rad.csv", 300 * MB, fields=15),
}


def peak_run(dump: Path, db: Path, workers: str, model: str) -> tuple[int, float]:
    """Exit status and peak RSS (MB) of the largest process of `newsfacts run`."""
    cmd = [sys.executable, "-c", "from extract.cli import cli; cli()", "run", str(dump), "--db", str(db),
           "--workers", workers, "--model", model, "--quiet"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="0", help="--workers for newsfacts run (default 0: one process)")
    parser.add_argument("--model", default="default", help="--model for newsfacts run")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="hostile-memory-"))
    worst = 0.0
    try:
        for name, build in CASES.items():
            dump = root / name.split(",")[0].replace(".", "-")
            dump.mkdir()
            inputs.good_article(dump)
            path = build(dump)
            db = root / f"{dump.name}.db"
            code, peak = peak_run(dump, db, args.workers, args.model)
            worst = max(worst, peak)
            conn = sqlite3.connect(db)
            errors = conn.execute("SELECT source, message FROM errors").fetchall()
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
            print(f"{name}: input {path.stat().st_size / MB:.1f} MB, exit {code}, peak RSS {peak:.0f} MB, "
                  f"{articles} articles stored")
            for source, message in errors:
                print(f"    errors: {source}: {message}")
            path.unlink()  # the 300 MB file goes before the next case
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(f"largest peak {worst:.0f} MB: {'under' if worst < LIMIT_MB else 'NOT under'} {LIMIT_MB} MB")
    return 0 if worst < LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
