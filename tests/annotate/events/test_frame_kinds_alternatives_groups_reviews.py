"""Kinds of event-frame failure on real pages (issue #28, session 24: which status, which action, which clusters a
frame governs, plan or fact, and when), each in Bokmål and Nynorsk with invented names and sentences:

- statuses offered as alternatives ("får støtte som Arena-program eller Norwegian Centre of Expertise (NCE)",
  "status som Arena Pro eller NCE") give the clusters neither: a short form in brackets stands with its status, and a
  status of two words before "eller" is an alternative as one of one word is;
- a group named by a plural noun ("gratulerer medlemmene som nå rykker opp til Arena Pro") is the names the next
  sentence opens with ("A (AX), B og C får fem nye år"), not the sender who congratulates them;
- grants counted by the status in the plural ("Det ble delt ut fire Arenaer") name no cluster "Arenaer", and go to the
  clusters said to be the chosen ones ("A og B var blant de utvalgte"), also where they end a list of descriptions
  whose last item a comma opened (", en klynge på X og A i Oslo var de utvalgte": no apposition, it has a predicate); "Arena Pro-søknaden" is an application for
  Arena Pro, no grant of Arena; an application that is the subject of a selection ("Xs ARENA-søknad ble valgt ut")
  is granted;
- the outcome of a contest with no status named ("A og B vant fram i konkurransen", Nynorsk "vann fram") takes the
  status the article's selection is for, and two names before the one verb they are the subjects of are one clause;
- names said to be some of the projects a frame's relative clause admits ("A i X og B i Y er to av seks prosjekter som
  er tatt opp i Arena-programmet") are its clusters, though no rule knew them as names;
- a cluster described after "sammen med" ("Sammen med den maritime klyngen i Nordland ble X tildelt GCE-status") is a
  second recipient;
- an extension said by its noun ("Vi klarte å få på plass forlengelse!") goes to the cluster "vi" stands for, with
  the status its programme prefix names;
- a review of a year ("oppsummerer året som gikk", an annual meeting summed up under "... i 2018") dates what it tells
  with no date of its own by that year, not by the day it was published; in an article with no publication date,
  "i dag" is a day of the latest year the article names, known by its year only.
"""

import pytest

from .helpers import dated, events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Tindra Cluster er en av fire klynger som nå får støtte som Arena-program eller Norwegian Centre of Expertise (NCE).",
    "Tindra Cluster er ei av fire klynger som no får støtte som Arena-program eller Norwegian Centre of Expertise (NCE).",
    "Tindra Cluster er en av fire klynger som får status som Arena Pro eller NCE.",
    "Tindra Cluster er ei av fire klynger som får status som Arena Pro eller Global Centre of Expertise (GCE).",
])
def test_statuses_offered_as_alternatives_give_neither(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Havlys Cluster har fått støtte fra Innovasjon Norges Arena-program. Klyngen er en av fire klynger som nå får "
    "støtte som Arena eller Norwegian Centre of Expertise (NCE).",
    "Havlys Cluster har fått støtte frå Innovasjon Noregs Arena-program. Klynga er ei av fire klynger som no får "
    "støtte som Arena eller Norwegian Centre of Expertise (NCE).",
])
def test_the_status_told_before_the_alternatives_stands(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Tindra Cluster fikk i dag status som Norwegian Centre of Expertise (NCE).",
    "Tindra Cluster fekk i dag status som Norwegian Centre of Expertise (NCE).",
])
def test_a_status_with_its_short_form_is_no_alternative(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindra Cluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Klyngeforeningen gratulerer medlemmene som nå rykker opp til Arena Pro. Fjordlys Cluster (FC), Tindra Cluster "
    "og Havbris Cluster får fem nye år i programmet.",
    "Klyngeforeininga gratulerer medlemmane sine som no rykkjer opp til Arena Pro-nivå. Fjordlys Cluster, Tindra "
    "Cluster (TC) og Havbris Cluster får fem nye år i programmet.",
])
def test_a_group_named_by_a_plural_noun_is_the_names_the_next_sentence_opens_with(annotate_full, text):
    assert events(annotate_full(text)) == {(name, "Arena Pro", "upgraded")
                                           for name in ("Fjordlys Cluster", "Tindra Cluster", "Havbris Cluster")}


