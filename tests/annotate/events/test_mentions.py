"""Status and trigger mentions: the matches of the event patterns."""

from extract.annotate.events.mentions import Mention, any_between, find_mentions, longest


def test_a_status_is_the_longest_of_its_overlapping_matches(annotate_text, vocabulary):
    doc = annotate_text("Klyngen fikk Arena Pro-status og NCE-statusen i fjor.")
    statuses, _triggers = find_mentions(vocabulary, doc)
    assert [(doc[m.start:m.end].text, m.value) for m in statuses] == [("Arena Pro-status", "Arena Pro"),
                                                                       ("NCE-statusen", "NCE")]


def test_longest_keeps_the_first_longest_of_overlapping_mentions():
    found = longest([Mention(3, 4, "NCE"), Mention(0, 1, "Arena"), Mention(0, 2, "Arena Pro"), Mention(1, 3, "*")])
    assert [(m.start, m.end, m.value) for m in found] == [(0, 2, "Arena Pro"), (3, 4, "NCE")]


def test_any_between_finds_a_start_in_the_range():
    assert any_between([2, 5, 9], 3, 6) and any_between([2, 5, 9], 0, 3)
    assert not any_between([2, 5, 9], 3, 5) and not any_between([2, 5, 9], 10, 20)


def test_a_status_is_found_in_any_case_and_inside_compounds(annotate_text, vocabulary):
    doc = annotate_text("Klyngen fikk ARENA PRO-status, arenastatus og «Norwegian Centre of Expertise»-status. "
                        "De ble arenaklynger og Global Centres of Expertise.")
    statuses, _triggers = find_mentions(vocabulary, doc)
    assert [m.value for m in statuses] == ["Arena Pro", "Arena", "NCE", "Arena", "GCE"]


def test_an_arena_in_lowercase_is_no_status(annotate_text, vocabulary):
    doc = annotate_text("Hallen er en arena for idrett.")
    assert find_mentions(vocabulary, doc)[0] == []
