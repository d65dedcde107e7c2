"""Part of speech, lemmas and the parse of the shipped pipeline on Bokmål and Nynorsk news
sentences (``nlp`` / ``annotate_full`` fixtures in tests/conftest.py: build_nlp("default"))."""

import pytest


def tokens(doc):
    return {t.text: t for t in doc}


def test_pipeline_has_the_backbone_after_the_ner(nlp):
    names = nlp.pipe_names
    for name in ("tok2vec", "ner", "morphologizer", "trainable_lemmatizer", "parser"):
        assert name in names
    assert names.index("newsfacts_line_breaks") < names.index("parser")  # sentence starts first


def test_nynorsk_status_sentence(annotate_full):
    t = tokens(annotate_full("Klynga fekk NCE-status i fjor."))
    assert (t["Klynga"].pos_, t["fekk"].pos_, t["NCE-status"].pos_) == ("NOUN", "VERB", "NOUN")
    assert t["fekk"].lemma_ == "få"
    assert t["Klynga"].lemma_ == "klynge"
    assert t["Klynga"].head == t["fekk"] and t["Klynga"].dep_ == "SUBJ"
    assert t["NCE-status"].head == t["fekk"] and t["NCE-status"].dep_ == "DOBJ"


def test_bokmal_status_sentence(annotate_full):
    t = tokens(annotate_full("Klyngen fikk status som Arena-klynge i 2019."))
    assert (t["Klyngen"].pos_, t["fikk"].pos_, t["status"].pos_) == ("NOUN", "VERB", "NOUN")
    assert (t["fikk"].lemma_, t["Klyngen"].lemma_) == ("få", "klynge")


def test_auxiliary_and_participle(annotate_full):
    t = tokens(annotate_full("Regjeringen har bevilget 20 millioner kroner til prosjektet."))
    assert (t["har"].pos_, t["har"].lemma_) == ("AUX", "ha")
    assert (t["bevilget"].pos_, t["bevilget"].lemma_) == ("VERB", "bevilge")
    assert t["prosjektet"].lemma_ == "prosjekt"
    assert t["20"].pos_ == "NUM"


@pytest.mark.parametrize("text, word, lemma", [
    ("Hun er styreleder i klyngen.", "er", "være"),
    ("Ho er styreleiar i klynga.", "er", "vere"),
    ("Han vil ikke svare.", "vil", "ville"),
    ("Han vil ikkje svare.", "vil", "vilje"),
])
def test_shared_forms_get_the_lemma_of_their_standard(annotate_full, text, word, lemma):
    assert tokens(annotate_full(text))[word].lemma_ == lemma


def test_proper_nouns_and_numbers(annotate_full):
    t = tokens(annotate_full("Ola Nordmann starta bedrifta i Bergen med fire tilsette."))
    assert t["Bergen"].pos_ == "PROPN"
    assert t["fire"].pos_ == "NUM"
    assert t["starta"].pos_ == "VERB"


def test_parser_keeps_the_sentences_of_the_sentencizer(annotate_full):
    doc = annotate_full("Klynga fekk status. Ho vart leiar i fjor.\nStyret møtest i dag")
    sents = [s for s in doc.sents if s.text.strip()]  # the line break token is a sentence of its own
    assert [s.text.strip() for s in sents] == ["Klynga fekk status.", "Ho vart leiar i fjor.",
                                               "Styret møtest i dag"]
    for sent in sents:
        assert sum(t.dep_ == "ROOT" for t in sent) == 1
