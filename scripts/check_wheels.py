"""Build the wheels of the last commit, install them in a fresh virtualenv outside the
checkout, and check that the installed product uses the shipped pipeline and builds the
same knowledge base from corpus/ as the checkout of that commit (every table,
tests/batch/kbdump.py).

    python scripts/check_wheels.py

The commit is exported with ``git archive`` (so edits in the working tree do not get in
the way); its "checkout" run uses this checkout's .venv with the exported source tree and
its models/. Dependencies of the fresh virtualenv come from the package index pip is
configured with. Exit status 0 when the knowledge bases are identical.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "text" / "fjordmat-fekk-nei-til-arena.txt"
sys.path[:0] = [str(ROOT / "tests" / "batch"), str(ROOT / "scripts")]

from build_wheels import build_wheel, stage_model  # noqa: E402
from kbdump import dump  # noqa: E402


def newsfacts(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The CLI with ``python``; from ``cwd``, whose ``extract/`` (if any) comes first."""
    return subprocess.run([str(python), "-c", "from extract.cli import cli; cli()", *args], cwd=cwd,
                          capture_output=True, text=True)


def export_commit(target: Path) -> Path:
    """The files of HEAD (``git archive``) in ``target``."""
    target.mkdir()
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def extractors(output: str) -> list[str]:
    """The extractor names in `newsfacts extract` output."""
    names = set()
    for article in json.loads(output):
        for table in ("status_events", "person_roles", "amounts", "dates"):
            names |= {row["extractor"] for row in article[table]}
        names |= {row["source"] for row in article["mentions"]}
    return sorted(names)


def versions(db: Path) -> tuple[str, str]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT pipeline_version, model_version FROM runs").fetchone()
    finally:
        conn.close()


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = export_commit(work / "source")
        (work / "dist").mkdir()
        wheels = [build_wheel(source, work / "dist"),
                  build_wheel(stage_model(source / "models" / "nb_newsfacts", work / "staging"), work / "dist")]
        for wheel in wheels:
            print(f"{wheel.name}: {wheel.stat().st_size / 1e6:.1f} MB")
        venv.create(work / "venv", with_pip=True)
        python = work / "venv" / "bin" / "python"
        pip = subprocess.run([str(python), "-m", "pip", "install", "--quiet", *map(str, wheels)],
                             capture_output=True, text=True)
        if pip.returncode:
            sys.exit(f"pip install failed:\n{pip.stderr}")
        outside = work / "elsewhere"
        outside.mkdir()
        extracted = newsfacts(python, "extract", str(ARTICLE), cwd=outside)
        print(f"installed: newsfacts extract {ARTICLE.relative_to(ROOT)} -> exit {extracted.returncode}; "
              f"extractors {extractors(extracted.stdout) if extracted.returncode == 0 else extracted.stderr}")
        runs = {"installed": newsfacts(python, "run", str(source / "corpus"), "--db", str(work / "installed.db"),
                                       "--workers", "0", cwd=outside),
                "checkout": newsfacts(ROOT / ".venv" / "bin" / "python", "run", str(source / "corpus"), "--db",
                                      str(work / "checkout.db"), "--workers", "0", cwd=source)}
        for name, result in runs.items():
            print(f"{name}: newsfacts run corpus/ -> exit {result.returncode}: {result.stdout.splitlines()[:1]}"
                  f"{result.stderr[-500:] if result.returncode else ''}")
            print(f"{name}: pipeline and model version {versions(work / f'{name}.db')}")
        installed, checkout = dump(work / "installed.db"), dump(work / "checkout.db")
        differ = [table for table in checkout if installed[table] != checkout[table]]
        print("knowledge bases identical" if not differ else f"tables that differ: {differ}")
        for table in differ:
            pairs = [(a, b) for a, b in zip(installed[table], checkout[table]) if a != b]
            print(f"  {table}: {len(installed[table])} rows installed, {len(checkout[table])} in the checkout"
                  + (f"; first difference:\n    {pairs[0][0]}\n    {pairs[0][1]}" if pairs else ""))
        sys.exit(1 if differ or extracted.returncode else 0)


if __name__ == "__main__":
    main()
