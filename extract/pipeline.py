"""The whole path: read -> parse -> annotate -> facts -> store, for one or more dumps.

A run is plan -> dispatch -> write. The plan reads the dumps in batches and holds back
the raw documents the raw cache knows; the engine's workers parse the others, skip the
unchanged articles and extract the rest (``extract.batch``, ``extract.process``); the
writer, this process alone, stores every result in input order.

A document that fails at any stage is recorded in the ``errors`` table and
skipped; the run goes on. An article whose content hash and pipeline version
are already in the knowledge base is skipped unless ``force`` is set.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from . import __version__
from .annotate.build import build_nlp, model_version
from .batch.engines import Engine, local_engine
from .batch.work import Extracted, Extractor, ForcedRaw, Result, Unchanged
from .read import Limits, dump_name, iter_documents
from .store import DEFAULT_DB, DiskFull, KnowledgeBase, is_disk_full, unusable_reason
from .store.lock import writing
from .store.rawcache import RawCache, raw_hash
from .types import Article, Facts, Failure, NotAnArticle, RawDocument

Stored = tuple[str, str]  # (content_hash, pipeline_version) of a stored article
Entry = tuple[RawDocument | Failure, str, Stored | None]  # (document, raw hash, raw-cache hit)


@dataclass
class RunSummary:
    """What a run did, as recorded in the `runs` table."""

    run_id: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("read", "new", "changed", "reextracted", "skipped", "not_articles", "failed"), 0))


_PACKAGE = Path(__file__).parent
# The code whose changes change what is extracted from an unchanged article.
_EXTRACTION_CODE = ("annotate", "backbone", "parse", "facts.py", "confidence.py", "process.py", "types.py",
                    "lexicon.py", "data")


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


def read_all(paths: Iterable[str | Path], follow_links: bool = False,
             columns: tuple[tuple[str, str], ...] = ()) -> Iterator[RawDocument | Failure]:
    """Every document under ``paths``; a path that cannot be read at all (or a reader
    that breaks down part way) becomes a Failure and the next path is read.
    ``columns``: (canonical key, column name) pairs for record dumps."""
    for path in paths:
        try:
            yield from _timed(iter_documents(path, Limits(columns=columns), follow_links=follow_links))
        except Exception as exc:  # noqa: BLE001 — ReadError, or a reader bug
            yield Failure.from_exception(dump_name(path), "read", exc)


def _timed(items: Iterator[RawDocument | Failure]) -> Iterator[RawDocument | Failure]:
    """The items, each raw document with the time reading it took (its clock starts there)."""
    while True:
        started = time.monotonic()
        item = next(items, None)
        if item is None:
            return
        if isinstance(item, RawDocument):
            item.read_seconds = time.monotonic() - started
        yield item


def stored_states(kb: KnowledgeBase) -> dict[str, Stored]:
    """id -> (content_hash, pipeline_version) of every stored article, in one query."""
    return {row[0]: (row[1], row[2]) for row in
            kb.db.execute("SELECT id, content_hash, pipeline_version FROM articles")}


def run(paths: list[str | Path], db_path: str | Path = DEFAULT_DB, *, nlp: Language | None = None,
        force: bool = False, batch_size: int = 32,
        on_progress: Callable[[RunSummary, str], None] | None = None,
        workers: int | None = 0, engine: Engine | None = None, timeout: float | None = None,
        follow_links: bool = False, columns: tuple[tuple[str, str], ...] = ()) -> RunSummary:
    """Extract facts from every article under ``paths`` into the knowledge base at ``db_path``.

    ``workers``: 0 runs everything in this process; N >= 1 uses N supervised worker
    processes (None: one per core; see ``extract.batch``), each enforcing ``timeout``
    seconds per document (None: the default; 0: no limit).
    ``follow_links``: read file links that stay inside the dump (else links are skipped).
    ``columns``: (canonical key, column name) pairs naming the fields of CSV/JSON dumps.
    ``engine`` overrides both (e.g. a ``DaskEngine``). Whatever the engine, articles are
    written by this process alone, in input order, each in its own transaction, so the
    knowledge base is the same for any number of workers, and a run killed at any point
    can simply be run again. One run at a time writes a knowledge base: a second one raises
    ``KnowledgeBaseBusy`` before it writes anything.
    """
    nlp = nlp or build_nlp()
    with writing(db_path):
        return _run(paths, db_path, nlp, force, batch_size, on_progress, engine or local_engine(workers, timeout),
                    read_all(paths, follow_links, columns))


def _run(paths: list[str | Path], db_path: str | Path, nlp: Language, force: bool, batch_size: int,
         on_progress: Callable[[RunSummary, str], None] | None, engine: Engine,
         documents: Iterator[RawDocument | Failure]) -> RunSummary:
    """The run itself, once the knowledge base is held for writing."""
    state = _start(paths, db_path, nlp, force)
    extractor = Extractor(nlp, {} if force else {aid: h for aid, (h, v) in state.live.items() if v == state.version})
    plan, writer = _Plan(state), _Writer(state, extractor, on_progress)
    batches = plan.batches(_batches(documents, batch_size, state.summary.counts))
    engine.start(extractor)
    try:
        for results in engine.imap(batches):
            writer.write(plan.pending.popleft(), results)
    finally:
        engine.close()
    state.kb.update_history()
    state.kb.finish_run(state.summary.run_id, state.summary.counts)
    return state.summary


@dataclass
class _RunState:
    """What the plan and the writer of one run share."""

    kb: KnowledgeBase
    summary: RunSummary
    version: str  # the pipeline version
    force: bool
    live: dict[str, Stored]  # article id -> how it is stored now
    cache: RawCache


def _start(paths: list[str | Path], db_path: str | Path, nlp: Language, force: bool) -> _RunState:
    """Open the knowledge base and record the run in its `runs` table."""
    version = pipeline_version(nlp)
    kb = KnowledgeBase(db_path)
    # Safe against a killed process (commits are in the WAL); only an OS crash or power
    # loss could lose the last few commits, which a re-run redoes.
    kb.db.execute("PRAGMA synchronous=NORMAL")
    live = stored_states(kb)
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    kb.start_run(summary.run_id, version, model_version(nlp), [dump_name(p) for p in paths])
    return _RunState(kb, summary, version, force, live, RawCache(kb, version, enabled=not force))


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


class _Plan:
    """Which raw documents of each batch go to the workers: not those the raw cache knows,
    as long as their article will still be stored as the cache says when their turn to be
    written comes. Each batch's entries wait in ``pending`` until its results are written."""

    def __init__(self, state: _RunState):
        self.state = state
        self.expected: dict[str, Stored] = {}  # article id -> stored state once dispatched docs are written
        self.pending: deque[list[Entry]] = deque()

    def batches(self, batches: Iterable[list[RawDocument | Failure]]) -> Iterator[list[RawDocument]]:
        """The raw documents of each batch to send to the workers."""
        for batch in batches:
            entries = [self._entry(item) for item in batch]
            self.pending.append(entries)
            yield [item for item, _, hit in entries if hit is None and not isinstance(item, Failure)]

    def _entry(self, item: RawDocument | Failure) -> Entry:
        if isinstance(item, Failure):
            return item, "", None
        state = self.state
        rh = raw_hash(item)
        hit = None if state.force else state.cache.lookup(rh)
        if hit is not None:
            # Trust the cache only if, when this document's turn to be written comes, its
            # article should still be stored as the cache says; else (the same id earlier
            # in this run with other content) have a worker extract it after all.
            aid, h = hit
            if self.expected.get(aid, state.live.get(aid)) != (h, state.version):
                item, hit = ForcedRaw(**vars(item)), None
            self.expected[aid] = (h, state.version)  # how it is stored once this one is written
        return item, rh, hit


