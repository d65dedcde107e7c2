"""English pages: status wording ("was granted NCE status", "received Mature Cluster status",
"was upgraded to GCE"), English sentence openers that are no names ("Hence", "Only"), English
years and granting bodies; and a registry cluster named as the article writes it. Invented
cluster names, except where the registry is what is tested."""

import pytest

from .helpers import dated, events


@pytest.mark.parametrize("text, expected", [
    ("Tindra Ocean Cluster was granted NCE status.", ("Tindra Ocean Cluster", "NCE", "granted")),
    ("Lavik Robotics Cluster has been awarded Norwegian Centre of Expertise (NCE) status by the government.",
     ("Lavik Robotics Cluster", "NCE", "granted")),
    ("Recently, the Marevo Food Cluster was assigned Arena status.", ("Marevo Food Cluster", "Arena", "granted")),
    ("Sildra Health Cluster also received Mature Cluster status within the programme.",
     ("Sildra Health Cluster", "moden klynge", "granted")),
    ("Brattli Hydrogen Cluster was upgraded to GCE.", ("Brattli Hydrogen Cluster", "GCE", "upgraded")),
    ("Polarna Space Cluster was granted the status of a Global Centre of Expertise.",
     ("Polarna Space Cluster", "GCE", "granted")),
])
def test_english_status_wording(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text", [
    "Hence, Aurvik Drone Cluster was granted NCE status.",
    "Only Aurvik Drone Cluster was granted NCE status.",
])
def test_an_english_opener_is_no_name(annotate_full, text):
    assert events(annotate_full(text)) == {("Aurvik Drone Cluster", "NCE", "granted")}


def test_a_nation_adjective_alone_is_no_cluster(annotate_full):
    doc = annotate_full("In 2014, due to its contribution to Norwegian value creation, the cluster was granted "
                        "the status of a Global Centre of Expertise.")
    assert events(doc) == set()


def test_the_granting_body_is_not_granted(annotate_full):
    doc = annotate_full("Skarvo has been awarded GCE status by Innovation Norway.")
    assert events(doc) == {("Skarvo", "GCE", "granted")}


def test_an_awarded_status_as_an_attribute_is_no_event(annotate_full):
    doc = annotate_full("The awarded Arena status recognizes the Lyngra cluster as a national lead.")
    assert events(doc) == set()


def test_english_years_date_the_event(annotate_full):
    doc = annotate_full("Trollvik Wood Cluster is a cluster in Hamar. In 2014, the cluster was granted GCE status. "
                        "Trollvik Wood Cluster also received Mature Cluster status in the beginning of 2021.")
    assert {(c, d) for c, d, _source in dated(doc)} == {("Trollvik Wood Cluster", "2014-01-01"),
                                                         ("Trollvik Wood Cluster", "2021-01-01")}


@pytest.mark.parametrize("text, name", [
    ("Kongsberg Systems Engineering fikk NCE-status i 2006.", "Kongsberg Systems Engineering"),
    ("NCE Micro and Nanotechnology fikk NCE-status i dag.", "Micro and Nanotechnology"),
    # the registry's name where the article writes it, even after another form
    ("GCE Ocean Technology Cluster fikk GCE-status i dag. Ocean Technology er glad.", "Ocean Technology"),
])
def test_a_registry_cluster_is_named_as_the_article_writes_it(annotate_full, text, name):
    assert {c for c, _status, _action in events(annotate_full(text))} == {name}


def test_a_known_name_in_the_genitive_ends_the_name(annotate_full):
    doc = annotate_full("GCE Heidner Bioclusters Annual Performance Report er ute.")
    assert {c._.canonical for c in doc.spans["clusters"]} == {"Heidner Biocluster"}


