"""A photo caption between a list's announcing line and its names; names cut at "i" or glued to
a sentence's first word (invented names, Bokmål and Nynorsk)."""

import pytest

from extract.annotate.cluster_registry import registry
from extract.annotate.lexicon import load

from .helpers import events

LISTED = {("Fjordlys", "Arena", "granted"), ("Havbris – The Smart Fjord", "Arena", "granted"),
          ("Lavik Cluster Team", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Tre nye klynger får Arena-status:\n\nFjordlys – nytt Arena-prosjekt vil bidra til at Norge er i front. "
    "Foto: Kari Nordmann, Innovasjon Norge\n\nFjordlys i Bergen\n\nArena Havbris – The Smart Fjord\n\n"
    "Lavik Cluster Team i Nordland\n\nMinisteren gratulerer klyngene.",
    "Tre nye klynger får Arena-status:\n\nFjordlys – nytt Arena-prosjekt skal bidra til at Noreg er i front. "
    "Foto: Kari Nordmann, Innovasjon Noreg\n  • Fjordlys i Bergen\n  • Arena Havbris – The Smart Fjord\n"
    "  • Lavik Cluster Team i Nordland\n\nStatsråden gratulerer klyngene.",
])
def test_a_caption_between_the_announcing_line_and_the_list(annotate_full, text):
    assert events(annotate_full(text)) == LISTED


@pytest.mark.parametrize("text", [
    "Tre nye klynger får Arena-status:\n\nFjordlys har 40 medlemmer i dag. Klyngen ligger i Bergen.\n\n"
    "Fjordlys i Bergen\n\nArena Havbris – The Smart Fjord\n\nLavik Cluster Team i Nordland",
    "Tre nye klynger får Arena-status:\n\nFjordlys har 40 medlemer i dag. Klynga ligg i Bergen.\n\n"
    "Fjordlys i Bergen\n\nArena Havbris – The Smart Fjord\n\nLavik Cluster Team i Nordland",
])
def test_a_paragraph_with_no_credit_still_ends_the_list(annotate_full, text):
    assert not events(annotate_full(text)) & LISTED


@pytest.mark.parametrize("text, name, status", [
    ("Da Fjordlys Biocluster ble tatt opp i Arena-programmet i 2012, besto klyngen av 20 medlemmer.",
     "Fjordlys Biocluster", "Arena"),
    ("Då Fjordlys Biocluster vart teken opp i Arena-programmet i 2012, hadde klynga 20 medlemer.",
     "Fjordlys Biocluster", "Arena"),
    ("Fordi Havbris Cluster fekk NCE-status i fjor, kan klynga vekse.", "Havbris Cluster", "NCE"),
    ("Mens Havbris Cluster fikk NCE-status i fjor, må andre vente.", "Havbris Cluster", "NCE"),
])
def test_a_subordinator_opening_the_sentence_is_no_part_of_the_name(annotate_full, text, name, status):
    assert events(annotate_full(text)) == {(name, status, "granted")}


@pytest.mark.parametrize("text", [
    "Som eneste næringsklynge fra Nord-Norge fikk Kraft i Vest i dag tildelt status som Arena-klynge gjennom "
    "Innovasjon Norge. Kraft i Vest er en klynge med medlemmer fra hele energisektoren.",
    "Som einaste næringsklynge frå Vestlandet fekk Kraft i Vest i dag tildelt status som Arena-klynge. "
    "Kraft i Vest er ei klynge med medlemer frå heile energisektoren.",
])
def test_a_name_of_common_words_goes_on_over_i_where_the_article_always_writes_it_so(annotate_full, text):
    assert events(annotate_full(text)) == {("Kraft i Vest", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Tre nye klynger får Arena-status: Kraft i Bergen, Havbris Cluster og Lavik Hub. Kraft har 40 medlemmer.",
    "Tre nye klynger får Arena-status: Kraft i Bergen, Havbris Cluster og Lavik Hub. Kraft har 40 medlemer.",
])
def test_a_place_after_i_stays_out_where_the_name_stands_alone_too(annotate_full, text):
    assert ("Kraft", "Arena", "granted") in events(annotate_full(text))


@pytest.mark.parametrize("text, name", [
    ("Arena LAVIK (Norwegian Lavik Hub) er et av fem nye næringsmiljøer som nå tas opp i nettverksprogrammet Arena. "
     "Norwegian Lavik Hub er et spennende prosjekt, sier ministeren.", "LAVIK"),
    ("Arena LAVIK (Norwegian Lavik Hub) er eit av fem nye næringsmiljø som no vert tekne opp i nettverksprogrammet "
     "Arena. Norwegian Lavik Hub er eit spennande prosjekt, seier statsråden.", "LAVIK"),
    ("Norwegian Lavik Hub (Arena LAVIK) fikk Arena-status i dag.", "Norwegian Lavik Hub"),
    ("Norwegian Lavik Hub (Arena LAVIK) fekk Arena-status i dag.", "Norwegian Lavik Hub"),
])
def test_a_cluster_and_its_other_form_in_brackets_are_one(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "granted")}


@pytest.mark.parametrize("text, action", [
    ("GCE Ull- og tekstilklyngen avsluttes i juni, etter ti år i programmet.", "lost"),
    ("Frå 1. juli vidareførast GCE Ull- og tekstilklyngja som klyngeprosjekt.", "extended"),
])
def test_a_compound_written_out_keeps_its_programme_prefix(annotate_full, text, action):
    name = "Ull- og tekstilklyngen" if "klyngen" in text else "Ull- og tekstilklyngja"
    assert events(annotate_full(text)) == {(name, "GCE", action)}


def test_no_known_cluster_is_named_with_a_word_for_cluster_or_a_leading_word_first():
    data = load("clusters")
    openers = {str(w).lower() for w in data["cue_words"] + data["leading_words"]}
    names = [c["name"] for c in data["known"]] + [c.name for c in registry().clusters]
    assert [n for n in names if n.split(" ")[0].lower() in openers] == []


@pytest.mark.parametrize("text", [
    "Tre nye klynger får Arena-status.\n\nFjordlys i Bergen\n\nArena Havbris – The Smart Fjord\n\n"
    "Lavik Cluster Team i Nordland\n\nMinisteren gratulerer klyngene.",
    "Tre nye klynger får Arena-status.\n\nFjordlys i Bergen\n\nArena Havbris – The Smart Fjord\n\n"
    "Lavik Cluster Team i Nordland\n\nStatsråden gratulerer klyngene.",
])
def test_a_count_ending_its_paragraph_takes_as_many_name_lines_under_it(annotate_full, text):
    assert events(annotate_full(text)) == LISTED


@pytest.mark.parametrize("text", [
    "To nye klynger får Arena-status.\n\nFjordlys i Bergen\n\nArena Havbris – The Smart Fjord\n\n"
    "Lavik Cluster Team i Nordland\n\nMinisteren gratulerer klyngene.",
    "To nye klynger får Arena-status.\n\nFjordlys i Bergen\n\nArena Havbris – The Smart Fjord\n\n"
    "Lavik Cluster Team i Nordland\n\nStatsråden gratulerer klyngene.",
])
def test_more_name_lines_than_the_count_take_none(annotate_full, text):
    assert ("Fjordlys", "Arena", "granted") not in events(annotate_full(text))
