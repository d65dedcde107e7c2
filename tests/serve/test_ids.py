"""Article ids of any characters round-trip through the review pages (Datasette's ~ encoding)."""

import dataclasses
import re
from html import unescape
from urllib.parse import quote

import pytest

from extract.serve.app import make_datasette
from extract.store import KnowledgeBase

from .helpers import run
from .kb import PIPELINE_VERSION, TITLE, norwegian_article, norwegian_facts

ODD_IDS = ["nrk/2023/06/heidner", "sak med mellomrom", "bøndene-på-ås", "urn:nrk:1-2", "50%~rabatt", "a+b?c#d"]


@pytest.mark.parametrize("article_id", ODD_IDS)
def test_article_page_for_any_id(tmp_path, article_id):
    db = tmp_path / "newsfacts.db"
    kb = KnowledgeBase(db)
    article = dataclasses.replace(norwegian_article(), id=article_id)
    kb.replace_article(article, norwegian_facts(article), PIPELINE_VERSION)
    kb.db.close()
    ds = make_datasette(db)

    async def scenario():
        fact = await ds.client.get("/-/review/fact/se-heidner-nce")
        assert fact.status_code == 200
        link = re.search(r'href="(/-/review/article/[^"]+)"', fact.text).group(1)
        page = await ds.client.get(unescape(link))
        assert page.status_code == 200, (link, page.status_code)
        assert TITLE in page.text
        table = await ds.client.get("/newsfacts/status_events")
        cell_link = re.search(r'href="(/-/review/article/[^"]+)"', table.text).group(1)
        assert (await ds.client.get(unescape(cell_link))).status_code == 200
        queue = await ds.client.get("/-/review?article=" + quote(article_id, safe=""))
        assert queue.status_code == 200 and "se-heidner-nce" in queue.text
    run(scenario())
