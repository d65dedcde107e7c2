"""The review pages and verdicts, through Datasette's test client."""

import json
import re

import pytest

from extract.serve import review, signin
from extract.serve.app import make_datasette
from extract.store import Facts, KnowledgeBase

from .helpers import actor_cookie, csrf, post_verdict, query, reviews, run
from .kb import PASSWORDS, PIPELINE_VERSION, TITLE, norwegian_article, norwegian_facts

# Contested first (none here), then by reach: the status event (4 pages), the cluster's funding (2), the
# role in the cluster (1), then the dates, least certain first.
QUEUE_ORDER = ["se-heidner-nce", "am-7-5-mill", "pr-haug-berg", "dt-torsdag", "dt-oppdatert"]


def without(*fact_ids: str) -> list[str]:
    """The queue once ``fact_ids`` are judged."""
    return [f for f in QUEUE_ORDER if f not in fact_ids]


def queue_ids(html):
    return re.findall(r'data-fact-id="([^"]+)"', html)


def test_queue_by_value_and_filters(ds, monkeypatch):
    async def scenario():
        html = (await ds.client.get("/-/review")).text
        assert queue_ids(html) == QUEUE_ORDER
        assert "5 fakta venter på vurdering" in html
        assert queue_ids((await ds.client.get("/-/review?fact_type=date")).text) == ["dt-torsdag", "dt-oppdatert"]
        assert queue_ids((await ds.client.get("/-/review?extractor=rules-roles")).text) == ["pr-haug-berg"]
        assert queue_ids((await ds.client.get("/-/review?cluster=NCE+Heidner+Biocluster")).text) == QUEUE_ORDER
        assert queue_ids((await ds.client.get("/-/review?cluster=Arena+Innlandet")).text) == []
        assert queue_ids((await ds.client.get("/-/review?article=hamar-arbeiderblad-1")).text) == QUEUE_ORDER
        monkeypatch.setattr(review, "PAGE_SIZE", 2)
        page2 = (await ds.client.get("/-/review?page=2")).text
        assert queue_ids(page2) == QUEUE_ORDER[2:4] and "side 2 av 3" in page2
        assert 'data-nav="next-page"' in page2 and 'data-nav="prev-page"' in page2
    run(scenario())


def test_queue_has_verdict_buttons_only_for_reviewers(ds):
    async def scenario():
        signed_out = (await ds.client.get("/-/review")).text
        assert 'data-key="c"' not in signed_out and "Logg inn" in signed_out
        signed_in = (await ds.client.get("/-/review", cookies=actor_cookie(ds, "kari"))).text
        assert signed_in.count('data-key="c"') == 5 and 'name="csrftoken"' in signed_in
        outsider = (await ds.client.get("/-/review", cookies=actor_cookie(ds, "mallory"))).text
        assert 'data-key="c"' not in outsider
    run(scenario())


def test_fact_page(ds):
    async def scenario():
        html = (await ds.client.get("/-/review/fact/se-heidner-nce", cookies=actor_cookie(ds, "kari"))).text
        assert ('Innovasjon Norge <mark class="hl hl-event" title="NCE Heidner Biocluster: tildelt NCE (2023-06-15)">'
                "tildelte torsdag NCE-status til NCE Heidner Biocluster</mark>.") in html
        assert "Klyngen samler bedrifter innen husdyravl" in html  # the rest of the paragraph
        assert 'href="/-/review/article/hamar-arbeiderblad-1#fact-se-heidner-nce"' in html
        for field in ("cluster", "status", "action", "date", "granted_by"):
            assert f'name="field:{field}"' in html
        assert 'value="Innovasjon Norge"' in html and 'title="confidence">sikkerhet</th><td>0.92' in html
        assert "Ingen vurderinger ennå." in html
        # metadata facts have no offsets
        meta = await ds.client.get("/-/review/fact/dt-oppdatert")
        assert meta.status_code == 200
        assert "Sist oppdatert 15.06.2023" in meta.text and "fra en metadatalinje" in meta.text
        assert (await ds.client.get("/-/review/fact/nope")).status_code == 404
    run(scenario())


