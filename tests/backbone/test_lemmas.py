"""newsfacts_lemmas: words of the train lexicon get its lemma for the text's standard."""

import spacy
from spacy.tokens import Doc

from extract.backbone.lemmas import LEXICON, build_lexicon, lexicon, read_lexicon, use_lexicon_lemmas


def lemmas(words, pos, model_lemmas):
    doc = Doc(spacy.blank("nb").vocab, words=words, pos=pos, lemmas=model_lemmas)
    return [t.lemma_ for t in use_lexicon_lemmas(doc)]


def test_nynorsk_text_gets_nynorsk_lemmas():
    assert lemmas(["Eg", "er", "ikkje", "der"], ["PRON", "AUX", "PART", "ADV"],
                  ["eg", "være", "ikkje", "der"]) == ["eg", "vere", "ikkje", "der"]


def test_bokmal_text_gets_bokmal_lemmas_and_seen_nouns_their_train_lemma():
    assert lemmas(["Jeg", "vil", "ikke", "se", "klyngen"], ["PRON", "AUX", "PART", "VERB", "NOUN"],
                  ["jeg", "vilje", "ikke", "sjå", "klyng"]) == ["jeg", "ville", "ikke", "se", "klynge"]


def test_part_of_speech_decides_and_proper_nouns_keep_the_model_lemma():
    # "er" as a PROPN is not looked up; "klyngen" as a VERB is not listed
    assert lemmas(["Jeg", "er", "ikke", "klyngen"], ["PRON", "PROPN", "PART", "VERB"],
                  ["jeg", "Er", "ikke", "klynge"]) == ["jeg", "Er", "ikke", "klynge"]


def test_an_english_text_gets_bokmal_lemmas_as_before_english_was_told():
    import extract.annotate.extensions  # noqa: F401  (doc._.language)

    doc = Doc(spacy.blank("nb").vocab, words=["The", "members", "vil", "grow"], pos=["DET", "NOUN", "AUX", "VERB"],
              lemmas=["the", "members", "vilje", "grow"])
    doc._.language = "en"
    assert [t.lemma_ for t in use_lexicon_lemmas(doc)][2] == "ville"


def test_without_a_standard_only_agreeing_lemmas_apply():
    # no function word tells the standard: "er" (være/vere) keeps the model's lemma,
    # "huset" (hus in both) gets the lexicon's
    assert lemmas(["Huset", "er", "stort"], ["NOUN", "AUX", "ADJ"], ["hu", "vere", "stor"]) == [
        "hus", "vere", "stor"]


def test_hyphenated_compounds_take_the_lemma_of_their_last_part():
    assert lemmas(["Eg", "såg", "NCE-klynga", "og", "Arena-prosjektet"], ["PRON", "VERB", "NOUN", "CCONJ", "NOUN"],
                  ["eg", "sjå", "NCE-klyng", "og", "Arena-prosjekte"]) == [
        "eg", "sjå", "NCE-klynge", "og", "Arena-prosjekt"]


def test_shipped_lexicon_is_what_the_train_data_gives(data_dir):
    assert build_lexicon(data_dir) == read_lexicon(LEXICON)
    assert lexicon()["er", "AUX"] == {"nb": "være", "nn": "vere"}


def test_a_past_form_the_tagger_calls_an_adjective_gets_the_verbs_lemma():
    assert lemmas(["Regjeringen", "utpekte", "ikke", "klyngen"], ["NOUN", "ADJ", "PART", "NOUN"],
                  ["regjering", "utpekkje", "ikke", "klynge"])[1] == "utpeke"
    assert lemmas(["Klyngene", "blei", "ikkje", "utnemnde"], ["NOUN", "AUX", "PART", "ADJ"],
                  ["klynge", "bli", "ikkje", "utnemnd"])[3] == "utnemne"