@pytest.mark.parametrize("text", [
    "Det ble delt ut fire Arenaer i år. Fjordlys Cluster og Tindra Cluster var blant de utvalgte.",
    "Det vart delt ut fire Arenaer i år. Fjordlys Cluster og Tindra Cluster var mellom dei utvalde.",
])
def test_grants_counted_by_the_status_go_to_the_chosen_ones(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "Arena", "granted"),
                                           ("Tindra Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Havlys Cluster søkte om Arena-status i vår. Det ble delt ut fire Arenaer i år.",
    "Havlys Cluster søkte om Arena-status i vår. Det vart delt ut fire Arenaer i år.",
])
def test_grants_counted_with_no_names_give_no_cluster(annotate_full, text):
    found = annotate_full(text)
    assert events(found) == set()
    assert "Arenaer" not in {span._.canonical for span in found.spans["clusters"]}


@pytest.mark.parametrize("text", [
    "Havlys Cluster fikk i dag Arena Pro-søknaden sin ferdig.",
    "Havlys Cluster fekk i dag Arena Pro-søknaden sin ferdig.",
])
def test_an_application_written_with_the_status_is_no_grant(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Havlys Cluster fikk ja på Arena Pro-søknaden i dag.",
    "Havlys Cluster fekk ja på Arena Pro-søknaden i dag.",
])
def test_an_application_written_with_the_status_is_for_that_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Cluster", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Vi er glade for å bli tatt opp i Arena Pro! Ministeren kunngjorde i dag at både Fjordlys Cluster og Tindra "
    "Cluster vant fram i denne konkurransen.",
    "Vi er glade for å bli tekne opp i Arena Pro! Ministeren kunngjorde i dag at både Fjordlys Cluster og Tindra "
    "Cluster vann fram i denne konkurransen.",
])
def test_the_outcome_of_a_contest_takes_the_status_of_the_selection(annotate_full, text):
    assert {e for e in events(annotate_full(text)) if e[0] != "Vi"} >= {
        ("Fjordlys Cluster", "Arena Pro", "granted"), ("Tindra Cluster", "Arena Pro", "granted")}


@pytest.mark.parametrize("text, title", [
    ("Vi oppsummerer året som gikk. Havlys Cluster fikk Arena Pro-status etter en lang søknadsprosess.",
     "Julehilsen fra Havlys Cluster"),
    ("Vi oppsummerer året som gjekk. Havlys Cluster fekk Arena Pro-status etter ein lang søknadsprosess.",
     "Julehelsing frå Havlys Cluster"),
])
def test_a_review_of_a_year_dates_by_that_year(annotate_full, text, title):
    assert dated(annotate_full(text, published="2020-12-18", title=title)) == {
        ("Havlys Cluster", "2020-01-01", "context")}


@pytest.mark.parametrize("text, title", [
    ("Årsmøtet i Havlys Cluster ble holdt 1. mars 2019, og kan oppsummeres som følger:\n\nHavlys Cluster klarte "
     "ikke å få Arenastatus, men vil gjøre et nytt forsøk i 2019.", "Mye positivt for Havlys Cluster i 2018"),
    ("Årsmøtet i Havlys Cluster vart halde 1. mars 2019, og kan oppsummerast slik:\n\nHavlys Cluster klarte ikkje "
     "å få Arenastatus, men vil gjere eit nytt forsøk i 2019.", "Mykje positivt for Havlys Cluster i 2018"),
])
def test_a_summary_dates_by_the_year_its_title_names(annotate_full, text, title):
    found = annotate_full(text, published=None, title=title)
    assert events(found) == {("Havlys Cluster", "Arena", "rejected")}
    assert dated(found) == {("Havlys Cluster", "2018-01-01", "context")}


@pytest.mark.parametrize("text", [
    "Havlys Cluster fikk Arena Pro-status etter en lang søknadsprosess.",
    "Havlys Cluster fekk Arena Pro-status etter ein lang søknadsprosess.",
])
def test_news_that_reviews_no_year_keeps_its_day(annotate_full, text):
    assert dated(annotate_full(text, published="2020-12-18", title="Havlys Cluster til topps")) == {
        ("Havlys Cluster", "2020-12-18", "published")}


@pytest.mark.parametrize("text", [
    "Havlys Cluster fikk i dag status som Arena-klynge. Klyngen er en av fire nye klynger i programmet i 2016.",
    "Havlys Cluster fekk i dag status som Arena-klynge. Klynga er ei av fire nye klynger i programmet i 2016.",
])
def test_today_in_an_undated_article_is_in_the_year_it_names(annotate_full, text):
    found = annotate_full(text, published=None)
    assert events(found) == {("Havlys Cluster", "Arena", "granted")}
    assert {(cluster, day[:4]) for cluster, day, _source in dated(found)} == {("Havlys Cluster", "2016")}
    assert {e._.event["date_granularity"] for e in found.spans["events"]} == {"year"}


