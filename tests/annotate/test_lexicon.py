"""The annotate stage's data helpers: pattern files with shared pieces."""

import re

from extract.annotate.lexicon import expand_pieces, read_patterns


def test_a_piece_is_spliced_into_a_list_and_joined_into_a_regex():
    pieces = {"A": ["x", "y.z"], "B": ["{A}", "w"]}
    pattern = [{"LOWER": {"IN": ["v", "{B}"]}}, {"TEXT": {"REGEX": "^({A})(-({B}))?$"}}, {"OP": "{0,2}"}]
    assert expand_pieces(pattern, pieces) == [
        {"LOWER": {"IN": ["v", "x", "y.z", "w"]}},
        {"TEXT": {"REGEX": r"^(x|y\.z)(-(x|y\.z|w))?$"}},
        {"OP": "{0,2}"},
    ]


def test_read_patterns_expands_every_line(tmp_path):
    path = tmp_path / "patterns.jsonl"
    path.write_text('{"label": "L", "id": "a", "pattern": [{"LOWER": {"IN": ["{A}"]}}]}\n'
                    '{"label": "L", "id": "b", "pattern": [{"LOWER": "c"}]}\n', encoding="utf-8")
    assert read_patterns(path, {"A": ["x"]}) == [{"label": "L", "id": "a", "pattern": [{"LOWER": {"IN": ["x"]}}]},
                                                 {"label": "L", "id": "b", "pattern": [{"LOWER": "c"}]}]


def test_the_role_patterns_name_the_preposition_list_once():
    from extract.annotate.lexicon import DATA_DIR, load
    from extract.annotate.roles.matches import pattern_pieces

    text = (DATA_DIR / "role_patterns.jsonl").read_text(encoding="utf-8")
    assert "{ORG_PREPOSITIONS}" in text and '"på", "til"' not in text
    patterns = [entry["pattern"] for entry in read_patterns(DATA_DIR / "role_patterns.jsonl", pattern_pieces())]
    assert {"LOWER": {"IN": load("roles")["org_prepositions"]}} in patterns[-1]
    assert not re.search(r"\{[A-Z_]+\}", str(patterns))
