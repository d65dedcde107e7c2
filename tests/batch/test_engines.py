"""Engines: same knowledge base whatever the engine and number of workers; incremental
re-runs; the runs table; fault isolation (timeouts, crashing workers)."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest
from spacy.language import Language

from extract.annotate.build import build_nlp, model_version
from extract.batch import InlineEngine, LocalEngine
from extract.batch.work import Extractor
from extract.pipeline import run

from .corpus import write_corpus
from .kbdump import assert_same, dump


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"), n=120)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory, rules_nlp):
    db = tmp_path_factory.mktemp("ref") / "kb.db"
    with pytest.MonkeyPatch.context() as mp:  # (module scope: pin the version here too)
        mp.setattr("extract.pipeline.pipeline_version", lambda nlp: "0.0.0+test")
        summary = run([corpus], db, nlp=rules_nlp, workers=0)
    return db, summary


def test_reference_run_counts(reference):
    db, summary = reference
    c = summary.counts
    # 120 generated + 1 empty record + 1 changed duplicate + 5 html pages
    assert c["read"] == 127
    assert c["failed"] == 1
    assert c["new"] == 125 and c["changed"] == 1 and c["skipped"] == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 125
    assert conn.execute("select count(*) from amounts").fetchone()[0] > 50
    assert conn.execute("select count(*) from dates").fetchone()[0] > 50
    # the later version of the duplicated article won
    text = conn.execute("select text from articles where id = 'gen-00000'").fetchone()[0]
    assert "Oppdatert" in text


@pytest.mark.parametrize("workers", [1, 2])
def test_local_engine_gives_the_same_kb(corpus, reference, rules_nlp, tmp_path, workers):
    db = tmp_path / "kb.db"
    summary = run([corpus], db, nlp=rules_nlp, engine=LocalEngine(workers, timeout=60), batch_size=7)
    assert summary.counts == reference[1].counts
    assert_same(dump(db), dump(reference[0]))


def test_dask_engine_gives_the_same_kb(corpus, reference, rules_nlp, tmp_path):
    from extract.batch.dask_engine import DaskEngine

    db = tmp_path / "kb.db"
    engine = DaskEngine(workers=2, processes=False, timeout=60)
    summary = run([corpus], db, nlp=rules_nlp, engine=engine, batch_size=16)
    assert summary.counts == reference[1].counts
    assert_same(dump(db), dump(reference[0]))


def test_no_change_rerun_runs_no_nlp(rules_nlp, tmp_path, monkeypatch):
    # (with a duplicated id whose versions differ, a re-run re-extracts both, as a
    # one-by-one run would: the first version replaces the second, then the second wins)
    corpus = write_corpus(tmp_path / "c", n=120, duplicate=False)
    db = tmp_path / "kb.db"
    run([corpus], db, nlp=rules_nlp)
    before = dump(db)

    def no_nlp(self, todo):
        assert not todo, "NLP ran on an unchanged article"
        yield from ()

    monkeypatch.setattr(Extractor, "extract", no_nlp)
    summary = run([corpus], db, nlp=rules_nlp, engine=LocalEngine(2))  # forked workers inherit the patch
    c = summary.counts
    assert (c["new"], c["changed"], c["failed"]) == (0, 0, 1)
    assert c["skipped"] == 125
    after = dump(db)
    after.pop("errors"), before.pop("errors")
    assert_same(after, before)


def test_no_change_rerun_does_not_even_parse(rules_nlp, tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c", n=60, duplicate=False)
    db = tmp_path / "kb.db"
    run([corpus], db, nlp=rules_nlp)

    def no_parse(self, raw):
        raise AssertionError(f"parsed {raw.source}")

    monkeypatch.setattr(Extractor, "parse", no_parse)
    c = run([corpus], db, nlp=rules_nlp, workers=1).counts
    assert (c["skipped"], c["failed"]) == (65, 1)
    errors = sqlite3.connect(db).execute("select stage, message from errors order by id desc limit 1").fetchall()
    assert "parsed" not in errors[0][1]


def test_rerun_with_a_changed_duplicate_extracts_in_the_workers(corpus, rules_nlp, tmp_path, monkeypatch):
    db = tmp_path / "kb.db"
    run([corpus], db, nlp=rules_nlp)
    before = dump(db)
    parsed_here = []
    real_parse = Extractor.parse

    def spy(self, raw):
        parsed_here.append((os.getpid(), raw.source))
        return real_parse(self, raw)

    monkeypatch.setattr(Extractor, "parse", spy)
    c = run([corpus], db, nlp=rules_nlp, workers=2).counts
    # gen-00000 comes twice with different content: both re-extracted (the later one wins)
    assert (c["changed"], c["skipped"], c["new"]) == (2, 124, 0)
    assert [p for p in parsed_here if p[0] == os.getpid()] == []  # not in the writer process
    after = dump(db)
    after.pop("errors"), before.pop("errors")
    assert_same(after, before)


def test_force_and_changed_articles(corpus, rules_nlp, tmp_path):
    db = tmp_path / "kb.db"
    run([corpus], db, nlp=rules_nlp)
    forced = run([corpus], db, nlp=rules_nlp, force=True).counts
    # unchanged articles are re-extracted, not changed; gen-00000 comes twice with different content
    assert (forced["reextracted"], forced["changed"], forced["skipped"]) == (124, 2, 0)
    # edit one article: only it is re-extracted
    path = corpus / "a.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[3])
    record["text"] += "\n\nNCE Marin fikk 5 millioner kroner 1. mars 2022."
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "a.jsonl").write_text("\n".join([*lines[:3], json.dumps(record, ensure_ascii=False), *lines[4:]]),
                                     encoding="utf-8")
    c = run([changed / "a.jsonl"], db, nlp=rules_nlp, workers=1).counts
    # the edited one, and gen-00000 whose stored version is the later one from b.jsonl
    assert (c["changed"], c["new"], c["skipped"]) == (2, 0, 58)


def test_runs_table(corpus, reference, rules_nlp):
    db, summary = reference
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("select * from runs where id = ?", [summary.run_id]).fetchone())
    assert row["started_at"] <= row["ended_at"]
    assert row["pipeline_version"] == "0.0.0+test"  # pinned in conftest.py
    assert row["model_version"] is None  # rules only
    assert json.loads(row["inputs"]) == [corpus.name]  # the dump's name, as its sources start: no server path
    assert {k: row[k] for k in summary.counts} == summary.counts
    errors = conn.execute("select source, stage, message from errors where run_id = ?", [summary.run_id]).fetchall()
    assert len(errors) == 1 and errors[0]["stage"] in ("read", "parse") and "a.jsonl" in errors[0]["source"]


# ------------------------------------------------------------------- fault isolation


@Language.component("test_hang_or_crash")
def _hang_or_crash(doc):
    if "HENG" in doc.text:
        time.sleep(3600)
    if "KRASJ" in doc.text:
        os._exit(3)  # like a segfault: the worker process vanishes
    if "FEIL" in doc.text:
        raise RuntimeError("component failed")
    return doc


def _write_trap_corpus(root, n=12):
    root.mkdir()
    lines = []
    for i in range(n):
        text = f"NCE Marin fikk {i + 2} millioner kroner 3. mars 2021."
        if i == 4:
            text += " HENG"
        if i == 7:
            text += " KRASJ"
        if i == 9:
            text += " FEIL"
        lines.append(json.dumps({"id": f"t{i}", "title": f"Sak {i}", "text": text}))
    (root / "t.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return root


def test_timeouts_crashes_and_errors_are_isolated(tmp_path):
    nlp = build_nlp(None)
    nlp.add_pipe("test_hang_or_crash", first=True)
    corpus = _write_trap_corpus(tmp_path / "c")
    engine = LocalEngine(2, timeout=1.5)
    started = time.monotonic()
    summary = run([corpus], tmp_path / "kb.db", nlp=nlp, engine=engine, batch_size=4)
    assert time.monotonic() - started < 30
    c = summary.counts
    assert (c["read"], c["new"], c["failed"]) == (12, 9, 3)
    conn = sqlite3.connect(tmp_path / "kb.db")
    errors = {src.rsplit("#", 1)[1]: (stage, msg) for src, stage, msg in
              conn.execute("select source, stage, message from errors")}
    assert errors["5"][0] == "annotate" and "timed out" in errors["5"][1]
    assert errors["8"][0] == "annotate" and "died" in errors["8"][1]
    assert errors["10"] == ("annotate", "RuntimeError: component failed")
    ids = [r[0] for r in conn.execute("select id from articles order by rowid")]
    assert ids == [f"t{i}" for i in range(12) if i not in (4, 7, 9)]  # input order kept
    assert engine.restarts >= 2


def test_inline_engine_isolates_exceptions(tmp_path):
    nlp = build_nlp(None)
    nlp.add_pipe("test_hang_or_crash", first=True)
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "t.jsonl").write_text("\n".join(json.dumps({"id": f"t{i}", "title": f"Sak {i}", "text": f"Tekst nummer {i} om klynger." + (" FEIL" if i == 1 else "")})
                                              for i in range(4)), encoding="utf-8")
    c = run([corpus], tmp_path / "kb.db", nlp=nlp, engine=InlineEngine()).counts
    assert (c["new"], c["failed"]) == (3, 1)


def test_workers_are_recycled_without_changing_the_kb(corpus, reference, rules_nlp, tmp_path):
    engine = LocalEngine(2, timeout=60, recycle_after=20)
    db = tmp_path / "kb.db"
    summary = run([corpus], db, nlp=rules_nlp, engine=engine, batch_size=8)
    assert engine.recycled >= 4
    assert summary.counts == reference[1].counts
    assert_same(dump(db), dump(reference[0]))


def test_dask_workers_run_the_default_pipeline(nlp, tmp_path):
    """The example corpus with the shipped model on a 2-process LocalCluster: every article
    new, none failed, and the same knowledge base as in-process (the workers rebuild the
    pipeline from its config and bytes, not from a half-initialised pickle)."""
    from extract.batch.dask_engine import DaskEngine

    corpus = Path(__file__).parents[2] / "corpus"
    local = run([corpus], tmp_path / "local.db", nlp=nlp, workers=0)
    engine = DaskEngine(workers=2, processes=True, timeout=120)
    dask = run([corpus], tmp_path / "dask.db", nlp=nlp, engine=engine)
    assert dask.counts == local.counts
    assert (dask.counts["new"], dask.counts["failed"]) == (12, 0)
    assert_same(dump(tmp_path / "dask.db"), dump(tmp_path / "local.db"))
    conn = sqlite3.connect(tmp_path / "dask.db")
    assert conn.execute("select model_version from runs").fetchone()[0] == model_version(nlp) is not None
