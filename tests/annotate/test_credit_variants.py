"""Photo credits hold for names never seen: every name of ``tests/data/role_variants.yaml``
(six shapes: Norwegian, three-part, hyphenated, with a particle, foreign, with initials) in each
layout of a credit with no cue or with the agency first, Bokmål and Nynorsk. Each text must give
the name as a photographer. The pass rate must be at least BAR."""

import pytest
import yaml

from tests.annotate.role_variants import DATA
from tests.annotate.variants import facts_of

BAR = 0.92  # measured 0.952 (main before these credits were read: 0.172); a foreign name the model does not tag, alone on its line, is no credit (no evidence it is a name)
LAYOUTS = {  # a caption and the credit, then the text goes on; {N} the photographer
    "nb": {
        "own_line": "Kari Moe er på vei ut av kontrakten, og det er usikkert hvor hun havner.\n\n{N}\n\nDen skadde spilleren vil helst bli.",
        "caption_end": "JUBEL: Kari Moe scoret to mål i andre omgang. {N}\n\nMoe var best på banen.",
        "name_comma_agency": "Togene sto stille i flere timer, sier Kari Moe.\n\n{N}, NTB scanpix\n\nFlere tusen ventet.",
        "agency_first": "Fansen var sinte. FOTO: AP Photo/{N}/NTB scanpix. Laget spilte ikke.\n\nKampen endte uavgjort.",
        "pool": "Statsministeren må ta stilling. Foto: {N} / Pool / AP / NTB scanpix\n\nRegjeringen møtes i morgen.",
    },
    "nn": {
        "own_line": "Kari Moe er på veg ut av kontrakten, og det er uvisst kvar ho hamnar.\n\n{N}\n\nDen skadde spelaren vil helst bli.",
        "caption_end": "JUBEL: Kari Moe skåra to mål i andre omgang. {N}\n\nMoe var best på banen.",
        "name_comma_agency": "Toga stod stille i fleire timar, seier Kari Moe.\n\n{N}, NTB scanpix\n\nFleire tusen venta.",
        "agency_first": "Fansen var sinte. FOTO: AP Photo/{N}/NTB scanpix. Laget spelte ikkje.\n\nKampen enda uavgjort.",
        "pool": "Statsministeren må ta stilling. Foto: {N} / Pool / AP / NTB scanpix\n\nRegjeringa møtest i morgon.",
    },
}


class Variant:
    def __init__(self, index: int, language: str, layout: str, name: str) -> None:
        self.id, self.language, self.layout, self.name = f"c{index:04d}", language, layout, name
        self.text = LAYOUTS[language][layout].replace("{N}", name)


def variants() -> list[Variant]:
    names = [name for shape in yaml.safe_load(DATA.read_text(encoding="utf-8"))["names"].values() for name in shape]
    combos = [(language, layout, name) for language in LAYOUTS for layout in LAYOUTS[language] for name in names]
    return [Variant(i, *combo) for i, combo in enumerate(combos)]


@pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped
def test_credits_with_no_cue_or_the_agency_first_hold():
    cases = variants()
    found = {r["article"]["id"]: {(p["person"], p["role"]) for p in r["person_roles"]}
             for r in facts_of(cases, "Nyheter")}
    failing = [v for v in cases if (v.name, "fotograf") not in found.get(v.id, set())]
    rate = 1 - len(failing) / len(cases)
    print(f"\n{len(cases)} credit variants, pass rate {rate:.3f}")
    for v in failing[:15]:
        print(f"[{v.language} {v.layout}] {v.text!r}: got {sorted(found.get(v.id, set()), key=str)}")
    assert rate >= BAR
