"""The word lists of the events' data files hold words: YAML reads a bare "no" (Nynorsk "now"),
"No" or "On" as a boolean, so such words are quoted; and what they do, in both standards."""

import pytest

from extract.annotate.lexicon import load

from .helpers import events


def _booleans(value) -> list:
    if isinstance(value, bool):
        return [value]
    if isinstance(value, list):
        return [b for item in value for b in _booleans(item)]
    if isinstance(value, dict):
        return [b for item in value.values() for b in _booleans(item)]
    return []


@pytest.mark.parametrize("name", ["events", "clusters"])
def test_word_lists_hold_no_booleans(name):
    assert _booleans(load(name)) == []


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster har nå status som NCE.",
    "Fjordlys Cluster har no status som NCE.",
    "Fjordlys Cluster er no ei NCE-klynge.",
])
def test_a_state_said_to_hold_now_is_an_event(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "No Fjordlys Cluster fekk NCE-status i fjor, vart klynga større.",
    "Nå Fjordlys Cluster fikk NCE-status i fjor, ble klyngen større.",
])
def test_no_opening_a_sentence_is_no_part_of_the_name(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "I tett samarbeid med flere av de ledende virksomhetene har næringsutviklingsselskapet SNRK v/ Kari Nordmann "
    "ledet forprosjektet som nå har resultert i Arena-status.",
    "I tett samarbeid med fleire av dei leiande verksemdene har næringsutviklingsselskapet SNRK v/ Kari Nordmann "
    "leia forprosjektet som no har resultert i Arena-status.",
])
def test_an_organisation_a_type_noun_introduces_is_no_cluster(annotate_full, text):
    assert not any(cluster == "SNRK" for cluster, _status, _action in events(annotate_full(text)))
