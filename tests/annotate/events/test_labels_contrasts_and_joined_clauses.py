"""Kinds of spurious events on real pages (batch 9): a description taken for the cluster (a region or a
project by its place), a page's label before a colon, a status set against another ("fikk Arena-status, ikke
NCE-status"), two clauses in one sentence, each with its own cluster and status (a fronted clause, "og"
and a subject of its own), a list of the programme's levels taken for headings over names, and an upgrade to
the lowest status (a grant), the host a status came through ("Gjennom X har Y fått ..."), and a reference
("nettverket") far from the last cluster named (batch 10's develop half: the article's cluster). Invented names;
Bokmål and Nynorsk."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text", [
    "Vi er glade for at Bodø-prosjektet nå har fått Arena-status. Klyngen Havlys Energi består av 40 bedrifter.",
    "Vi er glade for at Bodø-prosjektet no har fått Arena-status. Klynga Havlys Energi består av 40 bedrifter.",
])
def test_a_project_by_its_place_is_the_cluster_named_after_it(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Energi", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Dagens kunngjøring har løftet Tromsø-prosjektet opp på Arena-nivå. Moldenesregionen har fått NCE-status.",
    "Kunngjeringa i dag har løfta Tromsø-prosjektet opp på Arena-nivå. Moldenesregionen har fått NCE-status.",
])
def test_a_region_or_a_project_by_its_place_gets_no_status(annotate_full, text):
    assert not events(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Millioner til klyngene\n\nSjøfart: Reiselivsnæringa i Nord-Norge er utpekt som ny «Arena Pro-klynge» i Norge.",
    "Millionar til klyngene\n\nSjøfart: Reiselivsnæringa i Nord-Noreg er utpeikt som ny «Arena Pro-klynge» i Noreg.",
])
def test_a_label_before_a_colon_is_no_cluster(annotate_full, text):
    found = events(annotate_full(text))
    assert found and not any(cluster == "Sjøfart" for cluster, _status, _action in found)


@pytest.mark.parametrize("text", [
    "Klyngen Havlys Energi fikk Arena-status, ikke NCE-status, da søknadene ble behandlet i fjor.",
    "Klynga Havlys Energi fekk Arena-status, ikkje NCE-status, då søknadene vart handsama i fjor.",
])
def test_a_status_set_against_another_is_no_refusal(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Energi", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "I tillegg til at klyngen Brattli Mat har fått Arena-status, har klyngen Nordvik Havbruk fått NCE-status.",
    "I tillegg til at klynga Brattli Mat har fått Arena-status, har klynga Nordvik Havbruk fått NCE-status.",
    "Klyngen Brattli Mat fikk Arena-status, og klyngen Nordvik Havbruk fikk NCE-status.",
    "Klynga Brattli Mat fekk Arena-status, og klynga Nordvik Havbruk fekk NCE-status.",
])
def test_two_clauses_of_one_sentence_give_each_cluster_its_own_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Brattli Mat", "Arena", "granted"), ("Nordvik Havbruk", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Klyngeprogrammet har tre nivåer:\n• Arena\n• NCE (Norwegian Centre of Expertise)\n• GCE (Global Centre of Expertise)."
    "\n\nFjordlys Havbruk har mange medlemmer innen havbruk.",
    "Klyngeprogrammet har tre nivå:\n• Arena\n• NCE (Norwegian Centre of Expertise)\n• GCE (Global Centre of Expertise)."
    "\n\nFjordlys Havbruk har mange medlemmer innan havbruk.",
])
def test_a_list_of_the_programme_levels_gives_no_status(annotate_full, text):
    assert not events(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Klyngen Brattli Byliv fikk i dag tildelt status som arenaprosjekt.\n\nDagens kunngjøring har løftet "
    "prosjektet opp på Arena-nivå.",
    "Klynga Brattli Byliv fekk i dag tildelt status som arenaprosjekt.\n\nKunngjeringa i dag har løfta "
    "prosjektet opp på Arena-nivå.",
])
def test_an_upgrade_to_the_lowest_status_is_a_grant(annotate_full, text):
    assert events(annotate_full(text)) == {("Brattli Byliv", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Gjennom Brattli Næringshage har Havlys Energi fått Arena-status, og klyngen skal nå vokse.",
    "Gjennom Brattli Næringshage har Havlys Energi fått Arena-status, og klynga skal no vekse.",
])
def test_the_host_the_cluster_got_its_status_through_gets_none(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Energi", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Klyngen Fjordlys Sol ble etablert i 2013. Klyngen har 60 medlemmer.\n\n– Vi ser mange synergier mellom "
    "Fjordlys Sol og den nye klyngen Havlys Hydrogen, sier han.\n\nSamarbeidet ble startet av bedriftene. "
    "Oppbyggingen ble finansiert av fylket. Sekretariatet ligger på Kjeller.\n\nI 2016 ble nettverket tildelt Arena-status.",
    "Klynga Fjordlys Sol vart etablert i 2013. Klynga har 60 medlemer.\n\n– Vi ser mange synergiar mellom "
    "Fjordlys Sol og den nye klynga Havlys Hydrogen, seier han.\n\nSamarbeidet vart starta av bedriftene. "
    "Oppbygginga vart finansiert av fylket. Sekretariatet ligg på Kjeller.\n\nI 2016 vart nettverket tildelt Arena-status.",
])
def test_a_reference_far_from_the_last_name_is_the_articles_cluster(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Sol", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Klyngen Fjordlys Sol ble etablert i 2013.\n\nKlyngen Havlys Hydrogen har 40 medlemmer. I 2016 ble klyngen "
    "tildelt Arena-status.",
    "Klynga Fjordlys Sol vart etablert i 2013.\n\nKlynga Havlys Hydrogen har 40 medlemer. I 2016 vart klynga "
    "tildelt Arena-status.",
])
def test_a_reference_near_the_last_name_is_that_cluster(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Hydrogen", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Reiselivsnæringa får Arena-status\n\nReiselivsnæringa i Sør-Rogaland har blitt tatt opp i Arena-programmet, "
    "melder Innovasjon Norge.",
    "Reiselivsnæringa får Arena-status\n\nReiselivsnæringa i Sør-Rogaland har vorte teken opp i Arena-programmet, "
    "melder Innovasjon Noreg.",
])
def test_a_headline_short_form_is_the_name_with_its_place(annotate_full, text):
    assert events(annotate_full(text)) == {("Reiselivsnæringa i Sør-Rogaland", "Arena", "granted")}
