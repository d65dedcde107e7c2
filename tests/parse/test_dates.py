"""Publication dates in the forms pages use: our rules first, dateparser behind them."""

import pytest

from extract.parse.dates import parse_date


@pytest.mark.parametrize("text, expected", [
    ("Publisert 11.06.2009 kl. 13:05", "2009-06-11T13:05"),
    ("18.06.14", "2014-06-18"),
    ("08/11/2018", "2018-11-08"),                       # day first, as Norwegian pages write it
    ("Publisert 13. juni 2015 kl. 08.30", "2015-06-13T08:30"),
    ("Oppdatert 3. desember 2021", "2021-12-03"),
    ("2018-11-08T12:47:00Z", "2018-11-08T13:47"),      # UTC shown as Norwegian wall-clock time
    ("Thu, 08 Nov 2018 13:47:00 +0100", "2018-11-08T13:47"),  # RSS, through dateparser
    ("November 8, 2018", "2018-11-08"),                # English month names, through dateparser
])
def test_publication_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["onsdag", "i går", "November 2018", "ingen dato her"])
def test_no_date_is_made_up_from_today(text):
    assert parse_date(text) is None
