"""Entities the NER model cuts or mislabels are mended before roles are read (entity_repairs.py):
names with particles, a first name or last name the model left out, a name-shaped span it
called an organisation with a person's evidence beside it, a title or organisation word taken
into a name, and an organisation running over "og" into the clause."""

import pytest

from tests.annotate.test_entities import annotate_with_ents  # noqa: F401  (fixture)


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]
            if r._.role["person"]}


@pytest.mark.parametrize("text, expected", [
    # particles inside the name
    ("Styremedlem Jan van der Berg gratulerer vinnerne.", ("Jan van der Berg", "styremedlem", None)),
    ("Styremedlem Jan van der Berg gratulerer vinnarane.", ("Jan van der Berg", "styremedlem", None)),
    ("Karim bin Omar er utnevnt til styremedlem.", ("Karim bin Omar", "styremedlem", None)),
    ("Karim bin Omar er utnemnd til styremedlem.", ("Karim bin Omar", "styremedlem", None)),
    # a last name the parse joins to the name, a first name before an initial
    ("– Vi er fornøyde, sier generalsekretær Anne Grete Vik i Kirkens Bymisjon.",
     ("Anne Grete Vik", "generalsekretær", "Kirkens Bymisjon")),
    ("– Vi er nøgde, seier generalsekretær Anne Grete Vik i Kirkens Bymisjon.",
     ("Anne Grete Vik", "generalsekretær", "Kirkens Bymisjon")),
    ("Eivor K. Lysne er beredskapssjef i Skatteetaten.", ("Eivor K. Lysne", "beredskapssjef", "Skatteetaten")),
    # a foreign name the model calls an organisation, a title beside it
    ("– Vi er fornøyde, sier Beat Feuz, styremedlem i Foreningen for hjertesyke barn, til avisen.",
     ("Beat Feuz", "styremedlem", "Foreningen for hjertesyke barn")),
    ("Møtet vart leia av Fraser Forster (seniorrådgjevar).", ("Fraser Forster", "seniorrådgjevar", None)),
    ("Beat Feuz er utnevnt til fagsjef.", ("Beat Feuz", "fagsjef", None)),
    ("Beat Feuz vart i går tilsett som dagleg leiar i Hydro.", ("Beat Feuz", "dagleg leiar", "Hydro")),
    ("Rådgiver Beat Feuz gratulerer vinnerne.", ("Beat Feuz", "rådgiver", None)),
    # an organisation word the model took into the name after "TITLE i"
    ("På biletet: pressevakt i Kunnskapsdepartementet Mei Chen.",
     ("Mei Chen", "pressevakt", "Kunnskapsdepartementet")),
    ("På biletet: rektor ved Folkehelseinstituttet Mona S. Eide.", ("Mona S. Eide", "rektor", "Folkehelseinstituttet")),
    # an organisation that ran over "og" into the clause
    ("Luis García er seniorforskar ved Folkehelseinstituttet og har vore det i fem år.",
     ("Luis García", "seniorforskar", "Folkehelseinstituttet")),
])
def test_names_and_organisations_mended(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # a plural title over names, one of which the model calls an organisation
    ("Det mener rådgiverne Luis García og Manitra Rakotoarivony.",
     {("Luis García", "rådgiver", None), ("Manitra Rakotoarivony", "rådgiver", None)}),
    ("Det meiner rådgjevarane Luis García og Manitra Rakotoarivony.",
     {("Luis García", "rådgjevar", None), ("Manitra Rakotoarivony", "rådgjevar", None)}),
])
def test_every_name_under_a_plural_title(annotate_full, text, expected):
    assert roles(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Equinor og Telenor er store selskap.",
    "Samarbeidet mellom Siva og Innovasjon Norge fortsetter.",
    "Han reiste til Oslo og Bergen i går.",
])
def test_no_person_made_of_organisations_or_places(annotate_full, text):
    doc = annotate_full(text)
    assert not [e for e in doc.ents if e.label_ == "PER"]


