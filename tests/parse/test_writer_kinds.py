"""Kinds of writer and date lines real pages show that a byline grammar of its own misses: a date
with its byline word after it ("28.august 2019 Av Kari Lie"), a title before the writer's name
("førsteamanuensis Kari Lie"), what the writer is after it ("Kari Lie, Communication Manager, ETN"),
a report's author field with its plural in brackets ("Forfatter(e):"), a report's foreword naming
its writers, the month and year on a report's cover, and a press release's month opening its first
paragraph, and a note below the headline on when the piece was published. Bokmål, Nynorsk and English,
with invented names."""

from __future__ import annotations

import pytest

from .crawled import BODY, HEADLINE, parse


# A date, then the byline with its byline word

@pytest.mark.parametrize("lang, line, date", [
    ("nb", "28.august 2019 Av Tora Fjellvik", "2019-08-28"),
    ("nn", "3.mars 2020 Av Tora Fjellvik", "2020-03-03"),
    ("en", "12.05.2019 By Tora Fjellvik", "2019-05-12"),
])
def test_a_date_then_a_byline_names_the_writer_without_the_byline_word(lang: str, line: str, date: str) -> None:
    article = parse(HEADLINE[lang], line, BODY[lang])
    assert (article.title, article.published, article.authors) == (HEADLINE[lang], date, ["Tora Fjellvik"])


@pytest.mark.parametrize("line, date", [("5.juni 2018", "2018-06-05"), ("17.desember 2021 kl. 10:15", "2021-12-17T10:15")])
def test_a_day_glued_to_its_month_is_a_date(line: str, date: str) -> None:
    assert parse(HEADLINE["nb"], line, BODY["nb"]).published == date


# A title before the writer's name

@pytest.mark.parametrize("lang, line", [
    ("nb", "Førsteamanuensis Brede Kvalsund er rektor ved Høgskolen i Rauma."),
    ("nn", "Dosent Brede Kvalsund er leiar ved Høgskulen i Rauma."),
    ("en", "Professor Brede Kvalsund is head of research at Rauma University."),
])
def test_a_title_before_the_name_of_an_opinion_pieces_writer_is_no_part_of_it(lang: str, line: str) -> None:
    assert parse(HEADLINE[lang], BODY[lang], line, BODY[lang]).authors == ["Brede Kvalsund"]


@pytest.mark.parametrize("lang, line", [
    ("nb", "Av førsteamanuensis Brede Kvalsund"),
    ("nn", "Av dagleg leiar Brede Kvalsund"),
    ("en", "By senior researcher Brede Kvalsund"),
])
def test_a_title_between_the_byline_word_and_the_name(lang: str, line: str) -> None:
    assert parse(HEADLINE[lang], line, BODY[lang]).authors == ["Brede Kvalsund"]


# What the writer is, after the name

@pytest.mark.parametrize("lang, line", [
    ("nb", "Av Siri Hovdenak, kommunikasjonsrådgiver, Tareklyngen"),
    ("nn", "Av Siri Hovdenak, kommunikasjonsrådgjevar, Tareklynga"),
    ("en", "Written by Siri Hovdenak, Communication Manager, KTN. Translated by a machine"),
    ("en", "By Siri Hovdenak, Senior Adviser, Kelp Network"),
])
def test_what_the_writer_is_after_the_name_names_no_one(lang: str, line: str) -> None:
    assert parse(HEADLINE[lang], line, BODY[lang]).authors == ["Siri Hovdenak"]


def test_two_writers_and_their_outlet_stay_two_writers() -> None:
    assert parse(HEADLINE["nb"], "Av Siri Hovdenak og Are Lisleby, Tangposten", BODY["nb"]).authors == [
        "Siri Hovdenak", "Are Lisleby"]


# A report's author field with its plural in brackets

@pytest.mark.parametrize("line", [
    "3 Tittel: Tareanalysen Forfatter(-e): Siri Hovdenak og Are Lisleby Rapport nr.: 0902 Prosjektnr.: 2225",
    "3 Tittel: Tareanalysen Forfattar(ar): Siri Hovdenak og Are Lisleby Rapport nr.: 0902 Prosjektnr.: 2225",
    "3 Title: The kelp study Author(s): Siri Hovdenak and Are Lisleby Report no.: 0902 Project: 2225",
    "Forfatter(e): Siri Hovdenak og Are Lisleby",
])
def test_an_author_field_with_its_plural_in_brackets_names_the_authors(line: str) -> None:
    assert parse(HEADLINE["nb"], line, BODY["nb"]).authors == ["Siri Hovdenak", "Are Lisleby"]


# A report's foreword names its writers

