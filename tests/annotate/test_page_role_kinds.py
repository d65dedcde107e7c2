"""Kinds of person roles the real cluster pages showed and the rules got wrong, each in Bokmål and
Nynorsk with invented names: an agency's organisation by its registry name whatever form the text
writes (organizations.yaml: "Innovasjon Noreg" is Innovasjon Norge); roles chained after a person's first role; an organisation the model cut short or took for a thing; a
unit between the title and the organisation; "til daglig" before a title; a person named again by
the last word of the name; a project named before the organisation that runs it; an organisation in
a parenthesis after a name under a plural title; an organisation's name with capitals inside; in
English, a minister's portfolio before the name ("Minister of Trade and Industry Kari Lie"). Generated
variants of the kinds are in test_page_role_variants.py and tests/data/role_variants.yaml."""

from __future__ import annotations

import pytest

from tests.annotate.test_page_roles import roles_of


@pytest.mark.parametrize("text, expected", [
    ("– Vi er glade, sier Sølvi Granberg, administrerende direktør i Forskningsrådet.",
     ("Sølvi Granberg", "administrerende direktør", "Norges forskningsråd")),
    ("– Vi er glade, seier Sølvi Granberg, administrerande direktør i Noregs forskingsråd.",
     ("Sølvi Granberg", "administrerande direktør", "Norges forskningsråd")),
    ("– Det hastar, seier seniorrådgjevar Eldar Kvilstad i Innovasjon Noreg.",
     ("Eldar Kvilstad", "seniorrådgjevar", "Innovasjon Norge")),
    ("Forskingsrådets direktør Eldar Kvilstad var til stades.", ("Eldar Kvilstad", "direktør", "Norges forskningsråd")),
])
def test_an_agency_is_named_by_its_registry_name(rules_nlp, text, expected):
    assert expected in roles_of(rules_nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("– Det er viktig, sier Ragnhild Tveitås, teknologileder i Brekkeklyngen, prosjektleder i Prosess12 "
     "og leder for Fjordbatteri Norge.",
     {("Ragnhild Tveitås", "teknologileder", "Brekkeklyngen"), ("Ragnhild Tveitås", "prosjektleder", "Prosess12"),
      ("Ragnhild Tveitås", "leder", "Fjordbatteri Norge")}),
    ("– Det er viktig, seier Ragnhild Tveitås, teknologileiar i Brekkeklynga, prosjektleiar i Prosess12 "
     "og leiar for Fjordbatteri Noreg.",
     {("Ragnhild Tveitås", "teknologileiar", "Brekkeklynga"), ("Ragnhild Tveitås", "prosjektleiar", "Prosess12"),
      ("Ragnhild Tveitås", "leiar", "Fjordbatteri Noreg")}),
])
def test_roles_chained_after_a_named_role_belong_to_that_person(nlp, text, expected):
    assert expected <= roles_of(nlp, text)


@pytest.mark.parametrize("text, other", [
    ("Kari Lyngstad, leder i Aalvik Havn, og styrelederen i Bryne Fisk mener noe annet.", "styreleder"),
    ("Kari Lyngstad, leiar i Aalvik Hamn, og styreleiaren i Bryne Fisk meiner noko anna.", "styreleiar"),
])
def test_a_definite_title_after_a_named_role_is_another_person(nlp, text, other):
    assert not [row for row in roles_of(nlp, text) if row[1] == other and row[0]]


@pytest.mark.parametrize("text, expected", [
    ("– Vi er i rute, sier Åsmund Rødvik, som er klyngeleder for Tindkraft og direktør i HAVTEK Raufoss Manufacturing.",
     ("Åsmund Rødvik", "direktør", "HAVTEK Raufoss Manufacturing")),
    ("– Vi er i rute, seier Åsmund Rødvik, som er klyngeleiar for Tindkraft og direktør i HAVTEK Raufoss Manufacturing.",
     ("Åsmund Rødvik", "direktør", "HAVTEK Raufoss Manufacturing")),
    ("Stig Holmefjord, daglig leder i Maskinutvikling, er styreleder i klyngen.",
     ("Stig Holmefjord", "daglig leder", "Maskinutvikling")),
    ("Ola Brekkå, dagleg leiar i Transportutvikling, er styreleiar i klynga.",
     ("Ola Brekkå", "dagleg leiar", "Transportutvikling")),
])
def test_an_organisation_the_model_cut_short_or_took_for_a_thing(nlp, text, expected):
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("– Vi satser videre, sier Tormod Eikrem, programleder for Arena i Innovasjon Norge.",
     ("Tormod Eikrem", "programleder for Arena", "Innovasjon Norge")),
    ("– Vi satsar vidare, seier Tormod Eikrem, programleiar for Arena i Innovasjon Noreg.",
     ("Tormod Eikrem", "programleiar for Arena", "Innovasjon Norge")),
    ("Det sier Signe Rambøl som er klyngerådgiver for Vestlandet i Innovasjon Norge.",
     ("Signe Rambøl", "klyngerådgiver for Vestlandet", "Innovasjon Norge")),
    ("– Det hastar, seier Signe Rambøl, direktør Divisjon Havbruk i Fjordkraft Holding.",
     ("Signe Rambøl", "direktør Divisjon Havbruk", "Fjordkraft Holding")),
])
def test_a_unit_between_title_and_organisation_is_part_of_the_role(nlp, text, expected):
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("text, kept", [
    ("– Det sier Kari Lie, daglig leder i Nofima i Tromsø.", ("Kari Lie", "daglig leder", "Nofima")),
    ("– Det seier Kari Lie, dagleg leiar i Nofima i Tromsø.", ("Kari Lie", "dagleg leiar", "Nofima")),
])
def test_a_place_after_the_organisation_is_no_organisation(nlp, text, kept):
    assert kept in roles_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Gunnar Vikeså er ny styreleder. Vikeså er til daglig forskningssjef i Havlab Norge.",
     ("Vikeså", "forskningssjef", "Havlab Norge")),
    ("Gunnar Vikeså er ny styreleiar. Vikeså er til dagleg forskingssjef i Havlab Noreg.",
     ("Vikeså", "forskingssjef", "Havlab Noreg")),
])
def test_til_daglig_says_when_not_which_title(nlp, text, expected):
    found = roles_of(nlp, text)
    assert expected in found and not [row for row in found if row[1].startswith(("daglig", "dagleg"))]


