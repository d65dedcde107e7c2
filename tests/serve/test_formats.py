"""Numbers and dates on screen as Norwegian readers write them."""

from extract.serve.formats import nb_amount, nb_date

NBSP = "\u00a0"


def test_amounts():
    assert nb_amount(5_000_000.0, "NOK") == f"5{NBSP}mill.{NBSP}kr"
    assert nb_amount(3_500_000.0, "NOK") == f"3,5{NBSP}mill.{NBSP}kr"
    assert nb_amount(400_000.0, "NOK") == f"400{NBSP}000{NBSP}kr"
    assert nb_amount(13e9, "NOK") == f"13{NBSP}mrd.{NBSP}kr"
    assert nb_amount(47.0, None, "medlemmer") == f"47{NBSP}medlemmer"
    assert nb_amount(None) == ""


def test_dates_at_their_granularity():
    assert nb_date("2018-11-08") == "8. november 2018"
    assert nb_date("2018-11-08T13:47") == "8. november 2018"
    assert nb_date("2021-06-01", "month") == "juni 2021"
    assert nb_date("2021-09-01", "season") == "høsten 2021"
    assert nb_date("2019-12-01", "season") == "vinteren 2020"
    assert nb_date("2021-11-15", "week") == "uke 46 2021"
    assert nb_date("2021-04-01", "quarter") == "2. kvartal 2021"
    assert nb_date("2014-01-01", "year") == "2014"
    assert nb_date(None) == "" and nb_date("snart") == "snart"
