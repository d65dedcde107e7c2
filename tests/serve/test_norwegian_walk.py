"""Issue #32, first "done when" line: a reviewer's walk in headless Chromium through the home
page, a cluster, the programme, the review queue, a verdict, its undo, a skip and a second
reviewer's review, then Datasette's own database, table (with a column's menu open), row, SQL,
canned-query and error pages. On every page the visible UI text (data taken out: the cells of
Datasette's tables, facet values, SQL, and the KB's free-text values) holds no English word
of ``ENGLISH``."""

import re

import pytest

from .helpers import query, reviews
from .kb import PASSWORDS
from .reviewed_kb import build_reviewed_kb
from .server import browser_missing, chromium_page, serving, sign_in, write_reviewers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(browser_missing() is not None, reason=f"browser test: {browser_missing()}"),
]

# English UI words (Datasette's pages and ours as they were); none of them is a Norwegian word.
ENGLISH = """the and of by with from this these that than more many other where run query queries custom
returning results records row rows table tables view views hidden facet facets suggested next page advanced
export download file expand labels stream apply search remove column columns sorted ascending descending
blank contains starts ends null empty links show hide edit powered license source about home log sign out
databases parameters clause extra shape newline delimited object array options timed awaiting review reviewed
reviewer reviewers queue confirm reject save evidence verdict verdicts fields history previous copies copy
story stories reported outlets outlet people funding clusters cluster undated extracted keyboard shortcuts
original facts fact optional none clear any expected sources flags held years year granted upgraded extended
rejected lost certified confirmed corrected disputed unreviewed unknown extractor confidence article articles
date name password day month week season quarter decade former disagree missing found skip undo every each
which their its or axis titled scale values legend symbol""".split()
_ENGLISH = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b", re.IGNORECASE)

# The KB's free-text values (what articles wrote, who is named, who reviewed): data, not UI.
DATA_SQL = ["SELECT title, outlet, source, text FROM articles", "SELECT name FROM entities",
            "SELECT cluster, evidence, granted_by, date_text FROM status_events",
            "SELECT person, role, organization, evidence FROM person_roles",
            "SELECT text, unit, evidence, cluster, measure, qualifier FROM amounts",
            "SELECT text, evidence FROM dates", "SELECT DISTINCT extractor FROM facts",
            "SELECT reviewer FROM reviews"]

# Text the page shows, element by element, leaving out data: cells of Datasette's result
# tables and of the fact page's "Alle felt", facet values, values searched or filtered for
# (class "data"), SQL (editor, <pre>, <code>) and scripts. Buttons' values, placeholders,
# aria-labels and icon titles count as UI text.
VISIBLE_UI_TEXT = """() => {
  const data = "script, style, noscript, textarea, pre, code, kbd, .CodeMirror, .rows-and-columns td, .all-fields td, .data,"
             + " .facet-info li a:not(.cross), .facet-info li:has(> .cross)";
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(data) || !node.textContent.trim()) continue;
    const svgTitle = el.tagName.toLowerCase() === "title";
    if (!svgTitle && !el.checkVisibility({visibilityProperty: true})) continue;
    texts.push(node.textContent.trim());
  }
  for (const el of document.querySelectorAll("input[type=submit], input[type=button], [placeholder], [aria-label]")) {
    if (el.closest(data)) continue;
    texts.push(el.value || "", el.placeholder || "", el.getAttribute("aria-label") || "");
  }
  return texts.filter(t => t).join(" | ");
}"""


def english_words(page, data: list[str]) -> list[str]:
    """The English words of the page's visible UI text, its data taken out."""
    text = re.sub(r"\s+", " ", page.evaluate(VISIBLE_UI_TEXT))
    text = re.sub(r"\S+/\S+\.\w+", " ", text)  # file names such as docs/review.md
    for value in data:  # longest first
        text = text.replace(value, " ")
    return sorted({w.lower() for w in _ENGLISH.findall(text)})


def kb_data(kb_path) -> list[str]:
    values = {re.sub(r"\s+", " ", str(v)) for sql in DATA_SQL for row in query(kb_path, sql) for v in row.values() if v}
    return sorted(values, key=len, reverse=True)


