"""facts: a named head with no organisation takes the organisation of the article's only unnamed head;
one role in two wordings ("professor i sosiologi", "sosiologiprofessor") is kept once."""

import pytest

from extract.facts import facts_from_doc
from extract.process import make_doc
from extract.types import Article


def _roles(nlp, paragraphs, language="nb"):
    article = Article(id="a", source="a.txt", title=paragraphs[0], paragraphs=paragraphs[1:],
                      published="2021-12-03", language=language)
    facts = facts_from_doc(nlp(make_doc(nlp, article)), article)
    return {(r["person"], r["role"], r["organization"]) for r in facts.person_roles}


def test_named_head_takes_the_unnamed_heads_organisation(nlp):
    assert ("Kari Hansen", "administrerende direktør", "Proneo") in _roles(nlp, [
        "Saken",
        "Når avisa konfronterer lederen i Proneo med saken, avviser han det.",
        "– Det er umulig, sier administrerende direktør Kari Hansen til avisa.",
    ])


def test_nynorsk_named_head_takes_the_unnamed_heads_organisation(nlp):
    assert ("Kari Hansen", "dagleg leiar", "Proneo") in _roles(nlp, [
        "Saka",
        "Då avisa konfronterte leiaren i Proneo med saka, avviste han det.",
        "– Det er umogleg, seier dagleg leiar Kari Hansen til avisa.",
    ], "nn")


def test_two_unnamed_heads_give_no_organisation(nlp):
    found = _roles(nlp, [
        "Saken",
        "Lederen i Proneo og lederen i Heidner var ikke enige.",
        "– Det er umulig, sier administrerende direktør Kari Hansen til avisa.",
    ])
    assert ("Kari Hansen", "administrerende direktør", None) in found


def test_the_unnamed_heads_organisation_may_be_one_the_data_does_not_know(nlp):
    assert ("Kari Hansen", "administrerende direktør", "Fjordsamtale") in _roles(nlp, [
        "Saken",
        "Når avisa konfronterer lederen i Fjordsamtale med saken, avviser han det.",
        "– Det er umulig, sier administrerende direktør Kari Hansen til avisa.",
    ])
    assert ("Kari Hansen", "dagleg leiar", "Fjordsamtale") in _roles(nlp, [
        "Saka",
        "Då avisa konfronterte leiaren i Fjordsamtale med saka, avviste han det.",
        "– Det er umogleg, seier dagleg leiar Kari Hansen til avisa.",
    ], "nn")


def test_a_role_named_again_through_a_pronoun_keeps_the_organisation(nlp):
    for paragraphs, language, expected in [
        (["Aksjonen", "– Vi gir oss ikke, sier talsperson Siv Aarvik og peker på departementet.",
          "Hun er talsperson for den nye norske avdelingen av Amnesty International."], "nb",
         ("Siv Aarvik", "talsperson", "Amnesty International")),
        (["Aksjonen", "– Vi gir oss ikkje, seier talsperson Siv Aarvik og peikar på departementet.",
          "Ho er talsperson for den nye norske avdelinga av Amnesty International."], "nn",
         ("Siv Aarvik", "talsperson", "Amnesty International")),
    ]:
        found = {row for row in _roles(nlp, paragraphs, language) if row[0] == "Siv Aarvik"}
        assert found == {expected}


def test_a_plural_title_gives_every_name_the_organisation_after_the_last(nlp):
    for paragraphs, language, role in [
        (["Filmen", "Regissørene Even Lystad og Filip Holm i Nordlys Film har fått støtte."], "nb", "regissør"),
        (["Filmen", "Regissørane Even Lystad og Filip Holm i Nordlys Film har fått stønad."], "nn", "regissør"),
    ]:
        found = _roles(nlp, paragraphs, language)
        assert {("Even Lystad", role, "Nordlys Film"), ("Filip Holm", role, "Nordlys Film")} <= found


def test_a_mayor_takes_the_one_municipality_the_article_names(nlp):
    assert ("Gunnhild Leirvik", "ordfører", "Sauda kommune") in _roles(nlp, [
        "Kommunen blir med i klyngen",
        "Sauda kommune blir ny partner i klyngen Arena Rein Metall.",
        "– Dette er viktig for oss, sier ordfører Gunnhild Leirvik.",
    ])


def test_nynorsk_county_councillor_takes_the_one_county_named(nlp):
    assert ("Oddvar Heggdal", "fylkesrådsleiar", "Trøndelag fylkeskommune") in _roles(nlp, [
        "Klynga får status",
        "Trøndelag fylkeskommune har støtta klynga i mange år.",
        "– Dette er ein stor dag, seier fylkesrådsleiar Oddvar Heggdal.",
    ], "nn")


