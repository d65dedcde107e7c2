"""Metadata dates ("Publisert 11. juni 2009 kl. 13:05", ISO timestamps) to ISO 8601.

Only the dates in metadata are handled here; dates in article text are the
annotate stage's job. Month names and their short forms come from the table shared
with the annotate stage, ``extract/data/months.yaml``.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from extract.lexicon import alternation, load, months

try:
    OSLO: timezone | ZoneInfo = ZoneInfo("Europe/Oslo")
except ZoneInfoNotFoundError:  # no tz database: UTC times stay UTC
    OSLO = timezone.utc

MAX_ISSUE_PART_WORDS = 4  # "Tis 28 nov", "Årgang 41", "Nr. 5 2023"
# "kl. 13.05", "12:23:10 PM": a time after the date, its seconds and an English half of the day
_TIME = (r"(?:,?\s*(?:kl\.?|klokka|klokken)?\s*(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?::\d{2})?"
         r"(?:\s*(?P<half>[AaPp])\.?[Mm]\.?(?!\w))?(?![\d.]))?")


@cache
def _month_numbers() -> dict[str, int]:
    """Month names and short forms, Norwegian and English (with or without a dot: always
    day, month and year here)."""
    return {**months()["names"], **months()["abbreviations"], **months()["english"]}


@cache
def _patterns() -> list[re.Pattern[str]]:
    month_names = alternation(_month_numbers(), space=" ")
    return [
        re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
                   r"(?:[T ](?P<hh>\d{1,2}):(?P<mm>\d{2})(?::\d{2}(?:\.\d+)?)?"
                   r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"),
        # "29.09.2016 10:56", and the same with the time glued on: "29.09.201610:56"
        re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}(?=\d{1,2}[:.]\d{2}(?![\d.]))"
                   r"|\d{4}(?!\d)|\d{2}(?!\d))" + _TIME),
        # "18/03/2015", "18-03-2015"; month first, as American pages write it, where day first is no date: "03-18-2015"
        re.compile(r"(?<![\d/-])(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/-])" + _TIME),
        # "11. juni 2009", "28.august 2019", and with hyphens, as a document site writes it: "21-Sep-2020"
        re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:\.\s*|\s+|-)(?P<mon>{month_names})(?:\.?,?\s+|-)(?P<y>\d{{4}})(?!\d)"
                   + _TIME, re.IGNORECASE),
        # month first, as English pages write it: "June 12, 2009", "jun 01, 2011 16:44"
        re.compile(rf"(?<![\w.])(?P<mon>{month_names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
                   + _TIME, re.IGNORECASE),
    ]


@cache
def _day_month_patterns() -> list[re.Pattern[str]]:
    """A day and a month named without a year after them: "6.juni", "6. juni", "June 6"."""
    month_names = alternation({**months()["names"], **months()["english"]}, space=" ")
    no_year = r"(?!\.?,?\s*\d{4})"
    return [re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s?(?P<mon>{month_names})(?!\w){no_year}", re.IGNORECASE),
            re.compile(rf"(?<![\w.])(?P<mon>{month_names})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.:]){no_year}",
                       re.IGNORECASE)]


def find_day_month(text: str) -> tuple[tuple[int, int], re.Match[str]] | None:
    """The first valid (month, day) named without a year in ``text``, with its match, or None."""
    found = []
    for pattern in _day_month_patterns():
        for match in pattern.finditer(text):
            month, day = _month_numbers()[match["mon"].lower()], int(match["d"])
            try:
                datetime(2000, month, day)  # a leap year: 29 February is a day
            except ValueError:
                continue
            found.append((match.start(), (month, day), match))
            break
    return min(found, key=lambda f: f[0])[1:] if found else None


@cache
def _issue_patterns() -> dict[str, re.Pattern[str]]:
    month_names = alternation(_month_numbers(), space=" ")
    return {"parts": re.compile(r"\s+/\s+"),
            "day_month": re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*(?P<mon>{month_names})\.?(?!\w)", re.IGNORECASE),
            "year": re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")}


def issue_date(line: str) -> str | None:
    """The date of a periodical's issue line ("Tis 28 nov / År 41 / Nr 5 2023", "Tysdag 28. november /
    Årgang 41 / Nr. 5 2023"): parts set off by slashes, each short and holding a number, a day and a
    month in one part (a month's short form counts), the issue's year in the last part that names one.
    None if the line is no issue line."""
    parts = _issue_patterns()["parts"].split(line.strip())
    if len(parts) < 2 or any(len(part.split()) > MAX_ISSUE_PART_WORDS or not re.search(r"\d", part)
                             for part in parts):
        return None
    day_month = next((match for part in parts if (match := _issue_patterns()["day_month"].search(part))), None)
    years = [year for part in parts for year in _issue_patterns()["year"].findall(part)]
    if not day_month or not years:
        return None
    month = _month_numbers()[day_month["mon"].lower()]
    try:
        return datetime(int(years[-1]), month, int(day_month["d"])).date().isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first valid date in ``text`` as (ISO string, match), or None."""
    found = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso:
                found.append((match.start(), iso, match))
                break
    if not found:
        return None
    _, iso, match = min(found, key=lambda f: f[0])
    return iso, match


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, or None.

    Our rules read the Norwegian forms (day first, "kl. 13.05", month names of both
    standards); dateparser reads what is left ("Thu, 08 Nov 2018 13:47:00 +0100",
    "November 8, 2018"), day first, and never fills a missing part from today."""
    found = find_date(text)
    if found:
        return found[0]
    return _dateparser_date(text[:_DATEPARSER_LIMIT])


_DATEPARSER_LIMIT = 120  # a metadata value, not a page: dateparser's time grows with the text
_DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
                        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                        "RETURN_AS_TIMEZONE_AWARE": False}


def _dateparser_date(text: str) -> str | None:
    if not any(c.isdigit() for c in text):
        return None  # a whole date has a day and a year in digits; nothing to ask dateparser
    import dateparser  # slow to import; only the forms our rules do not know need it

    moment = dateparser.parse(text, languages=["nb", "nn", "en"], settings=_DATEPARSER_SETTINGS)
    if moment is None:
        return None
    has_time = re.search(r"\d{1,2}[:.]\d{2}(?![\d.])", text) is not None
    return moment.isoformat(timespec="minutes") if has_time else moment.date().isoformat()


def _hour(groups: dict) -> int:
    """The hour on a 24-hour clock ("1:23 PM" is 13, "12:05 AM" is 0)."""
    hour, half = int(groups["hh"]), (groups.get("half") or "").lower()
    return hour % 12 + 12 * (half == "p") if half else hour


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = _month_numbers()[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    year, day = int(groups["y"]), int(groups["d"])
    year += 2000 if year < 100 else 0
    if groups.get("sep") and month > 12 >= day:  # "03-18-2015": month first
        month, day = day, month
    try:
        if groups.get("hh") is None:
            return datetime(year, month, day).date().isoformat()
        moment = datetime(year, month, day, _hour(groups), int(groups["mm"]))
    except ValueError:
        return None
    if groups.get("tz") == "Z":  # UTC: show the Norwegian wall-clock time
        moment = moment.replace(tzinfo=timezone.utc).astimezone(OSLO).replace(tzinfo=None)
    return moment.isoformat(timespec="minutes")


@cache
def _month_dateline() -> re.Pattern[str]:
    month_names = alternation({**months()["names"], **months()["english"]}, space=" ")
    return re.compile(rf"^(?:[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)?,\s+)?(?P<mon>(?i:{month_names}))\s+"
                      r"(?P<y>(?:19|20)\d{2})\s*[–—-]\s+[A-ZÆØÅ\d\"«“]")


def month_dateline(line: str) -> str | None:
    """The month a press release's first paragraph opens with, a dash after it ("May 2018 – The
    cluster has joined ...", "Bergen, mai 2018 – Klynga har ..."), as ``YYYY-MM``; None if none."""
    found = _month_dateline().match(line)
    return f"{found['y']}-{_month_numbers()[found['mon'].lower()]:02}" if found else None


MAX_NOTE_WORDS = 25  # a note on when a piece was published is one short sentence
NOTE_GAP_WORDS = 3  # words between the note's subject and its verb ("ble først", "sto på")
_CLOSING_DAY = re.compile(r"[.!?]\s+\((?P<day>\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})\)$")


@cache
def _publication_note() -> re.Pattern[str]:
    meta = load(Path(__file__).parent, "metadata")  # parse's own YAML
    genres = alternation(meta["byline_genres"], space=" ")
    return re.compile(rf"^\(?(?:(?i:{alternation(meta['publication_note_subjects'])})\s+(?:\S+\s+){{0,{NOTE_GAP_WORDS}}}?"
                      rf"(?i:{alternation(meta['publication_note_verbs'])})(?!\w)"
                      rf"|(?:{genres})\s+(?:i|in)\s+[A-ZÆØÅ][^,]{{1,40}},)(?P<rest>.*)$")


def publication_note(line: str) -> str | None:
    """The date a note on a piece's publication gives ("Innlegget ble sendt til regionaviser i juli 2015":
    ``2015-07``; in brackets; or its genre and outlet: "Kronikk i Avisa, 8. juni 2006"), a day or a month
    and a year; None if ``line`` is no such note."""
    found = _publication_note().match(line) if len(line.split()) <= MAX_NOTE_WORDS else None
    if not found:
        return None
    if day := find_date(found["rest"]):
        return day[0][:10]
    month = _month_year().search(found["rest"])
    return f"{month['y']}-{_month_numbers()[month['mon'].lower()]:02}" if month else None


def closing_date(line: str) -> str | None:
    """The day in brackets that closes a paragraph ("... får millionstøtte fra Staten. (30.09.2008)"); None if none."""
    found = _CLOSING_DAY.search(line)
    day = find_date(found["day"]) if found else None
    return day[0][:10] if day else None


@cache
def _month_year() -> re.Pattern[str]:
    month_names = alternation({**months()["names"], **months()["english"]}, space=" ")
    return re.compile(rf"(?<![\w.])(?P<mon>(?i:{month_names}))\s+(?P<y>(?:19|20)\d{{2}})(?!\d)")
