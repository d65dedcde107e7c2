"""Generated page heads: menu lines, breadcrumbs, site names, date forms, byline forms and leads
drawn at random (a fixed seed per case) around a headline, with names made of syllables that no
page holds. Each head must give the headline, the publication date and the author, whatever its
furniture, and leave the article's text as its last paragraph. A byline may stand above the
headline, with the date below it, or open with the piece's genre ("Kronikk av ..."); a picture's
text and its caption, a site's notice ending in its address and a browser warning may head the page."""

from __future__ import annotations

import random

import pytest

from extract.parse import parse_document
from extract.types import RawDocument

SYLLABLES = ["tor", "vik", "ran", "bel", "mo", "sund", "hau", "gran", "stad", "kvi", "ro", "dal", "bø", "lin",
             "ås", "fjel", "nes", "var", "hol", "strø"]
MONTHS_NB = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MENUS = ["Hopp til innhold", "Meny", "Søk", "Skip to content", "Hopp til hovudinnhald", "Følg oss på Facebook",
         "Besøk oss på LinkedIn!Send oss en mail", "Vitja oss på Instagram", "Follow us on LinkedIn",
         "Bli medlem!Kontakt oss", "Del på Facebook", "Hjem > Aktuelt > Nyheter", "Heim › Om oss › Aktuelt",
         "Nyheter", "Pressemelding", "bilete_2020 (1).jpg", "Les også: Ny rapport om klynger", "Lytt til saka",
         "Online archive - find the most current content at klyngearkivet.org", "Save this PDF as:",
         "Du bruker en gammel nettleser. For å kunne bruke all funksjonalitet i nettsidene må du bytte til en nyere.",
         "Hopp til innholdet"]
BODY = ("Klyngen har fått status som Arena i tre år, og medlemmene har investert i nye prosjekter "
        "sammen med forskningsmiljøene i regionen siden oppstarten.")
LEADS = ["Avtalen gjelder i fem år.", "Avtalen gjeld i fem år.", "The deal runs for five years."]
CASES = 80


def word(rng: random.Random, syllables: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def site_name(rng: random.Random) -> str:
    words = [word(rng) for _ in range(3)]
    return rng.choice([f"{word(rng)} Cluster", f"{word(rng)}nettet", "".join(w[0] for w in words) + " " + " ".join(words)])


def headline(rng: random.Random) -> str:
    place, partner = word(rng), word(rng, 3)
    return rng.choice([f"{place}klyngen får ny avtale med {partner}", f"{place}klynga får ny avtale med {partner}",
                       f"{place} cluster signs a new deal with {partner}"])


def date_lines(rng: random.Random, day: int, month: int, year: int) -> tuple[list[str], list[str]]:
    """A date in one of the forms pages show: (lines above the headline, lines below it)."""
    nb, en = MONTHS_NB[month - 1], MONTHS_EN[month - 1]
    return rng.choice([
        ([], [f"Publisert {day:02}.{month:02}.{year}"]),
        ([], [f"Publisert: {day}. {nb} {year} kl. 10:15"]),
        ([], [f"Skrevet {day:02}/{month:02}/{year}"]),
        ([], [f"Published {en} {day}, {year}"]),
        ([], [f"Date posted: {day}-{en[:3]}-{year}"]),
        ([], [f"{day:02}.{month:02}.{year}10:56"]),
        ([], [f"Innlevert: {day:02}.{month:02}.{year}", f"Sendt: {day:02}.{month:02}.{year + 1}"]),
        ([f"Tirs {day}. {nb[:3]} / Årgang {rng.randint(2, 60)} / Nr {rng.randint(1, 12)} {year}"], []),
        ([f"{day:02}.{month:02}.{year}"], []),
        ([], [f"Sist oppdatert {day:02}.{month:02}.{year + 1}", f"Publisert {day:02}.{month:02}.{year}"]),
        ([], [f"Sist endra {day:02}.{month:02}.{year + 1}", f"Fyrst publisert {day:02}.{month:02}.{year}"]),
        ([], [f"Published: {day:02} {en[:3]} {year}"]),
        ([], [f"{day}. {nb.capitalize()} {year} 15:03 (Sist redigert {day}. {nb.capitalize()} {year} 15:53)"]),
        ([], [f"{en} {day}, {year} (last edited {en} {day}, {year + 1})"]),
    ])


def byline(rng: random.Random, name: str) -> str:
    return rng.choice([f"Av {name}", f"Tekst: {name}", f"By {name}", f"Av {name}/NTB", f"Tekst og foto: {name}",
                       f"Av: {name}/Fjordposten", f"Skrevet av {name}", f"Written by {name}", f"Journalist: {name}",
                       f"Av {name}, journalist", f"Tekst: {name} Foto: Ola Nordmann",
                       f"Kronikk av {name}, dagleg leiar i klynga", f"Guest post by {name}, chair of the board",
                       f"Av {name}, daglig leder i NCE {word(rng)} Cluster"])


def page_head(seed: int) -> tuple[list[str], str, str, str]:
    """The lines of a page, its headline, its publication date and its author."""
    rng = random.Random(seed)
    name = rng.choice([f"{word(rng)} {word(rng, 3)}", f"{word(rng)}-{word(rng)} {word(rng, 3)}",
                       f"{word(rng)} {word(rng)} {word(rng, 3)}"])
    title = headline(rng)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2024)
    above, below = date_lines(rng, day, month, year)
    top = rng.sample(MENUS, rng.randint(0, 5)) + ([site_name(rng)] if rng.random() < 0.5 else [])
    if rng.random() < 0.3:  # a picture's text, then its caption: again, or with its credit
        text = f"Dagleg leiar {word(rng)} {word(rng, 3)} på kaia i {word(rng)}."
        top += [text, rng.choice([text, f"{text} Foto: {word(rng)} {word(rng, 3)}"])]
    if not below:  # the date is above the headline: the byline is below it on its own
        below = [byline(rng, name)]
    elif len(below) == 1 and rng.random() < 0.25:  # the name above the headline, the date below it
        top.append(name)
    elif rng.random() < 0.3:  # name, what the person is, then the date
        below = [name, rng.choice(["Kommunikasjonsrådgiver", "Journalist", "Communication Manager"]), *below]
    else:  # the byline above, between or below the date lines, which keep their order
        below.insert(rng.randint(0, len(below)), byline(rng, name))
    lead = [rng.choice(LEADS)] if rng.random() < 0.4 else []
    return [*top, *above, title, *lead, *below, BODY], title, f"{year}-{month:02}-{day:02}", name


@pytest.mark.parametrize("seed", range(CASES))
def test_a_generated_page_head_gives_headline_date_and_author(seed: int) -> None:
    lines, title, published, author = page_head(seed)
    article = parse_document(RawDocument(source="crawl/side.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert (article.title, (article.published or "")[:10], article.authors, article.paragraphs[-1:]) == (
        title, published, [author], [BODY]), lines