@pytest.mark.parametrize("text, expected", [
    ("In 2007, Marevo Food Cluster became a Norwegian Centre of Expertise.", ("Marevo Food Cluster", "NCE", "granted")),
    ("Sildra Health Cluster became an NCE in 2009.", ("Sildra Health Cluster", "NCE", "granted")),
    ("Sildra Health Cluster was selected as a Global Centre of Expertise in 2014.",
     ("Sildra Health Cluster", "GCE", "granted")),
    ("Polarna Space Cluster was named a Norwegian Centre of Expertise in 2006.", ("Polarna Space Cluster", "NCE", "granted")),
    ("Polarna Space Cluster was appointed GCE in 2014.", ("Polarna Space Cluster", "GCE", "granted")),
    ("Brattli Hydrogen Cluster was admitted to the Arena programme in 2016.", ("Brattli Hydrogen Cluster", "Arena", "granted")),
    ("Brattli Hydrogen Cluster joined the Arena programme in 2016.", ("Brattli Hydrogen Cluster", "Arena", "granted")),
    ("Brattli Hydrogen Cluster was included in the NCE programme in 2016.", ("Brattli Hydrogen Cluster", "NCE", "granted")),
    ("Tindra Ocean Cluster was one of them, and could proudly accept the NCE label in 2015.",
     ("Tindra Ocean Cluster", "NCE", "granted")),
    ("The Lavik Robotics Cluster gained its official status via Norwegian Innovation Clusters' Arena Programme in 2013.",
     ("Lavik Robotics Cluster", "Arena", "granted")),
    ("Innovation Norway grants Arena status to Polarna Space Cluster.", ("Polarna Space Cluster", "Arena", "granted")),
    ("Polarna Space Cluster, which became an NCE in 2009, employs 300 people.", ("Polarna Space Cluster", "NCE", "granted")),
    ("It is not surprising that Polarna Space Cluster became a Norwegian Centre of Expertise in 2004.",
     ("Polarna Space Cluster", "NCE", "granted")),
])
def test_english_grants_said_by_becoming_joining_or_being_chosen(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("In 2007, they succeeded with their application for Marevo Food Cluster to become a Norwegian Centre of Expertise.",
     ("Marevo Food Cluster", "NCE", "granted")),
    ("Polarna Space Cluster's application for NCE status was rejected.", ("Polarna Space Cluster", "NCE", "rejected")),
    ("Polarna Space Cluster applied for GCE status, but the application was turned down.",
     ("Polarna Space Cluster", "GCE", "rejected")),
    ("Polarna Space Cluster was not granted NCE status.", ("Polarna Space Cluster", "NCE", "rejected")),
    ("Polarna Space Cluster lost its NCE status in 2016.", ("Polarna Space Cluster", "NCE", "lost")),
    ("Polarna Space Cluster did not get its NCE status renewed.", ("Polarna Space Cluster", "NCE", "lost")),
    ("Polarna Space Cluster moved up to GCE status in 2014.", ("Polarna Space Cluster", "GCE", "upgraded")),
    ("Polarna Space Cluster was upgraded from Arena to NCE status in 2012.", ("Polarna Space Cluster", "NCE", "upgraded")),
])
def test_english_applications_refusals_losses_and_upgrades(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text, clusters", [
    ("Innovation Norway has decided to continue the support for Brattli Hydrogen Cluster and Polarna Space Cluster "
     "in the Arena programme.", {"Brattli Hydrogen Cluster", "Polarna Space Cluster"}),
    ("Innovation Norway will continue its support for Polarna Space Cluster as an Arena cluster.",
     {"Polarna Space Cluster"}),
    ("Polarna Space Cluster will continue as an Arena cluster for three more years.", {"Polarna Space Cluster"}),
])
def test_english_continued_support_is_an_extension(annotate_full, text, clusters):
    assert events(annotate_full(text)) == {(c, "Arena", "extended") for c in clusters}


@pytest.mark.parametrize("text, year", [
    ("Sildra Health Cluster has been an NCE since 2009.", "2009-01-01"),
    ("Sildra Health Cluster has been part of the NCE programme since 2007.", "2007-01-01"),
])
def test_an_english_state_dated_since_a_year_is_a_grant_that_year(annotate_full, text, year):
    assert dated(annotate_full(text)) == {("Sildra Health Cluster", year, "text")}


