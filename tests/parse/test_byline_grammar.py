"""The byline and dateline grammar on the forms the real-page corpus showed missed: blog bylines
closing the article, English labels, a byline after the date, an outlet after a list of names
(names and an agency alone are a photo credit), a report form's authors running into the next
value; and the headline below an image's text and its credit or below a site's search box.
Names are invented."""

from __future__ import annotations

import pytest

from extract.parse import parse_document
from extract.parse.lines import classify_line
from extract.types import RawDocument

from .crawled import parse

TITLE = "Klynga fekk Arena-status"
BODY = "Klyngen har fått status som Arena i tre år, og medlemmene gleder seg over det."


@pytest.mark.parametrize("line, authors", [
    ("Postet av Kari J. Lien", ["Kari J. Lien"]),
    ("Posta av Siri Bøe Nes", ["Siri Bøe Nes"]),
    ("Posted by Jane Whitfield", ["Jane Whitfield"]),
    ("Text: Astri Moen Lund", ["Astri Moen Lund"]),
    ("Text and photos: Jane Whitfield", ["Jane Whitfield"]),
    ("Words: Tom Archer and Jane Whitfield", ["Tom Archer", "Jane Whitfield"]),
    ("Tekst og bilete: Siri Bøe Nes", ["Siri Bøe Nes"]),
])
def test_a_byline_closing_the_article_names_its_authors(line: str, authors: list[str]) -> None:
    article = parse(TITLE, BODY, line)
    assert (article.authors, article.paragraphs) == (authors, [BODY])


@pytest.mark.parametrize("line, authors, published", [
    ("Publisert 12.03.2019 av Kari Lien", ["Kari Lien"], "2019-03-12"),
    ("Publisert: 12.03.2019 kl. 10:15 av Kari Lien og Per Vik", ["Kari Lien", "Per Vik"], "2019-03-12T10:15"),
    ("Skrive 3. mars 2021 av Siri Bøe Nes", ["Siri Bøe Nes"], "2021-03-03"),
    ("Published 12 March 2019 by Jane Whitfield", ["Jane Whitfield"], "2019-03-12"),
    ("Posted on March 12, 2019 by Jane Whitfield", ["Jane Whitfield"], "2019-03-12"),
])
def test_a_byline_after_the_date_names_the_authors_and_the_date_stays(line, authors, published) -> None:
    article = parse(TITLE, line, BODY)
    assert (article.authors, article.published, article.paragraphs) == (authors, published, [BODY])


@pytest.mark.parametrize("line, authors", [
    ("Av Kari Lien, Per Vik og Ola Dahl, Dagens Næringsliv", ["Kari Lien", "Per Vik", "Ola Dahl"]),
    ("Av Siri Bøe Nes og Nils Hauge, Firda Tidend", ["Siri Bøe Nes", "Nils Hauge"]),
    ("By Tom Archer and Jane Whitfield, The Local", ["Tom Archer", "Jane Whitfield"]),
])
def test_the_part_after_a_list_joined_by_og_is_the_outlet(line: str, authors: list[str]) -> None:
    assert classify_line(line).authors == authors


@pytest.mark.parametrize("line", [
    "Kari Lien / NTB scanpix",
    "Per Olav Vik, NTB scanpix",
    "Jane Whitfield / AP",
    "Foto: Kari Lien / NTB",
])
def test_names_and_an_agency_without_a_byline_word_are_a_photo_credit_not_authors(line: str) -> None:
    assert parse(TITLE, line, BODY).authors == []


@pytest.mark.parametrize("line, authors", [
    ("Av Kari Lien, Per Vik", ["Kari Lien", "Per Vik"]),
    ("Av Kari Lien og Per Vik", ["Kari Lien", "Per Vik"]),
])
def test_a_list_without_a_part_after_og_keeps_its_last_name(line: str, authors: list[str]) -> None:
    assert classify_line(line).authors == authors


@pytest.mark.parametrize("line, authors", [
    ("Tittel: Oppdragsgiver: Prosjektleder: Forfattere: Kort sammendrag: Evaluering av klyngen Vekst AS "
     "Kari Lien Kari Lien og Per Vik Arena Fjordkraft ble etablert i 2010 som et Arena-prosjekt.",
     ["Kari Lien", "Per Vik"]),
    ("Tittel: Forfattarar: Samandrag: Sluttrapport Siri Nes og Nils Hauge NCE Fjordkraft vart etablert i 2012.",
     ["Siri Nes", "Nils Hauge"]),
])
def test_a_form_authors_list_ends_before_an_organisation_opening_the_next_value(line: str, authors) -> None:
    assert parse("Evaluering av klyngen", line).authors == authors


