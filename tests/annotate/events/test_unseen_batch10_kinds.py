"""Kinds of failure on real pages nobody wrote rules for (the develop half of real-page batch 10, scored as it
came), each in Bokmål and Nynorsk, with invented names and sentences: a brand that opens with a digit or a
lower-case letter after the word for cluster is the name ("industriklyngen 5fjell", not "Industriklyngen"); a
photo caption that counts new clusters and lines up their people names them all; a singular reference after a
sentence naming two clusters is the article's one; a date under "vil" in another clause is a plan's, no date of a
refusal; a sentence that says the decision was made known dates the grants; a name joined to a known cluster
before "er to av seks prosjekter som er tatt opp" is granted with it; an upgrade said with no status named ("rykker opp")
is to the one status above the lowest that the article names ("Forbereder opprykk til Arena Pro"); a name right after
"Blant andre", with no verb, is one of the clusters the sentence before counts."""

import pytest

from .helpers import dated, events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize(("text", "name"), [
    ("Næringsklyngen 4fjord fikk Arena-status i 2021. Årsmøtet i 4fjord ble holdt i mars.", "4fjord"),
    ("Industriklynga eKyst fekk Arena-status i 2021. Årsmøtet i eKyst vart halde i mars.", "eKyst"),
])
def test_a_brand_after_the_word_for_cluster_is_the_name(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Mye positivt for industriklyngen 5fjell i 2023\n\nÅrsmøtet i 5fjell ble holdt 2. mars 2024, og kan oppsummeres "
    "slik:\n\n  • 5fjell har fått 8 nye medlemmer i 2023.\n  • Vi klarte ikke å få Arenastatus, men vil gjøre et nytt "
    "forsøk i 2024.\n  • Nytt navn er Industriklyngen 5fjell.",
    "Mykje positivt for industriklynga 5fjell i 2023\n\nÅrsmøtet i 5fjell vart halde 2. mars 2024, og kan oppsummerast "
    "slik:\n\n  • 5fjell har fått 8 nye medlemer i 2023.\n  • Vi klarte ikkje å få Arenastatus, men vil gjere eit nytt "
    "forsøk i 2024.\n  • Nytt namn er Industriklynga 5fjell.",
])
def test_a_brand_cluster_refused_is_not_dated_by_its_plan(annotate_full, text):
    found = annotate_full(text, published=None)
    assert {(name.split(" ")[-1], status, action) for name, status, action in events(found)} \
        == {("5fjell", "Arena", "rejected")}
    assert {date for _, date, _ in dated(found)} == {"2023-01-01"}  # the year the summary reviews, not the plan's


@pytest.mark.parametrize("text", [
    "Havbris Cluster fikk ikke Arena-status, men vil søke på nytt i 2027.",
    "Havbris Cluster fekk ikkje Arena-status, men vil søkje på nytt i 2027.",
])
def test_a_date_under_vil_in_another_clause_does_not_date_a_refusal(annotate_full, text):
    assert dated(annotate_full(text, published="2026-03-01")) == {("Havbris Cluster", "2026-03-01", "published")}


@pytest.mark.parametrize("text", [
    "De tre nye Arena-klyngene med beviset på at de er tatt opp i programmet. Fra venstre: Kari Nordmann, "
    "klyngeleder i Fjordlys Cluster. Ola Hansen, daglig leder for Havbris Cluster og Per Li, leder av Tindeklyngen. "
    "Foto: Anne Berg",
    "Dei tre nye Arena-klyngene med beviset på at dei er tekne opp i programmet. Frå venstre: Kari Nordmann, "
    "klyngeleiar i Fjordlys Cluster. Ola Hansen, dagleg leiar for Havbris Cluster og Per Li, leiar av Tindeklynga. "
    "Foto: Anne Berg",
])
def test_a_caption_counting_new_clusters_takes_the_clusters_of_its_lineup(annotate_full, text):
    last = "Tindeklyngen" if "Fra venstre" in text else "Tindeklynga"
    assert events(annotate_full(text)) == {(name, "Arena", "granted") for name in ("Fjordlys Cluster", "Havbris Cluster", last)}


@pytest.mark.parametrize(("text", "name"), [
    ("Solfjordklyngen blir egen forening\n\nSolfjordklyngen har stiftet sin egen forening.\n\n– Vi ser mange "
     "synergier mellom Solfjordklyngen og den nye Vindklyngen, sier han.\n\nSolfjordnettverket ble startet i 2013. "
     "I 2016 ble nettverket tildelt Arena-status.", "Solfjordklyngen"),
    ("Solfjordklynga blir eiga foreining\n\nSolfjordklynga har skipa si eiga foreining.\n\n– Vi ser mange "
     "synergiar mellom Solfjordklynga og den nye Vindklynga, seier han.\n\nSolfjordnettverket vart starta i 2013. "
     "I 2016 vart nettverket tildelt Arena-status.", "Solfjordklynga"),
])
def test_a_singular_reference_after_two_clusters_named_is_the_articles_cluster(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster og Havbris Cluster er tatt opp i Arena-programmet. Tildelingen ble kunngjort av Innovasjon "
    "Norge på en konferanse i Oslo 14. juni 2011.",
    "Fjordlys Cluster og Havbris Cluster er tekne opp i Arena-programmet. Tildelinga vart kunngjord av Innovasjon "
    "Noreg på ein konferanse i Oslo 14. juni 2011.",
])
def test_a_sentence_saying_the_decision_was_made_known_dates_the_grants(annotate_full, text):
    assert dated(annotate_full(text, published=None)) == {("Fjordlys Cluster", "2011-06-14", "context"),
                                                          ("Havbris Cluster", "2011-06-14", "context")}


@pytest.mark.parametrize("text", [
    "Fjordlys Energi i Steinkjer og Havbris Cluster i Leksvik er to av seks prosjekter som er tatt opp i årets "
    "nasjonale Arena-program.",
    "Fjordlys Energi i Steinkjer og Havbris Cluster i Leksvik er to av seks prosjekt som er tekne opp i årets "
    "nasjonale Arena-program.",
])
def test_a_name_joined_to_a_known_cluster_before_a_copula_is_granted_with_it(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Energi", "Arena", "granted"), ("Havbris Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Forbereder opprykk til Arena Pro\n\nI november fikk Havbris Cluster beskjed om at de rykker opp i «eliteserien» av "
    "norske næringsklynger fra 2025. Havbris Cluster har vært Arena-klynge siden 2019.",
    "Førebur opprykk til Arena Pro\n\nI november fekk Havbris Cluster beskjed om at dei rykkjer opp i «eliteserien» av "
    "norske næringsklynger frå 2025. Havbris Cluster har vore Arena-klynge sidan 2019.",
])
def test_an_upgrade_with_no_status_named_is_to_the_one_higher_status_of_the_article(annotate_full, text):
    assert ("Havbris Cluster", "Arena Pro", "upgraded") in events(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Fem nye miljøer ble i dag tatt opp i Arena-programmet. Blant andre Havbris Cluster i Vesterålen.",
    "Fem nye miljø vart i dag tekne opp i Arena-programmet. Blant anna Havbris Cluster i Vesterålen.",
])
def test_a_name_right_after_blant_andre_is_one_of_those_counted(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Cluster", "Arena", "granted")}