@pytest.mark.parametrize("text", [
    "Sildra Health Cluster has been an NCE.",
    "Global Centres of Expertise are a new top level in the Norwegian cluster programme.",
    "An NCE is a cluster that has achieved international standing.",
    "Polarna Space Cluster hopes to become a GCE.",
    "Polarna Space Cluster applied for NCE status in 2012.",
    "The NCE programme was launched in 2006. Clusters in the Arena programme receive up to NOK 2 million a year.",
])
def test_english_descriptions_states_and_plans_are_no_events(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Three new clusters were granted Arena status: Tindra Ocean Cluster, Lavik Robotics Cluster and Marevo Food Cluster.",
    "Innovation Norway granted Arena status to three clusters: Tindra Ocean Cluster, Lavik Robotics Cluster "
    "and Marevo Food Cluster.",
])
def test_an_english_list_after_a_colon_is_cut_at_and(annotate_full, text):
    assert events(annotate_full(text)) == {(c, "Arena", "granted") for c in
                                           ("Tindra Ocean Cluster", "Lavik Robotics Cluster", "Marevo Food Cluster")}


@pytest.mark.parametrize("text", ["The application from Skarvo for GCE status was rejected.",
                                  "The application from Skarvo for status as a Global Centre of Expertise was rejected."])
def test_the_english_applicant_after_from(annotate_full, text):
    assert events(annotate_full(text)) == {("Skarvo", "GCE", "rejected")}


@pytest.mark.parametrize("text, published, day", [
    ("In June 2014, Polarna Space Cluster was granted NCE status by Innovation Norway.", "2021-03-18", "2014-06-01"),
    ("Polarna Space Cluster became a Global Centre of Expertise in December 2019.", "2021-03-18", "2019-12-01"),
    ("Polarna Space Cluster became an NCE last year.", "2021-03-18", "2020-01-01"),
    ("Polarna Space Cluster won an award in 2015. It became an NCE last year, Polarna Space Cluster says.",
     None, "2014-01-01"),
])
def test_english_months_and_relative_years_date_the_event(annotate_full, text, published, day):
    assert {(c, d) for c, d, _s in dated(annotate_full(text, published=published))} == {("Polarna Space Cluster", day)}


@pytest.mark.parametrize("text, expected", [
    ("Tindra Ocean Cluster is a cluster in Bergen.\n\nTo become a GCE, a cluster must have a global position.", set()),
    ("Tindra Ocean Cluster aims to get NCE status next year.", set()),
    ("Tindra Ocean Cluster was granted NCE status in 2009 after being an Arena project since 2005.",
     {("Tindra Ocean Cluster", "NCE", "granted")}),
    ("Tindra Ocean Cluster was an Arena project before it was granted NCE status in 2009.",
     {("Tindra Ocean Cluster", "NCE", "granted")}),
])
def test_an_english_purpose_or_a_clause_of_time_is_not_the_event(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tindra Ocean Cluster's NCE status expired in 2016.", ("Tindra Ocean Cluster", "NCE", "lost")),
    ("Tindra Ocean Cluster left the NCE programme in 2016.", ("Tindra Ocean Cluster", "NCE", "lost")),
    ("Tindra Ocean Cluster did not make it into the Arena programme.", ("Tindra Ocean Cluster", "Arena", "rejected")),
    ("Tindra Ocean Cluster made it into the Arena programme in 2013.", ("Tindra Ocean Cluster", "Arena", "granted")),
    ("Tindra Ocean Cluster was recognised as a Mature Cluster in 2021.",
     ("Tindra Ocean Cluster", "moden klynge", "granted")),
    ("Tindra Ocean Cluster has held NCE status since 2007.", ("Tindra Ocean Cluster", "NCE", "granted")),
    ("Tindra Ocean Cluster is now a GCE.", ("Tindra Ocean Cluster", "GCE", "granted")),
])
def test_english_endings_admissions_and_states_said_otherwise(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text", ["Tindra Ocean Cluster is an NCE.", "Tindra Ocean Cluster has NCE status.",
                                  "Tindra Ocean Cluster, which holds NCE status, has 40 members."])
