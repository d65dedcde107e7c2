import pytest

from extract.annotate.clusters import ClusterFinder


@pytest.fixture(scope="module")
def finder():
    return ClusterFinder()


@pytest.mark.parametrize("text, surface, canonical", [
    ("NCE Heidner Biocluster er den første klyngen i Hedmark.", "NCE Heidner Biocluster", "Heidner Biocluster"),
    ("Medlemsbedriftene i NCE Heidner har sammen definert fire fokusområder.", "NCE Heidner", "Heidner Biocluster"),
    ("GCE Ocean Technology rykker opp.", "GCE Ocean Technology", "Ocean Technology"),
    ("Oslo Cancer Cluster har fått ny leder.", "Oslo Cancer Cluster", "Oslo Cancer Cluster"),
    ("Energiklyngen fekk forlengd Arena-statusen.", "Energiklyngen", "Energiklyngen"),
    # clusters no list knows, found from context
    ("I fjor fikk klyngen Fjordkraft Innovasjon Arena-status.", "Fjordkraft Innovasjon", "Fjordkraft Innovasjon"),
    ("Næringsklynga Sunnmøre Møbel vart tatt opp i programmet.", "Sunnmøre Møbel", "Sunnmøre Møbel"),
    ("Arena Grønn Industri Vest samlar 40 bedrifter.", "Arena Grønn Industri Vest", "Grønn Industri Vest"),
    ("Lofoten Marin Cluster ble etablert i 2015.", "Lofoten Marin Cluster", "Lofoten Marin Cluster"),
    ("Samarbeidet i Sogn-klynga har gitt resultat.", "Sogn-klynga", "Sogn-klynga"),
])
def test_cluster_names_and_canonical_forms(finder, text, surface, canonical):
    found = {(text[s:e], c) for s, e, c in finder.find(text)}
    assert (surface, canonical) in found


@pytest.mark.parametrize("text", [
    "Næringsklyngen innen bioøkonomi består av 49 bedrifter.",
    "Klyngen har søkt om Arena Pro-status.",
    "Som NCE-klynge får de en grunnfinansiering.",
    "Innovasjon Norge og Siva eier programmet.",
])
def test_generic_words_are_not_cluster_names(finder, text):
    assert finder.find(text) == []


def test_component_merges_a_short_form_into_the_full_name(annotate_text):
    doc = annotate_text("Klyngen Smart Energy Markets feirer. Smart Energy har 70 medlemmer.")
    assert {s._.canonical for s in doc.spans["clusters"]} == {"Smart Energy Markets"}


def test_a_name_found_from_context_is_a_cluster_everywhere_in_the_text(finder):
    text = "Fjordmat Sogn fekk nei.\n\nNæringsklynga Fjordmat Sogn søkte om Arena-status."
    starts = sorted(s for s, e, c in finder.find(text) if c == "Fjordmat Sogn")
    assert starts[0] == 0 and len(set(starts)) == 2


@pytest.mark.parametrize("text, nickname, full", [
    ("Trebyggklyngen ble Arena Pro. Arena Trebygg Innlandet har 34 medlemsbedrifter.", "Trebyggklyngen", "Trebygg Innlandet"),
    ("Havromsklyngen fikk NCE-status. NCE Havrom Vest er tatt opp.", "Havromsklyngen", "Havrom Vest"),
])
def test_a_nickname_is_the_cluster_it_stands_for(annotate_text, text, nickname, full):
    doc = annotate_text(text)
    assert {(s.text, s._.canonical) for s in doc.spans["clusters"]} >= {(nickname, full)}


def test_cluster_names_override_the_models_entities(rules_nlp):
    from spacy.tokens import Span

    doc = rules_nlp.make_doc("Heidner Biocluster fikk NCE-status.")
    doc.ents = [Span(doc, 0, 2, label="PER")]  # what a NER model got wrong
    doc = rules_nlp(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Heidner Biocluster", "ORG")]
