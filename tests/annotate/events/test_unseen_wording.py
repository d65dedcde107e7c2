"""Kinds of language the opened real pages and the wording suite (test_event_wording_variants.py) showed
the rules did not read, each with invented names: a cluster after "at" (the English "at Kongsberg" stays a
preposition), a subject between a verb and its particle, refusals and losses in other words, a question, a list after "Det gjelder" or "Klyngene er:", the
applicant first in a list after "Søknaden fra", a relative clause after a name with its place, an object
between a trigger and "som X-klynge", a negation that does not reach into an "at" clause, a heading that
announces one new status, a status after "såkalt", a plural pronoun, the day new clusters were announced,
and an English compound in two words ("the fintech cluster")."""

import pytest

from extract.process import make_doc
from extract.types import Article

from .helpers import dated, events


@pytest.mark.parametrize("text, expected", [
    ("Det ble kjent i dag at Straumvik får Arena Pro-status.", {("Straumvik", "Arena Pro", "granted")}),
    ("I dag faller Solbrekk Cluster ut av Arena Pro-programmet.", {("Solbrekk Cluster", "Arena Pro", "lost")}),
    ("I dag kom Isvara Mineral Hub ikkje med i NCE-programmet.", {("Isvara Mineral Hub", "NCE", "rejected")}),
    ("Havrand-Biotech Cluster er forfremmet til GCE-klynge.", {("Havrand-Biotech Cluster", "GCE", "upgraded")}),
    ("Dalvoll Cluster må forlate NCE-programmet.", {("Dalvoll Cluster", "NCE", "lost")}),
    ("I dag fikk Vårlys Cluster ikke gjennomslag for søknaden om Arena-status.", {("Vårlys Cluster", "Arena", "rejected")}),
    ("I dag fekk Lin- og oljeklyngja nei til GCE-status.", {("Lin- og oljeklyngja", "GCE", "rejected")}),
    ("Klyngeprogrammet har tatt opp Kvitli Timber Cluster som NCE-klynge.", {("Kvitli Timber Cluster", "NCE", "granted")}),
    ("Innovasjon Noreg løftar SOLA, HMB og VERA opp til Arena Pro-klynge.",
     {("SOLA", "Arena Pro", "upgraded"), ("HMB", "Arena Pro", "upgraded"), ("VERA", "Arena Pro", "upgraded")}),
    ("Næringsklyngen Myrheim Cluster i Harstad, som vart tildelt arenastatus i år, samlar 40 verksemder.",
     {("Myrheim Cluster", "Arena", "granted")}),
    ("Søknaden fra Bølgja Cluster, Nordlo Cluster og Isvara Cluster om status som Arena ble ikke innvilget.",
     {("Bølgja Cluster", "Arena", "rejected"), ("Nordlo Cluster", "Arena", "rejected"), ("Isvara Cluster", "Arena", "rejected")}),
    ("I dag vart Sola Cluster fasa ut av Arena Pro-programmet.", {("Sola Cluster", "Arena Pro", "lost")}),
    ("I dag ble søknaden fra Kvitli Cluster om status som NCE-klynge vraket.", {("Kvitli Cluster", "NCE", "rejected")}),
    ("Skoddvik Cluster fikk forlenget kontrakten som Arena Pro-klynge.", {("Skoddvik Cluster", "Arena Pro", "extended")}),
    ("Skoddvik Cluster mister støtten som NCE-klynge.", {("Skoddvik Cluster", "NCE", "lost")}),
    ("Biotech Timber Cluster ble avviklet som Arena-prosjekt.", {("Biotech Timber Cluster", "Arena", "lost")}),
    ("GCE-status glapp for VERA, HMB og SOLA.",
     {("VERA", "GCE", "rejected"), ("HMB", "GCE", "rejected"), ("SOLA", "GCE", "rejected")}),
    ("GCE-stempelet glapp for Fjordlys Cluster.", {("Fjordlys Cluster", "GCE", "rejected")}),
])
def test_wordings_in_every_clause_order(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Blir Skoddvik Cluster tatt opp som NCE-klynge?",
    "Vert Skoddvik Cluster teken opp som NCE-klynge?",
    "Skoddvik Cluster tar sikte på å bli løftet opp til GCE-klynge.",
])
def test_questions_and_aims_are_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("closer", ["Det gjelder Skoddvik, Kvitli og Havrand.", "Klyngene er:\n\nSkoddvik\n\nKvitli\n\nHavrand",
                                    "Dette er Bølgja, Kvitli og Havrand Hub."])
def test_clusters_named_in_the_next_paragraph(annotate_full, closer):
    found = events(annotate_full(f"Nye klynger fikk Arena-status i år.\n\n{closer}"))
    assert len(found) == 3 and {status for _, status, _ in found} == {"Arena"}


def test_a_negation_does_not_reach_into_an_at_clause(annotate_full):
    doc = annotate_full("Det er ikke mange dagene siden teamet fikk nyheten om at Solbrekk Cluster fikk NCE-status.")
    assert events(doc) == {("Solbrekk Cluster", "NCE", "granted")}


def test_a_heading_announcing_one_new_status(annotate_full):
    doc = annotate_full("Nytt Arena-prosjekt for havbruk\n\n40 aktører har gått sammen i Arena Straumvik Havbruk.")
    assert events(doc) == {("Straumvik Havbruk", "Arena", "granted")}


def test_a_status_named_after_saakalt_and_a_plural_pronoun(annotate_full):
    doc = annotate_full("Fjellgry Cluster og Dalvoll Cluster søkte i vår. Nå fikk de den høyeste statusen, såkalt NCE.")
    assert events(doc) == {("Fjellgry Cluster", "NCE", "granted"), ("Dalvoll Cluster", "NCE", "granted")}


def test_an_undated_event_takes_the_day_new_clusters_were_announced(annotate_full):
    doc = annotate_full("Earlier this month, the Vårlys cluster was granted GCE status.\n\n"
                        "On Friday 12 June 2015, the ministers presented seven new Norwegian clusters.", published=None)
    assert dated(doc) == {("Vårlys", "2015-06-12", "context")}


def test_an_english_compound_in_two_words_is_a_cluster_where_none_is_named(annotate_full):
    assert events(annotate_full("That is why the fintech cluster was given Arena status in record time.")) == {
        ("fintech cluster", "Arena", "granted")}
    assert events(annotate_full("That is why the new cluster was given Arena status in record time.")) == set()


def test_english_at_stays_a_preposition(nlp):
    article = Article(id="test", source="test.txt", paragraphs=[
        "Last year, the industry cluster at Kongsberg was granted NCE status."], published="2021-03-18", language="en")
    assert events(nlp(make_doc(nlp, article))) == set()


@pytest.mark.parametrize("text", ["I dag ble Arena-statusen til Havrand Seafood Hub avsluttet.",
                                  "I dag vart arenastatusen til Havrand Seafood Hub avslutta."])
def test_a_copula_gives_no_status_named_as_a_thing(annotate_full, text):
    assert all(action != "granted" for _, _, action in events(annotate_full(text)))
