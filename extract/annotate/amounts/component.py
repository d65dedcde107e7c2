"""The ``newsfacts_amounts`` component: the amounts of a Doc, read one sentence at a time, as
the span group ``amounts``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..spans import set_span_group
from .find import AmountMatch, find_in
from .lines import LineBlocks
from .sentence import Sentence
from ..numbers import NUMBERS
from .patterns import A_DIGIT, LETTERS
from .vocabulary import AMOUNTS, NUMBER_TRIGGERS


def may_hold_amount(text: str) -> bool:
    """False for a text with no digit and no number or scale word, also glued ("tohundre"): no
    amount can be in it."""
    if A_DIGIT.search(text):
        return True
    lower = text.lower()
    if not NUMBER_TRIGGERS.isdisjoint(LETTERS.findall(lower)):
        return True
    return any(glued in lower for glued in NUMBERS.glued) and NUMBERS.glued_word.search(lower) is not None


class AmountAnnotator:
    """Fills ``doc.spans["amounts"]`` (labels MONEY, COUNT, PERCENT) with ``span._.amount``.
    Uses the part of speech of the words when the Doc is tagged (the backbone model)."""

    def __call__(self, doc: Doc) -> Doc:
        whole = doc_text(doc)
        found = _amounts(doc, whole) if may_hold_amount(whole) else []
        if found:
            set_span_group(doc, "amounts", found, _fill_amount)
        else:
            doc.spans["amounts"] = []
        return doc


def _amounts(doc: Doc, whole: str) -> list[tuple[int, int, str, AmountMatch]]:
    """(start_char, end_char, label, match) of the amounts of each sentence of ``doc``."""
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    # the tagger is Norwegian: on a page in English its parts of speech ("jobs" ADJ) are not used
    tagged = doc.has_annotation("POS") and doc._.language not in AMOUNTS["untagged_languages"]
    lemmatised = doc.has_annotation("LEMMA")
    found, blocks = [], LineBlocks()
    for sent in sents:
        text, offset = whole[sent.start_char:sent.end_char], sent.start_char
        tags = {t.idx - offset: t.pos_ for t in sent} if tagged else None
        lemmas = {t.idx - offset: t.lemma_.lower() for t in sent} if lemmatised else None
        sentence = Sentence(text, tags, lemmas, doc._.language)
        sentence.lines = blocks.context(sentence)  # "Prosjektet ble finansiert slik:" over the lines under it
        if may_hold_amount(text):
            found += [(offset + a.start, offset + a.end, a.label, a) for a in find_in(sentence)]
    return found


def _fill_amount(span: Span, match: AmountMatch) -> None:
    span._.amount = match.amount


@Language.factory("newsfacts_amounts", assigns=["doc.spans", "span._.amount"])
def make_amount_annotator(nlp: Language, name: str) -> AmountAnnotator:
    """The amounts component (rules only; does not use NER). It reads sentence starts,
    ``token.pos`` and ``token.lemma`` when the Doc has them."""
    return AmountAnnotator()
