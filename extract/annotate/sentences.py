"""Sentence boundaries the sentencizer misses in Norwegian news text.

- A heading, a caption or a bullet line is a sentence of its own even without a full stop.
- The nb tokenizer keeps a full stop on a number (it reads "2019." as an ordinal), so
  "fylte ti år i 2019. Høsten 2020 ..." needs a boundary after a year that ends a sentence.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc

_YEAR_WITH_STOP = re.compile(r"(?:1[89]|20)\d\d\.$")


@Language.component("newsfacts_line_breaks")
def start_sentences_after_line_breaks(doc: Doc) -> Doc:
    """Mark sentence starts after line breaks and after a sentence-final year (run after the sentencizer)."""
    final_years = [t for t in doc[:-1] if _YEAR_WITH_STOP.match(t.text) and t.whitespace_ and doc[t.i + 1].is_title]
    with doc.retokenize() as retokenizer:
        for token in final_years:
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 1), (token, 1)])
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            following.is_sent_start = True
        elif token.text == "." and token.i > 0 and token.nbor(-1).like_num:
            following.is_sent_start = following.is_title or following.is_sent_start
    return doc
