import random

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from extract.ner.augment import _mentions_by_label, create_entity_swap_augmenter, swap_entities


def _doc(vocab):
    return Doc(vocab, words=["Ola", "Nordmann", "bur", "i", "Bergen", "."],
               spaces=[True, True, True, True, False, False],
               ents=["B-PER", "I-PER", "O", "O", "B-GPE_LOC", "O"])


def test_swap_entities_keeps_context_and_labels():
    nlp = spacy.blank("nb")
    ref = _doc(nlp.vocab)
    mentions = {"PER": [(("Kari", "Nilsen", "Gran"), (True, True))], "GPE_LOC": [(("Noreg",), ())]}
    random.seed(0)
    eg = swap_entities(Example(ref.copy(), ref), mentions, swap_probability=1.0)
    assert eg.reference.text == "Kari Nilsen Gran bur i Noreg."
    assert [(e.text, e.label_) for e in eg.reference.ents] == [("Kari Nilsen Gran", "PER"), ("Noreg", "GPE_LOC")]
    assert eg.predicted.text == eg.reference.text and not eg.predicted.ents

    unchanged = swap_entities(Example(ref.copy(), ref), mentions, swap_probability=0.0)
    assert unchanged.reference.text == ref.text
    assert [(e.start, e.end, e.label_) for e in unchanged.reference.ents] == [(0, 2, "PER"), (4, 5, "GPE_LOC")]


def test_augmenter_reads_mentions_from_docbin(tmp_path):
    nlp = spacy.blank("nb")
    path = tmp_path / "train.spacy"
    DocBin(docs=[_doc(nlp.vocab)]).to_disk(path)
    assert _mentions_by_label(str(path)) == {"PER": [(("Ola", "Nordmann"), (True,))],
                                             "GPE_LOC": [(("Bergen",), ())]}
    augment = create_entity_swap_augmenter(level=1.0, swap_probability=1.0, mentions=str(path))
    ref = Doc(nlp.vocab, words=["Kari", "flytta", "til", "Oslo"], spaces=[True, True, True, False],
              ents=["B-PER", "O", "O", "B-GPE_LOC"])
    (out,) = augment(nlp, Example(ref.copy(), ref))
    assert out.reference.text == "Ola Nordmann flytta til Bergen"
    no_ents = Doc(nlp.vocab, words=["Det", "regnar"])
    (same,) = augment(nlp, Example(no_ents.copy(), no_ents))
    assert same.reference is no_ents
