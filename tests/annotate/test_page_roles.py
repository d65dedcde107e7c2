"""Roles of the kinds the real cluster pages showed and the rules missed: the organisation after a
credited name ("Foto: A/Høgskolen", "(bilde: A, Klyngen)") and roles written in English ("A,
Business Manager at B", "A (CEO, B)", "the head of B, A", "A has been appointed as project leader
for B"). Every name and organisation is invented.
"""

from __future__ import annotations

import pytest

from extract.process import make_doc
from extract.types import Article


def roles_of(pipeline, text: str, language: str = "nb") -> set[tuple]:
    article = Article(id="test", source="test.txt", title="", paragraphs=[text], published="2021-03-18",
                      language=language)
    doc = pipeline(make_doc(pipeline, article))
    return {(s._.role["person"], s._.role["role"], s._.role["organization"]) for s in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Sverin Holtaker ved kaia i Grøvik. Foto: Lisbet Framnes/Høgskolen i Velmo",
     ("Lisbet Framnes", "fotograf", "Høgskolen i Velmo")),
    ("Sverin Holtaker ved kaia i Grøvik. Foto: Lisbet Framnes, Treknuten.",
     ("Lisbet Framnes", "fotograf", "Treknuten")),
    ("Bilete av f.v. Aud Sildnes og Ivar Krokvik (bilde: Lisbet Framnes, Plomme-klynga).",  # Nynorsk
     ("Lisbet Framnes", "fotograf", "Plomme-klynga")),
    ("Klyngeleiar Aud Sildnes på tildelinga (foto: Lisbet Framnes/Brennvik Næringshage)",  # Nynorsk
     ("Lisbet Framnes", "fotograf", "Brennvik Næringshage")),
])
def test_the_organisation_after_a_credited_name(rules_nlp, text, expected):
    assert expected in roles_of(rules_nlp, text)


@pytest.mark.parametrize("text", ["Foto: Lisbet Framnes, Ivar Krokvik", "Foto: Lisbet Framnes og Ivar Krokvik"])
def test_two_credited_photographers_are_not_each_other_s_organisation(rules_nlp, text):
    assert roles_of(rules_nlp, text) == {("Lisbet Framnes", "fotograf", None), ("Ivar Krokvik", "fotograf", None)}


@pytest.mark.parametrize("text, expected", [
    ("Aud Sildnes, Business Manager at Grøvik Municipality, was pleased.",
     {("Aud Sildnes", "business manager", "Grøvik Municipality")}),
    ("Left: Ivar Krokvik, Head of Business Development at Velmo Municipality was keen to see more.",
     {("Ivar Krokvik", "head of business development", "Velmo Municipality")}),
    ("Aud Sildnes, Mayor of Brennvik County addressing Ivar Krokvik, Business Developer in Grøvik.",
     {("Aud Sildnes", "mayor", "Brennvik County"), ("Ivar Krokvik", "business developer", "Grøvik")}),
    ("In front (left-right): Aud Sildnes (CEO, GCE Tidewell) and Ivar Krokvik (EU Advisor, GCE Tidewell).",
     {("Aud Sildnes", "ceo", "GCE Tidewell"), ("Ivar Krokvik", "eu advisor", "GCE Tidewell")}),
    ("We will grow. (Aud Sildnes, CEO, Sildnes Marine Group)",
     {("Aud Sildnes", "ceo", "Sildnes Marine Group")}),
    ("She brought the head of the Cluster for Applied Drones, Aud Sildnes, on stage.",
     {("Aud Sildnes", "head", "Cluster for Applied Drones")}),
    ("“We did well,” says Managing Director, Aud Sildnes.", {("Aud Sildnes", "managing director", None)}),
    ("“We did well.” says Managing Director, Aud Sildnes", {("Aud Sildnes", "managing director", None)}),
    ("It grows, says Ivar Krokvik, head of wind and wave energy at Velmo Energy.",
     {("Ivar Krokvik", "head of wind and wave energy", "Velmo Energy")}),
    ("Ivar Krokvik has been appointed as new project leader for SeaLedger.",
     {("Ivar Krokvik", "project leader", "SeaLedger")}),
    ("Aud Sildnes and Ivar Krokvik, students at Velmo University College, defended their thesis.",
     {("Aud Sildnes", "student", "Velmo University College"), ("Ivar Krokvik", "student", "Velmo University College")}),
])
def test_english_roles(nlp, text, expected):
    assert expected <= roles_of(nlp, text, language="en")


