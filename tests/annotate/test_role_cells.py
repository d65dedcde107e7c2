"""Names and titles set as the cells of a table or a contact block (``roles/cells.py``): each title
after its name, on one line ("Kari Lie Administrerende direktør Ola Dal Portalsjef"), with an
organisation opening or closing the line, or a name alone above its title alone. The title is the
name's before it, not the next name's. Bokmål and Nynorsk, invented names."""

from __future__ import annotations

import pytest

from tests.annotate.test_page_roles import roles_of

BODY = "Klyngen har fått status som Arena i tre år, og medlemmene har investert i nye prosjekter sammen."
BODY_NN = "Klynga har fått status som Arena i tre år, og medlemmene har investert i nye prosjekt saman."


@pytest.mark.parametrize("line, body, expected", [
    ("BREKKEPLAST AS Organisasjonen 31.12.23 Sigrun Haldal Administrerende direktør Ivar Krokvik Direktør marked "
     "og salg Tone Stalheim Portalsjef Per Lunde Markedssjef", BODY,
     {("Sigrun Haldal", "administrerende direktør"), ("Ivar Krokvik", "direktør"), ("Tone Stalheim", "portalsjef"),
      ("Per Lunde", "markedssjef")}),
    ("BREKKEPLAST AS Organisasjonen 31.12.23 Sigrun Haldal Administrerande direktør Ivar Krokvik Direktør marknad "
     "og sal Tone Stalheim Portalsjef Per Lunde Marknadssjef", BODY_NN,
     {("Sigrun Haldal", "administrerande direktør"), ("Ivar Krokvik", "direktør"), ("Tone Stalheim", "portalsjef"),
      ("Per Lunde", "marknadssjef")}),
    ("Oda Fjellstrøm Seniorkonsulent, innleid Jon Vatne Senior Rådgiver, innleid Ragnar Tøsse Prosjektleder", BODY,
     {("Oda Fjellstrøm", "seniorkonsulent"), ("Jon Vatne", "senior rådgiver"), ("Ragnar Tøsse", "prosjektleder")}),
    ("Oda Fjellstrøm Seniorkonsulent, innleigd Jon Vatne Senior Rådgjevar, innleigd Ragnar Tøsse Prosjektleiar", BODY_NN,
     {("Oda Fjellstrøm", "seniorkonsulent"), ("Jon Vatne", "senior rådgjevar"), ("Ragnar Tøsse", "prosjektleiar")}),
])
def test_titles_after_names_in_a_line_of_cells_are_the_names_before_them(nlp, line, body, expected):
    found = {(person, role) for person, role, _ in roles_of(nlp, f"{body}\n\n{line}")}
    assert expected <= found
    assert not {(person, role) for person, role in found if person != "Sigrun Haldal"} & {
        ("Ivar Krokvik", "administrerende direktør"), ("Ivar Krokvik", "administrerande direktør"),
        ("Jon Vatne", "seniorkonsulent")}


@pytest.mark.parametrize("text, body, expected", [
    ("Brekke Cluster Sigrun Haldal Daglig leder", BODY, ("Sigrun Haldal", "daglig leder", "Brekke Cluster")),
    ("Brekke Cluster Sigrun Haldal Dagleg leiar", BODY_NN, ("Sigrun Haldal", "dagleg leiar", "Brekke Cluster")),
    ("Sigrun Haldal Administrerende direktør Brekkeplast AS", BODY,
     ("Sigrun Haldal", "administrerende direktør", "Brekkeplast AS")),
    ("Sigrun Haldal Administrerande direktør Brekkeplast AS", BODY_NN,
     ("Sigrun Haldal", "administrerande direktør", "Brekkeplast AS")),
    ("Kontakt\n\nSigrun Haldal\n\nDaglig leder\n\nsigrun@brekke.no", BODY, ("Sigrun Haldal", "daglig leder", None)),
    ("Kontakt\n\nSigrun Haldal\n\nDagleg leiar\n\nsigrun@brekke.no", BODY_NN, ("Sigrun Haldal", "dagleg leiar", None)),
])
def test_a_contact_cell_with_its_organisation_or_on_two_lines(nlp, text, body, expected):
    assert expected in roles_of(nlp, f"{body}\n\n{text}")


def test_a_title_before_a_name_in_a_sentence_is_still_the_names_after_it(nlp):
    found = roles_of(nlp, "– Vi er klare, sier daglig leder Kari Lie i Brekke Cluster.")
    assert ("Kari Lie", "daglig leder", "Brekke Cluster") in found


@pytest.mark.parametrize("text, expected", [
    ("Contact us\n\nSigrun Haldal Senior Adviser\n\nsigrun@brekke.no", ("Sigrun Haldal", "senior adviser", None)),
    ("Info Day 26 May 2015, Nordby. Sigrun Haldal Project Officer Brekke Europe Secretariat",
     ("Sigrun Haldal", "project officer", "Brekke Europe Secretariat")),
    ("The meeting went well.\n\nIvar Krokvik Cluster Manager Brekke Kelp Forum",
     ("Ivar Krokvik", "cluster manager", "Brekke Kelp Forum")),
])
def test_an_english_cell_of_a_name_and_its_title(nlp, text, expected):
    """On an English slide or contact block: the name opens a line or a sentence, its capitalised title
    and the organisation fill the rest of the line (``roles/english.py``)."""
    assert expected in roles_of(nlp, text, language="en")


def test_an_english_title_inside_a_sentence_after_a_name_is_no_cell(nlp):
    assert not {row for row in roles_of(nlp, "Yesterday Sigrun Haldal Director of the board said no.", language="en")
                if row[0] == "Sigrun Haldal"}