def walk(page, url: str) -> dict[str, object]:
    """The pages of the walk, each visited (and acted on) in turn: name -> how to get there."""
    def moves_on(selector):  # a verdict, skip or undo: the page shows another fact, with or without a reload
        def act():
            before = page.url
            page.click(selector)
            page.wait_for_url(lambda now: now != before)
        return act

    def verdict(value):
        return moves_on(f"button[value={value}]")

    return {
        "home (signed out)": lambda: page.goto(url + "/"),
        "sign-in": lambda: page.goto(url + "/-/login"),
        "review queue": lambda: sign_in(page, url, "kari", PASSWORDS["kari"]),
        "cluster": lambda: page.goto(url + "/-/cluster/cluster~3Ahavrom-vest"),
        "programme": lambda: page.goto(url + "/-/programme?date=2025-06-01"),
        "fact": lambda: page.goto(url + "/-/review/fact/se-gce"),
        "after a verdict": verdict("confirmed"),
        "after undo": moves_on(".undo-form button"),
        "after the verdict again": verdict("confirmed"),
        "after a skip": verdict("skip"),
        "home (signed in)": lambda: page.goto(url + "/"),
        "database": lambda: page.goto(url + "/newsfacts"),
        "table": lambda: page.goto(url + "/newsfacts/status_events?_facet=date_granularity&action=granted&_sort=date"),
        "table, a column's menu": lambda: page.click("th[data-column=status] .dropdown-menu-icon"),
        "row": lambda: page.goto(url + "/newsfacts/status_events/se-gce"),
        "SQL": lambda: page.goto(url + "/newsfacts?sql=select+id%2C+status+from+status_events"),
        "canned query": lambda: page.goto(url + "/newsfacts/clusters"),
        "canned query, SQL shown": lambda: page.goto(url + "/newsfacts/clusters?_show_sql=1"),
        "a table that is not there": lambda: page.goto(url + "/newsfacts/finnes_ikke"),
        "agreement": lambda: page.goto(url + "/-/review/agreement"),
        "second reviewer's queue": lambda: (page.context.clear_cookies(), sign_in(page, url, "ola", PASSWORDS["ola"])),
        "second review": lambda: page.goto(url + "/-/review/fact/se-gce"),
        "after the second verdict": verdict("rejected"),
    }


def test_a_walk_through_the_pages_finds_no_english_ui_word(tmp_path):
    kb_path = tmp_path / "newsfacts.db"
    build_reviewed_kb(kb_path)
    data = kb_data(kb_path)
    reviewers_file = write_reviewers(tmp_path / "reviewers.json", PASSWORDS)
    found, second_queue, codes, sql_shown, labels = {}, [], [], {}, []
    with serving(kb_path, reviewers_file) as url, chromium_page(viewport={"width": 1280, "height": 900}) as page:
        for name, step in walk(page, url).items():
            step()
            page.wait_for_load_state()
            found[name] = english_words(page, data)
            if name == "second reviewer's queue":
                second_queue = page.locator("tr[data-fact-id]").evaluate_all("rows => rows.map(r => r.dataset.factId)")
            if name == "row":  # ids shown by their labels
                labels = [page.locator(f"td.col-{c}").inner_text() for c in ("article_id", "cluster_id")]
            if name.startswith("canned query"):  # its SQL behind "vis SQL"
                sql_shown[name] = page.locator("#sql-query, #sql-editor").count()
            if name == "table":  # a code shown as its word, the code kept in the cell's title and the filter
                codes = page.evaluate("""() => { const cell = document.querySelector("td.col-action span");
                    return [cell && cell.innerText, cell && cell.title, document.querySelector("input.filter-value").value]; }""")
    # the walk did what it says: kari's verdict (undone, then again), ola's second review from his queue
    assert [(r["fact_id"], r["reviewer"], r["verdict"], r["undone_at"] is None) for r in reviews(kb_path)] == [
        ("se-gce", "kari", "confirmed", False), ("se-gce", "kari", "confirmed", True),
        ("se-gce", "ola", "rejected", True)]
    assert "se-gce" in second_queue
    english = {name: words for name, words in found.items() if words}
    assert english == {}, "\n".join(f"{name}: {' '.join(words)}" for name, words in english.items())
    assert codes == ["tildelt", "granted", "granted"]
    assert sql_shown == {"canned query": 0, "canned query, SQL shown": 1}
    assert labels == ["Havrom Vest blir GCE", "Havrom Vest"]
