"""Annotate and facts for a batch of articles: Article -> Doc -> Facts.

The one path from an article to its facts, for the Python API and for every batch worker:
``nlp.pipe`` over the batch and, if the pipe fails part way, the articles it had not
finished one at a time, so a bad article only loses itself. One result per article, in
order: its Facts, or the Failure that stopped it.
"""

from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .annotate.build import model_version  # (importing it registers every newsfacts_* factory)
from .facts import facts_from_doc
from .types import Article, Facts, Failure

BATCH_SIZE = 32  # articles per nlp.pipe batch


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc of the article's text carrying what the rule components need to know."""
    doc = nlp.make_doc(article.text)
    doc._.reference_date = (article.reference_date or "")[:10] or None
    doc._.language = article.language
    doc._.article_id = article.id
    return doc


def extract_facts(nlp: Language, articles: list[Article], batch_size: int = BATCH_SIZE,
                  model: str | None = None) -> Iterator[Facts | Failure]:
    """The facts of each article, in order, or the Failure that stopped it. ``model``: the
    pipeline's ``model_version`` (worked out here if not given)."""
    model = model or model_version(nlp)
    for article, doc in zip(articles, annotate(nlp, articles, batch_size)):
        yield doc if isinstance(doc, Failure) else facts(doc, article, model)


def annotate(nlp: Language, articles: list[Article], batch_size: int = BATCH_SIZE) -> Iterator[Doc | Failure]:
    """The annotated Doc of each article, in order, or the Failure that stopped it."""
    made = [_new_doc(nlp, article) for article in articles]
    pending = [(article, doc) for article, doc in zip(articles, made) if isinstance(doc, Doc)]
    annotated = _pipe(nlp, pending, batch_size)
    for doc in made:
        yield doc if isinstance(doc, Failure) else next(annotated)


def facts(doc: Doc, article: Article, model: str | None) -> Facts | Failure:
    """The facts of an annotated article, or the Failure of the facts stage."""
    try:
        return facts_from_doc(doc, article, model)
    except Exception as exc:  # noqa: BLE001 — only this article is lost
        return Failure.from_exception(article.source, "facts", exc)


def _new_doc(nlp: Language, article: Article) -> Doc | Failure:
    """The article's Doc to annotate, or a Failure if its text is too long or breaks the tokenizer."""
    if len(article.text) > nlp.max_length:
        return Failure(article.source, "annotate",
                       f"text has {len(article.text):,} characters, more than the pipeline's "
                       f"max_length of {nlp.max_length:,}; not annotated")
    try:
        return make_doc(nlp, article)
    except Exception as exc:  # noqa: BLE001 — tokenizer failure on one article
        return Failure.from_exception(article.source, "annotate", exc)


def _pipe(nlp: Language, pending: list[tuple[Article, Doc]], batch_size: int) -> Iterator[Doc | Failure]:
    """``nlp.pipe`` over the Docs; if it fails part way, the articles it had not finished
    are annotated one at a time (from a new Doc: the failed pipe may have half annotated theirs)."""
    done = 0
    try:
        for doc in nlp.pipe((doc for _, doc in pending), batch_size=batch_size):
            done += 1
            yield doc
    except Exception:  # noqa: BLE001 — isolate the failing article below
        for article, _ in pending[done:]:
            try:
                yield nlp(make_doc(nlp, article))
            except Exception as exc:  # noqa: BLE001
                yield Failure.from_exception(article.source, "annotate", exc)