def test_a_minister_takes_the_ministry_named_like_the_title(nlp):
    assert ("Ragnhild Tveit", "kommunal- og regionalminister", "Kommunal- og regionaldepartementet") in _roles(nlp, [
        "Nye klynger",
        "– Klyngene skaper arbeidsplasser, sier kommunal- og regionalminister Ragnhild Tveit.",
        "Kommunal- og regionaldepartementet og Nærings- og handelsdepartementet finansierer programmet.",
    ])


def test_two_municipalities_or_an_unlike_ministry_give_no_organisation(nlp):
    found = _roles(nlp, [
        "Samarbeid",
        "Sauda kommune og Suldal kommune samarbeider om klyngen.",
        "– Det er viktig, sier ordfører Gunnhild Leirvik.",
        "– Vi støtter det, sier fiskeriminister Ragnhild Tveit.",
        "Kommunal- og regionaldepartementet finansierer programmet.",
    ])
    assert ("Gunnhild Leirvik", "ordfører", None) in found
    assert ("Ragnhild Tveit", "fiskeriminister", None) in found



def test_a_country_in_the_genitive_is_the_country(nlp):
    """"presidenten i USAs historie" gives the named president USA, not "USAs"."""
    assert ("Ola Fjellheim", "president", "USA") in _roles(nlp, [
        "Saken",
        "Han er den tredje presidenten i USAs historie som blir stilt for riksrett.",
        "– Nei, sier president Ola Fjellheim.",
    ])


def test_nynorsk_a_country_in_the_genitive_is_the_country(nlp):
    assert ("Ola Fjellheim", "president", "USA") in _roles(nlp, [
        "Saka",
        "Han er den tredje presidenten i USAs historie som vert stilt for riksrett.",
        "– Nei, seier president Ola Fjellheim.",
    ], "nn")


def test_a_persons_title_takes_the_organisation_of_their_other_title_of_that_head(nlp):
    """"Molde-direktør Kari Lunde" and, later, "administrerende direktør Kari Lunde": Molde's."""
    assert ("Kari Lunde", "administrerende direktør", "Molde") in _roles(nlp, [
        "Saken",
        "Kari Lunde er ny Molde-direktør fra nyttår.",
        "– Det er riktig, bekrefter administrerende direktør Kari Lunde.",
    ])


def test_nynorsk_a_persons_title_takes_the_organisation_of_their_other_title_of_that_head(nlp):
    assert ("Kari Lunde", "administrerande direktør", "Molde") in _roles(nlp, [
        "Saka",
        "Kari Lunde er ny Molde-direktør frå nyttår.",
        "– Det er rett, stadfestar administrerande direktør Kari Lunde.",
    ], "nn")


def test_another_persons_title_of_that_head_gives_no_organisation(nlp):
    found = _roles(nlp, [
        "Saken",
        "Kari Lunde er ny Molde-direktør fra nyttår.",
        "– Det er riktig, bekrefter administrerende direktør Ola Fjellheim.",
    ])
    assert not any(person == "Ola Fjellheim" and org == "Molde" for person, _, org in found)


@pytest.mark.parametrize("paragraphs, kept, dropped, language", [
    (["Saken", "Sosiologiprofessor Kari Hansen ved Nordvik universitet var bekymret.",
      "Kari Hansen er professor i sosiologi."], ("Kari Hansen", "sosiologiprofessor"), "professor i sosiologi", "nb"),
    (["Saka", "Sosiologiprofessor Kari Hansen ved Nordvik universitet var uroa.",
      "Kari Hansen er professor i sosiologi."], ("Kari Hansen", "sosiologiprofessor"), "professor i sosiologi", "nn"),
    (["Saken", "– Det er trist, sier arbeids- og sosialminister Kari Hansen (H).",
      "Arbeidsminister Kari Hansen vil endre loven."], ("Kari Hansen", "arbeidsminister"), "arbeids- og sosialminister", "nb"),
    (["Saka", "– Det er trist, seier arbeids- og sosialminister Kari Hansen (H).",
      "Arbeidsminister Kari Hansen vil endre lova."], ("Kari Hansen", "arbeidsminister"), "arbeids- og sosialminister", "nn"),
])
def test_one_role_in_two_wordings_is_kept_once(nlp, paragraphs, kept, dropped, language):
    found = _roles(nlp, paragraphs, language)
    assert kept in {(person, role) for person, role, _ in found}
    assert dropped not in {role for _, role, _ in found}


def test_a_compound_and_its_head_stay_two_roles(nlp):
    found = _roles(nlp, ["Saken", "Kari Hansen er hovedtrener for Nordvik IL.", "Nordvik-trener Kari Hansen var fornøyd."])
    assert {"hovedtrener", "trener"} <= {role for _, role, _ in found}
