"""Kinds of failure on real pages nobody wrote rules for (the sealed half of real-page batch 12, scored once and
opened), each in Bokmål and Nynorsk (and English where the kind is English) with invented names: a refusal found
outside its clause is no refusal of a cluster written with a higher status ("NCE X" named as a partner does not
miss out on Arena); an English name goes on over "in the", "of the" ("Havlys in the North"); the status after
"fra en", "from a" is the one left, not the one reached."""

import pytest

from .helpers import events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Klyngen fikk ikke Arena-status i år. Brattli har likevel fått ros for kontakten med NCE Tindfjell og NCE Kvitvik.",
    "Klynga fekk ikkje Arena-status i år. Brattli har likevel fått ros for kontakten med NCE Tindfjell og NCE Kvitvik.",
    "Klyngen nådde ikke opp i konkurransen om Arena-status. Brattli fikk likevel ros for samarbeidet med NCE Tindfjell.",
    "Klynga nådde ikkje opp i konkurransen om Arena-status. Brattli fekk likevel ros for samarbeidet med NCE Tindfjell.",
    "The cluster did not get Arena status this year. Brattli was praised for its work with NCE Tindfjell and "
    "NCE Kvitvik.",
])
def test_a_cluster_written_with_a_higher_status_is_no_subject_of_a_refused_lower_one(annotate_full, text):
    assert not {e for e in events(annotate_full(text)) if "Tindfjell" in e[0] or "Kvitvik" in e[0]}


@pytest.mark.parametrize("text", [
    "NCE Tindfjell fikk ikke GCE-status i år.",
    "NCE Tindfjell fekk ikkje GCE-status i år.",
])
def test_a_refusal_whose_clause_names_the_cluster_keeps_it(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindfjell", "GCE", "rejected")}


@pytest.mark.parametrize("text", [
    "Klyngen Havlys in the North fikk Arena-status i 2021.",
    "Klynga Havlys in the North fekk Arena-status i 2021.",
    "Havlys in the North cluster fikk Arena-status i 2021.",
    "Havlys in the North cluster fekk Arena-status i 2021.",
    "Havlys in the North cluster was included in the cluster programme and got Arena status in 2021.",
])
def test_an_english_name_goes_on_over_a_preposition_and_an_article(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys in the North", "Arena", "granted")}


def test_a_centre_for_one_thing_of_the_other_is_one_name(annotate_full):
    text = "The Centre for Havlys of the Arctic cluster got Arena status in 2021."
    assert events(annotate_full(text)) == {("Centre for Havlys of the Arctic", "Arena", "granted")}


def test_a_nation_after_in_the_ends_the_name(annotate_full):
    assert events(annotate_full("Fjordlys in the UK got Arena status in 2021.")) == {("Fjordlys", "Arena", "granted")}


@pytest.mark.parametrize("text, status", [
    ("Brattli rykket opp fra en «Norwegian Centre of Expertise» til et «Global Centre of Expertise» i 2019.", "GCE"),
    ("Brattli rykte opp frå eit «Norwegian Centre of Expertise» til eit «Global Centre of Expertise» i 2019.", "GCE"),
    ("In 2019 Brattli was promoted from a National Center of Expertise to a Global Center of Expertise (GCE).", "GCE"),
    ("Brattli ble løftet fra et Arena-prosjekt til NCE i 2014.", "NCE"),
    ("Brattli vart løfta frå eit Arena-prosjekt til NCE i 2014.", "NCE"),
])
def test_the_status_after_from_and_an_article_is_the_one_left(annotate_full, text, status):
    assert events(annotate_full(text)) == {("Brattli", status, "upgraded")}
