"""The pipeline version changes with every file extraction depends on, patterns and tables too."""

from __future__ import annotations

import spacy

import extract.pipeline as pipeline


def test_a_changed_pattern_file_changes_the_pipeline_version(tmp_path, monkeypatch):
    data = tmp_path / "annotate" / "data"
    data.mkdir(parents=True)
    patterns = data / "event_patterns.jsonl"
    patterns.write_text('{"label": "STATUS", "id": "NCE", "pattern": [{"TEXT": "NCE"}]}\n', encoding="utf-8")
    (tmp_path / "backbone" / "data").mkdir(parents=True)
    lexicon = tmp_path / "backbone" / "data" / "lemma_lexicon.tsv"
    lexicon.write_text("form\tupos\tnb\tnn\nfekk\tVERB\t\tfå\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "_PACKAGE", tmp_path)
    nlp = spacy.blank("nb")
    first = pipeline.pipeline_version(nlp)
    patterns.write_text('{"label": "STATUS", "id": "GCE", "pattern": [{"TEXT": "GCE"}]}\n', encoding="utf-8")
    second = pipeline.pipeline_version(nlp)
    lexicon.write_text("form\tupos\tnb\tnn\nfekk\tVERB\t\tfå\nfikk\tVERB\tfå\t\n", encoding="utf-8")
    third = pipeline.pipeline_version(nlp)
    assert len({first, second, third}) == 3
