"""The whole path: read -> parse -> annotate -> facts -> store, for one or more dumps.

A document that fails at any stage is recorded in the ``errors`` table and
skipped; the run goes on. An article whose content hash and pipeline version
are already in the knowledge base is skipped unless ``force`` is set.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .annotate.build import build_nlp, model_version
from .facts import facts_from_doc
from .parse import ParseError, parse_document
from .read import iter_documents
from .store import DiskFull, Facts, KnowledgeBase, is_disk_full
from .types import Article, Failure, RawDocument

if TYPE_CHECKING:
    from .batch.engines import Engine

DEFAULT_DB = Path("output/newsfacts.db")


@dataclass
class RunSummary:
    """What a run did, as recorded in the `runs` table."""

    run_id: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("read", "new", "changed", "reextracted", "skipped", "failed"), 0))


_PACKAGE = Path(__file__).parent
# The code whose changes change what is extracted from an unchanged article.
_EXTRACTION_CODE = ("annotate", "backbone", "parse", "facts.py", "types.py", "lexicon.py", "data")


def pipeline_version(nlp: Language) -> str:
    """Changes whenever the code version, the model, any rule data file, or the parse,
    annotate or facts code changes (so an incremental run re-extracts after an edit)."""
    h = hashlib.sha1(__version__.encode())
    h.update((model_version(nlp) or "rules-only").encode())
    files: set[Path] = set()
    for name in _EXTRACTION_CODE:
        target = _PACKAGE / name
        files |= set(target.rglob("*")) if target.is_dir() else {target}  # code and its data (.yaml, .jsonl, .tsv)
    for path in sorted(files):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(path.relative_to(_PACKAGE).as_posix().encode())
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


def parse_one(item: RawDocument) -> Article | Failure:
    """Parse one raw document; a document that cannot be parsed becomes a Failure."""
    try:
        return parse_document(item)
    except ParseError as exc:
        return Failure(item.source, "parse", str(exc))
    except RecursionError:
        return Failure(item.source, "parse", "RecursionError: document nested too deeply")
    except Exception as exc:  # noqa: BLE001 — a parser bug must not end the run
        return Failure(item.source, "parse", f"{type(exc).__name__}: {str(exc)[:2000]}")


def parse_all(items: Iterable[RawDocument | Failure]) -> Iterator[Article | Failure]:
    """Parse every raw document; a document that cannot be parsed becomes a Failure."""
    for item in items:
        yield item if isinstance(item, Failure) else parse_one(item)


def read_all(paths: Iterable[str | Path], follow_links: bool = False) -> Iterator[RawDocument | Failure]:
    """Every document under ``paths``; a path that cannot be read at all (or a reader
    that breaks down part way) becomes a Failure and the next path is read."""
    for path in paths:
        try:
            yield from iter_documents(path, follow_links=follow_links)
        except Exception as exc:  # noqa: BLE001 — ReadError, or a reader bug
            yield Failure(str(path), "read", f"{type(exc).__name__}: {exc}")


def stored_states(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    """id -> (content_hash, pipeline_version) of every stored article, in one query."""
    return {row[0]: (row[1], row[2]) for row in
            kb.db.execute("SELECT id, content_hash, pipeline_version FROM articles")}


def _batches(items: Iterable[RawDocument | Failure], batch_size: int,
             counts: dict[str, int]) -> Iterator[list[RawDocument | Failure]]:
    """Group the read stream into batches of ``batch_size`` raw documents (read failures
    ride along in their place, so everything is recorded in input order)."""
    batch: list[RawDocument | Failure] = []
    raws = 0
    for item in items:
        counts["read"] += 1
        batch.append(item)
        if not isinstance(item, Failure):
            raws += 1
        if raws >= batch_size or len(batch) >= 8 * batch_size:
            yield batch
            batch, raws = [], 0
    if batch:
        yield batch


def run(paths: list[str | Path], db_path: str | Path = DEFAULT_DB, *, nlp: Language | None = None,
        force: bool = False, batch_size: int = 32,
        on_progress: Callable[[RunSummary, str], None] | None = None,
        workers: int = 0, engine: "Engine | None" = None, timeout: float | None = None,
        follow_links: bool = False) -> RunSummary:
    """Extract facts from every article under ``paths`` into the knowledge base at ``db_path``.

    ``workers``: 0 runs everything in this process; N >= 1 uses N supervised worker
    processes (see ``extract.batch``), each enforcing ``timeout`` seconds per document.
    ``follow_links``: read file links that stay inside the dump (else links are skipped).
    ``engine`` overrides both (e.g. a ``DaskEngine``). Whatever the engine, articles are
    written by this process alone, in input order, each in its own transaction, so the
    knowledge base is the same for any number of workers, and a run killed at any point
    can simply be run again.
    """
    from .batch.engines import DEFAULT_TIMEOUT, InlineEngine, LocalEngine
    from .batch.rawcache import RawCache, raw_hash
    from .batch.work import Extracted, Extractor, ForcedRaw, Unchanged

    nlp = nlp or build_nlp()
    version = pipeline_version(nlp)
    kb = KnowledgeBase(db_path)
    # Safe against a killed process (commits are in the WAL); only an OS crash or power
    # loss could lose the last few commits, which a re-run redoes.
    kb.db.execute("PRAGMA synchronous=NORMAL")
    live = stored_states(kb)
    snapshot = {} if force else {aid: h for aid, (h, v) in live.items() if v == version}
    if engine is None:
        engine = InlineEngine() if workers <= 0 else LocalEngine(
            workers, DEFAULT_TIMEOUT if timeout is None else timeout)
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    inputs = [str(Path(p).resolve()) for p in paths]
    kb.start_run(summary.run_id, version, model_version(nlp), inputs)
    counts = summary.counts
    extractor = Extractor(nlp, snapshot)

    def fail(failure: Failure) -> None:
        counts["failed"] += 1
        kb.record_failure(failure, summary.run_id)

    def store(article: Article, facts: Facts) -> bool:
        """Write an extracted article; True if it is now stored at this version."""
        state = live.get(article.id)
        if not force and state == (article.content_hash, version):
            counts["skipped"] += 1  # the same article earlier in this run
            return True
        try:
            kb.replace_article(article, facts, version)
        except Exception as exc:  # noqa: BLE001 — the transaction rolled back; go on
            if is_disk_full(exc):  # no later article can be stored either
                raise DiskFull(f"disk full while storing {article.source}") from exc
            fail(Failure(article.source, "store", f"{type(exc).__name__}: {exc}"))
            return False
        live[article.id] = (article.content_hash, version)
        if state is None:
            counts["new"] += 1
        else:  # the same content again (--force, or a new pipeline version) is re-extracted
            counts["reextracted" if state[0] == article.content_hash else "changed"] += 1
        return True

    def handle(raw: RawDocument, rh: str, result) -> None:
        if isinstance(result, Unchanged):
            if live.get(result.article_id) == (result.content_hash, version):
                counts["skipped"] += 1
                cache.remember(rh, result.article_id, result.content_hash)
                return
            # Stored differently since the snapshot or the cache entry (the same id earlier
            # in this run with other content): extract it here after all.
            article = parse_one(raw)
            if isinstance(article, Failure):
                return fail(article)
            if not force and live.get(article.id) == (article.content_hash, version):
                counts["skipped"] += 1
                cache.remember(rh, article.id, article.content_hash)
                return
            result = next(r for kind, _, r in extractor.extract([(0, article)]) if kind == "result")
        if isinstance(result, Failure):
            fail(result)
        elif isinstance(result, Extracted) and store(result.article, result.facts):
            cache.remember(rh, result.article.id, result.article.content_hash)

    cache = RawCache(kb, version, enabled=not force)
    expected: dict[str, tuple[str, str]] = {}  # article id -> stored state once dispatched docs are written
    pending: deque[list[tuple[RawDocument | Failure, str, tuple[str, str] | None]]] = deque()

    def raw_batches() -> Iterator[list[RawDocument]]:
        for batch in _batches(read_all(paths, follow_links), batch_size, counts):
            entries, send = [], []
            for item in batch:
                if isinstance(item, Failure):
                    entries.append((item, "", None))
                    continue
                rh = raw_hash(item)
                hit = None if force else cache.lookup(rh)
                if hit is not None:
                    # Trust the cache only if, when this document's turn to be written
                    # comes, its article should still be stored as the cache says; else
                    # (the same id earlier in this run with other content) have a worker
                    # extract it after all.
                    aid, h = hit
                    if expected.get(aid, live.get(aid)) != (h, version):
                        item, hit = ForcedRaw(**vars(item)), None
                    expected[aid] = (h, version)  # how it is stored once this one is written
                entries.append((item, rh, hit))
                if hit is None:
                    send.append(item)
            pending.append(entries)
            yield send

    engine.start(extractor)
    try:
        for results in engine.imap(raw_batches()):
            entries = pending.popleft()
            it = iter(results)
            for item, rh, hit in entries:
                if isinstance(item, Failure):
                    fail(item)
                elif hit is not None:  # known raw document: no parsing unless its article changed
                    handle(item, rh, Unchanged(*hit))
                else:
                    handle(item, rh, next(it))
                if on_progress:
                    on_progress(summary, item.source)
            cache.flush()
    finally:
        engine.close()
    kb.update_history()
    kb.finish_run(summary.run_id, counts)
    return summary
