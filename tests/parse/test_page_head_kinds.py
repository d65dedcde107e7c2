"""Kinds of page heads that crawled pages show above and around the headline, in both standards
and English, with invented text: a periodical's issue line, a document site's fields and dates,
a byline with what the person is, a site's calls to follow it, a salutation, a teaser's "Read
more", a label above a list, an acronym alone, a snippet cut off, a field's date, a site's name
spelled out, a breadcrumb trail."""

from __future__ import annotations

import pytest


from .crawled import BODY, HEADLINE, parse


@pytest.mark.parametrize("language, issue", [
    ("nb", "Tirs 14. mar / Årgang 12 / Nr 3 2022"), ("nn", "Tysdag 14. mars / Årgang 12 / Nr. 3 2022"),
    ("en", "Tue 14 Mar / Vol 12 / No 3 2022"),
])
def test_a_periodicals_issue_line_dates_the_page_and_is_no_headline(language: str, issue: str) -> None:
    article = parse(issue, HEADLINE[language], BODY[language])
    assert (article.title, article.published) == (HEADLINE[language], "2022-03-14")


@pytest.mark.parametrize("line", ["Publiseringsdato: 7. oktober 2019",
                                  "Date posted: 7-Oct-2019", "Publication date: 07-oct-2019"])
def test_a_document_sites_posting_date(line: str) -> None:
    assert parse(HEADLINE["nb"], line, BODY["nb"]).published == "2019-10-07"


@pytest.mark.parametrize("language, name, role, date", [
    ("nb", "Torgunn Vasshaug", "Kommunikasjonsrådgiver", "19. august 2022"),
    ("nn", "Ragnvald Kvilesteg", "Kommunikasjonsrådgjevar", "19.08.2022"),
    ("en", "Hollis Brenneford", "Communication Manager", "August 19, 2022"),
])
def test_a_name_above_what_the_person_is_and_a_date_is_a_byline(language: str, name: str, role: str, date: str) -> None:
    article = parse(HEADLINE[language], "Ein kort ingress om avtalen.", name, role, date, BODY[language])
    assert (article.title, article.authors, article.published) == (HEADLINE[language], [name], "2022-08-19")


@pytest.mark.parametrize("language, calls", [
    ("nb", "Besøk oss på Facebook!Send oss en mail"), ("nn", "Vitja oss på Facebook"),
    ("en", "Follow us on Instagram"), ("nb", "Bli medlem!Les nyhetsbrevet vårt"),
    ("nn", "Ver med!Meld deg på nyheitsbrevet"), ("en", "Join us!Read the newsletter"),
])
def test_a_sites_calls_to_follow_it_and_links_run_together_are_no_headline(language: str, calls: str) -> None:
    article = parse(calls, HEADLINE[language], BODY[language])
    assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]])


@pytest.mark.parametrize("language, headline, salutation", [
    ("nb", "Et krevende år", "Kjære medlemmer og lesere"), ("nn", "Eit krevjande år", "Kjære medlem og lesar"),
    ("en", "A demanding year", "Dear members and readers"),
])
def test_a_salutation_below_the_headline_is_no_headline(language: str, headline: str, salutation: str) -> None:
    assert parse("Skip to the content", headline, salutation, BODY[language]).title == headline


@pytest.mark.parametrize("headline", ["Hi-tech klynge vokser i nord", "Hei-fjellet får eigen klynge",
                                      "Til alle som vil starte en klynge"])
def test_a_headline_that_opens_like_a_greeting_is_no_salutation(headline: str) -> None:
    assert parse("Skip to the content", headline, BODY["nb"]).title == headline


@pytest.mark.parametrize("language, teaser, link", [
    ("nb", "Klynger som lykkes har nære bånd til sterke forskningsmiljøer.", "Les mer"),
    ("nn", "Klynger som lukkast har nære band til sterke forskingsmiljø.", "Les meir"),
    ("en", "Clusters that succeed keep close ties to strong research groups.", "Read more"),
])
def test_the_lines_above_a_teasers_read_more_are_no_headline(language: str, teaser: str, link: str) -> None:
    article = parse(teaser, "Ingvild Sørbotten", link, HEADLINE[language], BODY[language])
    assert article.title == HEADLINE[language]


