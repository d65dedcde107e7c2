"""Corrections only take valid values (vocabularies, ISO dates, granularities, numbers) and
are refused with a message on the fact page; the queue shows titles and the span; sign-in
returns where it came from."""

import json
import re

import pytest

from extract.annotate.lexicon import DATA_DIR as ANNOTATE_DATA
from extract.lexicon import load
from extract.store import VOCABULARIES

from .helpers import actor_cookie, csrf, post_verdict, query, reviews, run
from .kb import PASSWORDS, TITLE

REFUSED = [
    ({"field:action": "grantd"}, "handling: 'grantd' er ikke en av tildelt, oppgradert"),
    ({"field:status": "NCE-status"}, "status: 'NCE-status' er ikke en av Arena"),
    ({"field:status": ""}, "status kan ikke være tomt"),
    ({"field:date": "03.12.2021"}, "er ikke en dato skrevet ÅÅÅÅ-MM-DD"),
    ({"field:date": "2021-13-45"}, "er ikke en dato skrevet ÅÅÅÅ-MM-DD"),
    ({"field:date_granularity": "fortnight"}, "datooppløsning: 'fortnight' er ikke en av dag, uke"),
    ({"field:date": "", "field:date_granularity": "day"}, "dato og datooppløsning hører sammen"),
]


@pytest.mark.parametrize("fields, message", REFUSED)
def test_invalid_status_event_corrections_are_refused_with_a_message(ds, kb_path, fields, message):
    async def scenario():
        response = await post_verdict(ds, "se-heidner-nce", verdict="corrected", **fields)
        assert response.status_code == 400
        error = re.search(r'<p class="message-error"[^>]*>([^<]*)</p>', response.text).group(1)
        assert error.startswith("Vurderingen ble ikke lagret: ") and message in error.replace("&#39;", "'")
        assert 'name="field:status"' in response.text  # the form again, with what was typed
    run(scenario())
    assert reviews(kb_path) == []


def test_invalid_numbers_and_flags_are_refused(ds, kb_path):
    async def scenario():
        for fact_id, fields in (("am-7-5-mill", {"field:value": "sju millioner"}),
                                ("am-7-5-mill", {"field:period": "fortnight"}),
                                ("pr-haug-berg", {"field:former": "2"}),
                                ("dt-torsdag", {"field:value": "2023-06-31"})):
            assert (await post_verdict(ds, fact_id, verdict="corrected", **fields)).status_code == 400, fields
    run(scenario())
    assert reviews(kb_path) == []


def test_a_valid_correction_is_stored_raw_and_counted_on_the_history(ds, kb_path):
    async def scenario():
        response = await post_verdict(ds, "se-heidner-nce", verdict="corrected",
                                      **{"field:action": "upgraded", "field:date": "2023-06-01",
                                         "field:date_granularity": "month"})
        assert response.status_code == 302
    run(scenario())
    assert json.loads(reviews(kb_path)[0]["correction"]) == {
        "action": "upgraded", "date": "2023-06-01", "date_granularity": "month"}
    assert query(kb_path, "SELECT corrected, confirmed FROM status_history") == [{"corrected": 1, "confirmed": 0}]


def test_the_form_offers_only_the_vocabularies(ds):
    async def signed_in():
        return (await ds.client.get("/-/review/fact/se-heidner-nce", cookies=actor_cookie(ds, "kari"))).text
    form = run(signed_in())
    options = re.search(r'<select id="field-action" name="field:action">(.*?)</select>', form, re.S).group(1)
    assert re.findall(r'<option value="([^"]+)"', options) == VOCABULARIES["status_events"]["action"]
    assert re.findall(r"<option[^>]*>([^<]+)</option>", options) == [
        "tildelt", "oppgradert", "forlenget", "sertifisert", "avslått", "mistet"]  # the words, the codes sent
    assert 'placeholder="ÅÅÅÅ-MM-DD"' in form and 'name="field:cluster_id"' not in form


def test_the_vocabularies_cover_what_the_extractors_write():
    statuses = {json.loads(line)["id"] for line in (ANNOTATE_DATA / "event_patterns.jsonl").read_text().splitlines()
                if line.strip() and json.loads(line)["label"] == "STATUS"} - {"*"}
    assert statuses <= set(VOCABULARIES["status_events"]["status"])
    assert set(load(ANNOTATE_DATA, "amounts")["periods"]) <= set(VOCABULARIES["amounts"]["period"])


def test_queue_rows_show_the_article_title_date_and_span(ds):
    async def scenario():
        return (await ds.client.get("/-/review")).text
    page = run(scenario())
    row = re.search(r'<tr data-fact-url="[^"]*" data-fact-id="am-7-5-mill".*?</tr>', page, re.S).group(0)
    assert TITLE in row and "15. juni 2023" in row
    assert re.search(r'<mark class="hl hl-amount"[^>]*>7,5 millioner kroner</mark>', row)


def test_sign_in_returns_to_the_page_it_came_from(ds):
    async def login(next_path):
        cookies, token = await csrf(ds)
        return await ds.client.post("/-/login", cookies=cookies, data={
            "username": "kari", "password": PASSWORDS["kari"], "csrftoken": token, "next": next_path})

    async def scenario():
        fact = (await ds.client.get("/-/review/fact/se-heidner-nce")).text
        assert "/-/login?next=%2F-%2Freview%2Ffact%2Fse-heidner-nce" in fact
        form = (await ds.client.get("/-/login?next=/-/review/fact/se-heidner-nce")).text
        assert 'name="next" value="/-/review/fact/se-heidner-nce"' in form
        assert (await login("/-/review/fact/se-heidner-nce")).headers["location"] == "/-/review/fact/se-heidner-nce"
        for elsewhere in ("", "//evil.example/", "https://evil.example/", "/\\evil.example"):
            assert (await login(elsewhere)).headers["location"] == "/-/review", elsewhere
    run(scenario())
