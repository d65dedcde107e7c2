"""One of a group said of a name: "A og B er to av Norges beste skøyteløpere", "A er en av landets
fremste fiolinister" gives each named person the plural noun's role (Bokmål and Nynorsk), with no
organisation from a genitive before a superlative (a rank, not an employer); a possessive or a
lone name the article never gives in full gets none. A plural occupation the model took alone
for a name of another kind before the names is their title."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Ingrid Tverrbakk og Håkon Lidvall er to av Norges beste tømrere.",
     {("Ingrid Tverrbakk", "tømrer", None), ("Håkon Lidvall", "tømrer", None)}),
    ("Ingrid Tverrbakk og Håkon Lidvall er to av landets beste skøyteløparar.",
     {("Ingrid Tverrbakk", "skøyteløpar", None), ("Håkon Lidvall", "skøyteløpar", None)}),
    ("Silje Brattgjerd er en av landets fremste fiolinister.", {("Silje Brattgjerd", "fiolinist", None)}),
    ("Silje Brattgjerd er ein av landets fremste fiolinistar.", {("Silje Brattgjerd", "fiolinist", None)}),
    ("Gunnhild Ormevik var en av de dyktigste advokatene.", {("Gunnhild Ormevik", "advokat", None)}),
])
def test_one_of_a_group_gives_the_role(annotate_full, text, expected):
    assert roles(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Ingrid Tverrbakk er en av hennes nærmeste medarbeidere.",  # how one stands to a person
    "Ingrid Tverrbakk er ein av hennar næraste medarbeidarar.",
    "Ingrid Tverrbakk er ikke en av landets beste skøyteløpere.",  # denied
])
def test_one_of_a_group_gives_no_role(annotate_full, text):
    assert roles(annotate_full(text)) == set()


@pytest.mark.parametrize("text, role", [
    ("Det er NRK som sender. Fotballekspertene Sigrun Vasshaug og Tormod Rindal har plukket ut kandidatene.",
     "fotballekspert"),
    ("Det er TV 2 som kårer årets talent. Fotballekspertene Sigrun Vasshaug og Tormod Rindal har plukket ut "
     "kandidatene.", "fotballekspert"),
    ("Det er TV 2 som kårar årets talent. Fotballekspertane Sigrun Vasshaug og Tormod Rindal har plukka ut "
     "kandidatane.", "fotballekspert"),
])
def test_a_plural_occupation_the_model_took_for_a_name_of_another_kind(annotate_full, text, role):
    """"Fotballekspertene" opening the sentence, which the model tags alone as a derived name (DRV),
    is the title of the names listed after it."""
    assert roles(annotate_full(text)) == {("Sigrun Vasshaug", role, None), ("Tormod Rindal", role, None)}