def test_article_view(ds):
    async def scenario():
        html = (await ds.client.get("/-/review/article/hamar-arbeiderblad-1")).text
        for kind, text in [("place", "Hamar"), ("organisation", "Innovasjon Norge"), ("amount", "7,5 millioner kroner"),
                           ("cluster", "NCE Heidner Biocluster")]:
            assert re.search(rf'<mark class="hl hl-{kind}[^"]*" title="[^"]*">(<a [^>]+>)?{text}<', html), kind
        assert 'class="hl hl-date hl-overlap"' in html  # "torsdag" inside the status event
        assert '<a href="/-/review/fact/pr-haug-berg">Kristiane Haug Berg</a>' in html
        assert html.count("<p>") >= 5  # title, lead and three paragraphs
        for label in ("Personer", "Organisasjoner", "Klynger", "Datoer", "Beløp", "Statushendelser"):
            assert f">{label}</mark>" in html
        assert html.count('<li id="fact-') == 5
        assert (await ds.client.get("/-/review/article/nope")).status_code == 404
    run(scenario())


def test_article_text_is_escaped(tmp_path):
    path = tmp_path / "kb.db"
    kb = KnowledgeBase(path)
    article = norwegian_article(["Innovasjon Norge <script>alert('x')</script> ga 5 mill. kroner."])
    article.url = "javascript:alert(1)"
    text = article.text
    start = text.index("<script>")
    kb.replace_article(article, Facts(amounts=[{
        "id": "am-x", "article_id": article.id, "text": "<script>", "value": 5.0, "currency": "NOK",
        "evidence": article.paragraphs[0], "evidence_start": text.index(article.paragraphs[0]),
        "start_char": start, "end_char": start + 8, "extractor": "x", "confidence": 0.1}]), PIPELINE_VERSION)
    ds = make_datasette(path)

    async def scenario():
        for url in ("/-/review", "/-/review/fact/am-x", "/-/review/article/hamar-arbeiderblad-1"):
            html = (await ds.client.get(url)).text
            assert "<script>alert" not in html and "&lt;script&gt;" in html, url
            assert "javascript:alert" not in html
    run(scenario())


def test_confirm_redirects_to_next_fact(ds, kb_path):
    async def scenario():
        response = await post_verdict(ds, "am-7-5-mill", verdict="confirmed", note="  Stemmer med pressemeldingen ")
        assert response.status_code == 302
        assert response.headers["location"] == "/-/review/fact/pr-haug-berg"
        [row] = reviews(kb_path)
        assert row["fact_id"] == "am-7-5-mill" and row["fact_type"] == "amount"
        assert (row["verdict"], row["reviewer"], row["correction"]) == ("confirmed", "kari", None)
        assert row["note"] == "Stemmer med pressemeldingen"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", row["reviewed_at"])
        assert queue_ids((await ds.client.get("/-/review")).text) == without("am-7-5-mill")
        page = (await ds.client.get("/-/review/fact/am-7-5-mill")).text
        assert "Stemmer med pressemeldingen" in page and "verdict-confirmed" in page
    run(scenario())


def test_reject_from_queue_keeps_filters(ds, kb_path):
    async def scenario():
        response = await post_verdict(ds, "dt-torsdag", query="?fact_type=date", verdict="rejected",
                                      then="queue", page="1")
        assert response.status_code == 302
        assert response.headers["location"] == "/-/review?fact_type=date&page=1"
        assert [(r["fact_id"], r["verdict"]) for r in reviews(kb_path)] == [("dt-torsdag", "rejected")]
    run(scenario())


