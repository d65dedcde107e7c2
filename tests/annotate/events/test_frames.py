"""Frames on the default pipeline, Bokmål and Nynorsk: status wording, programme prefixes, and
what must stay out (intentions, conditions, applications, venues, states)."""

import pytest

from .helpers import events


# 2. Status wording outside the old trigger lists.
@pytest.mark.parametrize("text, expected", [
    ("Marin Klynge avanserer til NCE.", ("Marin Klynge", "NCE", "upgraded")),
    ("Marin Klynge rykkjer opp til NCE.", ("Marin Klynge", "NCE", "upgraded")),
    ("Ocean Tech Cluster ble tilkjent GCE-status.", ("Ocean Tech Cluster", "GCE", "granted")),
    ("Ocean Tech Cluster vart tilkjent GCE-status.", ("Ocean Tech Cluster", "GCE", "granted")),
    ("Stiim Aqua Cluster har fått tildelt statusen Arena Pro.", ("Stiim Aqua Cluster", "Arena Pro", "granted")),
    ("Stiim Aqua Cluster har fått tildelt statusen Arena Pro.", ("Stiim Aqua Cluster", "Arena Pro", "granted")),
    ("I tillegg blir tre klynger nye Arena-prosjekter: Oslo EdTech Cluster, Ocean Tech Cluster og Visit Cluster.",
     ("Oslo EdTech Cluster", "Arena", "granted")),
    ("Heidner Biocluster blir Norwegian Centre of Expertise.", ("Heidner Biocluster", "NCE", "granted")),
    ("Heidner Biocluster vert Norwegian Center of Excellence.", ("Heidner Biocluster", "NCE", "granted")),
    ("Autonomiklyngen blir Arena-klynge.", ("Autonomiklyngen", "Arena", "granted")),
    ("Autonomiklynga vert Arena-klynge.", ("Autonomiklynga", "Arena", "granted")),
    ("Ocean Tech Cluster er tatt opp i klyngeprogrammet NCE.", ("Ocean Tech Cluster", "NCE", "granted")),
    ("De eneste som fikk status som ny NCE var Ocean Tech Cluster.", ("Ocean Tech Cluster", "NCE", "granted")),
    ("Dei einaste som fekk status som ny NCE var Ocean Tech Cluster.", ("Ocean Tech Cluster", "NCE", "granted")),
    ("Ocean Hyway Cluster vert løfta til Arena Pro.", ("Ocean Hyway Cluster", "Arena Pro", "upgraded")),
    ("Stiim Aqua Cluster går fra Arena til Arena Pro.", ("Stiim Aqua Cluster", "Arena Pro", "upgraded")),
    ("Ocean Hyway Cluster går frå Arena til Arena Pro.", ("Ocean Hyway Cluster", "Arena Pro", "upgraded")),
    ("Instrumenteringsklyngen beholder NCE-statusen.", ("Instrumenteringsklyngen", "NCE", "extended")),
    ("Instrumenteringsklynga beheld NCE-statusen og får ein ny kontrakt med programmet.", ("Instrumenteringsklynga", "NCE", "extended")),
    ("Klyngen Proneo mister statusen som Arena Pro.", ("Proneo", "Arena Pro", "lost")),
    ("Klynga Sunnmøre Møbel mista statusen som Arena Pro.", ("Sunnmøre Møbel", "Arena Pro", "lost")),
    ("Søknaden om NCE-status fra Oslo Medtech ble avslått.", ("Oslo Medtech", "NCE", "rejected")),
    ("Søknaden om GCE-status frå klynga Ocean Hyway Cluster vart avslått.", ("Ocean Hyway Cluster", "GCE", "rejected")),
    ("Subseaklyngen nådde ikke opp i kampen om å bli Global Centre of Expertise.", ("Subseaklyngen", "GCE", "rejected")),
    ("Subseaklynga nådde ikkje opp i kampen om å bli Global Centre of Expertise.", ("Subseaklynga", "GCE", "rejected")),
    ("NCE Smart Energy Markets er gullsertifisert.", ("Smart Energy Markets", "gullsertifisert", "certified")),
])
def test_status_wording(annotate_full, text, expected):
    assert expected in events(annotate_full(text))


# 4. A programme prefix that makes a name: "NCE NODE" (the status is still read from it).
@pytest.mark.parametrize("text", [
    "Denne uka utpekte regjeringen tre nye klynger: NCE NODE på Sørlandet, NCE Halden Energy i Halden og NCE Tourism Fjord Norway.",
    "Denne veka peika regjeringa ut tre nye klynger: NCE NODE på Sørlandet, NCE Halden Energy i Halden og NCE Tourism Fjord Norway.",
])
def test_status_from_the_prefix_of_selected_clusters(annotate_full, text):
    found = events(annotate_full(text))
    assert {(c, s) for c, s, _a in found} == {("NODE", "NCE"),
                                             ("Halden Energy", "NCE"), ("Tourism Fjord Norway", "NCE")}


def test_a_lower_prefix_with_a_higher_status_is_an_upgrade(annotate_full):
    doc = annotate_full("Subseaklyngen nådde ikke opp i kampen om å bli Global Centre of Expertise. "
                        "Valget falt i går på NCE NODE og NCE Maritime.")
    assert ("NCE Maritime", "GCE", "upgraded") in events(doc)


# What must stay out.
@pytest.mark.parametrize("text", [
    "Som NCE-klynge får Heidner Biocluster en grunnfinansiering på 5 millioner kroner.",
    "Cod Cluster vil søke om Arena Pro-status.",
    "Blue Legasea håper å få NCE-status.",
    "Blue Legasea håpar å få NCE-status.",
    "Blue Legasea kjempar om NCE-status.",
    "Klynga kan miste NCE-statusen dersom ho ikkje når måla.",
    "Dersom Cod Cluster får Arena Pro-status, blir finansieringen sikret.",
    "Får Cod Cluster Arena Pro-status, er finansieringa sikra.",
    "Cod Cluster har søkt om Arena Pro-status.",
    "Whitney Houston fylte Sørmarka Arena søndag.",
    "Storheia Arena i Hadsel ble offisielt åpnet lørdag.",
    "Klynga skal vere ein arena der fiskeflåten og industrien møtest.",
    "To klynger fikk ny Arena-status, og fire modne klynger fikk støtte.",
    "NCE er ikke lenger et eget program, men et merkenavn.",
    "Aquatech Cluster, en sammenslåing av akvArena og Smart Water Cluster, har 40 medlemmer.",
])
def test_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", ["Havrom Vest har fram til nå hatt status som Arena Pro.",
                                  "Havrom Vest har fram til no hatt status som Arena Pro."])
def test_a_state_without_a_date_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


def test_a_status_word_ending_a_name_is_no_status(annotate_full):
    doc = annotate_full("Testsenteret på Stord får det offisielle namnet Sustainable Marine Innovation Arena (SMIA).")
    assert events(doc) == set()
    assert ("Havbris", "Arena", "granted") in events(annotate_full("Klyngen Havbris fikk i dag Arena."))
