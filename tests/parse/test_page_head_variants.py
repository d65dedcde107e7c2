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
        ([], [f"{day}.{nb} {year}"]),
        ([], [rng.choice([f"Innlegget ble sendt til regionavisene {day}. {nb} {year}",
                          f"Kronikken stod på trykk i {word(rng)}posten {day}. {nb} {year}.",
                          f"This article was first published in The {word(rng)} Times on {day} {en} {year}."])]),
    ])


def byline(rng: random.Random, name: str) -> str:
    return rng.choice([f"Av {name}", f"Tekst: {name}", f"By {name}", f"Av {name}/NTB", f"Tekst og foto: {name}",
                       f"Av: {name}/Fjordposten", f"Skrevet av {name}", f"Written by {name}", f"Journalist: {name}",
                       f"Av {name}, journalist", f"Tekst: {name} Foto: Ola Nordmann",
                       f"Kronikk av {name}, dagleg leiar i klynga", f"Guest post by {name}, chair of the board",
                       f"Av {name}, daglig leder i NCE {word(rng)} Cluster", f"Av førsteamanuensis {name}",
                       f"Av dagleg leiar {name}", f"Written by {name}, Communication Manager, {word(rng)} Cluster",
                       f"Av {name}, kommunikasjonsrådgiver, {word(rng)}klyngen"])


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


QUOTES = ["Denne sjansen kunne jeg ikke la gå fra meg", "Dette er ein stor dag for heile regionen",
          "We are proud of what the members have built"]
SPEECH_VERBS = ["sier", "seier", "says", "sier daglig leder", "seier dagleg leiar", "says cluster manager"]
AGE_NOTICES = ["Dette innholdet er mer enn {n} år gammelt.", "Denne artikkelen er over {n} år gammel.",
               "Vennlegast merk: det er over {n} år sidan denne artikkelen sist vart oppdatert!",
               "This article is more than {n} years old.", "This content is over {n} years old."]
PICTURE_OPENERS = ["Fra venstre:", "Frå venstre:", "From left:", "F.v.:"]
MAX_SET_OFF_KINDS = 4  # kinds of set-off text drawn for one head: more would part a picture's text from its caption
BARE_KEYWORDS = ["Publisert", "Sist endra", "Oppdatert", "Posted by", "Av:"]
SPONSOR_LABELS = ["Sponset", "Sponsa", "Sponsored", "Betalt innhold", "Annonsørinnhald", "Sponsored content"]
SLOGAN_ENDS = ["med regional forankring og internasjonal relevans", "for eit grønare Vestlandet", "i hele landet"]
PICTURE_TEXTS = ["Personer i et rom som samarbeider og lærer av hverandre", "Folk i eit rom som samarbeider",
                 "People in a room working together"]


def person(rng: random.Random) -> str:
    return f"{word(rng)} {word(rng, 3)}"


def set_off_lines(rng: random.Random) -> list[str]:
    """Text set off above a headline: a pull quote with who said it (once or twice), a site's
    notice that the page is old, a long list of who is in the picture, menu lines."""
    quote = f"– {rng.choice(QUOTES)}, {rng.choice(SPEECH_VERBS)} {person(rng)}."
    people = ", ".join(f"{rng.choice(['direktør', 'leder', 'styreleiar', 'manager'])} {person(rng)}" for _ in range(5))
    site = f"{word(rng)} {rng.choice(['Norge', 'Noreg', 'Cluster'])}"
    kinds = [[quote] * rng.randint(1, 2), [rng.choice(AGE_NOTICES).format(n=rng.randint(2, 15))],
             [f"{rng.choice(PICTURE_OPENERS)} {people} og {person(rng)} under møtet i klyngen i fjor"],
             rng.sample(MENUS, rng.randint(1, 3)), [rng.choice(SPONSOR_LABELS)], [site * rng.randint(2, 3)],
             [f"{rng.choice(['NASJONALT', 'REGIONALT'])} {word(rng).upper()}INSTITUTT {rng.choice(SLOGAN_ENDS)}"],
             [f"{rng.choice(PICTURE_TEXTS)}{rng.choice(['', ' '])}© {rng.choice(['Getty Images', person(rng)])}"]]
    return [line for kind in rng.sample(kinds, rng.randint(1, MAX_SET_OFF_KINDS)) for line in kind]


