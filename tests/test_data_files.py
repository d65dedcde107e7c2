"""Test data about ../shared's corpora holds hand-written facts, never their texts."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
NORQUAD_FACTS = sorted(DATA.glob("norquad_*.json"))


def strings(value, skipped=("about",)):
    """Every string of a JSON value, those under the ``skipped`` keys left out."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in skipped:
                yield from strings(item, skipped)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, skipped)
    elif isinstance(value, str):
        yield value


@pytest.mark.parametrize("facts", NORQUAD_FACTS, ids=lambda path: path.name)
def test_the_norquad_facts_hold_names_and_short_phrases_not_article_text(facts):
    found = list(strings(json.loads(facts.read_text(encoding="utf-8"))))
    assert found
    assert max(len(s.split()) for s in found) <= 8


@pytest.mark.parametrize("facts", NORQUAD_FACTS, ids=lambda path: path.name)
def test_the_norquad_facts_keep_no_phrase_of_the_texts(facts):
    """Dates are scored by their words in the text, so they are left out: no "text" field anywhere."""
    articles = json.loads(facts.read_text(encoding="utf-8"))["articles"]
    assert all("dates" not in article for article in articles)
