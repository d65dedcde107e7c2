"""PNG screenshots (1000 px wide) of the Norwegian pages into docs/screenshots/: the home page,
a table page of Datasette's, the review pages (queue, fact page, article view) and, with
--cluster, --programme and --correct, a cluster page, the programme on a date and a corrected fact.

    .venv/bin/python scripts/screenshots.py [--db KB] [--cluster ID] [--programme YYYY-MM-DD]
        [--correct FACT_ID FIELD=VALUE...]

Without --db it serves the Norwegian sample KB of the serve tests. A --db is copied first,
so the correction is recorded in the copy only. Needs Debian's chromium and Playwright
for Python (see docs/review.md).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.serve.kb import build_kb  # noqa: E402
from tests.serve.server import browser_missing, chromium_page, serving, sign_in, write_reviewers  # noqa: E402

REVIEWER = ("kari", "kari-passord")
WIDTH = 1000
TABLE = "/newsfacts/status_history"  # a table page with facets and labels for ids
TALLEST = 1600  # px of a long page shot (the table page's rows go on below)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="knowledge base to serve (default: the test sample)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cluster", help="cluster entity id whose page to shoot (cluster-page.png)")
    parser.add_argument("--programme", metavar="DATE", help="day of the programme page to shoot (programme.png)")
    parser.add_argument("--correct", nargs="+", metavar="FACT_ID FIELD=VALUE",
                        help="a fact to correct through its form, then shoot (review-corrected.png)")
    args = parser.parse_args()
    if missing := browser_missing():
        sys.exit(f"screenshots: {missing}")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "newsfacts.db"
        if args.db:
            shutil.copy(args.db, db)
        else:
            build_kb(db)
        reviewers = write_reviewers(Path(tmp) / "reviewers.json", dict([REVIEWER]))
        with serving(db, reviewers) as url, chromium_page(viewport={"width": WIDTH, "height": 800}) as page:
            sign_in(page, url, *REVIEWER)
            shoot(page, url, "/", args.out / "home.png")
            shoot(page, url, TABLE, args.out / "table-page.png")
            page.goto(url + "/-/review")
            page.screenshot(path=args.out / "review-queue.png", full_page=False)
            page.keyboard.press("j")
            page.keyboard.press("Enter")  # the selected fact's page
            page.wait_for_url("**/-/review/fact/**")
            page.screenshot(path=args.out / "review-fact.png", full_page=True)
            page.keyboard.press("a")  # its article
            page.wait_for_url("**/-/review/article/**")
            page.screenshot(path=args.out / "review-article.png", full_page=True)
            if args.cluster:
                shoot(page, url, f"/-/cluster/{quote(args.cluster.replace(':', '~3A'))}", args.out / "cluster-page.png")
            if args.programme:
                shoot(page, url, f"/-/programme?date={quote(args.programme)}", args.out / "programme.png")
            if args.correct:
                shoot_correction(page, url, args.correct[0], args.correct[1:], args.out)
    print(f"screenshots in {args.out}")


def shoot(page, url: str, path: str, png: Path) -> None:
    """The page at ``path``, at most ``TALLEST`` px of it."""
    page.goto(url + path)
    height = min(page.evaluate("document.documentElement.scrollHeight"), TALLEST)
    page.screenshot(path=png, full_page=True, clip={"x": 0, "y": 0, "width": WIDTH, "height": height})


def shoot_correction(page, url: str, fact_id: str, fields: list[str], out: Path) -> None:
    """Correct ``fact_id`` through the form (FIELD=VALUE each), then shoot its page."""
    page.goto(f"{url}/-/review/fact/{quote(fact_id)}")
    for field in fields:
        name, value = field.split("=", 1)
        selector = f"[name='field:{name}']"
        if page.locator(f"select{selector}").count():
            page.select_option(f"select{selector}", value)
        else:
            page.fill(f"input{selector}", value)
    page.click("button.correct")
    page.wait_for_load_state()
    if page.locator("#verdict-error").count():
        sys.exit(f"screenshots: {page.locator('#verdict-error').inner_text()}")
    page.goto(f"{url}/-/review/fact/{quote(fact_id)}")
    page.screenshot(path=out / "review-corrected.png", full_page=True)


if __name__ == "__main__":
    main()
