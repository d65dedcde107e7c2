"""Words of a trigger's lemma that only describe something else ("avanserte marine operasjoner")
are no action; a standing description of a status is a grant, not an upgrade (invented names,
Bokmål and Nynorsk)."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text", [
    "På grunn av sin sterke posisjon innen avanserte blå marine operasjoner har den maritime klyngen på Sunnmøre "
    "fått status som GCE. Klyngeprosjektet Fjordlys Ocean Cluster drives av ÅKP.",
    "På grunn av den sterke posisjonen innan avanserte marine operasjonar har den maritime klynga på Sunnmøre "
    "fått status som GCE. Klyngeprosjektet Fjordlys Ocean Cluster vert drive av ÅKP.",
])
def test_an_adjective_describing_another_noun_is_no_upgrade(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordlys Ocean Cluster", "GCE", "granted")}


@pytest.mark.parametrize("text, action", [
    ("Fjordlys Ocean Cluster ble i dag tildelt status som NCE.", "granted"),
    ("Fjordlys Ocean Cluster vart i dag tildelt status som NCE.", "granted"),
    ("Havbris Cluster ble oppgradert til NCE i dag.", "upgraded"),
    ("Havbris Cluster vart oppgradert til NCE i dag.", "upgraded"),
])
def test_an_adjective_of_the_status_itself_stays_an_action(annotate_full, text, action):
    cluster = "Fjordlys Ocean Cluster" if "Fjordlys" in text else "Havbris Cluster"
    assert events(annotate_full(text)) == {(cluster, "NCE", action)}
