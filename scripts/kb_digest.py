"""Digest of the knowledge bases newsfacts builds, to show a change leaves them the same.

Builds one KB from each input set (``corpus/``; the shared dev set and seeds; the 403
NorQuAD news articles, when ``../shared`` is there) and prints, per table, the row count
and a SHA-256 over every row. Columns that change with every run or with the code's own
version (timestamps, run ids, ``pipeline_version``) are left out; everything else, facts,
provenance and confidence included, is compared.

    .venv/bin/python scripts/kb_digest.py --out before.json
    .venv/bin/python scripts/kb_digest.py --compare before.json   # exit 1 on any difference
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner
from score_norquad import write_dump

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's code, not whatever `extract` is installed
SHARED = ROOT.parent / "shared"
VOLATILE = {"extracted_at", "pipeline_version", "started_at", "ended_at", "occurred_at", "run_id",
            "reviewed_at"}
SKIPPED_TABLES = {"runs"}


def input_sets(folder: Path) -> dict[str, list[Path]]:
    sets = {"corpus": [ROOT / "corpus"]}
    if SHARED.exists():
        sets["dev"] = [SHARED / "corpus" / "dev", SHARED / "corpus" / "seeds"]
        sets["norquad"] = [write_dump(folder / "norquad.jsonl")]
    return sets


def build(paths: list[Path], db: Path, workers: int) -> None:
    import extract
    from extract.cli import cli

    assert Path(extract.__file__).resolve().is_relative_to(ROOT), extract.__file__

    args = ["run", *map(str, paths), "--db", str(db), "--quiet", "--workers", str(workers)]
    result = CliRunner().invoke(cli, args)
    if result.exit_code not in (0, 1):
        raise SystemExit(f"newsfacts run failed ({result.exit_code}): {result.output}")


def table_digests(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%' ORDER BY name")]
    digests = {}
    for table in tables:
        if table in SKIPPED_TABLES:
            continue
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])") if row[1] not in VOLATILE]
        select = ", ".join(f"[{column}]" for column in columns)
        rows = sorted(json.dumps(row, ensure_ascii=False, default=str)
                      for row in conn.execute(f"SELECT {select} FROM [{table}]"))
        digest = hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()
        digests[table] = {"rows": len(rows), "sha256": digest[:16], "columns": columns}
    conn.close()
    return digests


def compare(before: dict, after: dict) -> list[str]:
    differences = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, {}), after.get(name, {})
        for table in sorted(set(old) | set(new)):
            if old.get(table) != new.get(table):
                differences.append(f"{name}.{table}: {old.get(table)} -> {new.get(table)}")
    return differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="write the digests as JSON here")
    parser.add_argument("--compare", type=Path, help="compare with digests written earlier by --out")
    parser.add_argument("--only", nargs="*", help="input sets to build (corpus, dev, norquad)")
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="keep the built KBs in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        digests = {}
        for name, paths in input_sets(folder).items():
            if args.only and name not in args.only:
                continue
            db = folder / f"{name}.db"
            db.unlink(missing_ok=True)
            build(paths, db, args.workers)
            digests[name] = table_digests(db)
            print(name, {table: (d["rows"], d["sha256"]) for table, d in digests[name].items()}, flush=True)
    if args.out:
        args.out.write_text(json.dumps(digests, indent=1, ensure_ascii=False))
    if args.compare:
        before = json.loads(args.compare.read_text())
        wanted = [name for name in before if not args.only or name in args.only]
        differences = compare({name: before[name] for name in wanted}, digests)
        print("\n".join(differences) or "knowledge bases identical")
        return 1 if differences else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
