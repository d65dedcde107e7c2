"""Metadata a careful reader finds on a page that does not show it plainly: an updated date as
the only date, a date without its year, the authors in a report's form, and the headline below
pull quotes, their attributions, captions and an index's letter. Both standards, and English
where the form is used there (docs/metadata.md)."""

from __future__ import annotations

import pytest

from extract.parse import parse_document
from extract.parse.forms import form_authors
from extract.parse.years import page_year
from extract.types import RawDocument

from .crawled import parse

BODY = "Klyngen har fått status som Arena i tre år, og medlemmene har investert i nye prosjekter sammen."
LONG_QUOTE = ("– Vi er svært stolte over å få en total score på 95 prosent på vår første søknad, og nå "
              "kvalifisere til status i det nasjonale klyngeprogrammet, sier lederen.")
LONG_CAPTION = ("TEAM NSCC: Et knippe mennesker med brennende engasjement for helse og teknologi jobber "
                "hver dag for at smarte løsninger skal skape en bedre helsehverdag.")


def record(**fields):
    return parse_document(RawDocument(source="dump.jsonl#1", kind="record", fields=fields))


# An updated date as the page's only date

@pytest.mark.parametrize("line, date", [
    ("Sist oppdatert 09.11.2018", "2018-11-09"),
    ("Sist endra 9. november 2018", "2018-11-09"),
    ("Last updated 9 November 2018", "2018-11-09"),
])
def test_a_page_showing_only_its_updated_date_has_no_publication_date(line: str, date: str) -> None:
    article = parse("Klyngen fikk Arena-status", line, BODY)
    assert (article.published, article.updated) == (None, date)


def test_a_record_with_only_an_updated_field_has_no_publication_date() -> None:
    article = record(title="Klynga fekk Arena-status", text=BODY, updated="2021-06-12")
    assert (article.published, article.updated) == (None, "2021-06-12")


def test_a_shown_publication_date_is_not_replaced_by_the_updated_one() -> None:
    article = parse("Klyngen fikk Arena-status", "Publisert 01.02.2015", "Sist oppdatert 09.11.2018", BODY)
    assert (article.published, article.updated, article.notes) == ("2015-02-01", "2018-11-09", [])


# A date without its year

@pytest.mark.parametrize("heading", [
    "Siste nytt fra Digin 6.juni, Norges største IT-klynge på Sørlandet.",
    "Nytt frå Sjømatklynga 6. juni, den største klynga på Vestlandet.",
    "News from Digin June 6, the largest IT cluster in Norway.",
])
def test_a_newsletter_heading_without_a_year_takes_the_latest_year_the_text_names(heading: str) -> None:
    article = parse("Klyngen fikk nei til forlengelse", heading,
                    "Siden desember 2012 har klyngen vært med i programmet, og perioden løper ut i desember 2015.",
                    BODY, "© Kunnskapshavna 2018 | Utviklet av Rammeverk AS")
    assert article.published == "2015-06-06"
    assert any(note.startswith("published: the page gives the day without its year") for note in article.notes)


def test_a_newsletter_heading_with_its_year_dates_the_page() -> None:
    assert parse("Klynga fekk nei", "Nytt frå Sjømatklynga 6. juni 2014, den største klynga.", BODY).published \
        == "2014-06-06"


def test_the_year_of_the_address_comes_first() -> None:
    article = record(url="https://klynge.no/aktuelt/2016/06/nei-til-klynga/", text="\n".join([
        "Klynga fekk nei", "Nytt frå Sjømatklynga 6. juni, den største klynga.", "Klynga vart starta i 2012.", BODY]))
    assert article.published == "2016-06-06"


@pytest.mark.parametrize("month_day, updated, year", [((6, 6), "2016-03-12", 2015), ((3, 1), "2016-03-12", 2016)])
def test_the_year_of_the_updated_date_if_the_day_falls_before_it(month_day, updated, year) -> None:
    assert page_year(month_day, url=None, updated=updated, text="i 2030", copyright=None) == (year, "the updated date")


def test_no_year_after_the_copyright_year_is_taken_from_the_text() -> None:
    found = page_year((6, 6), url=None, updated=None, text="Målet for 2030 ble satt i 2017.", copyright=2018)
    assert found == (2017, "the latest year the text names")


def test_a_yearless_date_in_a_sentence_does_not_date_the_page() -> None:
    assert parse("Klyngen fikk Arena-status", "Den 6. juni møttes styret i klyngen for å vedta planen.",
                 "Klyngen ble startet i 2012.", BODY).published is None


# Authors named in a report's form

