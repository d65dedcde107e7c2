"""Organisations over tokens: known names (aliases, genitives, over a line break) and
capitalised words before an organisation word, as the text reads them."""

import pytest

from extract.annotate.organizations import OrganizationMatcher


@pytest.fixture(scope="module")
def find(rules_nlp):
    matcher = OrganizationMatcher(rules_nlp)

    def find(text):
        return matcher.find(rules_nlp.make_doc(text))
    return find


def names(found):
    doc = found.doc
    return [(doc[c.start:c.end].text, c.name) for c in found.spans()]


@pytest.mark.parametrize("text, expected", [
    ("Hun leder Innovasjon Noreg Vestland.", [("Innovasjon Noreg", "Innovasjon Norge")]),
    ("Forskningsrådets direktør kom.", [("Forskningsrådets", "Norges forskningsråd")]),
    ("Sjefen i Nammo AS Holding og Hedmark fylkeskommune.",
     [("Nammo AS Holding", "Nammo AS Holding"), ("Hedmark fylkeskommune", "Hedmark fylkeskommune")]),
    ("Hun er Innovasjon Norge-direktør.", []),  # a compound, not the name
    ("Frå Innovasjon\nNorge kom ingen.", [("Innovasjon\nNorge", "Innovasjon\nNorge")]),  # named as written
])
def test_organisations_as_the_text_reads_them(find, text, expected):
    assert names(find(text)) == expected


def test_the_name_a_text_opens_with(find):
    found = find("Innovasjon Norges Anita Krohn Traaseth")
    assert found.at(0, 5).name == "Innovasjon Norge"
    assert found.at(0, 2, genitive=True).name == "Innovasjon Norge"
    assert found.at(1, 5) is None


def test_a_genitive_text_ends_before_the_s(find):
    found = find("Norwegian Innovation Clusters leder")  # "Norwegian Innovation Cluster" names nothing known
    assert found.at(0, 3).name == "Norwegian Innovation Clusters"
    assert found.at(0, 3, genitive=True) is None


@pytest.mark.parametrize("text, expected", [
    # the genitive of an organisation word: named without the -s
    ("Det sier Viken fylkeskommunes fylkesdirektør.", [("Viken fylkeskommunes", "Viken fylkeskommune")]),
    ("Det seier Kongsberg Gruppens sjef.", [("Kongsberg Gruppens", "Kongsberg Gruppen")]),
    # a region named with "og" before the organisation word
    ("Hun er rådgiver i Møre og Romsdal fylkeskommune.",
     [("Møre og Romsdal fylkeskommune", "Møre og Romsdal fylkeskommune")]),
    ("Det seier Troms og Finnmark fylkeskommunes leiar.",
     [("Troms og Finnmark fylkeskommunes", "Troms og Finnmark fylkeskommune")]),
    # a body named in one compound word, in either case, with a first half joined by "og"
    ("Han er rådgiver i finansdepartementet.", [("finansdepartementet", "finansdepartementet")]),
    ("Det seier helse- og omsorgsdepartementets pressevakt.",
     [("helse- og omsorgsdepartementets", "helse- og omsorgsdepartementet")]),
    ("Barne- og familiedepartementet svarer.", [("Barne- og familiedepartementet", "Barne- og familiedepartementet")]),
    ("Hun leder Helsedirektoratet.", [("Helsedirektoratet", "Helsedirektoratet")]),
    ("Departementet svarer ikke.", []),  # the bare noun refers back, it names nothing
])
def test_genitives_regions_and_compound_bodies(find, text, expected):
    assert names(find(text)) == expected
