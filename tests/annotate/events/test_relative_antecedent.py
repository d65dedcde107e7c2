"""A relative clause about a word that refers to a cluster ("X leder klyngeprosjektet, som fikk Arenastatus
i 2014"): the cluster it refers to got the status, dated by the clause (batch 8's kind; invented names,
Bokmål, Nynorsk and English)."""

import pytest

from .helpers import dated, events


@pytest.mark.parametrize("text", [
    "Daglig leder i Fjordlys Care Cluster (FCC) Kari Nordmann er fornøyd. – Vi har mange medlemmer. "
    "Lavik Inkubator leder klyngeprosjektet, som fikk Arenastatus i 2014, sier Nordmann.",
    "Dagleg leiar i Fjordlys Care Cluster (FCC) Kari Nordmann er nøgd. – Vi har mange medlemer. "
    "Lavik Inkubator leiar klyngeprosjektet, som fekk Arenastatus i 2014, seier Nordmann.",
    "Fjordlys Care Cluster har 80 medlemmer. Lavik Inkubator driver klyngen, som fikk Arena-status i 2014.",
])
def test_a_relative_clause_about_a_reference_gives_its_cluster_the_status(annotate_full, text):
    doc = annotate_full(text, published=None)
    assert events(doc) == {("Fjordlys Care Cluster", "Arena", "granted")}
    assert {value[:4] for _name, value, _source in dated(doc)} == {"2014"}


@pytest.mark.parametrize("text", [
    "Fjordlys Care Cluster har 80 medlemmer. Lavik Inkubator leder prosjektet, som søker Arenastatus i 2024.",
    "Fjordlys Care Cluster har 80 medlemer. Lavik Inkubator leiar prosjektet, som søkjer Arenastatus i 2024.",
])
def test_a_relative_clause_that_applies_is_no_grant(annotate_full, text):
    assert not {action for _name, _status, action in events(annotate_full(text)) if action == "granted"}