@pytest.mark.parametrize("line, authors", [
    ("Forfattere: Harald Furre, André Flatnes og Arne Isaksen", ["Harald Furre", "André Flatnes", "Arne Isaksen"]),
    ("Forfattarar: Kari Lie og Per Hauge", ["Kari Lie", "Per Hauge"]),
    ("Forfatter: Kari Lie", ["Kari Lie"]),
    ("Utarbeidet av Kari Lie og Per Hauge", ["Kari Lie", "Per Hauge"]),
    ("Utarbeidd av: Kari Lie", ["Kari Lie"]),
    ("Authors: Jane Smith and John Doe", ["Jane Smith", "John Doe"]),
    ("Prepared by Jane Smith", ["Jane Smith"]),
])
def test_a_report_names_its_authors_in_a_form_field(line: str, authors: list[str]) -> None:
    article = parse("Evaluering av klyngeprosjektet", line, BODY)
    assert article.authors == authors


@pytest.mark.parametrize("line, authors", [
    ("Prosjektleder: Forfattere: Kort sammendrag: Harald Furre Harald Furre, André Flatnes og Arne Isaksen "
     "NCE NODE ble etablert som et Norwegian Centre of Expertise i 2009 og er et klyngeutviklingsprosjekt.",
     ["Harald Furre", "André Flatnes", "Arne Isaksen"]),
    ("Prosjektleiar: Forfattarar: Samandrag: Kari Lie Kari Lie, Per Hauge og Ola Nordmann Klynga vart "
     "etablert i 2009 og er eit utviklingsprosjekt for bedrifter i regionen.", ["Kari Lie", "Per Hauge", "Ola Nordmann"]),
    ("Authors: Summary: Jane Smith, John Doe and Ann Lee The cluster was established in 2009 as a "
     "development project for firms in the region.", ["Jane Smith", "John Doe", "Ann Lee"]),
])
def test_a_flattened_form_names_its_authors_after_its_labels(line: str, authors: list[str]) -> None:
    assert form_authors(line) == authors
    assert parse("Evaluering av klyngeprosjektet", BODY, line).authors == authors


def test_a_form_without_an_author_field_names_no_author() -> None:
    line = ("Prosjektleder: Oppdragsgiver: Kort sammendrag: Harald Furre Innovasjon Norge Kari Lie, Per Hauge og "
            "Ola Nordmann deltok i evalueringen av klyngen i regionen.")
    assert form_authors(line) == [] and parse("Evaluering av klyngeprosjektet", BODY, line).authors == []


# The headline below what a page puts above it

@pytest.mark.parametrize("attribution", [
    "- Espen Warland, leder av klyngeprogrammet Norwegian Innovation Clusters",
    "Arild Kristensen, daglig leder av Norwegian Smart Care Cluster",
    "– Kari Lie, dagleg leiar i Sjømatklynga",
    "- Jane Smith, head of the cluster programme",
])
def test_a_quote_attribution_is_not_the_headline(attribution: str) -> None:
    article = parse("«Klyngeprogrammet vil gratulere klyngen så mye.»", attribution,
                    "Klyngen er en gull-klynge: – Dette er et kvalitetsstempel", BODY)
    assert article.title == "Klyngen er en gull-klynge: – Dette er et kvalitetsstempel"


def test_a_pull_quote_and_a_caption_above_the_headline_are_passed_over() -> None:
    article = parse(LONG_QUOTE, "Arild Kristensen, daglig leder av Norwegian Smart Care Cluster", LONG_CAPTION,
                    "Norwegian Smart Care Cluster er en gull-klynge", BODY,
                    "Tekst og foto: Jofrid Åsland, kommunikasjonsansvarlig i Norwegian Smart Care Cluster")
    assert article.title == "Norwegian Smart Care Cluster er en gull-klynge"
    assert article.authors == ["Jofrid Åsland"]


@pytest.mark.parametrize("above", [
    ["– Vi er svært stolte over å få ein så god score på den første søknaden vår, og no kvalifiserer vi til "
     "status i det nasjonale klyngeprogrammet.", "Kari Lie, dagleg leiar i Sjømatklynga"],
    ["GLAD LEIAR: Ein gjeng menneske med brennande engasjement for sjømat og teknologi jobbar kvar dag for at "
     "smarte løysingar skal gje ein betre kvardag."],
    ["“We are very proud to get a total score of 95 per cent on our first application, and to qualify for the "
     "status in the national cluster programme.”", "- Jane Smith, head of the cluster"],
])
def test_a_pull_quote_or_caption_above_the_headline_is_kept_as_a_caption(above: list[str]) -> None:
    article = parse(*above, "Klynga fekk Arena-status", BODY)
    assert (article.title, article.captions, article.paragraphs) == ("Klynga fekk Arena-status", above, [BODY])


