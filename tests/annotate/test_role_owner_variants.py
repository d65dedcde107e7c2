"""Whose a staff title is holds when what must not matter changes: generated variants
(role_variants.py, kind ``title_owner``) where the words around the title say it ("politiets
talsperson": not the organisation the article names most; "{O} manglet sin kaptein": {O};
"sier statssekretær NAME i departementet": the ministry the article names), unseen names and
organisations, Bokmål and Nynorsk. The pass rate must be at least BAR."""

import pytest

from tests.annotate.role_variants import generate, reported_rate

COUNT, BAR = 150, 0.95  # measured 1.000 (main before the words around the title were read: 0.000)


@pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped
def test_whose_title_it_is_holds():
    assert reported_rate(generate(COUNT, kinds={"title_owner"})) >= BAR
