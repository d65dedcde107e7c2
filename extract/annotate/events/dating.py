"""Where an event is dated: the finest date of its clause, then of its sentence; else the
date of another mention of the same event, else the news date of the article's opening
sentences ("fredag", "i går"), else the publication date. ``event["date_source"]`` says
which (text / context / published) and sets the event's confidence."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..dates import reference_date
from .clauses import Clause

_CONFIDENCE = {"text": 0.85, "context": 0.7, "published": 0.6}
_CLOSING = frozenset("»”\"')")
_GRANULARITY = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5}


def frame_date(words: dict, doc: Doc, clause: Clause, sentence: Span, near: int) -> Span | None:
    """The finest date of the predicate of a frame's trigger (token ``near``), else of its
    clause, else of its sentence, the nearest to the trigger of the finest; period bounds
    ("frå 1. januar") are not it."""
    dates = [d for d in doc.spans.get("dates", []) if not period_bound(words, doc, d)]
    verb = _predicate(doc[near])
    same_predicate = {d.start for d in dates if verb is not None and _predicate(d.root) == verb}
    for scope in (same_predicate, clause, range(sentence.start, sentence.end)):
        inside = [d for d in dates if d.start in scope]
        if inside:
            return min(inside, key=lambda d: (_GRANULARITY.get(d._.date_granularity, 9), abs(d.start - near)))
    return _opening_start(words, doc, sentence, verb) or timeline_year(words, sentence)


def _opening_start(words: dict, doc: Doc, sentence: Span, verb: Token | None) -> Span | None:
    """A start date that opens the sentence on the frame's own verb, when it names no other date:
    "Fra 1. juli videreføres NCE Tindra" happens on 1 July."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or verb is None or first.lower_ not in words["effect_prepositions"]:
        return None
    return next((d for d in doc.spans.get("dates", []) if d.start == first.i + 1 and _predicate(d.root) == verb), None)


def timeline_year(words: dict, sentence: Span) -> Span | None:
    """The year a timeline's line opens with ("2007: Næringsklyngen får status som NCE"), as a date."""
    tokens = [t for t in sentence if not t.is_space][:2]
    low, high = words["timeline_years"]
    if len(tokens) < 2 or tokens[1].text != ":" or not (tokens[0].is_digit and low <= int(tokens[0].text) <= high):
        return None
    year = sentence.doc[tokens[0].i:tokens[0].i + 1]
    year._.date_value, year._.date_granularity = f"{tokens[0].text}-01-01", "year"
    return year


def _predicate(token: Token) -> Token | None:
    """The nearest verb governing ``token`` (itself if a verb): "i 2012" and "Arena-programmet"
    share "tatt" in "ble startet i 2011, og ble tatt opp i Arena-programmet i 2012"."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def period_bound(words: dict, doc: Doc, date_span: Span) -> bool:
    """Is the date a period's bound ("frå 1. januar", "fram til 2027"), not when something happened?"""
    before = doc[date_span.start - 1].lower_ if date_span.start > 0 else ""
    first = date_span.text.split(" ")[0].lower()
    return before in words["period_prepositions"] or first in words["period_prepositions"]


def news_date(words: dict, doc: Doc) -> Span | None:
    """The first recent day or week the article's opening sentences name ("fredag", "i går")."""
    published = reference_date(doc)
    if published is None:
        return None
    opening = [s for s in doc.sents if running_text(s)][:words["news_date_sentences"]]
    earliest = published - timedelta(days=words["news_date_max_days"])
    for span in doc.spans.get("dates", []):
        if not any(s.start <= span.start < s.end for s in opening) \
                or span._.date_granularity not in ("day", "week") or period_bound(words, doc, span):
            continue
        try:
            value = date.fromisoformat(span._.date_value[:10])
        except (TypeError, ValueError):
            continue
        if earliest <= value <= published:
            return span
    return None


def running_text(sentence: Span) -> bool:
    """A sentence of running text ends in a full stop, "!" or "?"; headings, datelines and
    bylines do not, and do not count among the article's opening sentences."""
    words = [t for t in sentence if not (t.is_space or t.text in _CLOSING)]
    return bool(words) and words[-1].text in (".", "!", "?")


def date_mentions(mentions: list[dict], news: Span | None, published: str | None) -> None:
    """Dates the mentions of one event (each with its ``date_span``, which is replaced by the
    date fields): by itself, else by the event's one dated mention, the news date or
    the publication date."""
    dated = {(e["date_span"]._.date_value, e["date_span"]._.date_granularity): e["date_span"]
             for e in mentions if e["date_span"]}
    for event in mentions:
        span, source = event.pop("date_span"), "text"
        if span is None:
            span = next(iter(dated.values())) if len(dated) == 1 else news
            source = "context"
        _set_date(event, span, source, published)


def _set_date(event: dict, span: Span | None, source: str, published: str | None) -> None:
    if span is not None:
        event.update(date=span._.date_value, date_granularity=span._.date_granularity,
                     date_text=span.text, date_source=source)
    elif published:
        event.update(date=str(published)[:10], date_granularity="day", date_text=None, date_source="published")
    else:
        event.update(date=None, date_granularity=None, date_text=None, date_source=None)
    event["confidence"] = _CONFIDENCE[event["date_source"] or "published"]
