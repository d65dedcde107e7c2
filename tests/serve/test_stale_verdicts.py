"""A verdict never carries over to a fact that changed: for every fact type, changing a field
the reviewer judged gives the fact a new id and leaves the old verdict in `orphaned_reviews`."""

import pytest

from extract.pipeline import run as run_pipeline
from extract.serve.app import make_datasette

from .helpers import post_verdict, query, run

ARTICLE = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>Heidner Biocluster får NCE-status</title>
<meta property="article:published_time" content="2023-06-15T10:00:00+02:00"></head>
<body><article>
<h1>Heidner Biocluster får NCE-status</h1>
<p>Innovasjon Norge tildelte {when} NCE-status til Heidner Biocluster.</p>
<p>Klyngen får {amount} kroner i året.</p>
<p>– Dette er en stor dag, sier daglig leder Kristiane Haug Berg i {org}.</p>
</article></body></html>
"""
BEFORE = {"when": "i juni", "amount": "12 millioner", "org": "Heidner Biocluster"}
NEEDS_PARSER = {"status_events"}  # events come from clause structure: the shipped model's parser
CHANGES = {  # fact table, the field that changes, the text change that changes it
    "status_events": ("date", {"when": "i juli"}),
    "person_roles": ("organization", {"org": "Innovasjon Norge"}),
    "amounts": ("qualifier", {"amount": "inntil 12 millioner"}),
    "dates": ("value", {"when": "i juli"}),
}


@pytest.mark.parametrize("table", CHANGES)
def test_changed_fact_loses_its_verdict(table, tmp_path, request, reviewers):
    column, change = CHANGES[table]
    nlp = request.getfixturevalue("nlp" if table in NEEDS_PARSER else "rules_nlp")
    source, db = tmp_path / "heidner.html", tmp_path / "newsfacts.db"
    source.write_text(ARTICLE.format(**BEFORE), encoding="utf-8")
    run_pipeline([source], db, nlp=nlp)
    [before] = query(db, f"SELECT id, {column} FROM {table} WHERE start_char IS NOT NULL ORDER BY start_char LIMIT 1")
    ds = make_datasette(db, reviewers=reviewers)
    run(post_verdict(ds, before["id"], verdict="confirmed"))
    assert query(db, "SELECT verdict FROM facts WHERE fact_id = ?", [before["id"]]) == [{"verdict": "confirmed"}]

    source.write_text(ARTICLE.format(**{**BEFORE, **change}), encoding="utf-8")
    run_pipeline([source], db, nlp=nlp)
    values = [r[column] for r in query(db, f"SELECT {column} FROM {table}")]
    assert before[column] not in values, (column, values)  # the field did change
    assert query(db, "SELECT count(*) AS n FROM facts WHERE verdict IS NOT NULL") == [{"n": 0}]
    assert [r["fact_id"] for r in query(db, "SELECT fact_id FROM orphaned_reviews")] == [before["id"]]
