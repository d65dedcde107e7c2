"""One event, one date: in an article with no publication date, dates resolved against the latest
year it names ("i fjor", "i år") are guesses; where the mentions of one event get different ones,
none dates it. Generated over unseen cluster names in Bokmål and Nynorsk."""

import random

import pytest

from tests.annotate.event_variants import load

TEXTS = {
    "nb": "NCE {A}, som flyttet til Florø i fjor, har nå fått utmerkelsen «Global Centre of Expertise». "
          "Arbeidet har pågått siden starten i 2006.\n\nFredag kunngjorde ministeren at NCE {A} var den eneste "
          "kandidaten som i år får bli en del av GCE-programmet.",
    "nn": "NCE {A}, som etablerte seg i Florø i fjor, har no fått utmerkinga «Global Centre of Expertise». "
          "Arbeidet har gått sidan starten i 2006.\n\nFredag kunngjorde ministeren at NCE {A} var den einaste "
          "kandidaten som i år får bli ein del av GCE-programmet.",
}
NAMES = random.Random(3).sample(load()["names"]["invented"], 6)


@pytest.mark.parametrize("language", sorted(TEXTS))
@pytest.mark.parametrize("name", NAMES)
def test_guessed_dates_that_disagree_date_nothing(annotate_full, language, name):
    doc = annotate_full(TEXTS[language].format(A=name), published=None)
    gce = {e._.event["date"] for e in doc.spans["events"] if e._.event["status"] == "GCE"}
    assert gce == {None}
