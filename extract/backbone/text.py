"""The text of a Doc, joined once: the lemma component and the annotate components read it."""

import weakref

from spacy.tokens import Doc

_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token on each access, and the rule
    components read it several times (splitting or merging tokens never changes it)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
