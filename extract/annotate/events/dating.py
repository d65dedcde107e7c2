"""Where an event is dated: the finest date of its clause, then of its sentence; else the
date of another mention of the same event, else the news date of the article's opening
sentences ("fredag", "i går"), else the publication date. ``event["date_source"]`` says
which (text / context / published) and sets the event's confidence. A page's own stamp
("Skrevet 08.08.16") dates no event; an article with no publication date resolves "i fjor",
"i juni i år" and "6.juni" against the latest year it names."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..dates import reference_date
from ..dates.find import find_with_rules
from ..extensions import doc_text
from .clauses import Clause

_CONFIDENCE = {"text": 0.85, "context": 0.7, "published": 0.6}
_CLOSING = frozenset("»”\"')")
_ESTIMATED = "events:latest_year_named"  # the ``rule`` of a date resolved against the latest year named
_GRANULARITY = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5}


def article_dates(words: dict, doc: Doc) -> list[Span]:
    """The dates that may date an event: the date component's, less a page's own stamp
    ("Skrevet 08.08.16Fra 1. juli videreføres ..."), and, where the article has no publication
    date, those that need one ("I fjor fekk ...", "i juni i år"), resolved against the end of
    the latest year the article names."""
    dates = [d for d in doc.spans.get("dates", []) if not _stamp(words, doc, d)]
    if reference_date(doc) is not None:
        return dates
    year = _latest_year(words, doc, dates)
    return dates if year is None else sorted(dates + _relative_dates(words, doc, date(year, 12, 31)), key=lambda d: d.start)


def _stamp(words: dict, doc: Doc, date_span: Span) -> bool:
    """Is the date a page's stamp: right after "Skrevet", "Publisert", "Published" ...?"""
    return date_span.start > 0 and doc[date_span.start - 1].lower_.rstrip(":.") in words["publication_stamps"]


def _latest_year(words: dict, doc: Doc, dates: list[Span]) -> int | None:
    """The latest year the article's dates name (period bounds aside), else the latest year
    written alone in its running text ("fekk Miljøprisen 2014")."""
    low, high = words["timeline_years"]
    years = [int(d._.date_value[:4]) for d in dates if d._.date_value and not period_bound(words, doc, d)]
    if not years:
        years = [int(t.text) for s in doc.sents if running_text(s) for t in s if t.is_digit and len(t.text) == 4]
    years = [y for y in years if low <= y <= high]
    return max(years, default=None)


def _relative_dates(words: dict, doc: Doc, reference: date) -> list[Span]:
    """The dates the date component left out for want of a publication date that need only its
    year ("6.juni", "i juni i år", "i fjor"), resolved against ``reference``; a recent day ("i dag",
    "fredag": ``undated_day_rules``) is known only to fall in that year ("fikk i dag Arena-status", in 2016)."""
    text, year_only = doc_text(doc), words["year_only_dates"]
    unresolved = {(m.start, m.end) for m, _rule in find_with_rules(text, None, True) if m.value is None}
    found = []
    for match, rule in find_with_rules(text, reference, False):
        value, granularity = match.value, match.granularity
        if rule in words["undated_day_rules"] and granularity == "day":
            value, granularity = f"{reference.year}-01-01", "year"
        if (match.start, match.end) not in unresolved or year_only.get(rule) != granularity:
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is not None:
            span._.date_value, span._.date_granularity, span._.rule = value, granularity, _ESTIMATED
            found.append(span)
    return found


def frame_date(words: dict, dates: list[Span], clause: Clause, sentence: Span, near: int, end: int) -> Span | None:
    """The finest of ``dates`` in the predicate of a frame's trigger (token ``near``), else in
    its clause, else in its sentence, the nearest to the frame (tokens ``near``..``end``) of the
    finest; period bounds ("frå 1. januar") are not it."""
    doc = sentence.doc
    bounded = [d for d in dates if not period_bound(words, doc, d)]
    verb = _predicate(doc[near])
    same_predicate = {d.start for d in bounded if verb is not None and _predicate(d.root) == verb}
    sentence_dates = [d for d in bounded if d.start in clause or not _planned(words, d)]
    for scope, among in ((same_predicate, bounded), (clause, bounded), (range(sentence.start, sentence.end), sentence_dates)):
        inside = [d for d in among if d.start in scope]
        if inside:
            return min(inside, key=lambda d: (_GRANULARITY.get(d._.date_granularity, 9),
                                              0 if near <= d.start < end else min(abs(d.start - near), abs(d.start - end))))
    return _opening_start(words, dates, sentence, verb) or timeline_year(words, sentence) \
        or _year_referred_to(words, dates, sentence)


def _planned(words: dict, date_span: Span) -> bool:
    """Is the date that of a plan, its verb under a future auxiliary ("men vil gjøre eit nytt forsøk i
    2019")? It does not date a frame in another clause of the sentence."""
    verb = _predicate(date_span.root)
    auxiliaries = [] if verb is None else [verb, verb.head, *(t for t in verb.children if t.pos_ == "AUX")]
    return any(t.pos_ == "AUX" and t.lower_ in words["plan_auxiliaries"] for t in auxiliaries)  # the head in NDT


