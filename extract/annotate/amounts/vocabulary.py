"""The amount words of ``data/amounts.yaml`` as lookup tables (phrases squashed to single
spaces, lowercase)."""

from __future__ import annotations

from ..lexicon import load
from ..numbers import NUMBERS
from ..line_patterns import squash

AMOUNTS = load("amounts")


def _table(spec: dict[str, list[str]]) -> dict[str, str]:
    return {squash(str(w)): key for key, words in spec.items() for w in words}


CURRENCY_PREFIX = _table({code: c["prefix"] for code, c in AMOUNTS["currencies"].items()})
CURRENCY_SUFFIX = _table({code: c["suffix"] for code, c in AMOUNTS["currencies"].items()})
QUALIFIERS = _table(AMOUNTS["qualifiers"])
PERIODS_AFTER = _table({p: spec["after"] for p, spec in AMOUNTS["periods"].items()})
PERIODS_BEFORE = _table({p: spec["before"] for p, spec in AMOUNTS["periods"].items()})
MEASURES = _table(AMOUNTS["measures"])


def compound_endings(forms) -> list[tuple[int, frozenset[str]]]:
    """The ``forms`` a compound may end in (at least ``compound_min`` letters), grouped by length,
    longest first (the longest ending of a compound wins)."""
    lengths = sorted({len(f) for f in forms if len(f) >= AMOUNTS["compound_min"]}, reverse=True)
    return [(n, frozenset(f for f in forms if len(f) == n)) for n in lengths]


#: measure forms a compound may end in ("grunnfinansieringen")
MEASURE_ENDINGS = compound_endings(MEASURES)
PERCENT = _table(AMOUNTS["percent"])
#: one word for scale and currency ("5 MNOK", "MNOK 5"): the word as written, and in capitals ->
#: (ISO code, scale)
SCALED_CURRENCIES = {form: (code, int(scale)) for code, scales in AMOUNTS["scaled_currencies"].items()
                     for scale, words in scales.items() for w in words for form in (w, w.upper())}
TIME_UNITS = set(AMOUNTS["time_units"])
NOT_UNITS = set(AMOUNTS["not_units"]) | set(QUALIFIERS) | set(NUMBERS.scales) | set(CURRENCY_SUFFIX)
ADJECTIVES = set(AMOUNTS["adjectives"])
ADJECTIVE_SUFFIXES = tuple(AMOUNTS["adjective_suffixes"])
NOMINAL_ADJECTIVES = set(AMOUNTS["nominal_adjectives"])
SUPERLATIVE_SUFFIXES = tuple(AMOUNTS["superlative_suffixes"])
PLURAL_SUFFIXES = tuple(AMOUNTS["plural_suffixes"])
COORDINATORS = set(AMOUNTS["coordinators"])
DEFINITE_PLURAL = tuple(AMOUNTS["definite_plural_suffixes"])
PARTITIVES = set(AMOUNTS["partitive_words"])
PARTITIVE_DETERMINERS = set(AMOUNTS["partitive_determiners"])
COMPARATIVE_COUNTS = set(AMOUNTS["comparative_counts"])
IMPLIED_CURRENCY = AMOUNTS["implied_currency"]
FUNDING = load("funding")
#: words that make a sentence about money (nouns and verbs, forms and lemmas)
MONEY_VERBS = frozenset(FUNDING["money_verbs"])
MONEY_WORDS = frozenset(FUNDING["money_nouns"]) | MONEY_VERBS
#: verbs that make money only before the number ("Klyngen får fem millioner")
MONEY_VERBS_BEFORE = frozenset(FUNDING["money_verbs_before"])
#: money nouns a compound may end in ("prosjektmidlene")
MONEY_NOUN_ENDINGS = compound_endings(FUNDING["money_nouns"])
RANGE_OPENERS = _table(AMOUNTS["range_openers"])
RANGE_JOINERS = {q: {squash(w) for w in words} for q, words in AMOUNTS["range_joiners"].items()}
CHANGE_VERBS = set(AMOUNTS["change_verbs"])
CHANGE_NOUNS = set(AMOUNTS["change_nouns"])
#: funders by name and by the word their name ends in ("Trondheim kommune")
FUNDERS = tuple(squash(f) for f in AMOUNTS["funders"])
FUNDER_HEADS = tuple(AMOUNTS["funder_heads"])
#: a heading's unit ("i 1000 kr", "(NOK 1000)") -> its scale
HEADER_UNITS = {squash(str(w)): int(scale) for scale, words in AMOUNTS["header_units"].items() for w in words}
#: words without which a text holds no amount (besides digits): number words that are not
#: only an article ("en bedrift"), and scale words ("en halv milliard")
NUMBER_TRIGGERS = frozenset(
    set(NUMBERS.small) - set(NUMBERS.articles) | NUMBERS.hundred | NUMBERS.thousand
    | set(NUMBERS.fractions) | set(NUMBERS.scales)
)
