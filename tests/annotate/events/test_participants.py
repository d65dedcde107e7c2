"""Who a frame is about, on the default pipeline (lemmas and parse from the shipped model), Bokmål
and Nynorsk: several clusters per status mention, lists, clusters the gazetteer does not
know, references and renames, circumstances, paragraphs under a heading."""

import pytest

from .helpers import events


# 1. One status mention, several clusters: one event per cluster the frame governs.
@pytest.mark.parametrize("text, expected", [
    ("Fem av miljøene får Arena-status: Ocean Tech Cluster i Bergen, Smart Care Cluster, "
     "Arctic Food Cluster i Nordland, Bio Norway Cluster og Visit Helgeland Cluster.",
     {"Ocean Tech Cluster", "Smart Care Cluster", "Arctic Food Cluster", "Bio Norway Cluster", "Visit Helgeland Cluster"}),
    ("Fem av miljøa får Arena-status: Ocean Tech Cluster i Bergen, Smart Care Cluster, "
     "Arctic Food Cluster i Nordland, Bio Norway Cluster og Visit Helgeland Cluster.",
     {"Ocean Tech Cluster", "Smart Care Cluster", "Arctic Food Cluster", "Bio Norway Cluster", "Visit Helgeland Cluster"}),
    ("Tre miljøer får status som Norwegian Centres of Expertise: NCE Seafood Innovation, NCE Health Technology og NCE Eyde.",
     {"Seafood Innovation", "Health Technology", "Eyde"}),  # as written: the registry only confirms
    ("Proneo Cluster og Trebygg Cluster får forlenget Arena-statusen.", {"Proneo Cluster", "Trebygg Cluster"}),
    ("Proneo Cluster og Trebygg Cluster får forlengd Arena-statusen.", {"Proneo Cluster", "Trebygg Cluster"}),
    ("Ocean Tech Cluster er tildelt GCE-status sammen med Smart Care Cluster.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
    ("Ocean Tech Cluster er tildelt GCE-status saman med Smart Care Cluster.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
    ("Ocean Tech Cluster og Smart Care Cluster er blant de nye Arena-klyngene.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
    ("Ocean Tech Cluster og Smart Care Cluster er blant dei nye Arena-klyngene.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
])
def test_every_cluster_a_status_mention_governs(annotate_full, text, expected):
    assert {cluster for cluster, _status, _action in events(annotate_full(text))} == expected


@pytest.mark.parametrize("opening", ["Disse klyngene får Arena-status:", "Desse klyngene får Arena-status:"])
def test_list_lines_after_a_colon(annotate_full, opening):
    """An HTML <ul> arrives as one line per item after the line with the colon."""
    doc = annotate_full("\n".join([opening, "Cod Cluster", "Norwegian Wood Cluster i Oslo", "Hub Vestland",
                                   "Klyngene får tre millioner kroner i året."]))
    assert events(doc) == {(name, "Arena", "granted") for name in ("Cod Cluster", "Norwegian Wood Cluster", "Hub Vestland")}


# 3. Clusters the gazetteer does not know, references and renames.
def test_a_reference_takes_the_cluster_named_before(annotate_full):
    doc = annotate_full("Den marine klynga Blue Sea Cluster har 40 partnarar. Klynga fekk NCE-status i 2018.")
    assert ("Blue Sea Cluster", "NCE", "granted") in events(doc)


def test_a_compound_that_names_no_cluster_is_one(annotate_full):
    doc = annotate_full("Mens GCE Subsea fikk ja fredag, fikk den nyetablerte havromsklyngen nei på søknaden om Arena-status.")
    assert events(doc) == {("Subsea", "GCE", "granted"), ("havromsklyngen", "Arena", "rejected")}


@pytest.mark.parametrize("text", [
    "Hvitfiskklyngen Cod Cluster – tidligere kjent som Arena Torsk – har fått innvilget søknaden om Arena Pro.",
    "Kvitfiskklynga Cod Cluster – tidlegare kjend som Arena Torsk – har fått innvilga søknaden om Arena Pro.",
])
def test_one_cluster_by_its_nickname_its_old_and_its_new_name(annotate_full, text):
    assert events(annotate_full(text)) == {("Cod Cluster", "Arena Pro", "granted")}


def test_a_nickname_is_the_article_s_named_cluster(annotate_full):
    doc = annotate_full("Den marine klynga Blue Legasea får status som Norwegian Centre of Expertise.",
                        title="Sunnmørsklynga er no NCE")
    assert events(doc) == {("Blue Legasea", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Heidner Biocluster fikk NCE-status etter et langt samarbeid med Oslo Cancer Cluster.",
    "Heidner Biocluster fekk NCE-status etter eit langt samarbeid med Oslo Cancer Cluster.",
])
def test_a_cluster_in_a_circumstance_did_not_get_the_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Heidner Biocluster", "NCE", "granted")}


@pytest.mark.parametrize("opening, heading", [
    ("Innovasjon Norge og Siva har valgt ut tre nye Arena-klynger i Nordland.", "De nye klyngene"),
    ("Innovasjon Noreg og Siva har valt ut tre nye Arena-klynger i Nordland.", "Dei nye klyngene"),
])
def test_paragraphs_under_a_heading_after_the_frame(annotate_full, opening, heading):
    doc = annotate_full("\n".join([opening, "Hver av dem får 2,5 millioner kroner i året.", heading,
                                   "Arena Helseteknologi Nord i Tromsø samler 27 bedrifter.",
                                   "Arena Sjømat Helgeland består av 19 bedrifter.",
                                   "Daglig leder Anders Nilsen er glad."]))
    assert events(doc) == {("Helseteknologi Nord", "Arena", "granted"), ("Sjømat Helgeland", "Arena", "granted")}
