"""Status events hold for the kinds of language real pages found by search use (event_page_kinds.py):
who was taken in together after a caption's "(f.v.)", the end of a lower period as the cluster moves up,
a headline that counts the clusters its body lists, a headline that grants cluster status, an admission
counted in the lead, an indefinite cluster noun, clusters named by their descriptions, a failed attempt, a plural status with
"prosjektene" over lines of "name, place", a new status with an adjective and a name after its semicolon; Bokmål, Nynorsk and
English, more than one clause order, names never seen. The pass rate must be at least 98 %."""

import pytest

from tests.annotate.event_page_kinds import extract_events, generate, report

BAR = 0.98


@pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped
def test_page_kinds_keep_their_events():
    variants = generate()
    assert {v.language for v in variants} == {"nb", "nn", "en"} and len(variants) >= 400
    assert report(variants, extract_events(variants)) >= BAR
