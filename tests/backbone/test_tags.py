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


def _passive(words, lemmas, participle_pos="VERB"):
    """SUBJ aux participle (INFV) PP: "Klynga vart tildelt status"."""
    return parsed(words, ["NOUN", "AUX", participle_pos, "NOUN", "ADV", "PUNCT"], lemmas,
                  [1, 1, 1, 2, 1, 1], ["SUBJ", "ROOT", "INFV", "IOBJ", "ADV", "IP"],
                  ["", "", "VerbForm=Part", "", "", ""])


def test_a_passive_participle_is_adj_in_nynorsk_and_verb_in_bokmal_as_the_ud_treebanks_tag_it():
    nynorsk = tag_from_tree_and_standard(_passive(["Klynga", "vart", "tildelt", "status", "ikkje", "."],
                                                  ["klynge", "verte", "tildele", "status", "ikkje", "."]))
    assert nynorsk[2].pos_ == "ADJ"
    blei = tag_from_tree_and_standard(_passive(["Klynga", "blei", "tildelt", "status", "ikkje", "."],
                                               ["klynge", "bli", "tildele", "status", "ikkje", "."]))
    assert blei[2].pos_ == "ADJ"
    bokmal = tag_from_tree_and_standard(_passive(["Klyngen", "ble", "tildelt", "status", "ikke", "."],
                                                 ["klynge", "bli", "tildele", "status", "ikke", "."], "ADJ"))
    assert bokmal[2].pos_ == "VERB"


@pytest.mark.parametrize("words, lemmas", [
    (["Klyngen", "har", "fått", "status", "ikke", "."], ["klynge", "ha", "få", "status", "ikke", "."]),
    (["Klynga", "har", "fått", "status", "ikkje", "."], ["klynge", "ha", "få", "status", "ikkje", "."]),
])
def test_the_participle_of_the_perfect_is_verb_in_both_standards(words, lemmas):
    doc = tag_from_tree_and_standard(_passive(words, lemmas, "ADJ"))
    assert [doc[1].pos_, doc[2].pos_] == ["AUX", "VERB"]


def test_a_participle_under_bli_keeps_its_tag_when_the_standard_is_unknown():
    doc = tag_from_tree_and_standard(_passive(["Klynga", "blir", "tildelt", "status", "snart", "."],
                                              ["klynge", "bli", "tildele", "status", "snart", "."], "ADJ"))
    assert doc[2].pos_ == "ADJ"


def test_a_first_name_left_without_gender_takes_its_train_gender_in_a_nynorsk_text():
    words = ["Det", "er", "utruleg", ",", "seier", "Berit", "ikkje", "."]
    doc = parsed(words, ["PRON", "AUX", "ADJ", "PUNCT", "VERB", "PROPN", "ADV", "PUNCT"],
                 [w.lower() for w in words], [1, 1, 1, 4, 1, 4, 4, 1],
                 ["FSUBJ", "ROOT", "SPRED", "IK", "ADV", "SUBJ", "ADV", "IP"])
    tag_from_tree_and_standard(doc)
    assert (doc[5].pos_, doc[5].morph.get("Gender")) == ("NOUN", ["Fem"])
    assert is_proper_noun(doc[5])
    bokmal = parsed(["Det", "er", "utrolig", ",", "sier", "Berit", "ikke", "."],
                    ["PRON", "AUX", "ADJ", "PUNCT", "VERB", "PROPN", "ADV", "PUNCT"],
                    ["det", "være", "utrolig", ",", "si", "Berit", "ikke", "."], [1, 1, 1, 4, 1, 4, 4, 1],
                    ["FSUBJ", "ROOT", "SPRED", "IK", "ADV", "SUBJ", "ADV", "IP"])
    assert tag_from_tree_and_standard(bokmal)[5].pos_ == "PROPN"