class _Writer:
    """The single writer: stores each document's result in input order, counts it, and
    remembers in the raw cache which article a raw document became."""

    def __init__(self, state: _RunState, extractor: Extractor,
                 on_progress: Callable[[RunSummary, str], None] | None):
        self.state = state
        self.counts = state.summary.counts
        self.extractor = extractor
        self.on_progress = on_progress

    def write(self, entries: list[Entry], results: list[Result]) -> None:
        """Write one batch: its entries as planned, with the workers' results for those sent."""
        sent = iter(results)
        for item, rh, hit in entries:
            if isinstance(item, Failure):
                self.fail(item)
            elif hit is not None:  # known raw document: no parsing unless its article changed
                self.handle(item, rh, Unchanged(*hit))
            else:
                self.handle(item, rh, next(sent))
            if self.on_progress:
                self.on_progress(self.state.summary, item.source)
        self.state.cache.flush()

    def handle(self, raw: RawDocument, rh: str, result: Result | None) -> None:
        if isinstance(result, Unchanged):
            result = self._unless_stored(raw, rh, result)
        if isinstance(result, Failure):
            self.fail(result)
        elif isinstance(result, Extracted) and self.store(result.article, result.facts):
            self.state.cache.remember(rh, result.article.id, result.article.content_hash)

    def _unless_stored(self, raw: RawDocument, rh: str, unchanged: Unchanged) -> Result | None:
        """None (skipped) if the article is stored as the worker or the cache says; else it
        was stored differently since the snapshot or the cache entry (the same id earlier
        in this run with other content): the result of extracting it here after all."""
        if self._skip(rh, unchanged.article_id, unchanged.content_hash):
            return None
        article = self.extractor.parse(raw)
        if isinstance(article, Failure):
            return article
        if not self.state.force and self._skip(rh, article.id, article.content_hash):
            return None
        return next(self.extractor.extract([article]))

    def _skip(self, rh: str, article_id: str, content_hash: str) -> bool:
        """True (and counted as skipped) if the article is stored with this content at this version."""
        if self.state.live.get(article_id) != (content_hash, self.state.version):
            return False
        self.counts["skipped"] += 1
        self.state.cache.remember(rh, article_id, content_hash)
        return True

    def store(self, article: Article, facts: Facts) -> bool:
        """Write an extracted article; True if it is now stored at this version."""
        state = self.state
        stored = state.live.get(article.id)
        if not state.force and stored == (article.content_hash, state.version):
            self.counts["skipped"] += 1  # the same article earlier in this run
            return True
        try:
            state.kb.replace_article(article, facts, state.version)
        except Exception as exc:  # noqa: BLE001 — the transaction rolled back; go on
            if is_disk_full(exc):  # no later article can be stored either
                raise DiskFull(f"disk full while storing {article.source}") from exc
            if unusable_reason(exc):  # a damaged or read-only knowledge base: nor here
                raise
            self.fail(Failure.from_exception(article.source, "store", exc))
            return False
        state.live[article.id] = (article.content_hash, state.version)
        if stored is None:
            self.counts["new"] += 1
        else:  # the same content again (--force, or a new pipeline version) is re-extracted
            self.counts["reextracted" if stored[0] == article.content_hash else "changed"] += 1
        return True

    def fail(self, failure: Failure) -> None:
        if isinstance(failure, NotAnArticle):  # an image or a PDF in the dump: counted, not an error
            self.counts["not_articles"] += 1
            return
        self.counts["failed"] += 1
        self.state.kb.record_failure(failure, self.state.summary.run_id)
