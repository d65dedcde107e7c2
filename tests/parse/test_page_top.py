"""The top of a crawled page, in both standards and English, with names no page of the
real-page corpus holds: labels, tag lists and blurbs above the headline, index lines, blog
bylines, timestamps with a name, archive headers and stray segments on a metadata line."""

from __future__ import annotations

import pytest

from .crawled import BODY, parse

HEADLINE = {"nb": "Sjømatklyngen får ny avtale", "nn": "Sjømatklynga får ny avtale",
            "en": "Seafood cluster wins new contract"}


@pytest.mark.parametrize("language, label", [
    ("nb", "Nye tjenester"), ("nn", "Nye tenester"), ("en", "Latest news"),
    ("nb", "Samferdselsdepartementet"), ("nn", "Landbruks- og matdepartementet"),
    ("nb", "Gå til fjordklynge.no"), ("en", "Go to seacluster.com"), ("nb", "Vedtak"),
])
def test_a_short_label_above_the_headline_is_not_it(language: str, label: str) -> None:
    article = parse(label, HEADLINE[language], BODY[language])
    assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]])


@pytest.mark.parametrize("language, lead", [
    ("nb", "Klyngen fikk ny avtale i går."), ("nn", "Klynga fekk ny avtale i går."),
    ("en", "The cluster signed a new contract yesterday."),
    ("nb", "Hva betyr den nye avtalen for medlemmene?"),
])
def test_a_short_headline_above_its_lead_stays_the_headline(language: str, lead: str) -> None:
    article = parse("Ny avtale", lead, BODY[language])
    assert article.title == "Ny avtale"


@pytest.mark.parametrize("label, tags", [
    ("Kategorier", "Aktuelt Havbruk Innovasjon Norge Klynger"), ("Stikkord:", "Næring Sjømat2020"),
    ("Emne", "Reiseliv Vestland"), ("Tags", "News Clusters Aquaculture"),
])
def test_the_tags_below_a_list_label_are_not_the_headline(label: str, tags: str) -> None:
    assert parse(label, tags, HEADLINE["nb"], BODY["nb"]).title == HEADLINE["nb"]


def test_a_list_label_with_no_tags_leaves_the_headline_below_it() -> None:
    assert parse("Stikkord:", "Havbruksklynga fekk NCE-status", BODY["nn"]).title == "Havbruksklynga fekk NCE-status"


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_repeated_headline_below_a_site_blurb_is_the_headline(language: str) -> None:
    blurb = ("Her finner du nyheter fra senteret, og du kan søke og sortere etter årstall, kategori eller ord "
             "knyttet til saker du er interessert i.")
    article = parse(blurb, HEADLINE[language], "sjomat 1.jpg", HEADLINE[language], BODY[language])
    assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]])


@pytest.mark.parametrize("lines, title, published", [
    ([" date 2019-03 " + BODY["nn"]], "", "2019-03"),
    ([" date 2021-11 - Må få status som senter", BODY["nn"]], "- Må få status som senter", "2021-11"),
    (["date 2016-05", HEADLINE["nn"], BODY["nn"]], HEADLINE["nn"], "2016-05"),
    ([" date 2016-05-17 innenriks", BODY["nn"]], "", "2016-05-17"),
    ([" date 2017-13", HEADLINE["en"], BODY["nn"]], HEADLINE["en"], None),
])
def test_an_index_line_dates_the_page_at_its_precision(lines: list[str], title: str, published: str | None) -> None:
    article = parse(*lines)
    assert (article.title, article.published, article.paragraphs) == (title, published, [BODY["nn"]])


@pytest.mark.parametrize("line, published", [
    ("By on March 3, 2015 0 12 Views", "2015-03-03"),
    ("By on 3 March 2015 4 Comments", "2015-03-03"),
    ("Publisert 3. mars 2015 | 12 visninger", "2015-03-03"),
    ("Publisert 3. mars 2015 | 4 kommentarar", "2015-03-03"),
    ("av admin bruker, publisert 8. mai 2013 | Skriv ut si", "2013-05-08"),
    ("av redaksjonen nye Klyngenett.no, publisert 8. mai 2013 | Skriv ut", "2013-05-08"),
])
def test_a_byline_that_names_no_one_still_dates_the_page(line: str, published: str) -> None:
    article = parse(HEADLINE["nb"], line, BODY["nb"])
    assert (article.published, article.authors, article.paragraphs) == (published, [], [BODY["nb"]])


@pytest.mark.parametrize("line, author, published", [
    ("12.03.201510:30 Ingrid", "Ingrid", "2015-03-12T10:30"),
    ("03.12.2014 09:15 Kari Lie", "Kari Lie", "2014-12-03T09:15"),
    ("5. mai 2020 Nils Vik", "Nils Vik", "2020-05-05"),
    ("May 5, 2020 Tom Hill", "Tom Hill", "2020-05-05"),
])
def test_a_timestamp_with_a_name_is_a_byline(line: str, author: str, published: str) -> None:
    article = parse(HEADLINE["nb"], line, BODY["nb"])
    assert (article.authors, article.published, article.paragraphs) == ([author], published, [BODY["nb"]])


