"""The trainable lemmatizer run on the words the lexicon left only.

``newsfacts_lemmas`` gives most words their lemma before the lemmatizer runs (``lemmas.py``), and
the lemmatizer, which does not overwrite, sets only the words still without one. spaCy's
``EditTreeLemmatizer.predict`` still scores every word against every edit tree and tries the best
tree on each: most of the lemmatizer's time, for words whose lemma it then leaves as it is.
``UnlistedWordsLemmatizer`` scores the rows of those words only, with the same output layer on the
same vectors (each row of a matrix product is computed on its own), so every lemma it sets is the
one the lemmatizer sets."""

from __future__ import annotations

from typing import Callable, Optional

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import DEFAULT_EDIT_TREE_LEMMATIZER_MODEL, EditTreeLemmatizer
from spacy.tokens import Doc

_OUTPUT = "with_array(softmax)"  # spacy.Tagger.v2: the tok2vec listener, then this layer


class UnlistedWordsLemmatizer(EditTreeLemmatizer):
    """``EditTreeLemmatizer`` whose ``predict`` gives a tree only to the words with no lemma yet
    (-1, "none", to the others, whose lemma ``set_annotations`` leaves as it is). Where that
    would not give the same lemmas (it overwrites, keeps several trees, or its model is not the
    Tagger's two layers with a plain softmax) it predicts as ``EditTreeLemmatizer`` does."""

    def predict(self, docs):
        if not self._scores_rows_alone():
            return super().predict(docs)
        docs = list(docs)
        unset = [_unset_lemmas(doc) for doc in docs]
        guesses = [numpy.full(len(doc), -1) for doc in docs]
        if not any(len(rows) for rows in unset):
            return guesses
        listener, output = self.model.layers
        vectors = listener.predict(docs)
        scores = output.layers[0].predict(self.model.ops.xp.concatenate([v[rows] for v, rows in zip(vectors, unset)]))
        best = self.numpy_ops.asarray(scores.argmax(axis=1)).tolist()
        labels, at = self.cfg["labels"], 0
        for doc, rows, doc_guesses in zip(docs, unset, guesses):
            for i in rows.tolist():
                tree_id = labels[best[at]]
                at += 1
                if self.trees.apply(tree_id, doc[i].text) is not None:
                    doc_guesses[i] = tree_id
        return guesses


    def _scores_rows_alone(self) -> bool:
        layers = self.model.layers
        return not self.overwrite and self.top_k == 1 and len(layers) == 2 and layers[1].name == _OUTPUT \
            and not layers[1].layers[0].attrs.get("softmax_normalize", True)


@Language.factory(
    "newsfacts_lemmatizer",
    assigns=["token.lemma"],
    requires=[],
    default_config={
        "model": DEFAULT_EDIT_TREE_LEMMATIZER_MODEL,
        "backoff": "orth",
        "min_tree_freq": 3,
        "overwrite": False,
        "top_k": 1,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_unlisted_words_lemmatizer(nlp: Language, name: str, model, backoff: Optional[str],
                                   min_tree_freq: int, overwrite: bool, top_k: int,
                                   scorer: Optional[Callable]) -> UnlistedWordsLemmatizer:
    """spaCy's ``trainable_lemmatizer``, same settings and weights, as an ``UnlistedWordsLemmatizer``."""
    return UnlistedWordsLemmatizer(nlp.vocab, model, name, backoff=backoff, min_tree_freq=min_tree_freq,
                                   overwrite=overwrite, top_k=top_k, scorer=scorer)


def _unset_lemmas(doc: Doc) -> numpy.ndarray:
    """The indices of ``doc``'s tokens with no lemma."""
    return numpy.flatnonzero(doc.to_array(LEMMA) == 0) if len(doc) else numpy.zeros(0, dtype=int)
