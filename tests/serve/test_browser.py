"""End to end in headless Chromium: sign in, confirm a fact and correct another with the keyboard."""

import json

import pytest

from .helpers import query, reviews
from .kb import PASSWORDS
from .server import browser_missing, chromium_page, serving, sign_in, write_reviewers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(browser_missing() is not None, reason=f"browser test: {browser_missing()}"),
]


def test_review_with_the_keyboard(kb_path, tmp_path):
    reviewers_file = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    with serving(kb_path, reviewers_file) as url, chromium_page() as page:
        sign_in(page, url, "kari", PASSWORDS["kari"])
        page.goto(url + "/-/review")
        assert page.locator("tr.selected").get_attribute("data-fact-id") == "am-7-5-mill"

        page.keyboard.press("c")  # confirm the selected (least certain) fact
        page.wait_for_url(url + "/-/review?page=1")
        assert page.locator("tr[data-fact-id]").first.get_attribute("data-fact-id") == "dt-torsdag"

        page.keyboard.press("j")  # next row: Kristiane Haug Berg's role
        assert page.locator("tr.selected").get_attribute("data-fact-id") == "pr-haug-berg"
        page.keyboard.press("e")  # open it to correct: focus lands in the first field
        page.wait_for_url("**/-/review/fact/pr-haug-berg#correct")
        assert page.evaluate("document.activeElement.name") == "field:person"
        page.keyboard.press("Tab")
        page.keyboard.press("Control+A")
        page.keyboard.type("styreleder")
        page.keyboard.press("Enter")  # saves the correction, then shows the next fact
        page.wait_for_url("**/-/review/fact/se-heidner-nce")

    assert [(r["fact_id"], r["verdict"], r["reviewer"]) for r in reviews(kb_path)] == [
        ("am-7-5-mill", "confirmed", "kari"), ("pr-haug-berg", "corrected", "kari")]
    assert json.loads(reviews(kb_path)[1]["correction"]) == {"role": "styreleder"}
    assert query(kb_path, "SELECT role FROM person_roles WHERE id = 'pr-haug-berg'") == [{"role": "daglig leder"}]
