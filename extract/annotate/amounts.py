"""Money amounts, counts and percentages: find them in a sentence and parse them.

Vocabulary (currencies, qualifiers, periods, measures, words that are never counted
units…) lives in ``data/amounts.yaml``; number and scale words in ``data/numbers.yaml``
(shared with dates.py). Rules for the ambiguous cases:

- MONEY needs a currency word or symbol before or after the number ("kr 250 000",
  "5 mill. kr", "NOK 1.2bn"), or a scale word plus a measure right after it
  ("5 millioner i støtte"; currency None then). Glued scales ("5m", "1.2bn") need a
  currency. Norwegian "billion" is 10^12. A decimal comma is a decimal; a dot is a
  thousands separator before exactly three digits ("300.000"), otherwise a decimal.
- COUNT is a number followed by a noun: adjectives in between stay out of the unit
  ("ti nye arbeidsplasser" -> "arbeidsplasser"). With a tagged Doc (the backbone model's
  part of speech) the unit must be a NOUN and the words skipped before it ADJ: "fire modne
  klynger" -> "klynger", while "to nordligste", "Rundt 20.000 demonstrerte", "TV 2
  utelukker" or "2018 fremskyndes" are no counts. A coordinated plural noun joins it
  ("49 bedrifter og forskningsinstitusjoner"). The span covers the qualifier, the number
  and the head noun only ("over 70 medlemsbedrifter"). A definite plural after a
  determiner ("de fire satsingsområdene") refers back and is skipped. Time spans
  ("fem år", "to uker"), repetitions ("to ganger"), years and dates, ordinals ("20.",
  "første"), clock times, phone numbers, scores and lone indefinite articles
  ("en bedrift") are not counts. Three-letter currency codes count only in capitals.
- PERCENT: "5 prosent", "5 %" -> unit "prosent" ("prosentpoeng" likewise).
- Ranges ("mellom 12 og 14 milliarder kroner", "fra 1,6 til 2,4 millioner", "12–14 millioner",
  "to til tre millionar") are one amount: ``value`` the lower end, ``value_high`` the upper,
  qualifier "mellom" or "fra-til"; the scale and currency of the upper end apply to both. After
  a verb of change ("har økt fra 1,6 til 2,4 millioner kroner") the two ends are two amounts.
- A minus ("minus 3,8 milliarder", "−8,5 grader", "var - 8,5 grader") makes the value negative;
  a dash at the start of a line is a list bullet, after a number a range dash.
- Rates: "150 km/t" -> unit "km/t"; money per a thing keeps it as unit ("30 kroner per kilo"
  -> "per kilo"). The base of an exchange rate ("En euro koster nå 11,50 kroner") is dropped.
- period (year, month, week, day, hour) comes from the words right after the amount ("i året",
  "per dag", "hver uke") or an adjective shortly before it ("årlig omsetning på ...").
- measure (MONEY only) is the noun the amount is linked to after it ("5 millioner kroner
  i støtte"), else the nearest measure noun before it in the sentence, else the nearest
  after it. Nynorsk measures map to the Bokmål canonical (tilskot -> tilskudd); compounds
  keep their first part (grunnfinansieringen -> grunnfinansiering).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import doc_text
from .dates import (
    NUMBERS, WS, WS_OPT, find_dates, line_alternation, parse_number, set_span_group, squash,
)
from .lexicon import alternation, load

_A = load("amounts")


def _table(spec: dict[str, list[str]]) -> dict[str, str]:
    return {squash(str(w)): key for key, words in spec.items() for w in words}


CURRENCY_PREFIX = _table({code: c["prefix"] for code, c in _A["currencies"].items()})
CURRENCY_SUFFIX = _table({code: c["suffix"] for code, c in _A["currencies"].items()})
QUALIFIERS = _table(_A["qualifiers"])
PERIODS_AFTER = _table({p: spec["after"] for p, spec in _A["periods"].items()})
PERIODS_BEFORE = _table({p: spec["before"] for p, spec in _A["periods"].items()})
MEASURES = _table(_A["measures"])
PERCENT = _table(_A["percent"])
TIME_UNITS = set(_A["time_units"])
NOT_UNITS = set(_A["not_units"]) | set(QUALIFIERS) | set(NUMBERS.scales)
ADJECTIVES = set(_A["adjectives"])
ADJECTIVE_SUFFIXES = tuple(_A["adjective_suffixes"])
NOMINAL_ADJECTIVES = set(_A["nominal_adjectives"])
SUPERLATIVE_SUFFIXES = tuple(_A["superlative_suffixes"])
PLURAL_SUFFIXES = tuple(_A["plural_suffixes"])
COORDINATORS = set(_A["coordinators"])
DEFINITE_PLURAL = tuple(_A["definite_plural_suffixes"])
RANGE_OPENERS = _table(_A["range_openers"])
RANGE_JOINERS = {q: {squash(w) for w in words} for q, words in _A["range_joiners"].items()}
CHANGE_VERBS = set(_A["change_verbs"])

_DIGIT_FORMS = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
)
# not inside a word, a date, a score or a code ("2-0", "E-6"); a minus before it is allowed
_DIGITS = rf"(?<![\w.,/:–])(?<!\w-)(?<!\w−){_DIGIT_FORMS}"
_QUALIFIER = rf"(?:(?<!\w)(?P<q>{line_alternation(QUALIFIERS)}){WS})?"


def _number_phrase(digits: str) -> str:
    """Regex of a number with its currency prefix and scale word (groups pre, num, att, scale)."""
    return (
        rf"(?:(?<![\w$€£])(?P<pre>{line_alternation(CURRENCY_PREFIX)}){WS_OPT})?"
        rf"(?P<num>{digits}|{NUMBERS.pattern})"
        rf"(?:(?P<att>{line_alternation(NUMBERS.attached_scales)})(?!\w)"
        rf"|(?!\w)(?:{WS}(?P<scale>{line_alternation(NUMBERS.scales)})(?!\w))?)"
    )


_PHRASE = re.compile(_QUALIFIER + _number_phrase(_DIGITS), re.I)
_WORD_JOINERS = {w for words in RANGE_JOINERS.values() for w in words if w.isalpha()}
_DASH_JOINERS = {w for words in RANGE_JOINERS.values() for w in words if not w.isalpha()}
#: two numbers joined into a range ("12–14 millioner", "1,6 til 2,4 millioner kroner"); the
#: second one may follow the dash directly
_RANGED = re.compile(
    rf"{_QUALIFIER}(?P<low>{_DIGITS}|{NUMBERS.pattern})"
    rf"(?:{WS}(?P<lscale>{line_alternation(NUMBERS.scales)}))?"
    rf"(?:{WS}(?P<join>{line_alternation(_WORD_JOINERS)}){WS}"
    rf"|{WS_OPT}(?P<dash>{alternation(_DASH_JOINERS)}){WS_OPT})"
    + _number_phrase(_DIGIT_FORMS),
    re.I,
)
_OPENER_BEFORE = re.compile(rf"(?<!\w)(?P<o>{line_alternation(RANGE_OPENERS)}){WS}$", re.I)
_MINUS_BEFORE = re.compile(
    rf"(?:(?<!\w)(?P<word>{line_alternation(_A['minus_words'])}){WS}"
    rf"|(?P<sign>{alternation(_A['minus_signs'])}){WS_OPT})$",
    re.I,
)
_RATE_AFTER = re.compile(rf"{WS}(?P<rate>(?:{line_alternation(_A['rate_words'])}){WS}[^\W\d_]+)(?!\w)", re.I)
_SLASH_UNIT = re.compile(r"/[^\W\d_]+(?!\w)")
_SUFFIX = re.compile(rf"{WS_OPT}(?P<cur>{line_alternation(CURRENCY_SUFFIX)})(?!\w)", re.I)
_PERCENT = re.compile(rf"{WS_OPT}(?P<pct>{line_alternation(PERCENT)})(?!\w)", re.I)
_PERIOD_AFTER = re.compile(rf"{WS_OPT},?{WS_OPT}(?P<p>{line_alternation(PERIODS_AFTER)})(?!\w)", re.I)
_PERIOD_BEFORE = re.compile(rf"(?<!\w){line_alternation(PERIODS_BEFORE)}(?!\w)", re.I)
_MEASURE_AFTER = re.compile(
    rf"{WS_OPT},?{WS_OPT}(?:{line_alternation(PERIODS_AFTER)}{WS})?"
    rf"{line_alternation(_A['measure_links_after'])}{WS}(?P<w>[^\W\d_]+)",
    re.I,
)
_ANAPHORIC_BEFORE = re.compile(rf"(?<!\w){line_alternation(_A['anaphoric_determiners'])}{WS}$", re.I)
_NOT_AFTER = re.compile(rf"(?<!\w){line_alternation(_A['not_after'])}{WS_OPT}$", re.I)
_WORD = re.compile(rf"{WS}(?P<w>[^\W\d_][\w\-]*)")
_ANY_WORD = re.compile(r"[^\W\d_][\w\-]*")
_BAD_DIGIT_CONTEXT_AFTER = re.compile(r"[.,:/–\-]\d|-[^\W\d_]|\.[^\S\n]*[a-zæøå]|\.\d")


class AmountMatch(NamedTuple):
    """An amount found in a text: character offsets, label (MONEY/COUNT/PERCENT), parsed dict."""

    start: int
    end: int
    text: str
    label: str
    amount: dict[str, Any]


def measure_of(word: str) -> str | None:
    """Canonical measure for a noun ("omsetningen" -> omsetning, "driftstilskot" -> driftstilskudd)."""
    word = word.lower()
    if word in MEASURES:
        return MEASURES[word]
    for form in sorted(MEASURES, key=len, reverse=True):
        if len(form) >= _A["compound_min"] and word.endswith(form) and len(word) > len(form) + 1:
            return word[: -len(form)] + MEASURES[form]
    return None


def _noun_like(word: str, pos: str | None = None) -> bool:
    """Could ``word`` be a counted unit? ``pos``: its UPOS when the Doc is tagged."""
    lower = word.lower()
    return (
        (pos in (None, "NOUN") or pos == "ADJ" and lower in NOMINAL_ADJECTIVES)
        and not lower.endswith(SUPERLATIVE_SUFFIXES)
        and word[0].islower()
        and len(word) > 1
        and lower not in NOT_UNITS
        and lower not in TIME_UNITS
        and lower not in PERCENT
        and NUMBERS.value(lower) is None
    )


def _is_adjective(word: str, pos: str | None = None) -> bool:
    """Is ``word`` an adjective (by its UPOS ``pos`` when the Doc is tagged, else by its form)?"""
    if pos is not None:
        return pos == "ADJ"
    lower = word.lower()
    return lower in ADJECTIVES or lower.endswith(ADJECTIVE_SUFFIXES)


def _count_unit(text: str, pos: int, tags: dict[int, str] | None = None) -> tuple[str, int] | None:
    """(unit, end of the head noun) for the words after a number at ``pos``, or None.
    ``tags``: UPOS by the character offset of each word, when the Doc is tagged."""
    words = []
    while len(words) < 5:
        m = _WORD.match(text, pos)
        if m is None:
            break
        words.append(m)
        pos = m.end()
    tag = [None if tags is None else tags.get(w.start("w"), "X") for w in words]
    i = 0
    while (
        i < 2
        and i + 1 < len(words)
        and _is_adjective(words[i]["w"], tag[i])
        and (_noun_like(words[i + 1]["w"], tag[i + 1]) or words[i + 1]["w"].lower() in TIME_UNITS)
    ):
        i += 1
    if not words or not _noun_like(words[i]["w"], tag[i]) or words[i]["w"].lower() in ADJECTIVES:
        return None  # "fem år", "tre lange år", "de to beste", "Rundt 20.000 demonstrerte"
    head = words[i]
    unit = head["w"].lower()
    if (
        i + 2 < len(words)
        and words[i + 1]["w"].lower() in COORDINATORS
        and _noun_like(words[i + 2]["w"], tag[i + 2])
        and words[i + 2]["w"].lower().endswith(PLURAL_SUFFIXES)
    ):
        unit = f"{unit} {words[i + 1]['w'].lower()} {words[i + 2]['w'].lower()}"
    return unit, head.end()


def _period(text: str, start: int, end: int) -> str | None:
    m = _PERIOD_AFTER.match(text, end)
    if m:
        return PERIODS_AFTER[squash(m["p"])]
    window = [w for w in _ANY_WORD.finditer(text, 0, start)][-_A["period_window"]:]
    if window:
        for m in reversed(list(_PERIOD_BEFORE.finditer(text, window[0].start(), start))):
            return PERIODS_BEFORE[squash(m.group())]
    return None


def _measure(text: str, start: int, end: int) -> str | None:
    m = _MEASURE_AFTER.match(text, end)
    if m and measure_of(m["w"]):
        return measure_of(m["w"])
    before = [measure_of(w.group()) for w in _ANY_WORD.finditer(text, 0, start)]
    before = [m for m in before if m]
    if before:
        return before[-1]
    after = (measure_of(w.group()) for w in _ANY_WORD.finditer(text, end))
    return next((m for m in after if m), None)


def _code_case_ok(word: str | None) -> bool:
    """False for a three-letter currency code not written in capitals ("nok ein")."""
    return not (word and len(word) == 3 and word.isalpha() and not word.isupper())


def _clean(value: float) -> float | int:
    return int(value) if value == int(value) else value


def find_amounts(text: str, tags: dict[int, str] | None = None) -> list[AmountMatch]:
    """All amounts in ``text`` (one sentence; measure and period are looked up inside it).
    ``tags``: UPOS of the words by character offset, when the text comes from a tagged Doc."""
    dates: list[tuple[int, int]] | None = None  # found on first need: most sentences have no number
    found: list[AmountMatch] = []
    for m in _PHRASE.finditer(text):
        if found and m.start() < found[-1].end:
            continue  # the upper end of a range already read
        if dates is None:
            dates = [(d.start, d.end) for d in find_dates(text, None, keep_unresolved=True)]
        ranged = _RANGED.match(text, m.start())
        found += (ranged and _range(text, ranged, dates, tags)) or _single(text, m, dates, tags)
    return _without_rate_bases(found)


def _range(text: str, m: re.Match, dates: list[tuple[int, int]],
           tags: dict[int, str] | None) -> list[AmountMatch]:
    """The amounts of "mellom 12 og 14 milliarder kroner" (one, with value_high) or of a change
    "økt fra 1,6 til 2,4 millioner kroner" (two); [] when ``m`` is no range."""
    low, high = parse_number(m["low"]), _single(text, m, dates, tags)
    opener = _OPENER_BEFORE.search(text, max(0, m.start() - 8), m.start())
    qualifier = RANGE_OPENERS[squash(opener["o"])] if opener else ""
    if low is None or len(high) != 1 or squash(m["join"] or m["dash"]) not in RANGE_JOINERS[qualifier]:
        return []
    if any(s < m.end("low") and m.start("low") < e for s, e in dates):
        return []
    upper = high[0]
    scale = NUMBERS.scales.get((m["lscale"] or m["scale"] or "").lower(), 1)
    value = _clean(low * scale)
    if not value < upper.amount["value"]:
        return []  # "2–0": a score
    if opener and _after_change_verb(text, opener.start(), tags):
        low_end = AmountMatch(m.start("low"), m.end("low"), m["low"], upper.label,
                              {**upper.amount, "value": value, "qualifier": None})
        return [low_end, upper._replace(start=m.start("num"), text=text[m.start("num"):upper.end])]
    start = opener.start() if opener else upper.start
    amount = {**upper.amount, "value": value, "value_high": upper.amount["value"],
              "qualifier": qualifier or _A["range_qualifier_without_opener"]}
    return [AmountMatch(start, upper.end, text[start:upper.end], upper.label, amount)]


def _after_change_verb(text: str, pos: int, tags: dict[int, str] | None) -> bool:
    """Is the verb before ``pos`` one of change ("har økt", "vil auke tollane ... fra")? With a
    tagged Doc the nearest VERB decides, else the few words before ``pos``."""
    words = list(_ANY_WORD.finditer(text, 0, pos))
    if tags is not None:
        verbs = [w.group().lower() for w in words if tags.get(w.start()) == "VERB"]
        return bool(verbs) and verbs[-1] in CHANGE_VERBS
    return not CHANGE_VERBS.isdisjoint(w.group().lower() for w in words[-_A["change_window"]:])


def _sign(text: str, start: int) -> tuple[int, int]:
    """(-1, where the minus starts) for "minus 3,8", "−8,5", "var - 8,5"; (1, start) otherwise.
    A dash at the start of a line is a bullet, after a number a range dash."""
    m = _MINUS_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return 1, start
    if m["sign"]:
        before = text[: m.start()].rstrip(" \t\u00a0")
        if not before or before.endswith("\n") or not before[-1].isalpha():
            return 1, start
    return -1, m.start()


def _single(text: str, m: re.Match, dates: list[tuple[int, int]],
            tags: dict[int, str] | None) -> list[AmountMatch]:
    """The amount whose number ``m`` matched (its upper end for a range match), or []."""
    value = parse_number(m["num"])
    scale = NUMBERS.scales.get((m["scale"] or "").lower()) or NUMBERS.attached_scales.get(
        (m["att"] or "").lower()
    )
    if value is None or not _number_stands_alone(text, m, dates, scale):
        return []
    end = m.end()
    currency = CURRENCY_PREFIX.get(squash(m["pre"])) if m["pre"] else None
    suffix = None if currency else _SUFFIX.match(text, end)
    if suffix and _code_case_ok(suffix["cur"]):
        currency, end = CURRENCY_SUFFIX[squash(suffix["cur"])], suffix.end()
    number = m["num"]
    if number[0].isdigit() and "." in number and "," not in number and not (scale or currency):
        if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
            return []  # "14.30" is a clock time
    unit, label = None, "MONEY"
    if currency is None:
        if (kind := _unit_without_currency(text, m, end, scale, tags)) is None:
            return []
        unit, label, end = kind
    elif (rate := _RATE_AFTER.match(text, end)) and not _PERIOD_AFTER.match(text, end):
        unit = squash(rate["rate"])  # "30 kroner per kilo"
    if any(s < end and m.start() < e for s, e in dates):
        return []  # "klokka åtte fredag": the noun is a date
    sign, start = _sign(text, m.start())
    amount = {
        "value": _clean(sign * value * (scale or 1)),
        "value_high": None,
        "currency": currency,
        "unit": unit,
        "qualifier": QUALIFIERS[squash(m["q"])] if m["q"] else None,
        "period": _period(text, m.start(), end),
        "measure": _measure(text, m.start(), end) if label == "MONEY" else None,
    }
    return [AmountMatch(start, end, text[start:end], label, amount)]


def _number_stands_alone(text: str, m: re.Match, dates: list[tuple[int, int]], scale: int | None) -> bool:
    """False for a number inside a date, after "kl."/"nr.", in a phone number or a code."""
    start_num, end_num = m.span("num")
    if any(s < end_num and start_num < e for s, e in dates) or not _code_case_ok(m["pre"]):
        return False
    if _NOT_AFTER.search(text, max(0, start_num - 12), start_num):
        return False
    return not (m["num"][0].isdigit() and (
        re.search(rf"\d{WS}$", text[max(0, start_num - 3):start_num])
        or re.match(rf"{WS}\d", text[end_num:])
        or (not scale and _BAD_DIGIT_CONTEXT_AFTER.match(text, end_num))
    ))


def _unit_without_currency(text: str, m: re.Match, end: int, scale: int | None,
                           tags: dict[int, str] | None) -> tuple[str | None, str, int] | None:
    """(unit, label, end) of an amount with no currency: a percent, a count, or money named by
    its scale word and a measure or period ("5 millioner i støtte", "5 mill. per år"); or None."""
    if percent := _PERCENT.match(text, end):
        return PERCENT[squash(percent["pct"])], "PERCENT", percent.end()
    if m["att"] or m["pre"]:
        return None
    if (count := _count_unit(text, end, tags)) is not None:
        number = m["num"]
        if not number[0].isdigit() and number.lower() in NUMBERS.articles and not scale:
            return None  # "en bedrift": an article, not a count
        unit, end = count
        if slash := _SLASH_UNIT.match(text, end):
            unit, end = unit + slash.group().lower(), slash.end()  # "150 km/t"
        if unit.endswith(DEFINITE_PLURAL) and _ANAPHORIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "de fire satsingsområdene"
        return unit, "COUNT", end
    measure_next = _MEASURE_AFTER.match(text, end)
    if scale and (_PERIOD_AFTER.match(text, end) or measure_next and measure_of(measure_next["w"])):
        return None, "MONEY", end
    return None  # "De har 5 millioner.": a scale word needs a currency, a measure or a period


def _without_rate_bases(found: list[AmountMatch]) -> list[AmountMatch]:
    """Drop the base of an exchange rate: "En euro" in "En euro koster nå 11,50 kroner" (one
    unit of a currency right before an amount in another currency)."""
    return [
        a for a, following in zip(found, found[1:] + [None])
        if not (a.amount["value"] == 1 and a.amount["currency"] and following is not None
                and following.amount["currency"] not in (None, a.amount["currency"]))
    ]


def parse_amount(text: str) -> dict[str, Any] | None:
    """The first amount in ``text`` as a dict (value, currency, unit, qualifier, period, measure)."""
    found = find_amounts(" ".join(text.split()))
    return found[0].amount if found else None


#: words without which a sentence holds no amount (besides digits): number words that are not
#: only an article ("en bedrift"), and scale words ("en halv milliard")
NUMBER_TRIGGERS = frozenset(
    set(NUMBERS.small) - set(NUMBERS.articles) | NUMBERS.hundred | NUMBERS.thousand
    | set(NUMBERS.fractions) | set(NUMBERS.scales)
)


_A_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")


def _may_hold_amount(text: str) -> bool:
    """False for a text with no digit and no number or scale word (no amount can be in it)."""
    return bool(_A_DIGIT.search(text)) or not NUMBER_TRIGGERS.isdisjoint(_LETTERS.findall(text.lower()))


class AmountAnnotator:
    """Fills ``doc.spans["amounts"]`` (labels MONEY, COUNT, PERCENT) with ``span._.amount``.
    Uses the part of speech of the words when the Doc is tagged (the backbone model)."""

    def __call__(self, doc: Doc) -> Doc:
        whole = doc_text(doc)
        if not _may_hold_amount(whole):
            doc.spans["amounts"] = []
            return doc
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        tagged = doc.has_annotation("POS")
        found = []
        for sent in sents:
            text = whole[sent.start_char:sent.end_char]
            if not _may_hold_amount(text):
                continue
            offset = sent.start_char
            tags = {t.idx - offset: t.pos_ for t in sent} if tagged else None
            found += [(offset + a.start, offset + a.end, a.label, a) for a in find_amounts(text, tags)]
        if found:
            set_span_group(doc, "amounts", found, _fill_amount)
        else:
            doc.spans["amounts"] = []
        return doc


def _fill_amount(span: Span, match: AmountMatch) -> None:
    span._.amount = match.amount


@Language.factory("newsfacts_amounts")
def make_amount_annotator(nlp: Language, name: str) -> AmountAnnotator:
    """The amounts component (rules only; does not use NER)."""
    return AmountAnnotator()
