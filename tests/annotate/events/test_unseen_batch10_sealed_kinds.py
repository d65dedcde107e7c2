"""Kinds of failure on real pages nobody wrote rules for (the sealed half of real-page batch 10, scored once and
opened), each in Bokmål and Nynorsk, with invented names and sentences: "i høst" told in the past in an article of
February is the autumn before; a quality label ("Excellence Label Silver") and a part of the world in the genitive
("Europas") are no clusters; a word that opens a sentence ("Next") is part of the name the article writes with it
inside a sentence; a description before a name ("Innovasjonsprosjektet X") is no part of it; a compound common noun
opening a sentence ("Hovedmålet") is no name; "den gang"/"da" dates a sentence by the year the sentence before names;
a selection ("kom gjennom nåløyet") is for the status a call named a few sentences before, among applicants
counted ("av ni søkere"); a name in the genitive that the article writes bare elsewhere is that name; "Arena
Pro-nettverk" is Arena Pro; "er blant fire nye utpekte klynger, som nå er definert som ..." and "er definert som"
select; a partner of the application ("er med som partner") gets no status; "overgangen til"/"går over til" a status
upgrades; a headline opened by a verb ("Markerer overgangen til ...") names no cluster with it."""

import pytest

from .helpers import dated, events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Det ble klart i høst at Fjellbris Cluster fikk Arena-status.",
    "Det vart klart i haust at Fjellbris Cluster fekk Arena-status.",
])
def test_this_autumn_told_in_the_past_early_in_the_year_is_the_autumn_before(annotate_full, text):
    assert {date for _, date, _ in dated(annotate_full(text, published="2020-02-10"))} == {"2019-09-01"}


@pytest.mark.parametrize("text", [
    "Fjellbris Cluster skal søke om Arena-status i høst.",
    "Fjellbris Cluster fekk Arena-status i fjor haust.",
])
def test_this_autumn_ahead_and_last_autumn_keep_their_year(annotate_full, text):
    found = dated(annotate_full(text, published="2020-02-10"))
    assert found == set() if "skal" in text else {date for _, date, _ in found} == {"2019-09-01"}


@pytest.mark.parametrize("text", [
    "Tre av dem er Fjordlys Cluster, Havbris Cluster og Tindeklyngen. Alle har fått status som Global Centre of "
    "Expertise, i tillegg til Europas «Cluster Management Excellence Label Silver».",
    "Tre av dei er Fjordlys Cluster, Havbris Cluster og Tindeklynga. Alle har fått status som Global Centre of "
    "Expertise, i tillegg til Europas «Cluster Management Excellence Label Silver».",
])
def test_a_quality_label_and_its_giver_are_no_clusters(annotate_full, text):
    names = {name for name, _, _ in events(annotate_full(text, published="2019-03-28"))}
    assert not any("Label" in name or name.startswith("Europa") for name in names)


@pytest.mark.parametrize("text", [
    "Partnerne i Next Fjord er Lysnes AS og Bølgja AS.\n\nNext Fjord ble torsdag gratulert med ny Arena-status.",
    "Partnarane i Next Fjord er Lysnes AS og Bølgja AS.\n\nNext Fjord vart torsdag gratulert med ny Arena-status.",
])
def test_a_leading_word_is_part_of_the_name_the_article_writes_with_it_inside(annotate_full, text):
    assert events(annotate_full(text)) == {("Next Fjord", "Arena", "granted")}


@pytest.mark.parametrize(("text", "name"), [
    ("Innovasjonsprosjektet Lysverk Media har fått innvilget søknaden om Arenastatus for tre år. Partnerne i "
     "Lysverk Media er Lysnes AS og Bølgja AS.", "Lysverk Media"),
    ("Innovasjonsprosjektet Lysverk Media har fått innvilga søknaden om Arenastatus for tre år. Partnarane i "
     "Lysverk Media er Lysnes AS og Bølgja AS.", "Lysverk Media"),
    ("Forskningsprosjektet Havbris Cluster har fått Arena-status.", "Havbris Cluster"),
    ("Forskingsprosjektet Havbris Cluster har fått Arena-status.", "Havbris Cluster"),
])
def test_a_description_before_a_name_is_no_part_of_it(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Hovedmålet for klyngearbeidet i fjor var å oppnå Arena-status.",
    "Delmålet for arbeidet i fjor var å få Arena-status.",  # Nynorsk as Bokmål
])
def test_a_compound_common_noun_opening_a_sentence_is_no_cluster(annotate_full, text):
    assert events(annotate_full(text, published="2020-10-29")) == set()


