"""Numbers and dates as Norwegian readers write them, for the pages only (the KB keeps
them raw): ``5 mill. kr``, ``3,5 mill. kr``, ``400 000 kr``, ``8. november 2018``,
``juni 2021``; and the same forms read back from the correction form (``read_date``,
``read_number``). The words are in ``extract/data/formats.yaml``."""

from __future__ import annotations

import re
from datetime import date

from ..annotate.lexicon import load as load_annotate
from ..lexicon import DATA_DIR, load
from ..store import ISO_DATE_COLUMNS

_SPACE = "\u00a0"  # thousands and unit separator that never breaks a line
_WORDS = load(DATA_DIR, "formats")


def nb_word(value, kind: str):
    """The Norwegian word for the code ``value`` of ``kind`` ("actions", "verdicts",
    "review_states", "fact_types", "fact_types_plural" in ``extract/data/labels.yaml``);
    an unknown code as it is."""
    return load(DATA_DIR, "labels")[kind].get(value, value)


def choice_words(column: str) -> dict[str, str]:
    """Code -> Norwegian word for the choices of a correction form's ``column`` (none: {})."""
    labels = load(DATA_DIR, "labels")
    return labels[labels["choice_words"][column]] if column in labels["choice_words"] else {}


def nb_choice(value, column: str):
    """A code of a choice column (``action``, ``verdict``, ``review_state`` …: labels.yaml
    ``choice_words``) as its Norwegian word; any other value as it is."""
    return choice_words(column).get(str(value), value) if value is not None else value


def _month(number: int) -> str:
    return load(DATA_DIR, "months")["names"][number][0]


def _seasons() -> dict[str, dict]:
    return load_annotate("dates")["seasons"]


def _season(day: date) -> str:
    """'høsten 2021' (Bokmål; winter is named by its January's year, as the dates rules do)."""
    for season in _seasons().values():
        if season["month"] == day.month:
            return f"{season['definite'][0]} {day.year + (day.month == 12)}"
    return f"{_month(day.month)} {day.year}"


def _number(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}".replace(",", _SPACE).replace(".", ",")
    return text[:-2] if decimals and text.endswith(",0") else text


def nb_amount(value, currency: str | None = None, unit: str | None = None) -> str:
    """``5000000.0, 'NOK'`` -> ``5 mill. kr``; other numbers with spaces between thousands."""
    if value is None:
        return ""
    suffix = _WORDS["currencies"].get(currency, currency) or unit or ""
    for scale in _WORDS["scales"]:
        if abs(value) >= scale["factor"]:
            return f"{_number(value / scale['factor'], 1)}{_SPACE}{scale['words'][0]}{_SPACE}{suffix}".strip()
    return f"{_number(value, 0 if float(value).is_integer() else 2)}{_SPACE}{suffix}".strip()


def nb_number(value) -> str:
    """A number in full, as read back exactly: ``7 500 000``, ``1 234,5`` (for the form)."""
    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else len(repr(float(value)).partition(".")[2])
    return _number(value, decimals)


def nb_plural(count: int, one: str, many: str) -> str:
    """``1, 'rad', 'rader'`` -> ``1 rad``; ``1234`` -> ``1 234 rader``."""
    return f"{nb_number(count)} {one if count == 1 else many}"


