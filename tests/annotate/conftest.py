"""Fixtures shared by the annotate tests."""
import pytest
import spacy


@pytest.fixture(scope="module")
def amounts_nlp():
    pipeline = spacy.blank("nb")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("newsfacts_amounts")
    return pipeline