@pytest.mark.parametrize("image_text, credit", [
    ("Illustrasjon av ein hydrogendriven ferje ved kaia i Florø. Ferja er kvit med eit blått symbol på sida. "
     "Rundt henne er det berre sjø.", "Illustrasjon: Kari Lien"),
    ("Bilete av ei ny ferje ved kaia i Bodø der klynga held til. Ferja er kvit med eit blått symbol på sida. "
     "Rundt ho er det berre sjø.", "Foto: Per Vik"),
    ("An illustration of a hydrogen-powered ferry at the quay in Florø. The ferry is white with a blue symbol on "
     "its side and the sea around it.", "Photo: Jane Whitfield"),
])
def test_an_image_text_repeated_above_its_credit_is_a_caption_not_the_opening_paragraph(image_text, credit) -> None:
    article = parse(image_text, image_text, credit, TITLE, BODY)
    assert (article.title, article.paragraphs, article.captions) == (TITLE, [BODY], [f"{image_text} {credit}"])


@pytest.mark.parametrize("top", [
    ["Looking for a specific product?", "Make a search for products & suppliers, articles & news."],
    ["Search this site"],
    ["Søk på nettstedet"],
])
def test_a_sites_search_box_above_the_headline_is_not_it(top: list[str]) -> None:
    article = parse(*top, TITLE, BODY)
    assert (article.title, article.paragraphs) == (TITLE, [BODY])


@pytest.mark.parametrize("line, authors", [
    ("Av Kari Lien, journalist i Firda", ["Kari Lien"]),
    ("Av Siri Bøe Nes, kommunikasjonsrådgivar", ["Siri Bøe Nes"]),
    ("By Jane Whitfield, staff writer", ["Jane Whitfield"]),
    ("Av Kari Lien – NTB", ["Kari Lien"]),
    ("By Tom Archer - Reuters", ["Tom Archer"]),
    ("Publisert av Kari Lien", ["Kari Lien"]),
    ("Lagt ut av Per Vik", ["Per Vik"]),
    ("Published by Jane Whitfield", ["Jane Whitfield"]),
])
def test_what_the_author_is_and_a_dashed_outlet_are_no_names(line: str, authors: list[str]) -> None:
    article = parse(TITLE, line, BODY)
    assert (article.authors, article.paragraphs) == (authors, [BODY])


@pytest.mark.parametrize("line, authors, published", [
    ("Av Kari Lien den 12. mars 2019", ["Kari Lien"], "2019-03-12"),
    ("By Jane Whitfield on 12 March 2019", ["Jane Whitfield"], "2019-03-12"),
    ("Publisert av Per Vik 3. mars 2021", ["Per Vik"], "2021-03-03"),
    ("Av Kari Lien - 12. mars 2019", ["Kari Lien"], "2019-03-12"),
    ("Av Siri Bøe Nes – 12.03.2019 kl. 10:15", ["Siri Bøe Nes"], "2019-03-12T10:15"),
    ("By Jane Whitfield - March 12, 2019", ["Jane Whitfield"], "2019-03-12"),
])
def test_a_byline_with_its_date_after_a_filler_word_or_a_dash(line: str, authors: list[str], published: str) -> None:
    article = parse(TITLE, line, BODY)
    assert (article.authors, article.published, article.paragraphs) == (authors, published, [BODY])


@pytest.mark.parametrize("line", [
    "Av disse er tre i Bergen, og resten held til i Oslo.",
    "By the end of 2019, the cluster had grown to forty members.",
])
def test_sentences_opened_by_a_byline_word_stay_in_the_body(line: str) -> None:
    article = parse(TITLE, line)
    assert (article.authors, article.paragraphs) == ([], [line])


def test_the_same_grammar_reads_an_html_pages_byline_and_its_closing_line() -> None:
    html = (f"<html><body><article><h1>{TITLE}</h1><p>{BODY}</p><p>Postet av Kari Lien</p>"
            '<div class="byline">Publisert 12.03.2019 av Per Vik</div></article></body></html>')
    article = parse_document(RawDocument(source="side.html", kind="html", data=html.encode("utf-8")))
    assert sorted(article.authors) == ["Kari Lien", "Per Vik"]
    assert (article.published, article.paragraphs) == ("2019-03-12", [BODY])


@pytest.mark.parametrize("line, authors, published", [
    ("16.06.2016 | Kari Lien", ["Kari Lien"], "2016-06-16"),
    ("Siri Bøe Nes | 3. mars 2021", ["Siri Bøe Nes"], "2021-03-03"),
    ("March 12, 2019 | Jane Whitfield", ["Jane Whitfield"], "2019-03-12"),
    ("Nyheiter | Innovasjon Norge | 3. mars 2021", [], "2021-03-03"),
])
def test_full_names_beside_a_date_on_a_segmented_line_are_its_authors(line: str, authors, published) -> None:
    article = parse(TITLE, line, BODY)
    assert (article.authors, article.published, article.paragraphs) == (authors, published, [BODY])


@pytest.mark.parametrize("tags, headline", [
    ("Aktuelt Bioøkonomi grønn omstilling Hamar24", "Er denne klynga grønast i landet?"),
    ("Nyheter Havbruk fornybar energi Klynger", "Klyngen fikk Arena-status"),
])
def test_tags_with_lower_case_words_below_a_list_label_are_not_the_headline(tags: str, headline: str) -> None:
    assert parse("Kategorier", tags, headline, BODY).title == headline
