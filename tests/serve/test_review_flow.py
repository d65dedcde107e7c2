"""Undo, skip, verdicts answered in JSON for the page's script, and the second, independent
review (/-/review, /-/review/fact/<id>, /-/review/undo), through Datasette's test client."""

import re
import sqlite3

import pytest
from datasette_auth_passwords.utils import hash_password

from extract.serve.app import make_datasette
from extract.store import fact_reviews

from .helpers import actor_cookie, csrf, post_verdict, query, reviews, run
from .kb import PASSWORDS
from .test_agreement import twenty_amounts
from .test_review import QUEUE_ORDER, queue_ids, without

JSON = {"accept": "application/json"}


async def post(ds, path, cookies, headers=None, **form):
    """POST ``form`` to ``path`` with ``cookies`` (a reviewer's session) and a valid CSRF token."""
    csrf_cookie, token = await csrf(ds)
    return await ds.client.post(path, cookies={**cookies, **csrf_cookie}, headers=headers or {},
                                data={"csrftoken": token, **form})


def latest(kb_path):
    """fact id -> (latest verdict, reviews counted, conflict) from the `facts` view."""
    return {f["fact_id"]: (f["verdict"], f["reviews"], f["conflict"]) for f in query(kb_path, "SELECT * FROM facts")}


def test_undo_takes_back_ones_latest_verdicts_and_keeps_them_for_the_audit(ds, kb_path):
    kari = actor_cookie(ds, "kari")

    async def scenario():
        await post_verdict(ds, "se-heidner-nce", reviewer="kari", verdict="confirmed")
        await post_verdict(ds, "dt-torsdag", reviewer="ola", verdict="rejected")
        await post_verdict(ds, "am-7-5-mill", reviewer="kari", verdict="rejected")
        assert query(kb_path, "SELECT confirmed FROM status_history") == [{"confirmed": 1}]
        assert query(kb_path, "SELECT id FROM reviewed_amounts") == []  # rejected: out of the reviewed view

        response = await post(ds, "/-/review/undo?fact_type=amount", kari)
        assert response.status_code == 302
        assert response.headers["location"] == "/-/review/fact/am-7-5-mill?fact_type=amount"
        assert latest(kb_path)["am-7-5-mill"] == (None, 0, 0)
        assert query(kb_path, "SELECT id, review_state FROM reviewed_amounts") == [
            {"id": "am-7-5-mill", "review_state": "unreviewed"}]
        assert query(kb_path, "SELECT * FROM fact_states WHERE fact_id = 'am-7-5-mill'") == []
        assert "am-7-5-mill" in queue_ids((await ds.client.get("/-/review")).text)

        answer = (await post(ds, "/-/review/undo", kari, JSON)).json()  # again: the verdict before
        assert (answer["ok"], answer["fact_id"], answer["undone"]) == (True, "se-heidner-nce", "confirmed")
        assert answer["fact_url"] == "/-/review/fact/se-heidner-nce" and answer["message"].startswith("Angret")
        assert latest(kb_path)["se-heidner-nce"] == (None, 0, 0)
        assert query(kb_path, "SELECT confirmed FROM status_history") == [{"confirmed": 0}]
        quality = (await ds.client.get("/newsfacts/extraction_quality.json?_shape=array")).json()
        assert sum(r["reviewed"] for r in quality) == 1  # ola's verdict only
        progress = (await ds.client.get("/-/review/agreement")).text
        assert "kari" not in progress

        nothing = await post(ds, "/-/review/undo", kari, JSON)
        assert nothing.status_code == 409 and nothing.json()["error"] == "Du har ingen vurdering å angre."
        assert latest(kb_path)["dt-torsdag"] == ("rejected", 1, 0)  # ola's verdict is not kari's to undo

        history = (await ds.client.get("/-/review/fact/am-7-5-mill")).text
        assert "Ingen vurderinger ennå." not in history and "angret" in history  # the audit trail shows it
        await post_verdict(ds, "am-7-5-mill", reviewer="kari", verdict="confirmed")  # judged again
        assert latest(kb_path)["am-7-5-mill"] == ("confirmed", 1, 0)
    run(scenario())
    rows = reviews(kb_path)
    assert [(r["fact_id"], r["verdict"], r["reviewer"], r["undone_at"] is not None) for r in rows] == [
        ("se-heidner-nce", "confirmed", "kari", True), ("dt-torsdag", "rejected", "ola", False),
        ("am-7-5-mill", "rejected", "kari", True), ("am-7-5-mill", "confirmed", "kari", False)]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", r["undone_at"]) for r in rows if r["undone_at"])


