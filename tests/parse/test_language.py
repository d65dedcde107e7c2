"""An article's language: English (en) besides Bokmål (nb) and Nynorsk (nn), from function
words; a Norwegian article quoting English stays Norwegian; a stated language is read."""

from __future__ import annotations

import pytest

from extract.parse import parse_document
from extract.parse.language import detect_language, normalise_language
from extract.types import RawDocument

ENGLISH = """Ocean cluster upgraded to NCE

The Ocean Hub cluster was upgraded to NCE status by Innovation Norway on Tuesday. The cluster,
which has 60 member companies along the coast, will receive five million kroner a year.

"This is a great day for all of us, and we are proud of what our members have achieved," said
the managing director. The cluster was founded in 2014 and has been an Arena cluster since 2016.
"""
BOKMAL_QUOTING_ENGLISH = """Havklyngen ble NCE

Klyngen ble løftet til NCE-nivået av Innovasjon Norge tirsdag, og får fem millioner kroner i året.

– Dette er en stor dag, sier daglig leder. Den britiske partneren skrev på Twitter: «This is a
great day for the cluster and for all of its members, and we look forward to working with them.»

Klyngen har 60 medlemsbedrifter og har vært Arena-klynge siden 2016. Nå skal den vokse mer.
"""
NYNORSK_QUOTING_ENGLISH = """Havklynga vart NCE

Klynga vart lyft til NCE-nivået av Innovasjon Noreg tysdag, og får fem millionar kroner i året.

– Dette er ein stor dag, seier dagleg leiar. Den britiske partnaren skreiv: «This is a great day
for the cluster and for all of its members, and we look forward to working with them.»

Klynga har 60 medlemsbedrifter og har vore Arena-klynge sidan 2016. No skal ho vekse meir.
"""
SHORT_BOKMAL_QUOTING_ENGLISH = """Havklyngen ble NCE

Havklyngen ble løftet til NCE-nivået av Innovasjon Norge tirsdag, og får fem millioner kroner i året.
Partneren skrev på Twitter: «This is a great day for the cluster and for all of its members, and we
look forward to working with them.»
"""
BOKMAL = "Klyngen ble NCE\nKlyngen ble NCE i fjor, og den har ikke fått mer penger fra fylket, sier hun."
NYNORSK = "Klynga vart NCE\nKlynga vart NCE i fjor, og ho har ikkje fått meir pengar frå fylket, seier ho."


def text_page(text: str) -> RawDocument:
    return RawDocument(source="crawl/side.txt", kind="text", data=text.encode("utf-8"))


def test_an_english_page_is_english() -> None:
    assert detect_language(ENGLISH) == "en"
    assert parse_document(text_page(ENGLISH)).language == "en"


def test_an_english_html_page_is_english() -> None:
    markup = f"<html><body><h1>Ocean cluster upgraded</h1><p>{ENGLISH}</p></body></html>"
    article = parse_document(RawDocument(source="side.html", kind="html", data=markup.encode()))
    assert article.language == "en"


@pytest.mark.parametrize("text, language", [
    (BOKMAL_QUOTING_ENGLISH, "nb"), (NYNORSK_QUOTING_ENGLISH, "nn"),
    # as many words quoted as written: the words both standards use (og, av, til, på ...) weigh in
    (SHORT_BOKMAL_QUOTING_ENGLISH, "nb"),
    # the programme's English status names in a Norwegian sentence
    ("Klyngen ble NCE\nKlyngen fikk status som Norwegian Centre of Expertise, og den har ikke vært det før.", "nb"),
])
def test_a_norwegian_article_quoting_english_stays_norwegian(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert parse_document(text_page(text)).language == language


@pytest.mark.parametrize("text, language", [(BOKMAL, "nb"), (NYNORSK, "nn")])
def test_both_standards_are_told_apart_as_before(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert parse_document(text_page(text)).language == language


@pytest.mark.parametrize("text", ["The cluster is growing", "Oslo Cancer Cluster", "Arena Pro in 2021"])
def test_a_short_text_with_little_evidence_is_not_called_english(text: str) -> None:
    assert detect_language(text) is None


def test_a_short_english_html_page_is_english_by_its_lang_attribute() -> None:
    markup = "<html lang='en-GB'><body><h1>Cluster news</h1><p>The cluster is growing.</p></body></html>"
    article = parse_document(RawDocument(source="side.html", kind="html", data=markup.encode()))
    assert article.language == "en"


def test_a_norwegian_page_keeps_its_standard_whatever_its_lang_attribute() -> None:
    markup = f"<html lang='en'><body><h1>Klynga vart NCE</h1><p>{NYNORSK}</p></body></html>"
    article = parse_document(RawDocument(source="side.html", kind="html", data=markup.encode()))
    assert article.language == "nn"


@pytest.mark.parametrize("value, code", [
    ("en", "en"), ("eng", "en"), ("English", "en"), ("engelsk", "en"), ("en-GB", "en"), ("EN_us", "en"),
    ("en-AU", "en"), ("nb-NO", "nb"), ("no", "nb"), ("Nynorsk", "nn"), ("nn_NO", "nn"),
    ("de", None), ("sv-SE", None), ("", None), (None, None),
])
def test_stated_languages_are_normalised(value: str | None, code: str | None) -> None:
    assert normalise_language(value) == code


def test_a_records_stated_english_wins_over_its_text() -> None:
    record = RawDocument(source="dump.jsonl#1", kind="record",
                         fields={"title": "Klyngen ble NCE", "text": BOKMAL, "language": "engelsk"})
    assert parse_document(record).language == "en"
