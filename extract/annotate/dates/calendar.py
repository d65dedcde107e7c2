"""Calendar arithmetic for the date resolvers: ISO strings, weeks, months, seasons, years."""

from __future__ import annotations

from datetime import date, timedelta

#: a resolver's answer when the expression needs a reference date
NEEDS_REFERENCE = object()
#: a resolver's answer: (ISO value, granularity), None (no date after all) or NEEDS_REFERENCE
Result = tuple[str, str] | None | object


def iso(day: date) -> str:
    return day.isoformat()


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def month_start(year: int, month: int, months: int = 0) -> str:
    """The first day of the month ``months`` after ``year``-``month``, as ISO."""
    year, month = add_months(year, month, months)
    return iso(date(year, month, 1))


def infer_year(month: int, ref: date) -> int:
    """The reference year, or the one before if ``month`` is more than six months ahead."""
    return ref.year - 1 if month - ref.month > 6 else ref.year


def two_digit_year(text: str) -> int:
    value = int(text)
    return value if len(text) == 4 else (2000 + value if value < 69 else 1900 + value)


def season_start(name: str, month: int, year: int) -> date:
    """Start of the season ``name`` of ``year``; winter of Y runs December Y-1 to February Y."""
    return date(year - 1, 12, 1) if name == "winter" else date(year, month, 1)


def valid_day(year: int, month: int, day_of_month: int) -> Result:
    """The day as a result, None if the calendar has no such day."""
    try:
        return iso(date(year, month, day_of_month)), "day"
    except ValueError:
        return None


def later(base: date, count: int, unit: str) -> tuple[str, str]:
    """(value, granularity) ``count`` ``unit``s (day, week, month or year) after ``base``."""
    if unit == "year":
        return iso(date(base.year + count, 1, 1)), "year"
    if unit == "month":
        return month_start(base.year, base.month, count), "month"
    return iso(base + timedelta(days=count * (7 if unit == "week" else 1))), unit


def as_date(value: date | str | None) -> date | None:
    """A date, or an ISO date or datetime string, as a date; None if it is neither."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
