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
* ``Failure``: the document could not be parsed, annotated or turned into facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Union

from spacy.language import Language

from ..annotate.build import model_version  # (importing it registers every newsfacts_* factory)
from ..facts import facts_from_doc
from ..store import Facts
from ..types import Article, Failure, RawDocument


@dataclass
class Extracted:
    article: Article
    facts: Facts


@dataclass
class Unchanged:
    article_id: str
    content_hash: str


Result = Union[Extracted, Unchanged, Failure]


@dataclass
class ForcedRaw(RawDocument):
    """A raw document to extract even if the worker's snapshot says it is unchanged (the
    writer knows the stored article will have changed by the time this one is written)."""


def pipeline_from_bytes(config: str, weights: bytes) -> Language:
    """The pipeline saved as ``nlp.config.to_str()`` and ``nlp.to_bytes()``."""
    from spacy.util import load_config_from_str, load_model_from_config

    nlp = load_model_from_config(load_config_from_str(config, interpolate=False), auto_fill=False, validate=False)
    return nlp.from_bytes(weights)


def _describe(exc: BaseException) -> str:
    text = str(exc)
    if len(text) > 2000:
        text = text[:2000] + " ..."
    return f"{type(exc).__name__}: {text}"


class Extractor:
    """A loaded pipeline plus what is needed to decide whether an article changed.

    ``known`` maps article id -> content hash of the articles stored at the
    current pipeline version (empty with ``force``).
    """

    def __init__(self, nlp: Language, known: dict[str, str] | None = None):
        self.nlp = nlp
        self.model = model_version(nlp)
        self.known = known or {}

    def __getstate__(self) -> dict:
        """Pickled as the pipeline's config and ``to_bytes()`` (a pickled ``Language`` comes
        back with its models uninitialised: spaCy's E109), so a Dask or spawned worker gets
        the very pipeline this process built, without needing the model files."""
        return {"config": self.nlp.config.to_str(), "weights": self.nlp.to_bytes(), "known": self.known}

    def __setstate__(self, state: dict) -> None:
        self.__init__(pipeline_from_bytes(state["config"], state["weights"]), state["known"])

    def parse(self, raw: RawDocument) -> Article | Failure:
        from ..pipeline import parse_one

        return parse_one(raw)

    def events(self, raws: list[RawDocument]) -> Iterator[tuple[str, int, Result | None]]:
        """Process a batch, yielding ``("parsed", i, None)`` when document ``i`` is parsed
        and will be annotated, and ``("result", i, result)`` once its result is known.

        Every index gets exactly one "result" event. The events let a supervisor
        see progress (and which stage a stuck document is in).
        """
        todo: list[tuple[int, Article]] = []
        for i, raw in enumerate(raws):
            result = self._parsed(raw)
            if isinstance(result, Article):
                todo.append((i, result))
                yield "parsed", i, None
            else:
                yield "result", i, result
        yield from self.extract(todo)

    def _parsed(self, raw: RawDocument) -> Article | Unchanged | Failure:
        """The parsed article to annotate, or the document's result already."""
        try:
            item = self.parse(raw)
            if isinstance(item, Article) and self.known.get(item.id) == item.content_hash \
                    and not isinstance(raw, ForcedRaw):
                return Unchanged(item.id, item.content_hash)
            return item
        except Exception as exc:  # noqa: BLE001 — whatever breaks, only this document is lost
            return Failure(raw.source, "parse", _describe(exc))

    def process(self, raws: list[RawDocument]) -> list[Result]:
        """The results of a batch, in order."""
        results: list[Result | None] = [None] * len(raws)
        for kind, i, result in self.events(raws):
            if kind == "result":
                results[i] = result
        return results  # type: ignore[return-value]

    def extract(self, todo: list[tuple[int, Article]]) -> Iterator[tuple[str, int, Result]]:
        """Annotate parsed articles with one ``nlp.pipe`` call; if the pipe fails part way,
        the articles it had not finished are retried one at a time, so a bad article only
        loses itself."""
        from ..pipeline import make_doc

        nlp = self.nlp
        docs = []
        for i, article in todo:
            if len(article.text) > nlp.max_length:
                yield "result", i, Failure(
                    article.source, "annotate",
                    f"text has {len(article.text):,} characters, more than the pipeline's "
                    f"max_length of {nlp.max_length:,}; not annotated")
                continue
            try:
                docs.append((i, article, make_doc(nlp, article)))
            except Exception as exc:  # noqa: BLE001 — tokenizer failure on one article
                yield "result", i, Failure(article.source, "annotate", _describe(exc))
        done = 0
        try:
            annotated = nlp.pipe((doc for _, _, doc in docs), batch_size=max(len(docs), 1))
            for (i, article, _), doc in zip(docs, annotated):
                done += 1
                yield "result", i, self.facts(article, doc)
        except Exception:  # noqa: BLE001 — isolate the failing article below
            for i, article, _ in docs[done:]:
                try:
                    doc = nlp(make_doc(nlp, article))
                except Exception as exc:  # noqa: BLE001
                    yield "result", i, Failure(article.source, "annotate", _describe(exc))
                else:
                    yield "result", i, self.facts(article, doc)

    def facts(self, article: Article, doc) -> Result:
        try:
            return Extracted(article, facts_from_doc(doc, article, self.model))
        except Exception as exc:  # noqa: BLE001
            return Failure(article.source, "facts", _describe(exc))
