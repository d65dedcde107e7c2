"""PNG screenshots of the review pages (queue, fact page, article view) and, with --cluster,
of a cluster page and a corrected fact, into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--db KB] [--cluster ID --correct FACT_ID FIELD=VALUE...]

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="knowledge base to serve (default: the test sample)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cluster", help="cluster entity id whose page to shoot (cluster-page.png)")
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
        with serving(db, reviewers) as url, chromium_page(viewport={"width": 1280, "height": 860}) as page:
            sign_in(page, url, *REVIEWER)
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
                shoot_cluster(page, url, args.cluster, args.out)
            if args.correct:
                shoot_correction(page, url, args.correct[0], args.correct[1:], args.out)
    print(f"screenshots in {args.out}")


def shoot_cluster(page, url: str, cluster_id: str, out: Path) -> None:
    page.goto(f"{url}/-/cluster/{quote(cluster_id.replace(':', '~3A'))}")
    page.screenshot(path=out / "cluster-page.png", full_page=True)


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
