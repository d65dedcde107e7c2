"""Clusters listed away from the status clause: a sentence cut by a line break, paragraphs under a
status heading with its short form, and a frame that counts its clusters while a sentence near
names them (invented names)."""

import pytest

from .helpers import events

NAMES = ("Fjordlys Ocean Cluster", "Havbris Cluster", "Norwegian Lavik Hub")


@pytest.mark.parametrize("text", [
    "Nye klynger\n\nFjordlys Ocean Cluster, Havbris Cluster og Norwegian Lavik Hub i dag tildelt\n\n"
    "status som Norwegian Centres of Expertise.",
    "Fjordlys Ocean Cluster, Havbris Cluster og Norwegian Lavik Hub fekk\nstatus som NCE i dag.",
])
def test_a_sentence_cut_by_a_line_break(annotate_full, text):
    assert events(annotate_full(text)) == {(name, "NCE", "granted") for name in NAMES}


def test_a_line_that_ends_a_sentence_is_not_joined_to_the_next(annotate_full):
    doc = annotate_full("Havbris Cluster har 40 medlemmer.\n\nstatus som NCE fekk Fjordlys Ocean Cluster i fjor.")
    assert ("Havbris Cluster", "NCE", "granted") not in events(doc)


def test_paragraphs_under_status_headings_with_their_short_form(annotate_full):
    doc = annotate_full("Her er de nye næringsklyngene:\n\nGlobal Centres of Expertise (GCE)\n\n"
                        "Fjordlys Ocean Cluster består av 40 bedrifter. Klyngen ligger i Bergen.\n\n"
                        "Norwegian Centres of Expertise (NCE)\n\nHavbris Cluster samler 30 bedrifter i Molde.\n\n"
                        "Norwegian Lavik Hub har 20 medlemmer. Polarna Cluster er en partner.")
    assert events(doc) == {("Fjordlys Ocean Cluster", "GCE", "granted"), ("Havbris Cluster", "NCE", "granted"),
                           ("Norwegian Lavik Hub", "NCE", "granted")}


def test_a_status_heading_no_line_announces_takes_nothing(annotate_full):
    doc = annotate_full("Klyngeprogrammet har tre nivåer.\n\nGlobal Centres of Expertise (GCE)\n\n"
                        "Fjordlys Ocean Cluster består av 40 bedrifter.")
    assert events(doc) == set()


@pytest.mark.parametrize("text, status", [
    ("Den maritime klyngen Fjordlys Ocean Cluster i Bergen og Havbris Cluster i Molde er de første. "
     "To miljøer har dermed fått status som Global Centres of Expertise.", "GCE"),
    ("To miljøer har fått status som GCE. Vi gratulerer Fjordlys Ocean Cluster og Havbris Cluster, sier hun.", "GCE"),
    ("Innovasjon Norge kunngjorde i dag at næringsklyngene Fjordlys Ocean Cluster og Havbris Cluster er tatt opp. "
     "Av ni søknader var det to klynger fra Vestlandet som fikk tildelt Arena Pro-status.", "Arena Pro"),
    ("Tre nye NCE ble tatt inn i programmet i dag.\n\nHavbris Cluster samler bedrifter i Molde, "
     "Fjordlys Ocean Cluster i Bergen og Norwegian Lavik Hub i Ålesund.", "NCE"),
])
def test_a_frame_counts_the_clusters_a_sentence_near_names(annotate_full, text, status):
    found = events(annotate_full(text))
    named = {name for name in NAMES if name in text}
    assert found == {(name, status, "granted") for name in named}


def test_a_count_no_sentence_near_matches_takes_nothing(annotate_full):
    doc = annotate_full("Tre miljøer har fått status som GCE. Vi gratulerer Fjordlys Ocean Cluster og Havbris Cluster.")
    assert events(doc) == set()


@pytest.mark.parametrize("text, expected", [
    ("Kunnskapsparken i Nord får støtte til å etablere arenaklyngen Fjordlys.", {"Fjordlys"}),
    ("I dag ble Arena-klyngene Fjordlys og Havbris Cluster tatt opp.", {"Fjordlys", "Havbris Cluster"}),
])
def test_the_names_a_status_for_clusters_stands_before(annotate_full, text, expected):
    assert {cluster for cluster, _s, _a in events(annotate_full(text))} == expected


