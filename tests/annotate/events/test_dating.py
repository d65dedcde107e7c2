"""Event dates on the default pipeline: from the clause, the sentence, the whole article."""

import pytest

from .helpers import dated


# 5. Dates from the whole article.
def test_undated_event_takes_the_news_date_of_the_lead(annotate_full):
    doc = annotate_full("Innovasjon Norge la fram årets nye klynger fredag.\n"
                        "Ocean Tech Cluster får Arena-status.", published="2021-11-20")
    assert dated(doc) == {("Ocean Tech Cluster", "2021-11-19", "context")}


def test_undated_event_in_the_day_s_news_takes_the_publication_date(annotate_full):
    doc = annotate_full("Ocean Tech Cluster får Arena-status.", published="2021-11-20")
    assert dated(doc) == {("Ocean Tech Cluster", "2021-11-20", "published")}


def test_a_period_bound_is_not_the_event_date(annotate_full):
    doc = annotate_full("Måndag denne veka vart det kjent at Ocean Hyway Cluster får Arena Pro-status "
                        "frå 1. januar 2022 og fram til 2027.", published="2021-11-18")
    assert dated(doc) == {("Ocean Hyway Cluster", "2021-11-15", "text")}


def test_history_keeps_its_own_date(annotate_full):
    doc = annotate_full("Subseaklyngen har hatt NCE-status siden 2006.")
    assert {(c, d) for c, d, _s in dated(doc)} == {("Subseaklyngen", "2006-01-01")}


def test_mentions_of_one_event_share_its_date_and_action(annotate_full):
    doc = annotate_full("I høst fikk klyngen NCE-status.", title="Norwegian Smart Care Cluster rykker opp til NCE",
                        published="2021-12-01")
    assert {(e._.event["action"], e._.event["date"]) for e in doc.spans["events"]} == {("upgraded", "2021-09-01")}


@pytest.mark.parametrize("text", ["Klyngen Havrom Vest ble etablert i 2014 og fikk Arena-status to år senere.",
                                  "Klynga Havrom Vest vart skipa i 2014 og fekk Arena-status to år seinare."])
def test_a_date_relative_to_another_date(annotate_full, text):
    assert {(c, d) for c, d, _s in dated(annotate_full(text))} == {("Havrom Vest", "2016-01-01")}


@pytest.mark.parametrize("text, cluster, day", [
    ("Mineralklynge Norge ble startet i november 2011, og ble tatt opp i Arena-programmet i 2012.",
     "Mineralklynge Norge", "2012-01-01"),
    ("Fjellklynga vart skipa i mars 2015, og vart teken opp i Arena-programmet i 2017.",
     "Fjellklynga", "2017-01-01"),
])
def test_the_date_of_the_trigger_s_own_predicate(annotate_full, text, cluster, day):
    assert {(c, d) for c, d, _s in dated(annotate_full(text))} == {(cluster, day)}


@pytest.mark.parametrize("text", ["1996: Ideen lanseres.\n\n2007: Næringsklyngen Havlys får status som NCE.",
                                  "1996: Ideen vert lansert.\n\n2007: Næringsklynga Havlys får status som NCE."])
def test_a_timeline_line_s_year_dates_its_event(annotate_full, text):
    assert {(c, d) for c, d, _s in dated(annotate_full(text, published=None))} == {("Havlys", "2007-01-01")}


def test_the_news_date_skips_headings_and_datelines(annotate_full):
    doc = annotate_full("Klynger i toppklasse\n\nEn jubeldag for to klynger.\n\nPublisert 20.06.14\n\n"
                        "Forskning og innovasjon\n\nDet bør være rom for flere\n\nSmart Havlys og Tindra Tech er "
                        "landets første miljøer på toppnivå. Det er klart etter at statsråden onsdag la fram listen. "
                        "Tindra Ocean Cluster har dermed fått status som Global Centres of Expertise.", published="2014-06-20")
    assert dated(doc) == {("Tindra Ocean Cluster", "2014-06-18", "context")}


def test_a_start_date_opening_the_sentence_on_the_frame_s_verb_dates_it(annotate_full):
    doc = annotate_full("Fra 1. juli videreføres NCE Tindra Ocean som klyngeprosjekt.", published="2016-08-08")
    assert dated(doc) == {("Tindra Ocean", "2016-07-01", "text")}


@pytest.mark.parametrize("text", ["Skrevet 08.08.16Fra 1. juli videreføres NCE Tindra Ocean som klyngeprosjekt.",
                                  "Skrive 08.08.16 Frå 1. juli vidareførast NCE Tindra Ocean som klyngeprosjekt."])
def test_a_page_s_stamp_does_not_date_the_event(annotate_full, text):
    doc = annotate_full(text, published="2016-08-08")
    assert dated(doc) == {("Tindra Ocean", "2016-07-01", "text")}