@pytest.mark.parametrize("language, top", [
    ("nb", ["Klynger", "Kartet lastes", "Grupper av klynger", "Arena", "Modne klynger"]),
    ("nn", ["Klynger", "Kartet lastar", "Grupper av klynger", "Arena", "Modne klynger"]),
    ("en", ["Clusters", "Loading the map", "Cluster groups", "Arena", "Mature clusters"]),
])
def test_a_label_above_a_list_of_short_lines_heads_the_page(language: str, top: list[str]) -> None:
    assert parse(*top, BODY[language]).title == top[0]


@pytest.mark.parametrize("language, top", [
    ("nb", ["fremmer klyngebasert utvikling", "Lignende dokumenter", "Programmets mål", "Utlysning av midler"]),
    ("nn", ["Klyngeprogrammet i Vestland", "Relaterte artiklar", "Ny klynge i Sogn", "Opptak av nye klynger 2016"]),
    ("en", ["promotes cluster-based development", "Related documents", "Programme goals", "Call for clusters"]),
])
def test_the_titles_below_a_related_list_heading_are_no_headline(language: str, top: list[str]) -> None:
    assert parse(*top, BODY[language]).title == top[0]


@pytest.mark.parametrize("language, tags", [
    ("nb", ["Havbruk", "Teknologi"]), ("nn", ["Havbruk", "Teknologi"]), ("en", ["Aquaculture", "Technology"]),
])
def test_a_label_above_a_headline_with_two_tags_below_stays_a_label(language: str, tags: list[str]) -> None:
    assert parse("Nye produkter", HEADLINE[language], *tags, BODY[language]).title == HEADLINE[language]


def test_a_label_sharing_a_word_with_an_image_text_below_is_the_headline() -> None:
    lines = ["Cluster management excellence", "The cluster staff", "The cluster staff",
             "Once again we got the top score, and the cluster was awarded the gold label.", BODY["en"]]
    assert parse(*lines).title == "Cluster management excellence"


def test_a_read_more_with_no_headline_below_it_leaves_the_headline_above() -> None:
    assert parse(HEADLINE["nn"], "Les meir", BODY["nn"]).title == HEADLINE["nn"]


@pytest.mark.parametrize("label, headline, below", [
    ("Vedtak", "Tilskot til klyngeprosjekt i Vestland og Rogaland i 2022", ["Søk støtte", "Vedtak for søknader til 2. juni 2022"]),
    ("Nye produkter", "Ny kontrakt til Fjordsensor", ["Les om avtalen", "Kontrakten gjelder i fem år."]),
])
def test_a_label_above_a_headline_with_one_button_below_stays_a_label(label: str, headline: str,
                                                                      below: list[str]) -> None:
    assert parse(label, headline, *below, BODY["nb"]).title == headline


@pytest.mark.parametrize("language, acronym", [("nb", "NCE"), ("nn", "GCE"), ("en", "EEA")])
def test_an_acronym_alone_above_the_text_is_its_headline(language: str, acronym: str) -> None:
    article = parse(acronym, BODY[language])
    assert (article.title, article.paragraphs) == (acronym, [BODY[language]])


def test_a_section_label_in_capitals_alone_above_the_text_is_no_headline() -> None:
    assert parse("NÆRINGSLIV", BODY["nb"]).title == ""


@pytest.mark.parametrize("language, fields", [
    ("nb", ["Kategori:", "Lastet opp: andre", "Visninger: 0 ganger", "Nedlastinger: 0 ganger"]),
    ("nn", ["Kategori:", "Lasta opp: andre", "Visingar: 0 gonger", "Nedlastingar: 0 gonger"]),
    ("en", ["Category:", "Upload: others", "View: 0 times", "Download: 0 times"]),
])
def test_a_records_fields_above_the_headline_are_no_headline(language: str, fields: list[str]) -> None:
    assert parse(*fields, HEADLINE[language], BODY[language]).title == HEADLINE[language]


