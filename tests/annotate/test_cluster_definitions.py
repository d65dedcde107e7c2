"""A name the text defines as a cluster is one ("Tindra Onco is an oncology research and industry
cluster", "Fjordlys er ei næringsklynge"); a pronoun, a place after "i", a body is not; a registry
cluster's name is not merged into a longer heading that starts with it; known names hold no cue word."""

import pytest

from extract.annotate.clusters import ClusterFinder
from extract.annotate.lexicon import load


@pytest.fixture(scope="module")
def finder():
    return ClusterFinder()


def names(finder, text):
    return {(text[start:end], canonical) for start, end, canonical in finder.find(text)}


@pytest.mark.parametrize("text, name", [
    ("Tindra Onco is an oncology research and industry cluster dedicated to cancer.", "Tindra Onco"),
    ("Havbris is a cluster of 90 companies and research groups.", "Havbris"),
    ("Fjordlys er en næringsklynge for havbruk på Nordmøre.", "Fjordlys"),
    ("Fjordlys er ei næringsklynge for havbruk på Nordmøre.", "Fjordlys"),
    ("Fjordlys er eit nettverk og ei klynge for havbruk.", "Fjordlys"),
])
def test_a_name_defined_as_a_cluster_is_one(finder, text, name):
    assert (name, name) in names(finder, text)


@pytest.mark.parametrize("text", [
    "It is a cluster of firms.",
    "This is an industry cluster.",
    "Innovation Norway is a cluster programme owner.",
    "Det er ei klynge for havbruk.",
    "Norway is a cluster nation.",
])
def test_a_pronoun_a_body_or_a_place_defined_as_a_cluster_is_none(finder, text):
    assert names(finder, text) == set()


def test_a_place_after_i_is_no_defined_cluster(finder):
    text = "Arctic Havbris Cluster i Førde is an industry cluster with 90 members."
    assert {name for name, _canonical in names(finder, text)} == {"Arctic Havbris Cluster"}


def test_a_registry_name_is_not_merged_into_a_heading_that_extends_it(annotate_text):
    doc = annotate_text("Participating GCE Ocean Technology companies:\n\nGCE Ocean Technology RD&I projects:\n\n"
                        "Ocean Technology receives GCE status.")
    assert {s.text: s._.canonical for s in doc.spans["clusters"]}["Ocean Technology"] == "Ocean Technology"


def test_no_known_name_opens_with_a_word_for_cluster():
    """"Klyngen Nordic Edge" is Nordic Edge: "klyngen" introduces a name, it is none of it."""
    data = load("clusters")
    cues = {word.lower() for word in data["cue_words"]}
    assert [c["name"] for c in data["known"] if c["name"].split(" ")[0].lower() in cues] == []
