"""End to end in headless Chromium: sign in, confirm a fact and correct another with the keyboard;
a cluster's timeline in date order and a correction refused, then recorded; verdicts of every
kind reaching the cluster page and its timeline; verdict, skip and undo without a page reload
at phone width, and the same forms without JavaScript."""

import json

import pytest

from .helpers import query, reviews
from .kb import PASSWORDS, build_cluster_kb
from .reviewed_kb import VERDICTS, build_reviewed_kb
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
        assert page.locator("tr.selected").get_attribute("data-fact-id") == "se-heidner-nce"

        page.keyboard.press("c")  # confirm the selected (first: the status event) fact: its row goes, no reload
        page.wait_for_selector("tr[data-fact-id='se-heidner-nce']", state="detached")
        assert page.locator("tr[data-fact-id]").first.get_attribute("data-fact-id") == "am-7-5-mill"
        assert page.locator("tr.selected").get_attribute("data-fact-id") == "am-7-5-mill"

        page.keyboard.press("j")  # next row: Kristiane Haug Berg's role
        assert page.locator("tr.selected").get_attribute("data-fact-id") == "pr-haug-berg"
        page.keyboard.press("e")  # open it to correct: focus lands in the first field
        page.wait_for_url("**/-/review/fact/pr-haug-berg#correct")
        assert page.evaluate("document.activeElement.name") == "field:person"
        page.keyboard.press("Tab")
        page.keyboard.press("Control+A")
        page.keyboard.type("styreleder")
        page.keyboard.press("Enter")  # saves the correction, then shows the next fact
        page.wait_for_url("**/-/review/fact/dt-torsdag")

    assert [(r["fact_id"], r["verdict"], r["reviewer"]) for r in reviews(kb_path)] == [
        ("se-heidner-nce", "confirmed", "kari"), ("pr-haug-berg", "corrected", "kari")]
    assert json.loads(reviews(kb_path)[1]["correction"]) == {"role": "styreleder"}
    assert query(kb_path, "SELECT role FROM person_roles WHERE id = 'pr-haug-berg'") == [{"role": "daglig leder"}]


def test_cluster_timeline_and_a_validated_correction(tmp_path):
    kb_path = tmp_path / "klynger.db"
    build_cluster_kb(kb_path)
    reviewers_file = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    with serving(kb_path, reviewers_file) as url, chromium_page(viewport={"width": 1280, "height": 900}) as page:
        page.goto(url + "/-/cluster/cluster~3Ahavrom-vest")
        marks = page.locator("svg.timeline g.timeline-event")
        dates = [marks.nth(i).get_attribute("data-date") for i in range(marks.count())]
        xs = [float(marks.nth(i).locator("circle").get_attribute("cx")) for i in range(marks.count())]
        assert dates == ["2014-01-01", "2022-06-21"] and xs == sorted(xs)
        assert page.locator("li.history-event").first.get_attribute("data-date") == "2014-01-01"

        sign_in(page, url, "kari", PASSWORDS["kari"])  # back to the queue
        assert page.url == url + "/-/review"
        page.goto(url + "/-/review/fact/nb-1-Arena-granted")
        page.keyboard.press("?")  # the key list opens where the reviewer is looking
        box = page.locator(".review-keys").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 900
        page.keyboard.press("Escape")

        page.fill("input[name='field:date']", "2014-13-01")
        page.press("input[name='field:date']", "Enter")
        assert "er ikke en dato skrevet ÅÅÅÅ-MM-DD" in page.locator("#verdict-error").inner_text()
        assert reviews(kb_path) == []

        page.fill("input[name='field:date']", "2014-06-01")
        page.select_option("select[name='field:date_granularity']", "month")
        page.click("button.correct")
        page.wait_for_url(lambda u: "/-/review" in u and "nb-1-Arena-granted" not in u)
        page.goto(url + "/-/cluster/cluster~3Ahavrom-vest")
        assert "rettet av 1" in page.locator("li.history-event").first.inner_text()

    [row] = reviews(kb_path)
    assert (row["fact_id"], row["verdict"], row["reviewer"]) == ("nb-1-Arena-granted", "corrected", "kari")
    assert json.loads(row["correction"]) == {"date": "2014-06-01", "date_granularity": "month"}