@pytest.mark.parametrize("line", ["12.03.2015 Pressemelding", "12.03.2015 NTB"])
def test_a_timestamp_with_a_label_or_an_agency_names_no_author(line: str) -> None:
    article = parse(HEADLINE["nb"], line, BODY["nb"])
    assert (article.authors, article.published) == ([], "2015-03-12")


@pytest.mark.parametrize("line, author, published", [
    ("Fædrelandsvennen - - NYHETER - KARI MARIE LIE", "Kari Marie Lie", None),
    ("Sunnmørsposten - 12.03.2015 - NÆRINGSLIV - OLA NORDMANN", "Ola Nordmann", "2015-03-12"),
    ("Firda - - NYHEITER - INGRID BØ", "Ingrid Bø", None),
    ("The Local - - NEWS - TOM HILL", "Tom Hill", None),
])
def test_an_archive_header_names_the_author(line: str, author: str, published: str | None) -> None:
    article = parse(HEADLINE["nb"], line, BODY["nb"])
    assert (article.authors, article.published, article.paragraphs) == ([author], published, [BODY["nb"]])


@pytest.mark.parametrize("line", ["Oslo - Bergen - Trondheim", "ARENA - tilskudd til bygg - NYE SØKERE",
                                  "Kari Lie - Ola Dahl - PER VIK SIER NEI TIL ALT"])
def test_lines_with_dashes_that_are_no_archive_header_name_no_author(line: str) -> None:
    assert parse(HEADLINE["nb"], BODY["nb"], line).authors == []


@pytest.mark.parametrize("top", [
    "Aktiver Javascript i din nettleser for en bedre opplevelse på fjordklynge.no",
    "Slå på JavaScript i nettlesaren din for å sjå heile sida",
    "Please enable JavaScript to view the comments on this site",
    "ny klynge (2).jpg", "Vis fakta",
])
def test_browser_notices_image_names_and_fact_box_toggles_are_dropped(top: str) -> None:
    article = parse(top, HEADLINE["nn"], BODY["nn"], top)
    assert (article.title, article.paragraphs) == (HEADLINE["nn"], [BODY["nn"]])


@pytest.mark.parametrize("line", ["Read more: Cluster gets new contract", "Related articles", "Share on LinkedIn",
                                  "We use cookies to give you a better experience."])
def test_english_boilerplate_is_dropped(line: str) -> None:
    assert parse(HEADLINE["en"], BODY["en"], line).paragraphs == [BODY["en"]]


@pytest.mark.parametrize("line, authors", [
    ("By Tom Hill, Anna Berg and Paul Stone", ["Tom Hill", "Anna Berg", "Paul Stone"]),
    ("Av Ingrid Bø, Innovasjon Noreg", ["Ingrid Bø"]),
    ("By Tom Hill, Innovation Norway", ["Tom Hill"]),
    ("Av: Ingrid Bø/NPK", ["Ingrid Bø"]),
    ("By Tom Hill / Reuters", ["Tom Hill"]),
    ("Skrive av Sjur Lid og Ingrid Bø", ["Sjur Lid", "Ingrid Bø"]),
])
def test_bylines_in_nynorsk_and_english(line: str, authors: list[str]) -> None:
    assert parse(HEADLINE["nn"], line, BODY["nn"]).authors == authors


def test_an_english_photo_credit_above_the_headline_is_not_it() -> None:
    assert parse("Photo: Tom Hill / NTB", HEADLINE["en"], BODY["en"]).title == HEADLINE["en"]


def test_an_index_line_only_opens_a_page() -> None:
    article = parse(HEADLINE["en"], BODY["en"], "Date 2019-03 was set for the launch of the new cluster.")
    assert article.published is None and len(article.paragraphs) == 2


def test_a_repeated_name_below_the_opening_text_is_no_headline() -> None:
    article = parse(BODY["nb"], BODY["en"], "Kari Marie Lie", "Kari Marie Lie", "Tre nye klynger")
    assert article.title == "" and article.paragraphs[:2] == [BODY["nb"], BODY["en"]]


def test_a_repeated_lead_below_the_opening_text_is_no_headline() -> None:
    lead = "I fjor vart det sett i gang 30 nye prosjekt i klynga."
    article = parse(BODY["nn"], lead, lead, BODY["nb"])
    assert article.title == "" and article.paragraphs == [BODY["nn"], lead, lead, BODY["nb"]]


@pytest.mark.parametrize("line, published", [
    ("12.03.201910:30 Ingrid", "2019-03-12T10:30"), ("Publisert 12. mars 2019", "2019-03-12"),
    ("Published 12.04.2019", "2019-03"),
])
def test_a_day_in_the_month_of_the_index_line_makes_the_date_precise(line: str, published: str) -> None:
    assert parse(" date 2019-03", HEADLINE["nn"], line, BODY["nn"]).published == published