def test_english_roles_are_read_in_english_text_only(nlp):
    """"Aud Sildnes, professor og forsker ved X" is read by the Norwegian rules, not as "professor"."""
    text = "Aud Sildnes, professor og strategiforsker ved Velmo Handelshøyskole har forsket på klynger."
    assert ("Aud Sildnes", "professor", None) not in roles_of(nlp, text, language="nb")


@pytest.mark.parametrize("text, expected", [
    ("– Det er positivt, sier direktør i NCE Fjordreise Kari Brennvik.",  # Bokmål
     ("Kari Brennvik", "direktør", "NCE Fjordreise")),
    ("– Det er positivt, seier dagleg leiar i Velmo Kraftlag Ola Sildnes.",  # Nynorsk
     ("Ola Sildnes", "dagleg leiar", "Velmo Kraftlag")),
])
def test_a_name_the_model_glued_to_the_organisation_after_a_title(nlp, text, expected):
    """"TITLE i ORG NAME": the name the model read as part of the organisation is the person's."""
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Fra venstre: Ola Brennvik (Velmo Ferro AS), fra Fiskeridepartementet Kari Sildnes (seniorrådgiver), "
    "Ivar Krokvik (underdirektør) og Per Strand (NCE Velmo).",  # Bokmål
    "Frå venstre: Ola Brennvik (Velmo Ferro AS), frå Fiskeridepartementet Kari Sildnes (seniorrådgjevar), "
    "Ivar Krokvik (underdirektør) og Per Strand (NCE Velmo).",  # Nynorsk
])
def test_a_group_of_a_caption_list_shares_its_organisation(nlp, text):
    found = roles_of(nlp, text)
    assert {(p, org) for p, _, org in found if p in {"Kari Sildnes", "Ivar Krokvik"}} == \
        {("Kari Sildnes", "Fiskeridepartementet"), ("Ivar Krokvik", "Fiskeridepartementet")}
    assert not any(p in {"Ola Brennvik", "Per Strand"} and org == "Fiskeridepartementet" for p, _, org in found)


@pytest.mark.parametrize("text, expected", [
    ("– Det tror jeg, sier fylkesråd for plan og næring Aud Sildnes.",  # Bokmål
     ("Aud Sildnes", "fylkesråd for plan og næring", None)),
    ("Fylkesråd for samferdsel og miljø i Velmo, Aud Sildnes (KrF), trur det.",  # Nynorsk
     ("Aud Sildnes", "fylkesråd for samferdsel og miljø", "Velmo")),
])
def test_a_title_s_field_of_two_nouns_joined_by_and(nlp, text, expected):
    found = roles_of(nlp, text)
    assert expected in found
    assert len(found) == 1  # one role, not "fylkesråd for plan" and "næring"


@pytest.mark.parametrize("text, expected", [
    ("Møtet ble holdt i Velmo.\n\nAud Sildnes styreleder\n\nIvar Krokvik daglig leder",  # Bokmål
     {("Aud Sildnes", "styreleder", None), ("Ivar Krokvik", "daglig leder", None)}),
    ("Møtet vart halde i Velmo.\n\nAud Sildnes styreleiar\n\nIvar Krokvik dagleg leiar",  # Nynorsk
     {("Aud Sildnes", "styreleiar", None), ("Ivar Krokvik", "dagleg leiar", None)}),
])
def test_a_line_of_a_name_and_a_title_alone(nlp, text, expected):
    assert expected <= roles_of(nlp, text)