@pytest.mark.parametrize("text, expected", [
    # a genitive opening the sentence before a title is the organisation
    ("Naturvernforbundets fagsjef, Manitra Rakotoarivony, var ikke til stede.",
     ("Manitra Rakotoarivony", "fagsjef", "Naturvernforbundet")),
    ("Naturvernforbundets fagsjef, Manitra Rakotoarivony, var ikkje til stades.",
     ("Manitra Rakotoarivony", "fagsjef", "Naturvernforbundet")),
    # an organisation the model ran over the title, and a name after "TITLE i ORG,"
    ("Helse Bergens rådgiver, Pieter de Vries, var ikke til stede.", ("Pieter de Vries", "rådgiver", "Helse Bergen")),
    ("Seksjonsleiar i Statens vegvesen, Beat Feuz, seier at arbeidet held fram.",
     ("Beat Feuz", "seksjonsleiar", "Statens vegvesen")),
    ("På bildet: forsker ved Norsk Polarinstitutt Manitra Rakotoarivony.",
     ("Manitra Rakotoarivony", "forsker", "Norsk Polarinstitutt")),
    # a name opening the sentence with a particle or a first name the parse joins to it
    ("Lotte van Dijk er leder i Norsk Folkehjelp.", ("Lotte van Dijk", "leder", "Norsk Folkehjelp")),
    ("Tomasz Wiśniewski vart i går tilsett som marknadssjef i Siva.", ("Tomasz Wiśniewski", "marknadssjef", "Siva")),
])
def test_more_names_and_organisations_mended(annotate_full, text, expected):
    assert expected in roles(annotate_full(text, title="Nyheter"))  # a headline before: the model reads on


@pytest.mark.parametrize("text", [
    "Tirsdagens hjemmeseier smaker ekstra godt for laget.",
    "Kvinnens bistandsadvokat, Kari Dahl, var ikke til stede.",
])
def test_a_common_noun_opening_the_sentence_is_no_organisation(annotate_full, text):
    assert not [e for e in annotate_full(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text, expected", [
    # name words no entity covers, with a title beside them
    ("Tomasz Wiśniewski (overlege i Sandnes kommune) tok imot prisen.",
     ("Tomasz Wiśniewski", "overlege", "Sandnes kommune")),
    ("– Vi tek dette på alvor, seier Beat Feuz, som er overlege i Bodø kommune.", ("Beat Feuz", "overlege", "Bodø kommune")),
    # both names under a plural title, the organisation whole
    ("Fylkesdirektørane Beat Feuz og Fraser Forster i Innlandet fylkeskommune er kritiske.",
     ("Fraser Forster", "fylkesdirektør", "Innlandet fylkeskommune")),
    ("– Vi tek dette på alvor, seier Vestfold og Telemark fylkeskommunes fylkesdirektør Hans Petter Brekke.",
     ("Hans Petter Brekke", "fylkesdirektør", "Vestfold og Telemark fylkeskommune")),
])
def test_unlabelled_names_and_whole_organisations(annotate_full, text, expected):
    assert expected in roles(annotate_full(text, title="Nyheter"))


def test_a_team_genitive_is_no_first_name(annotate_full):
    doc = annotate_full("QuickStep-rytter Remco Evenepoel og Sunwebs Marc Hirschi var lenge i brudd.", title="Nyheter")
    assert "Sunwebs Marc Hirschi" not in {e.text for e in doc.ents if e.label_ == "PER"}


@pytest.mark.parametrize("text, expected", [
    # a genitive no entity covers before a title, with the capitalised words before it
    ("SINTEF Oceans professor, Lise Berg-Hansen, var ikke til stede.", ("Lise Berg-Hansen", "professor", "SINTEF Ocean")),
    ("– Nå må vi jobbe videre, sier Natur og Ungdoms kommunikasjonsrådgiver Jan-Erik Moen.",
     ("Jan-Erik Moen", "kommunikasjonsrådgiver", "Natur og Ungdom")),
    ("– No må vi arbeide vidare, seier Natur og Ungdoms kommunikasjonsrådgjevar Jan-Erik Moen.",
     ("Jan-Erik Moen", "kommunikasjonsrådgjevar", "Natur og Ungdom")),
    ("NTNUs instituttleiar, Håkon Bergstrøm, var ikkje til stades.", ("Håkon Bergstrøm", "instituttleiar", "NTNU")),
    # the organisation's words before its genitive that no span holds (roles/rows.py)
    ("– Vi tek dette på alvor, seier Norges Bondelags fagsjef Gunnhild Sæther.",
     ("Gunnhild Sæther", "fagsjef", "Norges Bondelag")),
])
def test_genitive_organisations_whole(annotate_full, text, expected):
    assert expected in roles(annotate_full(text, title="Nyheter"))


