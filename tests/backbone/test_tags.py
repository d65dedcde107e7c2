"""newsfacts_ud_tags (extract/backbone/tags.py) on hand-tagged Docs, as the model would leave them."""

import pytest
import spacy
from spacy.tokens import Doc

from extract.backbone.tags import is_proper_noun, tag_from_tree_and_standard


def parsed(words, pos, lemmas, heads, deps, morphs=None):
    """A Doc as the model leaves it: ``heads`` 0-based (a root points at itself)."""
    return Doc(spacy.blank("nb").vocab, words=words, pos=pos, lemmas=lemmas, heads=heads, deps=deps,
               morphs=morphs or [""] * len(words))


@pytest.mark.parametrize("words, lemmas, tagged, expected", [
    # "har" with a participle under it is the perfect auxiliary, with an object the main verb
    (["Klynga", "har", "fått", "status"], ["klynge", "ha", "få", "status"], "VERB", "AUX"),
    (["Klyngen", "har", "fått", "status"], ["klynge", "ha", "få", "status"], "VERB", "AUX"),
])
def test_an_auxiliary_with_an_infinitive_or_participle_under_it_is_aux(words, lemmas, tagged, expected):
    doc = parsed(words, ["NOUN", tagged, "VERB", "NOUN"], lemmas, [1, 1, 1, 2],
                 ["SUBJ", "ROOT", "INFV", "DOBJ"])
    assert tag_from_tree_and_standard(doc)[1].pos_ == expected


@pytest.mark.parametrize("words, lemmas", [
    (["Klynga", "har", "49", "medlemmer"], ["klynge", "ha", "49", "medlem"]),
    (["Klyngen", "fikk", "50", "millioner"], ["klynge", "få", "50", "million"]),
])
def test_an_auxiliary_verb_with_an_object_is_a_main_verb(words, lemmas):
    doc = parsed(words, ["NOUN", "AUX", "NUM", "NOUN"], lemmas, [1, 1, 3, 1], ["SUBJ", "ROOT", "DET", "DOBJ"])
    assert tag_from_tree_and_standard(doc)[1].pos_ == "VERB"


def test_a_copula_keeps_its_tag_unless_the_tree_shows_a_predicative():
    where = parsed(["Ho", "er", "i", "Oslo"], ["PRON", "AUX", "ADP", "PROPN"], ["ho", "vere", "i", "Oslo"],
                   [1, 1, 1, 2], ["SUBJ", "ROOT", "ADV", "PUTFYLL"])
    assert tag_from_tree_and_standard(where)[1].pos_ == "AUX"
    glad = parsed(["Ho", "er", "glad"], ["PRON", "VERB", "ADJ"], ["ho", "vere", "glad"], [1, 1, 1],
                  ["SUBJ", "ROOT", "SPRED"])
    assert tag_from_tree_and_standard(glad)[1].pos_ == "AUX"


def _names(words):
    pos = ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADV", "PUNCT"]
    morphs = ["Gender=Fem", "", "Abbr=Yes", "", "", "", ""]
    lemmas = [w.lower() for w in words]
    return parsed(words, pos, lemmas, [1, 1, 1, 1, 3, 1, 1],
                  ["SUBJ", "ROOT", "DOBJ", "ADV", "PUTFYLL", "ADV", "IP"], morphs)


def test_marked_proper_nouns_are_nouns_in_a_nynorsk_text_as_ud_nynorsk_tags_them():
    doc = tag_from_tree_and_standard(_names(["Marie", "kritiserte", "EU", "i", "Bergen", "ikkje", "."]))
    assert [t.pos_ for t in doc][:5] == ["NOUN", "VERB", "NOUN", "ADP", "PROPN"]
    assert all(is_proper_noun(doc[i]) for i in (0, 2, 4))


def test_proper_nouns_stay_propn_in_a_bokmal_text():
    doc = tag_from_tree_and_standard(_names(["Marie", "kritiserte", "EU", "i", "Bergen", "ikke", "."]))
    assert [t.pos_ for t in doc][:5] == ["PROPN", "VERB", "PROPN", "ADP", "PROPN"]


def test_a_common_noun_is_not_a_proper_noun():
    doc = parsed(["Bussen", "kom"], ["NOUN", "VERB"], ["buss", "komme"], [1, 1], ["SUBJ", "ROOT"],
                 ["Definite=Def|Gender=Masc|Number=Sing", ""])
    assert not is_proper_noun(doc[0])
