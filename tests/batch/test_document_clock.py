"""One clock per document across read, parse and annotate, in every engine (issue 33, item 3), and
a bound on the HTML tree built while parsing: a tag flood is an `errors` row, the run goes on.

Before: the clock restarted between parse and annotate (a document taking 0.6 of --timeout
in each passed), --workers 0 had no limit at all, and an 18 MB page of 2.3 million <p> was
parsed whole (6.4 GB)."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from spacy.language import Language

import extract.batch.work
import extract.pipeline
import extract.parse.html
from extract.parse.draft import Draft
from extract.annotate.build import build_nlp
from extract.batch import InlineEngine, LocalEngine
from extract.batch.clock import DocumentTimeout, limit
from extract.pipeline import run

TIMEOUT = 2.0
SLOW = 0.6 * TIMEOUT  # in parse, and again in annotate: 1.2 x TIMEOUT in all


def _busy(seconds: float) -> None:
    """Python work (as parsing and the rule components are), not a sleep in C."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@Language.component("test_slow_annotate")
def _slow_annotate(doc):
    if "TREG" in doc.text:
        _busy(SLOW)
    return doc


@pytest.fixture
def slow_corpus(tmp_path, monkeypatch):
    parse_one = extract.batch.work.parse_one

    def slow_parse(raw):
        if b"TREG" in (raw.data or b"") or "TREG" in raw.fields.get("text", ""):
            _busy(SLOW)
        return parse_one(raw)

    monkeypatch.setattr(extract.batch.work, "parse_one", slow_parse)  # (forked workers inherit it)
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = [f'{{"id": "t{i}", "title": "Sak {i}", "text": "NCE Marin fikk {i + 2} millioner kroner.{" TREG" * (i == 1)}"}}'
             for i in range(4)]
    (corpus / "t.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return corpus


@pytest.mark.parametrize("engine", [lambda: InlineEngine(TIMEOUT), lambda: LocalEngine(1, timeout=TIMEOUT)],
                         ids=["workers-0", "local"])
def test_one_clock_runs_across_parse_and_annotate(slow_corpus, tmp_path, engine):
    nlp = build_nlp(None)
    nlp.add_pipe("test_slow_annotate", first=True)
    started = time.monotonic()
    summary = run([slow_corpus], tmp_path / "kb.db", nlp=nlp, engine=engine(), batch_size=4)
    took = time.monotonic() - started
    assert (summary.counts["new"], summary.counts["failed"]) == (3, 1)  # before: (4, 0)
    errors = sqlite3.connect(tmp_path / "kb.db").execute("select source, stage, message from errors").fetchall()
    assert errors == [("c/t.jsonl#2", "annotate", "timed out after 2 s (read, parse and annotate together)")]
    assert took < 1.5 * TIMEOUT + 3  # (+ process and pipeline start-up)


def test_the_clock_starts_when_reading_starts(slow_corpus, tmp_path, monkeypatch):
    iter_documents = extract.pipeline.iter_documents

    def slow_read(*args, **kwargs):  # reading the slow document takes 0.6 of the time
        for item in iter_documents(*args, **kwargs):
            if "TREG" in getattr(item, "fields", {}).get("text", ""):
                time.sleep(SLOW)
            yield item

    monkeypatch.setattr(extract.pipeline, "iter_documents", slow_read)
    summary = run([slow_corpus], tmp_path / "kb.db", nlp=build_nlp(None), engine=InlineEngine(TIMEOUT))
    assert (summary.counts["new"], summary.counts["failed"]) == (3, 1)  # before: (4, 0)
    errors = sqlite3.connect(tmp_path / "kb.db").execute("select source, stage, message from errors").fetchall()
    assert errors == [("c/t.jsonl#2", "parse", "timed out after 2 s (read, parse and annotate together)")]


def test_the_clock_interrupts_python_work_in_any_thread() -> None:
    outcome = []

    def work():
        started = time.monotonic()
        try:
            with limit(0.3):
                _busy(5)
            outcome.append("finished")
        except DocumentTimeout:
            outcome.append(time.monotonic() - started)

    thread = threading.Thread(target=work)  # as on a Dask worker: not the main thread
    thread.start()
    thread.join(10)
    assert len(outcome) == 1 and outcome[0] != "finished" and outcome[0] < 1.0


def test_a_block_that_ends_in_time_is_never_interrupted_later() -> None:
    for _ in range(50):
        with limit(0.01):
            pass
    _busy(0.1)  # a late DocumentTimeout would land here


def test_a_tag_flood_is_refused_while_parsing_and_the_run_goes_on(tmp_path, rules_nlp, monkeypatch):
    monkeypatch.setattr(extract.parse.html, "MAX_NODES", 2_000, raising=False)  # 200,000 by default
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "flom.html").write_text("<html><body>" + "<p>ord og setning\n" * 100_000, encoding="utf-8")
    (dump / "sak.txt").write_text("Tittel\n\nNCE Marin fikk 12 millioner kroner fra Innovasjon Norge.\n",
                                  encoding="utf-8")
    summary = run([dump], tmp_path / "kb.db", nlp=rules_nlp, workers=0)
    assert (summary.counts["new"], summary.counts["failed"]) == (1, 1)
    errors = sqlite3.connect(tmp_path / "kb.db").execute("select source, stage, message from errors").fetchall()
    assert errors == [("dump/flom.html", "parse",
                       "more than 2,000 HTML elements and text nodes (a tag flood); not parsed")]


def test_the_tree_bound_stops_parsing_early(monkeypatch) -> None:
    monkeypatch.setattr(extract.parse.html, "MAX_NODES", 1_000, raising=False)
    soup_class = getattr(extract.parse.html, "_BoundedSoup")
    built = []
    monkeypatch.setattr(soup_class, "_count", lambda self, f=soup_class._count: (built.append(1), f(self)))
    with pytest.raises(extract.parse.html.TooManyNodes):
        extract.parse.html.extract_html("<p>x" * 50_000, Draft())
    assert len(built) == 1_001  # not 100,000: the parser stops at the bound