def nb_date(value: str | None, granularity: str | None = "day") -> str:
    """An ISO date (the start of its period) at its granularity: ``8. november 2018``,
    ``november 2018``, ``høsten 2021``, ``uke 46 2021``, ``2018``; the value itself if it is no date."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    if granularity in ("year", "decade"):
        return f"{day.year}" if granularity == "year" else f"{day.year}-{_WORDS['decade_suffix'][0]}"
    if granularity == "season":
        return _season(day)
    if granularity == "quarter":
        return f"{(day.month - 1) // 3 + 1}. {_WORDS['quarter'][0]} {day.year}"
    if granularity == "month":
        return f"{_month(day.month)} {day.year}"
    if granularity == "week":
        return f"{_WORDS['week'][0]} {day.isocalendar().week} {day.isocalendar().year}"
    return f"{day.day}. {_month(day.month)} {day.year}"


def fact_value(table: str, column: str, value, row) -> str:
    """A column of a fact (or ``status_history``) row as the pages show it: dates at their
    granularity, amounts in Norwegian form; "" for none."""
    if value is None:
        return ""
    if (table, column) in ISO_DATE_COLUMNS and isinstance(value, str):
        return nb_date(value, row[ISO_DATE_COLUMNS[table, column]])
    if table == "amounts" and column in ("value", "value_high") and isinstance(value, (int, float)):
        return nb_amount(value, row["currency"], row["unit"])
    return str(value)


def _words(names) -> str:
    return "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))


def _date_forms() -> list[tuple[re.Pattern, str]]:
    """(pattern, granularity) for each form ``nb_date`` writes, and ISO (YYYY-MM-DD, YYYY-MM, YYYY)."""
    months = _words(n for names in load(DATA_DIR, "months")["names"].values() for n in names)
    seasons = _words(w for s in _seasons().values() for w in (*s["definite"], *s["indefinite"]))
    return [(re.compile(pattern), granularity) for pattern, granularity in (
        (r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})", "day"),
        (rf"(?P<d>[0-9]{{1,2}})\.? (?P<month>{months}) (?P<y>[0-9]{{4}})", "day"),
        (r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})", "month"),
        (rf"(?P<month>{months}) (?P<y>[0-9]{{4}})", "month"),
        (rf"(?P<season>{seasons}) (?P<y>[0-9]{{4}})", "season"),
        (rf"(?P<q>[1-4])\.? (?:{_words(_WORDS['quarter'])}) (?P<y>[0-9]{{4}})", "quarter"),
        (rf"(?:{_words(_WORDS['week'])}) (?P<w>[0-9]{{1,2}}) (?P<y>[0-9]{{4}})", "week"),
        (rf"(?P<y>[0-9]{{3}}0)-?(?:{_words(_WORDS['decade_suffix'])})", "decade"),
        (r"(?P<y>[0-9]{4})", "year"),
    )]


def _start(parts: dict, granularity: str) -> date:
    """The first day of the period a matched date form names."""
    year = int(parts["y"])
    if parts.get("month"):
        month = next(n for n, names in load(DATA_DIR, "months")["names"].items() if parts["month"] in names)
        return date(year, month, int(parts.get("d") or 1))
    if parts.get("season"):
        month = next(s["month"] for s in _seasons().values() if parts["season"] in (*s["definite"], *s["indefinite"]))
        return date(year - (month == 12), month, 1)  # "vinteren 2020" starts in December 2019
    if parts.get("q"):
        return date(year, 3 * int(parts["q"]) - 2, 1)
    if parts.get("w"):
        return date.fromisocalendar(year, int(parts["w"]), 1)
    return date(year, int(parts.get("m") or 1), int(parts.get("d") or 1))


def read_date(text: str) -> tuple[str, str]:
    """(ISO start, granularity) of a date written as the pages write it (``juni 2021``,
    ``høsten 2021``, ``2. kvartal 2021``, ``uke 46 2021``, ``2015``, ``2010-tallet``,
    ``8. november 2018``) or in ISO (``2021-06-01``, ``2021-06``); ValueError if it is none."""
    written = " ".join(text.lower().split())
    for pattern, granularity in _date_forms():
        found = pattern.fullmatch(written)
        if found:
            return _start(found.groupdict(), granularity).isoformat(), granularity
    raise ValueError(f"{text!r} is not a date")


_NUMBER = re.compile(r"(?P<n>-?[0-9]{1,3}(?:[ .][0-9]{3})+(?:,[0-9]+)?|-?[0-9]+(?:[.,][0-9]+)?)"
                     r"(?: ?(?P<scale>[^\W\d_]+\.?))?(?: [^\W\d_]+\.?)*")


def read_number(text: str) -> float:
    """The number in ``7,5 mill. kr``, ``400 000 kr``, ``7 500 000``, ``21 verksemder`` or
    ``2400000.0`` (a currency or unit after it is left to its own field); ValueError if none."""
    found = _NUMBER.fullmatch(re.sub(" +", " ", text.replace(_SPACE, " ").strip(" ")))  # spaces as the pages write them
    if not found:
        raise ValueError(f"{text!r} is not a number")
    digits = found["n"]
    if "," in digits or digits.count(".") > 1 or " " in digits:
        digits = digits.replace(" ", "").replace(".", "").replace(",", ".")
    factor = next((s["factor"] for s in _WORDS["scales"] if (found["scale"] or "").lower() in s["words"]), 1)
    return float(digits) * factor