def _opening_start(words: dict, dates: list[Span], sentence: Span, verb: Token | None) -> Span | None:
    """A start date that opens the sentence on the frame's own verb, when it names no other date:
    "Fra 1. juli videreføres NCE Tindra" happens on 1 July; so after a page's stamp ("Skrevet
    08.08.16 Fra 1. juli ..."), where the parse may hang the date on the stamp instead."""
    first = next((t for t in sentence if not t.is_space), None)
    stamp = next((d for d in sentence.doc.spans.get("dates", []) if first is not None and d.start == first.i + 1
                  and _stamp(words, sentence.doc, d)), None)
    if stamp is not None and stamp.end < sentence.end:
        first = sentence.doc[stamp.end]
    if first is None or verb is None or first.lower_ not in words["effect_prepositions"]:
        return None
    heads = {verb} | ({t for t in sentence if t.i < first.i} if stamp is not None else set())
    return next((d for d in dates if d.start == first.i + 1 and _predicate(d.root) in heads), None)


def _year_referred_to(words: dict, dates: list[Span], sentence: Span) -> Span | None:
    """The year a sentence refers to by a phrase ("Samme år fikk X NCE-status", "The following year,
    X was granted ...": ``year_references``), counted from the last year the sentence before names."""
    doc, lowered = sentence.doc, sentence.text.lower()
    found = next((m for m in (re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lowered) for p in words["year_references"])
                  if m), None)
    previous = next((t.sent for t in reversed(doc[:sentence.start]) if not t.is_space), None)
    if found is None or previous is None:
        return None
    named = [d for d in dates if previous.start <= d.start < previous.end and d._.date_value]
    span = doc.char_span(sentence.start_char + found.start(), sentence.start_char + found.end(), alignment_mode="expand")
    if not named or span is None:
        return None
    year = int(named[-1]._.date_value[:4]) + words["year_references"][found.group()]
    span._.date_value, span._.date_granularity = f"{year}-01-01", "year"
    return span


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
    """Is the date a period's bound ("frå 1. januar", "fram til 2027"), not when something happened?
    A date opened by "i"/"in" is a point in time, whatever word stands before it ("løper ut i desember 2015")."""
    before = doc[date_span.start - 1].lower_ if date_span.start > 0 else ""
    first = date_span.text.split(" ")[0].lower()
    if first in words["point_in_time_openers"]:
        return False
    return before in words["period_prepositions"] or first in words["period_prepositions"]


def news_date(words: dict, doc: Doc, dates: list[Span]) -> Span | None:
    """The first recent day or week the article's opening sentences name ("fredag", "i går");
    with no publication date, the first they name without a year ("Siste nytt fra Digin 6.juni") or in a
    sentence about the news itself ("The news about the new status came on Monday 15 November 2021")."""
    published = reference_date(doc)
    opening = [s for s in doc.sents if running_text(s)][:words["news_date_sentences"]]
    earliest = published - timedelta(days=words["news_date_max_days"]) if published else None
    own = {(d.start, d.end) for d in doc.spans.get("dates", [])}
    for span in dates:
        if not any(s.start <= span.start < s.end for s in opening) \
                or span._.date_granularity not in ("day", "week") or period_bound(words, doc, span):
            continue
        try:
            value = date.fromisoformat(span._.date_value[:10])
        except (TypeError, ValueError):
            continue
        recent = earliest <= value <= published if published else (span.start, span.end) not in own \
            or _tells_the_news(words, span.sent)
        if recent:
            return span
    return None


def _tells_the_news(words: dict, sentence: Span) -> bool:
    """Does the sentence open with the news as its topic ("Nyheten kom ...", "The news about ... came ...")?"""
    opening = [t for t in sentence if t.is_alpha][:2]
    return any(t.lower_ in words["news_nouns"] for t in opening) or _decision_announced(words, sentence, opening)


def _decision_announced(words: dict, sentence: Span, opening: list[Token]) -> bool:
    """Does the sentence open with the decision as its topic and say it was made known ("Tildelinga vart
    kunngjord av Innovasjon Noreg 3. mai 2024", "Prioriteringen av prosjektene ble kunngjort ...")?"""
    decisions, announced = set(words["decision_nouns"]), set(words["announcement_verbs"])
    return any(t.lemma_.lower() in decisions or t.lower_ in decisions for t in opening) \
        and any(t.lemma_.lower() in announced or t.lower_ in announced for t in sentence)


def running_text(sentence: Span) -> bool:
    """A sentence of running text ends in a full stop, "!" or "?"; headings, datelines and
    bylines do not, and do not count among the article's opening sentences."""
    words = [t for t in sentence if not (t.is_space or t.text in _CLOSING)]
    return bool(words) and words[-1].text in (".", "!", "?")


def date_mentions(mentions: list[dict], news: Span | None, published: str | None) -> None:
    """Dates the mentions of one event (each with its ``date_span``, which is replaced by the
    date fields): by itself, else by the event's one dated mention, the news date or
    the publication date. A date resolved against the latest year named gives way to the
    event's one date written out ("i fjor fikk X status" beside "i november 2018 fikk X"); such
    dates alone that disagree are guesses that date nothing (one event, one date)."""
    spans = [e["date_span"] for e in mentions if e["date_span"]]
    written = [s for s in spans if s._.rule != _ESTIMATED] or spans
    dated = {(s._.date_value, s._.date_granularity): s for s in written}
    guessed = len(dated) > 1 and all(s._.rule == _ESTIMATED for s in written)
    for event in mentions:
        span, source = event.pop("date_span"), "text"
        if span is None or guessed or (span._.rule == _ESTIMATED and span not in written and len(dated) == 1):
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