def test_a_headline_opened_by_a_label_is_no_field() -> None:
    headline = "Eigarmøte: Klynga gir store moglegheiter"
    assert parse(headline, BODY["nn"]).title == headline


@pytest.mark.parametrize("language, snippet", [
    ("nb", "Klyngeprogrammet · 2020 · Om veilederen Programmet for klynger ble startet i..."),
    ("nn", "Klyngeprogrammet · 2020 · Om rettleiaren Programmet for klynger vart starta i…"),
    ("en", "Cluster programme · 2020 · About the guide The programme for clusters was started..."),
])
def test_a_snippet_cut_off_by_an_ellipsis_is_no_headline(language: str, snippet: str) -> None:
    assert parse(snippet, HEADLINE[language], BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("headline", ["Og vinneren er...", "Klyngen fikk status, og så skjedde det noe…"])
def test_a_headline_may_trail_off(headline: str) -> None:
    assert parse(headline, BODY["nb"]).title == headline


@pytest.mark.parametrize("language, fields", [
    ("nb", ["Innlevert: 01.02.2024", "Sendt: 02.02.2024"]), ("nn", ["Motteke: 01.02.2024", "Svart: 09.02.2024"]),
    ("en", ["Submitted: 01.02.2024", "Answered: 09.02.2024"]),
])
def test_a_fields_date_below_the_headline_dates_the_page(language: str, fields: list[str]) -> None:
    article = parse(HEADLINE[language], *fields, BODY[language])
    assert (article.title, article.published) == (HEADLINE[language], "2024-02-01")


@pytest.mark.parametrize("language, deadline", [
    ("nb", "Søknadsfrist: 01.03.2024"), ("nn", "Frist: 01.03.2024"), ("en", "Deadline: 1 March 2024"),
])
def test_a_deadline_below_the_headline_does_not_date_the_page(language: str, deadline: str) -> None:
    article = parse(HEADLINE[language], deadline, BODY[language])
    assert (article.title, article.published) == (HEADLINE[language], None)


@pytest.mark.parametrize("language, site", [
    ("nb", "NKS Nasjonalt kompetansesenter sjømat"), ("nn", "VKT Vestnorsk kompetansesenter tare"),
    ("en", "EKMC European Kelp Monitoring Centre"),
])
def test_an_acronym_and_the_name_it_stands_for_is_a_sites_name(language: str, site: str) -> None:
    article = parse(site, "Kelp Innovation Cluster", "Fase: Oppstart", "Finansiering", "Rådgiving", BODY[language])
    assert article.title == "Kelp Innovation Cluster"


@pytest.mark.parametrize("language, trail", [
    ("nb", "Hjem > Aktuelt > Nyheter"), ("nn", "Heim › Om oss › Aktuelt"), ("en", "Home » News » Clusters"),
])
def test_a_breadcrumb_trail_is_no_headline(language: str, trail: str) -> None:
    article = parse(trail, HEADLINE[language], BODY[language])
    assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]])


@pytest.mark.parametrize("language, trail, page", [
    ("nb", "Hjem > Klyngeorganisasjoner > Tangnettet Vest", "Tangnettet Vest"),
    ("nn", "Heim › Klyngeorganisasjonar › Tarenettet Nord", "Tarenettet Nord"),
    ("en", "Home > Cluster Organisations > Kelp Network North", "Kelp Network North"),
])
def test_the_page_a_breadcrumb_trail_ends_in_repeated_below_it_is_the_headline(language: str, trail: str,
                                                                               page: str) -> None:
    assert parse(trail, page, "Primary tabs", "General Information", BODY[language]).title == page


@pytest.mark.parametrize("line", ["Printer-friendly versionPrinter-friendly version", "les merles mer"])
def test_a_doubled_line_in_lower_case_is_no_byline(line: str) -> None:
    assert parse(HEADLINE["en"], line, BODY["en"]).authors == []


