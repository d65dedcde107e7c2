"""doc_text: a Doc's text, joined once."""

import spacy

from extract.backbone.text import doc_text


def test_doc_text_is_the_docs_text_joined_once():
    doc = spacy.blank("nb")("Klyngen fikk status i 2020.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
