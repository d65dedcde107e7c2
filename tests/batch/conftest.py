"""Pin the pipeline version for in-process runs: other people edit the extraction code in
this checkout while tests run, and the real version covers that code (see
extract.pipeline.pipeline_version), which would turn unchanged articles into changed ones
between two runs of one test."""

from __future__ import annotations

import pytest

import extract.pipeline

PINNED_VERSION = "0.0.0+test"


@pytest.fixture(autouse=True)
def pinned_pipeline_version(monkeypatch):
    monkeypatch.setattr(extract.pipeline, "pipeline_version", lambda nlp: PINNED_VERSION)
    return PINNED_VERSION
