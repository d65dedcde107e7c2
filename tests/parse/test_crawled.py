"""Pages as a crawler saves them (the text of the page from its top): the headline among
navigation lines, bylines and datelines in both standards and English, boilerplate."""

from __future__ import annotations

import pytest

from extract.parse import parse_document
from extract.types import RawDocument

BODY = "Klyngen har fått status som Arena i tre år."


def parse(text: str):
    return parse_document(RawDocument(source="crawl/side.txt", kind="text", data=text.encode("utf-8")))


@pytest.mark.parametrize("top", [
    ["Hopp til innhold", "NRK Meny"],
    ["Hopp til hovudinnhald", "Meny", "Søk"],
    [" date 2017-10"],
    ["w", "Hjem"],
    ["Foto: Kari Lie / NTB"],
    ["49032398283_6c80b83785_c.jpg"],
])
def test_the_headline_is_the_first_line_that_reads_as_one(top: list[str]) -> None:
    article = parse("\n".join([*top, "Tre klynger får Arena-status", BODY]))
    assert article.title == "Tre klynger får Arena-status"
    assert article.paragraphs == [BODY]


def test_a_bare_date_above_the_headline_is_the_publication_date() -> None:
    article = parse("\n".join(["20.11.2019", "To klynger fekk oppgradert status", BODY]))
    assert (article.title, article.published) == ("To klynger fekk oppgradert status", "2019-11-20")


def test_two_dates_on_the_first_line_are_not_the_title() -> None:
    article = parse("\n".join(["12.03.2015 13.03.2015", "Klynga vart NCE", BODY]))
    assert (article.title, article.published) == ("Klynga vart NCE", "2015-03-12")


@pytest.mark.parametrize("line, published", [
    ("Skrevet 28/06/2010", "2010-06-28"),
    ("publisert 25. februar 2009", "2009-02-25"),
    ("Publisert 25. februar 2009", "2009-02-25"),
    ("Published 11.11.2015", "2015-11-11"),
    ("11. juni 2009 - 14:02", "2009-06-11"),
    ("29.09.201610:56", "2016-09-29T10:56"),
    ("Publisert: 29.09.201610:56", "2016-09-29T10:56"),
    ("Skrive 3. mars 2021 kl. 09.15", "2021-03-03T09:15"),
    ("torsdag 11. juni 2009 kl. 13.05", "2009-06-11T13:05"),
])
def test_datelines(line: str, published: str) -> None:
    article = parse("\n".join(["Klyngen fikk Arena-status", line, BODY]))
    assert article.published == published
    assert article.paragraphs == [BODY]


@pytest.mark.parametrize("line, updated", [
    ("Sist oppdatert 12.03.2015 kl. 10:30", "2015-03-12T10:30"),
    ("Sist endra 3. mars 2021", "2021-03-03"),
    ("Last updated 4.5.2020", "2020-05-04"),
])
def test_the_updated_date_is_kept_apart_from_the_published_one(line: str, updated: str) -> None:
    article = parse("\n".join(["Klyngen fikk Arena-status", "Publisert 01.02.2015", line, BODY]))
    assert (article.published, article.updated) == ("2015-02-01", updated)


@pytest.mark.parametrize("line, authors", [
    ("Av Kari Lie", ["Kari Lie"]),
    ("By Kari Lie", ["Kari Lie"]),
    ("Av: Kari Lie/NTB", ["Kari Lie"]),
    ("Av Kari Lie, Ola Hansen og Per Dahl", ["Kari Lie", "Ola Hansen", "Per Dahl"]),
    ("Av Kari Lie, Innovasjon Norge", ["Kari Lie"]),
    ("Av Torkelsen, Jan H.", ["Jan H. Torkelsen"]),
    ("av Torkelsen, Jan H., publisert 3. desember 2014", ["Jan H. Torkelsen"]),
    ("Skrive av Ingrid Bø", ["Ingrid Bø"]),
    ("Tekst: Ingrid Bø og Nils Vik", ["Ingrid Bø", "Nils Vik"]),
    ("Tekst: NTB", []),
    ("Av ANB", []),
    ("Av Kari Lie / Reuters", ["Kari Lie"]),
])
def test_bylines(line: str, authors: list[str]) -> None:
    article = parse("\n".join(["Klyngen fikk Arena-status", line, BODY]))
    assert article.authors == authors
    assert article.paragraphs == [BODY]


def test_an_inverted_byline_keeps_its_date() -> None:
    article = parse("Klynga fekk NCE-status\nav Torkelsen, Jan H., publisert 3. desember 2014\n" + BODY)
    assert (article.authors, article.published) == (["Jan H. Torkelsen"], "2014-12-03")


