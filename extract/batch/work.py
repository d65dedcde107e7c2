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

from ..annotate.build import model_version
from ..parse import parse_one
from ..process import extract_facts
from ..types import Article, Facts, Failure, RawDocument


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
        return parse_one(raw)

    def progress(self, raws: list[RawDocument]) -> Iterator[tuple[str, int, Result | None]]:
        """Process a batch, reporting progress: ``("parsed", i, None)`` when document ``i``
        is parsed and will be annotated, and ``("result", i, result)`` once its result is known.

        Every index gets exactly one "result" report. The reports let a supervisor see
        progress (and which stage a stuck document is in).
        """
        todo: list[tuple[int, Article]] = []
        for i, raw in enumerate(raws):
            result = self._parsed(raw)
            if isinstance(result, Article):
                todo.append((i, result))
                yield "parsed", i, None
            else:
                yield "result", i, result
        for (i, _), result in zip(todo, self.extract([article for _, article in todo])):
            yield "result", i, result

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