@pytest.mark.parametrize("text, expected", [
    ("Aud Sildnes har vært leder for NCE Velmo helt siden oppstarten.", ("Aud Sildnes", "leder", "Velmo")),  # Bokmål
    ("Aud Sildnes har vore dagleg leiar i Velmo Kraft sidan 2010.", ("Aud Sildnes", "dagleg leiar", "Velmo Kraft")),
    ("Anlegget var hovedattraksjonen. Daglig leder, Aud Sildnes, hadde fortalt om det.",
     ("Aud Sildnes", "daglig leder", None)),
    ("Anlegget var hovudattraksjonen. Dagleg leiar, Aud Sildnes, hadde fortalt om det.",  # Nynorsk
     ("Aud Sildnes", "dagleg leiar", None)),
])
def test_have_been_title_and_a_title_a_comma_and_a_name_opening_a_sentence(nlp, text, expected):
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("På bildet er iTrekk-leder Aud Sildnes og rektor Ivar Krokvik.", ("Aud Sildnes", "leder", "iTrekk")),  # Bokmål
    ("På biletet er eVelmo-leiar Aud Sildnes og rektor Ivar Krokvik.", ("Aud Sildnes", "leiar", "eVelmo")),  # Nynorsk
])
def test_a_compound_title_opened_by_a_name_in_lower_case_first(nlp, text, expected):
    assert expected in roles_of(nlp, text)


@pytest.mark.parametrize("title", ["business developer", "senior adviser", "project officer", "project leader",
                                   "innovator"])
def test_an_english_staff_title_takes_the_article_s_cluster(title):
    """English staff titles are among ``staff_heads``: with no organisation stated, the cluster's."""
    from extract.api import facts_from_text

    text = f"NCE Velmo Seafood had a good year.\n\nTo strengthen the team, Aud Sildnes has been hired as a new {title}."
    rows = facts_from_text(text, language="en")["person_roles"]
    assert ("Aud Sildnes", title, "Velmo Seafood") in {(r["person"], r["role"], r["organization"]) for r in rows}


@pytest.mark.parametrize("text, expected", [
    ("We are happy, says Jon Hovda, director Cloud & Data at Softline Norway.",
     ("Jon Hovda", "director cloud & data", "Softline Norway")),
    ("Jon Hovda, Director Retail Banking at Velmo Sparebank, opened the meeting.",
     ("Jon Hovda", "director retail banking", "Velmo Sparebank")),
    ("Per Vassbotn, head of the Robotics and Emerging Technologies department at Fjordtek Consulting, said it works.",
     ("Per Vassbotn", "head of the robotics and emerging technologies department", "Fjordtek Consulting")),
])
def test_english_unit_after_the_title_is_part_of_the_role(nlp, text, expected):
    found = roles_of(nlp, text, language="en")
    assert expected in found
    assert not [row for row in found if row[0] == expected[0] and row != expected]


@pytest.mark.parametrize("text, expected", [
    ("From left Stein Kvalvik, CEO Maritim Forening Sogn og Fjordane, and Trond Strøm, Subsea Innovator NCE Undersea; "
     "Beate Grønvik, Supplier Development Consultant Maritim Forening Sogn og Fjordane",
     {("Stein Kvalvik", "ceo", "Maritim Forening Sogn og Fjordane"), ("Trond Strøm", "subsea innovator", "NCE Undersea"),
      ("Beate Grønvik", "supplier development consultant", "Maritim Forening Sogn og Fjordane")}),
    ("Aud Sildnes, Sales Director Velmo Kraft AS, was pleased.", {("Aud Sildnes", "sales director", "Velmo Kraft AS")}),
])
def test_english_organisation_straight_after_the_title(nlp, text, expected):
    assert expected <= roles_of(nlp, text, language="en")
