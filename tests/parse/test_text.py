"""Plain-text and record articles: title, metadata lines, bullets, ids, language."""

from __future__ import annotations

import pytest

from extract.parse import ParseError, parse_document
from extract.types import RawDocument, stable_id


def text_doc(text: str, source: str = "dump/sak.txt", encoding: str = "utf-8") -> RawDocument:
    return RawDocument(source=source, kind="text", data=text.encode(encoding))


NYNORSK = """Klynga fekk nei til Arena Pro:

Publisert: 11.06.2021 kl. 13:05
Oppdatert: 12. juni 2021
Tekst: Ingrid Bø Foto: Per Hauge

Arena Sjømat Nord søkte om å bli Arena Pro, men fekk ikkje ja frå Innovasjon Noreg.
Foto: Per Hauge
Dagleg leiar Kari Lie på kaia i Bodø. Foto: Per Hauge

Kva no?

  • Klynga kjem til å søkje på nytt.
  • Ho har 30 medlemer og får berre to millionar kroner i året.
Les òg: Ny klynge i Lofoten
Annonse
"""


def test_text_metadata_lines_and_body() -> None:
    article = parse_document(text_doc(NYNORSK))
    assert article.title == "Klynga fekk nei til Arena Pro"
    assert article.published == "2021-06-11T13:05"
    assert article.updated == "2021-06-12"
    assert article.authors == ["Ingrid Bø"]
    assert article.metadata_lines == ["Publisert: 11.06.2021 kl. 13:05", "Oppdatert: 12. juni 2021",
                                      "Tekst: Ingrid Bø Foto: Per Hauge", "Foto: Per Hauge"]
    assert article.paragraphs == [
        "Arena Sjømat Nord søkte om å bli Arena Pro, men fekk ikkje ja frå Innovasjon Noreg.",
        "Dagleg leiar Kari Lie på kaia i Bodø. Foto: Per Hauge",
        "Kva no?",
        "Klynga kjem til å søkje på nytt.",
        "Ho har 30 medlemer og får berre to millionar kroner i året.",
    ]
    assert article.captions == ["Foto: Per Hauge"]  # a lone credit is kept as a caption: roles come from it
    assert article.language == "nn"
    assert article.text == "\n\n".join([article.title, *article.paragraphs, *article.captions])


@pytest.mark.parametrize("line, authors, published", [
    ("Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"], None),
    ("Av Mari Kristine Buckholm, 20. november 2020", ["Mari Kristine Buckholm"], "2020-11-20"),
    ("Av Hanne von Krogh, journalist, 3. des. 2019 kl. 08.15", ["Hanne von Krogh"], "2019-12-03T08:15"),
    ("Tekst og foto: Per Olav Ødegård (NTB)", ["Per Olav Ødegård"], None),
])
def test_bylines(line: str, authors: list[str], published: str | None) -> None:
    article = parse_document(text_doc(f"Tittel\n{line}\nKlyngen fikk status i går."))
    assert (article.authors, article.published, article.metadata_lines) == (authors, published, [line])


@pytest.mark.parametrize("line", [
    "Av de 49 bedriftene er 20 i Hedmark.",
    "Thomas Breen, Christian Hedløv Engh og Kristiane Haug Berg",
    "Klyngen ble oppdatert 12. mai 2020 med ny strategi.",
    "Publisert i Aftenposten",
])
def test_body_lines_that_resemble_metadata_stay_in_the_body(line: str) -> None:
    article = parse_document(text_doc(f"Tittel\n{line}"))
    assert article.paragraphs == [line] and article.metadata_lines == []


def test_windows_1252_text_and_entities() -> None:
    doc = text_doc("Røros-klyngen får støtte\n\nSmå &amp; store bedrifter på Røros – «glade».",
                   encoding="cp1252")
    article = parse_document(doc)
    assert article.title == "Røros-klyngen får støtte"
    assert article.paragraphs == ["Små & store bedrifter på Røros – «glade»."]


def test_control_characters_and_invisible_marks_are_stripped() -> None:
    article = parse_document(text_doc("Tit\x07tel\n\nBio\u00adøkonomi\u200b er\x1b viktig\u202e."))
    assert article.title == "Tittel"
    assert article.paragraphs == ["Bioøkonomi er viktig."]