def test_a_fields_date_far_below_the_headline_on_a_page_of_short_lines_does_not_date_it() -> None:
    short_lines = [f"Punkt {number} i programmet" for number in range(1, 10)]
    assert parse(HEADLINE["nb"], *short_lines, "Møte: 12.03.2024", "Kort avslutning").published is None


@pytest.mark.parametrize("language, line, published, updated", [
    ("nb", "27. Mai 2020 15:03 (Sist redigert 27. Mai 2020 15:53)", "2020-05-27T15:03", "2020-05-27T15:53"),
    ("nn", "27.05.2020 (Sist endra 29.05.2020)", "2020-05-27", "2020-05-29"),
    ("en", "May 27, 2020 (last edited June 2, 2020)", "2020-05-27", "2020-06-02"),
])
def test_a_date_with_its_updated_date_in_brackets(language: str, line: str, published: str, updated: str) -> None:
    article = parse(HEADLINE[language], line, BODY[language])
    assert (article.title, article.published, article.updated) == (HEADLINE[language], published, updated)


PICTURE = {"nb": ("Klyngeleder Torvild Brekkeli på kaia i Vestfjord.", "Foto: Synnøve Kalvatn"),
           "nn": ("Dagleg leiar Ragnvald Kvilesteg på kaia i Sogn.", "Foto: Gunnhild Ryssdal"),
           "en": ("Cluster manager Hollis Brenneford on the quay in Northby.", "Photo: Merritt Oakshaw")}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("form", ["twice", "with its credit"])
def test_a_pictures_text_above_its_caption_is_no_headline(language: str, form: str) -> None:
    text, credit = PICTURE[language]
    caption = text if form == "twice" else f"{text} {credit}"
    article = parse(text, caption, HEADLINE[language], BODY[language])
    assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]])
    assert caption in article.captions


SET_OFF = {"nb": ["– Dette er en stor dag for regionen, sier daglig leder Eilert Grønnevik.", "Hopp til innhold",
                  "Denne artikkelen er over 3 år gammel."],
           "nn": ["– Dette er ein stor dag for regionen, seier dagleg leiar Gunnhild Ryssdal.", "Lytt til saka",
                  "Vennlegast merk: det er over 3 år sidan denne artikkelen sist vart oppdatert!"],
           "en": ["– We are proud of what the members have built, says cluster manager Merritt Oakshaw.",
                  "Skip to content", "This article is more than 3 years old."]}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("form", ["twice", "with its credit"])
def test_a_pictures_text_apart_from_its_caption_by_set_off_lines_is_no_headline(language: str, form: str) -> None:
    text, credit = PICTURE[language]
    caption = text if form == "twice" else f"{text} {credit}"
    article = parse("Nyheter", text, *SET_OFF[language], caption, HEADLINE[language], BODY[language])
    assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]])
    assert caption in article.captions


@pytest.mark.parametrize("language, text, caption", [
    ("nb", "Teikning av et planlagt hydrogenskip. Skipet er hvitt med blå striper.",
     "Utvikling av et hydrogenskip er blant prosjektene som har fått støtte så langt. (Illustrasjon: Vestfjord Verft)"),
    ("nn", "Illustrasjon av ein planlagd hydrogendriven båt. Båten er kvit med blå ring på sida.",
     "Utvikling av ein hydrogendriven båt er blant prosjekta som har fått støtte så langt. (Illustrasjon: Sogn Verft)"),
    ("en", "A drawing of a planned hydrogen ship. The ship is white with blue stripes.",
     "Building a hydrogen ship is one of the projects the scheme has supported so far. (Illustration: Northby Yard)"),
])
def test_a_pictures_text_above_a_caption_closed_by_a_credit_opening_the_page(language: str, text: str,
                                                                             caption: str) -> None:
    article = parse(text, caption, HEADLINE[language], BODY[language])
    assert (article.title, article.captions) == (HEADLINE[language], [text, caption])


