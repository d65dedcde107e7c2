""""NAME VERB som ADJ TITLE": an adjective between "som" and the title leaves the title the
person's role ("fortsette som norsk landslagssjef"); an age in brackets after a name leaves the
organisation after it the role's ("daglig leder Kari Lie (52) i Nordvik Bygg"). Bokmål and Nynorsk,
invented names."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Sjansen frister Torgrim Hallbrekke til å fortsette som svensk landslagssjef.",
     ("Torgrim Hallbrekke", "landslagssjef")),
    ("Sjansen fristar Torgrim Hallbrekke til å fortsetje som svensk landslagssjef.",
     ("Torgrim Hallbrekke", "landslagssjef")),
    ("Ingrid Solbakk tok over som midlertidig daglig leder i mars.", ("Ingrid Solbakk", "daglig leder")),
    ("Ingrid Solbakk held fram som einaste dagleg leiar i firmaet.", ("Ingrid Solbakk", "dagleg leiar")),
])
def test_an_adjective_before_the_title_after_som(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("– Vi er fornøyde, sier daglig leder Ingrid Hovda (52) i Brattli Bygg AS.",
     ("Ingrid Hovda", "daglig leder", "Brattli Bygg AS")),
    ("– Vi er nøgde, seier dagleg leiar Ingrid Hovda (52) i Brattli Bygg AS.",
     ("Ingrid Hovda", "dagleg leiar", "Brattli Bygg AS")),
    ("Kandidatane er midtbanespelar Ola Rørvik Bakke (15) frå Nordvik IL og fleire andre.",
     ("Ola Rørvik Bakke", "midtbanespelar", "Nordvik IL")),
    ("Kandidatene er midtbanespiller Ola Rørvik Bakke (15) fra Nordvik IL og flere andre.",
     ("Ola Rørvik Bakke", "midtbanespiller", "Nordvik IL")),
])
def test_an_age_in_brackets_between_the_name_and_its_organisation(annotate_full, text, expected):
    doc = annotate_full(text)
    assert expected in {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}
