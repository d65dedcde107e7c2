"""Datasette conventions: metadata for a KB of any file name through the plugin alone,
foreign keys that label rows, article text off table listings, canned queries by partial name."""

import shutil

from datasette.app import Datasette
from datasette.plugins import pm

from extract.serve import plugin
from extract.store import KnowledgeBase

from .helpers import run
from .kb import TITLE


def plain_datasette(kb_path, tmp_path, name="kb.db"):
    """``datasette kb.db``: no metadata file, our plugin as its entry point installs it."""
    path = tmp_path / name
    shutil.copy(kb_path, path)
    if not pm.is_registered(plugin):
        pm.register(plugin, name="newsfacts")
    return Datasette([str(path)])


def test_plain_datasette_on_any_file_name(kb_path, tmp_path):
    ds = plain_datasette(kb_path, tmp_path, "klynger-2023.db")

    async def scenario():
        page = (await ds.client.get("/klynger-2023/status_events")).text
        assert "slik én artikkel omtaler det" in page  # the table's description
        assert TITLE in page  # article_id labelled with the article's title
        assert "NCE Heidner Biocluster: tildelt NCE (2023-06-15)" in page  # history_id labelled
        facets = (await ds.client.get("/klynger-2023/status_events.json")).json()["facet_results"]
        assert {"status", "action", "cluster"} <= set(facets)
        database = (await ds.client.get("/klynger-2023")).text
        assert "Statushistorikken til en klynge" in database and "Klynger" in database
    run(scenario())


def test_a_database_that_is_no_knowledge_base_gets_none_of_it(kb_path, tmp_path):
    other = tmp_path / "other.db"
    KnowledgeBase(tmp_path / "kb.db").db.close()
    import sqlite3
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    ds = Datasette([str(tmp_path / "kb.db"), str(other)])
    assert ds.metadata("queries", database="kb") and not ds.metadata("queries", database="other")


def test_foreign_keys_are_declared(kb_path):
    kb = KnowledgeBase(kb_path)
    declared = {(fk.table, fk.column, fk.other_table) for t in ("status_events", "amounts", "mentions", "status_history")
                for fk in kb.db[t].foreign_keys}
    assert {("status_events", "article_id", "articles"), ("status_events", "history_id", "status_history"),
            ("status_events", "cluster_id", "entities"), ("amounts", "article_id", "articles"),
            ("status_history", "cluster_id", "entities"), ("mentions", "entity_id", "entities")} <= declared


def test_article_text_is_shortened_in_tables(ds):
    async def scenario():
        page = (await ds.client.get("/newsfacts/articles")).text
        assert "Klyngen får 7,5 millioner kroner i året" not in page  # the end of the text
        assert "tegn)</a>" in page
    run(scenario())


def test_cluster_by_partial_name(ds):
    async def scenario():
        for given in ("heidner", "Heidner Biocluster", "nce heidner", "org-heidner"):
            rows = (await ds.client.get(
                "/newsfacts/cluster_status_history.json", params={"_shape": "array", "cluster": given})).json()
            assert [(r["cluster"], r["status"], r["articles"]) for r in rows] == [
                ("NCE Heidner Biocluster", "NCE", 1)], given
            assert TITLE in rows[0]["reported_in"] and "2023-06-15" in rows[0]["reported_in"]
        none = (await ds.client.get(
            "/newsfacts/cluster_status_history.json", params={"_shape": "array", "cluster": "' or 1=1 --"})).json()
        assert none == []
        clusters = (await ds.client.get("/newsfacts/clusters.json?_shape=array")).json()
        assert [(c["cluster"], c["events"]) for c in clusters] == [("NCE Heidner Biocluster", 1)]
    run(scenario())
