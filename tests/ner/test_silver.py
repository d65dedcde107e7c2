import pytest
from spacy.tokens import DocBin

from extract.ner import default_model_path
from extract.ner.convert import norec_reviews
from extract.ner.silver import MAX_WORDS, MIN_WORDS, news_sentences, select_sentences, vote, write_silver


def test_vote_keeps_majority_spans():
    a = [(0, 2, "PER"), (5, 6, "ORG")]
    b = [(0, 2, "PER"), (5, 6, "GPE_ORG")]
    c = [(0, 1, "PER"), (5, 6, "ORG"), (8, 9, "LOC")]
    assert vote([a, b, c], 2) == [(0, 2, "PER"), (5, 6, "ORG")]


def test_vote_resolves_overlaps_by_votes_then_position():
    # (1, 3) has 3 votes and wins over the overlapping (0, 2) with 2
    preds = [[(0, 2, "ORG"), (1, 3, "ORG")], [(0, 2, "ORG"), (1, 3, "ORG")], [(1, 3, "ORG")]]
    assert vote(preds, 2) == [(1, 3, "ORG")]
    # equal votes: the leftmost span is taken
    assert vote([[(0, 2, "ORG"), (1, 3, "PER")]] * 2, 2) == [(0, 2, "ORG")]


def test_vote_counts_a_teacher_once_per_span():
    assert vote([[(0, 1, "PER"), (0, 1, "PER")], []], 2) == []


def test_write_silver_labels_with_the_teachers(tmp_path):
    model = default_model_path()
    sentences = ["Kari Nordmann er dagleg leiar i Equinor i Stavanger.",
                 "Det regna heile dagen."]
    out = tmp_path / "silver.spacy"
    n_docs, n_ents = write_silver(sentences, [model, model, model], out)
    import spacy

    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("nb").vocab))
    assert n_docs == 2 and [d.text for d in docs] == sentences
    assert n_ents == sum(len(d.ents) for d in docs) > 0
    assert ("Kari Nordmann", "PER") in {(e.text, e.label_) for e in docs[0].ents}
    # the second sentence is all O, explicitly (not missing): it teaches "no entity here"
    assert docs[1].ents == () and all(t.ent_iob_ == "O" for t in docs[1])


def test_select_sentences_news_then_bokmal_reviews(data_dir):
    if not (data_dir / "norquad" / "news.jsonl").exists():
        pytest.skip("NorQuAD news not available")
    from extract.parse.language import detect_language

    news = [s for s in news_sentences(data_dir) if MIN_WORDS <= len(s.split()) <= MAX_WORDS]
    n = len(news) + 2000
    sents = select_sentences(data_dir, n, norec_limit=3000)
    assert len(sents) == n
    assert sents[: len(news)] == news
    assert all(MIN_WORDS <= len(s.split()) <= MAX_WORDS for s in sents)
    nynorsk_reviews = {s for review in norec_reviews(data_dir, 3000)
                       if detect_language(" ".join(review)) == "nn" for s in review}
    assert nynorsk_reviews and not nynorsk_reviews & set(sents[len(news):])
    assert select_sentences(data_dir, n, norec_limit=3000) == sents  # seeded
    assert select_sentences(data_dir, n, norec_limit=0) == news  # no NoReC: news only
