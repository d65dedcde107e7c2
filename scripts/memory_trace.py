#!/usr/bin/env python
"""Memory of `newsfacts run` as a run goes on (not a test): does it stay flat?

Runs ``newsfacts run`` on the first N records of NoReC (or on the given paths) and
samples, every ``--interval`` seconds, the PSS of the main process and of each worker
process (PSS counts pages shared by the forked workers once) and how many articles the
knowledge base holds. Prints one line per tenth of the input: the largest total PSS in
that stretch, the main process's and the largest single worker's. Flat means the
later lines are no higher than the early ones.

Usage:
  .venv/bin/python scripts/memory_trace.py --records 10000 [--workers 2] [--model default]
  .venv/bin/python scripts/memory_trace.py dump.jsonl other-dump/ [--interval 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark import DEFAULT_DATA, REPO, load_records, mb, process_memory, tree_pids  # noqa: E402

sys.path.insert(0, str(REPO))
from extract.store import stored_article_count  # noqa: E402


def trace(cmd: list[str], db: Path, interval: float) -> tuple[list[dict], int, float]:
    """Run ``cmd``; return the samples, its exit status and its wall time."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    samples = []
    while proc.poll() is None:
        pids = tree_pids(proc.pid)
        sizes = {p: process_memory(p)[1] for p in pids}
        workers = [v for p, v in sizes.items() if p != proc.pid]
        samples.append({"t": time.perf_counter() - start, "articles": stored_article_count(db),
                        "total": sum(sizes.values()), "main": sizes.get(proc.pid, 0),
                        "worker": max(workers, default=0), "pids": pids[1:]})
        time.sleep(interval)
    _, err = proc.communicate()
    if proc.returncode not in (0, 1):
        sys.stderr.write(err.decode(errors="replace")[-3000:])
    return samples, proc.returncode, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, help="inputs (default: the first --records of NoReC)")
    ap.add_argument("--records", type=int, default=10000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--model", default="default")
    ap.add_argument("--interval", type=float, default=1.0)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsfacts-memtrace-") as tmp:
        tmp = Path(tmp)
        paths = args.paths
        total = None
        if not paths:
            records = load_records(args.data, args.records)
            total = len(records)
            paths = [tmp / "input.jsonl"]
            with paths[0].open("w", encoding="utf-8") as f:
                f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            del records
        db = tmp / "kb.db"
        cmd = [sys.executable, "-c", "from extract.cli import cli; cli()", "run", *map(str, paths),
               "--db", str(db), "--quiet", "--workers", str(args.workers), "--model", args.model]
        samples, rc, seconds = trace(cmd, db, args.interval)
        total = total or stored_article_count(db)

    print(f"newsfacts run ({total:,} articles) --workers {args.workers} --model {args.model}: exit {rc}, "
          f"{seconds:.0f} s, {len(samples)} samples, "
          f"{len({p for s in samples for p in s['pids']})} worker processes over the run")
    print(f"{'articles stored':>20} {'total PSS':>10} {'main':>8} {'largest worker':>15}")
    for tenth in range(10):
        lo, hi = total * tenth // 10, total * (tenth + 1) // 10
        part = [s for s in samples if lo <= s["articles"] < hi or (tenth == 9 and s["articles"] >= hi)]
        if part:
            print(f"{f'{lo:,}–{hi:,}':>20} {mb(max(s['total'] for s in part)):>10} "
                  f"{mb(max(s['main'] for s in part)):>8} {mb(max(s['worker'] for s in part)):>15}")


if __name__ == "__main__":
    main()
