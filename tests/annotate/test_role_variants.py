"""Person roles hold when what must not matter changes: generated variants of role sentences, EACH
of every template in each language (names of six shapes, titles and organisations of the template's
fields, Bokmål and Nynorsk; see role_variants.py), each template drawing from a seed of its own, so a
template added leaves the other templates' variants as they were. Each variant must give exactly the (person, role,
organisation) rows it states. The pass rate must be at least BAR; the test prints the rate per
kind, template, name shape, field and language, and the failing kinds. The occupations no title
list knows ("tømrer", "serieskapar", "sandvolleyballspillerne") are a suite of their own: the same
templates, told by where the noun stands (OCCUPATION_BAR)."""

import pytest

from tests.annotate.role_variants import generate, reported_rate

# 24 of each of 54 templates in 2 languages: 2,592 variants, measured 0.941 (session 23). Drawn from one shared
# stream before (2,400 spread over the templates, redrawn whenever a template came) main measured 0.944; drawn per
# template, main's code gave 0.9396 on the 50 templates it had and 0.920 on all 54 (0.672 on the 4 new).
# With 7 more (credit lines, organisations named by a phrase or of several words in the genitive, two compound
# titles joined by "og tidligere"): 61 templates, 2,928 variants, 0.960 (rn23b); main's code 0.280 on the 7 new.
# With 8 more (rn24, real pages: bulleted board items, abbreviated titles with no closing full stop, a firm after
# "NAME, TITLE", a body after a titled name and a comma, a chosen name before "som TITLE", a place and a service's
# body noun): 71 templates, 3,408 variants, 0.960 (0.961 on the 8 new); main's code 0.102 on the 8 new, 0.863 on all.
EACH, BAR = 24, 0.94
OCCUPATION_COUNT, OCCUPATION_BAR = 440, 0.85  # measured 0.886 with one-of-a-group (integ19 0.827; 0.000 before)


@pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped
def test_generated_variants_keep_their_roles():
    assert reported_rate(generate(each=EACH)) >= BAR


@pytest.mark.usefixtures("nlp")
def test_generated_variants_keep_unlisted_occupations():
    assert reported_rate(generate(OCCUPATION_COUNT, fields=("occupations",)), "occupation variants") >= OCCUPATION_BAR


def test_a_template_added_leaves_the_other_templates_variants(monkeypatch):
    """Each template draws from a seed of its own: without the first template, every other variant is the same."""
    from tests.annotate import role_variants

    data = role_variants.load()
    every = {v.id: v.text for v in generate(each=3)}
    monkeypatch.setattr(role_variants, "load", lambda: dict(data, templates=data["templates"][1:]))
    fewer = generate(each=3)
    assert len(fewer) == len(every) - 6 and all(every[v.id] == v.text for v in fewer)
