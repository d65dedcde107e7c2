"""The organisation that follows a titled name alone (``roles/parenthesised.py``): in a parenthesis ("Kari Lie
(Havbris)") or, in a caption, after a comma up to the next comma, "og" or the end ("(fra venstre) statssekretær
Kari Lie, Kommunal- og regionaldepartementet og ..."); a place there is where the person is from (session 24,
real pages; Bokmål and Nynorsk, invented names)."""

import pytest

from tests.annotate.test_page_roles import roles_of


@pytest.mark.parametrize("text, expected", [
    ("Klyngen ble gratulert av (fra venstre) statssekretær Kari Nordvik, Kommunal- og regionaldepartementet og "
     "statssekretær Ola Lien i Nærings- og handelsdepartementet.",
     {("Kari Nordvik", "statssekretær", "Kommunal- og regionaldepartementet"),
      ("Ola Lien", "statssekretær", "Nærings- og handelsdepartementet")}),
    ("Klynga vart gratulert av (frå venstre) statssekretær Kari Nordvik, Kommunal- og regionaldepartementet, og "
     "rådgjevar Ola Lien, Fjordkraft.",
     {("Kari Nordvik", "statssekretær", "Kommunal- og regionaldepartementet"), ("Ola Lien", "rådgjevar", "Fjordkraft")}),
    ("På bildet: statssekretær Kari Nordvik, Klima- og miljødepartementet, og daglig leder Ola Lien, Fjordkraft AS.",
     {("Kari Nordvik", "statssekretær", "Klima- og miljødepartementet"), ("Ola Lien", "daglig leder", "Fjordkraft AS")}),
])
def test_an_organisation_after_a_titled_name_and_a_comma(nlp, text, expected):
    assert expected <= roles_of(nlp, text)


@pytest.mark.parametrize("text", ["Det sa statssekretær Kari Nordvik, Bergen, i går.",
                                  "Det sa statssekretær Kari Nordvik, Bergen, i går kveld."])
def test_a_place_after_the_comma_is_no_organisation(nlp, text):
    assert ("Kari Nordvik", "statssekretær", None) in roles_of(nlp, text)


# the words after "NAME, TITLE" that the model takes for a person name where the title is held (``firm_names``)
@pytest.mark.parametrize("text, expected", [
    ("Fra venstre foran: Kari Nordvik Lund, daglig leder IFA, Petter Sand, daglig leder Havbruk Valley, Siv Rød, "
     "styreleder Solklyngen.", {("Petter Sand", "daglig leder", "Havbruk Valley"), ("Siv Rød", "styreleder", "Solklyngen")}),
    ("Frå venstre: Petter Sand, dagleg leiar Havbruk Valley, og Siv Rød.", {("Petter Sand", "dagleg leiar", "Havbruk Valley")}),
    ("– Det er bra, sier Per Olsen, adm. dir Fjellmat.", {("Per Olsen", "administrerende direktør", "Fjellmat")}),
    ("– Det er bra, seier Per Olsen, dagleg leiar Fjellmat.", {("Per Olsen", "dagleg leiar", "Fjellmat")}),
])
def test_a_firm_after_a_named_person_s_title(nlp, text, expected):
    found = roles_of(nlp, text)
    assert expected <= found and not [row for row in found if row[0] in {"Havbruk Valley", "Fjellmat"}]


@pytest.mark.parametrize("text", ["Fra venstre: Kari Li, styreleder Ola Dal og Siv Rød.",
                                  "Frå venstre: Kari Li, styreleiar Ola Dal og Siv Rød."])
def test_a_titled_first_name_after_the_comma_is_a_person(nlp, text):
    assert any(row[0] == "Ola Dal" for row in roles_of(nlp, text))
