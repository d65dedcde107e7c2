"""Support continued for a cluster written with its programme prefix ("satser videre på Arena X")
extends that status; what the cluster itself goes on with is no event (invented names, Bokmål and
Nynorsk)."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text", [
    "Innovasjon Norge, Siva og Norges forskningsråd satser videre på Arena Havbris Ocean. Prosjektet er en klyngesatsing.",
    "Innovasjon Noreg, Siva og Noregs forskingsråd satsar vidare på Arena Havbris Ocean. Prosjektet er ei klyngesatsing.",
])
def test_support_continued_for_a_prefixed_cluster_extends_its_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Ocean", "Arena", "extended")}


@pytest.mark.parametrize("text", [
    "NCE Tindra satser videre på havvind og hydrogen.",
    "NCE Tindra satsar vidare på havvind og hydrogen.",
    "Arena Lavik satser videre på Fjordlys Cluster, sier lederen.",
])
def test_what_a_cluster_goes_on_with_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Klyngen Fjordlys Ocean Cluster på Vestlandet er tatt inn i varmen som del av Innovasjon Norges klyngeprogram. "
    "Klyngen jobber med hydrogen.\n\nArena-programmet består av 22 klynger.",
    "Klynga Fjordlys Ocean Cluster på Vestlandet er teken inn i varmen som del av Innovasjon Noregs klyngeprogram. "
    "Klynga jobbar med hydrogen.\n\nArena-programmet består av 22 klynger.",
])
def test_a_grant_into_the_programme_takes_the_articles_only_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Ocean Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Klyngen Fjordlys Ocean Cluster er tatt inn i varmen. Klyngen jobber med hydrogen.\n\n"
    "Arena-programmet består av 22 klynger.",
    "Klynga Fjordlys Ocean Cluster er teken opp i klyngeprogrammet. Arena-programmet og NCE-programmet har mange klynger.",
])
def test_a_grant_into_no_programme_or_of_no_one_status_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Med status som Global Centres of Expertise går den Bergen-baserte klyngen GCE Havbris Ocean inn i det som kan "
    "kalles norsk næringslivs elitedivisjon.",
    "Med status som Global Centres of Expertise går den Bergen-baserte klynga GCE Havbris Ocean inn i det som kan "
    "kallast norsk næringslivs elitedivisjon.",
])
def test_entering_with_a_status_named_before_is_a_grant(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Ocean", "GCE", "granted")}


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster går inn i sitt siste år som NCE.",
    "Fjordlys Cluster går inn i sitt siste år som NCE-klynge i haust.",
    "Fjordlys Cluster går inn i en ny periode som Arena-klynge.",
])
def test_entering_a_period_with_a_status_named_after_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster gikk inn i det nasjonale Arena-programmet i 2016.",
    "Fjordlys Cluster gjekk inn i Arena-programmet i fjor.",
])
def test_entering_the_status_as_its_object_is_a_grant(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "Arena", "granted")}