@pytest.mark.parametrize("text, day", [
    ("Klyngen Havlys Cluster fikk Miljøprisen 2014. I fjor fikk Havlys Cluster status som NCE.", "2013-01-01"),
    ("Klynga Havlys Cluster fekk Miljøprisen 2014. I fjor fekk Havlys Cluster status som NCE.", "2013-01-01"),
    ("Havlys Cluster fikk tildelt status som NCE i juni i år. NCE-prosjektet starter 1. november 2014.", "2014-06-01"),
    ("Havlys Cluster fekk tildelt status som NCE i juni i år. NCE-prosjektet startar 1. november 2014.", "2014-06-01"),
])
def test_without_a_publication_date_the_latest_year_named_resolves_relative_dates(annotate_full, text, day):
    assert {(c, d) for c, d, _s in dated(annotate_full(text, published=None))} == {("Havlys Cluster", day)}


@pytest.mark.parametrize("text", [
    "Siste nytt fra Tindra Cluster 6. juni, en klynge på Sørlandet. Klyngen har vært med siden 2014. "
    "Tindra Cluster falt ut av Arena-programmet.",
    "Siste nytt frå Tindra Cluster 6. juni, ei klynge på Sørlandet. Klynga har vore med sidan 2014. "
    "Tindra Cluster fall ut av Arena-programmet.",
])
def test_without_a_publication_date_the_lead_s_day_without_a_year_is_the_news_date(annotate_full, text):
    assert {(c, d) for c, d, _s in dated(annotate_full(text, published=None))} == {("Tindra Cluster", "2014-06-06")}


@pytest.mark.parametrize("text", [
    "I fjor fikk Havlys Cluster status som NCE. Havlys Cluster var tidligere Arena-klynge, men i november 2018 "
    "fikk Havlys Cluster NCE-status.",
    "I fjor fekk Havlys Cluster status som NCE. Havlys Cluster var tidlegare Arena-klynge, men i november 2018 "
    "fekk Havlys Cluster NCE-status.",
])
def test_a_date_resolved_against_the_latest_year_gives_way_to_one_written_out(annotate_full, text):
    assert {d for _c, d, _s in dated(annotate_full(text, published=None))} == {"2018-11-01"}


@pytest.mark.parametrize("text, year", [
    ("I 2007 ble NCE-programmet utvidet. Samme år fikk Tindra Ocean Cluster NCE-status.", "2007-01-01"),
    ("I 2007 vart NCE-programmet utvida. Same år fekk Tindra Ocean Cluster NCE-status.", "2007-01-01"),
    ("Tindra Ocean Cluster ble etablert i 2010. Året etter fikk Tindra Ocean Cluster Arena-status.", "2011-01-01"),
    ("Tindra Ocean Cluster vart skipa i 2010. Året etter fekk Tindra Ocean Cluster Arena-status.", "2011-01-01"),
    ("In 2007 the NCE programme was expanded. That year, Tindra Ocean Cluster was granted NCE status.", "2007-01-01"),
    ("Tindra Ocean Cluster was founded in 2010. The following year, Tindra Ocean Cluster was granted Arena status.",
     "2011-01-01"),
])
def test_a_year_referred_to_counts_from_the_sentence_before(annotate_full, text, year):
    assert {(c, d) for c, d, _s in dated(annotate_full(text))} == {("Tindra Ocean Cluster", year)}


@pytest.mark.parametrize("text", [
    "Havlys Cluster mistet Arena-statusen da perioden gikk ut i desember 2015.",
    "Havlys Cluster mista Arena-statusen då perioden gjekk ut i desember 2015.",
])
def test_a_date_opened_by_i_is_a_point_in_time_after_a_particle(annotate_full, text):
    assert dated(annotate_full(text)) == {("Havlys Cluster", "2015-12-01", "text")}


@pytest.mark.parametrize("text", [
    "Siste nytt fra Havlys Cluster 6. juni.\n\nHavlys Cluster falt ut av klyngeprogrammet. Arena-status tilførte Havlys "
    "Cluster to millioner kroner i året. Perioden startet i desember 2012 og løper ut i desember 2015.",
    "Siste nytt frå Havlys Cluster 6. juni.\n\nHavlys Cluster fall ut av klyngeprogrammet. Arena-status tilførte Havlys "
    "Cluster to millionar kroner i året. Perioden starta i desember 2012 og går ut i desember 2015.",
])
def test_the_latest_year_named_counts_a_period_s_end_said_as_a_point(annotate_full, text):
    doc = annotate_full(text, published=None)
    assert {(e._.event["action"], e._.event["date"]) for e in doc.spans["events"]} == {("lost", "2015-06-06")}


@pytest.mark.parametrize("text, year", [
    ("Havlys Cluster fikk Arena-status i 2006, og Havlys Cluster rykket opp til NCE i 2009.", "2009-01-01"),
    ("Havlys Cluster fekk Arena-status i 2006, og Havlys Cluster rykte opp til NCE i 2009.", "2009-01-01"),
])
def test_of_dates_equally_fine_the_one_nearest_the_frame_s_span(annotate_full, text, year):
    doc = annotate_full(text)
    assert {(e._.event["status"], e._.event["date"]) for e in doc.spans["events"]} >= {("NCE", year)}
