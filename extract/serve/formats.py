"""Numbers and dates as Norwegian readers write them, for the pages only (the KB keeps
them raw): ``5 mill. kr``, ``3,5 mill. kr``, ``400 000 kr``, ``8. november 2018``."""

from __future__ import annotations

from datetime import date

from ..annotate.lexicon import load as load_annotate
from ..lexicon import DATA_DIR, load

_CURRENCY = {"NOK": "kr"}
_SCALES = ((1e9, "mrd."), (1e6, "mill."))
_SPACE = "\u00a0"  # thousands and unit separator that never breaks a line


def _month(number: int) -> str:
    return load(DATA_DIR, "months")["names"][number][0]


def _season(day: date) -> str:
    """'høsten 2021' (Bokmål; winter is named by its January's year, as the dates rules do)."""
    for season in load_annotate("dates")["seasons"].values():
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
    suffix = _CURRENCY.get(currency, currency) or unit or ""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_number(value / scale, 1)}{_SPACE}{word}{_SPACE}{suffix}".strip()
    return f"{_number(value, 0 if float(value).is_integer() else 2)}{_SPACE}{suffix}".strip()


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
        return f"{day.year}" if granularity == "year" else f"{day.year}-tallet"
    if granularity == "season":
        return _season(day)
    if granularity == "quarter":
        return f"{(day.month - 1) // 3 + 1}. kvartal {day.year}"
    if granularity == "month":
        return f"{_month(day.month)} {day.year}"
    if granularity == "week":
        return f"uke {day.isocalendar().week} {day.isocalendar().year}"
    return f"{day.day}. {_month(day.month)} {day.year}"
