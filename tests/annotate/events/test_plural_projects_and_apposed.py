"""Kinds of language unseen real pages used (batch 6, opened half): a plural status written with
"prosjektene", hyphened or apart, over lines of "name, place" that end at a heading; a new status for
clusters with an adjective between and the name after a semicolon, not the "vi" before it (invented
names, Bokmål and Nynorsk)."""

import pytest

from .helpers import events

LISTED = ("Fjellbris North", "Mineralklynge Vest", "Skarvo Hub")


@pytest.mark.parametrize("text", [
    "Sju nye næringsklynger får status i dag.\n\nDe sju nye Arena prosjektene er:\n\n"
    "Fjellbris North, Troms\n\nMineralklynge Vest, Nord-Norge\n\nSkarvo Hub, Agder\n\nViktig satsing\n\n"
    "Utvikling av næringsklynger er viktig.",
    "Regjeringa kunngjer nye klynger.\n\nDei nye Arena-prosjekta er:\n\n"
    "Fjellbris North, Troms\n\nMineralklynge Vest, Nord-Noreg\n\nSkarvo Hub, Agder\n\nStor interesse\n\n"
    "Det kom inn 20 søknader.",
])
def test_a_plural_status_with_projects_over_lines_of_name_and_place(annotate_full, text):
    assert events(annotate_full(text)) == {(name, "Arena", "granted") for name in LISTED}


def test_lines_of_names_without_places_still_run_to_the_first_sentence(annotate_full):
    doc = annotate_full("De nye NCE-prosjektene er:\n\nFjellbris North\n\nMineralklynge Vest\n\nSkarvo Hub\n\n"
                        "Dette er viktig.")
    assert events(doc) == {(name, "NCE", "granted") for name in LISTED}


@pytest.mark.parametrize("text", [
    "Havlys Cluster leder arbeidet i regionen.\n\nI vår region har vi bl.a. fått en ny interessant "
    "Arena-klynge; Fjordlys Wave, basert på to miljøer vi har samarbeidet med tidligere.",
    "Havlys Cluster leiar arbeidet i regionen.\n\nI regionen vår har vi no fått ei ny spennande "
    "Arena-klynge; Fjordlys Wave, basert på to miljø vi har samarbeidd med tidlegare.",
])
def test_a_new_status_with_an_adjective_between_and_a_name_after_its_semicolon(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Wave", "Arena", "granted")}


def test_an_adjective_before_a_venue_is_no_new_status(annotate_full):
    assert events(annotate_full("Byen har fått en ny flott Arena; Sørvik Hallen, med plass til 3000.")) == set()