def furnished_head(seed: int) -> tuple[list[str], str, str]:
    """A page whose headline has set-off text above it (and a project's period below it or not), or a
    caption's paragraph above it and its date line below, a verb-first headline above a subtitle or
    not, and a keyword left without its value or not; its lines, headline and publication date."""
    rng = random.Random(seed)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2024)
    title, subtitle = rng.choice([
        (headline(rng), []), (f"Vil styrke {word(rng).lower()}klyngene", [f"Statsbudsjettet {year} - {word(rng, 3)}"]),
        (f"Skal styrkje {word(rng).lower()}klyngene", [f"Statsbudsjettet {year} – {word(rng, 3)}"]),
        (f"{rng.choice(['IT', 'KI', 'GIS'])}-{word(rng).lower()}dama", [])])
    above, below = date_lines(rng, day, month, year)
    if rng.random() < 0.4:  # a caption's paragraph, the headline, the page's date right below it
        caption = rng.choice([
            f"{person(rng)} gratulerer {person(rng)} med den nye statusen for klyngen, og i bakgrunnen står "
            f"direktøren i Innovasjon Norge sammen med styret i {word(rng)}klyngen.",
            f"Fylkesrådmann {person(rng)} gratulerer dagleg leiar {person(rng)} med den nye statusen, og i "
            f"bakgrunnen står direktøren i Innovasjon Noreg saman med styret i {word(rng)}klynga.",
            f"Taking part in the cluster projects gives {word(rng)} Ltd access to valuable networks, and "
            f"{person(rng)} is pictured here during the meeting of the cluster in {word(rng)} last autumn."])
        credit = rng.choice([[], [f"Foto: {person(rng)}"], [f"Foto: {person(rng)}/NTB"], [f"Photo: {person(rng)}"]])
        top, below = [caption, *credit], [rng.choice([f"{day:02}.{month:02}.{year} | {word(rng)}foreningen i {word(rng)}",
                                             f"{day:02}.{month:02}.{year} {rng.choice(['Views', 'Visninger', 'Visningar'])}",
                                             f"{day}. {MONTHS_NB[month - 1]} {year}, kl. 10:{day:02} Del Del Del"])]
    else:  # set-off text above; a project's period (two dates joined by a dash) below the headline or not
        top = set_off_lines(rng) + above
        start, end = year - rng.randint(1, 5), year + rng.randint(1, 5)
        period = rng.choice([f"{day:02}.{month:02}.{start} - {day:02}.{month:02}.{end}",
                             f"1. {MONTHS_NB[month - 1]} {start} – 31. desember {end}", f"{start}-01-01 - {end}-12-31"])
        below = [rng.choice(["Prosjektperiode:", "Prosjektvarighet:", "Project period:"]), period] * (rng.random() < 0.3) + below
    bare = [rng.choice(BARE_KEYWORDS)] if rng.random() < 0.3 else []
    return [*top, title, *subtitle, *bare, *below, BODY], title, f"{year}-{month:02}-{day:02}"


@pytest.mark.parametrize("seed", range(CASES))
def test_a_generated_head_with_set_off_text_gives_headline_and_date(seed: int) -> None:
    lines, title, published = furnished_head(seed)
    article = parse_document(RawDocument(source="crawl/side.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert (article.title, (article.published or "")[:10], article.authors, article.paragraphs[-1:]) == (
        title, published, [], [BODY]), lines  # who said a pull quote or is in a picture wrote nothing


DATE_FIELDS = [("Dato: {d}. {nb} {y}", "nb"), ("Utgitt: {d}. {nb} {y}", "nb"), ("Utgjeve: {d}. {nb} {y}", "nn"),
               ("Date: {d} {en} {y}", "en"), ("Dato: {dd}.{mm}.{y}", "nb")]
FORM_LABELS = ["Rapport nr.:", "ISBN nr.:", "Prosjektnummer:", "Oppdragsgiver:", "Emneord:", "Antall sider:",
               "Keywords:", "Pages:", "Tal sider:"]


def report_transcript(seed: int) -> tuple[list[str], str, str, list[str]]:
    """A report's transcript: its title, a cover line closed by a byline, a flattened form whose
    labels come in any order before their values, the form's date in one of its forms."""
    rng = random.Random(seed)
    names = [person(rng) for _ in range(rng.randint(1, 3))]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + rng.choice([" og ", " and "]) + names[-1]
    title = rng.choice([f"Evaluering av {word(rng)}klyngen", f"Evaluering av Arena-prosjektet {word(rng)} {word(rng)}",
                        f"Evaluation of the {word(rng)} Cluster"])
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2024)
    field, _ = rng.choice(DATE_FIELDS)
    date = field.format(d=day, dd=f"{day:02}", mm=f"{month:02}", y=year, nb=MONTHS_NB[month - 1], en=MONTHS_EN[month - 1])
    labels = rng.sample(FORM_LABELS, 3)
    form = (f"{rng.randint(2, 5)} Tittel: {rng.choice(['Forfatter:', 'Oppdragsgiver:'])} {title} {word(rng)} "
            f"{labels[0]} {rng.randint(1, 40)}/{year} {labels[1]} {word(rng).lower()} {date} {labels[2]} {rng.randint(9, 90)}")
    cover = f"1 {word(rng)}-rapport nr. {rng.randint(1, 20):02}/{year} {title} {rng.choice(['av', 'by'])} {joined}"
    lines = [title, *rng.sample(["Transkript", "Save this PDF as:", "Størrelse: px"], rng.randint(0, 3)), cover, form, BODY]
    return lines, title, f"{year}-{month:02}-{day:02}", names


