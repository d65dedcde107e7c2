"""Score newsfacts on the real-page corpus: public web pages about the cluster programme whose
facts were written by hand before the tool saw them (``tests/data/real_pages.json``).

The page texts are not in the repository; they are read from the cache folder
(``tests/data/real_pages_cache/``, see its README). Parts (the file's ``about`` says how they
were drawn): ``develop`` and ``opened`` to develop on, ``sealed`` scored once at the end.

    .venv/bin/python scripts/score_real_pages.py                 # the development part
    .venv/bin/python scripts/score_real_pages.py --part all      # develop and opened
    .venv/bin/python scripts/score_real_pages.py --part all --batch 3   # one batch of them
    .venv/bin/python scripts/score_real_pages.py --part sealed   # once: each run is logged

Prints ``../shared/tools/score_kb.py --role-precision`` per fact type, then the metadata the
pages show (title, publication date, authors, language) per field. The pages' facts were written for the
programme's five statuses (``PROGRAMME_STATUSES``); events of other statuses the tool stores
(certificates such as "gullsertifisert") are left out of the score, not counted as spurious.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "real_pages.json"
CACHE = ROOT / "tests" / "data" / "real_pages_cache"
SEALED_LOG = ROOT / "tests" / "data" / "real_pages_sealed.log"
SCORER = ROOT.parent / "shared" / "tools" / "score_kb.py"
PARTS = ("develop", "opened", "sealed")
PROGRAMME_STATUSES = ("Arena", "Arena Pro", "NCE", "GCE", "moden klynge")


def split(ids: list[str], seed: int) -> dict[str, str]:
    """Each first-batch page's part: a shuffle by ``seed`` of the sorted ids, the first two thirds
    to develop on, the rest the part that was sealed until it was scored once (now ``opened``)."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    cut = round(len(order) * 2 / 3)
    return {page: "develop" if index < cut else "opened" for index, page in enumerate(order)}


def sealed_candidates(candidates: list[str], first_batch: set[str], seed: int, count: int = 48) -> list[str]:
    """The addresses the sealed part was drawn from: the candidates not in the first batch,
    sorted, shuffled by ``seed``, the first ``count``."""
    order = sorted(set(candidates) - first_batch)
    random.Random(seed).shuffle(order)
    return order[:count]


def batch_order(candidates: list[str], earlier: set[str], seed: int) -> list[str]:
    """The order a later batch was drawn in (the fourth, sealed since session 16, and the fifth):
    the candidates in no earlier batch (``earlier``: their addresses in lower case), sorted,
    shuffled by ``seed``; the annotators were dealt the addresses in turn and took theirs in
    order, passing over the pages the search tools could not find."""
    order = sorted(url for url in set(candidates) if url.lower() not in earlier)
    random.Random(seed).shuffle(order)
    return order


def claimed_part(url: str, seed: int, sealed_share: tuple[int, int] = (1, 2)) -> str:
    """The part of a page found by search (batch 6 on): drawn from the seed and the address alone,
    when the annotator claimed the page and before anyone read it. With SHA-256 of
    ``"seed:address"`` (address in lower case, without scheme, "www." and final slash) as a number,
    ``sealed`` when it modulo the share's denominator is below its numerator: an even number for
    the default half, and two in three for batch 12 on."""
    address = re.sub(r"^www\.", "", re.sub(r"^https?://", "", url.strip().lower())).rstrip("/")
    digest = int(hashlib.sha256(f"{seed}:{address}".encode()).hexdigest(), 16)
    sealed, out_of = sealed_share
    return "sealed" if digest % out_of < sealed else "develop"


def pages_of(part: str, cache: Path, batch: int | None = None) -> tuple[list[dict], list[str]]:
    """The part's gold pages (of one batch, if given) whose text is in the cache, and the ids of
    those that are not. The sealed part leaves out the pages its annotators found to be copies of
    pages already in the corpus (``copy_of_other_page``)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    chosen = [page for page in gold["articles"] if page["part"] == part or part == "all" and page["part"] != "sealed"]
    chosen = [page for page in chosen if batch is None or page["batch"] == batch]
    if part == "sealed":  # a copy of a page developed on is not unseen text
        chosen = [page for page in chosen if not page.get("copy_of_other_page")]
    missing = [page["id"] for page in chosen if not (cache / page["file"]).is_file()]
    return [page for page in chosen if page["id"] not in missing], missing


def build_kb(pages: list[dict], cache: Path, folder: Path, newsfacts: str) -> Path:
    texts = folder / "pages"
    texts.mkdir()
    for page in pages:
        shutil.copy(cache / page["file"], texts / page["file"])
    db = folder / "real_pages.db"
    run = subprocess.run([newsfacts, "run", str(texts), "--db", str(db), "--quiet"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"newsfacts run exited {run.returncode}: {run.stderr.strip()}")
    return db


def keep_programme_statuses(db: Path) -> int:
    """Delete the events of statuses outside the programme's five from the scored copy; how many."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        marks = ", ".join("?" * len(PROGRAMME_STATUSES))
        return conn.execute(f"DELETE FROM status_events WHERE status NOT IN ({marks})", PROGRAMME_STATUSES).rowcount


