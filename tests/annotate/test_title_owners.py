"""roles/owners.py on a parse given by hand: a proper noun after the name, "og" between two of
its words kept, is the title's organisation; a place is none. Bokmål and Nynorsk, invented names."""

import pytest
import spacy
from spacy.tokens import Doc

import extract.annotate.extensions  # noqa: F401  (registers token._.role_part)
from extract.annotate.roles.owners import TitleOwners


def _doc(words, pos, parts, ents=None):
    """A Doc with a flat parse (every word on the first), the tags ``pos``, the role parts ``parts``."""
    doc = Doc(spacy.blank("nb").vocab, words=words, pos=pos, heads=[0] * len(words), deps=["ROOT"] + ["dep"] * (len(words) - 1),
              ents=ents)
    for token, part in zip(doc, parts):
        token._.role_part = part
    return doc


@pytest.mark.parametrize("words", [
    "Lederen Sigrun Vadheim i Norsk Sau og Geit er kritisk .".split(),
    "Leiaren Sigrun Vadheim i Norsk Sau og Geit er kritisk .".split(),
])
def test_a_proper_noun_after_the_name_keeps_its_og(words):
    doc = _doc(words, ["NOUN", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "AUX", "ADJ", "PUNCT"],
               ["TITLE", "NAME", "NAME", "", "", "", "", "", "", "", ""])
    assert TitleOwners().of(doc[0:3], frozenset()).named == "Norsk Sau og Geit"


@pytest.mark.parametrize("words", [
    "Lederen Sigrun Vadheim i Oslo er kritisk .".split(),
    "Leiaren Sigrun Vadheim i Oslo er kritisk .".split(),
])
def test_a_place_after_the_name_is_no_organisation(words):
    doc = _doc(words, ["NOUN", "PROPN", "PROPN", "ADP", "PROPN", "AUX", "ADJ", "PUNCT"],
               ["TITLE", "NAME", "NAME", "", "", "", "", ""], ents=["O", "O", "O", "O", "B-GPE_LOC", "O", "O", "O"])
    assert TitleOwners().of(doc[0:3], frozenset()).named is None
