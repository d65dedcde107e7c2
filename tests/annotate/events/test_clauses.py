"""Clauses: appositions and relative clauses are clauses of their own."""

from extract.annotate.events.clauses import split_clauses

from .helpers import dated, events


def test_an_apposition_is_not_who_got_the_status(annotate_full):
    doc = annotate_full("Aquatech Cluster, en sammenslåing av akvArena og Smart Water Cluster, fikk NCE-status 20. juni.")
    assert events(doc) == {("Aquatech Cluster", "NCE", "granted")}


def test_a_relative_clause_gives_the_event_to_its_name(annotate_full):
    doc = annotate_full("Ålesund-miljøet har frå før Blue Maritime Cluster, som i 2014 vart Global Centre of Expertise.")
    assert dated(doc) == {("Blue Maritime Cluster", "2014-01-01", "text")}  # as written


def test_a_sentence_is_cut_at_its_breaks_around_its_inserts(annotate_text, vocabulary):
    doc = annotate_text("Aquatech Cluster, en sammenslåing av akvArena, fikk NCE-status, men Cod Cluster fikk nei.")
    clauses = split_clauses(vocabulary.words, next(doc.sents))
    assert [(c.kind, " ".join(t.text for t in c.tokens(doc))) for c in clauses] == [
        ("main", "Aquatech Cluster , , fikk NCE-status ,"),
        ("main", "men Cod Cluster fikk nei ."),
        ("apposition", "en sammenslåing av akvArena"),
    ]


def test_an_opening_condition_is_a_clause_of_its_own(annotate_text, vocabulary):
    doc = annotate_text("Dersom Cod Cluster får Arena Pro-status, blir finansieringen sikret.")
    clauses = split_clauses(vocabulary.words, next(doc.sents))
    assert [(c.kind, doc[c.start:c.end].text) for c in clauses] == [
        ("condition", "Dersom Cod Cluster får Arena Pro-status,"), ("main", "blir finansieringen sikret.")]