def metadata_figures(pages: list[dict], db: Path) -> list[str]:
    """Title right, publication date found (where the page shows one), author recall, language right."""
    import sqlite3

    conn = sqlite3.connect(db)
    rows = {Path(source).name: (title or "", published or "", json.loads(authors or "[]"), language or "")
            for source, title, published, authors, language in
            conn.execute("SELECT source, title, published, authors, language FROM articles")}
    titles = published = published_shown = authors_found = authors_wanted = languages = 0
    for page in pages:
        title, date, authors, language = rows.get(page["file"], ("", "", [], ""))
        titles += bool(page.get("title")) and same_title(page["title"], title)
        languages += bool(page.get("language")) and page["language"] == language
        if page.get("published"):
            published_shown += 1
            published += same_date(page["published"], date)
        wanted = page.get("authors") or []
        authors_wanted += len(wanted)
        authors_found += sum(name.lower() in {a.lower() for a in authors} for name in wanted)
    with_title = sum(bool(page.get("title")) for page in pages)
    with_language = sum(bool(page.get("language")) for page in pages)
    return [f"title right      {titles}/{with_title} = {titles / max(with_title, 1):.2f}",
            f"published found  {published}/{published_shown} = {published / max(published_shown, 1):.2f}",
            f"authors recall   {authors_found}/{authors_wanted} = {authors_found / max(authors_wanted, 1):.2f}",
            f"language right   {languages}/{with_language} = {languages / max(with_language, 1):.2f}"]


PRECISION = {"year": 4, "month": 7, "day": 10}  # characters of an ISO date at each granularity


def same_date(gold: dict, got: str) -> bool:
    """The date found at the precision the page shows: a page dated by its month alone
    ("date 2017-04") needs the month right, and is right whatever day the value's start names."""
    size = PRECISION.get(gold.get("granularity") or "day", 10)
    return bool(got) and got[:size] == gold["value"][:size]


def same_title(gold: str, got: str) -> bool:
    """As the scorer compares titles: normalised, the headline found whole in the title."""
    def norm(text: str) -> str:
        text = unicodedata.normalize("NFC", text).lower().replace("–", "-").replace("—", "-")
        return " ".join(re.sub(r"[«»\"'()]", "", text).split()).strip(" .,:;-")
    return bool(norm(got)) and norm(gold) in norm(got)


def log_sealed_run(summary: str) -> int:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    with open(SEALED_LOG, "a", encoding="utf-8") as log:
        log.write(f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC {commit}: {summary}\n")
    return len(SEALED_LOG.read_text(encoding="utf-8").splitlines())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=(*PARTS, "all"), default="develop")
    parser.add_argument("--batch", type=int, help="only the pages of this batch (the file's `about` lists them)")
    parser.add_argument("--cache", type=Path, default=CACHE, help="folder of the page texts (<id>.txt)")
    parser.add_argument("--newsfacts", default=str(ROOT / ".venv" / "bin" / "newsfacts"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"the scorer is not here: {SCORER}")
    pages, missing = pages_of(args.part, args.cache, args.batch)
    if missing:
        print(f"{len(missing)} pages not in the cache (left out): {' '.join(missing)}")
    if not pages:
        batch = f" batch {args.batch}" if args.batch is not None else ""
        raise SystemExit(f"no page of part {args.part!r}{batch} is in {args.cache}; see its README.md")
    with tempfile.TemporaryDirectory() as tmp:
        db = build_kb(pages, args.cache, Path(tmp), args.newsfacts)
        left_out = keep_programme_statuses(db)
        gold = Path(tmp) / "gold.json"
        gold.write_text(json.dumps({"articles": pages}, ensure_ascii=False), encoding="utf-8")
        scored = subprocess.run([sys.executable, str(SCORER), str(gold), str(db), "--role-precision",
                                 *(["-v"] if args.verbose else [])], capture_output=True, text=True)
        print(f"part {args.part}{f' batch {args.batch}' if args.batch is not None else ''}: {len(pages)} pages ({left_out} events of other statuses left out)")
        print(scored.stdout.rstrip())
        print("\n".join(metadata_figures(pages, db)))
    if args.part == "sealed":
        summary = scored.stdout.strip().splitlines()[-1]
        print(f"the sealed part has now been scored {log_sealed_run(summary)} time(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
