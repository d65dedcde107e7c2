"""A compound title opened by an organisation's name of several words ("Atlético Madrid-spissen")
gives the role the whole name, in Bokmål and Nynorsk; an acronym or a person's name a photo credit
glues before it, or a word opening the sentence that names nothing, stays out."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("– Det er bra, sier Bayern München-treneren Håkon Lidvall.", ("Håkon Lidvall", "trener", "Bayern München")),
    ("– Det er bra, seier Bayern München-trenaren Håkon Lidvall.", ("Håkon Lidvall", "trenar", "Bayern München")),
    ("Atlético Madrid-spissen Kari Tverrbakk scoret to mål.", ("Kari Tverrbakk", "spiss", "Atlético Madrid")),
    ("Ifølge Norsk Hydro-sjef Silje Brattgjerd går det bra.", ("Silje Brattgjerd", "sjef", "Norsk Hydro")),
    ("Ifølgje Norsk Hydro-sjef Silje Brattgjerd går det bra.", ("Silje Brattgjerd", "sjef", "Norsk Hydro")),
    ("Det var Manchester United-manager Håkon Lidvall som tok ut laget.",
     ("Håkon Lidvall", "manager", "Manchester United")),
])
def test_a_compound_title_takes_the_whole_name(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("FOTO: NTB Molde-direktør Håkon Lidvall.", ("Håkon Lidvall", "direktør", "Molde")),
    ("Foto: Ole Gundersen Molde-direktør Håkon Lidvall.", ("Håkon Lidvall", "direktør", "Molde")),
    ("Nye Molde-direktør Håkon Lidvall er på plass.", ("Håkon Lidvall", "direktør", "Molde")),
])
def test_a_credit_or_a_common_word_before_it_stays_out(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))
