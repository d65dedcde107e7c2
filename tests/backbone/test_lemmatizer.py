"""UnlistedWordsLemmatizer: the shipped lemmatizer scores only the words the lexicon left, and sets
the lemmas spaCy's EditTreeLemmatizer sets (``nlp`` fixture: build_nlp("default"))."""

import pytest
from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer

from extract.backbone.lemmatizer import UnlistedWordsLemmatizer

TEXTS = [
    "Klyngen Vestlandsk Sjømatnettverk fikk Arena-status, og daglig leder Kari Fjellvang jublet over tildelingen.",
    "Klynga Nordfjord Treforum fekk Arena-status, og dagleg leiar Kari Fjellvang jubla over tildelinga.",
    "Bedriftene i Grønnvik Industriklynge har samarbeidet siden 2015 om nye løsninger for havbruk.",
    "Bedriftene i Grønnvik Industriklynge har samarbeidd sidan 2015 om nye løysingar for havbruk.",
    "",
    "Ok.",
]


def lemmas_with(nlp, cls, texts):
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    kept = lemmatizer.__class__
    lemmatizer.__class__ = cls
    try:
        return [[t.lemma_ for t in doc] for doc in nlp.pipe(texts, batch_size=4)]
    finally:
        lemmatizer.__class__ = kept


def test_the_pipeline_lemmatises_the_unlisted_words_only(nlp):
    assert type(nlp.get_pipe("trainable_lemmatizer")) is UnlistedWordsLemmatizer


@pytest.mark.parametrize("batch", [TEXTS, TEXTS[::-1], TEXTS[:1]])
def test_same_lemmas_as_spacys_lemmatizer(nlp, batch):
    assert lemmas_with(nlp, UnlistedWordsLemmatizer, batch) == lemmas_with(nlp, EditTreeLemmatizer, batch)


def test_words_the_lexicon_left_get_a_lemma(nlp):
    doc = nlp("Fjellvangs nye klyngeleiar Sjurdine Brekkestrand tok over i Grønnvik.")
    assert all(t.lemma_ for t in doc)


def test_a_worker_rebuilding_the_pipeline_lemmatises_the_unlisted_words_only(nlp):
    from extract.batch.work import pipeline_from_bytes

    rebuilt = pipeline_from_bytes(nlp.config.to_str(), nlp.to_bytes())
    assert type(rebuilt.get_pipe("trainable_lemmatizer")) is UnlistedWordsLemmatizer
    assert [[t.lemma_ for t in doc] for doc in rebuilt.pipe(TEXTS)] == [[t.lemma_ for t in doc] for doc in nlp.pipe(TEXTS)]


def test_the_shipped_config_names_the_factory(nlp):
    assert nlp.config["components"]["trainable_lemmatizer"]["factory"] == "newsfacts_lemmatizer"
    assert nlp.get_pipe_meta("trainable_lemmatizer").assigns == ["token.lemma"]


@pytest.mark.parametrize("setting, value", [("overwrite", True), ("top_k", 3)])
def test_a_lemmatizer_set_otherwise_scores_every_word_as_spacys_does(nlp, monkeypatch, setting, value):
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    docs = list(nlp.pipe(TEXTS[:2]))  # lemmas set: the unlisted-words path would leave them unscored
    monkeypatch.setattr(lemmatizer, setting, value)
    assert [list(g) for g in lemmatizer.predict(docs)] == [list(g) for g in EditTreeLemmatizer.predict(lemmatizer, docs)]
