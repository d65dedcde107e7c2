"""Frames whose status a neighbouring sentence names (events/neighbours.py), English pages: continued
support after a sentence that names the status, admission into the programme (the lowest status named
near), a competition won after a heading that names the status, and a former name "under the name".
Invented cluster names."""

import pytest

from .helpers import dated, events


@pytest.mark.parametrize("text", [
    "Innovation Norway has decided to continue the support for wind clusters in the Arena Network.\n\n"
    "Tindra Wind Cluster (TWC), based in central Norway, and Lavik Ocean Cluster (LOC), based on the west coast, "
    "have both renewed confidence from Innovation Norway.",
    "Innovation Norway will keep funding clusters in the Arena programme.\n\n"
    "Tindra Wind Cluster and Lavik Ocean Cluster have secured further support.",
    "The Arena programme has been evaluated.\n\nTindra Wind Cluster and Lavik Ocean Cluster received continued "
    "funding from Innovation Norway.",
])
def test_continued_support_extends_the_status_named_before(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindra Wind Cluster", "Arena", "extended"),
                                           ("Lavik Ocean Cluster", "Arena", "extended")}


@pytest.mark.parametrize("text", [
    "Early years\n\nThe Marevo Media Cluster was accepted into the Innovation Norway cluster program in 2010. "
    "The program aims to promote innovation. Only a few Arena projects mature enough to be awarded NCE status.",
    "Marevo Media Cluster was admitted to the national cluster programme in 2010. Few Arena clusters become NCEs.",
    "In 2010 the NCE and Arena programmes were merged. Marevo Media Cluster joined the cluster programme in 2010.",
])
def test_admission_into_the_programme_is_its_lowest_status_named_near(annotate_full, text):
    doc = annotate_full(text)
    assert ("Marevo Media Cluster", "Arena", "granted") in events(doc)
    assert ("Marevo Media Cluster", "2010-01-01", "text") in dated(doc)


@pytest.mark.parametrize("text", [
    "Innovation Norway has decided to continue the support for clusters.\n\nTindra Wind Cluster has renewed "
    "confidence from Innovation Norway.",
    "Marevo Media Cluster was accepted into the cluster program in 2010. It grew fast.",
])
def test_no_status_near_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("heading, after", [
    ("What NCE status brings", ""),
    ("The NCE status", ""),
    ("Benefits from NCE status", "\n\nFjordlys Travel is a Norwegian Centre of Expertise in Bergen."),  # the article's only status
])
def test_a_competition_won_takes_the_status_of_the_heading_before(annotate_full, heading, after):
    doc = annotate_full(f"{heading}\n\nFjordlys Travel won the competition to become Norway's expert tourism "
                        f"cluster based on its results in 2009.{after}")
    assert dated(doc) == {("Fjordlys Travel", "2009-01-01", "text")}
    assert events(doc) == {("Fjordlys Travel", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "The Havlys Media Cluster, under the name Havlys Ocean Cluster, joined the Arena programme in 2010.",
    "The Havlys Media Cluster, previously known as Havlys Ocean Cluster, joined the Arena programme in 2010.",
])
def test_a_name_under_another_name_is_one_cluster(annotate_full, text):
    doc = annotate_full(text)
    assert {c._.canonical for c in doc.spans["clusters"]} == {"Havlys Media Cluster"}
    assert events(doc) == {("Havlys Media Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "The Arena programme has been evaluated.\n\nBrattli has secured further support from Innovation Norway.",
    "Innovation Norway will keep funding clusters in the Arena programme.\n\nHavbris received continued funding.",
])
def test_names_the_rules_do_not_know_before_the_trigger(annotate_full, text):
    assert {(s, a) for _c, s, a in events(annotate_full(text))} == {("Arena", "extended")}
    assert len(events(annotate_full(text))) == 1


def test_a_name_after_the_trigger_is_not_who_got_it(annotate_full):
    doc = annotate_full("Clusters in the Arena programme are evaluated.\n\nThe fact that the two wind clusters have "
                        "now secured further support can be very important for Brattli's role in the industry.")
    assert events(doc) == set()
