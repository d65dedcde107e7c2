"""The components' declared contracts: what each assigns and requires (spaCy's factory meta)."""

import pytest

MINE = ("newsfacts_line_breaks", "newsfacts_clusters", "newsfacts_roles", "newsfacts_entities")


@pytest.mark.parametrize("name", MINE)
def test_a_component_declares_what_it_assigns(rules_nlp, name):
    assert rules_nlp.get_pipe_meta(name).assigns


def test_what_a_component_requires_a_component_before_it_assigns(rules_nlp):
    problems = rules_nlp.analyze_pipes()["problems"]
    assert not {name: problems[name] for name in MINE if problems.get(name)}


def test_entities_read_the_role_part_the_roles_component_sets(rules_nlp):
    assert "token._.role_part" in rules_nlp.get_pipe_meta("newsfacts_roles").assigns
    assert "token._.role_part" in rules_nlp.get_pipe_meta("newsfacts_entities").requires