def test_a_lead_below_the_headline_above_a_credited_caption_leaves_the_headline() -> None:
    lead = "Næringsforeningen er glad for at to klynger har fått status som Global Centres of Expertise."
    caption = "Fra venstre: Torvild Brekkeli og Synnøve Kalvatn. Foto: Eilert Grønnevik/Vestfjord Avis."
    assert parse("Klynger i verdensklasse", lead, caption, "Publisert 20.06.14", "Forskning og innovasjon",
                 HEADLINE["nb"], BODY["nb"]).title == "Klynger i verdensklasse"


@pytest.mark.parametrize("language, notice", [
    ("nb", "Nettarkiv - finn det nyeste innholdet på vestfjordklyngen.no"),
    ("nn", "Arkiv - du finn det nyaste innhaldet på sognklynga.no"),
    ("en", "Online archive - find the most current content at northby.org"),
])
def test_a_sites_notice_ending_in_its_web_address_is_no_headline(language: str, notice: str) -> None:
    assert parse(notice, HEADLINE[language], BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("language, title, download", [
    ("nb", "Årsrapport for Vestfjordklyngen", 'Last ned «Årsrapport for Vestfjordklyngen»'),
    ("nn", "Ministrane har ordet", 'Last ned "Ministrane har ordet"'),
    ("en", "Ministers speak out", 'Download "Ministers speak out"'),
])
def test_a_download_link_quoting_the_title_names_the_headline(language: str, title: str, download: str) -> None:
    article = parse(title, "Save this PDF as:", "WORD PNG TXT JPG", "Størrelse: px", "Begynne med side:", download,
                    "Transkript", BODY[language])
    assert article.title == title


@pytest.mark.parametrize("language, warning, title, label", [
    ("nb", "Du bruker en gammel nettleser. For å kunne bruke all funksjonalitet i nettsidene må du bytte til en "
           "nyere og oppdatert nettleser.",
     "Innstilling fra næringskomiteen om representantforslag fra stortingsrepresentantene Torvild Brekkeli, Synnøve "
     "Kalvatn og Eilert Grønnevik om etablering av et test- og demonstrasjonsprogram for havvind i Norge", "Innhold"),
    ("nn", "Du brukar ein gammal nettlesar. For å kunne bruke alt på nettsidene må du byte til ein nyare og "
           "oppdatert nettlesar no.",
     "Innstilling frå næringskomiteen om representantforslag frå stortingsrepresentantane Ragnvald Kvilesteg og "
     "Gunnhild Ryssdal om eit nasjonalt program for test og demonstrasjon av havvind", "Innhald"),
    ("en", "You are using an outdated browser. Please upgrade your browser to a newer version to use every "
           "function of this site.",
     "Recommendation from the Standing Committee on Business on a proposal from the representatives Hollis "
     "Brenneford and Merritt Oakshaw on a national test programme for offshore wind", "Contents"),
])
def test_a_documents_long_title_below_a_browser_warning(language: str, warning: str, title: str, label: str) -> None:
    article = parse(warning, "Stortinget.no", "Hopp til innholdet", title, label, BODY[language])
    assert article.title == title


def test_a_pages_first_paragraph_closed_as_a_sentence_is_no_documents_title() -> None:
    assert parse(BODY["nb"], "Innhold", BODY["nb"] + " Mer kommer.").title == ""


@pytest.mark.parametrize("language, row, published, updated", [
    ("nb", "Sak publisert 23.06.2022 (oppdatert 09.11.2022)", "2022-06-23", "2022-11-09"),
    ("nn", "Dokument dato 23. juni 2022", "2022-06-23", None),
    ("en", "Measure added 23 June 2022 (updated 09 November 2022)", "2022-06-23", "2022-11-09"),
])
def test_a_records_row_of_one_word_and_a_date_dates_the_page(language: str, row: str, published: str,
                                                              updated: str | None) -> None:
    article = parse(HEADLINE[language], BODY[language], "Country Norway", row, BODY[language])
    assert (article.published, article.updated) == (published, updated)


@pytest.mark.parametrize("line", ["Klyngen ble publisert 23.06.2022 i avisa", "Kari Lie publiserte 23.06.2022"])
def test_a_sentence_with_a_date_keyword_is_no_records_row(line: str) -> None:
    assert parse(HEADLINE["nb"], BODY["nb"], line, BODY["nb"]).published is None


def test_a_long_line_holding_two_sentences_is_no_documents_title() -> None:
    first = ("Klyngen har fått status som Arena i regionen. Medlemmene har investert i nye prosjekter sammen med "
             "forskningsmiljøene i regionen siden oppstarten og vil fortsette med det")
    assert parse(first, "Innhold", BODY["nb"]).title == ""


AGE_NOTICES = {"nb": "Dette innholdet er mer enn 6 år gammelt. Informasjonen kan derfor være utdatert.",
               "nn": "Vennlegast merk: det er over 4 år sidan denne artikkelen sist vart oppdatert!",
               "en": "This article is more than 5 years old."}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_notice_that_the_page_is_old_is_no_headline_and_no_text(language: str) -> None:
    for lines in ([AGE_NOTICES[language], HEADLINE[language]], [HEADLINE[language], AGE_NOTICES[language]]):
        article = parse(*lines, BODY[language])
        assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]]), lines


