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
