"""A frame in the article's first sentences that counts more clusters than it names ("I alt ni klynger ...
blir tatt opp") takes the article's one cluster written with its prefix only where the article names no
other cluster, counting those named further down by their parse ("Kraftlaget Vest får status som
Arena-klynge"), not only those known before the events component reads the article. Otherwise the facts
would hang on how many lines stand before the frame: the read stage drops a page's head lines (site
name, "Del"), which moves the frame into the first sentences, and ``newsfacts extract`` on the page file
would give an event the pipeline on the same page's text does not."""

from __future__ import annotations

import pytest

from extract.api import extract_file

from .helpers import events

PAGES = {
    "nb": """Vestlandsnytt Vestlandsnytt

Nye næringsklynger til Vestlandet

Del
Hordaland fikk i dag en ny næringsklynge og et nettverk som får plass i en ordning for mindre nettverk.

I alt ni klynger og nettverk blir tatt opp i klyngeprogrammet i år. Ordningen er ny, og gir mindre nettverk et tilbud.

Kraftlaget Vest får status som Arena-klynge. Klyngen dekker hele Vestlandet, med medlemmer i tre fylker.

Fiskenett Sunnhordland blir et av landets første nettverk i ordningen. NCE Havlys i Bergen er navet i samarbeidet, \
og har erfaring fra slikt arbeid.
""",
    "nn": """Vestlandsnytt Vestlandsnytt

Nye næringsklynger til Vestlandet

Del
Hordaland fekk i dag ei ny næringsklynge og eit nettverk som får plass i ei ordning for mindre nettverk.

I alt ni klynger og nettverk blir tekne opp i klyngeprogrammet i år. Ordninga er ny, og gjev mindre nettverk eit tilbod.

Kraftlaget Vest får status som Arena-klynge. Klynga dekkjer heile Vestlandet, med medlemer i tre fylke.

Fiskenett Sunnhordland blir eitt av dei første nettverka i ordninga. NCE Havlys i Bergen er navet i samarbeidet, \
og har erfaring frå slikt arbeid.
""",
}
EXPECTED = {("Kraftlaget Vest", "Arena", "granted")}


def _file_events(nlp, tmp_path, language: str) -> set[tuple]:
    page = tmp_path / f"side-{language}.txt"
    page.write_text(PAGES[language], encoding="utf-8")
    (result,), failures = extract_file(page, nlp)
    assert not failures
    return {(e["cluster"], e["status"], e["action"]) for e in result["status_events"]}


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_page_file_and_its_text_give_the_same_events(nlp, tmp_path, language):
    assert _file_events(nlp, tmp_path, language) == events(nlp(PAGES[language])) == EXPECTED


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_hub_with_its_prefix_is_not_the_cluster_counted_where_another_is_named_below(nlp, language):
    body = PAGES[language].split("Del\n", 1)[1]  # as the read stage leaves it: no head lines
    assert events(nlp(body)) == EXPECTED
