"""Wording of real pages the rules did not read (issue #28, batch 9), in both standards with invented names:
more time in the programme is an extension ("tildelt to nye år som Arena-klynge", "fått forlenget sin
prosjektperiode"); a description subject ("Ålesunds havromssatsing ... har fått Arena-status") is the
article's cluster written with the status; the organisation that stood for the application of another
("har stått for søknaden", "ansvarlig søker") does not get the status."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster kom gjennom nåløyet og har blitt tildelt to nye år som Arena-klynge.",
    "Fjordlys Cluster kom gjennom nåløyret og har vorte tildelt to nye år som Arena-klynge.",
    "Innovasjon Norge tilbyr Fjordlys Cluster to ekstra år i Arena-programmet.",
    "Innovasjon Noreg gjev Fjordlys Cluster to ekstra år i Arena-programmet.",
    "Fjordlys Cluster fekk tre nye år som Arena-klynge.",
])
def test_more_years_in_the_programme_extend_the_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "Arena", "extended")}


def test_no_more_years_is_a_loss(annotate_full):
    assert events(annotate_full("Fjordlys Cluster fikk ikke to nye år som Arena-klynge.")) \
        == {("Fjordlys Cluster", "Arena", "lost")}


def test_years_held_are_no_extension(annotate_full):
    assert events(annotate_full("Fjordlys Cluster har vært Arena-klynge i to år.")) == set()


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster har fått Arena-status. I tillegg har klyngeprosjektet Havlys Cluster fått forlenget sin "
    "prosjektperiode med to nye år.",
    "Fjordlys Cluster har fått Arena-status. I tillegg har klyngeprosjektet Havlys Cluster fått forlengt si "
    "prosjektperiode med to nye år.",
])
def test_an_extended_project_period_extends_the_article_s_only_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Cluster", "Arena", "granted"),
                                           ("Havlys Cluster", "Arena", "extended")}


def test_an_extended_period_of_a_prefixed_cluster_extends_its_status(annotate_full):
    assert events(annotate_full("NCE Havlys har fått forlenget prosjektperioden.")) == {("Havlys", "NCE", "extended")}


@pytest.mark.parametrize("text", [
    "Ålesunds havroms-satsning, som NTNU deltar i, har fått Arena-status. Det betyr to millioner kroner i året.\n\n"
    "Arena Havlys Ålesund er en videreføring av Ålesunds havroms-satsning.",
    "Ålesunds havromssatsing, som NTNU er med i, har fått Arena-status. Det tyder to millionar kroner i året.\n\n"
    "Arena Havlys Ålesund er ei vidareføring av Ålesunds havromssatsing.",
])
def test_a_description_subject_is_the_cluster_written_with_the_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Ålesund", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Arena Havlys Bergen ble tildelt status som Arena-klynge. Brattli Edge har stått for søknaden som Arenaprosjekt."
    "\n\nLes pressemeldingen om den tildelte Arena-statusen på Brattli Edge sine nettsider.",
    "Arena Havlys Bergen vart tildelt status som Arena-klynge. Brattli Edge har stått for søknaden som Arenaprosjekt."
    "\n\nLes pressemeldinga om den tildelte Arena-statusen på Brattli Edge sine nettsider.",
    "Arena Havlys Bergen ble tildelt status som Arena-klynge. Det er Brattli Edge som har stått som ansvarlig søker."
    "\n\nLes pressemeldingen om den tildelte Arena-statusen på Brattli Edge sine nettsider.",
    "Arena Havlys Bergen vart tildelt status som Arena-klynge. Det er Brattli Edge som har stått som ansvarleg søkjar."
    "\n\nLes pressemeldinga om den tildelte Arena-statusen på Brattli Edge sine nettsider.",
])
def test_the_sponsor_of_an_application_does_not_get_the_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Bergen", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "I juni ble det klart at et titalls bedrifter, universitetet og kommunen får Arena-status. "
    "Prosjektet har fått navnet Havlys Care Cluster.",
    "I juni vart det klart at eit titals bedrifter, universitetet og kommunen får Arena-status. "
    "Prosjektet har fått namnet Havlys Care Cluster.",
])
def test_the_members_listed_as_subject_are_the_cluster_the_next_sentence_names(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Care Cluster", "Arena", "granted")}


def test_applicants_refused_are_no_cluster(annotate_full):
    assert events(annotate_full("Mange søkere fikk ikke Arena-status i år.")) == set()


@pytest.mark.parametrize("text", [
    "Havlys Tech heter klyngen som skal gjøre Grenland til en grønn industriregion.\n\n"
    "Etter flere år med arbeid har klyngen nå sikret seg ARENA-status.",
    "Havlys Tech heiter klynga som skal gjere Grenland til ein grøn industriregion.\n\n"
    "Etter fleire år med arbeid har klynga no sikra seg ARENA-status.",
])
def test_a_name_given_before_the_cluster_noun_is_what_the_reference_points_to(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Tech", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "I dag ble det klart at Havlys Cluster er en av totalt fire klynger som får Arena- eller NCE-status i 2016.",
    "I dag vart det klart at Havlys Cluster er ei av totalt fire klynger som får Arena- eller NCE-status i 2016.",
])
def test_statuses_named_as_alternatives_give_neither(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Sammen med Havlys Cluster ble Brattli Energy Cluster tildelt den nye statusen av næringsministeren. Det skjedde "
    "da klyngeprogrammet ble forsterket med et nytt, høyere nivå for norske klynger, Global Centres of Expertise.",
    "Saman med Havlys Cluster vart Brattli Energy Cluster tildelt den nye statusen av næringsministeren. Det skjedde "
    "då klyngeprogrammet vart forsterka med eit nytt, høgare nivå for norske klynger, Global Centres of Expertise.",
])
def test_the_new_status_is_the_one_the_sentences_around_name(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Cluster", "GCE", "granted"),
                                           ("Brattli Energy Cluster", "GCE", "granted")}


@pytest.mark.parametrize("text", [
    "Regjeringen peker ut fire nye NCE-klynger. Kommunal- og regionalminister Kari Lie (Sp) og næringsminister "
    "Per Dal (Ap) la i dag fram hvilke miljøer som får den nye statusen.",
    "Regjeringa peikar ut fire nye NCE-klynger. Kommunal- og regionalminister Kari Lie (Sp) og næringsminister "
    "Per Dal (Ap) la i dag fram kva miljø som får den nye statusen.",
])
def test_the_first_part_of_a_compound_written_out_gets_no_status(annotate_full, text):
    assert not {cluster for cluster, _status, _action in events(annotate_full(text)) if cluster.endswith("-")}
