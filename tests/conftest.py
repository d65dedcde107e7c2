"""Shared fixtures: the annotate pipeline built once per test session."""

from __future__ import annotations

import pytest

from extract.annotate.pipeline import build_nlp
from extract.pipeline import make_doc
from extract.types import Article


@pytest.fixture(scope="session")
def rules_nlp():
    """The annotate pipeline with rules only (no statistical NER): deterministic."""
    return build_nlp(None)


@pytest.fixture(scope="session")
def annotate_text(rules_nlp):
    """Annotate a text as the body of an article published on ``published``."""

    def annotate(text: str, published: str | None = "2021-03-18"):
        article = Article(id="test", source="test.txt", title="", paragraphs=[text], published=published)
        return rules_nlp(make_doc(rules_nlp, article))

    return annotate
