"""A goal the next sentence says was reached is a grant ("Den gang var målsetningen å oppnå
NCE-status. – Det har vi jammen klart."); a goal not reached, or reached only as a hope, is none
(invented names, Bokmål and Nynorsk)."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text", [
    "Styreleder Kari Nordmann åpnet eiermøtet til Havbris Biocluster. Forrige eiermøte var i mars 2018. "
    "Den gang var målsetningen å oppnå NCE-status.\n\n– Det har vi jammen klart. Det er en kjempeseier for oss alle, "
    "sier Kari Nordmann.",
    "Styreleiar Kari Nordmann opna eigarmøtet til Havbris Biocluster. Førre eigarmøte var i mars 2018. "
    "Den gongen var målsetjinga å oppnå NCE-status.\n\n– Det har vi jammen klart. Det er ein kjempesiger for oss alle, "
    "seier Kari Nordmann.",
    "Styreleiar Kari Nordmann opna eigarmøtet til Havbris Biocluster. Målsetjinga var å oppnå NCE-status.\n\n"
    "– Det klarte vi, seier Kari Nordmann.",
])
def test_a_goal_the_next_sentence_says_was_reached_is_a_grant(annotate_full, text):
    assert events(annotate_full(text)) == {("Havbris Biocluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Styreleder Kari Nordmann åpnet eiermøtet til Havbris Biocluster. Den gang var målsetningen å oppnå NCE-status."
    "\n\n– Det har vi ikke klart ennå, sier Kari Nordmann.",
    "Styreleiar Kari Nordmann opna eigarmøtet til Havbris Biocluster. Den gongen var målsetjinga å oppnå NCE-status."
    "\n\n– Vi jobbar vidare med det, seier Kari Nordmann.",
    "Havbris Biocluster håper å få NCE-status neste år. Det kan vi klare, sier lederen.",
    "Havbris Biocluster håpar å få NCE-status neste år. Det kan vi klare, seier leiaren.",
])
def test_a_goal_not_reached_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()
