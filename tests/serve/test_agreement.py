"""Review progress and Cohen's kappa between reviewers (/-/review/agreement)."""

import re

import pytest
from datasette_auth_passwords.utils import hash_password

from extract.serve.agreement import cohen_kappa
from extract.serve.app import make_datasette
from extract.store import Facts, KnowledgeBase

from .helpers import post_verdict, run
from .kb import PASSWORDS, PIPELINE_VERSION, norwegian_article

# Two reviewers' verdicts on 20 amounts (c: confirmed, r: rejected). Tallied by hand:
# both c 10, kari c / ola r 2, kari r / ola c 3, both r 5; kari c 12, r 8; ola c 13, r 7.
KARI = "cccccccccc" "cc" "rrr" "rrrrr"
OLA = "cccccccccc" "rr" "ccc" "rrrrr"
# observed 15/20 = 0.75; chance (12*13 + 8*7) / 400 = 0.53; kappa 0.22 / 0.47 = 0.468
HAND_KAPPA = "0,47"


def twenty_amounts(path):
    article = norwegian_article()
    sentence = "Klyngen får 7,5 millioner kroner i året fra programmet."
    start = article.text.index(sentence)
    kb = KnowledgeBase(path)
    kb.replace_article(article, Facts(amounts=[
        {"id": f"am-{i:02}", "article_id": article.id, "text": "7,5 millioner kroner", "value": 7_500_000.0,
         "currency": "NOK", "evidence": sentence, "evidence_start": start, "start_char": start + 12,
         "end_char": start + 32, "extractor": "test", "confidence": 0.5} for i in range(20)]), PIPELINE_VERSION)
    kb.db.close()


@pytest.fixture
def agreement_ds(tmp_path):
    twenty_amounts(tmp_path / "kb.db")
    reviewers = {name: hash_password(pw, iterations=1000) for name, pw in PASSWORDS.items()}
    return make_datasette(tmp_path / "kb.db", reviewers=reviewers)


def test_kappa_shown_matches_the_hand_computation(agreement_ds):
    verdict = {"c": "confirmed", "r": "rejected"}

    async def judge_and_read():
        # kari first rejects am-00, then changes her mind: her latest verdict counts
        await post_verdict(agreement_ds, "am-00", reviewer="kari", verdict="rejected")
        for reviewer, labels in (("kari", KARI), ("ola", OLA)):
            for i, label in enumerate(labels):
                response = await post_verdict(agreement_ds, f"am-{i:02}", reviewer=reviewer, verdict=verdict[label])
                assert response.status_code in (200, 302), response.text[:300]
        return (await agreement_ds.client.get("/-/review/agreement")).text

    page = run(judge_and_read())
    row = re.search(r'<tr data-fact-type="amount" data-reviewers="kari ola">(.*?)</tr>', page, re.S).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert cells[2:] == ["20", "75 %", HAND_KAPPA]
    assert re.search(r"<td>kari</td><td>beløp</td>\s*<td class=\"num\">12</td><td class=\"num\">8</td>", page)
    assert re.search(r"<td>beløp</td><td class=\"num\">20</td>\s*<td class=\"num\">20</td><td class=\"num\">20</td>",
                     page)


def test_kappa_edges():
    assert cohen_kappa([("confirmed", "confirmed"), ("rejected", "rejected")]) == 1.0
    assert cohen_kappa([("confirmed", "confirmed")] * 5) is None  # one label only: undefined
    assert cohen_kappa([]) is None
    assert cohen_kappa([("confirmed", "rejected"), ("rejected", "confirmed")]) == -1.0


def test_agreement_page_without_verdicts(ds):
    page = run(ds.client.get("/-/review/agreement")).text
    assert "Ingen fakta er vurdert" in page
