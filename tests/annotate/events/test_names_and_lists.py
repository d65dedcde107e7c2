"""Clusters the clusters component does not know: names from a frame's clause, lists the frame
announces in the next sentence, status headings over lines of names and rows "A (Arena)"."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text, expected", [
    ("Fjordlys får Arena-status.", {("Fjordlys", "Arena", "granted")}),
    ("Innovasjon Norge har gitt Tindra Arena-status.", {("Tindra", "Arena", "granted")}),
    ("I dag fikk NOVA status som GCE.", {("NOVA", "GCE", "granted")}),
    ("Lavik–Drone Cluster får ARENA-status.", {("Lavik–Drone Cluster", "Arena", "granted")}),
    ("Søknaden om NCE-status frå Marevo vart avslått.", {("Marevo", "NCE", "rejected")}),
    ("NCE-status får både Fjordlys og NOVA.", {("Fjordlys", "NCE", "granted"), ("NOVA", "NCE", "granted")}),
])
def test_a_frame_takes_the_names_of_its_clause(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


def test_a_name_cut_from_the_frame_by_a_verb_or_subordinator_is_not_its_cluster(annotate_full):
    doc = annotate_full("– At vi går frå Arena til Arena Pro, er eit teikn på at Noreg satsar på hydrogen, seier Siv.")
    assert not any(cluster == "Noreg" for cluster, _s, _a in events(doc))


@pytest.mark.parametrize("text", [
    "Tre nye klynger får NCE-status. De nye klyngene er Fjordlys, Norwegian Drone Cluster og NOVA.",
    "Tre nye klynger får NCE-status i år.\n\nFjordlys, Norwegian Drone Cluster og NOVA er klyngene som er valgt ut.",
    "Følgende klynger får NCE-status: Fjordlys; Norwegian Drone Cluster; NOVA.",
    "Disse klyngene er nye i klyngeprogrammet:\nNorwegian Centres of Expertise:\nFjordlys\nNorwegian Drone Cluster\nNOVA",
    "Disse klyngene får ny status:\nFjordlys (NCE)\nNorwegian Drone Cluster (NCE)\nNOVA (NCE)",
])
def test_a_list_the_frame_announces(annotate_full, text):
    assert events(annotate_full(text)) == {(name, "NCE", "granted")
                                           for name in ("Fjordlys", "Norwegian Drone Cluster", "NOVA")}


def test_a_place_after_a_placed_item_is_no_cluster(annotate_full):
    doc = annotate_full("Tre klynger blir nye Arena-prosjekter: Arena Torsk i Lofoten og Vesterålen, og Oslo EdTech Cluster.")
    assert "Vesterålen" not in {cluster for cluster, _s, _a in events(doc)}
