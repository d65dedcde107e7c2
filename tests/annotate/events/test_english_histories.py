"""English pages (and the same wording in Bokmål and Nynorsk): a history of several statuses in one
sentence, each step with its own trigger and date ("Entering ... at the Arena level in 2006, X was
promoted to NCE in 2009, before achieving GCE in 2014"), a later grant of a higher status an upgrade,
"National Centre of Expertise", "we" on a cluster's own page, a decision announced ("X to be a
Norwegian Centre of Expertise"), a supposition ("Achieving GCE status would have been ...") and names
that are no cluster (a count word, a company, a country, a research council). Invented names."""

import pytest

from .helpers import events


def dated_events(doc):
    return {(e._.event["cluster"], e._.event["status"], e._.event["action"], e._.event["date"])
            for e in doc.spans["events"]}


@pytest.mark.parametrize("text, expected", [
    ("Entering the cluster programme at the Arena level in 2006, Fjordlys was quickly promoted to a National "
     "Centre of Expertise in 2009, before achieving the highest level – Global Centre of Expertise – in 2014.",
     {("Fjordlys", "Arena", "granted", "2006-01-01"), ("Fjordlys", "NCE", "upgraded", "2009-01-01"),
      ("Fjordlys", "GCE", "upgraded", "2014-01-01")}),
    ("Havbris Ocean Cluster entered the Arena programme in 2008, was promoted to NCE in 2012 and achieved "
     "GCE status in 2017.",
     {("Havbris Ocean Cluster", "Arena", "granted", "2008-01-01"), ("Havbris Ocean Cluster", "NCE", "upgraded", "2012-01-01"),
      ("Havbris Ocean Cluster", "GCE", "upgraded", "2017-01-01")}),
    ("Lavik Robotics Cluster received Arena status in 2010, NCE status in 2013 and GCE status in 2019.",
     {("Lavik Robotics Cluster", "Arena", "granted", "2010-01-01"), ("Lavik Robotics Cluster", "NCE", "upgraded", "2013-01-01"),
      ("Lavik Robotics Cluster", "GCE", "upgraded", "2019-01-01")}),
    # Bokmål and Nynorsk
    ("Fjordlys fikk Arena-status i 2006, NCE-status i 2009 og GCE-status i 2014.",
     {("Fjordlys", "Arena", "granted", "2006-01-01"), ("Fjordlys", "NCE", "upgraded", "2009-01-01"),
      ("Fjordlys", "GCE", "upgraded", "2014-01-01")}),
    ("Fjordlys fekk Arena-status i 2006, NCE-status i 2009 og GCE-status i 2014.",
     {("Fjordlys", "Arena", "granted", "2006-01-01"), ("Fjordlys", "NCE", "upgraded", "2009-01-01"),
      ("Fjordlys", "GCE", "upgraded", "2014-01-01")}),
])
def test_each_step_of_a_history_has_its_trigger_and_date(annotate_full, text, expected):
    assert dated_events(annotate_full(text, published=None)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tindra Cancer Cluster is a member organisation. In 2007, we became a Norwegian Centre of Expertise.",
     ("Tindra Cancer Cluster", "NCE", "granted", "2007-01-01")),
    ("The cluster was established in 2006, and in June 2007 Tindra Cancer Cluster was awarded NCE status by "
     "the Norwegian Government.", ("Tindra Cancer Cluster", "NCE", "granted", "2007-06-01")),
    ("Finance Fjordlys recieved NCE status in November 2018.", ("Finance Fjordlys", "NCE", "granted", "2018-11-01")),
    ("Havbris Cluster was named a National Center of Expertise in 2011.",
     ("Havbris Cluster", "NCE", "granted", "2011-01-01")),
])
def test_english_grants_dated_in_the_text(annotate_full, text, expected):
    assert dated_events(annotate_full(text, published=None)) == {expected}


@pytest.mark.parametrize("text", [
    "The ministers announced today that the Havbris Seafood Cluster in Molde to be a Norwegian Centre of Expertise (NCE).",
    "The ministry announced that Havbris Seafood Cluster is to be an NCE.",
    "Havbris Seafood Cluster is to be a Norwegian Centre of Expertise, the minister said.",
])
def test_a_decision_that_a_cluster_is_to_be_a_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Seafood Cluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Havbris Seafood Cluster wants to be an NCE.",
    "In order to be an NCE, Havbris Seafood Cluster must grow.",
    "Achieving status as Global Centre of Expertise would obviously have been a great benefit for NCE Havbris.",
    "Å få GCE-status ville bety mye for NCE Havbris og regionen.",
    "Å få GCE-status ville bety mykje for NCE Havbris og regionen.",
])
def test_an_intention_or_a_supposition_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Two new Arena clusters were accepted and four clusters achieved Arena Pro status in 2021.",
    "The Research Council of Norway has granted 13 research groups status as Norwegian Centres of Excellence.",
    "The proposed Norwegian Centres of Excellence were based on successful schemes in other countries, such as Denmark.",
    "I samarbeid med bedriftene har næringsutviklingsselskapet Vekstkraft ledet forprosjektet som nå har resultert i Arena-status.",
    "I samarbeid med bedriftene har næringsutviklingsselskapet Vekstkraft leia forprosjektet som no har resultert i Arena-status.",
])
def test_a_count_a_body_a_country_or_a_company_is_no_cluster(annotate_full, text):
    assert events(annotate_full(text)) == set()