@pytest.mark.parametrize("seed", range(CASES // 2))
def test_a_generated_report_transcript_gives_its_date_and_authors(seed: int) -> None:
    lines, title, published, names = report_transcript(seed)
    article = parse_document(RawDocument(source="crawl/rapport.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert (article.title, article.published, article.authors) == (title, published, names), lines


RECORD_FIELDS = ["Opprettet:", "Oppretta", "Ferdigstilt den", "Completed on:", "Annex completed on:", "Created on",
                 "Submitted on:", "Registrert:"]
PLACES = ["Bodø", "Førde", "Tromsø", "Steinkjer", "Ålesund"]


def dated_document(seed: int) -> tuple[list[str], str]:
    """A page that shows no publication date but dates itself: a record's field at its foot (a date
    in figures, month first where day first is no date, or with the month's name; a meeting's weekday
    and day near the top or not), or an application's place and day closing a line near its top; its
    lines and date."""
    rng = random.Random(seed)
    day, month, year = rng.randint(13, 28), rng.randint(1, 12), rng.randint(2005, 2024)
    nb, en = MONTHS_NB[month - 1], MONTHS_EN[month - 1]
    date = rng.choice([f"{day:02}.{month:02}.{year}", f"{month:02}-{day:02}-{year}", f"{month:02}/{day:02}/{year}",
                       f"{day}. {nb} {year}", f"{en} {day}, {year}"])
    head = [*rng.sample(MENUS, rng.randint(0, 3)), headline(rng)]
    if rng.random() < 0.5:
        foot = [rng.choice(["Kontakt", "Contact details"]), person(rng), f"{rng.choice(RECORD_FIELDS)} {date}"]
        meeting = rng.choice([[], [f"Neste møte: {rng.choice(['Tirsdag', 'Tysdag', 'Fredag'])} {day - 1}. {nb} {year + 1}"],
                              [f"Next meeting: {rng.choice(['Tuesday', 'Friday'])} {day - 1} {en} {year + 1}"]])
        return [*head, *meeting, BODY, *foot], f"{year}-{month:02}-{day:02}"
    place = rng.choice(PLACES) + rng.choice(["", ","])
    opening = f"{rng.randint(1, 3)} {word(rng)} AS Søknad om {rng.choice(['Arena', 'NCE'])}-status {year} {place} {day}. {nb} {year}"
    return [*head, opening, BODY], f"{year}-{month:02}-{day:02}"


@pytest.mark.parametrize("seed", range(CASES // 2))
def test_a_generated_document_that_dates_itself(seed: int) -> None:
    lines, published = dated_document(seed)
    article = parse_document(RawDocument(source="crawl/side.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert article.published == published, lines


@pytest.mark.parametrize("seed", range(CASES))
def test_set_off_text_anywhere_above_a_generated_head_changes_nothing(seed: int) -> None:
    lines, title, published, author = page_head(seed)
    rng = random.Random(seed + 1000)
    at = rng.randint(0, lines.index(title))
    lines = lines[:at] + set_off_lines(rng) + lines[at:]
    article = parse_document(RawDocument(source="crawl/side.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert (article.title, (article.published or "")[:10], article.authors) == (title, published, [author]), lines


AUTHOR_FIELDS = ["Forfatter(e):", "Forfatter(-e):", "Forfattar(ar):", "Author(s):"]
FOREWORDS = ["{n} Forord Arbeidet er gjort våren {y}. Rapporten er utarbeidet av {names}, og {other} har bidratt med data.",
             "{n} Føreord Arbeidet vart gjort våren {y}. Rapporten er utarbeidd av {names}, og {other} har bidrege med data.",
             "{n} Preface The work was done in the spring of {y}. This report was prepared by {names}, and {other} "
             "contributed data."]


def report_cover(seed: int) -> tuple[list[str], str, str, list[str]]:
    """A report's transcript dated by the month on its cover (a page number, its title, its writers, its
    publisher, month and year), its writers named by an author field whose plural is in brackets or by its
    foreword; its lines, title, month and writers."""
    rng = random.Random(seed)
    names = [person(rng) for _ in range(rng.randint(2, 3))]
    joined = ", ".join(names[:-1]) + rng.choice([" og ", " and "]) + names[-1]
    title = rng.choice([f"{word(rng)}klyngens analyse", f"Evaluering av Arena-prosjektet {word(rng)}",
                        f"The {word(rng)} cluster study"])
    month, year = rng.randint(1, 12), rng.randint(1995, 2024)
    month_name = rng.choice([MONTHS_NB, MONTHS_EN])[month - 1].capitalize()
    cover = rng.choice([f"1 Rapport {rng.randint(1, 99):02}{year % 100:02} {joined} {title}",
                        f"1 {title} {joined} {word(rng)}forsking {word(rng)} AS {month_name} {year}"])
    second = f"2 {joined} {title.upper()} Rapport {rng.randint(100, 999)} ISSN ISBN {word(rng)}forsking AS {month_name} {year}"
    if "Rapport" in cover.split()[1:2] or rng.random() < 0.5:
        cover = f"{cover}\n{second}"
    if rng.random() < 0.5:
        writers = (f"3 Tittel: {title} {rng.choice(AUTHOR_FIELDS)} {joined} Rapport nr.: {rng.randint(1, 99)} "
                   f"Prosjektnr.: {rng.randint(100, 9999)}")
    else:
        writers = rng.choice(FOREWORDS).format(n=rng.randint(3, 5), y=year, names=joined, other=person(rng))
    furniture = rng.sample(["Transkript", "Save this PDF as:", "Størrelse: px", f'Download "{title}"'], rng.randint(0, 4))
    return [title, *furniture, *cover.split("\n"), writers, BODY], title, f"{year}-{month:02}", names


@pytest.mark.parametrize("seed", range(CASES // 2))
def test_a_generated_report_cover_gives_its_month_and_its_writers(seed: int) -> None:
    lines, title, month, names = report_cover(seed)
    article = parse_document(RawDocument(source="crawl/rapport.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert (article.title, article.published, article.authors) == (title, month, names), lines


KICKERS = ["{a} kommune og {b} er med:", "{a} kommune og {b} er med:", "{a} council and {b} are on board:"]
INTERVIEW_LEADS = ["{a}klyngen åpner dørene for {p}, ny daglig leder i klyngen.",
                   "{a}klynga opnar dørene for {p}, ny dagleg leiar i klynga.",
                   "The {a} Cluster opens its doors to {p}, its new cluster manager."]


def kicker_or_quoted_head(seed: int) -> tuple[list[str], str]:
    """A headline below a kicker closed by a colon, or an interview's quoted headline above its lead
    sentence; menu lines above or not. Its lines and headline."""
    rng = random.Random(seed)
    menus = rng.sample(MENUS, rng.randint(0, 3))
    if rng.random() < 0.5:
        title = headline(rng)
        return [*menus, rng.choice(KICKERS).format(a=word(rng), b=word(rng).upper()), title, BODY], title
    quote = rng.choice(QUOTES)
    title = rng.choice([f"«{quote}»", f'"{quote}."', f"“{quote}”"])
    lead = rng.choice(INTERVIEW_LEADS).format(a=word(rng), p=person(rng))
    return [*menus, title, lead, BODY], title


@pytest.mark.parametrize("seed", range(CASES // 2))
def test_a_generated_kicker_or_quoted_headline(seed: int) -> None:
    lines, title = kicker_or_quoted_head(seed)
    article = parse_document(RawDocument(source="crawl/side.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert article.title == title, lines


CAPTION_VERBS = ["fortalte om", "fortalde om", "talked about", "viste fram", "synte fram", "presented"]


def captioned_head(seed: int) -> tuple[list[str], str]:
    """A page opened by its photo's caption, no credit and no date below the headline: a sentence
    closed by a full stop (an image's file name above it or not), or a place and year with a credit
    whose first name is an initial ("Kurssenteret 2021/Foto K. Lie"); its lines and headline."""
    rng = random.Random(seed)
    title = headline(rng)
    caption = rng.choice([
        [f"{person(rng)} {rng.choice(CAPTION_VERBS)} {word(rng).lower()}prosjektet i {word(rng)}."],
        [f"{word(rng).lower()}_{rng.randint(1, 99)}.jpg", f"{person(rng)} {rng.choice(CAPTION_VERBS)} klyngen."],
        [f"{word(rng)}{rng.choice([' ' + str(rng.randint(2005, 2024)), ''])}/{rng.choice(['Foto', 'Photo'])} "
         f"{word(rng)[0]}. {word(rng, 3)}"]])
    return [*caption, title, BODY], title


@pytest.mark.parametrize("seed", range(CASES // 2))
def test_a_generated_caption_above_the_headline_is_no_headline(seed: int) -> None:
    lines, title = captioned_head(seed)
    article = parse_document(RawDocument(source="crawl/side.txt", kind="text", data="\n".join(lines).encode("utf-8")))
    assert article.title == title, lines
