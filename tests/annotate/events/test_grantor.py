"""Who granted or refused a status."""

import pytest


@pytest.mark.parametrize("text, body", [
    ("Tidligere i høst ble NCE Smart Energy Markets anerkjent som «moden klynge» av Innovasjon Norge.", "Innovasjon Norge"),
    ("Næringsklynga Fjordmat Sogn søkte om å bli teken opp i Arena-programmet, men fekk avslag frå Innovasjon Noreg.",
     "Innovasjon Norge"),
])
def test_who_granted_or_refused_it(annotate_full, text, body):
    doc = annotate_full(text, published="2021-11-20")
    assert {e._.event["granted_by"] for e in doc.spans["events"]} == {body}


def test_a_granting_body_before_the_frame_granted_it(annotate_full):
    doc = annotate_full("Innovasjon Norge tildelte torsdag NCE-status til Ocean Tech Cluster.", published="2021-11-20")
    assert {(e._.event["cluster"], e._.event["granted_by"]) for e in doc.spans["events"]} == {
        ("Ocean Tech Cluster", "Innovasjon Norge")}


def test_an_organisation_after_av_granted_it(annotate_full):
    doc = annotate_full("Ocean Tech Cluster ble tildelt NCE-status av Hedmark fylkeskommune.", published="2021-11-20")
    assert {e._.event["granted_by"] for e in doc.spans["events"]} == {"Hedmark fylkeskommune"}