def test_a_page_opening_with_speech_and_no_attribution_keeps_it_as_its_first_paragraph() -> None:
    speech = ("– Det er vekstmoglegheiter framleis, sjølv om sysselsetjinga har gått ned, seier historikar Kari Lie "
              "ved museet. Ho har skrive boka om klynga.")
    article = parse("Nyheiter", speech, "Møbelkraft-satsing", BODY)
    assert (article.title, article.paragraphs[0]) == ("", speech)


def test_a_short_headline_opened_by_a_source_in_capitals_stays_the_headline() -> None:
    assert parse("BT: Kampflyregningen har steget med 16 milliarder kroner", BODY).title == \
        "BT: Kampflyregningen har steget med 16 milliarder kroner"


@pytest.mark.parametrize("top, headline", [
    (["Statsbudsjettet fra A til Å", "Klikk på første bokstav i det ordet du leter etter eller søk på ordet her.", "N"],
     "Norwegian Centres of Expertise"),
    (["Ordliste frå A til Å", "Vel ein bokstav", "K"], "Klyngeprogrammet"),
    (["Glossary from A to Z", "C"], "Cluster programme"),
])
def test_an_index_letter_heads_the_entry_that_is_the_headline(top: list[str], headline: str) -> None:
    assert parse(*top, headline, BODY).title == headline


@pytest.mark.parametrize("form", [
    "Tittel: Oppdragsgiver: Evaluering av klyngeprosjektet Innovasjon Norge",
    "Tittel: Oppdragsgjevar: Evaluering av klyngeprosjektet Innovasjon Noreg",
    "Title: Client: Evaluation of the cluster project Innovation Norway",
])
def test_a_line_of_form_labels_is_not_the_headline(form: str) -> None:
    assert parse("Evaluering av klyngeprosjektet", form, BODY).title == "Evaluering av klyngeprosjektet"


@pytest.mark.parametrize("caption, credit", [
    ("GLADE: Frå venstre Kari Lie, Innovasjon Noreg, og Per Hauge, Siva, signerte avtalen om regionalt "
     "samarbeid på næringsforumet i Førde i går.", "(Foto: Næringsforum)"),
    ("SIGNERTE AVTALE: Fra venstre Kari Lie, Innovasjon Norge, og Per Hauge, Siva, signerte avtalen om "
     "regionalt samarbeid på næringsforumet i Førde i går.", "Foto: Kari Lie"),
    ("SIGNED: From the left Jane Smith, Innovation Norway, and John Doe, Siva, signed the agreement on "
     "regional cooperation at the business forum yesterday.", "(Photo: Business Forum)"),
])
def test_a_caption_repeated_with_its_credit_is_kept_once_with_it(caption: str, credit: str) -> None:
    article = parse(caption, f"{caption} {credit}", "Signerte regional samarbeidsavtale", BODY)
    assert article.captions == [f"{caption} {credit}"]


@pytest.mark.parametrize("line, date", [
    ("Last update date 28 June 2023", "2023-06-28"),
    ("Revidert 27. oktober 2020", "2020-10-27"),
    ("Sist endra: 27.10.2020", "2020-10-27"),
])
def test_more_updated_forms(line: str, date: str) -> None:
    article = parse(line, "Klyngen fikk Arena-status", BODY)
    assert (article.title, article.updated, article.published) == ("Klyngen fikk Arena-status", date, None)


@pytest.mark.parametrize("line, date", [
    ("FinSHIFT 17.11.2021", "2021-11-17"),
    ("Nyheitsbrevet 17. november 2021", "2021-11-17"),
    ("Weekly Newsletter 17 November 2021", "2021-11-17"),
])
def test_a_name_and_a_date_above_the_headline_date_the_page(line: str, date: str) -> None:
    article = parse(line, "Klynge med overskuddsproblem", "Publisert", BODY)
    assert (article.title, article.published, article.metadata_lines) == ("Klynge med overskuddsproblem", date, [line])


def test_a_name_and_a_date_in_the_article_are_its_text() -> None:
    article = parse("Klyngen inviterer til møte", BODY, "Årsmøte 12.03.2015", BODY.replace("tre", "fem"))
    assert article.published is None and "Årsmøte 12.03.2015" in article.paragraphs