def test_undo_needs_a_reviewer_and_a_post(ds, kb_path):
    async def scenario():
        await post_verdict(ds, "am-7-5-mill", reviewer="kari", verdict="rejected")
        assert (await post(ds, "/-/review/undo", {})).status_code == 403
        assert (await post(ds, "/-/review/undo", actor_cookie(ds, "mallory"))).status_code == 403
        assert (await ds.client.get("/-/review/undo", cookies=actor_cookie(ds, "kari"))).status_code == 405
        refused = await ds.client.post("/-/review/undo", cookies=actor_cookie(ds, "kari"), data={})
        assert refused.status_code == 403  # no CSRF token
    run(scenario())
    assert [r["undone_at"] for r in reviews(kb_path)] == [None]


def test_skip_puts_a_fact_last_in_the_reviewers_session_queue(ds, kb_path):
    session = actor_cookie(ds, "kari")

    async def scenario():
        response = await post(ds, "/-/review/fact/am-7-5-mill", session, verdict="skip")
        assert response.status_code == 302 and response.headers["location"] == "/-/review/fact/pr-haug-berg"
        html = (await ds.client.get("/-/review", cookies=session)).text
        assert queue_ids(html) == without("am-7-5-mill") + ["am-7-5-mill"] and "hoppet over" in html
        answer = (await post(ds, "/-/review/fact/dt-torsdag", session, JSON, verdict="skip", then="queue",
                             page="1")).json()
        assert answer == {"ok": True, "fact_id": "dt-torsdag", "skipped": True, "next_url": "/-/review?page=1",
                          "message": answer["message"]} and answer["message"].startswith("Hoppet over")
        mine = queue_ids((await ds.client.get("/-/review", cookies=session)).text)
        assert mine == without("am-7-5-mill", "dt-torsdag") + ["am-7-5-mill", "dt-torsdag"]
        # the skipped facts' order: next from the last unskipped fact is the first skipped one
        page = (await ds.client.get("/-/review/fact/dt-oppdatert", cookies=session)).text
        assert 'href="/-/review/fact/am-7-5-mill" data-nav="next"' in page
        # another session, another reviewer and the signed-out queue keep the usual order
        assert queue_ids((await ds.client.get("/-/review", cookies=actor_cookie(ds, "kari"))).text) == QUEUE_ORDER
        assert queue_ids((await ds.client.get("/-/review", cookies=actor_cookie(ds, "ola"))).text) == QUEUE_ORDER
        assert queue_ids((await ds.client.get("/-/review")).text) == QUEUE_ORDER
        assert (await post(ds, "/-/review/fact/se-heidner-nce", {}, verdict="skip")).status_code == 403
    run(scenario())
    assert reviews(kb_path) == []  # a skip is no verdict


def test_verdict_answers_json_when_asked_and_redirects_the_plain_form(ds, kb_path):
    session = actor_cookie(ds, "kari")

    async def scenario():
        answer = await post(ds, "/-/review/fact/am-7-5-mill", session, JSON, verdict="confirmed")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
        body = answer.json()
        assert (body["ok"], body["fact_id"], body["verdict"], body["next_url"]) == (
            True, "am-7-5-mill", "confirmed", "/-/review/fact/pr-haug-berg")
        assert body["review_id"] == reviews(kb_path)[0]["id"] and body["message"].startswith("Lagret: bekreftet")
        bad = await post(ds, "/-/review/fact/pr-haug-berg", session, JSON, verdict="corrected",
                         **{"field:person": ""})
        assert bad.status_code == 400 and bad.json() == {"ok": False,
                                                         "error": "Vurderingen ble ikke lagret: person kan ikke være tomt"}
        # without the Accept header (no JavaScript): the redirect and the error page as before
        plain = await post(ds, "/-/review/fact/pr-haug-berg", session, verdict="rejected")
        assert plain.status_code == 302 and plain.headers["location"] == "/-/review/fact/dt-torsdag"
        page = await post(ds, "/-/review/fact/pr-haug-berg", session, verdict="corrected", **{"field:person": ""})
        assert page.status_code == 400 and 'id="verdict-error"' in page.text
        html = (await ds.client.get("/-/review/fact/dt-torsdag", cookies=session)).text
        assert '<form method="post" id="verdict-form">' in html and "review.js" in html
        assert 'value="skip" data-key="s"' in html and 'data-key="u"' in html and "Angre siste vurdering" in html
    run(scenario())
    assert [(r["fact_id"], r["verdict"]) for r in reviews(kb_path)] == [
        ("am-7-5-mill", "confirmed"), ("pr-haug-berg", "rejected")]


