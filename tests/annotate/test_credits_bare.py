"""Photo credits with no cue or with an agency first: a name with particles, "AGENCY/NAME/AGENCY",
"NAME, AGENCY" on its own line, and a bare name on its own line or ending a caption after its
last sentence; a name in an author's box or a list is no credit. Bokmål and Nynorsk, invented names."""

import pytest


def credits(doc):
    return {(r._.role["person"], r._.role["role"]) for r in doc.spans["roles"] if r._.role["rule"] == "credit"}


def _annotate(annotate_text, lines):
    return annotate_text("\n\n".join(lines))


@pytest.mark.parametrize("lines, photographer", [
    (["Statsministeren må ta stilling til saken. Foto: Mathilde van der Berghe / Pool / AP / NTB scanpix",
      "Regjeringen møtes i morgen."], "Mathilde van der Berghe"),
    (["Statsministeren må ta stilling til saka. Foto: Mathilde van der Berghe / Pool / AP / NTB scanpix",
      "Regjeringa møtest i morgon."], "Mathilde van der Berghe"),
    (["Fansen var sinte. FOTO: AP Photo/Henrik Lysvold/NTB scanpix. Laget spilte ikke.",
      "Kampen endte uavgjort."], "Henrik Lysvold"),
    (["Fansen var sinte. FOTO: AP Photo/Henrik Lysvold/NTB scanpix. Laget spelte ikkje.",
      "Kampen enda uavgjort."], "Henrik Lysvold"),
    (["Togene sto stille i flere timer, sier pressevakt Kari Moe.", "Sindre Aalvik, NTB scanpix",
      "Flere tusen ventet på stasjonene."], "Sindre Aalvik"),
    (["Toga stod stille i fleire timar, seier pressevakt Kari Moe.", "Sindre Aalvik, NTB scanpix",
      "Fleire tusen venta på stasjonane."], "Sindre Aalvik"),
    (["Kari Moe er på vei ut av kontrakten, og det er usikkert hvor hun havner.", "Torunn Bekkevold",
      "Den skadde spilleren vil helst bli i byen."], "Torunn Bekkevold"),
    (["Kari Moe er på veg ut av kontrakten, og det er uvisst kvar ho hamnar.", "Torunn Bekkevold",
      "Den skadde spelaren vil helst bli i byen."], "Torunn Bekkevold"),
    (["JUBEL: Kari Moe scoret to mål i andre omgang. Torunn Bekkevold", "Moe var best på banen."],
     "Torunn Bekkevold"),
    (["JUBEL: Kari Moe skåra to mål i andre omgang. Torunn Bekkevold", "Moe var best på banen."],
     "Torunn Bekkevold"),
])
def test_a_credit_without_a_cue_or_with_the_agency_first(annotate_text, lines, photographer):
    assert (photographer, "fotograf") in credits(_annotate(annotate_text, lines))


@pytest.mark.parametrize("lines", [
    ["Panelet delte sine perspektiver under konferansen.", "Torunn Bekkevold", "Kommunikasjonssjef",
     "19. august 2022"],
    ["Panelet delte sine perspektiv under konferansen.", "Torunn Bekkevold", "Kommunikasjonssjef",
     "19. august 2022"],
    ["Styret består av:", "Liv Grimstad, Nordvik Energi (gjenvalgt)", "Torunn Bekkevold"],
    ["Styret er sett saman av:", "Liv Grimstad, Nordvik Energi (attvald)", "Torunn Bekkevold"],
    ["Torunn Bekkevold er ny leder. Kari Moe", "Moe sier hun gleder seg til å jobbe med Kari Moe."],
    ["Torunn Bekkevold er ny leiar. Kari Moe", "Moe seier ho gler seg til å jobbe med Kari Moe."],
])
def test_a_name_in_an_authors_box_a_list_or_the_text_is_no_credit(annotate_text, lines):
    assert not credits(_annotate(annotate_text, lines))
