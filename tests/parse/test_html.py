"""HTML articles: metadata sources, boilerplate removal, encodings, hostile markup."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from extract.parse import ParseError, parse_document
from extract.read import iter_documents
from extract.types import RawDocument

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def html_doc(markup: str | bytes, charset: str | None = None, encoding: str = "utf-8") -> RawDocument:
    data = markup if isinstance(markup, bytes) else markup.encode(encoding)
    return RawDocument(source="side.html", kind="html", data=data, charset=charset)


def corpus_article(name: str):
    [doc] = list(iter_documents(CORPUS / "html" / name))
    return parse_document(doc)


def test_full_news_page_metadata() -> None:
    article = corpus_article("havromsklyngen-nce-status.html")
    assert article.title == "Havromsklyngen fikk NCE-status – seks millioner i året"
    assert article.lead.startswith("NCE Havrom Vest er tatt opp på NCE-nivået")
    assert article.authors == ["Hilde Rasmussen", "Jon Erik Nygård"]
    assert (article.published, article.updated) == ("2022-06-21T09:30", "2022-06-21T14:05")
    assert article.outlet == "Kystnytt"
    assert article.url == "https://www.kystnytt.example/naeringsliv/havromsklyngen-fikk-nce-status/1-2-4471"
    assert article.language == "nb"
    assert article.captions == ["Daglig leder Ingrid Solheim i NCE Havrom Vest gleder seg over den "
                                "nye statusen. Foto: Marius Berge"]


def test_full_news_page_boilerplate_is_removed() -> None:
    article = corpus_article("havromsklyngen-nce-status.html")
    assert article.paragraphs[0].startswith("Klyngen, som samler 58 bedrifter")
    assert article.paragraphs[-1] == "Klyngen ble etablert i 2014 og fikk Arena-status to år senere."
    assert "Vil satse på havvind" in article.paragraphs
    for junk in ("Annonse", "Saken fortsetter", "Les også", "Trebyggklyngen ble Arena Pro",
                 "informasjonskapsler", "Godta", "Forsiden", "Næringsliv ›", "Kjøp abonnement",
                 "Del på", "Mest lest", "Florø-laget", "Kystnytt AS", "Spar 30 prosent", "dataLayer",
                 "min-height", "Klynger Havvind", "Publisert"):
        assert junk not in article.text, junk


def test_windows_1252_page_with_meta_charset() -> None:
    article = corpus_article("trebyggklyngen-arena-pro.html")
    assert article.title == "Trebyggklyngen ble Arena Pro"
    assert article.outlet == "Innlandsposten"
    assert "løftet fra Arena til Arena Pro – og får 3,5 millioner" in article.lead
    assert "«en julegave til hele regionen»" in article.text
    assert article.published == "2021-12-03T10:15" and article.authors == ["Terje Bakken"]
    assert "Forside" not in article.text and "Sagbruket dobler" not in article.text


def test_undeclared_iso_8859_1_nynorsk_page() -> None:
    article = corpus_article("gce-havvind-more-held-fram.html")
    assert article.title == "GCE Havvind Møre får halde fram"
    assert "dagleg leiar Øystein Rørvik" in article.text
    assert (article.language, article.updated, article.authors) == ("nn", "2023-09-28", ["Åshild Vik"])
    assert "Ansvarleg redaktør" not in article.text


def test_json_ld_graph_and_author_strings() -> None:
    page = """<html><head><title>Sak - Avisa</title>
    <script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
      {"@type": ["NewsArticle"], "headline": "Klynge fikk Arena-status", "author": "Per Hansen",
       "datePublished": "2021-02-03T07:00:00Z", "publisher": {"name": "Avisa"}}]}</script>
    <script type="application/ld+json">{ broken json</script></head>
    <body><p>Klyngen har 12 medlemmer og ikke noen ansatte ennå.</p></body></html>"""
    article = parse_document(html_doc(page))
    assert (article.title, article.authors, article.outlet) == ("Klynge fikk Arena-status", ["Per Hansen"], "Avisa")
    assert article.published == "2021-02-03T08:00"  # UTC shown as Norwegian time


def test_visible_byline_time_elements_and_title_suffix() -> None:
    page = """<html><head><title>Klynga fekk GCE | Fjordavisa</title></head><body>
    <nav><a href="/">Framsida</a></nav>
    <div class="content">
      <h1>Klynga fekk GCE</h1>
      <span class="byline">Kari Fjell og Nils Dale</span>
      <time datetime="2022-05-02T10:00:00+02:00">2. mai</time>
      <span>Oppdatert <time datetime="2022-05-03">3. mai</time></span>
      <p>Klynga har fått GCE-status og får ti millionar kroner i året.</p>
      <p>Dagleg leiar seier at dette er ein stor dag for heile regionen.</p>
    </div></body></html>"""
    article = parse_document(html_doc(page))
    assert (article.title, article.outlet) == ("Klynga fekk GCE", "Fjordavisa")
    assert article.authors == ["Kari Fjell", "Nils Dale"]
    assert (article.published, article.updated) == ("2022-05-02T10:00", "2022-05-03")
    assert article.paragraphs[-2:] == ["Klynga har fått GCE-status og får ti millionar kroner i året.",
                                       "Dagleg leiar seier at dette er ein stor dag for heile regionen."]


def test_link_heavy_blocks_and_hidden_elements_are_dropped() -> None:
    page = """<article><h1>Tittel</h1>
    <p>Klyngen fikk status som <a href="/nce">NCE</a> i går, og det er stort.</p>
    <ul><li><a href="/a">Klyngen i Bergen vokser</a></li><li><a href="/b">Ny leder i Arena Helse</a></li></ul>
    <p style="display: none">Skjult tekst</p><p hidden>Også skjult</p>
    <div aria-hidden="true">Ikon</div><div class="cookieConsentBanner">Vi bruker cookies</div>
    <!-- en kommentar --><p>Siste avsnitt.</p></article>"""
    article = parse_document(html_doc(page))
    assert article.paragraphs == ["Klyngen fikk status som NCE i går, og det er stort.", "Siste avsnitt."]


def test_declared_charset_from_container_and_mislabelled_utf8() -> None:
    text = "<p>Klyngen på Ås får støtte.</p>"
    assert parse_document(html_doc(text, charset="iso-8859-1", encoding="latin-1")).paragraphs == \
        ["Klyngen på Ås får støtte."]
    mislabelled = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">' + text
    assert parse_document(html_doc(mislabelled)).paragraphs == ["Klyngen på Ås får støtte."]
    xml = '<?xml version="1.0" encoding="windows-1252"?><html><body>' + text + "</body></html>"
    assert parse_document(html_doc(xml, encoding="cp1252")).paragraphs == ["Klyngen på Ås får støtte."]


def test_entities_are_decoded() -> None:
    page = "<p>Sm&aring; &amp; store bedrifter i &#216;stfold &ndash; &laquo;bra&raquo;&nbsp;n&aring;.</p>"
    assert parse_document(html_doc(page)).paragraphs == ["Små & store bedrifter i Østfold – «bra» nå."]


@pytest.mark.parametrize("markup", [
    "<html><head><script>var a = '<p>ikke tekst</p>';</script><style>p {color: red}</style></head><body></body></html>",
    "<html><body><nav><a href='/'>Forsiden</a></nav><footer>© Avisa</footer></body></html>",
    "<html></html>",
])
def test_pages_without_article_text_raise_parse_error(markup: str) -> None:
    with pytest.raises(ParseError, match="no article text found"):
        parse_document(html_doc(markup))


def test_truncated_html_gives_the_text_that_is_there() -> None:
    page = "<html><head><title>Klyngen fikk NCE</title></head><body><article><p>Første avsnitt.</p><p>Andre avs"
    article = parse_document(html_doc(page))
    assert article.title == "Klyngen fikk NCE"
    assert article.paragraphs == ["Første avsnitt.", "Andre avs"]


def test_ten_thousand_deep_nesting_does_not_crash() -> None:
    depth = 10_000
    page = "<html><body><article>" + "<div><span>" * depth + "<p>Dypt nede står teksten.</p>" + \
        "</span></div>" * depth + "<p>Og etterpå.</p></article></body></html>"
    start = time.monotonic()
    article = parse_document(html_doc(page))
    assert article.paragraphs == ["Dypt nede står teksten.", "Og etterpå."]
    unclosed = parse_document(html_doc("<p>Start</p>" + "<b>" * depth + "tekst"))
    assert unclosed.paragraphs[-1].endswith("tekst")
    assert time.monotonic() - start < 20


def test_binary_junk_with_html_extension_raises_parse_error() -> None:
    with pytest.raises(ParseError, match="binary data"):
        parse_document(html_doc(bytes(range(256)) * 20))


def test_hostile_json_ld_is_ignored() -> None:
    page = ('<script type="application/ld+json">' + "[" * 50_000 + "</script>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": 5, '
            '"datePublished": ["x"], "headline": {"a": 1}}</script><p>Klyngen fikk status.</p>')
    article = parse_document(html_doc(page))
    assert article.paragraphs == ["Klyngen fikk status."] and article.authors == []
