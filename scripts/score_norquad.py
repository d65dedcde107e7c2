"""Score newsfacts on NorQuAD news articles against facts written by hand before it ran.

    .venv/bin/python scripts/score_norquad.py                # the 44 development articles
    .venv/bin/python scripts/score_norquad.py --set opened   # 40 more to develop on (sealed until session 13)
    .venv/bin/python scripts/score_norquad.py --set opened2  # 40 more to develop on (sealed until session 15)
    .venv/bin/python scripts/score_norquad.py --set opened3  # 40 more to develop on (sealed until session 16)
    .venv/bin/python scripts/score_norquad.py --set opened4  # 40 more to develop on (sealed until session 17)
    .venv/bin/python scripts/score_norquad.py --set opened5  # 40 more to develop on (sealed until session 18)
    .venv/bin/python scripts/score_norquad.py --set opened6  # 40 more to develop on (sealed until session 19)
    .venv/bin/python scripts/score_norquad.py --set opened7  # 40 more to develop on (sealed until session 20)
    .venv/bin/python scripts/score_norquad.py --set opened8  # 40 more to develop on (sealed until session 21)
    .venv/bin/python scripts/score_norquad.py --set opened9  # the last 17 free ones (sealed until session 22)
    .venv/bin/python scripts/score_norquad.py --set sealed   # the 40 sealed ones: once, and logged

The texts are read from ``../shared/data/norquad/news.jsonl`` (never kept in the repository);
the facts are ``tests/data/norquad_<set>.json``. Prints
``../shared/tools/score_kb.py --role-precision``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "data" / "norquad" / "news.jsonl"
SCORER = SHARED / "tools" / "score_kb.py"
SEALED_LOG = ROOT / "tests" / "data" / "norquad_sealed.log"


def write_dump(dump: Path, ids: set[str] | None = None) -> Path:
    """The NorQuAD articles (those of ``ids``, or all) as a JSON lines dump whose URLs carry
    their ids, for ``newsfacts run``; written outside the repository by the caller."""
    with open(NEWS, encoding="utf-8") as news, open(dump, "w", encoding="utf-8") as out:
        for line in news:
            record = json.loads(line)
            if ids is None or record["id"] in ids:
                out.write(json.dumps({"id": record["id"], "url": f"https://norquad.invalid/{record['id']}/",
                                      "text": record["text"]}, ensure_ascii=False) + "\n")
    return dump


def gold_ids(gold: Path) -> set[str]:
    return {article["id"] for article in json.loads(gold.read_text(encoding="utf-8"))["articles"]}


def gold_file(gold: Path) -> str:
    """The dump's name the gold's articles give as their "file" (a set opened after it was
    sealed keeps the name it was written under, e.g. norquad_sealed.jsonl)."""
    files = {article["file"] for article in json.loads(gold.read_text(encoding="utf-8"))["articles"]}
    return files.pop() if len(files) == 1 else gold.name.replace(".json", ".jsonl")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="part", choices=("dev", "opened", "opened2", "opened3", "opened4", "opened5", "opened6", "opened7", "opened8", "opened9", "sealed"),
                        default="dev",
                        help="which articles: dev (44), opened to opened8 (40 each), opened9 (17) or sealed "
                        "(40; each run is logged)")
    parser.add_argument("--newsfacts", default=str(ROOT / ".venv" / "bin" / "newsfacts"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and spurious fact")
    args = parser.parse_args()
    gold = ROOT / "tests" / "data" / f"norquad_{args.part}.json"
    if not gold.is_file():
        parser.error(f"{gold.name} is not there: no {args.part} set is written now (the README says how one is made)")
    with tempfile.TemporaryDirectory() as tmp:
        dump, db = Path(tmp) / gold_file(gold), Path(tmp) / "kb.db"
        write_dump(dump, gold_ids(gold))
        run = subprocess.run([args.newsfacts, "run", str(dump), "--db", str(db), "--quiet"])
        if run.returncode not in (0, 1):
            return run.returncode
        scored = subprocess.run([sys.executable, str(SCORER), str(gold), str(db), "--role-precision",
                                 *(["-v"] if args.verbose else [])],
                                capture_output=True, text=True)
    print(scored.stdout.rstrip())
    if args.part == "sealed":
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        with open(SEALED_LOG, "a", encoding="utf-8") as log:
            log.write(f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC {commit}: "
                      f"{scored.stdout.strip().splitlines()[-1]}\n")
        print(f"the sealed set has now been scored {len(SEALED_LOG.read_text().splitlines())} time(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