def test_long_body_is_truncated_with_a_note() -> None:
    body = "\n".join(f"Avsnitt {i} om klyngen og statusen den fikk." for i in range(200))
    article = parse_document(text_doc("Lang sak\n" + body), max_chars=1000)
    assert sum(len(p) for p in article.paragraphs) <= 1002
    assert article.paragraphs[-1].endswith("…")
    assert article.notes == ["body truncated to 1000 characters"]
    assert parse_document(text_doc("Kort sak\nEtt avsnitt."), max_chars=1000).notes == []


def test_id_is_a_stable_hash_of_the_source() -> None:
    assert parse_document(text_doc("Tittel\n\nTekst.")).id == stable_id("dump/sak.txt")


@pytest.mark.parametrize("data, message", [
    (b"", "empty document"),
    (b"   \n\t", "empty document"),
    (bytes(range(256)) * 40, "binary data"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    (b"Bare en tittel\n\n", "no article text found (title: 'Bare en tittel')"),
])
def test_hopeless_text_raises_parse_error(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        parse_document(RawDocument(source="x.txt", kind="text", data=data))


def test_invalid_utf8_falls_back_to_windows_1252() -> None:
    data = "Klyngen på Ås fikk støtte\n\nDet er bra for Ås, sier ordføreren.".encode("utf-8")
    data = data.replace("Det".encode(), b"D\xe6t")  # one stray windows-1252 byte: UTF-8 wins
    article = parse_document(RawDocument(source="x.txt", kind="text", data=data))
    assert article.title == "Klyngen på Ås fikk støtte"
    latin = "Klyngen på Ås fikk støtte\n\nDet er bra.".encode("latin-1")
    assert parse_document(RawDocument(source="y.txt", kind="text", data=latin)).title == \
        "Klyngen på Ås fikk støtte"


def record(**fields) -> RawDocument:
    return RawDocument(source="dump.jsonl#3", kind="record", fields=fields)


def test_record_fields_win_and_id_is_kept() -> None:
    article = parse_document(record(
        id="sak-17", title="Klyngen fikk NCE", text="Klyngen fikk NCE\nKlynga fekk ikkje pengar frå fylket, seier ho.",
        published="2023-04-12T08:00:00+02:00", updated="13.04.2023", authors=["Av Kari Nordmann", "NTB"],
        language="nb", url="https://example.no/sak", outlet="Klyngenytt", lead="Ingress."))
    assert article.id == "sak-17"
    assert article.title == "Klyngen fikk NCE" and article.lead == "Ingress."
    assert article.paragraphs == ["Klynga fekk ikkje pengar frå fylket, seier ho."]
    assert (article.published, article.updated) == ("2023-04-12T08:00", "2023-04-13")
    assert article.authors == ["Kari Nordmann", "NTB"]
    assert article.language == "nb"  # the record's language wins over the Nynorsk text
    assert (article.url, article.outlet) == ("https://example.no/sak", "Klyngenytt")


def test_record_with_html_content_and_no_title() -> None:
    article = parse_document(record(html="<h1>Klynga fekk GCE</h1><p>Ho er no mellom dei største.</p>"
                                         "<div class='ad'>Annonse</div>", published="ikkje ein dato"))
    assert article.title == "Klynga fekk GCE"
    assert article.paragraphs == ["Ho er no mellom dei største."]
    assert article.published is None
    assert article.language == "nn"


def test_record_with_only_a_title_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no article text"):
        parse_document(record(text="Bare tittel"))


@pytest.mark.parametrize("text", [
    "Ernæringsforsker Sindre Nes er død\nFOTO: Arkivfoto: Eirik Vatne / NTB scanpix Professor Sindre Nes.\n"
    "Han døde fredag, opplyser familien til avisa.\n",
    "Ernæringsforskar Sindre Nes er død\nFOTO: Arkivfoto: Eirik Vatne / NTB scanpix Professor Sindre Nes.\n"
    "Han døydde fredag, opplyser familien til avisa.\n",
])
def test_a_credit_line_read_as_metadata_is_kept_as_a_caption(text: str) -> None:
    article = parse_document(text_doc(text))
    assert any("Eirik Vatne" in caption for caption in article.captions)


@pytest.mark.parametrize("bullet", ["•", "▪", "◦"])
def test_a_bullet_glued_to_its_item_is_lost_too(bullet) -> None:
    text = f"Nye klynger i nord\n\nFem klynger får Arena-status:\n{bullet}Fjordlys Ocean (Troms)\n{bullet}Havbris Energy\n"
    assert parse_document(text_doc(text)).paragraphs[-2:] == ["Fjordlys Ocean (Troms)", "Havbris Energy"]
