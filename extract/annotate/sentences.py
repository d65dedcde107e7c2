"""Sentence boundaries that respect the article's lines: a heading, a caption or a
bullet line is a sentence of its own even without a full stop."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsfacts_line_breaks")
def start_sentences_after_line_breaks(doc: Doc) -> Doc:
    """Mark the first token after any line break as a sentence start (run after the sentencizer)."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
