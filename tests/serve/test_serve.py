"""`newsfacts serve` / `export` and the Datasette metadata, through Datasette's test client."""

import csv
import io
import json

from click.testing import CliRunner

from extract.serve import signin
from extract.serve.commands import export, reviewer, serve
from extract.serve.app import make_datasette
from extract.serve.reviewers import load_reviewers, signing_secret

from .helpers import run


def test_table_json_with_metadata(ds):
    async def scenario():
        response = await ds.client.get("/newsfacts/person_roles.json?_shape=array")
        assert response.status_code == 200
        rows = response.json()
        assert [(r["person"], r["role"], r["organization"]) for r in rows] == [
            ("Kristiane Haug Berg", "daglig leder", "NCE Heidner Biocluster")]
        html = (await ds.client.get("/newsfacts/status_events")).text
        assert "En klynge som får, beholder eller mister en status, slik én artikkel omtaler det." in html
        facets = (await ds.client.get("/newsfacts/status_events.json")).json()["facet_results"]
        assert {"status", "action", "cluster"} <= set(facets)
    run(scenario())


def test_the_language_facet_names_the_languages(ds):
    async def scenario():
        html = (await ds.client.get("/newsfacts/articles?_facet=language")).text
        facet = html[html.index('id="facet-language"'):]
        assert ">språk" in facet and "language=nb\">bokmål</a>" in facet
    run(scenario())


def test_canned_query_with_parameter(ds):
    async def scenario():
        response = await ds.client.get(
            "/newsfacts/cluster_status_history.json?_shape=array&cluster=NCE+Heidner+Biocluster")
        assert response.status_code == 200
        assert [(r["date"], r["action"], r["status"], r["granted_by"]) for r in response.json()] == [
            ("2023-06-15", "granted", "NCE", "Innovasjon Norge")]
        people = (await ds.client.get(
            "/newsfacts/organization_people.json?_shape=array&organization=Heidner")).json()
        assert [p["person"] for p in people] == ["Kristiane Haug Berg"]
        funding = (await ds.client.get("/newsfacts/funding_by_cluster.json?_shape=array")).json()
        assert funding[0]["cluster"] == "NCE Heidner Biocluster" and funding[0]["total"] == 7_500_000
        waiting = (await ds.client.get("/newsfacts/facts_awaiting_review.json?_shape=array")).json()
        assert waiting[0]["fact_id"] == "am-7-5-mill"  # least certain first
        assert len(waiting) == 5
    run(scenario())


def test_canned_queries_are_read_only(ds):
    queries = ds.metadata("queries", database="newsfacts")
    assert queries and not any(q.get("write") for q in queries.values())


def test_serve_missing_db(tmp_path):
    result = CliRunner().invoke(serve, ["--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 2
    assert "no knowledge base at" in result.output and len(result.output.strip().splitlines()) == 1


def test_serve_missing_reviewers_file(kb_path, tmp_path):
    result = CliRunner().invoke(serve, ["--db", str(kb_path), "--reviewers", str(tmp_path / "nope.json")])
    assert result.exit_code == 2 and "no reviewers file at" in result.output


def test_export(kb_path):
    runner = CliRunner()
    result = runner.invoke(export, ["--db", str(kb_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert {f["fact_type"] for f in facts} == {"status_event", "person_role", "amount", "date"}
    assert runner.invoke(export, ["--db", str(kb_path), "--reviewed-only"]).output.strip().count("\n") == 0
    rows = list(csv.DictReader(io.StringIO(runner.invoke(export, ["--db", str(kb_path)]).output)))
    assert len(rows) == 5 and "Kristiane Haug Berg" in {r["summary"].split(",")[0] for r in rows}


def test_reviewer_add(tmp_path):
    path = tmp_path / "reviewers.json"
    result = CliRunner().invoke(reviewer, ["add", "kari", "--reviewers", str(path)],
                                input="hemmelig-123\nhemmelig-123\n")
    assert result.exit_code == 0, result.output
    assert load_reviewers(path)["kari"].startswith("pbkdf2_sha256$")
    bad = CliRunner().invoke(reviewer, ["add", "kari nordmann", "--reviewers", str(path), "--password", "x"])
    assert bad.exit_code == 2 and "invalid reviewer name" in bad.output


def test_reviewer_remove_ends_sessions(kb_path, tmp_path):
    path = tmp_path / "reviewers.json"
    for name in ("kari", "ola"):
        assert CliRunner().invoke(reviewer, ["add", name, "--reviewers", str(path), "--password", "passord-123"]).exit_code == 0
    ds = make_datasette(kb_path, reviewers=path)
    session = signin.of(ds).session(ds, "kari")
    result = CliRunner().invoke(reviewer, ["remove", "kari", "--reviewers", str(path)])
    assert result.exit_code == 0 and list(load_reviewers(path)) == ["ola"]
    assert signin.of(ds).actor(ds, session) is None
    unknown = CliRunner().invoke(reviewer, ["remove", "per", "--reviewers", str(path)])
    assert unknown.exit_code == 2 and "no reviewer 'per'" in unknown.output


def test_signing_secret_survives_restart(kb_path, tmp_path, monkeypatch):
    monkeypatch.delenv("DATASETTE_SECRET", raising=False)
    reviewers_file = tmp_path / "reviewers.json"
    secret = signing_secret(reviewers_file)
    secret_file = tmp_path / "datasette-secret"
    assert len(secret) == 64 and secret_file.stat().st_mode & 0o777 == 0o600
    assert signing_secret(reviewers_file) == secret
    secret_file.write_text("\n")  # an emptied file gets a new secret, not an empty one
    renewed = signing_secret(reviewers_file)
    assert len(renewed) == 64 and renewed != secret and secret_file.read_text().strip() == renewed
    secret = renewed
    # a cookie signed by one server is accepted by the next one started with the same file
    first = make_datasette(kb_path, secret=signing_secret(reviewers_file))
    second = make_datasette(kb_path, secret=signing_secret(reviewers_file))
    assert second.unsign(first.sign({"a": {"id": "kari"}}, "actor"), "actor") == {"a": {"id": "kari"}}
    monkeypatch.setenv("DATASETTE_SECRET", "from-the-environment")
    assert signing_secret(reviewers_file) == "from-the-environment"
