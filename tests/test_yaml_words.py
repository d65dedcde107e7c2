"""The data files' word lists keep their words: "no" (Nynorsk "now", a language code), "No" and
"On" are words, not YAML 1.1 booleans; true/false stay booleans."""

from pathlib import Path

import pytest

from extract.lexicon import load_yaml

ROOT = Path(__file__).resolve().parents[1]
# the folders whose YAML files ``extract.lexicon`` reads
DATA_FILES = sorted(path for folder in ("annotate/data", "data", "parse") for path in (ROOT / "extract" / folder).glob("*.yaml"))


def test_yes_no_on_off_are_words(tmp_path):
    data = tmp_path / "words.yaml"
    data.write_text("words: [no, No, on, On, yes, off, y, n]\nflag: true\nother: False\n", encoding="utf-8")
    assert load_yaml(data) == {"words": ["no", "No", "on", "On", "yes", "off", "y", "n"], "flag": True,
                               "other": False}


def booleans_in_lists(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from booleans_in_lists(item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool):
                yield item
            yield from booleans_in_lists(item)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_word_list_holds_a_boolean(path):
    assert list(booleans_in_lists(load_yaml(path))) == []


def test_the_events_words_for_now_and_for_a_circumstance():
    words = load_yaml(ROOT / "extract" / "annotate" / "data" / "events.yaml")
    assert "no" in words["now"] and "on" in words["not_recipient_prepositions"]