@pytest.mark.parametrize("text", [
    "Klyngeprosjektet ARENA HAVBRIS har siden opptaket i det nasjonale klyngeprogrammet i 2016 arbeidet for vekst. "
    "Arena Havbris var den gang eneste klynge i landet som ble tatt opp i det nasjonale programmet for klynger.",
    "Klyngeprosjektet ARENA HAVBRIS har sidan opptaket i det nasjonale klyngeprogrammet i 2016 arbeidd for vekst. "
    "Arena Havbris var den gongen einaste klynga i landet som vart teken opp i det nasjonale programmet for klynger.",
])
def test_at_that_time_dates_by_the_year_the_sentence_before_names(annotate_full, text):
    assert {date for _, date, _ in dated(annotate_full(text, published=None))} == {"2016-01-01"}


@pytest.mark.parametrize("text", [
    "I juni kom utlysningen fra Norwegian Innovation Clusters for Arena Pro. Programmet gir penger i fem år. "
    "Av ni søkere var Havbris Cluster en av fire som kom gjennom nåløyet.",
    "I juni kom utlysinga frå Norwegian Innovation Clusters for Arena Pro. Programmet gir pengar i fem år. "
    "Av ni søkjarar var Havbris Cluster ein av fire som kom gjennom nåløyret.",
])
def test_a_selection_among_counted_applicants_is_for_the_status_called_for_before(annotate_full, text):
    assert events(annotate_full(text, published="2020-12-18")) == {("Havbris Cluster", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Havnæringa i Nordland søkte om Arena-status i vår. Havnæringas Arena-søknad ble, som en av tre vinnere, valgt ut "
    "blant 39 søknader.",
    "Havnæringa i Nordland søkte om Arena-status i vår. Havnæringas Arena-søknad vart, som ein av tre vinnarar, vald ut "
    "blant 39 søknader.",
])
def test_a_genitive_name_written_bare_with_its_place_is_that_name(annotate_full, text):
    assert events(annotate_full(text, published="2016-10-20")) == {("Havnæringa i Nordland", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster er blant de fire nye nettverkene som er utpekt som Arena Pro-nettverk.",
    "Fjordlys Cluster er blant dei fire nye nettverka som er utpeikte som Arena Pro-nettverk.",
])
def test_a_status_written_with_the_word_for_network_is_that_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Fjordvekst har samarbeidet med Havbris Cluster siden 2016. Havbris Cluster er blant fire nye utpekte klynger, "
    "som nå er definert som Arena Pro-klynger.",
    "Fjordvekst har samarbeidd med Havbris Cluster sidan 2016. Havbris Cluster er blant fire nye utpeikte klynger, "
    "som no er definerte som Arena Pro-klynger.",
    "Havbris Cluster er definert som Arena Pro-nettverk.",  # Nynorsk as Bokmål
])
def test_among_new_designated_clusters_defined_as_a_status_is_selected_for_it(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Cluster", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Havbris Cluster har søkt om Arena Pro. Nå er søknaden innvilget, og Fjordvekst er med som partner.",
    "Havbris Cluster har søkt om Arena Pro. No er søknaden innvilga, og Fjordvekst er med som partnar.",
])
def test_a_partner_of_the_application_gets_no_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Cluster", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Lysverk Cluster markerte onsdag overgangen til Arena Pro-status med en konferanse.",
    "Lysverk Cluster markerte onsdag overgongen til Arena Pro-status med ein konferanse.",
    "Lysverk Cluster går over til Arena Pro fra nyttår.",
    "Lysverk Cluster går over til Arena Pro frå nyttår.",
])
def test_a_move_over_to_a_status_is_an_upgrade(annotate_full, text):
    assert events(annotate_full(text, published="2019-12-10")) == {("Lysverk Cluster", "Arena Pro", "upgraded")}


@pytest.mark.parametrize("text", [
    "Markerer overgangen til Arena Pro klyngestatus\n\nLysverk Cluster feiret onsdag med en konferanse.",
    "Markerer overgangen til Arena Pro klyngestatus\n\nLysverk Cluster feira onsdag med ein konferanse.",
])
def test_a_headline_opened_by_a_verb_has_no_name_before_its_grant(annotate_full, text):
    assert {name for name, _, _ in events(annotate_full(text, published="2019-12-10"))} == {"Lysverk Cluster"}
