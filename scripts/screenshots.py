"""PNG screenshots of the review pages (queue, fact page, article view) into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--db KB] [--out docs/screenshots]

Without --db it serves the Norwegian sample KB of the serve tests. Needs Debian's
chromium and Playwright for Python (see docs/review.md).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.serve.kb import build_kb  # noqa: E402
from tests.serve.server import browser_missing, chromium_page, serving, sign_in, write_reviewers  # noqa: E402

REVIEWER = ("kari", "kari-passord")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="knowledge base to serve (default: the test sample)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if missing := browser_missing():
        sys.exit(f"screenshots: {missing}")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "newsfacts.db"
        if not args.db:
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
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
