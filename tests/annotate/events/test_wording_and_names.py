"""Status wording the rules did not read (a league, admission, support) and names they did not
take as clusters (English names opening with "Norwegian", Nynorsk "-klyngja", a compound written
out), with invented cluster names."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text, expected", [
    ("Lavik Robotics Cluster har blitt opptatt som Arena-klynge.", ("Lavik Robotics Cluster", "Arena", "granted")),
    ("Klyngja Havbris Energi vart oppteken som Arena-klynge.", ("Havbris Energi", "Arena", "granted")),
    ("Marevo Cluster rykker opp i pro-klassen.", ("Marevo Cluster", "Arena Pro", "upgraded")),
    ("Sildra Health får fem nye år og rykker opp i ArenaPro-ligaen.", ("Sildra Health", "Arena Pro", "upgraded")),
    ("Havbris Cluster får støtte som Arena Pro-klynge.", ("Havbris Cluster", "Arena Pro", "granted")),
    ("Kunnskapsparken Nord får støtte til å etablere Arena-klynga Lyngra Ocean.", ("Lyngra Ocean", "Arena", "granted")),
    ("Brattli Hydrogen Cluster er tatt opp i Innovasjon Norges Arena-program.", ("Brattli Hydrogen Cluster", "Arena", "granted")),
    ("Brattli Hydrogen Cluster er tatt opp i Innovasjon Norges Arena program.", ("Brattli Hydrogen Cluster", "Arena", "granted")),
])
def test_status_wording(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


def test_busy_is_no_admission(annotate_full):
    assert events(annotate_full("Tindra Robotics er opptatt av Arena-klynger.")) == set()


@pytest.mark.parametrize("text, name", [
    ("Norwegian Fjordlys Safety Cluster er tatt opp i Arena-programmet.", "Norwegian Fjordlys Safety Cluster"),
    ("I dag ble det klart at Norwegian Polarna Hub får Arena-status.", "Norwegian Polarna Hub"),
    ("Tare- og tangklyngja får Arena-status.", "Tare- og tangklyngja"),
    ("Skjellklyngja fekk Arena-status i dag.", "Skjellklyngja"),
])
def test_names_taken_as_clusters(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "granted")}


def test_a_programme_name_in_the_singular_is_no_cluster(annotate_full):
    doc = annotate_full("Aurvik Cluster ble i 2016 tatt opp som NCE i Norwegian Innovation Cluster.")
    assert {c._.canonical for c in doc.spans["clusters"]} == {"Aurvik Cluster"}


@pytest.mark.parametrize("text, name", [
    ("Norwegian Fjordlys Safety Cluster har 40 medlemmer.", "Norwegian Fjordlys Safety Cluster"),
    ("Styret i Norwegian Polarna Hub møttes i går.", "Norwegian Polarna Hub"),
    ("Medlemmene i Tare- og tangklyngja møttes i går.", "Tare- og tangklyngja"),
])
def test_a_name_is_a_cluster_without_a_status_near(annotate_full, text, name):
    doc = annotate_full(text)
    assert name in {c._.canonical for c in doc.spans["clusters"]}
