"""A field after a title belongs to it when a name follows it ("fylkesråd for næring NAME"),
as it does when an organisation or a comma follows."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Fylkesråd for næring Hege Bakken-Sørlie gratulerer vinnerne.",
     ("Hege Bakken-Sørlie", "fylkesråd for næring", None)),
    ("– Vi er svært nøgde, seier fylkesråd for næring Mari-Ann Dahl.", ("Mari-Ann Dahl", "fylkesråd for næring", None)),
])
def test_a_field_between_title_and_name(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Kristine Vold Bergan er direktør for kommunikasjon og HR i Trevirke.",
     ("Kristine Vold Bergan", "direktør for kommunikasjon og hr", "Trevirke")),
    ("– Det går bra, seier Kristine Vold Bergan, direktør for kommunikasjon og HR i Trevirke.",
     ("Kristine Vold Bergan", "direktør for kommunikasjon og hr", "Trevirke")),
    ("– Vi er glade, sier Sindre Holm, avdelingsdirektør for næring, plan og innovasjon i Vestby fylkeskommune.",
     ("Sindre Holm", "avdelingsdirektør for næring, plan og innovasjon", "Vestby fylkeskommune")),
    ("– Vi er glade, seier Sindre Holm, avdelingsdirektør for næring, plan og innovasjon i Vestby fylkeskommune.",
     ("Sindre Holm", "avdelingsdirektør for næring, plan og innovasjon", "Vestby fylkeskommune")),
    ("– Det haster, sier Tonje Brekke, områdedirektør for marked og grønn omstilling i Velmo Kraft.",
     ("Tonje Brekke", "områdedirektør for marked og grønn omstilling", "Velmo Kraft")),
    ("– Det hastar, seier Tonje Brekke, områdedirektør for marknad og grøn omstilling i Velmo Kraft.",
     ("Tonje Brekke", "områdedirektør for marknad og grøn omstilling", "Velmo Kraft")),
])
def test_a_list_of_fields_or_a_field_in_letters_stays_in_the_title(annotate_full, text, expected):
    found = roles(annotate_full(text))
    assert expected in found
    assert not [row for row in found if row[0] == expected[0] and row != expected]