def test_keyboard_help_lists_undo_and_skip(ds):
    html = run(ds.client.get("/-/review", cookies=actor_cookie(ds, "kari"))).text
    keys = dict(re.findall(r"<dt><kbd>([^<]+)</kbd></dt><dd>([^<]+)</dd>", html))
    assert keys["u"].startswith("angre") and keys["s"].startswith("hopp over") and keys["q"] == "tilbake til køen"


def test_sample_is_a_deterministic_share_of_fact_ids():
    from extract.serve import review_flow

    ids = [f"fakta-{i}" for i in range(2000)]
    chosen = [i for i in ids if review_flow.in_sample(i, 0.10)]
    assert 0.08 * 2000 <= len(chosen) <= 0.12 * 2000
    assert chosen == [i for i in ids if review_flow.in_sample(i, 0.10)]
    assert set(chosen) <= {i for i in ids if review_flow.in_sample(i, 0.25)}
    assert not any(review_flow.in_sample(i, 0.0) for i in ids) and all(review_flow.in_sample(i, 1.0) for i in ids)
    with pytest.raises(ValueError):
        review_flow.settings({"second_review_share": 1.5})
    assert review_flow.settings(None) == (0.10, 0.6)


@pytest.fixture
def three_reviewers():
    """make(kb_path, **settings): a Datasette with kari, ola and per as reviewers (closed after the test)."""
    passwords = {**PASSWORDS, "per": "per-passord"}
    made = []

    def make(kb_path, **settings):
        made.append(make_datasette(kb_path, review_settings=settings,
                                   reviewers={n: hash_password(p, iterations=1000) for n, p in passwords.items()}))
        return made[-1]
    yield make
    for datasette in made:
        for db in datasette.databases.values():
            db.close()


def test_second_review_of_the_sample_is_blind_and_for_someone_else(kb_path, three_reviewers):
    ds = three_reviewers(kb_path, second_review_share=1.0)

    async def scenario():
        await post_verdict(ds, "am-7-5-mill", reviewer="kari", verdict="rejected", note="Feil beløp")
        ola = actor_cookie(ds, "ola")
        queue = (await ds.client.get("/-/review", cookies=ola)).text
        assert queue_ids(queue) == QUEUE_ORDER and "Andre vurdering" in queue
        assert queue_ids((await ds.client.get("/-/review", cookies=actor_cookie(ds, "kari"))).text) == without("am-7-5-mill")
        assert queue_ids((await ds.client.get("/-/review")).text) == without("am-7-5-mill")
        blind = (await ds.client.get("/-/review/fact/am-7-5-mill", cookies=ola)).text
        assert "Andre vurdering" in blind
        assert "kari" not in blind and "Feil beløp" not in blind and "verdict-rejected" not in blind
        article = (await ds.client.get("/-/review/article/hamar-arbeiderblad-1", cookies=ola)).text
        assert "verdict-rejected" not in article
        own = (await ds.client.get("/-/review/fact/am-7-5-mill", cookies=actor_cookie(ds, "kari"))).text
        assert "Feil beløp" in own and "verdict-rejected" in own
        article = (await ds.client.get("/-/review/article/hamar-arbeiderblad-1", cookies=actor_cookie(ds, "kari"))).text
        assert "verdict-rejected" in article
        await post_verdict(ds, "pr-haug-berg", reviewer="kari", verdict="corrected", **{"field:role": "styreleder"})
        corrected = (await ds.client.get("/-/review/fact/pr-haug-berg", cookies=ola)).text
        assert "Andre vurdering" in corrected and "styreleder" not in corrected and "daglig leder" in corrected
        assert "styreleder" in (await ds.client.get("/-/review/fact/pr-haug-berg")).text  # signed out: shown
        await post_verdict(ds, "am-7-5-mill", reviewer="ola", verdict="rejected")  # two agree: done
        for name in ("ola", "per"):
            assert "am-7-5-mill" not in queue_ids((await ds.client.get("/-/review", cookies=actor_cookie(ds, name))).text)
    run(scenario())


