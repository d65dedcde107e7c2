"""Kinds of bylines that crawled pages show, in both standards and English, with invented names:
a byline in brackets, a report's byline with its byline word in lower case, a byline beside a
date with seconds and an English half of the day."""

from __future__ import annotations

import pytest

from extract.parse.dates import find_date

from .crawled import BODY, HEADLINE, parse


@pytest.mark.parametrize("language, byline, names", [
    ("nb", "(Skrevet av Torvild Hamnes Brekkeli og Synnøve Kalvatn)", ["Torvild Hamnes Brekkeli", "Synnøve Kalvatn"]),
    ("nn", "(Skrive av Ragnvald Kvilesteg)", ["Ragnvald Kvilesteg"]),
    ("en", "(Written by Hollis Brenneford and Merritt Oakshaw)", ["Hollis Brenneford", "Merritt Oakshaw"]),
])
def test_a_byline_in_brackets_names_the_authors(language: str, byline: str, names: list[str]) -> None:
    article = parse(HEADLINE[language], byline, BODY[language])
    assert (article.title, article.authors) == (HEADLINE[language], names)


@pytest.mark.parametrize("language, byline, names", [
    ("nb", "av Torvild Brekkeli, Synnøve Kalvatn, Eilert P. Grønnevik og Tove Skarsvåg",
     ["Torvild Brekkeli", "Synnøve Kalvatn", "Eilert P. Grønnevik", "Tove Skarsvåg"]),
    ("nn", "av Ragnvald Kvilesteg og Gunnhild Ryssdal", ["Ragnvald Kvilesteg", "Gunnhild Ryssdal"]),
    ("en", "by Hollis Brenneford and Merritt Oakshaw", ["Hollis Brenneford", "Merritt Oakshaw"]),
])
def test_a_reports_byline_in_lower_case_names_its_authors(language: str, byline: str, names: list[str]) -> None:
    article = parse(HEADLINE[language], "Rapport 12/2011", byline, BODY[language])
    assert article.authors == names


@pytest.mark.parametrize("line", ["av Innovasjon Norge", "av de beste i klassen", "by the end of the year"])
def test_a_lower_case_by_before_no_full_names_is_text(line: str) -> None:
    assert parse(HEADLINE["nb"], line, BODY["nb"]).authors == []


@pytest.mark.parametrize("language, line, published", [
    ("en", "Written by Hollis Brenneford | Apr 1, 2022 12:23:10 PM", "2022-04-01T12:23"),
    ("en", "Written by Hollis Brenneford | Apr 1, 2022 1:23 PM", "2022-04-01T13:23"),
    ("nb", "Skrevet av Torvild Brekkeli | 1. april 2022 12:23:10", "2022-04-01T12:23"),
    ("nn", "Skrive av Ragnvald Kvilesteg | 1. april 2022 kl. 12.23", "2022-04-01T12:23"),
])
def test_a_byline_beside_a_date_with_seconds_or_am_pm(language: str, line: str, published: str) -> None:
    article = parse(HEADLINE[language], line, BODY[language])
    assert (article.authors, article.published) == ([line.split(" | ")[0].split(" av ")[-1].split(" by ")[-1]],
                                                     published)


@pytest.mark.parametrize("text, value", [("Apr 1, 2022 12:05 AM", "2022-04-01T00:05"),
                                         ("Apr 1, 2022 12:05 PM", "2022-04-01T12:05"),
                                         ("1. april 2022 kl. 13.05", "2022-04-01T13:05")])
def test_an_english_half_of_the_day_gives_the_hour(text: str, value: str) -> None:
    assert find_date(text)[0] == value


@pytest.mark.parametrize("language, line, name", [
    ("nb", "Bladet - - ØKONOMI - TEKST: TORVILD HAMNES BREKKELI torvild.brekkeli@bladet.no -", "Torvild Hamnes Brekkeli"),
    ("nn", "Avisa - 12.03.2015 - NYHEITER - TEKST: RAGNVALD KVILESTEG ragnvald@avisa.no", "Ragnvald Kvilesteg"),
    ("en", "The Courier - BUSINESS - TEXT: HOLLIS BRENNEFORD hollis@courier.com", "Hollis Brenneford"),
])
def test_an_archives_header_with_an_author_label_and_an_email(language: str, line: str, name: str) -> None:
    article = parse(HEADLINE[language], line, BODY[language])
    assert (article.title, article.authors) == (HEADLINE[language], [name])


