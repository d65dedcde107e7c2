"""roles/predicates.py: what a copula says a predicate noun of, in both standards."""

import pytest

from extract.annotate.roles.predicates import Predicates


@pytest.mark.parametrize("text, first, second", [
    ("Havlys og Fjordmat er venner og naboer.", "venner", "naboer"),
    ("Havlys og Fjordmat er vener og grannar.", "vener", "grannar"),
])
def test_the_second_of_two_plural_predicates_is_said_of_the_subject_too(nlp, text, first, second):
    doc, predicates = nlp(text), Predicates()
    said = {token.text: predicates.subject(token) for token in doc if token.text in (first, second)}
    assert said[first] is not None and said[second] is not None and said[second].i == said[first].i