@pytest.mark.parametrize("line, published", [
    ("OSLO, 08/11/2018: " + BODY, "2018-11-08"),
    ("BERGEN, 12.03.2015: " + BODY, "2015-03-12"),
    ("ÅLESUND (NTB): " + BODY, None),
])
def test_a_dateline_dates_the_article_and_its_paragraph_stays(line: str, published: str | None) -> None:
    article = parse("\n".join(["Klyngen fikk Arena-status", line]))
    assert article.published == published
    assert article.paragraphs == [line]


@pytest.mark.parametrize("line", [
    "Del innlegg",
    "Les mer: Klyngen fikk status 12.03.2015",
    "Les meir: Klynga fekk status",
    "Fant du det du lette etter?",
    "Fann du det du leita etter?",
    "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.",
    "Vi nyttar informasjonskapslar for å gje deg ei betre oppleving.",
    "Relaterte saker",
    "Del på Facebook",
])
def test_boilerplate_lines_are_dropped(line: str) -> None:
    article = parse("\n".join(["Klyngen fikk Arena-status", BODY, line]))
    assert article.paragraphs == [BODY]
    assert article.published is None


@pytest.mark.parametrize("line", [
    "Skrevet av en arbeidsgruppe i 2010 ble planen godkjent av styret.",
    "Dato for neste søknadsfrist er ikke satt, men det blir trolig 12. mai 2020.",
    "Av de 49 bedriftene er 20 i Hedmark.",
    "OSLO er en by der klyngen har 30 medlemmer.",
])
def test_sentences_that_open_like_metadata_stay_in_the_body(line: str) -> None:
    article = parse("\n".join(["Klyngen fikk Arena-status", line]))
    assert article.paragraphs == [line] and article.published is None and article.authors == []


@pytest.mark.parametrize("line, authors, published", [
    ("FORNYBAR ENERGI 20.06.2016 | AV KARI LIE", ["Kari Lie"], "2016-06-20"),
    ("Pressemelding   •   jun 01, 2011 16:44 CEST", [], "2011-06-01T16:44"),
    ("Kari LieKari LieJournalist", ["Kari Lie"], None),
    ("av Lie, Kari M., publisert 8. oktober 2015 | Skriv ut siden", ["Kari M. Lie"], "2015-10-08"),
    ("Published June 12, 2009", [], "2009-06-12"),
])
def test_segmented_and_english_metadata_lines(line: str, authors: list[str], published: str) -> None:
    article = parse("\n".join(["Klynga fekk Arena-status", line, BODY]))
    assert (article.authors, article.published, article.paragraphs) == (authors, published, [BODY])


def test_a_paragraph_glued_to_its_opening_date_is_dated_and_kept() -> None:
    line = "Skrevet 23.06.15Klyngen er tildelt to millioner kroner av innovasjonsrammen fra Innovasjon Norge."
    article = parse("\n".join(["Klyngen får to millioner", line]))
    assert (article.published, article.paragraphs) == ("2015-06-23", [line])


@pytest.mark.parametrize("top", [["INDUSTRI"], ["helse"], ["Stikkord:"], ["Normal"], ["23948sdkhjf"],
                                 ["Kari Lie og Ola Dahl på kaia i Ålesund, der klyngen har holdt til sidan 2014 "
                                  "og no har over 40 medlemer frå heile regionen. Foto: Per Vik"],
                                 ["«Vi er svært glade for at klyngen no får status som ein av dei fremste i "
                                  "landet, og vi gler oss til å kome i gang med arbeidet», seier leiaren."]])
def test_labels_captions_and_quotations_above_the_headline_are_not_it(top: list[str]) -> None:
    article = parse("\n".join([*top, "Klynga fekk Arena-status", BODY]))
    assert article.title == "Klynga fekk Arena-status"


def test_a_page_that_opens_with_its_text_has_no_headline() -> None:
    first = ("Bedriftsklyngen har søkt fylkeskommunen om et tilskudd for neste år, og fylkesutvalget "
             "imøtekom søknaden i går etter en lang behandling i komiteen for næring og kultur.")
    article = parse("\n".join([first, BODY]))
    assert (article.title, article.paragraphs) == ("", [first, BODY])


def test_a_one_word_headline_is_kept() -> None:
    assert parse("Klyngeløft\nKlyngen fikk status i går.").title == "Klyngeløft"


@pytest.mark.parametrize("line, authors", [
    ("Av NTB-Kari Lie", ["Kari Lie"]),
    ("Av Kari Lie/FriFagbevegelse og NTB", ["Kari Lie"]),
    ("Av Kari Lie / Ola Dahl", ["Kari Lie", "Ola Dahl"]),
    ("Tekst: Ingrid Bø/Firda", ["Ingrid Bø"]),
])
def test_outlets_in_a_byline_are_not_authors(line: str, authors: list[str]) -> None:
    assert parse("\n".join(["Klynga fekk Arena-status", line, BODY])).authors == authors
