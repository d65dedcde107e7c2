"""Kinds of failure on real pages nobody wrote rules for (the sealed half of real-page batch 11, scored once and
opened), each in Bokmål and Nynorsk with invented names: a phrase that opens with a preposition or is a time ("I
oktober i fjor fikk X ...") is no cluster's name; a report's form ("Tittel: ... Prosjektleder: ...") has field
labels that are no cluster, end the name before them ("X Prosjektperiode:") and give values that are no list item."""

import pytest

from .helpers import events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Klyngen har fått en annen utmerkelse: I oktober i fjor fikk Tindvik status som NCE.",
    "Klynga har fått ei anna utmerking: I oktober i fjor fekk Tindvik status som NCE.",
])
def test_a_time_phrase_opening_a_sentence_is_no_cluster(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindvik", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Tittel: Undertittel: Oppdragsgiver: Evaluering av Brattvik Sluttevaluering av Arena-prosjekt Brattvik "
    "Prosjektperiode: mars juni 2012 Prosjektleder: Forfatter: Kort sammendrag: Per Lien Brattvik ble etablert som et "
    "Arena-prosjekt i 2008.",
    "Tittel: Undertittel: Oppdragsgjevar: Evaluering av Brattvik Sluttevaluering av Arena-prosjekt Brattvik "
    "Prosjektperiode: mars juni 2012 Prosjektleiar: Forfattar: Kort samandrag: Per Lien Brattvik vart etablert som eit "
    "Arena-prosjekt i 2008.",
])
def test_a_report_form_s_field_labels_are_no_clusters(annotate_full, text):
    assert events(annotate_full(text)) == {("Brattvik", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Rapport for Arena Kvitfoss Prosjektleder: Ola Dahl Emneord: klynger Kvitfoss fikk Arena-status i 2010.",
    "Rapport for Arena Kvitfoss Prosjektleiar: Ola Dahl Emneord: klynger Kvitfoss fekk Arena-status i 2010.",
])
def test_a_field_label_ends_the_name_before_it_and_its_value_is_no_cluster(annotate_full, text):
    assert events(annotate_full(text)) == {("Kvitfoss", "Arena", "granted")}
