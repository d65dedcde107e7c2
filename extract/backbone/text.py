"""The text of a Doc, joined once: the lemma component and the annotate components read it."""

import weakref

from spacy.tokens import Doc

_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOWERED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token on each access, and the rule
    components read it several times (splitting or merging tokens never changes it)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def text_holds_any(doc: Doc, parts: tuple[str, ...]) -> bool:
    """Does ``doc``'s lower-cased text hold any of ``parts`` (lower case, no Greek sigma: the one
    letter whose lower case depends on its neighbours)? False means no token's ``lower_`` holds
    one either, so a loop over the tokens looking for them can be skipped."""
    lowered = _LOWERED.get(doc)
    if lowered is None:
        lowered = _LOWERED[doc] = doc_text(doc).lower()
    return any(part in lowered for part in parts)