def test_correct_stores_changed_fields_as_json(ds, kb_path):
    async def scenario():
        extracted = query(kb_path, "SELECT * FROM person_roles WHERE id = 'pr-haug-berg'")
        response = await post_verdict(
            ds, "pr-haug-berg", verdict="corrected", note="Hun er styreleder",
            **{"field:person": "Kristiane Haug Berg", "field:role": "styreleder",
               "field:organization": "Heidner Biocluster AS"})
        assert response.status_code == 302
        [row] = reviews(kb_path)
        assert row["verdict"] == "corrected"
        assert json.loads(row["correction"]) == {"role": "styreleder", "organization": "Heidner Biocluster AS"}
        assert query(kb_path, "SELECT * FROM person_roles WHERE id = 'pr-haug-berg'") == extracted  # never overwritten
        [fact] = query(kb_path, "SELECT * FROM facts WHERE fact_id = 'pr-haug-berg'")
        assert fact["verdict"] == "corrected" and json.loads(fact["correction"])["role"] == "styreleder"
        # numbers are parsed by column type; bad values and empty corrections are refused
        ok = await post_verdict(ds, "am-7-5-mill", verdict="corrected", **{"field:value": "7000000"})
        assert ok.status_code == 302 and json.loads(reviews(kb_path)[-1]["correction"]) == {"value": 7_000_000.0}
        bad = await post_verdict(ds, "am-7-5-mill", verdict="corrected", **{"field:value": "sju millioner"})
        assert bad.status_code == 400
        same = await post_verdict(ds, "pr-haug-berg", verdict="corrected", **{"field:role": "styreleder"})
        assert same.status_code == 302  # differs from the extracted role
        unchanged = await post_verdict(ds, "se-heidner-nce", verdict="corrected", **{"field:status": "NCE"})
        assert unchanged.status_code == 400 and "minst ett felt" in unchanged.text
        unknown = await post_verdict(ds, "se-heidner-nce", verdict="approved")
        assert unknown.status_code == 400
        long_note = await post_verdict(ds, "se-heidner-nce", verdict="confirmed", note="x" * (review.MAX_NOTE + 1))
        assert long_note.status_code == 400
        assert len(reviews(kb_path)) == 3
    run(scenario())


def test_verdicts_need_a_signed_in_reviewer(ds, kb_path):
    async def scenario():
        assert (await post_verdict(ds, "se-heidner-nce", reviewer=None, verdict="confirmed")).status_code == 403
        assert (await post_verdict(ds, "se-heidner-nce", reviewer="mallory", verdict="confirmed")).status_code == 403
        no_cookies = await ds.client.post("/-/review/fact/se-heidner-nce", data={"verdict": "confirmed"})
        assert no_cookies.status_code == 403
        assert reviews(kb_path) == []
    run(scenario())


def test_verdict_without_csrf_token_is_refused(ds, kb_path):
    async def scenario():
        cookies = actor_cookie(ds, "kari")
        response = await ds.client.post("/-/review/fact/se-heidner-nce", cookies=cookies,
                                        data={"verdict": "confirmed"})
        assert response.status_code == 403
        csrf_cookie, _ = await csrf(ds)
        wrong = await ds.client.post("/-/review/fact/se-heidner-nce", cookies={**cookies, **csrf_cookie},
                                     data={"verdict": "confirmed", "csrftoken": "forged"})
        assert wrong.status_code == 403
        assert reviews(kb_path) == []
    run(scenario())


def test_sign_in_with_password(ds, kb_path):
    async def scenario():
        csrf_cookie, token = await csrf(ds)
        response = await ds.client.post("/-/login", cookies=csrf_cookie, data={
            "username": "ola", "password": PASSWORDS["ola"], "csrftoken": token})
        assert response.status_code == 302
        actor = signin.of(ds).actor(ds, response.cookies["ds_actor"])
        assert actor == {"id": "ola"}
        assert await ds.permission_allowed(actor, "newsfacts-review") is True
        assert await ds.permission_allowed({"id": "mallory"}, "newsfacts-review") is False
        assert await ds.permission_allowed(None, "newsfacts-review") is False
    run(scenario())