def test_disputed_facts_go_to_a_third_reviewer(kb_path, three_reviewers):
    ds = three_reviewers(kb_path, second_review_share=0.0)

    async def scenario():
        await post_verdict(ds, "pr-haug-berg", reviewer="kari", verdict="confirmed")
        assert "pr-haug-berg" not in queue_ids((await ds.client.get("/-/review", cookies=actor_cookie(ds, "ola"))).text)
        await post_verdict(ds, "se-heidner-nce", reviewer="kari", verdict="confirmed")
        await post_verdict(ds, "se-heidner-nce", reviewer="ola", verdict="rejected")
        per = actor_cookie(ds, "per")
        assert queue_ids((await ds.client.get("/-/review", cookies=per)).text) == [
            f for f in QUEUE_ORDER if f != "pr-haug-berg"]
        for name in ("kari", "ola"):
            assert "se-heidner-nce" not in queue_ids(
                (await ds.client.get("/-/review", cookies=actor_cookie(ds, name))).text)
        blind = (await ds.client.get("/-/review/fact/se-heidner-nce", cookies=per)).text
        assert "vurdererne er uenige" not in blind and "ola" not in blind and "Andre vurdering" in blind
    run(scenario())


@pytest.mark.parametrize("ola, selected", [
    ("ccrr", ["am-04"]),  # kappa 1.0 on am-00..03: of kari's single verdicts only the sampled am-04
    ("crrc", ["am-01", "am-03", "am-04", "am-05", "am-06"]),  # kappa 0.0: all, and the disputed am-01, am-03
])
def test_low_agreement_fact_types_go_to_a_second_reviewer(tmp_path, ola, selected, three_reviewers):
    twenty_amounts(tmp_path / "kb.db")
    ds = three_reviewers(tmp_path / "kb.db")  # default share: 10 %

    async def scenario():
        for i, (kari_verdict, ola_verdict) in enumerate(zip("ccrr", ola)):
            await post_verdict(ds, f"am-{i:02}", reviewer="kari", verdict={"c": "confirmed", "r": "rejected"}[kari_verdict])
            await post_verdict(ds, f"am-{i:02}", reviewer="ola", verdict={"c": "confirmed", "r": "rejected"}[ola_verdict])
        for i in (4, 5, 6):
            await post_verdict(ds, f"am-{i:02}", reviewer="kari", verdict="confirmed")
        per = (await ds.client.get("/-/review", cookies=actor_cookie(ds, "per"))).text
        waiting = [f for f in queue_ids(per) if f in {f"am-{i:02}" for i in range(7)}]
        assert sorted(waiting) == selected
        kari = queue_ids((await ds.client.get("/-/review", cookies=actor_cookie(ds, "kari"))).text)
        assert not {f"am-{i:02}" for i in range(7)} & set(kari)
    run(scenario())


def test_a_knowledge_base_from_before_undo_is_upgraded_when_served(kb_path, three_reviewers):
    conn = sqlite3.connect(kb_path)
    with conn:  # its triggers keeping fact_reviews did not know undone_at
        for name, body in fact_reviews.TRIGGERS.items():
            conn.execute(f"DROP TRIGGER {name}")
            conn.execute(f"CREATE TRIGGER {name} {re.sub(r' (AND|WHERE) [a-z]+[.]undone_at IS NULL', '', body)}")
        conn.execute("ALTER TABLE reviews DROP COLUMN undone_at")
    conn.close()
    ds = three_reviewers(kb_path)

    async def scenario():
        await post_verdict(ds, "am-7-5-mill", reviewer="kari", verdict="rejected")
        assert (await post(ds, "/-/review/undo", actor_cookie(ds, "kari"))).status_code == 302
        assert queue_ids((await ds.client.get("/-/review", cookies=actor_cookie(ds, "ola"))).text) == QUEUE_ORDER
    run(scenario())
    assert latest(kb_path)["am-7-5-mill"] == (None, 0, 0) and reviews(kb_path)[0]["undone_at"] is not None
