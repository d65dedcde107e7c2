"""Verdicts across re-runs of the real pipeline: kept when a fact is extracted again, orphaned when not."""

from extract.pipeline import run as run_pipeline
from extract.serve.app import make_datasette

from .helpers import post_verdict, query, run

ARTICLE = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2023-06-15T10:00:00+02:00"></head>
<body><article>
<h1>{title}</h1>
<p class="lead">Klyngen på Hamar er tatt opp på høyeste nivå i klyngeprogrammet.</p>
<p>Innovasjon Norge tildelte torsdag {status}-status til Heidner Biocluster.</p>
<p>– Dette er en stor dag for hele regionen, sier daglig leder Kristiane Haug Berg i Heidner Biocluster.</p>
</article></body></html>
"""


def write_article(path, status):
    path.write_text(ARTICLE.format(title=f"Heidner Biocluster får {status}-status", status=status), encoding="utf-8")


def status_events(db):
    return query(db, "SELECT id, cluster, status FROM status_events")


def test_verdicts_survive_an_unchanged_rerun_and_orphan_on_change(tmp_path, nlp, reviewers):
    source, db = tmp_path / "heidner.html", tmp_path / "newsfacts.db"
    write_article(source, "NCE")
    first = run_pipeline([source], db, nlp=nlp)
    assert first.counts["new"] == 1, first.counts
    [event] = status_events(db)
    assert (event["status"], "Heidner" in event["cluster"]) == ("NCE", True)
    roles = query(db, "SELECT id FROM person_roles WHERE person = 'Kristiane Haug Berg'")
    ds = make_datasette(db, reviewers=reviewers)

    async def review_facts():
        for fact_id in [event["id"], *(r["id"] for r in roles)]:
            assert (await post_verdict(ds, fact_id, verdict="confirmed")).status_code == 302

    run(review_facts())
    assert run_pipeline([source], db, nlp=nlp).counts["skipped"] == 1
    assert run_pipeline([source], db, nlp=nlp, force=True).counts["reextracted"] == 1
    assert query(db, "SELECT * FROM orphaned_reviews") == []
    assert query(db, "SELECT verdict FROM facts WHERE fact_id = ?", [event["id"]]) == [{"verdict": "confirmed"}]

    write_article(source, "Arena")
    assert run_pipeline([source], db, nlp=nlp).counts["changed"] == 1
    assert [e["status"] for e in status_events(db)] == ["Arena"]
    assert [r["fact_id"] for r in query(db, "SELECT * FROM orphaned_reviews")] == [event["id"]]
    for role in roles:  # the unchanged fact keeps its verdict
        assert query(db, "SELECT verdict FROM facts WHERE fact_id = ?", [role["id"]]) == [{"verdict": "confirmed"}]
