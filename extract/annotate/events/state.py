"""What the events component has read of the Doc it is reading, passed from step to step."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..entities import OrganizationFinder
from ..extensions import doc_text
from .mentions import Mention

Organization = tuple[int, int, str]  # start and end character, canonical name
_SENTENCE_ENDS = frozenset(".!?:;")


def joined_sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, a line broken off mid-sentence joined to the line that goes on in
    lower case: "A, B og C i dag tildelt" + "status som Norwegian Centres of Expertise."."""
    joined: list[Span] = []
    for sentence in doc.sents:
        if joined and _broken_off(joined[-1]) and _goes_on(sentence):
            joined[-1] = doc[joined[-1].start:sentence.end]
        else:
            joined.append(sentence)
    return joined


def _broken_off(sentence: Span) -> bool:
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].is_alpha and not set(words[-1].text) & _SENTENCE_ENDS


def _goes_on(sentence: Span) -> bool:
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and first.is_alpha and first.is_lower


@dataclass
class DocState:
    doc: Doc
    sentences: list[Span]
    clusters: list[Span]  # the Doc's cluster spans, in order
    statuses: list[Mention]
    triggers: list[Mention]
    main: Span | None  # the article's cluster
    added: list[Span] = field(default_factory=list)  # clusters found here: list items, references, names
    _organizations: tuple[Organization, ...] | None = None

    def organizations(self, finder: OrganizationFinder) -> tuple[Organization, ...]:
        """The organisations named in the Doc, found once."""
        if self._organizations is None:
            self._organizations = finder.find(doc_text(self.doc))
        return self._organizations

    def organizations_between(self, finder: OrganizationFinder, start_char: int, end_char: int) -> list[Organization]:
        """The organisations named within the characters ``start_char``..``end_char``, in order."""
        return [org for org in self.organizations(finder) if start_char <= org[0] and org[1] <= end_char]
