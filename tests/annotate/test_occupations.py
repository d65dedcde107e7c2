"""Roles whose title no list knows: an occupation (an agent noun, "møbelsnekker", "landslagsløpar")
is a role where it stands in a role position next to a name, in both standards; one row per
coordinated role; nouns of the stop list, describing definite forms and verbs are none."""

import pytest

from extract.annotate.titles import TitleLexicon


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("word, expected", [
    ("møbelsnekker", ("møbelsnekker", False)),
    ("møbelsnikkarane", ("møbelsnikkar", True)),
    ("sandvolleyballspillerne", ("sandvolleyballspiller", True)),
    ("Landslagsløpar", ("landslagsløpar", False)),
    ("forretningsmannen", ("forretningsmann", False)),
    ("investorer", ("investor", True)),
    ("forsvarer", ("forsvarer", False)),  # a singular in -arer, not the plural of "forsvar"
    ("gratulerer", None),  # -erer: a verb
    ("verdensstjerne", None),
    ("sølvvinner", None),  # the stop list holds for compounds
    ("storebror", None),
    ("russerne", None),
])
def test_occupation_base_form_and_number(word, expected):
    assert TitleLexicon().occupation(word) == expected


@pytest.mark.parametrize("text, expected", [
    # right before a name, no article
    ("– Det er bra, sa møbelsnekker Kari Brenna.", {("Kari Brenna", "møbelsnekker", None)}),
    ("– Det er bra, sa møbelsnikkar Kari Brenna.", {("Kari Brenna", "møbelsnikkar", None)}),
    ("Landslagsløper Hege Bøkko konkurrerte i går.", {("Hege Bøkko", "landslagsløper", None)}),
    ("Landslagsløpar Hege Bøkko konkurrerte i går.", {("Hege Bøkko", "landslagsløpar", None)}),
    # two roles joined by "og": one row each
    ("Ifølge avisen er en av dem skipsreder og investor John Fredriksen.",
     {("John Fredriksen", "skipsreder", None), ("John Fredriksen", "investor", None)}),
    ("Ifølge avisa er ein av dei skipsreiar og investor John Fredriksen.",
     {("John Fredriksen", "skipsreiar", None), ("John Fredriksen", "investor", None)}),
    ("Forretningsmannen og eiendomsutvikleren Kolbjørn Selmer eier hester.",
     {("Kolbjørn Selmer", "forretningsmann", None), ("Kolbjørn Selmer", "eiendomsutvikler", None)}),
    # in apposition
    ("Kari Brenna, fiolinist og dirigent, mener at orkesteret trenger penger.",
     {("Kari Brenna", "fiolinist", None), ("Kari Brenna", "dirigent", None)}),
    ("Kari Brenna, fiolinist og dirigent, meiner at orkesteret treng pengar.",
     {("Kari Brenna", "fiolinist", None), ("Kari Brenna", "dirigent", None)}),
    # in parentheses
    ("Møtet ble ledet av Per Olsen (tømrer).", {("Per Olsen", "tømrer", None)}),
    ("Møtet vart leia av Per Olsen (tømrar).", {("Per Olsen", "tømrar", None)}),
    # said by "er", straight or in a relative clause
    ("Kari Nordvik er serieskaper.", {("Kari Nordvik", "serieskaper", None)}),
    ("Kari Nordvik er serieskapar.", {("Kari Nordvik", "serieskapar", None)}),
    ("Christian Wiig, som er mannens forsvarer, sier at dommen ankes.", {("Christian Wiig", "forsvarer", None)}),
    # a plural over a list of names, past a parenthesis
    ("Sandvolleyballspillerne Anders Mol (bildet) og Christian Sørum er klare for semifinale.",
     {("Anders Mol", "sandvolleyballspiller", None), ("Christian Sørum", "sandvolleyballspiller", None)}),
    ("Sandvolleyballspelarane Anders Mol (biletet) og Christian Sørum er klare for semifinale.",
     {("Anders Mol", "sandvolleyballspelar", None), ("Christian Sørum", "sandvolleyballspelar", None)}),
    # after a word of hiring
    ("Silje Årdal ble i går ansatt som fiolinist.", {("Silje Årdal", "fiolinist", None)}),
    ("Silje Årdal vart i går tilsett som fiolinist.", {("Silje Årdal", "fiolinist", None)}),
])
def test_occupation_in_a_role_position(annotate_full, text, expected):
    assert roles(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Skiskytteren Johannes Thingnes Bøe kan vinne tre priser.",  # a definite singular describes
    "Skiskyttaren Johannes Thingnes Bø kan vinne tre prisar.",
    "Norge vant over russerne Ruslan Bykanov og Valerij Samodaj.",  # the stop list
    "Sølvvinner Mack Horton protesterte mot gullvinneren.",
    "Deretter Henrik Rukke og Håvard Lorentzen.",
    "Kommer Zara Larsson til Norge?",  # a verb
    "– Det er med stolthet vi kan si at Zara Larsson, kommer til Idyll 2020!",
    "Det gratulerer Kari Hansen og Ola Nordmann med.",
])
def test_no_role_from_a_word_that_names_none(annotate_full, text):
    assert roles(annotate_full(text)) == set()


def test_a_coordination_inside_a_compound_stays_one_role(annotate_full):
    doc = annotate_full("Kjell Ingolf Ropstad er barne- og familieminister.")
    assert roles(doc) == {("Kjell Ingolf Ropstad", "barne- og familieminister", None)}
