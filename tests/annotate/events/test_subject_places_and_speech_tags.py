"""Kinds the opened halves of real-page batches 7 and 8 showed: a name of common words written once with its place,
as the subject of the status clause ("Energi i Nord får status som Arena-klynge", a definite compound and a dashed
place: "... at Skognæringa i Midt-Norge har blitt utpekt ..."); a quote's speech tag that names the speaker's employer
(", sier Kari Lie som er utviklingssjef i X"), which got no status unless the quote names no one; a name word with a
digit ("Vi ble med i Arenaprosjektet K3Plast"); a compound of a common word introduced by a noun where the clusters
component finds it ("Klyngen Sjømatnæringa i Vestfold har fått ..."); a status given as one of two ("får Arena- eller
NCE-status"); a word ending in the indefinite word for cluster, a description ("Smartby-klynge får Arena-status"); a
person appointed, with a cluster in the next clause ("X ble utnevnt til minister ..., og ... hadde Arena Y et møte med
ham"). Invented names, Bokmål and Nynorsk."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text, expected", [
    ("Havbruk i Nord får status som Arena-klynge. Klyngen dekker hele landsdelen.", {("Havbruk i Nord", "Arena", "granted")}),
    ("Reiseliv i Vest fekk i dag status som NCE-klynge. Klynga har 40 medlemer.", {("Reiseliv i Vest", "NCE", "granted")}),
    ("I dag ble det offentliggjort at Sjømatnæringa i Nord-Norge har blitt utpekt som en av de fire nye Arena Pro-klyngene.",
     {("Sjømatnæringa i Nord-Norge", "Arena Pro", "granted")}),
    ("I dag vart det kunngjort at Treindustrien i Sør-Trøndelag har fått GCE-status.",
     {("Treindustrien i Sør-Trøndelag", "GCE", "granted")}),
])
def test_a_common_word_subject_is_named_with_its_place(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Næringslivet i Nord-Norge gratulerer Kvitli Cluster med NCE-status.", {("Kvitli Cluster", "NCE", "granted")}),
    ("Klyngen i Molde fekk NCE-status i går. Ho heiter Fjordlys Cluster.", {("Fjordlys Cluster", "NCE", "granted")}),
])
def test_a_place_phrase_that_names_no_cluster_stays_out(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Derfor ble vi med i Arenaprosjektet Fjordplast, sier Kari Lie som er utviklingssjef i Solvik Plast Raufoss.",
     {("Fjordplast", "Arena", "granted")}),
    ("Difor vart vi med i Arenaprosjektet K3Plast, seier Kari Lie som er utviklingssjef i Solvik Plast Raufoss.",
     {("K3Plast", "Arena", "granted")}),
    ("– I dag fikk Havbris Cluster NCE-status, forteller Per Dal, daglig leder Solbrekk Hub.",
     {("Havbris Cluster", "NCE", "granted")}),
    ("– I dag fekk Havbris Cluster NCE-status, fortel Per Dal, dagleg leiar Solbrekk Hub.",
     {("Havbris Cluster", "NCE", "granted")}),
    ("Ny status\n\n– Vi har fått Arena-status, sier daglig leder Kari Lie i Havbris Cluster.",
     {("Havbris Cluster", "Arena", "granted")}),
    ("Ny status\n\n– Vi har fått Arena-status, seier dagleg leiar Kari Lie i Havbris Cluster.",
     {("Havbris Cluster", "Arena", "granted")}),
])
def test_a_speech_tag_names_who_said_it(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Klyngen Sjømatnæringa i Vestfold har fått ARENA status, og nå er arbeidet i gang!\n\n"
     "Sjømatnæringa i Vestfold (SiV) har satt seg mål.", {("Sjømatnæringa i Vestfold", "Arena", "granted")}),
    ("Klynga Reiselivsnæringa i Telemark har fått Arena-status, og no er arbeidet i gang!\n\n"
     "Reiselivsnæringa i Telemark har sett seg mål.", {("Reiselivsnæringa i Telemark", "Arena", "granted")}),
])
def test_an_introduced_compound_goes_on_over_its_place(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fjordlys Cluster har fått Arena-status.\n\nI dag ble det klart at Fjordlys Cluster er en av totalt fire klynger "
     "som får Arena- eller NCE-status i år.", {("Fjordlys Cluster", "Arena", "granted")}),
    ("Fjordlys Cluster har fått GCE-status. Klynga er ei av seks som får Arena- eller NCE-status i år.",
     {("Fjordlys Cluster", "GCE", "granted")}),
])
def test_a_status_given_as_one_of_two_is_none(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Smartby-klynge får Arena-status\n\nNæringsklyngen Havbris Cluster i Stavanger ble i går tildelt Arena-status.",
     {("Havbris Cluster", "Arena", "granted")}),
    ("Batteriklynge får NCE-status\n\nNæringsklynga Havbris Cluster i Stavanger vart i går tildelt NCE-status.",
     {("Havbris Cluster", "NCE", "granted")}),
])
def test_an_indefinite_cluster_compound_is_a_description(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Per Olav Dahl ble utnevnt til fiskeri- og sjømatminister 13. mars 2020, og allerede 13.mai hadde Arena Fjordlys "
    "et introduksjonsmøte med ham.",
    "Kari Nilsen vart utnemnd til fiskeri- og sjømatminister 4. februar 2021, og alt 13.mai hadde Arena Kvitli eit "
    "møte med henne.",
    "Kari Nilsen ble utnevnt til næringsminister 4. februar 2021, og allerede 13.mai hadde NCE Havbris et møte med henne.",
    "Kari Nilsen ble valgt til styreleder i NCE Solbrekk i 2019.",
])
def test_a_person_appointed_gives_no_cluster_a_status(annotate_full, text):
    assert events(annotate_full(text)) == set()
