"""Board and staff lists (``roles/staff_lists.py``): a line of titles over lines of "NAME, ORG",
"TITLE: NAME, ORG; NAME, ORG" and "• TITLE: NAME – ORG." on one line, and a board that "består av"
names each "fra ORG": each name holds the title in the singular with the organisation written
after it. Bokmål and Nynorsk, invented names."""

from __future__ import annotations

import pytest

from tests.annotate.test_entities import annotate_with_ents  # noqa: F401  (fixture)
from tests.annotate.test_page_roles import roles_of

HEADED = ("Styret\n\nStyreleder, prosjektleder\nHåvard Lindtveit, Brekkeplast\n{admin}, sekretær\n"
          "Oda Fjellstrøm, Nordkapp Utvikling\nStyremedlemmer:\nJon B. Vatne, Havlandet universitet\n"
          "Ragnar Tøsse, Sjøkraft Seafood\nVaramedlemmer:\nSigrid Myrvold, Fjellstad Fisk\n\n{after}")


@pytest.mark.parametrize("text, lead", [
    (HEADED.format(admin="Administrativ leder", after="Styret møtes fire ganger i året."), "styreleder"),
    (HEADED.format(admin="Administrativ leder", after="Styret møtest fire gonger i året.")
     .replace("Styreleder, prosjektleder", "Styreleiar, prosjektleiar"), "styreleiar"),
])
def test_a_line_of_titles_over_lines_of_names_and_organisations(nlp, text, lead):
    found = roles_of(nlp, text)
    assert {("Håvard Lindtveit", lead, "Brekkeplast"),
            ("Jon B. Vatne", "styremedlem", "Havlandet universitet"),
            ("Ragnar Tøsse", "styremedlem", "Sjøkraft Seafood"),
            ("Sigrid Myrvold", "varamedlem", "Fjellstad Fisk")} <= found
    assert not [row for row in found if row[0] in {"Brekkeplast", "Sjøkraft Seafood", "Fjellstad Fisk"}]


@pytest.mark.parametrize("text, title", [
    ("Dette er det sittende styret:\n\nAdministrativ leder, sekretær: Kari Dahle, Visborg\n"
     "Styremedlemmer: Jon B. Vatne, Havlandet universitet; Ragnar Tøsse, Sjøkraft Seafood; Arne Brudvik, Kystlaks\n"
     "Varamedlemmer: Sigrid Myrvold, Fjellstad Fisk", "administrativ leder"),
    ("Dette er det sitjande styret:\n\nAdministrativ leiar, sekretær: Kari Dahle, Visborg\n"
     "Styremedlemmer: Jon B. Vatne, Havlandet universitet; Ragnar Tøsse, Sjøkraft Seafood; Arne Brudvik, Kystlaks\n"
     "Varamedlemmer: Sigrid Myrvold, Fjellstad Fisk", "administrativ leiar"),
])
def test_titles_and_a_list_of_names_with_organisations_on_one_line(nlp, text, title):
    found = roles_of(nlp, text)
    assert {("Kari Dahle", title, "Visborg"), ("Jon B. Vatne", "styremedlem", "Havlandet universitet"),
            ("Ragnar Tøsse", "styremedlem", "Sjøkraft Seafood"), ("Arne Brudvik", "styremedlem", "Kystlaks"),
            ("Sigrid Myrvold", "varamedlem", "Fjellstad Fisk")} <= found
    assert ("Kari Dahle", "sekretær", None) not in found


@pytest.mark.parametrize("text", [
    "Det nye styret:\n • Styremedlem: Hanne Dalsbø – Torvik Marin.\n • Varamedlem: Ola Tveitnes – Havlandet universitet.",
    "Det nye styret:\n • Styremedlem: Hanne Dalsbø – Torvik Marin.\n • Varamedlem: Ola Tveitnes – Havlandet universitet.\n\n"
    "Dei to går inn i styret no.",
])
def test_bulleted_titles_with_a_name_and_its_organisation(nlp, text):
    found = roles_of(nlp, text)
    assert {("Hanne Dalsbø", "styremedlem", "Torvik Marin"),
            ("Ola Tveitnes", "varamedlem", "Havlandet universitet")} <= found


