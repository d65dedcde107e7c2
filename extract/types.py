"""The records that flow between the pipeline's stages.

read  -> RawDocument | Failure
parse -> Article
annotate -> spaCy Doc (spans in doc.ents and doc.spans[...], see extract.annotate)
facts -> Facts (plain dicts, one list per knowledge-base table)
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

_SURROGATES = re.compile("[\ud800-\udfff]")
MESSAGE_CHARS = 2000  # a Failure's message is cut to this many characters
# Where and by what a fact was found: not part of what a reviewer judges, so not of its id
# (nor of what makes facts of two copies of a story the same fact).
NOT_JUDGED = frozenset({"id", "article_id", "evidence_start", "start_char", "end_char", "extractor", "confidence"})


@dataclass
class RawDocument:
    """One article as a dump holds it, before parsing.

    ``source`` names where it came from (a path, ``archive.zip!member.html``,
    ``dump.jsonl#12`` for line 12, or a URL). ``kind`` is ``"html"``, ``"text"``
    or ``"record"`` (a JSON/CSV object whose fields are in ``fields``).
    ``data`` holds the undecoded bytes for html/text; ``charset`` the declared
    encoding if the container told us one. ``read_seconds``: how long reading it took,
    the start of its clock (see ``extract.batch.clock``).
    """

    source: str
    kind: str
    data: bytes = b""
    fields: dict[str, Any] = field(default_factory=dict)
    charset: str | None = None
    read_seconds: float = 0.0


@dataclass
class Failure:
    """A document that could not be read or processed; recorded, never fatal.

    Built from a reason (``Failure(source, "read", "empty file")``) or from the exception
    that stopped the document (``Failure.from_exception``); either way the message is cut
    to ``MESSAGE_CHARS`` characters.
    """

    source: str
    stage: str  # read | parse | annotate | facts | store
    message: str

    def __post_init__(self) -> None:
        if len(self.message) > MESSAGE_CHARS:
            self.message = self.message[:MESSAGE_CHARS] + " ..."

    @classmethod
    def from_exception(cls, source: str, stage: str, exc: BaseException) -> Failure:
        """The failure ``exc`` caused: the exception's type and message."""
        return cls(source, stage, f"{type(exc).__name__}: {exc}")


@dataclass
class NotAnArticle(Failure):
    """A file in a dump that holds no article (an image, a PDF, an office file): passed
    along in the read stream like a failure, counted as skipped, never an error."""


@dataclass
class Article:
    """A parsed article. ``text`` is what every fact's character offsets point into.

    ``text`` is the title, lead, body paragraphs and captions joined by blank
    lines; metadata lines (bylines, "Sist oppdatert ...", "Foto: ..." credits on
    their own line) are not part of the body but are kept in ``metadata_lines``
    so their facts can cite them as evidence.
    """

    id: str
    source: str
    title: str = ""
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601 date or datetime
    updated: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "nb"  # nb (Bokmål), nn (Nynorsk) or en (English)
    metadata_lines: list[str] = field(default_factory=list)
    text: str = ""
    notes: list[str] = field(default_factory=list)  # what parsing changed, e.g. truncation

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.compose_text()

    def compose_text(self) -> str:
        parts = [self.title, self.lead, *self.paragraphs, *self.captions]
        return "\n\n".join(p for p in parts if p)

    @property
    def reference_date(self) -> str | None:
        """The date relative expressions ("torsdag", "i fjor") resolve against."""
        return self.published or self.updated

    @property
    def content_hash(self) -> str:
        """Hash of everything extraction depends on; unchanged hash -> unchanged facts."""
        h = hashlib.sha256()
        for part in (self.text, self.published or "", self.updated or "", self.language,
                     "\x1f".join(self.authors), "\x1f".join(self.metadata_lines)):
            h.update(part.encode("utf-8"))
            h.update(b"\x1e")
        return h.hexdigest()


@dataclass
class Facts:
    """Everything extracted from one article: rows for the knowledge-base tables of the same names."""

    status_events: list[dict] = field(default_factory=list)
    person_roles: list[dict] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    lemmas: str = ""  # the article's lemmas for full-text search (articles.lemmas), not a table

    def as_dict(self) -> dict[str, list[dict]]:
        return {table.name: getattr(self, table.name) for table in dataclasses.fields(self) if table.name != "lemmas"}


def without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (JSON ``\\ud800`` escapes, file-name bytes that are not
    UTF-8) replaced by U+FFFD, which UTF-8 can encode; and how many were replaced."""
    return _SURROGATES.subn("\ufffd", text)


def stable_id(*parts: object, length: int = 16) -> str:
    """A short id derived from content, so re-runs give the same ids."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]