@pytest.mark.parametrize("caption, credit", [
    ("Norwegian Wood Cluster holder til i Mjøsbrygga (foran) ved Mjøstårnet i Brumunddal.", "Foto: Kari Lie/NTB"),
    ("Klynga held til i det nye bygget ved kaia i Bodø.", "Foto: Per Hauge"),
    ("The cluster is housed in the new building by the quay.", "Photo: Jane Smith"),
])
def test_a_sentence_above_a_photo_credit_is_the_photos_caption(caption: str, credit: str) -> None:
    article = parse(caption, credit, "En milepæl for trebyggeri", BODY)
    assert (article.title, article.captions) == ("En milepæl for trebyggeri", [f"{caption} {credit}"])


def test_a_headline_above_the_credit_of_the_photo_below_it_stays_the_headline() -> None:
    article = parse("Gå til innhold", "NCE Aquatech Cluster – verdensledende teknologi for akvakultur",
                    "Foto: Tom Hansen.", BODY)
    assert article.title == "NCE Aquatech Cluster – verdensledende teknologi for akvakultur"


@pytest.mark.parametrize("line, authors", [
    ("Skrevet av linn", ["linn"]),
    ("Skrive av ingrid.bo", ["ingrid.bo"]),
    ("Written by jsmith", ["jsmith"]),
    ("Skrevet av admin", []),
    ("Skrive av redaksjonen", []),
])
def test_a_publishing_systems_user_in_lower_case_is_the_author(line: str, authors: list[str]) -> None:
    article = parse("Eiermøte: NCE gir store muligheter", "Publisert 5. april 2019", line, BODY)
    assert (article.authors, line in article.text) == (authors, not authors)  # a byline leaves the text


@pytest.mark.parametrize("skip_line", ["Skip to the content", "Skip to the main content", "Jump to content"])
def test_an_english_skip_link_is_no_headline(skip_line: str) -> None:
    assert parse(skip_line, "Klyngen fikk Arena-status", BODY).title == "Klyngen fikk Arena-status"


@pytest.mark.parametrize("line, authors", [
    ("2 Rapport nr. 7/2019 Oppdragsgiver: Innovasjon Norge Forfattere: Kari Lie, Per Hauge og Ola Dahl Kvalitetssikrer: "
     "Anne Berg Org.nr.: 123", ["Kari Lie", "Per Hauge", "Ola Dahl"]),
    ("3 Rapport 12/2019 Dato: 3. mai 2019 Forfattarar: Siri Nes og Åsmund Lid Kvalitetssikrar: Ola Dahl Oppdragsgjevar: "
     "Sogn regionråd", ["Siri Nes", "Åsmund Lid"]),
    ("4 Report no 5 Principal: Innovation Norway Authors: Jane Smith, John Doe and Ann Lee Quality assurer: Tom Hill "
     "Availability: Public", ["Jane Smith", "John Doe", "Ann Lee"]),
])
def test_an_author_field_inside_a_line_ends_at_the_next_fields_label(line: str, authors: list[str]) -> None:
    assert form_authors(line) == authors
    assert parse("Evaluering av klyngeprosjektet", BODY, line).authors == authors


@pytest.mark.parametrize("cover, authors", [
    (["Sluttevaluering av Arena Tangklyngen", "Kari Lie, Per Hauge og Ola Dahl"], ["Kari Lie", "Per Hauge", "Ola Dahl"]),
    (["Evaluering av Arena Tareklynga", "Siri Nes og Åsmund Lid"], ["Siri Nes", "Åsmund Lid"]),
    (["Evaluation of the Kelp Cluster", "Jane Smith, John Doe and Ann Lee"], ["Jane Smith", "John Doe", "Ann Lee"]),
])
def test_names_alone_below_a_repeated_title_are_the_reports_authors(cover: list[str], authors: list[str]) -> None:
    title = cover[0]
    article = parse(f'Share "{title}"', "Academic year: 2022", "Rapport nr. 01/07", *cover, BODY)
    assert article.authors == authors


@pytest.mark.parametrize("below", [
    ["Kari Lie"],  # one name alone: a caption's or a contact's
    ["Klyngen har fått status som Arena.", "Kari Lie, Per Hauge og Ola Dahl"],  # not below the title
])
def test_names_not_alone_below_a_repeated_title_are_no_authors(below: list[str]) -> None:
    title = "Sluttevaluering av Arena Tangklyngen"
    assert parse(f'Share "{title}"', "Academic year: 2022", title, *below, BODY).authors == []


