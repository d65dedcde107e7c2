"""Issue #32 item 1: the pages speak Norwegian (Bokmål). Every page of the plugin, signed in
and out, with a verdict in the history and the extraction shown, holds no English word of
``ENGLISH`` once the data (article texts and titles, names, evidence, the raw field values)
is taken out; the canned queries' titles and descriptions likewise; codes are shown as the
words of extract/data/labels.yaml, and the correction form still sends the codes."""

import re

import pytest
import yaml

from extract.lexicon import DATA_DIR, load
from extract.store import VOCABULARIES
from extract.serve.app import make_datasette
from extract.serve.kbmeta import METADATA

from .helpers import actor_cookie, post_verdict, query, run
from .reviewed_kb import build_reviewed_kb

# English words of the old pages (and their likes); none of them is a Norwegian word.
ENGLISH = """the and of by with from awaiting review reviewed reviewer reviewers queue confirm reject save sign
log evidence verdict verdicts paragraph fields history previous next page copies copy story stories reported
outlets outlet people funding clusters cluster undated extracted keyboard shortcuts row original facts fact note
optional none filter clear any period expected sources flags held years year granted upgraded extended rejected
lost certified confirmed corrected disputed unreviewed unknown extractor confidence article articles date show
hide name password day month week season quarter decade former disagree missing found skip undo every each
which their its or""".split()
_ENGLISH = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b", re.IGNORECASE)
# Free-text data columns: what the articles wrote and who is named (codes such as "granted" are not data here).
DATA_SQL = ["SELECT title, outlet, source, text FROM articles", "SELECT name FROM entities",
            "SELECT cluster, evidence, granted_by, date_text FROM status_events",
            "SELECT person, role, organization, evidence FROM person_roles",
            "SELECT text, unit, evidence, cluster, measure, qualifier FROM amounts",
            "SELECT text, evidence FROM dates", "SELECT DISTINCT extractor FROM facts",
            "SELECT note FROM reviews", "SELECT reviewer, reviewed_at FROM reviews"]


def _data(kb_path) -> list[str]:
    values = {str(v) for sql in DATA_SQL for row in query(kb_path, sql) for v in row.values() if v}
    return sorted(values, key=len, reverse=True)


def _visible(html: str, data: list[str]) -> str:
    """The page's own text: its content section without scripts, key names, raw field
    values (the "Alle felt" table's cells) and data."""
    body = re.search(r'<section class="content">(.*)</section>', html, re.S).group(1)
    body = re.sub(r'<table class="all-fields">.*?</table>',
                  lambda m: re.sub(r"<td>.*?</td>", " ", m.group(0), flags=re.S), body, flags=re.S)
    body = re.sub(r"<(script|style|kbd|code)\b.*?</\1>", " ", body, flags=re.S)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).replace("&amp;", "&")
    for value in data:  # longest first
        text = text.replace(re.sub(r"\s+", " ", value), " ")
    return text


PAGES = ["/-/review", "/-/review/fact/se-gce", "/-/review/fact/am-seks", "/-/review/fact/pr-kari",
         "/-/review/article/bt-1", "/-/review/agreement", "/-/cluster", "/-/cluster/cluster~3Ahavrom-vest",
         "/-/cluster/cluster~3Ahavrom-vest?raw=1", "/-/programme?date=2025-06-01", "/-/programme?date=2024-01-01", "/-/programme?date=juni",
         "/-/login", "/-/logout"]


@pytest.fixture
def served(tmp_path, reviewers):
    path = tmp_path / "newsfacts.db"
    build_reviewed_kb(path)
    ds = make_datasette(path, reviewers=reviewers)
    yield ds, path
    for db in ds.databases.values():
        db.close()