@pytest.mark.parametrize("text", [
    "Styret i Fiskeklynge Vestvåg består av Tom Harald Krok fra Polarfisk, Martin Bergseth fra Bøvik Sveis, "
    "Rita Kvamme fra Brødrene Kvamme og Elise Bratt fra Innovasjon Norge. Daglig leder er Ola Dal.",
    "Styret i Fiskeklynge Vestvåg består av Tom Harald Krok frå Polarfisk, Martin Bergseth frå Bøvik Sveis, "
    "Rita Kvamme frå Brødrene Kvamme og Elise Bratt frå Innovasjon Norge. Dagleg leiar er Ola Dal.",
])
def test_a_board_that_consists_of_listed_names(nlp, text):
    found = roles_of(nlp, text)
    assert {("Tom Harald Krok", "styremedlem", "Polarfisk"), ("Martin Bergseth", "styremedlem", "Bøvik Sveis"),
            ("Rita Kvamme", "styremedlem", "Brødrene Kvamme"),
            ("Elise Bratt", "styremedlem", "Innovasjon Norge")} <= found


@pytest.mark.parametrize("text", [
    "Styreleder\nHåvard Lindtveit sier at styret er fornøyd, og Oda Fjellstrøm er enig.",
    "Styreleiar\nHåvard Lindtveit seier at styret er nøgd, og Oda Fjellstrøm er einig.",
])
def test_a_sentence_under_a_title_is_no_list(nlp, text):
    assert not [row for row in roles_of(nlp, text) if row[0] == "Oda Fjellstrøm"]


@pytest.mark.parametrize("text", [
    "Fra venstre: Kari Dahle, administrerende direktør Fjordkraft; Per Ottesen, verkssjef Alnor Metall; "
    "Trond Lykke, daglig leder Brekke Stål as; Tone Vik, prosjektleder Kunnskapsparken Vestby.",
    "Frå venstre: Kari Dahle, administrerande direktør Fjordkraft; Per Ottesen, verkssjef Alnor Metall; "
    "Trond Lykke, dagleg leiar Brekke Stål as; Tone Vik, prosjektleiar Kunnskapsparken Vestby.",
])
def test_an_organisation_straight_after_the_title_in_a_list_item(nlp, text):
    found = roles_of(nlp, text)
    nynorsk = "Frå" in text
    assert {("Kari Dahle", "administrerande direktør" if nynorsk else "administrerende direktør", "Fjordkraft"),
            ("Per Ottesen", "verkssjef", "Alnor Metall"),
            ("Trond Lykke", "dagleg leiar" if nynorsk else "daglig leder", "Brekke Stål as"),
            ("Tone Vik", "prosjektleiar" if nynorsk else "prosjektleder", "Kunnskapsparken Vestby")} <= found
    assert not [row for row in found if row[0] in {"Fjordkraft", "Alnor Metall", "Brekke Stål", "Kunnskapsparken Vestby"}]


@pytest.mark.parametrize("text, expected", [
    ("Fra venstre Linda Sande fra Innovasjon Norge, Kjell Myran (styringsgruppeleder, Energi i Sør), "
     "Mona Pettersen, (prosjektleder, Kunnskapsparken Vestby) og Janne Ås (statssekretær, Nærings- og fiskeridepartementet).",
     {("Kjell Myran", "styringsgruppeleder", "Energi i Sør"), ("Mona Pettersen", "prosjektleder", "Kunnskapsparken Vestby"),
      ("Janne Ås", "statssekretær", "Nærings- og fiskeridepartementet")}),
    ("Frå venstre Linda Sande frå Innovasjon Noreg, Kjell Myran (styringsgruppeleiar, Energi i Sør), "
     "Mona Pettersen, (prosjektleiar, Kunnskapsparken Vestby) og Janne Ås (statssekretær, Nærings- og fiskeridepartementet).",
     {("Kjell Myran", "styringsgruppeleiar", "Energi i Sør"), ("Mona Pettersen", "prosjektleiar", "Kunnskapsparken Vestby"),
      ("Janne Ås", "statssekretær", "Nærings- og fiskeridepartementet")}),
    ("Gruppa består av Knut Sennerud (Innovasjon Norge) og Zølvi Pettersen (prosjektleder Bioklynge Sør).",
     {("Zølvi Pettersen", "prosjektleder", "Bioklynge Sør")}),
    ("Gruppa består av Knut Sennerud (Innovasjon Noreg) og Zølvi Pettersen (prosjektleiar Bioklynge Sør).",
     {("Zølvi Pettersen", "prosjektleiar", "Bioklynge Sør")}),
])
def test_a_title_and_its_organisation_in_brackets_after_a_name(nlp, text, expected):
    found = roles_of(nlp, text)
    assert expected <= found
    assert not [row for row in found if row[0] in {"Bioklynge Sør", "Kunnskapsparken Vestby"}]