@pytest.mark.parametrize("line, author, published", [
    ("skrive av Lid, Sjur K., publisert 3. desember 2014", "Sjur K. Lid", "2014-12-03"),
    ("av Vik, Nils T., publisert 8. oktober 2015 | Skriv ut", "Nils T. Vik", "2015-10-08"),
    ("by Hill, Tom J., published 3 December 2014", "Tom J. Hill", "2014-12-03"),
])
def test_inverted_bylines_in_both_standards_and_english(line: str, author: str, published: str) -> None:
    article = parse(HEADLINE["nn"], line, BODY["nn"])
    assert (article.authors, article.published) == ([author], published)


@pytest.mark.parametrize("caption", [
    "Kommunen sin handlingsplan treng ei oppdatering. Illustrasjonsfoto: Fotobyrå",
    "Arbeidsgiveren har et viktig ansvar. Tom Hill / Bildebyrå",
    "The plan needs an update. Photo: Tom Hill",
])
def test_a_caption_below_a_short_headline_is_no_headline(caption: str) -> None:
    assert parse("Firkanta avslag", caption, BODY["nn"]).title == "Firkanta avslag"


@pytest.mark.parametrize("headline", ["Høsten 2019", "Årsmeldinga 2021", "Annual report 2022", "Styreåret 2023"])
def test_a_word_and_a_year_can_be_the_headline(headline: str) -> None:
    assert parse(headline, BODY["nb"]).title == headline


@pytest.mark.parametrize("headline, lead", [
    ("FJORDKLYNGEN SØKER NCE", "For tredje gang søker Fjordklyngen om opptak i programmet"),
    ("Trebyen søkjer Arena", "No søkjer Trebyen om status for første gong"),
    ("Seacluster applies again", "For the third time Seacluster applies for a place in the programme"),
])
def test_a_short_headline_that_shares_a_word_with_its_lead_is_no_label(headline: str, lead: str) -> None:
    assert parse(headline, lead, BODY["nb"]).title == headline


@pytest.mark.parametrize("date_lines", [("Tirsdag", "06.02.24"), ("onsdag 3. mars 2021",), ("12.05.2022",)])
def test_a_name_above_a_date_is_a_byline(date_lines: tuple[str, ...]) -> None:
    article = parse("Hopp til hovedinnhold", "Siri Vangsnes", *date_lines, HEADLINE["nb"], BODY["nb"])
    assert (article.title, article.authors) == (HEADLINE["nb"], ["Siri Vangsnes"])


def test_a_site_name_that_the_headline_names_stays_a_label() -> None:
    headline = "Melding fra Havklyngen Vest: Bergen får to nye klynger"
    assert parse("Havklyngen Vest", headline, BODY["nb"]).title == headline


def test_a_headline_in_title_case_above_its_date_is_no_byline() -> None:
    headline = "The Western Seafood Cluster Celebrates Five Years"
    article = parse(headline, "Published 16.02.2021", BODY["en"])
    assert (article.title, article.authors) == (headline, [])


@pytest.mark.parametrize("language, skip_link", [
    ("nb", "Gå til hovedtekst"), ("nb", "Hopp til hovedtekst"), ("nn", "Gå til hovudtekst"),
    ("en", "Skip to main text"),
])
def test_a_skip_link_to_the_main_text_is_not_the_headline(language: str, skip_link: str) -> None:
    assert parse(skip_link, HEADLINE[language], BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("language, caption", [
    ("nb", "SAMLING: Byggeklyngen på Tøyen samler stadig flere firma. Ill.: Boligbyggelaget"),
    ("nn", "SAMLING: Byggklynga på Tøyen samlar stadig fleire firma. Ill.: Burettslaget"),
])
def test_a_caption_with_an_illustration_credit_above_the_headline_is_not_it(language: str, caption: str) -> None:
    assert parse(caption, HEADLINE[language], BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("lang, notice", [
    ("en", "This site use cookies to provide the best possible experience for you. By closing this message you "
           "agree to our use of cookies. Our full privacy policy is available from the link below."),
    ("nb", "Dette nettstedet bruker informasjonskapsler for å gi deg en best mulig opplevelse. Ved å lukke denne "
           "meldingen godtar du at vi bruker informasjonskapsler på alle sidene våre."),
    ("nn", "Denne nettstaden brukar informasjonskapslar for å gi deg ei best mogleg oppleving. Ved å lukke denne "
           "meldinga godtek du at vi brukar informasjonskapslar på alle sidene våre."),
])
def test_a_cookie_notice_opening_the_page_is_no_first_paragraph(lang: str, notice: str) -> None:
    """A long cookie notice above the headline would end the page's head: the headline was lost."""
    article = parse(notice, "Close disclaimer", HEADLINE[lang], BODY[lang])
    assert (article.title, article.paragraphs) == (HEADLINE[lang], [BODY[lang]])
