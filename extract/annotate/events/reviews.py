"""A review of a year ("en julehilsen som oppsummerer året som gikk", "Årsmøtet ... kan oppsummeres som følger" under
"Mye positivt for X i 2018"): what it tells with no date of its own happened in the year it reviews, not on the day
the review was published. That year is the one the title names, else the year of publication where the review names
the year itself ("i løpet av året")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..dates import reference_date


def review_year(words: dict, doc: Doc, dates: list[Span]) -> Span | None:
    """The year an article that reviews one is about, as a date of year granularity; None for other articles."""
    phrase = _year_phrase(words, doc)
    if phrase is None and not _summarised(words, doc):
        return None
    title = next((s for s in doc.sents if not s.text.isspace()), None)
    named = [d for d in dates if title is not None and title.start <= d.start < title.end
             and d._.date_granularity == "year" and d._.date_value]
    if named:
        return named[0]
    published = reference_date(doc)
    if phrase is None or published is None:
        return None
    phrase._.date_value, phrase._.date_granularity = f"{published.year}-01-01", "year"
    return phrase


def _year_phrase(words: dict, doc: Doc) -> Span | None:
    """The first phrase of ``year_review_phrases`` in the text ("året som gikk", "i løpet av året")."""
    phrases = [p.split() for p in words["year_review_phrases"]]
    for sentence in doc.sents:
        lowered = [t.lower_ for t in sentence]
        for phrase in phrases:
            at = next((i for i in range(len(lowered) - len(phrase) + 1) if lowered[i:i + len(phrase)] == phrase), None)
            if at is not None:
                return sentence[at:at + len(phrase)]
    return None


def _summarised(words: dict, doc: Doc) -> bool:
    """Do the opening sentences say they sum something up ("Årsmøtet ... kan oppsummeres som følger:")?"""
    opening = [s for s in doc.sents if not s.text.isspace()][:words["news_date_sentences"]]
    return any(t.lemma_.lower() in words["summary_lemmas"] for s in opening for t in s)
