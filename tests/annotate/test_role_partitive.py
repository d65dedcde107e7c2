"""One of a group said of a name: "A og B er to av Norges beste skøyteløpere", "A er en av landets
fremste fiolinister" gives each named person the plural noun's role (Bokmål and Nynorsk), with no
organisation from a genitive before a superlative (a rank, not an employer); a possessive or a
lone name the article never gives in full gets none."""

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
