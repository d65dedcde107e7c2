"""Part of speech from the parse and from the text's standard (``newsfacts_ud_tags``, after the parser).

Three things the morphologizer cannot see from a few words around a token:

* **Auxiliary or main verb.** The train data call "ha", "bli", the modals and "få" AUX when the
  verb has an infinitive or participle dependent (NDT's INFV) and VERB otherwise, and "være/vere"
  AUX also before a predicative (SPRED); ``data/ndt_to_ud.yaml`` lists them. The component applies
  the same definition to the predicted tree ("har" in "har kjøpt" AUX, in "har to barn" VERB). A
  copula the tree gives neither dependent keeps the morphologizer's tag ("er i Oslo" is AUX in UD).
* **Participles under an auxiliary.** VERB under the perfect's "ha" in both standards; under
  "bli" VERB in Bokmål, ADJ in Nynorsk, as under "verte" and "vere" (``participle_pos``).
* **Proper nouns in Nynorsk.** UD Nynorsk tags a name NOUN when it carries a gender or an
  abbreviation mark ("Marie", "Stortinget", "EU"), UD Bokmål PROPN (``nynorsk_noun_features``);
  the model is trained on the Bokmål form, and a text the lemmas component finds Nynorsk gets the
  Nynorsk one. A name the model left without a gender takes the one NDT gives it in train
  (``names.py``). Use ``is_proper_noun`` to ask for a name in either form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import ADJ, AUX, PROPN, VERB
from spacy.tokens import Doc, Token

from .convert import mapping
from .lemmas import add_lexicon_lemmas, document_standard
from .names import name_genders

_AUX, _VERB, _PROPN, _NOUN = "AUX", "VERB", "PROPN", "NOUN"
_RETAGGED = frozenset({AUX, VERB, ADJ, PROPN})  # the parts of speech this component may change


@dataclass(frozen=True)
class _TagRules:
    auxiliaries: frozenset[str]
    copulas: frozenset[str]
    noun_features: tuple[str, ...]
    participle_pos: dict[str | None, dict[str, str]]  # by standard; None: where both agree


@cache
def _tag_rules() -> _TagRules:
    """The word lists of ndt_to_ud.yaml, read once."""
    m = mapping()
    by_standard = m["participle_pos"]
    agreed = {aux: pos for aux, pos in by_standard["nb"].items() if by_standard["nn"].get(aux) == pos}
    return _TagRules(frozenset(m["auxiliaries"]), frozenset(m["copulas"]), tuple(m["nynorsk_noun_features"]),
                     {**by_standard, None: agreed})


@Language.component("newsfacts_ud_tags")
def tag_from_tree_and_standard(doc: Doc) -> Doc:
    """AUX/VERB of auxiliary verbs and participles from the parse; NOUN for gendered proper nouns in Nynorsk."""
    rules = _tag_rules()
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in _RETAGGED:
            continue
        token = doc[i]
        if pos in (AUX, VERB) and token.lemma_ in rules.auxiliaries:
            _tag_auxiliary(token, token.lemma_ in rules.copulas)
        elif pos in (VERB, ADJ) and token.dep_ == "INFV" and "Part" in token.morph.get("VerbForm"):
            token.pos_ = rules.participle_pos[document_standard(doc)].get(token.head.lemma_, token.pos_)
        elif pos == PROPN and document_standard(doc) == "nn":
            _tag_nynorsk_name(token, rules.noun_features)
    return doc


def _tag_auxiliary(token: Token, copula: bool) -> None:
    relations = {child.dep_ for child in token.children}
    if "INFV" in relations or copula and "SPRED" in relations:
        token.pos_ = _AUX
    elif not copula:
        token.pos_ = _VERB


def _tag_nynorsk_name(token: Token, noun_features: tuple[str, ...]) -> None:
    if any(token.morph.get(f) for f in noun_features):
        token.pos_ = _NOUN
    elif gender := name_genders().get(token.text):
        token.pos_ = _NOUN
        token.set_morph({**token.morph.to_dict(), "Gender": gender})


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