def test_no_english_words_on_the_pages(served):
    ds, path = served

    async def pages():
        await post_verdict(ds, "se-gce", verdict="corrected", note="", **{"field:date": "2025-01-15"})
        await post_verdict(ds, "am-seks", reviewer="ola", verdict="rejected")
        refused = await post_verdict(ds, "pr-kari", verdict="corrected", **{"field:person": ""})
        shown = {"refused": refused.text}
        for page in PAGES:
            for who in (None, "kari"):
                response = await ds.client.get(page, cookies=actor_cookie(ds, who) if who else {})
                if response.status_code == 302:  # /-/logout, signed out
                    continue
                assert response.status_code == (400 if "juni" in page else 200), page
                shown[f"{page} ({who or 'signed out'})"] = response.text
        return shown

    data, shown = _data(path), run(pages())
    assert "Vurderingen ble ikke lagret: person kan ikke være tomt" in shown["refused"]
    found = {page: sorted(set(_ENGLISH.findall(_visible(html, data)))) for page, html in shown.items()}
    assert {page: words for page, words in found.items() if words} == {}


def test_canned_queries_and_menus_are_norwegian(served):
    ds, _ = served
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    texts = [meta["description_html"], meta["license"], meta["source"], meta["about"]]
    texts += [q[k] for q in meta["databases"]["newsfacts"]["queries"].values() for k in ("title", "description")]
    words = {"the", "and", "of", "by", "with", "from", "every", "each", "which", "their", "its", "or", "a", "an"}
    assert [t for t in texts if words & set(re.findall(r"[A-Za-z]+", re.sub(r"<[^>]+>", " ", t)))] == []
    home = run(ds.client.get("/", cookies=actor_cookie(ds, "kari"))).text
    assert all(f">{label}</a>" in home for label in ("Klynger", "Programmet på en dato", "Vurder fakta"))
    assert ">Logg inn</a>" in run(ds.client.get("/")).text


def test_actions_are_norwegian_words_from_the_data_file_and_the_form_sends_codes(served):
    ds, path = served
    words = load(DATA_DIR, "labels")["actions"]
    assert set(words) == set(VOCABULARIES["status_events"]["action"])  # a word for every action
    assert [words[a] for a in ("granted", "upgraded", "extended", "rejected", "lost", "certified")] == [
        "tildelt", "oppgradert", "forlenget", "avslått", "mistet", "sertifisert"]
    summaries = {r["fact_id"]: r["summary"] for r in query(path, "SELECT fact_id, summary FROM facts")}
    assert summaries["se-gce"] == "Havrom Vest: tildelt GCE (2025-02-03)"
    assert summaries["pr-kari"] == "Kari Nordmann, daglig leder i Havrom Vest"
    form = run(ds.client.get("/-/review/fact/se-gce", cookies=actor_cookie(ds, "kari"))).text
    assert '<option value="granted" selected>tildelt</option>' in form
    assert '<label for="field-granted_by" title="granted_by">tildelt av</label>' in form
    response = run(post_verdict(ds, "se-gce", verdict="corrected", **{"field:action": "upgraded"}))
    assert response.status_code == 302
    assert query(path, "SELECT correction FROM reviews") == [{"correction": '{"action": "upgraded"}'}]
    assert "Havrom Vest: oppgradert GCE (2025-02-03)" in [
        r["summary"] for r in query(path, "SELECT summary FROM facts WHERE fact_id = 'se-gce'")]


def test_datasettes_menu_footer_and_error_pages_are_norwegian(served, tmp_path, reviewers):
    ds, path = served
    home = run(ds.client.get("/", cookies=actor_cookie(ds, "kari"))).text
    footer = home[home.index('<footer class="ft">'):]
    assert "Drevet av <a" in footer and "Datalisens:" in footer and "Datakilde:" in footer and "Powered" not in footer
    assert ">Meny</title>" in home and ">Logg ut</button>" in home and ">hjem</a>" in home
    missing = run(ds.client.get("/-/review/fact/finnes-ikke"))
    assert missing.status_code == 404 and "<h1>Feil 404</h1>" in missing.text and "Fant ikke faktum" in missing.text
    own = tmp_path / "own"  # --template-dir still comes first
    own.mkdir()
    (own / "_footer.html").write_text("Vår egen bunntekst", encoding="utf-8")
    mine = make_datasette(path, reviewers=reviewers, template_dir=str(own))
    assert "Vår egen bunntekst" in run(mine.client.get("/")).text
    for db in mine.databases.values():
        db.close()