@pytest.mark.parametrize("standfirst, authors", [
    ("Picturesque Lerwick is home to a cluster of marine firms working on greener ships. Jane Smith reports",
     ["Jane Smith"]),
    ("Kelp farmers in Troms have joined forces in a new Arena cluster. Tom Hill writes", ["Tom Hill"]),
    ("Tangbøndene i Troms har gått saman i ei ny Arena-klynge. Siri Nes rapporterer", ["Siri Nes"]),
])
def test_a_standfirst_closed_by_its_writer_names_the_author(standfirst: str, authors: list[str]) -> None:
    assert parse("MARITIME HUBS", "NORDIC INNOVATION", standfirst, BODY).authors == authors


def test_a_standfirst_closed_by_an_outlet_names_no_author() -> None:
    standfirst = "Kelp farmers in Troms have joined forces in a new Arena cluster. The Guardian reports"
    assert parse("MARITIME HUBS", "NORDIC INNOVATION", standfirst, BODY).authors == []


@pytest.mark.parametrize("note, date", [
    ("(Kronikken ble publisert i Vestavisa 10. januar 2018, bare for abonnenter)", "2018-01-10"),
    ("(Innlegget vart trykt i Sogningen 3. mars 2014)", "2014-03-03"),
    ("Kronikk i Nordlandsposten, 8. juni 2006", "2006-06-08"),
    ("Lesarinnlegg i Fjordavisa, 8. juni 2006", "2006-06-08"),
    ("Op-ed in The Coastal Times, 12 March 2015", "2015-03-12"),
])
def test_a_note_on_where_and_when_a_piece_ran_dates_the_page(note: str, date: str) -> None:
    article = parse("Tangklyngen i Lofoten får ny avtale med havnen", BODY, note, "Av Kari Lie")
    assert article.published == date and article.title == "Tangklyngen i Lofoten får ny avtale med havnen"


@pytest.mark.parametrize("headline, lead, date", [
    ("Millionstøtte til tangklyngen",
     "Tangbønder og havner i Lofoten er med i klyngen som nå får millionstøtte fra staten. (30.09.2008)", "2008-09-30"),
    ("Millionstøtte til tareklynga",
     "Tangbøndene i Sogn er med i klynga som no får millionstøtte frå staten. (1.10.2008)", "2008-10-01"),
    ("State support for the kelp cluster",
     "Kelp farmers in Troms are among the members getting state support. (30.09.2008)", "2008-09-30"),
])
def test_a_day_in_brackets_closing_the_lead_dates_the_page(headline: str, lead: str, date: str) -> None:
    assert parse(headline, lead, BODY).published == date


def test_a_day_in_brackets_closing_a_later_paragraph_does_not_date_the_page() -> None:
    later = "Klyngen søkte også i fjor, men fikk avslag. (30.09.2008)"
    assert parse("Millionstøtte til tangklyngen", BODY, later).published is None


@pytest.mark.parametrize("head, title, authors", [
    ("Klyngestyring: Perspektiver på regionale tangklynger. Kari Lie og Per Hauge",
     "Klyngestyring: Perspektiver på regionale tangklynger", ["Kari Lie", "Per Hauge"]),
    ("Styring av klynger i Sogn. Siri Nes, Åsmund Lid og Ola Dahl", "Styring av klynger i Sogn",
     ["Siri Nes", "Åsmund Lid", "Ola Dahl"]),
    ("Governing regional kelp clusters. Jane Smith and John Doe", "Governing regional kelp clusters",
     ["Jane Smith", "John Doe"]),
])
def test_full_names_closing_a_documents_title_line_are_its_authors(head: str, title: str, authors: list[str]) -> None:
    article = parse(head, BODY)
    assert (article.title, article.authors) == (title, authors)


def test_one_name_closing_a_headline_stays_in_it() -> None:
    head = "Ny leder for tangklyngen i Lofoten. Kari Lie"
    assert (parse(head, BODY).title, parse(head, BODY).authors) == (head, [])


@pytest.mark.parametrize("cover, year", [
    ("5 FoU rapport nr. 3/2019 Klyngestyring: Perspektiver på regionale tangklynger Et forskningsprosjekt", "2019"),
    ("Rapport nr. 12/2011 Evaluering av tareklynga i Sogn", "2011"),
    ("3 NIFU Report no. 4/2015 Evaluation of the Kelp Cluster", "2015"),
])
def test_a_reports_number_and_year_on_its_cover_date_it(cover: str, year: str) -> None:
    assert parse("Evaluering av klyngeprosjektet", BODY, cover).published == year


def test_a_report_number_cited_in_a_sentence_dates_nothing() -> None:
    cited = "Ifølge rapport nr. 3/2009 fra instituttet fikk klyngen status som Arena i fjor."
    assert parse("Evaluering av klyngeprosjektet", BODY, cited).published is None