@pytest.mark.parametrize("headline", ["Klyngen er 10 år gammel", "Klynga vart 20 år gammal i haust",
                                      "The cluster is 15 years old"])
def test_a_headline_about_an_age_is_no_notice(headline: str) -> None:
    assert parse("Meny", headline, BODY["nb"]).title == headline


@pytest.mark.parametrize("language, headline, subtitle", [
    ("nb", "Vil styrke tangklyngene", "Statsbudsjettet 2025 - Tilleggsproposisjon"),
    ("nn", "Skal styrkje tareklyngene", "Statsbudsjettet 2025 – Nysaldering"),
    ("en", "Will boost clusters", "State budget 2025 - Supplementary proposal"),
])
def test_a_short_headline_opened_by_a_verb_is_no_label_above_its_subtitle(language: str, headline: str,
                                                                           subtitle: str) -> None:
    article = parse("Aktiver Javascript i din nettleser", headline, subtitle, AGE_NOTICES[language], BODY[language])
    assert article.title == headline


@pytest.mark.parametrize("language, quote", [
    ("nb", "– Denne sjansen kunne jeg ikke la gå fra meg, sier Torgunn Vasshaug."),
    ("nn", "– Denne sjansen kunne eg ikkje la gå frå meg, seier dagleg leiar Ragnvald Kvilesteg."),
    ("en", "– I could not let this chance pass me by, says Hollis Brenneford."),
])
def test_a_pull_quote_with_its_speaker_above_the_headline_is_no_headline(language: str, quote: str) -> None:
    for repeats in (1, 2):
        article = parse(*[quote] * repeats, HEADLINE[language], BODY[language])
        assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]]), repeats


def test_a_headline_opened_by_a_dash_with_no_speaker_is_a_headline() -> None:
    assert parse("Meny", "– Må få nasjonal status", BODY["nb"]).title == "– Må få nasjonal status"


CAPTIONS = {"nb": "Deltakelse i klyngeprosjektene gir Tangnett AS tilgang til verdifulle nettverk, og daglig leder "
                  "Torgunn Vasshaug er her avbildet under møtet i klyngen på Myre i fjor høst.",
            "nn": "Fylkesrådmann Ragnvald Kvilesteg gratulerer dagleg leiar i Tareklynga med den nye statusen, og i "
                  "bakgrunnen står direktøren i Innovasjon Noreg saman med styret i klynga.",
            "en": "Taking part in the cluster projects gives Kelpnet Ltd access to valuable networks, and Hollis "
                  "Brenneford is pictured here during the meeting of the cluster in Tromsø last autumn."}


