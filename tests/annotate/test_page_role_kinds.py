"""Kinds of person roles the real cluster pages showed and the rules got wrong, each in Bokmål and
Nynorsk with invented names: an agency's organisation in the form the text writes it. Generated
variants of the kinds are in test_page_role_variants.py and tests/data/role_variants.yaml."""

from __future__ import annotations

import pytest

from tests.annotate.test_page_roles import roles_of


@pytest.mark.parametrize("text, expected", [
    ("– Vi er glade, sier Sølvi Granberg, administrerende direktør i Forskningsrådet.",
     ("Sølvi Granberg", "administrerende direktør", "Forskningsrådet")),
    ("– Vi er glade, seier Sølvi Granberg, administrerande direktør i Noregs forskingsråd.",
     ("Sølvi Granberg", "administrerande direktør", "Noregs forskingsråd")),
    ("– Det hastar, seier seniorrådgjevar Eldar Kvilstad i Innovasjon Noreg.",
     ("Eldar Kvilstad", "seniorrådgjevar", "Innovasjon Noreg")),
    ("Forskingsrådets direktør Eldar Kvilstad var til stades.", ("Eldar Kvilstad", "direktør", "Forskingsrådet")),
])
def test_an_agency_is_named_as_the_text_writes_it(rules_nlp, text, expected):
    assert expected in roles_of(rules_nlp, text)
