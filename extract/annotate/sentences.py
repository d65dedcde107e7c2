"""Sentence boundaries the sentencizer misses in Norwegian news text.

- A heading, a caption or a bullet line is a sentence of its own even without a full stop,
  and no entity runs across a line break (NorNE has no line breaks, so the model may join
  a caption's name to the next paragraph's first word).
- The nb tokenizer keeps a full stop on a number (it reads "2019." as an ordinal), so
  "fylte ti år i 2019. Høsten 2020 ..." needs a boundary after a year that ends a sentence.
- Abbreviations in titles ("adm. dir.") are single tokens (``data/abbreviations.yaml``),
  so their full stop does not end the sentence.
"""

import re

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from .extensions import doc_text
from .lexicon import load
from .spans import splitting

_YEAR_WITH_STOP = re.compile(r"(?:1[89]|20)\d\d\.$")
_NUMBER_WITH_STOP = re.compile(r"\d\.\s")


def keep_abbreviations(nlp: Language) -> None:
    """Teach the tokenizer the abbreviations of ``data/abbreviations.yaml``, lower and capitalised (the
    caption abbreviations lower only)."""
    data = load("abbreviations")
    for abbreviation in data["abbreviations"]:
        for form in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for abbreviation in data["lowercase_abbreviations"]:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


@Language.component(
    "newsfacts_line_breaks",
    assigns=["token.is_sent_start", "doc.ents"],
    requires=["token.is_sent_start"],
    retokenizes=True,
)
def start_sentences_after_line_breaks(doc: Doc) -> Doc:
    """Mark sentence starts after line breaks and after a sentence-final year (run after the sentencizer)."""
    text = doc_text(doc)
    if "\n" not in text and not _NUMBER_WITH_STOP.search(text):
        return doc  # one line with no number before a full stop: nothing to mark
    final_years = [t for t in doc[:-1] if _YEAR_WITH_STOP.match(t.text) and t.whitespace_ and doc[t.i + 1].text[:1].isupper()]
    with splitting(doc) as retokenizer:
        for token in final_years:
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 1), (token, 1)])
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            following.is_sent_start = True
        elif token.text == "." and token.i > 0 and token.nbor(-1).like_num:
            following.is_sent_start = following.text[:1].isupper() or following.is_sent_start
    if doc.has_annotation("ENT_IOB"):
        cut = (_before_line_break(e) for e in doc.ents)
        doc.ents = [e for e in cut if e is not None]
    return doc


def _before_line_break(ent: Span) -> Span | None:
    """``ent`` up to its first line break; None if it starts with one."""
    for token in ent:
        if "\n" in token.text_with_ws:
            end = token.i if token.is_space else token.i + 1
            return Span(ent.doc, ent.start, end, label=ent.label) if end > ent.start else None
    return ent
