"""English dates on English pages: a month with a year ("June 2007"), with a day before or after it
("22 June 2007", "June 12, 2009"; the day after the month only where the month is capitalised)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.annotate.dates import find_dates, normalize_date

FRI_2020 = date(2020, 11, 20)


@pytest.mark.parametrize("text, value, granularity", [
    ("June 2007", "2007-06-01", "month"),
    ("in March 2014", "2014-03-01", "month"),
    ("Dec 2019", "2019-12-01", "month"),
    ("June 12, 2009", "2009-06-12", "day"),
    ("October 3 2016", "2016-10-03", "day"),
    ("22 June 2007", "2007-06-22", "day"),
    ("July 1st, 2009", "2009-07-01", "day"),
])
def test_english_month_and_year(text, value, granularity):
    assert normalize_date(text, None) == (value, granularity)


@pytest.mark.parametrize("text", ["June 31, 2009", "February 30 2020"])
def test_an_english_day_the_calendar_has_not_is_none(text):
    assert normalize_date(text, None) is None


def test_english_dates_in_a_sentence():
    text = "The cluster was founded in 2006, and in June 2007 it was awarded NCE status; on April 4, 2014 it grew."
    found = [(text[d.start:d.end], d.value, d.granularity) for d in find_dates(text, FRI_2020)]
    assert found == [("in 2006", "2006-01-01", "year"), ("in June 2007", "2007-06-01", "month"),
                     ("April 4, 2014", "2014-04-04", "day")]


@pytest.mark.parametrize("text", [
    "Grants for June and July are paid.",  # no year: English months alone are left out
    "Reports from june 12, 2009 are kept.",  # English writes its months capitalised
])
def test_no_english_date_without_a_capitalised_month_and_a_year(text):
    assert find_dates(text, FRI_2020) == []
