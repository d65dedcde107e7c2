""""NAME VERB som ADJ TITLE": an adjective between "som" and the title leaves the title the
person's role ("fortsette som norsk landslagssjef"). Bokmål and Nynorsk, invented names."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Sjansen frister Torgrim Hallbrekke til å fortsette som svensk landslagssjef.",
     ("Torgrim Hallbrekke", "landslagssjef")),
    ("Sjansen fristar Torgrim Hallbrekke til å fortsetje som svensk landslagssjef.",
     ("Torgrim Hallbrekke", "landslagssjef")),
    ("Ingrid Solbakk tok over som midlertidig daglig leder i mars.", ("Ingrid Solbakk", "daglig leder")),
    ("Ingrid Solbakk held fram som einaste dagleg leiar i firmaet.", ("Ingrid Solbakk", "dagleg leiar")),
])
def test_an_adjective_before_the_title_after_som(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))
