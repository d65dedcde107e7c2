"""Lines above or around a page's headline that read as a headline but are a page's furniture: a
sponsor's label (the headline then only in the breadcrumb trail), a logo's text repeated and run
together, a caption closed by a copyright's holder or by a credit word without its name (its text
going on in the paragraph below it), an institute's slogan opened by words in capitals, and a field's
label above a project's period. Bokmål, Nynorsk and English, with invented names."""

from __future__ import annotations

import pytest

from .crawled import BODY, HEADLINE, parse

TRAILS = {"nb": "Hjem » Grønn omstilling » {}", "nn": "Heim › Nyheiter › {}", "en": "Home > News > {}"}
SPONSORS = {"nb": "Sponset", "nn": "Sponsa", "en": "Sponsored"}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_below_a_sponsors_label_the_headline_is_where_the_breadcrumb_trail_ends(lang: str) -> None:
    lines = ["Hopp til innhold", TRAILS[lang].format(HEADLINE[lang]), SPONSORS[lang], BODY[lang]]
    assert parse(*lines).title == HEADLINE[lang]


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_sponsors_label_above_the_headline_is_no_headline(lang: str) -> None:
    assert parse(SPONSORS[lang], HEADLINE[lang], BODY[lang]).title == HEADLINE[lang]


@pytest.mark.parametrize("lang, logo", [("nb", "Tangrådet NorgeTangrådet NorgeTangrådet Norge"),
                                        ("nn", "Tarerådet NoregTarerådet Noreg"),
                                        ("en", "Kelp ClusterKelp ClusterKelp Cluster")])
def test_a_logos_text_repeated_and_run_together_is_no_headline_and_no_writer(lang: str, logo: str) -> None:
    article = parse(logo, HEADLINE[lang], "Del", BODY[lang])
    assert (article.title, article.authors) == (HEADLINE[lang], [])


@pytest.mark.parametrize("lang, title, caption", [
    ("nb", "Tangprosjekter 2024", "Personer i et rom som samarbeider og lærer av hverandre© Tangbyrå"),
    ("nn", "Tareprosjekt 2024", "Folk i eit rom som samarbeider © Getty Images"),
    ("en", "Kelp projects 2024", "People in a room working together© Kelp Pictures"),
])
def test_a_caption_closed_by_its_copyright_below_a_short_headline_is_no_headline(lang: str, title: str,
                                                                                 caption: str) -> None:
    assert parse("Hopp til hovedinnhold", title, caption, BODY[lang]).title == title


@pytest.mark.parametrize("lang, caption, text", [
    ("nb", "Synnøve Tveråmo og Hallvard Kjeldstad. Foto.",
     "Synnøve Tveråmo kan ikke skryte på seg medisinsk kompetanse, men både hun og Hallvard Kjeldstad vil vise at "
     "regionen bugner av gode initiativ."),
    ("nn", "Synnøve Tveråmo og Hallvard Kjeldstad. Foto.",
     "Synnøve Tveråmo kan ikkje skryte på seg medisinsk kompetanse, men både ho og Hallvard Kjeldstad vil vise at "
     "regionen har mange gode initiativ."),
    ("en", "Synnøve Tveråmo and Hallvard Kjeldstad. Photo.",
     "Synnøve Tveråmo cannot claim any medical training, but both she and Hallvard Kjeldstad want to show that the "
     "region is full of good ideas."),
])
def test_a_caption_opening_the_page_and_its_text_below_it_are_no_headline(lang: str, caption: str, text: str) -> None:
    article = parse(caption, text, HEADLINE[lang], BODY[lang])
    assert (article.title, article.paragraphs) == (HEADLINE[lang], [BODY[lang]])
    assert text in " ".join(article.captions)  # the caption's text keeps its people for the roles


def test_a_paragraph_below_a_caption_that_names_none_of_its_people_is_the_articles() -> None:
    article = parse("Synnøve Tveråmo og Hallvard Kjeldstad. Foto.", BODY["nb"], "Mellomtittel i saken", BODY["nn"])
    assert BODY["nb"] in article.paragraphs


@pytest.mark.parametrize("lang, slogan, title", [
    ("nb", "NASJONALT TANGINSTITUTT med regional forankring og internasjonal relevans", "Evaluering av Tangklyngen"),
    ("nn", "REGIONALT TAREINSTITUTT for eit grønare Vestlandet", "Evaluering av Tareklynga"),
    ("en", "INDEPENDENT KELP INSTITUTE for a greener coast", "Evaluation of the Kelp Cluster"),
])
def test_an_institutes_slogan_in_capitals_is_no_headline(lang: str, slogan: str, title: str) -> None:
    assert parse("Tangforsking (logo)", slogan, title, BODY[lang]).title == title


@pytest.mark.parametrize("title", ["GCE KELP TECHNOLOGY får ny leder", "NORSK TANG vil ha flere klynger"])
def test_a_name_in_capitals_then_a_verb_is_a_headline(title: str) -> None:
    assert parse("Hopp til innhold", title, BODY["nb"]).title == title


@pytest.mark.parametrize("label, period", [("Prosjektperiode:", "1. april 2006 – 31. desember 2014"),
                                           ("Prosjektperiode:", "01.04.2006 - 31.12.2014"),
                                           ("Project period:", "2006-04-01 - 2014-12-31")])
def test_a_fields_label_above_a_period_is_no_headline(label: str, period: str) -> None:
    assert parse("IT-tangdama", label, period, "Publisert 19.04.2011", BODY["nb"]).title == "IT-tangdama"


@pytest.mark.parametrize("lang, kicker", [("nb", "Rauma kommune og TANGPARKEN er med:"),
                                          ("nn", "Rauma kommune og TAREPARKEN er med:"),
                                          ("en", "Rauma council and the Kelp Park are on board:")])
def test_a_kicker_closed_by_a_colon_above_the_headline_is_no_headline(lang: str, kicker: str) -> None:
    assert parse(kicker, HEADLINE[lang], BODY[lang]).title == HEADLINE[lang]


def test_a_headline_closed_by_a_colon_above_speech_stays_the_headline() -> None:
    title = "Tangklyngen har fått status som moden klynge:"
    assert parse(title, "– Gir mer innovasjon og mer internasjonal innretning", BODY["nb"]).title == title.rstrip(":")


@pytest.mark.parametrize("lang, title, lead", [
    ("nb", "«Målet er å skape vekst for hele tangnæringen»", "Tangforum åpner dørene for Brede Kvalsund, ny leder."),
    ("nn", "«Målet er å skape vekst for heile tarenæringa»", "Tareforum opnar dørene for Brede Kvalsund, ny leiar."),
    ("en", '"The goal is to stimulate growth for the kelp industry."',
     "The Kelp Forum opens its doors to Brede Kvalsund, its new cluster manager."),
])
def test_an_interviews_quoted_headline_above_its_lead_sentence(lang: str, title: str, lead: str) -> None:
    assert parse(title, lead, BODY[lang]).title == title


@pytest.mark.parametrize("title, field, lang", [("Sluttevaluering av Tangklyngen", "Type/nr R03/09", "nb"),
                                                ("Evaluering av Tareklynga", "Rapport nr. 05/2011", "nn"),
                                                ("Evaluation of Kelpnet", "Report no. 12/2019", "en")])
def test_a_records_number_below_a_reports_short_title_is_no_headline(title: str, field: str, lang: str) -> None:
    """A report's page: its title, then the record's number ("Type/nr R03/09"): the title is no label above it."""
    assert parse(title, field, BODY[lang]).title == title
