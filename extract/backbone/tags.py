"""Part of speech from the parse and from the text's standard (``newsfacts_ud_tags``, after the parser).

Two things the morphologizer cannot see from a few words around a token:

* **Auxiliary or main verb.** The train data call "ha", "bli", the modals and "få" AUX when the
  verb has an infinitive or participle dependent (NDT's INFV) and VERB otherwise, and "være/vere"
  AUX also before a predicative (SPRED); ``data/ndt_to_ud.yaml`` lists them. The component applies
  the same definition to the predicted tree ("har" in "har kjøpt" AUX, in "har to barn" VERB). A
  copula the tree gives neither dependent keeps the morphologizer's tag ("er i Oslo" is AUX in UD).
* **Proper nouns in Nynorsk.** UD Nynorsk tags a name NOUN when it carries a gender or an
  abbreviation mark ("Marie", "Stortinget", "EU"), UD Bokmål PROPN (``nynorsk_noun_features``);
  the model is trained on the Bokmål form, and a text the lemmas component finds Nynorsk gets the
  Nynorsk one. Use ``is_proper_noun`` to ask for a name in either form.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .convert import mapping
from .lemmas import add_lexicon_lemmas, document_standard

_AUX, _VERB, _PROPN, _NOUN = "AUX", "VERB", "PROPN", "NOUN"


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """Auxiliaries, copulas and the features that make a Nynorsk name a NOUN (ndt_to_ud.yaml)."""
    m = mapping()
    return frozenset(m["auxiliaries"]), frozenset(m["copulas"]), tuple(m["nynorsk_noun_features"])


@Language.component("newsfacts_ud_tags")
def tag_from_tree_and_standard(doc: Doc) -> Doc:
    """AUX/VERB of auxiliary verbs from the parse; NOUN for marked proper nouns in Nynorsk."""
    auxiliaries, copulas, noun_features = _word_lists()
    nynorsk = None
    for token in doc:
        pos = token.pos_
        if pos in (_AUX, _VERB) and token.lemma_ in auxiliaries:
            _tag_auxiliary(token, token.lemma_ in copulas)
        elif pos == _PROPN:
            nynorsk = document_standard(doc) == "nn" if nynorsk is None else nynorsk
            if nynorsk and any(token.morph.get(f) for f in noun_features):
                token.pos_ = _NOUN
    return doc


def _tag_auxiliary(token: Token, copula: bool) -> None:
    relations = {child.dep_ for child in token.children}
    if "INFV" in relations or copula and "SPRED" in relations:
        token.pos_ = _AUX
    elif not copula:
        token.pos_ = _VERB


def is_proper_noun(token: Token) -> bool:
    """PROPN, or a name UD Nynorsk tags NOUN (capitalised, a gender or abbreviation, no Definite)."""
    if token.pos_ == _PROPN:
        return True
    return token.pos_ == _NOUN and not token.is_lower and not token.morph.get("Definite")


def add_backbone_rules(nlp: Language) -> None:
    """``newsfacts_lemmas`` after the lemmatizer and ``newsfacts_ud_tags`` after the parser (where
    the pipeline has them), as build_nlp and the evaluation run the model."""
    add_lexicon_lemmas(nlp)
    if "parser" in nlp.pipe_names and "newsfacts_ud_tags" not in nlp.pipe_names:
        nlp.add_pipe("newsfacts_ud_tags", after="parser")