def test_a_known_cluster_keeps_its_name_beside_a_longer_heading(annotate_full):
    """A registry cluster ("Ocean Technology") is not a short form of a heading that extends it."""
    doc = annotate_full("GCE Ocean Technology RD&I projects:\n\n2015: Ocean Technology receives GCE status")
    assert events(doc) == {("Ocean Technology", "GCE", "granted")}


@pytest.mark.parametrize("text", [
    "The NCE programme expires for NCE Havbris in 2016, and we must plan ahead.",
    "NCE Havbris mister statusen i 2016.",
    "NCE Havbris mistar statusen i 2016.",
    "Tindra Cluster receives GCE status in 2016, the plan says.",
])
def test_what_the_text_dates_after_the_publication_year_is_expected_not_reported(annotate_full, text):
    assert events(annotate_full(text, published="2014-06-18")) == set()


def test_an_event_of_the_publication_year_is_reported(annotate_full):
    assert dated_events(annotate_full("NCE Havbris mister statusen i 2014.", published="2014-06-18")) == {
        ("Havbris", "NCE", "lost", "2014-01-01")}


@pytest.mark.parametrize("text, expected", [
    ("Havbris is an industry cluster with 90 members.\n\nIn 2007, we became a Norwegian Centre of Expertise.",
     ("Havbris", "NCE", "granted", "2007-01-01")),
    ("Havbris is a cluster of 90 companies. We became a GCE in 2011.", ("Havbris", "GCE", "granted", "2011-01-01")),
    ("In June 2007 Fjordlys was awarded NCE status by the Norwegian Government.",
     ("Fjordlys", "NCE", "granted", "2007-06-01")),
])
def test_a_cluster_defined_by_its_page_and_a_body_after_by_the(annotate_full, text, expected):
    assert dated_events(annotate_full(text, published=None)) == {expected}


def test_a_name_written_out_is_to_be_a_status(annotate_full):
    doc = annotate_full("The ministers announced today that Frukt- og tangklyngja to be a GCE.")
    assert events(doc) == {("Frukt- og tangklyngja", "GCE", "granted")}


@pytest.mark.parametrize("text, expected", [
    ("NCE status was granted to Fjordlys Cluster in 2019.", {("Fjordlys Cluster", "NCE", "granted")}),
    ("GCE status has been awarded to Fjordlys Cluster and Havbris Cluster.",
     {("Fjordlys Cluster", "GCE", "granted"), ("Havbris Cluster", "GCE", "granted")}),
    ("Arena status was not granted to Fjordlys Cluster.", {("Fjordlys Cluster", "Arena", "rejected")}),
    ("Fjordlys Cluster qualified for GCE status in 2020.", {("Fjordlys Cluster", "GCE", "granted")}),
    ("In 2020, Fjordlys Cluster qualified as an Arena cluster.", {("Fjordlys Cluster", "Arena", "granted")}),
])
def test_a_status_given_to_a_cluster_in_the_passive_or_qualified_for(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


def test_a_status_given_to_clusters_in_general_is_no_event(annotate_full):
    assert events(annotate_full("The NCE status is granted to clusters with a national position.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("Fjordlys Cluster was established in 2014 and became part of the Arena programme in 2016.",
     ("Fjordlys Cluster", "Arena", "granted", "2016-01-01")),
    ("Fjordlys ble etablert i 2014 og fikk Arena-status i 2016.", ("Fjordlys", "Arena", "granted", "2016-01-01")),
    ("Fjordlys vart etablert i 2014 og fekk Arena-status i 2016.", ("Fjordlys", "Arena", "granted", "2016-01-01")),
    ("In 2016, after long preparations, Fjordlys Cluster received NCE status.",
     ("Fjordlys Cluster", "NCE", "granted", "2016-01-01")),
])
def test_the_date_of_the_frames_step_not_of_another_verb(annotate_full, text, expected):
    assert dated_events(annotate_full(text, published=None)) == {expected}


def test_a_cluster_announced_as_a_status(annotate_full):
    assert events(annotate_full("Today, Fjordlys Cluster was announced as a new NCE cluster.")) == {
        ("Fjordlys Cluster", "NCE", "granted")}
