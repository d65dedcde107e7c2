"""Person roles hold when what must not matter changes: 2,400 generated variants of role
sentences (names of six shapes, titles and organisations of six fields, twenty-two layouts,
Bokmål and Nynorsk; see role_variants.py). Each variant must give exactly the (person, role,
organisation) rows it states. The pass rate must be at least BAR; the test prints the rate per
kind, template, name shape, field and language, and the failing kinds. The occupations no title
list knows ("tømrer", "serieskapar", "sandvolleyballspillerne") are a suite of their own: the same
templates, told by where the noun stands (OCCUPATION_BAR)."""

import pytest

from tests.annotate.role_variants import generate, reported_rate

COUNT, BAR = 2400, 0.94  # measured 0.941 with one-of-a-group, compound and name-verb-name templates (integ19 code on this yaml 0.845; main before these fixes: 0.740)
OCCUPATION_COUNT, OCCUPATION_BAR = 440, 0.85  # measured 0.886 with one-of-a-group (integ19 0.827; 0.000 before)


@pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped
def test_generated_variants_keep_their_roles():
    assert reported_rate(generate(COUNT)) >= BAR


@pytest.mark.usefixtures("nlp")
def test_generated_variants_keep_unlisted_occupations():
    assert reported_rate(generate(OCCUPATION_COUNT, fields=("occupations",)), "occupation variants") >= OCCUPATION_BAR
