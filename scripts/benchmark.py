#!/usr/bin/env python
"""Benchmark `newsfacts run` end to end on NoReC (or any JSON-lines dump); not a test.

For each size (a subset of the first N records, written to a temporary directory
outside the repository, or the whole file):

* end to end: ``newsfacts run SUBSET --db TMP --workers W --quiet`` in a subprocess:
  wall time, articles/s, words/s, peak memory of the whole process tree (RSS summed
  over the run and its workers, and PSS, which counts pages shared by the forked
  workers once), sampled every 0.2 s from /proc;
* the same command again with nothing changed (incremental re-run): wall time;
* bare ``nlp.pipe`` of the same pipeline over the same texts in this process:
  with ``n_process=W`` (the same cores the run had) over all the texts, and with
  ``n_process=1`` (one core) over all of them or the first ``--single-limit``;
* ratio = end-to-end words/s / bare words/s, against each.

"Words" are whitespace-separated tokens of the records' ``text`` field.

Usage:
  .venv/bin/python scripts/benchmark.py --sizes 1000 10000 all [--workers 2] [--model default]
                                       [--single-limit 3000] [--json results.jsonl]

Run it on a quiet machine if you can: other jobs on the same cores (model training,
say) make every figure noisy. The load average at the start is printed for that reason.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "norec" / "norec.jsonl.gz"


def tree_pids(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return pids


def process_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of one process; (0, 0) if it is gone."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1]) * 1024
            elif line.startswith("Pss:"):
                pss = int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss, pss


def tree_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes summed over ``pid`` and all its descendants."""
    sizes = [process_memory(p) for p in tree_pids(pid)]
    return sum(r for r, _ in sizes), sum(p for _, p in sizes)


def timed_run(cmd: list[str]) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        rss, pss = tree_memory(proc.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.2)
    out, err = proc.communicate()
    return {"seconds": time.perf_counter() - start, "rc": proc.returncode, "peak_rss": peak_rss,
            "peak_pss": peak_pss, "stdout": out.decode(errors="replace"), "stderr": err.decode(errors="replace")}


def load_records(data: Path, n: int | None) -> list[dict]:
    opener = gzip.open if data.suffix == ".gz" else open
    with opener(data, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in itertools.islice(f, n)]


def bare_pipe(model: str, texts: list[str], n_process: int, batch_size: int) -> float:
    """Seconds for nlp.pipe over texts (pipeline loaded beforehand, not timed)."""
    from extract.annotate.build import build_nlp

    nlp = build_nlp(None if model == "none" else model)
    nlp.max_length = max(nlp.max_length, max(map(len, texts)) + 1)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - start


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sizes", nargs="+", default=["1000", "10000"], help="record counts, or 'all'")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--model", default="default")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--single-limit", type=int, default=None,
                    help="measure bare nlp.pipe with one process on the first N texts only (default: all); "
                         "bare nlp.pipe with n_process=W always uses all the texts")
    ap.add_argument("--json", type=Path, help="append one JSON line per size to this file")
    args = ap.parse_args()

    sys.path.insert(0, str(REPO))
    from extract.annotate.build import build_nlp, model_version

    nlp = build_nlp(None if args.model == "none" else args.model)
    print(f"model: {model_version(nlp) or 'rules only'}; pipes: {nlp.pipe_names}")
    print(f"workers: {args.workers}; cores: {os.cpu_count()}; load average at start: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    del nlp
    newsfacts = [sys.executable, "-c", "from extract.cli import cli; cli()"]

    for size in args.sizes:
        n = None if size == "all" else int(size)
        records = load_records(args.data, n)
        texts = [str(r.get("text") or "") for r in records]
        words = sum(len(t.split()) for t in texts)
        with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
            tmp = Path(tmp)
            if n is None:
                source = args.data
            else:
                source = tmp / f"norec-{n}.jsonl"
                with source.open("w", encoding="utf-8") as f:
                    for r in records:
                        f.write(json.dumps(r, ensure_ascii=False) + "\n")
            db = tmp / "kb.db"
            cmd = [*newsfacts, "run", str(source), "--db", str(db), "--quiet", "--workers", str(args.workers),
                   "--model", args.model, "--batch-size", str(args.batch_size)]
            first = timed_run(cmd)
            second = timed_run(cmd)
            db_size = sum(p.stat().st_size for p in tmp.glob("kb.db*"))
        if first["rc"] not in (0, 1):
            print(f"run failed (exit {first['rc']}):\n{first['stderr'][-3000:]}", file=sys.stderr)
            sys.exit(1)

        e2e_wps = words / first["seconds"]
        print(f"\n== {len(records):,} articles, {words:,} words ==")
        print(f"end to end : {first['seconds']:.1f} s, {len(records) / first['seconds']:,.1f} articles/s, "
              f"{e2e_wps:,.0f} words/s, peak RSS {mb(first['peak_rss'])} (PSS {mb(first['peak_pss'])})")
        print(f"  {first['stdout'].strip() or '(quiet)'}")
        print(f"no-change re-run: {second['seconds']:.1f} s ({first['seconds'] / second['seconds']:.1f}x faster), "
              f"peak RSS {mb(second['peak_rss'])}", flush=True)

        single_texts = texts[: args.single_limit] if args.single_limit else texts
        single_words = sum(len(t.split()) for t in single_texts)
        bare_w = words / bare_pipe(args.model, texts, args.workers, args.batch_size)
        if args.workers == 1 and single_texts is texts:
            bare1 = bare_w  # the same measurement
        else:
            bare1 = single_words / bare_pipe(args.model, single_texts, 1, args.batch_size)

        row = {
            "size": len(records), "words": words, "workers": args.workers, "model": args.model,
            "first_s": round(first["seconds"], 2), "articles_per_s": round(len(records) / first["seconds"], 1),
            "words_per_s": round(e2e_wps), "peak_rss": first["peak_rss"], "peak_pss": first["peak_pss"],
            "rerun_s": round(second["seconds"], 2), "rerun_speedup": round(first["seconds"] / second["seconds"], 1),
            "rerun_peak_rss": second["peak_rss"],
            f"bare_words_per_s_{args.workers}proc": round(bare_w),
            f"ratio_vs_bare_{args.workers}proc": round(e2e_wps / bare_w, 2),
            "bare_words_per_s_1proc": round(bare1), "ratio_vs_bare_1proc": round(e2e_wps / bare1, 2),
            "single_texts": len(single_texts), "db_bytes": db_size,
            "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        }
        print(f"bare nlp.pipe: {bare_w:,.0f} words/s with n_process={args.workers} (all {len(texts):,} texts), "
              f"{bare1:,.0f} with 1 process ({len(single_texts):,} texts)")
        print(f"ratio end-to-end / bare: {e2e_wps / bare_w:.2f} (vs n_process={args.workers}), "
              f"{e2e_wps / bare1:.2f} (vs 1 process)")
        print(f"load average now: {row['loadavg_end']}", flush=True)
        if args.json:
            with args.json.open("a") as f:
                f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