@pytest.mark.parametrize("language, date_line, published", [
    ("nb", "16 desember, 2015 10:29 Del Del Del", "2015-12-16T10:29"),
    ("nn", "20.04.2015 | Næringsforeininga i Sogn", "2015-04-20"),
    ("en", "Published 20 April 2015", "2015-04-20"),
])
def test_a_captions_paragraph_above_the_headline_and_its_date(language: str, date_line: str, published: str) -> None:
    article = parse(CAPTIONS[language], HEADLINE[language], date_line, BODY[language])
    assert (article.title, article.published, article.paragraphs) == (HEADLINE[language], published, [BODY[language]])


@pytest.mark.parametrize("language, people", [
    ("nb", "Fra venstre: Næringsminister Torgunn Vasshaug, Tangnetts administrerende direktør Eilert Grønnevik, "
           "Synnøve Kalvatn som er daglig leder av klyngen og statssekretær Tove Skarsvåg"),
    ("nn", "Frå venstre: Næringsminister Ragnvald Kvilesteg, administrerande direktør Gunnhild Ryssdal i Tarenett, "
           "dagleg leiar av klynga Oddvar Nesheim og statssekretær Tone Haugsvær"),
    ("en", "From left: Minister of Trade Hollis Brenneford, Kelpnet chief executive Merritt Oakshaw, cluster "
           "manager Ainsley Tobermory and state secretary Rowan Glenholt at the opening"),
])
def test_a_long_list_of_who_is_in_the_picture_is_no_opening_paragraph(language: str, people: str) -> None:
    article = parse(people, AGE_NOTICES[language], HEADLINE[language], "Ein kort ingress.", BODY[language])
    assert article.title == HEADLINE[language]


@pytest.mark.parametrize("language, page_label, name", [
    ("nb", "Prosjektbeskrivelse", "Tangklyngen"), ("nn", "Prosjektskildring", "Tareklynga"),
    ("en", "Project Description", "Kelpcluster"), ("nb", "Om klyngen", "IT-klyngedama"),
])
def test_a_pages_label_above_its_one_word_name(language: str, page_label: str, name: str) -> None:
    assert parse(page_label, name, BODY[language]).title == name


@pytest.mark.parametrize("language, keyword", [("nb", "Publisert"), ("nn", "Sist endra"), ("en", "Posted by")])
def test_a_keyword_left_without_its_value_is_no_text(language: str, keyword: str) -> None:
    article = parse(HEADLINE[language], keyword, BODY[language])
    assert (article.title, article.paragraphs) == (HEADLINE[language], [BODY[language]])


@pytest.mark.parametrize("language, dateline", [
    ("nb", "STEINKJER: Fredag ble det kjent at Tangklyngen er en av de fire nye klyngene i programmet, og den "
           "eneste for tangnæringen i landsdelen."),
    ("nn", "FØRDE: Fredag vart det kjent at Tareklynga er ei av dei fire nye klyngene i programmet, og den "
           "einaste for tarenæringa i landsdelen."),
    ("en", "TROMSØ: On Friday it was announced that the Kelp Cluster is one of the four new clusters in the "
           "programme, and the only one in the region."),
])
def test_a_page_of_one_paragraph_opened_by_a_dateline_keeps_its_text(language: str, dateline: str) -> None:
    article = parse("date 2019-11 AVISA", dateline)
    assert (article.paragraphs, article.published) == ([dateline], "2019-11")


@pytest.mark.parametrize("language, label, period", [
    ("nb", "Prosjektvarighet:", "01.07.2006 - 31.12.2020"), ("nn", "Prosjektperiode:", "1. januar 2020 – 31. desember 2022"),
    ("en", "Project period:", "2018-01-01 - 2018-12-31"),
])
def test_a_period_of_two_dates_does_not_date_the_page(language: str, label: str, period: str) -> None:
    for lines in ([HEADLINE[language], label, period, BODY[language]], [label, period, HEADLINE[language], BODY[language]]):
        assert parse(*lines).published is None, lines
    assert parse(HEADLINE[language], label, period, "Publisert 12.03.2019", BODY[language]).published == "2019-03-12"
