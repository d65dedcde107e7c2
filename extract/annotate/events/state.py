"""What the events component has read of the Doc it is reading, passed from step to step."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..entities import OrganizationFinder
from ..extensions import doc_text
from .mentions import Mention

Organization = tuple[int, int, str]  # start and end character, canonical name


@dataclass
class DocState:
    doc: Doc
    sentences: list[Span]
    clusters: list[Span]  # the Doc's cluster spans, in order
    statuses: list[Mention]
    triggers: list[Mention]
    main: Span | None  # the article's cluster
    added: list[Span] = field(default_factory=list)  # clusters found here: list items, references, names
    dates: list[Span] = field(default_factory=list)  # the dates that may date an event (dating.article_dates)
    _organizations: tuple[Organization, ...] | None = None

    def sentence_index(self, token: int) -> int:
        """The index in ``sentences`` of the sentence that holds token ``token``."""
        return next(k for k, s in enumerate(self.sentences) if s.start <= token < s.end)

    def last_named(self, before: list[Span]) -> Span:
        """The last of the clusters ``before`` a singular reference, or, where the sentence that names it names
        others, the article's cluster among them ("synergiar mellom A og den nye B. I 2016 fekk nettverket ...": A)."""
        last = [c for c in before if c.sent == before[-1].sent]
        main = self.main._.canonical if self.main is not None else None
        return next((c for c in last if c._.canonical == main), before[-1])

    def organizations(self, finder: OrganizationFinder) -> tuple[Organization, ...]:
        """The organisations named in the Doc, found once."""
        if self._organizations is None:
            self._organizations = finder.find(doc_text(self.doc))
        return self._organizations

    def organizations_between(self, finder: OrganizationFinder, start_char: int, end_char: int) -> list[Organization]:
        """The organisations named within the characters ``start_char``..``end_char``, in order."""
        return [org for org in self.organizations(finder) if start_char <= org[0] and org[1] <= end_char]
