"""Kinds of language on real pages nobody wrote rules for (the develop half of real-page batch 7, scored as it
came), each in Bokmål and Nynorsk (and English where pages are English), with invented names and sentences:
a programme's title in quotes glued to "-programmet" is no cluster; a status written as one word is no name,
and a status that opens its clause before a verb other than "få" is its subject, no grant; a new name of a
common word goes on over "i" and a place where the page always writes it so; a sentence about the news
itself dates an article with no publication date."""

import pytest

from .helpers import dated, events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Fredag kom nyheten om at Havbris-Polarna får status som en såkalt arena-klynge i «Kyst og Fjord»-programmet.",
    "Fredag kom nyheita om at Havbris-Polarna får status som ei såkalla arena-klynge i «Kyst og Fjord»-programmet.",
    "«Tindra Marine Cluster» fikk fredag status som Arena-klynge i «Norwegian Innovation Clusters»-programmet.",
    "«Tindra Marine Cluster» fekk fredag status som Arena-klynge i «Norwegian Innovation Clusters»-programmet.",
])
def test_a_quoted_programme_title_glued_to_programmet_is_no_cluster(annotate_full, text):
    found = events(annotate_full(text))
    assert len(found) == 1 and next(iter(found))[1:] == ("Arena", "granted")
    assert not any("programmet" in name or name in ("Kyst", "Fjord") for name, _, _ in found)


@pytest.mark.parametrize("text", [
    "Fjordlys som industriklynge og arbeidet for å oppnå Arenastatus\n\nI flere år har Fjordlys arbeidet for å bli "
    "en nasjonal industriklynge.\n\nArenastatus gir følgende fordeler for Fjordlys:\n\n"
    "  • Arenastatus kjennetegnes som et kvalitetsstempel i Norge\n  • Programmet gir tilgang til nettverk.",
    "Fjordlys som industriklynge og arbeidet for å nå Arenastatus\n\nI fleire år har Fjordlys arbeidd for å bli "
    "ei nasjonal industriklynge.\n\nArenastatus gjev følgjande fordelar for Fjordlys:\n\n"
    "  • Arenastatus vert kjenneteikna som eit kvalitetsstempel i Noreg\n  • Programmet gjev tilgang til nettverk.",
])
def test_a_status_written_as_one_word_is_no_name_and_what_it_gives_no_grant(annotate_full, text):
    assert events(annotate_full(text, published=None)) == set()


@pytest.mark.parametrize("text", [
    "Havbris Cluster er en klynge.\n\nGCE-status gir følgende fordeler for Havbris Cluster: nettverk og støtte.",
    "Havbris Cluster er ei klynge.\n\nGCE-status gjev følgjande fordelar for Havbris Cluster: nettverk og støtte.",
    "Fordelene er mange:\n\n  • NCE-status blir sett på som et kvalitetsstempel\n\nHavbris Cluster søker NCE-status i år.",
    "Fordelane er mange:\n\n  • NCE-status vert sett på som eit kvalitetsstempel\n\nHavbris Cluster søkjer NCE-status i år.",
])
def test_a_status_that_is_the_subject_of_its_verb_is_no_grant(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "NCE-status fikk både Fjordlys Cluster og Havbris Cluster i går.",
    "NCE-status fekk både Fjordlys Cluster og Havbris Cluster i går.",
])
def test_a_status_that_opens_its_clause_before_fa_is_still_its_object(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "NCE", "granted"), ("Havbris Cluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Næringsklyngen Sjømat i Vest ble nylig tatt opp i Innovasjon Norges klyngeprogram. Da Innovasjon Norge nylig "
    "offentliggjorde sine nye Arena-klynger, var Sjømat i Vest en av de to klyngene som ble valgt ut.",
    "Næringsklynga Sjømat i Vest vart nyleg tatt opp i Innovasjon Noreg sitt klyngeprogram. Då Innovasjon Noreg "
    "nyleg offentleggjorde sine nye Arena-klynger, var Sjømat i Vest ei av dei to klyngene som vart valt ut.",
])
def test_a_name_of_a_common_word_goes_on_over_i_and_a_place(annotate_full, text):
    assert events(annotate_full(text, published=None)) == {("Sjømat i Vest", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster has been awarded Mature Cluster status.\n\nThe news about the new status came during an event "
    "on Monday 15 November 2021.",
    "Fjordlys Cluster har fått status som moden klynge.\n\nNyheten kom under et arrangement mandag 15. november 2021.",
    "Fjordlys Cluster har fått status som moden klynge.\n\nNyheita kom under eit arrangement måndag 15. november 2021.",
])
def test_a_sentence_about_the_news_dates_an_article_with_no_publication_date(annotate_full, text):
    assert dated(annotate_full(text, published=None)) == {("Fjordlys Cluster", "2021-11-15", "context")}


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster har fått status som moden klynge.\n\nI 2015 kom den første klyngen med, 15. november 2015.",
    "Fjordlys Cluster har fått status som moden klynge.\n\nKlyngen ble stiftet mandag 15. november 2010.",
])
def test_a_day_in_a_sentence_about_something_else_does_not_date_the_news(annotate_full, text):
    assert {date for _, date, _ in dated(annotate_full(text, published=None))} == {None}