@pytest.mark.parametrize("lines", [
    ["3 Forord Studien er gjort våren 2019. Rapporten er utarbeidet av Siri Hovdenak og Are Lisleby, og "
     "Tore Vassbotn i Tareklyngen har bidratt med data til rapporten."],
    [BODY["nn"], "Føreord", "Studien vart gjord våren 2019. Rapporten er utarbeidd av Siri Hovdenak og Are Lisleby, og "
     "Tore Vassbotn i Tareklynga har bidrege med data til rapporten."],
    ["2 Preface The study was carried out in the spring of 2019. This report was prepared by Siri Hovdenak "
     "and Are Lisleby, and Tore Vassbotn of the cluster contributed data."],
])
def test_a_reports_foreword_names_its_writers(lines: list[str]) -> None:
    assert parse("Evaluering av Tareklyngen", *lines, BODY["nb"]).authors == ["Siri Hovdenak", "Are Lisleby"]


def test_a_report_named_in_a_news_article_gives_the_article_no_writer() -> None:
    line = ("Rapporten er utarbeidet av Siri Hovdenak og Are Lisleby, og den viser at klyngen har vokst "
            "kraftig de siste fem årene i hele regionen.")
    assert parse(HEADLINE["nb"], BODY["nb"], line).authors == []


# The month and year on a report's cover

@pytest.mark.parametrize("line, date", [
    ("1 Rapport 0902 Siri Hovdenak og Are Lisleby Tareanalysen et delprosjekt under Tareklyngen", None),
    ("2 Siri Hovdenak og Are Lisleby TAREANALYSEN Rapport 0902 ISSN ISBN Tareforsking Rauma AS Mai 2009", "2009-05"),
    ("1 - potensiale og ringvirkninger Forstudie for Tareklynga Siri Hovdenak og Are Lisleby OR Oktober 2003 Rauma",
     "2003-10"),
    ("1 The kelp study A report for the Kelp Network Siri Hovdenak and Are Lisleby September 2003 Rauma", "2003-09"),
])
def test_a_reports_cover_gives_its_month(line: str, date: str | None) -> None:
    assert parse("Tareanalysen", "Transkript", line, BODY["nb"]).published == date


@pytest.mark.parametrize("title, cover", [
    ("Tangbransjens klyngeanalyse", "1 Rapport 0902 Siri Hovdenak og Are Lisleby Tangbransjens klyngeanalyse"),
    ("Klyngeanalyse for tarenæringa", "1 Rapport 12 Siri Hovdenak og Are Lisleby Klyngeanalyse for tarenæringa"),
    ("The kelp cluster study", "1 Report 12 Siri Hovdenak and Are Lisleby The kelp cluster study"),
])
def test_a_transcripts_numbered_cover_page_ending_in_the_title_is_no_headline(title: str, cover: str) -> None:
    assert parse(title, "Transkript", cover, BODY["nb"]).title == title


def test_a_month_in_the_articles_text_does_not_date_the_page() -> None:
    line = ("1 Bakgrunn Klyngen ble etablert i Mai 2009 etter et langt forarbeid i regionen, og den har vokst "
            "jevnt siden da med nye medlemmer hvert eneste år.")
    assert parse(HEADLINE["nb"], BODY["nb"], *[BODY["nb"]] * 5, line).published is None


# A press release's month opening its first paragraph

@pytest.mark.parametrize("lang, line, date", [
    ("en", "May 2018 – The Kelp Network in Western Norway has joined the global council as a destination member, "
           "and it will follow the council's criteria from now on.", "2018-05"),
    ("nb", "Mai 2018 – Tareklyngen på Vestlandet har blitt medlem av det globale rådet, og den skal følge rådets "
           "kriterier fra nå av i alt den gjør.", "2018-05"),
    ("nn", "Rauma, oktober 2018 - Tareklynga på Vestlandet har vorte medlem av det globale rådet, og ho skal følgje "
           "kriteria til rådet frå no av i alt ho gjer.", "2018-10"),
])
def test_a_press_releases_month_dates_the_page(lang: str, line: str, date: str) -> None:
    assert parse(HEADLINE[lang], line, BODY[lang]).published == date


def test_a_month_opening_a_later_paragraph_does_not_date_the_page() -> None:
    line = "Mai 2018 – klyngen fikk sin første store kontrakt, og siden har den vokst år for år i hele regionen."
    assert parse(HEADLINE["nb"], BODY["nb"], line).published is None


# A note on when the piece was published

@pytest.mark.parametrize("lang, note, date", [
    ("nb", "Innlegget ble sendt til regionavisene i juli 2015", "2015-07"),
    ("nn", "Kronikken stod på trykk i Tangposten 3. mars 2014.", "2014-03-03"),
    ("en", "This article was first published in The Kelp Times on 12 March 2015.", "2015-03-12"),
])
def test_a_note_on_when_the_piece_was_published_dates_the_page(lang: str, note: str, date: str) -> None:
    assert parse(HEADLINE[lang], note, BODY[lang]).published == date


def test_a_shown_publication_date_wins_over_the_note() -> None:
    article = parse(HEADLINE["nb"], "Publisert 02.08.2015", "Innlegget ble sendt til regionavisene i juli 2015", BODY["nb"])
    assert article.published == "2015-08-02"


def test_a_case_sent_on_in_the_news_is_no_note() -> None:
    line = "Saken ble sendt til Stortinget i juli 2015, og nå er den tilbake hos departementet."
    assert parse(HEADLINE["nb"], line, BODY["nb"]).published is None
