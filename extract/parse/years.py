"""The year of a date a page names without one ("Siste nytt fra Digin 6.juni, ..."), found
on the page as a careful reader finds it (docs/metadata.md), first source that gives one:

1. the page's address, when its path holds a year ("/aktuelt/2015/06/...");
2. the updated date the page shows (the day falls on or before it);
3. the latest year the article's text names, none after the year of the page's copyright
   line ("© Sørlandet Kunnskapshavn 2018", the year the page was shown, not written).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlparse

_URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?=/|-\d{2}[/-])")  # "/2015/", "/2015-06-..."
_TEXT_YEAR = re.compile(r"(?<![\d.,:/-])((?:19|20)\d{2})(?![\d]|[.,]\d)")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\D{0,80}?((?:19|20)\d{2})(?!\d)", re.IGNORECASE)


def copyright_year(line: str) -> int | None:
    """The year of a copyright line ("© Sørlandet Kunnskapshavn 2018 | ..."), or None."""
    match = _COPYRIGHT.match(line.strip())
    return int(match[1]) if match else None


def page_year(month_day: tuple[int, int], *, url: str | None, updated: str | None, text: str,
              copyright: int | None) -> tuple[int, str] | None:
    """The year of ``month_day`` and the source it came from (see the module's docstring)."""
    path = urlparse(url).path if url else ""
    if match := _URL_YEAR.search(path):
        return int(match[1]), "the address"
    if updated and len(updated) >= 10:
        year, month, day = int(updated[:4]), int(updated[5:7]), int(updated[8:10])
        return year - (month_day > (month, day)), "the updated date"
    years = [int(year) for year in _TEXT_YEAR.findall(text) if not copyright or int(year) <= copyright]
    return (max(years), "the latest year the text names") if years else None


def completed(month_day: tuple[int, int], year: int) -> str | None:
    """ISO date of ``month_day`` in ``year``; None when there is no such day (29 February)."""
    try:
        return dt.date(year, *month_day).isoformat()
    except ValueError:
        return None
