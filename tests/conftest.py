"""Shared fixtures: the annotate pipeline built once per test session; a KB of the shared dev set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.annotate.build import build_nlp
from extract.cli import cli
from extract.process import make_doc
from extract.types import Article


@pytest.fixture(scope="session")
def rules_nlp():
    """The annotate pipeline with rules only (no statistical NER): deterministic."""
    return build_nlp(None)


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline as ``newsfacts run`` builds it: the shipped model (NER, tagger,
    lemmatizer, parser) and the rule components. Skips where no model is shipped.
    ``NEWSFACTS_TEST_MODEL=DIR`` runs these tests against another trained pipeline."""
    pipeline = build_nlp(os.environ.get("NEWSFACTS_TEST_MODEL", "default"))
    if "ner" not in pipeline.pipe_names:
        pytest.skip("no trained pipeline in models/")
    return pipeline


def _annotator(pipeline):
    def annotate(text: str, published: str | None = "2021-03-18", title: str = ""):
        article = Article(id="test", source="test.txt", title=title, paragraphs=[text], published=published)
        return pipeline(make_doc(pipeline, article))

    return annotate


@pytest.fixture(scope="session")
def annotate_text(rules_nlp):
    """Annotate a text as the body of an article published on ``published`` (rules only)."""
    return _annotator(rules_nlp)


@pytest.fixture(scope="session")
def annotate_full(nlp):
    """Annotate a text with the default pipeline (model + rules), as ``annotate_text`` does."""
    return _annotator(nlp)


SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # ../shared from the checkout
DEV_SET = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def dev_kb(tmp_path_factory) -> Path:
    """A KB built by ``newsfacts run`` (default pipeline) from the shared dev set, once per
    test session; skips where ../shared is absent."""
    if not DEV_SET.is_dir():
        pytest.skip("../shared dev set is not here")
    db = tmp_path_factory.mktemp("dev-kb") / "dev.db"
    result = CliRunner().invoke(cli, ["run", str(DEV_SET), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db
