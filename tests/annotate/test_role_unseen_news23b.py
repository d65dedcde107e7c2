"""Two compound titles before a name, joined by "og" and a word of former times with no comma, each
opened by its own club ("Fjordby-kaptein og tidligere Nordvik-spiller Kari Holm"): a role for each, the
first one kept and its own club its organisation, where no verb of saying goes before them (session 23, Bokmål and Nynorsk, invented names)."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Det var Fjordby-kaptein og tidligere Nordvik-spiller Kari Holm som scoret.",
     {("Kari Holm", "kaptein", "Fjordby"), ("Kari Holm", "spiller", "Nordvik")}),
    ("Det var Fjordby-kaptein og tidlegare Nordvik-spelar Kari Holm som skåra.",
     {("Kari Holm", "kaptein", "Fjordby"), ("Kari Holm", "spelar", "Nordvik")}),
])
def test_two_compound_titles_the_last_former(annotate_full, text, expected):
    assert roles(annotate_full(text)) == expected