@pytest.mark.parametrize("text", [
    "Havbris Cluster tildelt Arenaklyngestatus\n\nNylig ble Havbris Cluster anerkjent for sitt arbeid og tildelt "
    "Arenaklyngestatus av Innovasjon Norge.",
    "Havbris Cluster tildelt Arenaklyngestatus\n\nNyleg vart Havbris Cluster anerkjend for arbeidet sitt og tildelt "
    "Arenaklyngestatus av Innovasjon Noreg.",
    "Havbris Cluster er tatt opp i det nasjonale Arena-klyngeprogrammet «Norwegian Innovation Clusters».",
    "Havbris Cluster er teken opp i det nasjonale Arena-klyngeprogrammet.",
])
def test_a_status_or_its_programme_written_with_the_word_for_cluster_is_that_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Innovasjon Norge stiller krav når Havbris Cluster nå får forlengelse i Arenaprogrammet.",
    "Innovasjon Noreg stiller krav når Havbris Cluster no får forlenging i Arena-programmet.",
])
def test_an_extension_said_by_its_noun_after_fa_extends(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Cluster", "Arena", "extended")}


@pytest.mark.parametrize("text", [
    "Havbris Cluster søker om forlengelse i Arenaprogrammet.",
    "Havbris Cluster håpar å få forlenging i Arena-programmet neste år.",
])
def test_asking_for_an_extension_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Innovation Norway's Arena programme has approved funding for the Norwegian Havbris Cluster (NHC), a project "
    "designed to develop new solutions.",
    "This year the Arena programme approved support for Havbris Cluster.",
])
def test_a_status_programme_that_approves_funding_for_a_cluster_grants_it(annotate_full, text):
    assert {(status, action) for _, status, action in events(annotate_full(text))} == {("Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Innovation Norway has approved funding for a pilot plant at Havbris Cluster.",
    "The county approved support for Havbris Cluster to build a new test centre.",
])
def test_funding_approved_with_no_status_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Havbris Cluster ble i dag tatt opp i klyngeprogrammet Norwegian Innovation Clusters. – Statusen som "
    "Arenaklynge gir både deltakelse i et fagnettverk og et finansieringsbidrag, sier klyngelederen.",
    "Havbris Cluster vart i dag teken opp i klyngeprogrammet Norwegian Innovation Clusters. – Statusen som "
    "Arenaklynge gjev både deltaking i eit fagnettverk og eit finansieringsbidrag, seier klyngeleiaren.",
])
def test_a_definite_status_before_gi_is_the_one_the_cluster_holds(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Cluster", "Arena", "granted")}