def test_an_english_state_undated_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Tindra Ocean Cluster was one of five projects that were accepted into the Arena programme in 2016.",
     {("Tindra Ocean Cluster", "Arena", "granted")}),
    ("Innovation Norway announced that Tindra Ocean Cluster and Lavik Robotics Cluster were not granted NCE status.",
     {("Tindra Ocean Cluster", "NCE", "rejected"), ("Lavik Robotics Cluster", "NCE", "rejected")}),
])
def test_a_negation_does_not_reach_over_that(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Three new clusters were granted Arena status this week.\n\nThe new clusters are Tindra Ocean Cluster, "
    "Lavik Robotics Cluster and Marevo Food Cluster.",
    "Three new clusters were granted Arena status this week. Among the new clusters: Tindra Ocean Cluster, "
    "Lavik Robotics Cluster and Marevo Food Cluster.",
])
def test_english_counted_clusters_take_the_names_listed_near(annotate_full, text):
    assert events(annotate_full(text)) == {(c, "Arena", "granted") for c in
                                           ("Tindra Ocean Cluster", "Lavik Robotics Cluster", "Marevo Food Cluster")}


@pytest.mark.parametrize("text", [
    "Tindra Ocean Cluster is a cluster in Bergen.\n\nClusters that have achieved NCE status receive funding.",
    "Arena clusters are important contributions to the programme. Tindra Ocean Cluster is one of them.",
])
def test_clusters_in_general_are_no_cluster(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text, clusters", [
    ("The NCE status was awarded to Tindra Ocean Cluster in 2009.", {"Tindra Ocean Cluster"}),
    ("In 2014, NCE status was granted to Tindra Ocean Cluster and Lavik Robotics Cluster.",
     {"Tindra Ocean Cluster", "Lavik Robotics Cluster"}),
    ("NCE status has been given to Tindra Ocean Cluster.", {"Tindra Ocean Cluster"}),
])
def test_an_english_passive_with_the_status_first(annotate_full, text, clusters):
    assert events(annotate_full(text)) == {(c, "NCE", "granted") for c in clusters}


@pytest.mark.parametrize("text", [
    "Knowing that dynamic clusters are key drivers of innovation, Innovation Norway, together with SIVA and the "
    "Research Council of Norway, established the Norwegian Centres of Expertise (NCE) Programme in 2006.",
    "The Research Council of Norway has granted 13 research groups status as Norwegian Centres of Excellence.",
    "The proposed Norwegian Centres of Expertise were based on similar successful schemes in other countries, such "
    "as Denmark.",
    "Tindra Ocean Cluster was founded in 2006.\n\nThe NCE programme expires for Tindra Ocean Cluster in 2016.",
])
def test_english_history_of_the_programme_and_plans_are_no_events(annotate_full, text):
    assert events(annotate_full(text)) == set()


def test_an_english_upgrade_takes_the_status_after_it(annotate_full):
    doc = annotate_full("Entering the Norwegian Cluster Program at the Arena level in 2006, Tindra Ocean Cluster was "
                        "quickly promoted to a national centre in 2009.", published=None)
    assert dated(doc) == {("Tindra Ocean Cluster", "2006-01-01", "text")}
    assert events(doc) == {("Tindra Ocean Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Tindra Ocean Cluster is an oncology cluster in Oslo.\n\nIn 2007, we became a Norwegian Centre of Expertise.",
    "Tindra Ocean Cluster is an oncology cluster in Oslo.\n\nWe became a Norwegian Centre of Expertise in 2007.",
])
def test_the_english_we_of_a_cluster_s_page_is_the_cluster(annotate_full, text):
    assert dated(annotate_full(text, published=None)) == {("Tindra Ocean Cluster", "2007-01-01", "text")}


@pytest.mark.parametrize("text, status, year", [
    ("Entering the cluster programme at the Arena level in 2006, Tindra Ocean Cluster was promoted to a National "
     "Center of Expertise in 2009.", "NCE", "2009-01-01"),
    ("Tindra Ocean Cluster was named a National Centre of Expertise in 2009.", "NCE", "2009-01-01"),
])
def test_a_national_centre_of_expertise_is_an_nce_dated_nearest_the_frame(annotate_full, text, status, year):
    doc = annotate_full(text, published=None)
    assert ("Tindra Ocean Cluster", year, "text") in dated(doc)
    assert any(s == status for _c, s, _a in events(doc))