def test_no_organisation_cut_from_a_name_opening_the_sentence(annotate_full):
    """"Redd" opens the sentence and is a common word: no organisation "Barna"."""
    found = roles(annotate_full("Redd Barnas styremedlem, Hilde Kvamme, var ikkje til stades.", title="Nyheter"))
    assert not [org for _, _, org in found if org == "Barna"]


@pytest.mark.parametrize("text, expected", [
    ("Leder Tor Inge Sørli i Norsk Sau og Geit var til stede på møtet.", ("Tor Inge Sørli", "leder", "Norsk Sau og Geit")),
])
def test_an_organisation_with_og_inside(annotate_full, text, expected):
    assert expected in roles(annotate_full(text, title="Nyheter"))


def test_a_party_and_a_person_stay_apart(annotate_full):
    doc = annotate_full("Sylvi Listhaug møtte pressen. Både Frp og Listhaug var fornøyde.", title="Nyheter")
    assert "Frp og Listhaug" not in {e.text for e in doc.ents}


@pytest.mark.parametrize("text, expected", [
    # a title split off a model's organisation leaves the organisation whole, no person
    ("– Klyngen er viktig for oss, sier Tone Berg, CEO Scatec Solar.", ("Tone Berg", "ceo", "Scatec Solar")),
    ("– Klynga er viktig for oss, seier Tone Berg, CEO Scatec Solar.", ("Tone Berg", "ceo", "Scatec Solar")),
])
def test_an_organisation_beside_a_title_stays_one(nlp, text, expected):
    doc = nlp(text)
    assert expected in roles(doc)
    assert expected[2] not in {e.text for e in doc.ents if e.label_ == "PER"}


@pytest.mark.parametrize("text, firm", [
    ("Med i klyngen er Westvik, Brattøy, Hansen og Høgskolen Sunnfjord.", "Høgskolen Sunnfjord"),
    ("Med i klynga er Westvik, Brattøy, Hansen og Høgskulen Sunnfjord.", "Høgskulen Sunnfjord"),
    ("Blant partnerne er GC Rieber Oils, Pharma Marine, Nordic Seafood og andre.", "Nordic Seafood"),
    ("Partnarane er GC Rieber Oils, Pharma Marine, Nordic Seafood og andre.", "Nordic Seafood"),
])
def test_a_firm_in_a_list_beside_a_person_is_no_person(nlp, text, firm):
    assert firm not in {e.text for e in nlp(text).ents if e.label_ == "PER"}


@pytest.mark.parametrize("text, expected", [
    ("– Vi er klare, seier Kari Vold, dagleg leiar i Norway Cup, til NRK.", ("Kari Vold", "dagleg leiar", "Norway Cup")),
    ("– Vi er klare, sier Kari Vold, daglig leder i Bergen Reiselivslag, til NRK.",
     ("Kari Vold", "daglig leder", "Bergen Reiselivslag")),
])
def test_a_place_opening_a_longer_name_is_not_the_organisation(nlp, text, expected):
    assert expected in roles(nlp(text))


@pytest.mark.parametrize("text", [
    "Laget: Ola Hoven, Izuchukwu Jude Antonio - Lee Rocha Sørvik.",
    "Laget: Ola Hoven, Izuchukwu Jude Antonio - Lee Rocha Sørvik, og dei spelte godt.",
])
def test_name_words_between_people_of_a_list_are_a_person(annotate_with_ents, text):
    doc = annotate_with_ents(text, {"Ola Hoven": "PER", "Lee Rocha Sørvik": "PER"})
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Ola Hoven", "Izuchukwu Jude Antonio", "Lee Rocha Sørvik"]


@pytest.mark.parametrize("text", [
    "Beto O'Rourke sier han ikke lenger vil være med i nominasjonskampen.",
    "Beto O'Rourke seier han ikkje lenger vil vere med i nominasjonskampen.",
])
def test_name_words_before_a_verb_of_saying_are_a_person(annotate_with_ents, text):
    assert [e.text for e in annotate_with_ents(text, {}).ents if e.label_ == "PER"] == ["Beto O'Rourke"]


@pytest.mark.parametrize("text, expected", [
    ("Til stades var rådgiver i Samferdselsdepartementet Thi Lan Nguyen.", ("Thi Lan Nguyen", "rådgiver", "Samferdselsdepartementet")),
    ("Der var rådgjevar i Helsedirektoratet Amara Okafor.", ("Amara Okafor", "rådgjevar", "Helsedirektoratet")),
])
def test_a_name_after_an_organisation_that_ends_in_a_body_is_a_name(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))