@pytest.mark.parametrize("text", [
    "Fire klynger er tatt opp i Arena Pro. I dag ble det klart at Norwegian Fjordlys Aqua Cluster og Norwegian "
    "Tindra Hydrogen Cluster vant fram i konkurransen.",
    "Fire klynger er tekne opp i Arena Pro. I dag vart det klart at Norwegian Fjordlys Aqua Cluster og Norwegian "
    "Tindra Hydrogen Cluster vann fram i konkurransen.",
])
def test_two_subjects_of_one_verb_after_them_are_one_clause(annotate_full, text):
    assert events(annotate_full(text)) == {("Norwegian Fjordlys Aqua Cluster", "Arena Pro", "granted"),
                                           ("Norwegian Tindra Hydrogen Cluster", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Årsaken er at Fjordlys Grid i Steinkjer og Tindra Water i Leksvik er to av seks prosjekter som er tatt opp i "
    "årets nasjonale Arena-program.",
    "Årsaka er at Fjordlys Grid i Steinkjer og Tindra Water i Leksvik er to av seks prosjekt som er tekne opp i "
    "årets nasjonale Arena-program.",
])
def test_names_said_to_be_some_of_the_projects_a_frame_admits_are_its_clusters(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Grid", "Arena", "granted"), ("Tindra Water", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Kommunen er en av fire eiere som har fått Arena-status for klyngen.",
    "Kommunen er ein av fire eigarar som har fått Arena-status for klynga.",
])
def test_a_common_noun_said_to_be_one_of_them_is_no_cluster(annotate_full, text):
    assert "Kommunen" not in {e[0] for e in events(annotate_full(text))}


@pytest.mark.parametrize("text", [
    "Klyngeprosjektet Fjordlys Skog i Trøndelag er i gang. Fjordlys Skogs ARENA-søknad ble, som en av tre vinnere, "
    "valgt ut i tøff konkurranse blant 39 søknader.",
    "Klyngeprosjektet Fjordlys Skog i Trøndelag er i gang. Fjordlys Skogs ARENA-søknad vart, som ein av tre "
    "vinnarar, vald ut i tøff konkurranse mellom 39 søknader.",
])
def test_an_application_selected_as_the_subject_is_granted(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Skog i Trøndelag", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster er en av de nye klyngene som søker om NCE-status.",
    "Fjordlys Cluster er ei av dei nye klyngene som søkjer om NCE-status.",
])
def test_a_selection_of_another_subject_does_not_answer_the_application(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Klyngen Arena Havbris sender ut en julehilsen og oppsummerer året som gikk:\n\n– Vi klarte å få på plass "
    "forlengelse!",
    "Klynga Arena Havbris sender ut ei julehelsing og oppsummerer året som gjekk:\n\n– Vi klarte å få på plass "
    "forlenging!",
])
def test_an_extension_said_by_its_noun_goes_to_the_cluster_we_stands_for(annotate_full, text):
    found = annotate_full(text, published="2018-12-20")
    assert events(found) == {("Havbris", "Arena", "extended")}
    assert dated(found) == {("Havbris", "2018-01-01", "context")}


@pytest.mark.parametrize("text, described", [
    ("Sammen med den maritime klyngen i Nordland ble Tindra Cluster tildelt GCE-status i dag.",
     "den maritime klyngen i Nordland"),
    ("Saman med den maritime klynga i Nordland vart Tindra Cluster tildelt GCE-status i dag.",
     "den maritime klynga i Nordland"),
])
def test_a_cluster_described_after_sammen_med_is_a_second_recipient(annotate_full, text, described):
    assert events(annotate_full(text)) == {("Tindra Cluster", "GCE", "granted"), (described, "GCE", "granted")}


@pytest.mark.parametrize("text", [
    "Tindra Cluster fikk GCE-status i dag, etter et samarbeid med den maritime klyngen i Nordland.",
    "Tindra Cluster fekk GCE-status i dag, etter eit samarbeid med den maritime klynga i Nordland.",
])
def test_a_cluster_described_after_another_preposition_is_no_recipient(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindra Cluster", "GCE", "granted")}


@pytest.mark.parametrize("text", [
    "Det ble utdelt fire Arenaer i år, to maritime klynger fra Bergen og Lofoten, en klynge på autonome løsninger og "
    "Fjordlys Cluster i Oslo var de utvalgte.",
    "Det vart delt ut fire Arenaer i år, to maritime klynger frå Bergen og Lofoten, ei klynge på autonome løysingar og "
    "Fjordlys Cluster i Oslo var dei utvalde.",
])
def test_the_last_item_of_a_list_with_its_predicate_is_no_apposition(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "Arena", "granted")}