@pytest.mark.parametrize("text", [
    "– Det går bra, sier Kari Dahle, daglig leder Ola Brekke og styreleder Per Dal.",
    "– Det går bra, seier Kari Dahle, dagleg leiar Ola Brekke og styreleiar Per Dal.",
])
def test_a_name_after_a_title_is_no_organisation(nlp, text):
    assert not [row for row in roles_of(nlp, text) if row[2] and row[2].startswith("Ola")]


@pytest.mark.parametrize("text, title", [
    ("– Kunnskap er viktig, sier styreleder Einar Wiik, CEO Fjordlaks Group.", "styreleder"),
    ("– Kunnskap er viktig, seier styreleiar Einar Wiik, CEO Fjordlaks Group.", "styreleiar"),
])
def test_a_title_before_the_name_stays_beside_the_item_after_it(nlp, text, title):
    found = roles_of(nlp, text)
    assert {("Einar Wiik", title, None), ("Einar Wiik", "ceo", "Fjordlaks Group")} <= found


@pytest.mark.parametrize("text", [
    "Med seg hadde treneren assistenttrenerne Mikkel Carlsen og Kristian Moe, keepertrener Emilio Alvares og "
    "klubblegenden Bryan Robbins.",
    "Med seg hadde trenaren assistenttrenarane Mikkel Carlsen og Kristian Moe, keepartrenar Emilio Alvares og "
    "klubblegenda Bryan Robbins.",
])
def test_a_titled_name_after_a_comma_in_a_sentence_is_no_organisation(nlp, text):
    assert not [row for row in roles_of(nlp, text) if row[2] and "Alvares" in row[2]]


@pytest.mark.parametrize("text, role", [
    ("Delegatene oppnevnte en styringsgruppe bestående av; Steffen Moe-Holst (Fjordforsk), Nina Hjelle (Ballard) og "
     "Vegard Fredriksen (Hexagon). Daglig leder er Ola Dal.", "medlem av styringsgruppen"),
    ("Styringsgruppa består av Steffen Moe-Holst (Fjordforsk), Nina Hjelle (Ballard) og Vegard Fredriksen (Hexagon). "
     "Dagleg leiar er Ola Dal.", "medlem av styringsgruppa"),
])
def test_a_steering_group_that_consists_of_names_with_their_organisations(nlp, text, role):
    assert {("Steffen Moe-Holst", role, "Fjordforsk"), ("Nina Hjelle", role, "Ballard"),
            ("Vegard Fredriksen", role, "Hexagon")} <= roles_of(nlp, text)


@pytest.mark.parametrize("text, title", [
    ("Fra venstre: Frode Holm, Klyngeleder Ocean Drone Cluster, Margrethe Ringdal Skjold, Seniorkonsulent Impulsa, "
     "og Bård Eide, Daglig Leder Trondheimsnæring.", "daglig leder"),
    ("Frå venstre: Frode Holm, Klyngeleiar Ocean Drone Cluster, Margrethe Ringdal Skjold, Seniorkonsulent Impulsa, "
     "og Bård Eide, Dagleg Leiar Trondheimsnæring.", "dagleg leiar"),
])
def test_a_comma_list_of_capitalised_titles_and_organisations(annotate_with_ents, text, title):
    ents = {"Frode Holm": "PER", "Margrethe Ringdal Skjold": "PER", "Impulsa": "PER", "Bård Eide": "PER"}
    doc = annotate_with_ents(text, ents)
    found = {(s._.role["person"], s._.role["role"], s._.role["organization"]) for s in doc.spans["roles"]}
    assert {("Margrethe Ringdal Skjold", "seniorkonsulent", "Impulsa"), ("Bård Eide", title, "Trondheimsnæring")} <= found
    assert not [row for row in found if row[0] == "Impulsa"]


