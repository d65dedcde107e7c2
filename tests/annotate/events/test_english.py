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
