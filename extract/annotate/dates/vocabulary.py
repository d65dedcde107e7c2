"""The date words as lookup tables: ``data/dates.yaml``, the month names shared with the
parse stage (``extract/data/months.yaml``) and the ordinals of ``data/numbers.yaml``."""

from __future__ import annotations

from typing import Any

from extract.lexicon import months

from ..lexicon import load
from ..numbers import NUMBERS
from ..line_patterns import squash

DATES = load("dates")


def _lookup(table: dict[Any, list[str]]) -> dict[str, int]:
    return {w.lower(): int(key) for key, words in table.items() for w in words}


MONTHS = {**months()["names"], **months()["english"]}  # "In June 2014" on English pages
MONTH_ABBREVIATIONS = months()["abbreviations"]
#: English month names alone, for the English order of a day ("June 12, 2009")
ENGLISH_MONTHS = months()["english"]
WEEKDAYS = _lookup(DATES["weekdays"])
#: season word -> (season name, start month)
SEASONS = {
    w: (name, spec["month"])
    for name, spec in DATES["seasons"].items()
    for w in spec["indefinite"] + spec["definite"]
}
SEASONS_INDEFINITE = [w for s in DATES["seasons"].values() for w in s["indefinite"]]
SEASONS_DEFINITE = [w for s in DATES["seasons"].values() for w in s["definite"]]
SPRING = {w for w, (name, _) in SEASONS.items() if name == "spring"}
POSITIONS = _lookup(DATES["positions"])
AGO_UNITS = {w: unit for unit, words in DATES["ago_units"].items() for w in words}
#: relative phrase -> (kind: days, weeks, months or years; offset)
RELATIVE = {
    squash(phrase): (kind, int(offset))
    for kind in ("days", "weeks", "months", "years")
    for phrase, offset in DATES[f"relative_{kind}"].items()
}
#: "fredag forrige uke": the week phrases that may follow a weekday (not those opened by "i")
WEEKS_AFTER_WEEKDAY = [p for p in DATES["relative_weeks"] if p.split(" ")[0] not in DATES["in_words"]]
YEAR_NOUNS = {w: int(v) for w, v in DATES["year_nouns"].items()}
QUARTER_ORDINALS = {w: v for w, v in NUMBERS.ordinals.items() if v <= 4}
QUARTER_ORDINALS.update({w: 4 for w in DATES["quarter_last"]})
