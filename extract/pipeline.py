"""The whole path: read -> parse -> annotate -> facts -> store, for one or more dumps.

A document that fails at any stage is recorded in the ``errors`` table and
skipped; the run goes on. An article whose content hash and pipeline version
are already in the knowledge base is skipped unless ``force`` is set.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .annotate.lexicon import DATA_DIR
from .annotate.pipeline import build_nlp, model_version
from .facts import facts_from_doc
from .parse import ParseError, parse_document
from .read import iter_documents
from .store import Facts, KnowledgeBase
from .types import Article, Failure, RawDocument

DEFAULT_DB = Path("output/newsfacts.db")


@dataclass
class RunSummary:
    """What a run did, as recorded in the `runs` table."""

    run_id: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("read", "new", "changed", "skipped", "failed"), 0))


def pipeline_version(nlp: Language) -> str:
    """Changes whenever the code version, the model or any rule data file changes."""
    h = hashlib.sha1(__version__.encode())
    h.update((model_version(nlp) or "rules-only").encode())
    for path in sorted(DATA_DIR.rglob("*")):
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc of the article's text carrying what the rule components need to know."""
    doc = nlp.make_doc(article.text)
    doc._.reference_date = (article.reference_date or "")[:10] or None
    doc._.language = article.language
    doc._.article_id = article.id
    return doc


def annotate(nlp: Language, articles: list[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc | Failure]]:
    """Run the spaCy pipeline over articles with ``nlp.pipe``; a batch that fails is
    retried one article at a time so only the bad article is lost."""
    try:
        docs = list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size))
    except Exception:  # noqa: BLE001 — isolate the failing article below
        for article in articles:
            try:
                yield article, nlp(make_doc(nlp, article))
            except Exception as exc:  # noqa: BLE001
                yield article, Failure(article.source, "annotate", f"{type(exc).__name__}: {exc}")
        return
    yield from zip(articles, docs)


def extract_articles(nlp: Language, articles: list[Article]) -> Iterator[tuple[Article, Facts | Failure]]:
    """Facts for each article (or the Failure that stopped it)."""
    model = model_version(nlp)
    for article, doc in annotate(nlp, articles):
        if isinstance(doc, Failure):
            yield article, doc
            continue
        try:
            yield article, facts_from_doc(doc, article, model)
        except Exception as exc:  # noqa: BLE001
            yield article, Failure(article.source, "facts", f"{type(exc).__name__}: {exc}")


def parse_all(items: Iterable[RawDocument | Failure]) -> Iterator[Article | Failure]:
    """Parse every raw document; a document that cannot be parsed becomes a Failure."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield parse_document(item)
        except ParseError as exc:
            yield Failure(item.source, "parse", str(exc))
        except Exception as exc:  # noqa: BLE001 — a parser bug must not end the run
            yield Failure(item.source, "parse", f"{type(exc).__name__}: {exc}")


def read_all(paths: Iterable[str | Path]) -> Iterator[RawDocument | Failure]:
    for path in paths:
        yield from iter_documents(path)


def run(paths: list[str | Path], db_path: str | Path = DEFAULT_DB, *, nlp: Language | None = None,
        force: bool = False, batch_size: int = 32,
        on_progress: Callable[[RunSummary, str], None] | None = None) -> RunSummary:
    """Extract facts from every article under ``paths`` into the knowledge base at ``db_path``."""
    nlp = nlp or build_nlp()
    version = pipeline_version(nlp)
    kb = KnowledgeBase(db_path)
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    kb.start_run(summary.run_id, version, model_version(nlp), [str(p) for p in paths])
    counts = summary.counts

    def fail(failure: Failure) -> None:
        counts["failed"] += 1
        kb.record_failure(failure, summary.run_id)

    def flush(batch: list[Article], states: dict[str, str]) -> None:
        for article, facts in extract_articles(nlp, batch):
            if isinstance(facts, Failure):
                fail(facts)
            else:
                kb.replace_article(article, facts, version)
                counts["changed" if states.get(article.id) else "new"] += 1
            if on_progress:
                on_progress(summary, article.source)
        batch.clear()
        states.clear()

    batch: list[Article] = []
    states: dict[str, str] = {}
    for item in parse_all(read_all(paths)):
        counts["read"] += 1
        if isinstance(item, Failure):
            fail(item)
            continue
        state = kb.article_state(item.id)
        if not force and state == (item.content_hash, version):
            counts["skipped"] += 1
            continue
        if item.id in states:  # the same article twice in one batch: extract it once
            continue
        states[item.id] = "known" if state else ""
        batch.append(item)
        if len(batch) >= batch_size:
            flush(batch, states)
    flush(batch, states)
    kb.finish_run(summary.run_id, counts)
    return summary