@pytest.mark.parametrize("language, line, email, name", [
    ("nb", "TORVILD BREKKELI, PROFESSOR, HØGSKOLEN I VESTFJORD", "tbr@hvf.no", "Torvild Brekkeli"),
    ("nn", "RAGNVALD KVILESTEG, FØRSTEAMANUENSIS, HØGSKULEN I SOGN", "rk@hisogn.no", "Ragnvald Kvilesteg"),
    ("en", "HOLLIS BRENNEFORD, PROFESSOR, UNIVERSITY OF NORTHBY", "hb@northby.ac.uk", "Hollis Brenneford"),
])
def test_a_journals_author_line_in_capitals_above_an_email(language: str, line: str, email: str, name: str) -> None:
    article = parse(HEADLINE[language], "Ein kort ingress om saka.", line, email, BODY[language])
    assert (article.title, article.authors) == (HEADLINE[language], [name])


@pytest.mark.parametrize("language, line, name", [
    ("nb", "Torvild Hamnes Brekkeli er professorstipendiat ved Høgskolen i Vestfjord.", "Torvild Hamnes Brekkeli"),
    ("nn", "Ragnvald Kvilesteg er førsteamanuensis ved Høgskulen i Sogn.", "Ragnvald Kvilesteg"),
    ("en", "Hollis Brenneford is a professor at the University of Northby.", "Hollis Brenneford"),
])
def test_an_opinion_pieces_line_on_its_writer_below_the_headline(language: str, line: str, name: str) -> None:
    article = parse(HEADLINE[language], "Ein kort ingress om klyngene.", line, BODY[language])
    assert (article.title, article.authors) == (HEADLINE[language], [name])


@pytest.mark.parametrize("line", ["Torvild Brekkeli er ukas gjest Klyngepodden er ute med ny episode.",
                                  "Torvild Brekkeli er daglig leder."])
def test_a_sentence_on_a_person_that_names_no_place_is_no_author_line(line: str) -> None:
    assert parse(HEADLINE["nb"], "Ein kort ingress om klyngene.", line, BODY["nb"]).authors == []


@pytest.mark.parametrize("language, lead, name", [
    ("nb", "Vi må ha en bedre plan for klyngene våre for å lykkes, skriver Torvild Brekkeli.", "Torvild Brekkeli"),
    ("nn", "Me må ha ein betre plan for klyngene våre, skriv Ragnvald Kvilesteg.", "Ragnvald Kvilesteg"),
    ("en", "We need a better plan for our clusters, writes Hollis Brenneford.", "Hollis Brenneford"),
])
def test_a_lead_in_the_writers_voice_closed_by_writes_name(language: str, lead: str, name: str) -> None:
    article = parse(HEADLINE[language], lead, BODY[language])
    assert (article.title, article.authors) == (HEADLINE[language], [name])


def test_a_news_lead_that_cites_another_outlet_names_no_author() -> None:
    lead = "Klyngen har fått ny leder etter en lang prosess, skriver Vestfjord Avis."
    assert parse(HEADLINE["nb"], lead, BODY["nb"]).authors == []


@pytest.mark.parametrize("language, headline", [
    ("nb", "«Vi må ha en bedre plan for klyngene våre»"), ("nn", "«Me må ha ein betre plan for klyngene»"),
    ("en", "“We need a better plan for our clusters”"),
])
def test_a_quotation_whole_on_its_line_above_a_paragraph_is_the_headline(language: str, headline: str) -> None:
    assert parse(headline, BODY[language]).title == headline


def test_a_pull_quote_above_who_said_it_stays_no_headline() -> None:
    article = parse("«Vi vokser raskt»", "Torvild Brekkeli, daglig leder i klyngen", HEADLINE["nb"], BODY["nb"])
    assert article.title == HEADLINE["nb"]


