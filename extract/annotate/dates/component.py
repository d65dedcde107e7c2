"""The ``newsfacts_dates`` component: the dates of a Doc as the span group ``dates``."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..spans import set_span_group
from .calendar import as_date
from .find import DateMatch, find_with_rules, with_later_dates
from .tense import past_season, year_before


def reference_date(doc: Doc) -> date | None:
    """``doc._.reference_date`` as a date (it may be an ISO date or datetime string), or None."""
    return as_date(doc._.reference_date)


class DateAnnotator:
    """Fills ``doc.spans["dates"]`` (label DATE) with ``span._.date_value``/``date_granularity``."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = with_later_dates(text, find_with_rules(text, reference_date(doc), False))
        set_span_group(doc, "dates", [(d.start, d.end, "DATE", (d, rule)) for d, rule in found], _fill_date)
        for span in doc.spans["dates"]:
            if past_season(span, reference_date(doc)):
                span._.date_value = year_before(span._.date_value)
        return doc


def _fill_date(span: Span, found: tuple[DateMatch, str]) -> None:
    match, rule = found
    span._.date_value = match.value
    span._.date_granularity = match.granularity
    span._.rule = f"dates:{rule}"


@Language.factory(
    "newsfacts_dates",
    assigns=["doc.spans", "span._.date_value", "span._.date_granularity", "span._.rule"],
)
def make_date_annotator(nlp: Language, name: str) -> DateAnnotator:
    """The date component (rules only; does not use NER). It reads ``doc._.reference_date`` when
    set and may split a token that a date ends inside ("2018." at a sentence end)."""
    return DateAnnotator()
