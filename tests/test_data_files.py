"""Test data about ../shared's corpora holds hand-written facts, never their texts."""

import json
from pathlib import Path

NORQUAD_FACTS = Path(__file__).parent / "data" / "norquad_dev.json"


def _strings(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "about":  # the file's own description
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_the_norquad_facts_hold_names_and_short_phrases_not_article_text():
    strings = list(_strings(json.loads(NORQUAD_FACTS.read_text(encoding="utf-8"))))
    assert strings
    assert max(len(s.split()) for s in strings) <= 8


def test_the_norquad_facts_keep_no_phrase_of_the_texts():
    """Dates are scored by their words in the text, so they are left out: no "text" field anywhere."""
    articles = json.loads(NORQUAD_FACTS.read_text(encoding="utf-8"))["articles"]
    assert all("dates" not in article for article in articles)