def test_two_reviewers_disagree(ds, kb_path):
    async def scenario():
        await post_verdict(ds, "se-heidner-nce", reviewer="kari", verdict="confirmed")
        await post_verdict(ds, "se-heidner-nce", reviewer="ola", verdict="rejected", note="Det var Arena Pro")
        assert [(r["reviewer"], r["verdict"]) for r in reviews(kb_path)] == [("kari", "confirmed"), ("ola", "rejected")]
        [fact] = query(kb_path, "SELECT * FROM facts WHERE fact_id = 'se-heidner-nce'")
        assert (fact["verdict"], fact["reviewer"], fact["reviews"], fact["conflict"]) == ("rejected", "ola", 2, 1)
        html = (await ds.client.get("/-/review/fact/se-heidner-nce")).text
        assert "vurdererne er uenige" in html and "Det var Arena Pro" in html
    run(scenario())


def test_orphaned_reviews_and_reextraction(ds, kb_path):
    async def scenario():
        await post_verdict(ds, "pr-haug-berg", verdict="confirmed")
        await post_verdict(ds, "am-7-5-mill", verdict="rejected")

    run(scenario())
    kb = KnowledgeBase(kb_path)
    article = norwegian_article()
    kb.replace_article(article, norwegian_facts(article), PIPELINE_VERSION)  # same facts again
    assert query(kb_path, "SELECT * FROM orphaned_reviews") == []
    assert {f["fact_id"]: f["verdict"] for f in query(kb_path, "SELECT * FROM facts WHERE verdict IS NOT NULL")} == {
        "pr-haug-berg": "confirmed", "am-7-5-mill": "rejected"}
    facts = norwegian_facts(article)
    facts.person_roles[0] = {**facts.person_roles[0], "id": "pr-haug-berg-v2", "role": "styreleder"}
    kb.replace_article(article, facts, PIPELINE_VERSION)
    assert [r["fact_id"] for r in query(kb_path, "SELECT * FROM orphaned_reviews")] == ["pr-haug-berg"]
    assert query(kb_path, "SELECT verdict FROM facts WHERE fact_id = 'am-7-5-mill'") == [{"verdict": "rejected"}]
    kb.db.close()


def test_quality_from_latest_verdicts(ds):
    async def scenario():
        await post_verdict(ds, "dt-torsdag", reviewer="kari", verdict="rejected")
        await post_verdict(ds, "dt-torsdag", reviewer="ola", verdict="confirmed")  # latest wins
        await post_verdict(ds, "dt-oppdatert", verdict="corrected", **{"field:value": "2023-06-16"})
        await post_verdict(ds, "am-7-5-mill", verdict="confirmed")
        rows = (await ds.client.get("/newsfacts/extraction_quality.json?_shape=array")).json()
        by_key = {(r["extractor"], r["fact_type"]): r for r in rows}
        dates = by_key[("rules-dates", "date")]
        assert (dates["facts"], dates["reviewed"], dates["confirmed"], dates["corrected"], dates["precision"],
                dates["conflicts"]) == (2, 2, 1, 1, 0.5, 1)
        assert by_key[("rules-amounts", "amount")]["precision"] == 1.0
        assert by_key[("rules-status", "status_event")]["precision"] is None
    run(scenario())


def test_datasette_links_to_review_pages(ds):
    async def scenario():
        facts = (await ds.client.get("/newsfacts/facts")).text
        assert '<a href="/-/review/fact/se-heidner-nce">se-heidner-nce</a>' in facts
        assert f'<a href="/-/review/article/hamar-arbeiderblad-1">{TITLE}</a>' in facts
        assert ">hamar-arbeiderblad-1<" not in facts  # the facts view names its articles by their titles
        roles = (await ds.client.get("/newsfacts/person_roles")).text
        assert "/-/review?fact_type=person_role" in roles and "Vurder personroller som ikke er vurdert" in roles
        assert 'href="/-/review">Vurder fakta' in (await ds.client.get("/")).text
    run(scenario())


@pytest.mark.parametrize("sql", [
    "insert into reviews (fact_id, verdict) values ('x', 'confirmed')",
    "delete from reviews",
])
def test_sql_interface_stays_read_only(ds, kb_path, sql):
    async def scenario():
        response = await ds.client.get("/newsfacts.json", params={"sql": sql})
        assert response.status_code in (400, 403)
    run(scenario())
    assert reviews(kb_path) == []