@pytest.mark.parametrize("text, expected", [
    ("Årsmøtet ble ledet av styreleder Kari Lie.\n\nStyre:\n\nHåvard Lindtveit, Brekkeplast AS, gjenvalgt for 1 år\n\n"
     "Oda Fjellstrøm, Nordkapp Utvikling, ikke på valg.\n\nValgkomite:\n\nJon Vatne, Havlandet AS, valgt for 2 år",
     {("Håvard Lindtveit", "styremedlem", "Brekkeplast AS"), ("Oda Fjellstrøm", "styremedlem", "Nordkapp Utvikling"),
      ("Jon Vatne", "medlem av valgkomiteen", "Havlandet AS")}),
    ("Årsmøtet vart leia av styreleiar Kari Lie.\n\nDette er den nye styringsgruppa i Brekkeklynga:\n\n"
     "Håvard Lindtveit, Brekkeplast (1 år)\n\nOda Fjellstrøm, Nordkapp Utvikling (2 år)\n\nValnemnd:\n\n"
     "Jon Vatne, Havlandet AS, attvald for 2 år",
     {("Håvard Lindtveit", "medlem av styringsgruppa", "Brekkeplast"),
      ("Oda Fjellstrøm", "medlem av styringsgruppa", "Nordkapp Utvikling"),
      ("Jon Vatne", "medlem av valnemnda", "Havlandet AS")}),
])
def test_a_bodys_label_over_members_with_their_terms(nlp, text, expected):
    """A body's label closed by a colon ("Styre:", "Valgkomite:") over lines of "NAME, ORG" with the term of
    office after it ("gjenvalgt for 1 år", "(2 år)"): each name a member, the organisation before the note."""
    assert expected <= roles_of(nlp, text)


# Session 24 (real pages): bulleted items under a plural title or a body's label ("Observatører:" / " • NAME, ORG"),
# and "observatør" a title.
@pytest.mark.parametrize("text, role", [
    ("Styret ble valgt på årsmøtet.\nObservatører:\n • Kari Nordvik, Innovasjon Norge\n • Ola Lien, Agder fylkeskommune",
     "observatør"),
    ("Styret vart valt på årsmøtet.\nObservatørar:\n • Kari Nordvik, Innovasjon Norge\n • Ola Lien, Agder fylkeskommune",
     "observatør"),
    ("Styret ble valgt.\nVararepresentanter:\n• Kari Nordvik, Innovasjon Norge\n• Ola Lien, Agder fylkeskommune",
     "vararepresentant"),
    ("Styret vart valt.\nVararepresentantar:\n• Kari Nordvik, Innovasjon Norge\n• Ola Lien, Agder fylkeskommune",
     "vararepresentant"),
])
def test_bulleted_items_under_a_plural_title(nlp, text, role):
    assert {("Kari Nordvik", role, "Innovasjon Norge"), ("Ola Lien", role, "Agder fylkeskommune")} <= roles_of(nlp, text)


@pytest.mark.parametrize("text", ["Styret:\n • Kari Nordvik, Fjordkraft\n • Konstituert styreleder: Ola Lien, Nordlys",
                                  "Styret:\n • Kari Nordvik, Fjordkraft\n • Konstituert styreleiar: Ola Lien, Nordlys"])
def test_bulleted_items_under_a_body_label(nlp, text):
    found = roles_of(nlp, text)
    assert ("Kari Nordvik", "styremedlem", "Fjordkraft") in found
    assert any(row[0] == "Ola Lien" and row[1].startswith("konstituert styrele") and row[2] == "Nordlys" for row in found)


# abbreviated titles written with no full stop at the end ("adm.dir", "adm. dir")
@pytest.mark.parametrize("text, expected", [
    ("– Det er bra, sier adm.dir i Fjellmat AS, Per Olsen.", {("Per Olsen", "administrerende direktør", "Fjellmat AS")}),
    ("– Det er bra, seier adm. dir i Fjellmat AS, Per Olsen.", {("Per Olsen", "administrerende direktør", "Fjellmat AS")}),
    ("Fra venstre: Kari Nordvik, adm.dir Fjordkraft, Ola Lien, adm. dir Nordlys AS.",
     {("Kari Nordvik", "administrerende direktør", "Fjordkraft"), ("Ola Lien", "administrerende direktør", "Nordlys AS")}),
    ("Frå venstre: Kari Nordvik, adm.dir Fjordkraft, Ola Lien, adm. dir Nordlys AS.",
     {("Kari Nordvik", "administrerende direktør", "Fjordkraft"), ("Ola Lien", "administrerende direktør", "Nordlys AS")}),
])
def test_abbreviated_titles_without_a_closing_full_stop(nlp, text, expected):
    assert expected <= roles_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Styringsgruppen:\nKari Nordvik, Fjordkraft (2 år)\nPer Dal, (observatør) Brekke Innovasjon\n\nLederen er valgt for ett år.",
    "Styringsgruppa:\nKari Nordvik, Fjordkraft (2 år)\nPer Dal, (observatør) Brekke Innovasjon\n\nLeiaren er vald for eitt år.",
])
def test_a_bracketed_title_between_the_name_and_its_organisation(nlp, text):
    assert ("Per Dal", "observatør", "Brekke Innovasjon") in roles_of(nlp, text)
