"""A name right before "som TITLE" holds the title where a verb of choosing or hiring, "med" or a verb of taking
over from it stands before the name (and the names joined to it): "styret tilsette Kari Holm som dagleg leiar",
"en styringsgruppe med Kari Holm og Ola Dal som ledere"; not where the verb proposes ("innstiller Kari Holm som
leder"). ``roles/rows.py`` and the "name-as-role" patterns of ``data/role_patterns.jsonl`` (session 24, real pages;
Bokmål and Nynorsk, invented names)."""

import pytest

from tests.annotate.test_page_roles import roles_of


@pytest.mark.parametrize("text, expected", [
    ("Klyngen har fått på plass en ny styringsgruppe med Kari Nordvik som leder.", {("Kari Nordvik", "leder", None)}),
    ("Klynga har fått på plass ei ny styringsgruppe med Kari Nordvik som leiar.", {("Kari Nordvik", "leiar", None)}),
    ("Styret har ansatt Kari Nordvik som daglig leder for klyngen Fjordkraft.",
     {("Kari Nordvik", "daglig leder", "Fjordkraft")}),
    ("Styret har tilsett Kari Nordvik som dagleg leiar for klynga Fjordkraft.",
     {("Kari Nordvik", "dagleg leiar", "Fjordkraft")}),
    ("Prosjektet var organisert med Kari Nordvik og Ola Lien som prosjektledere.",
     {("Kari Nordvik", "prosjektleder", None), ("Ola Lien", "prosjektleder", None)}),
    ("Prosjektet var organisert med Kari Nordvik og Ola Lien som prosjektleiarar.",
     {("Kari Nordvik", "prosjektleiar", None), ("Ola Lien", "prosjektleiar", None)}),
    ("Per Dal erstatter Kari Nordvik som styreleder i næringsklyngen Fjordkraft.",
     {("Kari Nordvik", "styreleder", "Fjordkraft")}),
])
def test_a_chosen_or_hired_name_before_som_and_a_title(nlp, text, expected):
    assert expected <= roles_of(nlp, text)


@pytest.mark.parametrize("text", ["Valgkomiteen innstiller Kari Nordvik som partileder.",
                                  "Valnemnda innstiller Kari Nordvik som partileiar."])
def test_a_proposed_name_holds_no_title(nlp, text):
    assert not [row for row in roles_of(nlp, text) if row[0] == "Kari Nordvik"]