@pytest.mark.parametrize("text, expected", [
    ("Geir Solmo er valgt til ny leder. Solmo er også prosjektleder i Strøsæter Havbruk AS.",
     ("Solmo", "prosjektleder", "Strøsæter Havbruk AS")),
    ("Geir Solmo er vald til ny leiar. Solmo er òg prosjektleiar i Strøsæter Havbruk AS.",
     ("Solmo", "prosjektleiar", "Strøsæter Havbruk AS")),
])
def test_a_person_named_again_by_the_last_name(nlp, text, expected):
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Silje Melsæter, rådgiver i Strøvik Sparebank, styreleder i Solberg Energi AS, åpnet møtet.",
     ("Silje Melsæter", "rådgiver", "Strøvik Sparebank")),
    ("Silje Melsæter, rådgjevar i Strøvik Sparebank, styreleiar i Solberg Energi AS, opna møtet.",
     ("Silje Melsæter", "rådgjevar", "Strøvik Sparebank")),
])
def test_a_savings_bank_is_an_organisation(nlp, text, expected):
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Hun kommer fra stillingen som prosjektleder for Bygg-Tre-Vekst i Lidmo Skog SA. Kari Lidmo er klar.",
     (None, "prosjektleder", "Bygg-Tre-Vekst")),
    ("Ho kjem frå stillinga som prosjektleiar for Bygg-Tre-Vekst i Lidmo Skog SA. Kari Lidmo er klar.",
     (None, "prosjektleiar", "Bygg-Tre-Vekst")),
])
def test_a_project_named_before_the_organisation_that_runs_it(rules_nlp, text, expected):
    assert expected in roles_of(rules_nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Avisa møtte klyngelederne Kari Vestrheim (NCE Tidevann), Oda Brattli (Havbris Cluster) og Per Lunde "
     "(GCE Polarlys) for å høre om planene.",
     {("Kari Vestrheim", "klyngeleder", "NCE Tidevann"), ("Oda Brattli", "klyngeleder", "Havbris Cluster"),
      ("Per Lunde", "klyngeleder", "GCE Polarlys")}),
    ("Avisa møtte klyngeleiarane Kari Vestrheim (NCE Tidevann), Oda Brattli (Havbris Cluster) og Per Lunde "
     "(GCE Polarlys) for å høyre om planane.",
     {("Kari Vestrheim", "klyngeleiar", "NCE Tidevann"), ("Oda Brattli", "klyngeleiar", "Havbris Cluster"),
      ("Per Lunde", "klyngeleiar", "GCE Polarlys")}),
])
def test_a_parenthesis_after_a_name_holds_its_organisation(nlp, text, expected):
    assert expected <= roles_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("– Det er gunstig, sier klyngelederne Kari Vestrheim i Havbris Cluster og Oda Brattli i fiskARENA.",
     ("Oda Brattli", "klyngeleder", "fiskARENA")),
    ("– Det er gunstig, seier klyngeleiarane Kari Vestrheim i Havbris Cluster og Oda Brattli i fiskARENA.",
     ("Oda Brattli", "klyngeleiar", "fiskARENA")),
])
def test_an_organisation_with_capitals_inside(nlp, text, expected):
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The funds were given by Minister of Fisheries and Ocean Policy Kari Brekkhus in the budget.",
     ("Kari Brekkhus", "minister of fisheries and ocean policy", None)),
    ("We sent a letter to the Minister of Trade and Industry Kari Brekkhus, asking for a strategy.",
     ("Kari Brekkhus", "minister of trade and industry", None)),
])
def test_a_ministers_portfolio_before_the_name_is_part_of_the_role(nlp, text, expected):
    assert expected in roles_of(nlp, text, language="en")
