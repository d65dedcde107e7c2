"""An organisation whose name is written as a phrase, a capitalised common noun and lower-case words a
preposition opens ("Leger uten grenser", "Fremtiden i våre hender"), after a title and its preposition:
the whole phrase is the organisation, not its first word or none (session 23, Bokmål and Nynorsk); a
phrase of time after a name is none of it ("sjef i Posten i mange år")."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Kari Holm er generalsekretær i Barn uten grenser.", ("Kari Holm", "generalsekretær", "Barn uten grenser")),
    ("Kari Holm er generalsekretær i Born utan grenser.", ("Kari Holm", "generalsekretær", "Born utan grenser")),
    ("– Vi er fornøyde, sier Kari Holm, leder i Fremtiden i våre hender.",
     ("Kari Holm", "leder", "Fremtiden i våre hender")),
    ("– Vi er nøgde, seier Kari Holm, leiar i Fremtiden i våre hender.",
     ("Kari Holm", "leiar", "Fremtiden i våre hender")),
    ("Ola Dal er styremedlem i Foreningen for hjertesyke barn, og han er fornøyd.",
     ("Ola Dal", "styremedlem", "Foreningen for hjertesyke barn")),
    ("Ola Dal er styremedlem i Foreininga for hjartesjuke born, og han er nøgd.",
     ("Ola Dal", "styremedlem", "Foreininga for hjartesjuke born")),
])
def test_an_organisation_named_by_a_phrase(annotate_full, text, expected):
    assert roles(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Kari Holm har vært sjef i Posten i mange år.", ("Kari Holm", "sjef", "Posten")),
    ("Kari Holm har vore sjef i Posten i mange år.", ("Kari Holm", "sjef", "Posten")),
])
def test_a_phrase_of_time_is_no_part_of_the_name(annotate_full, text, expected):
    assert roles(annotate_full(text)) == {expected}
