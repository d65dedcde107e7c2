"""The Python API: facts from a text or a file in one call.

>>> from extract.api import facts_from_text
>>> facts = facts_from_text("NCE Marin fikk 5 millioner kroner i juni.", published="2021-12-03")
>>> facts["amounts"][0]["value"], facts["dates"][0]["value"]
(5000000, '2021-06-01')

Each result is what ``newsfacts extract`` prints for one article: ``article`` (the
`articles` row without its text) and one list of rows per fact table, with the tables'
field names. The pipeline is built once per model and kept for later calls.

``reviewed_facts`` reads a knowledge base's facts as reviewers left them (what
``newsfacts export --type all`` writes).
"""

from __future__ import annotations

import hashlib
import re
import warnings
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from .annotate.build import build_nlp, default_model_missing
from .parse import parse_all
from .parse.language import detect_language, normalise_language
from .process import extract_facts
from .read import iter_documents
from .store import article_row, bring_up_to_date, check_knowledge_base
from .store import reading
from .types import Article, Facts, Failure, NotAnArticle

__all__ = ["ExtractionError", "NoModelWarning", "facts_from_file", "facts_from_text", "pipeline", "reviewed_facts"]


class NoModelWarning(UserWarning):
    """The shipped model was asked for and is not there: facts come from the rules alone."""


class ExtractionError(ValueError):
    """A document could not be read, parsed or annotated (``.failure`` says where and why)."""

    def __init__(self, failure: Failure):
        super().__init__(f"{failure.source}: {failure.stage}: {failure.message}")
        self.failure = failure


@lru_cache(maxsize=2)
def pipeline(model: str | None = "default") -> Language:
    """The annotate pipeline for ``model`` ("default": the shipped model; None: rules only),
    built on first use. Warns (``NoModelWarning``) if "default" finds no model."""
    nlp = build_nlp(model)
    if default_model_missing(model, nlp):
        warnings.warn("no trained pipeline found (install the nb_newsfacts wheel or pass model=PATH): "
                      "facts come from the rule components alone, without named-entity "
                      "recognition, so people and organisations are missed or cut wrong; "
                      "model=None silences this", NoModelWarning, stacklevel=2)
    return nlp


def article_facts(article: Article, facts: Facts) -> dict:
    """One article's output: its row (without text and bookkeeping) and its facts."""
    row = article_row(article, "")
    for key in ("text", "content_hash", "pipeline_version", "extracted_at"):
        row.pop(key)
    row["authors"] = article.authors
    return {"article": row, **facts.as_dict()}


def facts_from_text(text: str, *, published: str | date | None = None, language: str | None = None,
                    title: str | None = None, model: str | None = "default") -> dict:
    """The facts of one article given as plain text.

    ``published`` (an ISO 8601 date or date-time string, a ``date`` or a ``datetime``)
    resolves relative dates ("i juni", "i fjor"); ``language`` is ``"nb"``, ``"nn"`` or ``"en"``
    (or a spelling of them such as "nob", "nynorsk", "english"; told from the text if None);
    ``title`` is the headline. Paragraphs are separated by blank lines. Raises ``ValueError``
    for a ``published`` that is not a date or a language other than Bokmål, Nynorsk or
    English, and ``ExtractionError`` if the text cannot be annotated.
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    article = Article(
        id="text-" + hashlib.sha1(f"{title or ''}\n{text}".encode()).hexdigest()[:12], source="<text>",
        title=title or "", paragraphs=paragraphs, published=iso_published(published),
        language=checked_language(language) or detect_language(text) or "nb")
    results, failures = _extract(pipeline(model), [article])
    if failures:
        raise ExtractionError(failures[0])
    return results[0]


def iso_published(value: str | date | None) -> str | None:
    """``published`` as an ISO 8601 string (a date stays a date, a date-time keeps its time
    and zone); ValueError if it is not a date."""
    if value is None or isinstance(value, date):
        return value.isoformat() if value is not None else None
    if isinstance(value, str):
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(value.strip()).isoformat()
            except ValueError:
                continue
    raise ValueError(f"published={value!r} is not a date: pass an ISO 8601 date or date-time "
                     "('2021-12-03', '2021-12-03T10:00:00+01:00'), a date or a datetime")


def checked_language(value: str | None) -> str | None:
    """``language`` as "nb", "nn" or "en" (None stays None); ValueError for any other language."""
    if value is None:
        return None
    code = normalise_language(value) if isinstance(value, str) else None
    if code is None:
        raise ValueError(f"language={value!r} is not supported: pass 'nb' (Bokmål), 'nn' (Nynorsk) "
                         "or 'en' (English), or None to tell it from the text")
    return code


def facts_from_file(path: str | Path, *, model: str | None = "default", skip_failures: bool = False) -> list[dict]:
    """The facts of every article in a file (any format ``newsfacts run`` reads), in order.

    A document that cannot be read, parsed or annotated raises ``ExtractionError``, or is
    left out with ``skip_failures=True``.
    """
    results, failures = extract_file(path, pipeline(model))
    if failures and not skip_failures:
        raise ExtractionError(failures[0])
    return results


def extract_file(path: str | Path, nlp: Language) -> tuple[list[dict], list[Failure]]:
    """(the output of each article extracted from ``path``, the documents that failed)."""
    items = list(parse_all(iter_documents(path)))
    failures = [i for i in items if isinstance(i, Failure) and not isinstance(i, NotAnArticle)]
    results, failed = _extract(nlp, [i for i in items if not isinstance(i, Failure)])
    return results, failures + failed


def _extract(nlp: Language, articles: list[Article]) -> tuple[list[dict], list[Failure]]:
    results, failures = [], []
    for article, facts in zip(articles, extract_facts(nlp, articles)):
        if isinstance(facts, Failure):
            failures.append(facts)
        else:
            results.append(article_facts(article, facts))
    return results, failures


def reviewed_facts(db: str | Path, *, reviewed_only: bool = False, raw: bool = False) -> dict[str, list[dict]]:
    """The facts of the knowledge base at ``db``, one list per fact table, as reviewed:
    corrected values, rejected facts left out, each with its ``review_state`` and latest
    verdict (``reviewed_only``: only facts with a verdict; ``raw``: as extracted, rejected
    ones too, with the correction as JSON). Raises ``NotAKnowledgeBase`` for another file."""
    if not Path(db).is_file():
        raise FileNotFoundError(f"no knowledge base at {db}")
    check_knowledge_base(db)
    bring_up_to_date(db)
    return reading.reviewed_facts(Path(db), reviewed_only, raw)