@pytest.mark.parametrize("language, name, date", [
    ("nb", "Torvild Brekkeli", "18. februar 2026"), ("nn", "Ragnvald Kvilesteg", "18.02.2026"),
    ("en", "Hollis Brenneford", "February 18, 2026"),
])
def test_a_name_above_a_date_below_the_lead_is_a_byline(language: str, name: str, date: str) -> None:
    article = parse(HEADLINE[language], BODY[language], name, date, BODY[language])
    assert (article.title, article.authors, article.published) == (HEADLINE[language], [name], "2026-02-18")


@pytest.mark.parametrize("language, name", [("nb", "Torvild Brekkeli"), ("nn", "Ragnvald Kvilesteg"),
                                            ("en", "Hollis Brenneford")])
def test_a_name_twice_below_the_headline_is_a_byline(language: str, name: str) -> None:
    article = parse(HEADLINE[language], name, name, BODY[language])
    assert (article.title, article.authors) == (HEADLINE[language], [name])


def test_a_person_described_twice_below_the_headline_is_no_byline() -> None:
    line = "Torvild Brekkeli, leder for klyngen, har skrevet rapporten om eksport av fornybar energi."
    assert parse(HEADLINE["nb"], line, line, BODY["nb"]).authors == []


@pytest.mark.parametrize("language, links", [
    ("nb", "Gå direkte til innhold"), ("nb", "Hopp til innhold Søk Meny"),
    ("nn", "Gå til innhald Hopp til hovudinnhald"), ("en", "Skip to content Skip to search"),
])
def test_navigation_links_run_together_are_no_headline(language: str, links: str) -> None:
    assert parse(links, HEADLINE[language], BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("language, switch", [("nb", "Språk: NO | EN"), ("nn", "Mål: NN / NB / EN"),
                                              ("en", "Language: NOR | ENG")])
def test_a_sites_choice_of_language_is_no_headline(language: str, switch: str) -> None:
    assert parse(switch, HEADLINE[language], BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("language, caption", [
    ("nb", "Torvild Brekkeli Synnøve Kalvatn foto Eilert Grønnevik"),
    ("nn", "Ragnvald Kvilesteg og Gunnhild Ryssdal foto Ola Vetlesen"),
    ("en", "Hollis Brenneford and Merritt Oakshaw photo Jane Farrowby"),
])
def test_a_caption_closed_by_a_credit_word_and_a_name_is_no_headline(language: str, caption: str) -> None:
    assert parse(caption, HEADLINE[language], BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("language, line", [("nb", "Av 8. november 2018Nyheter"), ("nn", "Av 8. november 2018Nyheiter"),
                                            ("en", "By November 8, 2018News")])
def test_a_byline_word_before_a_date_glued_to_its_section_dates_the_page(language: str, line: str) -> None:
    article = parse(HEADLINE[language], line, BODY[language])
    assert (article.title, article.published, article.authors) == (HEADLINE[language], "2018-11-08", [])


@pytest.mark.parametrize("language, caption, date", [
    ("nb", "Tegning av det planlagte laboratoriet i Vestfjord.", "15.05.2015 | Næringsforeningen i Vestfjord"),
    ("nn", "Teikning av det planlagde laboratoriet i Sogn.", "15 mai, 2015 10:29"),
    ("en", "A drawing of the planned laboratory in Northby.", "May 15, 2015 | The Courier"),
])
def test_a_captions_sentence_above_the_headline_and_its_date_is_no_headline(language: str, caption: str,
                                                                            date: str) -> None:
    article = parse(caption, HEADLINE[language], date, BODY[language])
    assert (article.title, article.published[:10]) == (HEADLINE[language], "2015-05-15")


@pytest.mark.parametrize("language, line", [("nb", "19 november, 2020 15:13 Del Del Del"),
                                            ("nn", "19.11.2020 15:13 Del Del"), ("en", "November 19, 2020 Share Share")])
def test_share_buttons_after_a_date_are_no_author(language: str, line: str) -> None:
    article = parse(HEADLINE[language], line, BODY[language])
    assert (article.authors, article.published[:10]) == ([], "2020-11-19")


@pytest.mark.parametrize("language, line, names", [
    ("nb", "Kronikk av Torvild Brekkeli, administrerende direktør i Vestfjordklyngen", ["Torvild Brekkeli"]),
    ("nb", "Debattinnlegg av Synnøve Kalvatn og Eilert Grønnevik", ["Synnøve Kalvatn", "Eilert Grønnevik"]),
    ("nn", "Lesarinnlegg av Ragnvald Kvilesteg, dagleg leiar i Sognklynga", ["Ragnvald Kvilesteg"]),
    ("en", "Guest post by Hollis Brenneford, chair of the Northby cluster", ["Hollis Brenneford"]),
])
def test_a_pieces_genre_before_a_lower_case_byline_word_names_its_writer(language: str, line: str,
                                                                         names: list[str]) -> None:
    article = parse("Ein kort ingress om klyngene og framtida deira.", line, BODY[language])
    assert article.authors == names


@pytest.mark.parametrize("line", ["Kronikk av Innovasjon Norge", "Innlegg av denne typen er vanlige",
                                  "Opinion by the board of the cluster"])
def test_a_genre_before_no_full_names_names_no_one(line: str) -> None:
    assert parse(HEADLINE["nb"], line, BODY["nb"]).authors == []


@pytest.mark.parametrize("language, line, name", [
    ("nb", "Av Torvild Brekkeli, daglig leder i NCE Vestfjord Cluster", "Torvild Brekkeli"),
    ("nn", "Av Ragnvald Kvilesteg, dagleg leiar i Arena Sognklynga", "Ragnvald Kvilesteg"),
    ("en", "By Hollis Brenneford, managing director of GCE Northby", "Hollis Brenneford"),
])
def test_a_byline_with_what_the_writer_is_opening_the_page_is_no_attribution(language: str, line: str,
                                                                             name: str) -> None:
    assert parse(line, BODY[language]).authors == [name]


@pytest.mark.parametrize("language, name, date", [
    ("nb", "Torvild Brekkeli", "27. mai 2020 15:03"), ("nn", "Ragnvald Kvilesteg", "27.05.2020"),
    ("en", "Hollis Brenneford", "May 27, 2020"),
])
def test_a_name_above_the_headline_with_the_date_below_it_is_a_byline(language: str, name: str, date: str) -> None:
    article = parse("Artikkel", name, HEADLINE[language], date, BODY[language])
    assert (article.title, article.authors, article.published[:10]) == (HEADLINE[language], [name], "2020-05-27")


@pytest.mark.parametrize("language, name, menus", [
    ("nb", "Torvild Brekkeli", ["Les også: Ny rapport om klynger", "Søk"]),
    ("nn", "Ragnvald Kvilesteg", ["Vitja oss på Instagram", "Lytt til saka"]), ("en", "Hollis Brenneford", ["Skip to content"]),
])
def test_a_name_above_menus_above_the_headline_with_the_date_below_it_is_a_byline(language: str, name: str,
                                                                                  menus: list[str]) -> None:
    article = parse("Artikkel", name, *menus, HEADLINE[language], "27.05.2020", BODY[language])
    assert (article.title, article.authors, article.published) == (HEADLINE[language], [name], "2020-05-27")


def test_a_name_above_menus_above_the_headline_without_a_date_below_it_is_no_byline() -> None:
    article = parse("Torvild Brekkeli", "Hopp til innhold", "Søk", HEADLINE["nb"], BODY["nb"])
    assert (article.title, article.authors) == (HEADLINE["nb"], [])


def test_a_name_above_the_headline_without_a_date_below_it_is_no_byline() -> None:
    article = parse("Torvild Brekkeli", HEADLINE["nb"], BODY["nb"])
    assert (article.title, article.authors) == (HEADLINE["nb"], [])


@pytest.mark.parametrize("language, line, names", [
    ("nb", "1 Sluttrapport Samarbeid i klyngene Evaluering av tre NCE-prosjekter Høst 2012 (Rapport nr. 40/2012) "
           "Av: Torvild Brekkeli, Synnøve Kalvatn og Eilert Grønnevik",
     ["Torvild Brekkeli", "Synnøve Kalvatn", "Eilert Grønnevik"]),
    ("nn", "1 Sluttrapport Samarbeid i klyngene Evaluering av tre Arena-prosjekt Haust 2013 Forfattarar: "
           "Ragnvald Kvilesteg og Gunnhild Ryssdal", ["Ragnvald Kvilesteg", "Gunnhild Ryssdal"]),
    ("en", "1 Final report Cooperation in the clusters An evaluation of three NCE projects Autumn 2012 "
           "By: Hollis Brenneford and Merritt Oakshaw.", ["Hollis Brenneford", "Merritt Oakshaw"]),
])
def test_a_byline_inside_a_transcripts_line_names_its_authors(language: str, line: str, names: list[str]) -> None:
    assert parse(HEADLINE[language], BODY[language], line, BODY[language]).authors == names


@pytest.mark.parametrize("language, row, names", [
    ("nb", "Forfatter Torvild Brekkeli, Vestfjordforsk", ["Torvild Brekkeli"]),
    ("nn", "Forfattarar Ragnvald Kvilesteg og Gunnhild Ryssdal", ["Ragnvald Kvilesteg", "Gunnhild Ryssdal"]),
    ("en", "Author Hollis Brenneford, FAFO and Eurofound", ["Hollis Brenneford"]),
])
def test_a_tables_author_row_without_its_colon_names_the_authors(language: str, row: str, names: list[str]) -> None:
    article = parse(HEADLINE[language], BODY[language], "Country Norway , applies nationwide", row,
                    "Measure added 23 June 2022", BODY[language])
    assert article.authors == names


@pytest.mark.parametrize("line", ["Klyngen vokser raskt i regionen. Av: Innovasjon Norge",
                                  "Forfatter av boka er Torvild Brekkeli", "Author of the report, the cluster"])
def test_a_byline_inside_a_line_without_full_names_names_no_one(line: str) -> None:
    assert parse(HEADLINE["nb"], BODY["nb"], line, BODY["nb"]).authors == []


@pytest.mark.parametrize("language, byline", [
    ("nb", "Av Torvild Brekkeli, daglig leder i NCE Vestfjord Cluster"),
    ("nn", "Kronikk av Ragnvald Kvilesteg, dagleg leiar i Sognklynga"),
    ("en", "By Hollis Brenneford, managing director of GCE Northby"),
])
def test_a_byline_saying_what_its_writer_is_is_kept_for_the_writers_role(language: str, byline: str) -> None:
    article = parse(HEADLINE[language], byline, BODY[language])
    assert (len(article.authors), article.captions) == (1, [byline])


@pytest.mark.parametrize("byline", ["Av Torvild Brekkeli, journalist", "av Brekkeli, Torvild H., publisert 3. mai 2015"])
def test_a_byline_with_a_role_word_or_a_date_is_no_caption(byline: str) -> None:
    assert parse(HEADLINE["nb"], byline, BODY["nb"]).captions == []


@pytest.mark.parametrize("language, title, cover, names", [
    ("nb", "Evaluering av Arena-prosjektet Tangnett", "1 TF-rapport nr. 05/2019 Evaluering av Arena-prosjektet "
     "Tangnett av Torvild Brekkeli", ["Torvild Brekkeli"]),
    ("nn", "Evaluering av Tareklynga i Sogn", "3 Rapport 12/2020 Evaluering av Tareklynga i Sogn av Ragnvald "
     "Kvilesteg og Gunnhild Ryssdal", ["Ragnvald Kvilesteg", "Gunnhild Ryssdal"]),
    ("en", "Evaluation of the Kelp Cluster", "1 Report no. 7/2021 Evaluation of the Kelp Cluster by Hollis "
     "Brenneford, Merritt Oakshaw and Rowan Glenholt", ["Hollis Brenneford", "Merritt Oakshaw", "Rowan Glenholt"]),
])
def test_a_reports_cover_closed_by_a_byline_names_its_authors(language: str, title: str, cover: str,
                                                               names: list[str]) -> None:
    article = parse(title, "Transkript", cover, BODY[language])
    assert (article.title, article.authors) == (title, names)


@pytest.mark.parametrize("line", ["Evaluering av Arena-prosjektet Tangnett av beste kvalitet",
                                  "Rapporten Evaluering av Arena-prosjektet Tangnett av Torvild Brekkeli ble lagt fram i går."])
def test_a_title_followed_by_no_closing_byline_names_no_author(line: str) -> None:
    assert parse("Evaluering av Arena-prosjektet Tangnett", line, BODY["nb"]).authors == []


@pytest.mark.parametrize("language, form, published", [
    ("nb", "4 Tittel: Forfatter: Evaluering av Tangklyngen Torvild Brekkeli Rapport nr.: 05/2019 Emneord: "
           "klynger, innovasjon Dato: 22. mars 2019 Antall sider: 55 Pris: Kr 90,-", "2019-03-22"),
    ("nn", "Tittel: Forfattar: Evaluering av Tareklynga Ragnvald Kvilesteg Emneord: klynger Utgjeve: 3. mai 2020 "
           "Tal sider: 40", "2020-05-03"),
    ("en", "Title: Author: Evaluation of the Kelp Cluster Hollis Brenneford Keywords: clusters Date: 7 June 2021 "
           "Pages: 30", "2021-06-07"),
])
def test_a_flattened_forms_date_field_dates_the_report(language: str, form: str, published: str) -> None:
    assert parse(HEADLINE[language], form, BODY[language]).published == published


@pytest.mark.parametrize("language, field, published", [
    ("nb", "Opprettet: 18.03.2015", "2015-03-18"), ("nn", "Oppretta 18.03.2015", "2015-03-18"),
    ("en", "Annex completed on: 03-18-2015", "2015-03-18"), ("en", "Created on 12/31/2019", "2019-12-31"),
])
def test_a_records_own_date_field_dates_a_page_that_shows_no_publication_date(language: str, field: str,
                                                                             published: str) -> None:
    assert parse(HEADLINE[language], BODY[language], "Kontakt", field).published == published


def test_a_records_own_date_field_gives_way_to_the_publication_date() -> None:
    assert parse(HEADLINE["nb"], "Publisert 02.02.2016", BODY["nb"], "Opprettet: 18.03.2015").published == "2016-02-02"


@pytest.mark.parametrize("language, line, published", [
    ("nb", "1 Tangnett AS Søknad Arena hovedprosjekt 2019 Bodø 1. april 2019", "2019-04-01"),
    ("nn", "Søknad om Arena-status. Førde, 3. mai 2020", "2020-05-03"),
    ("en", "Application for Arena status 2021 Tromsø, 7 June 2021", "2021-06-07"),
])
def test_a_documents_place_and_day_near_its_top_dates_it(language: str, line: str, published: str) -> None:
    assert parse(HEADLINE[language], line, BODY[language]).published == published


@pytest.mark.parametrize("line", ["Styret hadde møte i Bodø 1. april 2019",
                                  "Neste samling blir i Førde 3. mai 2020"])
def test_a_place_and_day_inside_a_sentence_does_not_date_the_page(line: str) -> None:
    assert parse(HEADLINE["nb"], line, BODY["nb"]).published is None


@pytest.mark.parametrize("text, value", [("03-18-2015", "2015-03-18"), ("12/31/2019", "2019-12-31"),
                                         ("03-04-2015", "2015-04-03"), ("18-03-2015", "2015-03-18")])
def test_figures_month_first_only_where_day_first_is_no_date(text: str, value: str) -> None:
    assert find_date(text)[0] == value


@pytest.mark.parametrize("language, line", [("nb", "12.03.2019 Visninger"), ("nn", "12.03.2019 Visningar"),
                                            ("en", "12.03.2019 Views"), ("en", "12.03.2019 | Comments")])
def test_a_counters_word_beside_a_date_names_no_author(language: str, line: str) -> None:
    article = parse(HEADLINE[language], line, BODY[language])
    assert (article.authors, article.published) == ([], "2019-03-12")


def test_a_lone_first_name_beside_a_timestamp_is_still_the_author() -> None:
    assert parse(HEADLINE["nb"], "12.03.201915:51 Torgunn", BODY["nb"]).authors == ["Torgunn"]


@pytest.mark.parametrize("language, line", [("nb", "Neste møte: Tirsdag 12. mars 2019"),
                                            ("nn", "Neste møte: Tysdag 12. mars 2019"),
                                            ("en", "Next meeting: Tuesday 12 March 2019")])
def test_a_weekday_and_a_day_near_the_top_is_an_events_day_not_the_documents(language: str, line: str) -> None:
    assert parse(HEADLINE[language], line, BODY[language]).published is None
