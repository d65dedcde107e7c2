"""Names that are no cluster on real pages (batch 8's kinds): a plural word for clusters opening a
headline, a name cut short by the end of the page, a photo's credit after a colon, a descriptive
nickname before the name it describes; and the day a caption gives for the announcement of a
grant (invented names; Bokmål, Nynorsk and English)."""

import pytest

from .helpers import dated, events


@pytest.mark.parametrize("text, status", [
    ("Næringsklynger fra Vestland tatt opp i fornyet klyngeprogram.\n\n"
     "Fjordlys Care Cluster og Havbris Hub har fått ny status som Arena Pro i klyngeprogrammet.", "Arena Pro"),
    ("Næringsklyngjer frå Vestland tekne opp i nytt klyngeprogram.\n\n"
     "Fjordlys Care Cluster og Havbris Hub har fått ny status som Arena Pro i klyngeprogrammet.", "Arena Pro"),
    ("Industriklynger fra Nordland tatt opp i fornyet klyngeprogram.\n\n"
     "Fjordlys Care Cluster og Havbris Hub har fått status som NCE i klyngeprogrammet.", "NCE"),
])
def test_a_plural_word_for_clusters_opening_a_headline_is_no_cluster(annotate_full, text, status):
    assert events(annotate_full(text)) == {("Fjordlys Care Cluster", status, "granted"),
                                           ("Havbris Hub", status, "granted")}


@pytest.mark.parametrize("text", [
    "Fjordlys Care Cluster og Havbris Hub har fått ny status som Arena Pro.\n\n"
    "Til sammen ble åtte klynger tatt opp i det nye programmet, deriblant helseklyngen Fjordlys C",
    "Fjordlys Care Cluster og Havbris Hub har fått ny status som Arena Pro.\n\n"
    "Til saman vart åtte klynger tekne opp i det nye programmet, mellom anna helseklynga Fjordlys C",
    "Fjordlys Care Cluster and Havbris Hub have been granted Arena Pro status.\n\n"
    "In all, eight clusters were admitted to the new programme, among them the health cluster Fjordlys C",
])
def test_a_name_cut_short_by_the_end_of_the_page_is_the_cluster_it_begins(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Care Cluster", "Arena Pro", "granted"),
                                           ("Havbris Hub", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Til sammen ble åtte klynger tatt opp som Arena Pro i det nye programmet, deriblant Fjordlys C",
    "Til saman vart åtte klynger tekne opp som Arena Pro i det nye programmet, mellom anna Fjordlys C",
    "In all, eight clusters were admitted as Arena Pro to the new programme, among them Fjordlys C",
])
def test_a_name_cut_short_that_begins_no_known_cluster_is_none(annotate_full, text):
    assert not any(name.startswith("Fjordlys") for name, _status, _action in events(annotate_full(text)))


@pytest.mark.parametrize("text, date", [
    ("Næringsklyngen Havbris Safety Cluster har fått Arena-status.\n\n"
     "Kunngjøring av Havbris Safety Cluster som Arena-prosjekt i Oslo, 20. juni 2016. (Foto: Kari Nordmann)\n"
     "Havbris Safety Cluster fikk mandag denne uka status som Arena-klynge.", "2016-06-20"),
    ("Næringsklynga Havbris Safety Cluster har fått Arena-status.\n\n"
     "Kunngjering av Havbris Safety Cluster som Arena-prosjekt i Oslo, 14. juni 2017. (Foto: Kari Nordmann)\n"
     "Havbris Safety Cluster fekk måndag denne veka status som Arena-klynge.", "2017-06-14"),
    ("The industry cluster Havbris Safety Cluster has been granted Arena status.\n\n"
     "Announcement of Havbris Safety Cluster as an Arena project in Oslo, 20 June 2016. (Photo: Kari Nordmann)\n"
     "Havbris Safety Cluster was granted Arena status on Monday this week.", "2016-06-20"),
])
def test_a_caption_announcing_the_grant_dates_it_and_its_credit_is_no_cluster(annotate_full, text, date):
    doc = annotate_full(text, published=None)
    assert events(doc) == {("Havbris Safety Cluster", "Arena", "granted")}
    assert {value for _name, value, _source in dated(doc)} == {date}


@pytest.mark.parametrize("text, name", [
    ("Bedriftsklyngen Fjordlys Opplevelser har fortsatt et stort potensiale. Selv om klyngen ikke lenger har "
     "Arena-status, fortsetter arbeidet. Bedriftsklyngen teller 75 bedrifter.", "Fjordlys Opplevelser"),
    ("Bedriftsklynga Fjordlys Opplevingar har framleis eit stort potensial. Sjølv om klynga ikkje lenger har "
     "Arena-status, held arbeidet fram. Bedriftsklynga tel 75 bedrifter.", "Fjordlys Opplevingar"),
    ("Reiselivsklyngen Havbris Vinter har fortsatt et stort potensiale. Selv om klyngen ikke lenger har "
     "Arena-status, fortsetter arbeidet. Reiselivsklyngen teller 40 bedrifter.", "Havbris Vinter"),
])
def test_a_descriptive_nickname_before_a_name_is_that_name(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "lost")}


@pytest.mark.parametrize("text, date", [
    ("The news came in Oslo, Friday 7 June 2019: Lyngra has been granted NCE status.", "2019-06-07"),
    ("ISAC got NCE status, Tuesday 21 February 2023.", "2023-02-21"),
    ("Nyheten kom i Oslo, Fredag 7. juni 2019: Lyngra har fått NCE-status.", "2019-06-07"),  # a guard: the
    ("ISAC fekk NCE-status i Oslo, Tysdag 21. februar 2023.", "2023-02-21"),  # lexicon knows Norwegian weekdays
])
def test_a_weekday_before_a_date_is_no_cluster(annotate_full, text, date):
    doc = annotate_full(text, published=None)
    assert {name for name, _status, _action in events(doc)} <= {"Lyngra", "ISAC"}
    assert len(events(doc)) == 1 and {value for _name, value, _source in dated(doc)} == {date}


@pytest.mark.parametrize("text", [
    "Som eneste næringsklynge fra Nord-Norge fikk Kraft i Nord i dag tildelt status som Arena-klynge. Kraft i Nord "
    "er en klynge med medlemmer fra hele energisektoren. Jeg har som representant fra Kraftklyngen Nord (KKN) vært med.",
    "Som einaste næringsklynge frå Nord-Noreg fekk Kraft i Nord i dag tildelt status som Arena-klynge. Kraft i Nord "
    "er ei klynge med medlemer frå heile energisektoren. Eg har som representant frå Kraftklynga Nord (KKN) vore med.",
])
def test_a_nickname_before_one_place_word_names_no_cluster_of_that_word(annotate_full, text):
    assert events(annotate_full(text)) == {("Kraft i Nord", "Arena", "granted")}