def test_verdicts_reach_the_cluster_page_and_its_timeline(tmp_path):
    """A rejection, a correction (written as the pages write it) and a confirmation per fact
    type the cluster page shows, recorded in the browser; the page and its timeline then
    show the facts as reviewed, and its switch the extraction beside them."""
    kb_path = tmp_path / "newsfacts.db"
    build_reviewed_kb(kb_path)
    reviewers_file = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    shown = [fact_id for fact_id in VERDICTS if not fact_id.startswith("dt-")]  # the page shows no dates table
    with serving(kb_path, reviewers_file) as url, chromium_page(viewport={"width": 1280, "height": 900}) as page:
        page.goto(url + "/-/cluster/cluster~3Ahavrom-vest")
        assert page.locator("svg.timeline g.timeline-event").count() == 3  # before: the loss is drawn too
        sign_in(page, url, "kari", PASSWORDS["kari"])
        for fact_id in shown:
            verdict, fields = VERDICTS[fact_id]
            page.goto(f"{url}/-/review/fact/{fact_id}")
            for name, value in fields.items():
                page.fill(f"input[name='{name}']", value)
            page.click("button.correct" if verdict == "corrected" else f"button[value={verdict}]")
            page.wait_for_url(lambda u, fact_id=fact_id: not u.endswith(f"/fact/{fact_id}"))

        page.goto(url + "/-/cluster/cluster~3Ahavrom-vest")
        marks = page.locator("svg.timeline g.timeline-event")
        assert [marks.nth(i).get_attribute("data-date") for i in range(marks.count())] == ["2014-01-01", "2025-01-15"]
        assert [marks.nth(i).locator("text").text_content() for i in range(marks.count())] == [
            "2014: tildelt Arena", "15. januar 2025: tildelt GCE"]
        history = page.locator("li.history-event strong").all_inner_texts()
        assert history == ["2014", "15. januar 2025"]
        funding = page.locator(".fact-columns section", has_text="Oppgitt finansiering").inner_text()
        assert "2,4\u00a0mill.\u00a0kr" in funding and "mrd." not in funding and "6\u00a0mill." not in funding
        people = page.locator(".fact-columns section", has_text="Personer med roller i klyngen").inner_text()
        assert "Ola Hansen, nestleder" in people and "Kari Nordmann" not in people
        page.click("a.raw-switch")
        page.wait_for_url("**?raw=1")
        assert "uttrukket: Havrom Vest: tildelt GCE (2025-02-03)" in page.locator("ol.history").inner_text()
        assert "1,2 mrd. kr = 1,2 mrd. kr" in page.locator("ul.rejected-facts").inner_text()

    assert {r["fact_id"]: r["verdict"] for r in reviews(kb_path)} == {f: VERDICTS[f][0] for f in shown}


PHONE = {"width": 375, "height": 740}
WIDEST = "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"


def test_review_pages_fit_a_phone(kb_path, tmp_path):
    reviewers_file = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    with serving(kb_path, reviewers_file) as url, chromium_page(viewport=PHONE) as page:
        sign_in(page, url, "kari", PASSWORDS["kari"])
        for path in ("/-/review", "/-/review/fact/se-heidner-nce", "/-/review/fact/am-7-5-mill"):
            page.goto(url + path)
            assert page.evaluate(WIDEST) <= PHONE["width"], path
        form = page.locator("#verdict-form").bounding_box()
        assert form["x"] >= 0 and form["x"] + form["width"] <= PHONE["width"]
        for control in page.locator("#verdict-form input:not([type=hidden]), #verdict-form select, #verdict-form textarea,"
                                    " #verdict-form button").all():
            box = control.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], control.get_attribute("name")


def test_verdict_skip_and_undo_without_a_reload(kb_path, tmp_path):
    reviewers_file = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    with serving(kb_path, reviewers_file) as url, chromium_page(viewport=PHONE) as page:
        sign_in(page, url, "kari", PASSWORDS["kari"])
        page.goto(url + "/-/review/fact/am-7-5-mill")
        page.evaluate("window.loadedOnce = true")  # gone if the page were loaded again
        page.keyboard.press("c")
        page.wait_for_url("**/-/review/fact/pr-haug-berg")
        assert page.locator("#review-message").inner_text().startswith("Lagret: bekreftet")
        page.keyboard.press("s")  # skip: on to the next fact, no verdict
        page.wait_for_url("**/-/review/fact/dt-torsdag")
        assert page.locator("#review-message").inner_text().startswith("Hoppet over")
        page.keyboard.press("u")  # undo the confirmation: back to that fact
        page.wait_for_url("**/-/review/fact/am-7-5-mill")
        assert page.locator("#review-message").inner_text().startswith("Angret")
        assert "angret" in page.locator(".review-history").inner_text()
        assert page.evaluate("window.loadedOnce") is True
        page.goto(url + "/-/review")
        ids = page.locator("tr[data-fact-id]").evaluate_all("rows => rows.map(r => r.dataset.factId)")
        # undone: back in its place; skipped: last
        assert ids == ["se-heidner-nce", "am-7-5-mill", "dt-torsdag", "dt-oppdatert", "pr-haug-berg"]
    [row] = reviews(kb_path)
    assert (row["fact_id"], row["verdict"], row["undone_at"] is not None) == ("am-7-5-mill", "confirmed", True)
    assert query(kb_path, "SELECT verdict FROM facts WHERE fact_id = 'am-7-5-mill'") == [{"verdict": None}]


def test_the_forms_work_without_javascript(kb_path, tmp_path):
    reviewers_file = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    with serving(kb_path, reviewers_file) as url, chromium_page(java_script_enabled=False) as page:
        sign_in(page, url, "kari", PASSWORDS["kari"])
        page.goto(url + "/-/review/fact/am-7-5-mill")
        page.click("button[value=rejected]")
        page.wait_for_url("**/-/review/fact/pr-haug-berg")
        page.click("button[value=skip]")
        page.wait_for_url("**/-/review/fact/dt-torsdag")
        page.click(".undo-form button")
        page.wait_for_url("**/-/review/fact/am-7-5-mill")
        assert "angret" in page.locator(".review-history").inner_text()
    [row] = reviews(kb_path)
    assert (row["fact_id"], row["verdict"], row["undone_at"] is not None) == ("am-7-5-mill", "rejected", True)
