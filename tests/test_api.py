"""The Python API: facts_from_text, facts_from_file, normalize_date with strings."""

from __future__ import annotations

import doctest
import json
from datetime import date
from pathlib import Path

import pytest

import extract.api
from extract.annotate.dates import normalize_date
from extract.api import ExtractionError, facts_from_file, facts_from_text

CORPUS = Path(__file__).parents[1] / "corpus"
BOKMAL = "Klyngen NCE Marin fikk 5 millioner kroner fra Innovasjon Norge i juni, sier daglig leder Kari Nordmann."
NYNORSK = "Klynga søkte om Arena-status i fjor, men søknaden vart avslått, seier dagleg leiar Ola Vik i Fjordmat Sogn."


def test_published_as_string_or_date_gives_the_same_facts():
    as_string = facts_from_text(BOKMAL, published="2021-12-03")
    assert as_string == facts_from_text(BOKMAL, published=date(2021, 12, 3))
    assert as_string["article"]["published"] == "2021-12-03"
    assert [(d["text"], d["value"]) for d in as_string["dates"]] == [("i juni", "2021-06-01")]
    assert [(a["value"], a["currency"]) for a in as_string["amounts"]] == [(5_000_000, "NOK")]
    assert ("Kari Nordmann", "daglig leder") in {(r["person"], r["role"]) for r in as_string["person_roles"]}


def test_without_published_relative_dates_stay_unresolved():
    facts = facts_from_text(BOKMAL)
    assert facts["article"]["published"] is None
    assert [d["value"] for d in facts["dates"] if d["text"] == "i juni"] in ([], [None])


def test_nynorsk_is_told_from_the_text_and_title_is_kept():
    facts = facts_from_text(NYNORSK, published="2022-02-01", title="Fjordmat fekk nei")
    assert facts["article"]["language"] == "nn"
    assert facts["article"]["title"] == "Fjordmat fekk nei"
    assert [d["value"] for d in facts["dates"] if d["text"] == "i fjor"] == ["2021-01-01"]
    assert facts_from_text(NYNORSK, language="nb")["article"]["language"] == "nb"


def test_facts_from_file_is_what_the_extract_command_prints():
    from click.testing import CliRunner

    from extract.cli import cli

    path = CORPUS / "text" / "fjordmat-fekk-nei-til-arena.txt"
    facts = facts_from_file(path)
    assert len(facts) == 1
    events = facts[0]["status_events"]
    assert ("Fjordmat Sogn", "Arena", "rejected") in {(e["cluster"], e["status"], e["action"]) for e in events}
    printed = CliRunner().invoke(cli, ["extract", str(path)])
    assert printed.exit_code == 0
    assert json.loads(printed.stdout) == facts


def test_a_failed_document_raises_or_is_skipped(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "a", "title": "Ny klynge", "text": "NCE Marin fikk 5 millioner kroner i juni 2021."}) + "\n"
                    + json.dumps({"id": "b", "text": ""}) + "\n", encoding="utf-8")
    with pytest.raises(ExtractionError) as error:
        facts_from_file(dump)
    assert error.value.failure.source.endswith("dump.jsonl#2")
    assert [f["article"]["id"] for f in facts_from_file(dump, skip_failures=True)] == ["a"]


def test_normalize_date_takes_a_string_reference():
    assert normalize_date("i juni", "2021-12-03") == normalize_date("i juni", date(2021, 12, 3)) == ("2021-06-01", "month")
    assert normalize_date("i fjor", "2021-12-03T10:00:00+01:00") == ("2020-01-01", "year")
    assert normalize_date("i juni") is None


def test_module_example():
    assert doctest.testmod(extract.api).failed == 0


def test_a_missing_shipped_model_warns_and_rules_still_run(monkeypatch):
    import extract.annotate.build as annotate_build
    import extract.ner

    monkeypatch.setattr(extract.ner, "load_ner", lambda *a, **k: None)
    monkeypatch.setattr(annotate_build, "_installed_pipeline", lambda: None)
    extract.api.pipeline.cache_clear()
    try:
        with pytest.warns(extract.api.NoModelWarning, match="no trained pipeline"):
            facts = facts_from_text(BOKMAL, published="2021-12-03")
        assert "ner" not in extract.api.pipeline("default").pipe_names
    finally:
        extract.api.pipeline.cache_clear()
    assert [a["value"] for a in facts["amounts"]] == [5_000_000]


@pytest.mark.parametrize("published", ["not a date", "3. desember 2021", "2021-13-01", 20211203, ""])
def test_a_published_that_is_not_a_date_is_refused(published):
    with pytest.raises(ValueError, match="is not a date: pass an ISO 8601 date"):
        facts_from_text(BOKMAL, published=published, model=None)


@pytest.mark.parametrize("language", ["sv", "de-DE", "", "norsk bokmål og nynorsk"])
def test_an_unsupported_language_is_refused(language):
    with pytest.raises(ValueError, match=r"is not supported: pass 'nb' \(Bokmål\), 'nn' \(Nynorsk\) or 'en'"):
        facts_from_text(BOKMAL, language=language, model=None)


def test_dates_and_language_spellings_are_stored_normalised():
    from datetime import datetime, timezone

    article = facts_from_text(BOKMAL, published="20211203", language="Nynorsk", model=None)["article"]
    assert (article["published"], article["language"]) == ("2021-12-03", "nn")
    assert facts_from_text(BOKMAL, language="English", model=None)["article"]["language"] == "en"
    moment = datetime(2021, 12, 3, 10, 0, tzinfo=timezone.utc)
    for published in (moment, "2021-12-03T10:00:00+00:00", "2021-12-03T10:00:00Z"):
        article = facts_from_text(BOKMAL, published=published, language="nob", model=None)["article"]
        assert (article["published"], article["language"]) == ("2021-12-03T10:00:00+00:00", "nb")
