"""morph_values reads a token's features as token.morph.get does, from the analysis's text."""

import spacy
from spacy.tokens import Doc

from extract.backbone.morph import morph_values


def _doc(morphs: list[str]) -> Doc:
    nlp = spacy.blank("nb")
    return Doc(nlp.vocab, words=[f"ord{i}" for i in range(len(morphs))], morphs=morphs)


def test_values_of_a_field_as_morph_get_gives_them():
    doc = _doc(["Definite=Def|Gender=Masc|Number=Plur", "Number=Plur,Sing", "Case=Gen|Poss=Yes", ""])
    for token in doc:
        for field in ("Number", "Case", "Poss", "Definite", "Gender", "VerbForm"):
            assert list(morph_values(token, field)) == list(token.morph.get(field))


def test_a_layered_field_is_another_field():
    token = _doc(["Number=Sing|Number[psor]=Plur"])[0]
    assert morph_values(token, "Number") == ("Sing",)
    assert morph_values(token, "Number[psor]") == ("Plur",)


def test_no_analysis_has_no_values():
    token = _doc([""])[0]
    assert morph_values(token, "Number") == ()
    assert not morph_values(token, "Poss")
