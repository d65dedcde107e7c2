import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Fylkesråd Thomas Breen gratulerer klyngen.", ("Thomas Breen", "fylkesråd", None)),
    ("– Dette er gode nyheter, sier daglig leder Kristiane Haug Berg.",
     ("Kristiane Haug Berg", "daglig leder", None)),
    ("– Vi er glade, sier styreleder Olav Eik-Nes.", ("Olav Eik-Nes", "styreleder", None)),
    ("I bakgrunnen: direktør i Innovasjon Norge, Innlandet Christian Hedløv Engh.",
     ("Christian Hedløv Engh", "direktør", "Innovasjon Norge")),
    ("– Det er stort, sier Eli Haugerud, leder for klyngeavdelingen hos Smart Innovation Norway.",
     ("Eli Haugerud", "leder for klyngeavdelingen", "Smart Innovation Norway")),
    ("Kommunalminister Kari Nordmann (Sp) besøkte klyngen.", ("Kari Nordmann", "kommunalminister", None)),
    ("Klyngeleiar Ingrid Myklebust i Ocean Hyway Cluster meiner dette er viktig.",
     ("Ingrid Myklebust", "klyngeleiar", "Ocean Hyway Cluster")),
    ("– Dette er ein milepåle, seier dagleg leiar Per Olav Hauge.",
     ("Per Olav Hauge", "dagleg leiar", None)),
    ("Mona Fjeld, administrerende direktør i Siva, åpnet konferansen.",
     ("Mona Fjeld", "administrerende direktør", "Siva")),
    ("Daglig leder i Proneo, Lars Haugen, forteller om arbeidet.",
     ("Lars Haugen", "daglig leder", "Proneo")),
    ("Fylkesordførar Jon Askeland opna møtet.", ("Jon Askeland", "fylkesordførar", None)),
    ("Foto: Kate Langsethagen", ("Kate Langsethagen", "fotograf", None)),
])
def test_person_role_organisation(annotate_text, text, expected):
    assert expected in roles(annotate_text(text))


def test_role_with_organisation_but_no_name_is_kept_for_inference(annotate_text):
    doc = annotate_text("Fylkesråden gratulerer daglig leder i Heidner Biocluster med statusen.")
    assert (None, "daglig leder", "Heidner Biocluster") in roles(doc)


@pytest.mark.parametrize("text", [
    "Innovasjon Norge leder programmet sammen med Siva.",
    "Lederen for klyngen var ikke til stede.",
])
def test_no_person_invented(annotate_text, text):
    assert not [r for r in roles(annotate_text(text)) if r[0]]


@pytest.mark.parametrize("text, expected", [
    ("– Ho er ikkje moden enno, seier seniorrådgjevar Hanne Kvåle i Innovasjon Noreg Vestland.",
     ("Hanne Kvåle", "seniorrådgjevar", "Innovasjon Norge")),
    ("Dagleg leiar Eirik Ness i klynga Fjordmat Sogn meiner dei har eit godt grunnlag.",
     ("Eirik Ness", "dagleg leiar", "Fjordmat Sogn")),
    ("– Vi er klare, sier prosjektleder Siri Dahl til NTB.", ("Siri Dahl", "prosjektleder", None)),
])
def test_organisation_after_the_name(annotate_text, text, expected):
    assert expected in roles(annotate_text(text))


def test_a_first_name_after_a_comma_is_not_a_regional_unit(annotate_text):
    doc = annotate_text("Fylkesråd for næring i Nordland, Linda Helen Berg, kaller opprykket viktig.")
    assert {r[0] for r in roles(doc)} == {"Linda Helen Berg"}
