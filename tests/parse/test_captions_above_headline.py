"""A crawled page often opens with the caption of its photo above the headline: the caption is the
article's (roles and people come from it), not page furniture. Names and organisations invented."""

from __future__ import annotations

import pytest

from extract.parse import parse_document
from extract.types import RawDocument

BODY = ("Klyngen har fått nye midler til å utvikle et program for etterutdanning av ingeniører "
        "og teknikere i regionen, og arbeidet starter allerede i høst med de første kursene.")
BODY_NN = ("Klynga har fått nye midlar til å utvikle eit program for etterutdanning av ingeniørar "
           "og teknikarar i regionen, og arbeidet startar allereie i haust med dei første kursa.")


def page(*top: str, headline: str = "Ny satsing på kompetanse i Velmo", body: str = BODY) -> RawDocument:
    text = "\n\n".join([*top, headline, body, body])
    return RawDocument(source="dump/side.txt", kind="text", data=text.encode("utf-8"))


@pytest.mark.parametrize("caption, body", [
    ("Sverin Holtaker fra Plommeklyngen i Grøvik. Foto: Lisbet Framnes", BODY),  # Bokmål
    ("Sverin Holtaker frå Plommeklynga i Grøvik. Foto: Lisbet Framnes", BODY_NN),  # Nynorsk
    ("Bilete av f.v. Aud Sildnes, Ivar Krokvik og Tone Stalheim (bilde: Lisbet Framnes, Treknuten).", BODY_NN),
    ("Bilde fra venstre: Aud Sildnes, Ivar Krokvik og Tone Stalheim (foto: Lisbet Framnes/Treknuten)", BODY),
])
def test_a_caption_with_its_credit_above_the_headline_is_kept(caption: str, body: str) -> None:
    article = parse_document(page(caption, body=body))
    assert article.title == "Ny satsing på kompetanse i Velmo"
    assert caption in article.captions
    assert "Lisbet Framnes" in article.text


@pytest.mark.parametrize("caption", [
    "Partnere i klyngen: Fra venstre: Aud Sildnes (Brennvik), Ivar Krokvik (ordfører i Grøvik)",
    "Partnarar i klynga: Frå venstre: Aud Sildnes (Brennvik), Ivar Krokvik (ordførar i Grøvik)",
    "Left to right: Aud Sildnes (Brennvik Group), Ivar Krokvik (Mayor of Grøvik)",
])
def test_a_list_of_the_people_in_a_picture_above_the_headline_is_a_caption(caption: str) -> None:
    article = parse_document(page(caption))
    assert caption in article.captions


def test_a_lone_credit_above_the_headline_is_kept_once_with_its_caption() -> None:
    caption = "Fylkesordførar Aud Sildnes på kontoret sitt i Grøvik. Foto: Lisbet Framnes"
    article = parse_document(page(caption, "Foto: Lisbet Framnes", body=BODY_NN))
    assert article.captions == [caption]


def test_page_furniture_above_the_headline_is_still_left_out() -> None:
    article = parse_document(page("Hjem", "Om oss", "Kontakt oss"))
    assert article.captions == []
    assert "Kontakt oss" not in article.text


@pytest.mark.parametrize("quote", [
    "«Klyngen har vokst mye i år, og vi leverer verdi til partnerne.» sier daglig leder Aud Sildnes",
    "«Klynga har vakse mykje i år, og vi leverer verdi til partnarane.» seier dagleg leiar Aud Sildnes",
    "“The cluster grew a lot this year, and we deliver value to our partners.” says Managing Director, Aud Sildnes",
])
def test_a_quotation_with_who_said_it_above_the_headline_is_kept(quote: str) -> None:
    article = parse_document(page(quote))
    assert quote in article.captions


@pytest.mark.parametrize("top, body", [
    (["Aud Sildnes fortalte om de nye kursene i Grøvik."], BODY),  # Bokmål: the photo's caption, no credit, no date
    (["Aud Sildnes fortalde om dei nye kursa i Grøvik."], BODY_NN),  # Nynorsk
    (["kurs_grovik.jpg", "Aud Sildnes fortalte om de nye kursene i Grøvik."], BODY),  # the image's file above it
])
def test_a_caption_closed_by_a_full_stop_above_the_headline_is_kept_as_a_caption(top: list[str], body: str) -> None:
    article = parse_document(page(*top, body=body))
    assert article.title == "Ny satsing på kompetanse i Velmo"
    assert article.captions == [top[-1]]  # who is in the photo: a caption, roles and people come from it


@pytest.mark.parametrize("credit, body", [
    ("Kurssenteret 2021/Foto K. Framnes", BODY),  # a credit whose first name is an initial
    ("Kurssenteret i Grøvik/Foto L. Framnes", BODY_NN),
])
def test_a_credit_with_an_initial_above_the_headline_is_no_headline(credit: str, body: str) -> None:
    article = parse_document(page(credit, body=body))
    assert article.title == "Ny satsing på kompetanse i Velmo"


@pytest.mark.parametrize("captions, body", [
    ("Avtalen er signert. Foto: Lisbet HolmvikKonsernsjef Ivar Krokvik i Brennvik. Foto: Lisbet Holmvik"
     "HR-sjef Tone Stalheim i Grøvik Fiber. Foto: Lisbet HolmvikOLYMPUS DIGITAL CAMERA", BODY),
    ("Avtalen er signert. Foto: Lisbet HolmvikKonsernsjef Ivar Krokvik i Brennvik. Foto: Lisbet Holmvik"
     "Dekan Tone Stalheim ved Grøvik høgskule. Foto: Lisbet HolmvikOLYMPUS DIGITAL CAMERA", BODY_NN),
])
def test_a_credit_glued_to_the_next_caption_ends_at_the_name(captions: str, body: str) -> None:
    """The page's captions joined with no space: each credit's name ends where the next caption begins,
    as the page's last credit ("Foto: Lisbet Holmvik" alone) shows the name."""
    article = parse_document(page(captions, "Klyngen fikk nye partnere. Foto: Lisbet Holmvik", body=body))
    text = article.text
    assert "HolmvikKonsernsjef" not in text and "HolmvikOLYMPUS" not in text
    assert any(line.startswith("Konsernsjef Ivar Krokvik i Brennvik.") for line in article.captions + article.paragraphs)


def test_a_name_written_glued_on_the_whole_page_is_left_whole() -> None:
    article = parse_document(page("Anlegget i Grøvik. Foto: Havbruk CleanTech", body=BODY))
    assert "Havbruk CleanTech" in article.text