def test_clusters_inside_one_frame_keep_an_event_each(annotate_full):
    doc = annotate_full("I dag ble Arena-klyngene Fjordlys og Havbris Cluster tatt opp.")
    assert sorted(e._.event["cluster"] for e in doc.spans["events"]) == ["Fjordlys", "Havbris Cluster"]


def test_a_list_of_prefixed_names_the_article_calls_new(annotate_full):
    doc = annotate_full("Dette er sentrene: NCE Fjordlys på Møre, NCE Havbris i Vestfold og Lavikklyngen i Trøndelag."
                        "\n\n– Jeg har store forventninger til de nye sentrene, sier statsråden.")
    assert {cluster for cluster, _s, _a in events(doc)} == {"Fjordlys", "Havbris", "Lavikklyngen"}
    assert {(status, action) for _c, status, action in events(doc)} == {("NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Dette er sentrene: NCE Fjordlys på Møre, NCE Havbris i Vestfold og Lavikklyngen i Trøndelag.",
    "Dette er de nye sentrene: NCE Fjordlys på Møre, GCE Havbris i Vestfold og Lavikklyngen i Trøndelag.",
])
def test_a_prefixed_list_not_called_new_or_of_two_statuses_gives_nothing(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text, status", [
    ("Klyngene som får status er: Arena Fjordlys Energi, Arena Havbris Mobilitet og Arena Lavik Møbel.", "Arena"),
    ("De nye Arena-klyngene er Fjordlys Energi, Havbris Mobilitet og Lavik Møbel.", "Arena"),
    ("Dei nye NCE-klyngene er Fjordlys Energi, Havbris Mobilitet og Lavik Møbel.", "NCE"),
    ("Disse klyngene får Arena-status: Arena Fjordlys Energi Arena Havbris Mobilitet og Arena Lavik Møbel.", "Arena"),
])
def test_a_list_whose_status_is_its_prefixes_or_its_subject(annotate_full, text, status):
    assert events(annotate_full(text)) == {(name, status, "granted")
                                           for name in ("Fjordlys Energi", "Havbris Mobilitet", "Lavik Møbel")}


def test_names_written_without_a_comma_are_parted(annotate_full):
    doc = annotate_full("Disse får Arena-status: Fjordlys Ocean Cluster Havbris Cluster og NOVA.")
    assert events(doc) == {(name, "Arena", "granted") for name in ("Fjordlys Ocean Cluster", "Havbris Cluster", "NOVA")}


@pytest.mark.parametrize("text", [
    "Disse klyngene vil få status: Arena Fjordlys Energi og Arena Havbris Mobilitet.",
    "Arena-klyngene er Fjordlys Energi, Havbris Mobilitet og Lavik Møbel.",
])
def test_a_list_announced_as_an_intention_or_not_new_gives_nothing(annotate_full, text):
    assert events(annotate_full(text)) == set()


def test_a_name_ending_in_cluster_and_a_word_is_one_name(annotate_full):
    assert events(annotate_full("Arctic Cluster Team får Arena Pro-status.")) == {
        ("Arctic Cluster Team", "Arena Pro", "granted")}


def test_a_prefix_after_a_common_word_parts_no_name(annotate_full):
    doc = annotate_full("Konkurransen var hard: 14 klynger søkte om Arena Pro i denne runden, og bare fire nådde opp.")
    assert events(doc) == set()


@pytest.mark.parametrize("text, expected", [
    ("Hanne Kristensen skal lede den nye Arenaklyngen; The Fjordlys Science Cluster.",
     {("Fjordlys Science Cluster", "Arena", "granted")}),
    ("Han leder den nye NCE-klyngen Havbris.", {("Havbris", "NCE", "granted")}),
    ("Han er glad for den nye Arena-klyngen i Bergen.", set()),
    ("Han leder Arena-klyngen Havbris.", set()),
])
def test_a_new_status_over_the_name_after_it(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


def test_a_status_with_the_word_for_cluster_is_no_cluster(annotate_full):
    doc = annotate_full("Hanne Kristensen skal lede den nye Arenaklyngen; The Fjordlys Science Cluster.")
    assert "Arenaklyngen" not in {c.text for c in doc.spans["clusters"]}


def test_a_paragraph_break_keeps_the_status_of_the_sentence_before(annotate_full):
    doc = annotate_full("Tre nye klynger får GCE-status i år.\n\n"
                        "Arena Fjordlys Energi, Arena Havbris Mobilitet og Arena Lavik Møbel er klyngene som er valgt ut.")
    assert {status for _c, status, _a in events(doc)} == {"GCE"}
