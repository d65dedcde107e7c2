import pytest
import spacy
from spacy.tokens import Doc

from extract.ner.evaluate import unseen_prf


def test_unseen_prf_counts_only_entities_not_seen_in_train():
    vocab = spacy.blank("nb").vocab
    words = ["Kari", "Nilsen", "reiste", "frå", "Bergen", "til", "Vestland"]
    gold = Doc(vocab, words=words, ents=["B-PER", "I-PER", "O", "O", "B-GPE_LOC", "O", "B-GPE_LOC"])
    pred = Doc(vocab, words=words, ents=["B-PER", "I-PER", "O", "O", "B-GPE_LOC", "O", "B-ORG"])
    # "Bergen" is seen in train, so only Kari Nilsen (right) and Vestland (wrong label) count
    res = unseen_prf([(pred, gold)], frozenset({"Bergen"}))
    assert res["entities"] == 2
    assert res["p"] == pytest.approx(0.5) and res["r"] == pytest.approx(0.5) and res["f"] == pytest.approx(0.5)
    assert unseen_prf([(pred, gold)], frozenset({"Bergen", "Vestland", "Kari Nilsen"}))["entities"] == 0
