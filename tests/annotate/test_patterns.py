"""Token patterns as data: named word lists are defined once and expanded by the loader."""

import json

from extract.annotate.lexicon import DATA_DIR, load
from extract.annotate.patterns import expand, load_patterns


def test_a_named_list_is_expanded_wherever_it_stands():
    pattern = [{"LOWER": {"IN": "$prepositions"}}, {"LOWER": "x"}, {"LOWER": {"NOT_IN": "$prepositions"}}]
    assert expand(pattern, {"prepositions": ["i", "hos"]}) == [
        {"LOWER": {"IN": ["i", "hos"]}}, {"LOWER": "x"}, {"LOWER": {"NOT_IN": ["i", "hos"]}}]


def test_a_regex_that_ends_in_a_dollar_is_left_alone():
    assert expand({"TEXT": {"REGEX": "s$"}}, {}) == {"TEXT": {"REGEX": "s$"}}


def test_the_role_patterns_name_the_preposition_list_once():
    text = (DATA_DIR / "role_patterns.jsonl").read_text(encoding="utf-8")
    assert '"$org_prepositions"' in text
    assert json.dumps(load("roles")["org_prepositions"], ensure_ascii=False) not in text
    patterns = [e["pattern"] for e in load_patterns("role_patterns", load("roles"))]
    assert patterns and not [v for p in patterns for t in p for v in t.values() if str(v).startswith("$")]
    assert {"LOWER": {"IN": load("roles")["org_prepositions"]}} in patterns[-1]
