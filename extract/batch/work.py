"""What a worker does with a batch of raw documents: parse, skip the unchanged, annotate, facts.

This is the same code for every engine (in-process, local worker processes,
Dask workers). It never touches the knowledge base: it returns one result per
raw document, in the order given, and the single writer stores them.

Results:

* ``Extracted(article, facts)``: the article was parsed and annotated.
* ``Unchanged(article_id, content_hash)``: the article is already in the
  knowledge base with this content hash at this pipeline version (according
  to the snapshot the worker was given); no NLP was run. The writer checks
  this against its own, live state before counting it as skipped.
* ``Failure``: the document could not be parsed, annotated or turned into facts, or it
  took longer than ``timeout`` seconds for all of that together (one clock per document,
  see ``clock``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Iterator, TypeVar, Union

from spacy.language import Language

from ..annotate.build import model_version
from ..parse import parse_one
from ..process import extract_facts
from ..types import Article, Facts, Failure, RawDocument
from .clock import DocumentTimeout, limit


@dataclass
class Extracted:
    article: Article
    facts: Facts


@dataclass
class Unchanged:
    article_id: str
    content_hash: str


Result = Union[Extracted, Unchanged, Failure]
T = TypeVar("T")


@dataclass
class ForcedRaw(RawDocument):
    """A raw document to extract even if the worker's snapshot says it is unchanged (the
    writer knows the stored article will have changed by the time this one is written)."""


def pipeline_from_bytes(config: str, weights: bytes) -> Language:
    """The pipeline saved as ``nlp.config.to_str()`` and ``nlp.to_bytes()``."""
    from spacy.util import load_config_from_str, load_model_from_config

    nlp = load_model_from_config(load_config_from_str(config, interpolate=False), auto_fill=False, validate=False)
    nlp.from_bytes(weights)
    return nlp


class Extractor:
    """A loaded pipeline plus what is needed to decide whether an article changed.

    ``known`` maps article id -> content hash of the articles stored at the
    current pipeline version (empty with ``force``). ``timeout``: seconds one document
    may take from the start of its reading (``RawDocument.read_seconds`` ago) to the end
    of its facts, all stages on one clock (None: no limit); the engine sets it.
    """

    def __init__(self, nlp: Language, known: dict[str, str] | None = None, timeout: float | None = None):
        self.nlp = nlp
        self.model = model_version(nlp)
        self.known = known or {}
        self.timeout = timeout

    def __getstate__(self) -> dict:
        """Pickled as the pipeline's config and ``to_bytes()`` (a pickled ``Language`` comes
        back with its models uninitialised: spaCy's E109), so a Dask or spawned worker gets
        the very pipeline this process built, without needing the model files."""
        return {"config": self.nlp.config.to_str(), "weights": self.nlp.to_bytes(), "known": self.known,
                "timeout": self.timeout}

    def __setstate__(self, state: dict) -> None:
        self.__init__(pipeline_from_bytes(state["config"], state["weights"]), state["known"], state["timeout"])

    def parse(self, raw: RawDocument) -> Article | Failure:
        return parse_one(raw)

    def progress(self, raws: list[RawDocument]) -> Iterator[tuple[str, int, Result | None]]:
        """Process a batch, reporting progress: ``("parsed", i, None)`` when document ``i``
        is parsed and will be annotated, and ``("result", i, result)`` once its result is known.

        Every index gets exactly one "result" report. The reports let a supervisor see
        progress (and which stage a stuck document is in).
        """
        todo: list[tuple[int, Article, float]] = []  # (index, article, seconds spent on it so far)
        for i, raw in enumerate(raws):
            started = time.monotonic() - raw.read_seconds  # the clock started when reading it did
            budget = self.timeout and self.timeout - raw.read_seconds
            stage = "read" if budget is not None and budget <= 0 else "parse"
            result = self._timed(lambda: self._parsed(raw), budget, raw.source, stage)
            if isinstance(result, Article):
                todo.append((i, result, time.monotonic() - started))
                yield "parsed", i, None
            else:
                yield "result", i, result
        yield from self._annotated(todo)

    def _timed(self, work: Callable[[], T], seconds: float | None, source: str, stage: str) -> T | Failure:
        """``work()``, or a Failure if it does not end within ``seconds``."""
        if seconds is not None and seconds <= 0:
            return self._timed_out(source, stage)
        try:
            with limit(seconds):
                return work()
        except DocumentTimeout:
            return self._timed_out(source, stage)

    def _timed_out(self, source: str, stage: str) -> Failure:
        return Failure(source, stage, f"timed out after {self.timeout:g} s (read, parse and annotate together)")

    def _annotated(self, todo: list[tuple[int, Article, float]]) -> Iterator[tuple[str, int, Result]]:
        """Annotate the parsed articles with one ``nlp.pipe`` call, as long as no document's
        clock runs out; if one does, the unfinished ones one at a time, each on its own clock,
        charged its share (by length) of the time the batch took, and at least 3/4 of it: so
        the document that stopped the batch ends within 1.25 times its time, whatever its length."""
        done: list[Extracted | Failure] = []
        started = time.monotonic()
        budget = min((self.timeout - spent for _, _, spent in todo), default=0) if self.timeout else None
        batch = self._timed(lambda: done.extend(self.extract([a for _, a, _ in todo])), budget, "", "annotate")
        elapsed = time.monotonic() - started
        rest = todo[len(done):]
        chars = sum(len(article.text) for _, article, _ in rest) or 1
        for (i, _, _), result in zip(todo, done):
            yield "result", i, result
        for i, article, spent in rest if isinstance(batch, Failure) else []:
            left = self.timeout - spent - elapsed * max(len(article.text) / chars, 0.75)  # type: ignore[operator]
            yield "result", i, self._timed(lambda: next(self.extract([article])), left, article.source, "annotate")

    def _parsed(self, raw: RawDocument) -> Article | Unchanged | Failure:
        """The parsed article to annotate, or the document's result already."""
        try:
            item = self.parse(raw)
            if isinstance(item, Article) and self.known.get(item.id) == item.content_hash \
                    and not isinstance(raw, ForcedRaw):
                return Unchanged(item.id, item.content_hash)
            return item
        except Exception as exc:  # noqa: BLE001 — whatever breaks, only this document is lost
            return Failure.from_exception(raw.source, "parse", exc)

    def process(self, raws: list[RawDocument]) -> list[Result]:
        """The results of a batch, in order."""
        results: list[Result | None] = [None] * len(raws)
        for kind, i, result in self.progress(raws):
            if kind == "result":
                results[i] = result
        return results  # type: ignore[return-value]

    def extract(self, articles: list[Article]) -> Iterator[Extracted | Failure]:
        """Annotate parsed articles with one ``nlp.pipe`` call (see ``extract.process``): one
        result per article, in order."""
        for article, facts in zip(articles, extract_facts(self.nlp, articles, len(articles), self.model)):
            yield facts if isinstance(facts, Failure) else Extracted(article, facts)
