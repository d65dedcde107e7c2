"""Plain-text articles: the line that reads as the page's headline is the title, then one
paragraph per line. Lines a crawler keeps above the headline (navigation, skip links,
index lines, bare dates, credits, image file names, section labels) are passed over or read
as metadata.

The headline is sought in the page's opening block, the lines before its first paragraph:
the first line there that reads as a headline, unless it is a short label (a section, a
site or publisher name, a link to the site: up to three words) above a line shaped as a
headline ("Nye produkter" above "Ny kontrakt til NCE Instrumentation"), or the list that
follows a "Kategorier" label. A page that opens with a paragraph (a site's blurb) has its
headline right below it only if the headline is repeated there, as crawled listings repeat it.

Passed over too: who said a quote ("- Espen Lie, leder av ..."), a pull quote above it, a
caption opened by a label in capitals, a line of form labels, and everything above a lone
capital letter (an A–Z index's heading: its entry is the page's). Pull quotes, attributions,
quotations with who said them and captions above the headline are kept as captions (docs/metadata.md).

Metadata lines (bylines, dates, lone photo credits) go to ``metadata_lines``;
bullets ("  • ...") lose their bullet; section headings stay as paragraphs.
"""

from __future__ import annotations

import html
import re

from extract.parse.bylines import is_name, is_organisation, split_names
from extract.parse.clean import clean_line
from extract.parse.dates import find_date
from extract.parse.draft import Draft
from extract.parse.forms import opens_with_labels
from extract.parse.head_authors import head_authors
from extract.parse.lines import (breadcrumb_end, classify_line, full_names, has_credit, index_date, is_list_label,
                                 is_not_page_date_label, is_related_heading, is_teaser_link,
                                 names_people_in_picture, opens_with_salutation)

_WORD = re.compile(r"[^\W\d_]+")
# "Foto: Kari Lie", "(t.v.)", "F.v.", and a credit word before the full name that closes a caption ("... foto Kari Lie")
_CREDIT = re.compile(r"(?<!\w)(?:foto|photo|bilde|ill)\s*:|\(t\.\s?[vh]\.?\)|(?<!\w)f\.\s?v\.?(?!\w)"
                     r"|(?<!\w)(?:foto|photo)\s+(?-i:[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{5,}[.!?]\s+[A-ZÆØÅ]")  # not after an abbreviation ("tidl. Rom")
_QUOTES = "\"«“”'"
_CLOSING_QUOTES = "\"»”'"
_DASHES = "-–—"  # a line opened by one is speech
# a long line opened by a label in capitals is a photo's caption ("TEAM NSCC: Et knippe ..."),
# not the article's first paragraph (a short one may be a headline: "BT: Kampflyregningen ...")
_CAPTION_LABEL = re.compile(r"^[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){0,2}:\s")
_DATED_LABEL = re.compile(r"^(?P<label>(?:[A-ZÆØÅ][\w&-]*\s+){0,2}[A-ZÆØÅ][\w&-]*)(?P<colon>:?)\s+(?P<date>\d.*?)\s*$")
_TITLE_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøåéü-]{2,}$")
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,5}$")  # "GCE", "NHO": a name in capitals, not a section label ("INDUSTRI")
_GLUED_LINKS = re.compile(r"[^\W\d_][!?][A-ZÆØÅ]")  # "Besøk oss på Facebook!Send oss en mail": links run together
_CUT_OFF = re.compile(r"[^\W\d_](?:\.\.\.|…)$")  # "Om programveilederen Programmet Norwegian...": a snippet
MIN_CUT_OFF_WORDS = 10  # a snippet is cut off at a length; a headline may trail off ("Og vinneren er...")
_FIELD = re.compile(r"^[A-ZÆØÅ][\w-]*(?: [\w-]+)?:(?:\s+\S+){0,3}$")  # "Upload: others", "View: 0 times"
MAX_HEADLINE_WORDS = 20
MAX_LABEL_WORDS = 3  # "Nye produkter", "Kommunal- og regionaldepartementet", "Go to aakp.no"
MAX_SHORT_HEADLINE_WORDS = 12  # a headline below a label; longer lines are leads or captions
HEAD_WINDOW = 8  # lines below the headline where a byline or a field's date is read as the page's
LIST_WINDOW = 4  # lines below a label where three short ones make a list
REPEAT_WINDOW = 6  # lines after an opening paragraph where a repeated headline is sought
_BULLET = re.compile(r"^[•▪◦●■□‣∙·*]\s+|^[•▪◦●■□‣](?=\w)")  # "• A", and "•A" as lists copied from PDFs write it
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);")


def extract_text(text: str, draft: Draft) -> None:
    """Fill ``draft`` from plain text; the headline is the title unless one is set."""
    if _ENTITY.search(text):
        text = html.unescape(text)
    lines = []
    for raw in text.splitlines():
        line = _BULLET.sub("", clean_line(raw))
        index = None if lines else index_date(line)
        if index:  # "date 2017-10 Klyngen fikk ..." opening the page: its date, then its text
            draft.published = draft.published or index[0]
            line = index[1]
        if line:
            lines.append(line)
    headline, start, opening = (None, 0, 0) if draft.title else _headline(lines)
    opening = min(opening, start + HEAD_WINDOW)  # bylines and fields below the headline are near it
    byline_end = start + HEAD_WINDOW  # a name above a date may follow the lead
    for number, line in enumerate(lines):
        if draft.truncated:
            break
        if headline is not None and headline < number < headline + HEAD_WINDOW:
            draft.add_authors(head_authors(lines, headline, number))  # "Kari Lie er professor ved X."
        if number == headline:
            draft.title = line.rstrip(":").rstrip()
        elif number < byline_end and _is_name_above_date(lines, number):
            draft.add_byline(line)  # "Kari Nordmann" above "Tirsdag" and "06.02.24": a blog's byline
        elif number < byline_end and number and _is_name_above_date(lines, number - 1) and _is_between(line):
            draft.metadata_lines.append(line)  # what the person of a byline is, above its date
        elif number < start and _is_set_off(lines, number):  # roles come from them, events do not
            draft.add_caption(f"{line} {credit}" if (credit := _credit_below(lines, number)) else line)
        elif number < start and _is_photo_text(line):
            draft.add_caption(line)  # "A frå B. Foto: C", "Foto: C" above the headline: the article's photo
        elif number < opening and (date := _label_date(line, field=number >= start)):
            draft.metadata_lines.append(line)  # "FinSHIFT 17.11.2021": a newsletter's or section's date
            draft.published = draft.published or date
        else:
            draft.add_line(line, meta_only=number < start)  # above the article: metadata only


def _headline(lines: list[str]) -> tuple[int | None, int, int]:
    """The number of the headline's line (None if the page has none), of the first line
    of the article (lines above it, labels passed over included, are page furniture) and of
    the first paragraph (the opening block ends there)."""
    candidates = []
    passed, related = [], False
    for number, line in enumerate(lines):
        if _is_paragraph(line) and not _is_pull_quote(lines, number) and not _is_credited(lines, number):
            candidates = candidates or passed  # a "Read more" with no headline below it closed no teaser
            if candidates:
                return (best := _best(lines, candidates)), best, number
            above = _repeated(lines, number + 1)
            if above is None and number and _is_acronym(lines[number - 1]):
                above = number - 1  # "GCE" alone above the page's text: a name in capitals heads it
            return (above, above, number) if above is not None else (None, number, number)
        if _is_index_letter(line):
            candidates = []  # an A–Z index's letter heading: the entry below it is the page's
        elif is_teaser_link(line):
            passed, candidates = candidates or passed, []  # a teaser's "Read more": what is below is the page's
        elif is_related_heading(line) and candidates:
            related = True  # "Lignende dokumenter" below the headline: a list of other pages follows
        elif (not related and reads_as_headline(line) and not _is_tag_list(lines, number)
              and not _is_field(lines, number) and not _is_credited(lines, number)
              and not _is_name_above_date(lines, number) or _is_quoted_headline(lines, number)):
            candidates.append(number)
    candidates = candidates or passed
    return ((best := _best(lines, candidates)), best, len(lines)) if candidates else (None, len(lines), len(lines))


def _best(lines: list[str], candidates: list[int]) -> int:
    """Of the opening block's headline-like lines, the first that is not a label above one.
    A label above a list heads the page ("Klynger" above "A map is loading", "Gruppering av
    klynger", "Arena", ...). The page a breadcrumb trail ends in, repeated below it, is the headline."""
    trail_ends = {end for line in lines[:candidates[-1]] if (end := breadcrumb_end(line))}
    named = [number for number in candidates if lines[number] in trail_ends]
    if named:
        return named[0]
    for here, after in zip(candidates, candidates[1:]):
        if _is_spelled_out(lines[here]):
            continue  # "EMCC European Monitoring Centre on Change": a site's name, not its page's
        if lines[here].endswith(".") and after == here + 1 and _dates_the_page(lines, after + 1):
            continue  # a caption's sentence above the headline and its date ("15.05.2015 | Avisa")
        if (after + 1 == len(lines) or not _is_label_above(lines[here], lines[after])
                or _starts_a_list(lines, after, set(candidates))):
            return here  # a headline has its article below it
    return candidates[-1]


def _dates_the_page(lines: list[str], number: int) -> bool:
    """Whether line ``number`` is a metadata line holding the page's date."""
    info = classify_line(lines[number]) if number < len(lines) else None
    return bool(info and info.kind == "meta" and info.published)


def _starts_a_list(lines: list[str], number: int, candidates: set[int]) -> bool:
    """Three short lines among the four from ``number`` on: items of a list or a menu (as short
    as a label, not closed as a sentence is, not a person's name), not a headline and its article."""
    items = [n in candidates and len(lines[n].split()) <= MAX_LABEL_WORDS and not lines[n].endswith((".", "?", "!"))
             and not full_names(lines[n]) for n in range(number, number + LIST_WINDOW)]
    return sum(items) >= LIST_WINDOW - 1


def _is_label_above(label: str, headline: str) -> bool:
    """A short label above a line that is shaped as a headline: not a sentence closed
    by a full stop or a question mark, not a caption (two sentences, or a credit: "... har
    behov for en oppdatering. Illustrasjonsfoto: Colourbox"), not a list of names, and no
    longer than a headline usually is."""
    return (len(label.split()) <= MAX_LABEL_WORDS and not _shares_a_word(label, headline)
            and len(headline.split()) <= MAX_SHORT_HEADLINE_WORDS and not headline.endswith((".", "?"))
            and not _SENTENCE_BREAK.search(headline) and not has_credit(headline)
            and split_names(headline) is None)


def _shares_a_word(line: str, other: str) -> bool:
    """Whether ``line`` shares a word of four letters or more with ``other``, case aside, and is
    not wholly part of it (a site's name above a headline that names it: "Innovasjon Norge").
    In a name ("Fjord Cluster": its words capitalised) an organisation's word is the name's, not
    shared content ("Cluster management excellence" above "The cluster staff" shares it)."""
    generic = is_name(line)
    words = {word.lower() for word in _WORD.findall(line) if len(word) >= 4 and not (generic and is_organisation(word))}
    others = {word.lower() for word in _WORD.findall(other)}
    return bool(words & others) and not {word.lower() for word in _WORD.findall(line)} <= others


def _is_name_above_date(lines: list[str], number: int) -> bool:
    """A line of full names alone above a date: a byline. A short line without a number may
    stand between them: a weekday ("Tirsdag" above "06.02.24") or what the person is
    ("Communication Manager" above "August 19, 2022", not a name of its own)."""
    return _dated_below(lines, number) and not (number and _dated_below(lines, number - 1))


def _dated_below(lines: list[str], number: int) -> bool:
    """Full names (not a site's name spelled out) above a date, a short line between or not;
    the date a metadata line or a field's ("Innlevert: 01.02.2024")."""
    names = full_names(lines[number])
    if not names or _is_spelled_out(lines[number]):
        return False
    below = lines[number + 1:number + 3]
    if len(below) == 2 and _is_between(below[0]):
        below = below[1:]
    info = classify_line(below[0]) if below else None
    return bool(info and (info.kind == "meta" and (info.published or info.updated) and info.authors in ([], names)
                          or _label_date(below[0], field=True)))


def _is_between(line: str) -> bool:
    """A short line without a number, as a weekday or a job title is, between a byline's name and date."""
    return len(line.split()) <= MAX_LABEL_WORDS and not any(ch.isdigit() for ch in line)


def _is_tag_list(lines: list[str], number: int) -> bool:
    """A line below a "Kategorier" label lists tags, not a headline: its words all capitalised,
    or mostly, when it is no question or sentence and a line that reads as a headline (not
    closed by a full stop, as a lead is) follows ("Aktuelt Bioøkonomi grønn aksellerasjon
    Hamar24" above "Er denne klyngen grønnest?")."""
    line, words = lines[number], lines[number].split()
    if not number or not is_list_label(lines[number - 1]):
        return False
    capitalised = sum(word[:1].isupper() or word[:1].isdigit() for word in words)
    if capitalised == len(words):
        return True
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return (capitalised * 2 > len(words) and not line.endswith((".", "?", "!"))
            and reads_as_headline(following) and not following.endswith("."))


def _repeated(lines: list[str], start: int) -> int | None:
    """The line that follows an opening paragraph (past metadata and boilerplate), when it reads
    as a headline, is neither a sentence closed by a full stop nor a list of names, and is
    repeated in the next few lines."""
    window = lines[start:start + REPEAT_WINDOW]
    for offset, line in enumerate(window):
        if classify_line(line).kind != "body":
            continue
        repeated = (line in window[offset + 1:] and reads_as_headline(line) and not line.endswith(".")
                    and split_names(line) is None)
        return start + offset if repeated else None
    return None


def _is_paragraph(line: str) -> bool:
    """A long line of body text that is neither a caption nor a quotation."""
    return (len(_WORD.findall(line)) > MAX_HEADLINE_WORDS and classify_line(line).kind == "body"
            and not _CREDIT.search(line) and not _CAPTION_LABEL.match(line) and line[0] not in _QUOTES)


def _is_pull_quote(lines: list[str], number: int) -> bool:
    """A line opened by a quotation mark or a dash, above the line that says who said it."""
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return lines[number][0] in _QUOTES + _DASHES and _is_attribution(following)


def _is_quoted_headline(lines: list[str], number: int) -> bool:
    """A short quotation whole on its line, directly above a paragraph (no one said to have said
    it between them): an opinion piece's headline ("«Vi må ha en bedre plan»")."""
    line = lines[number]
    return (line[0] in _QUOTES and line[-1] in _CLOSING_QUOTES and len(_WORD.findall(line)) <= MAX_HEADLINE_WORDS
            and number + 1 < len(lines) and _is_paragraph(lines[number + 1]))


def _is_set_off(lines: list[str], number: int) -> bool:
    """Text set off above the headline that is the article's: a pull quote, who said it, a caption."""
    line = lines[number]
    return (_is_pull_quote(lines, number) or _is_attribution(line) or bool(_CAPTION_LABEL.match(line))
            or _is_credited(lines, number) or _is_quote_with_speaker(line))


def _is_photo_text(line: str) -> bool:
    """A caption with its credit in the line ("Kari Lie i Klyngen. Foto: Ola Dal", "F.v. A, B og C
    (bilde: D)"), a list of the people in a picture ("Fra venstre: A (B), C (D)"), or a lone photo
    credit that names no author ("Foto: Ola Dal")."""
    info = classify_line(line)
    return ((bool(_CREDIT.search(line)) or names_people_in_picture(line)) and not info.authors
            and info.kind in ("body", "meta"))


def _is_quote_with_speaker(line: str) -> bool:
    """A quotation and who said it in one line ("«Vi vokser.» sier daglig leder Kari Lie"): opened
    by a quotation mark, closed by one with two words or more after it."""
    close = max(line.rfind(mark) for mark in _CLOSING_QUOTES)
    return line[0] in _QUOTES and 0 < close and len(line[close + 1:].split()) >= 2


def _is_credited(lines: list[str], number: int) -> bool:
    """A sentence closed by a full stop above a lone photo credit ("Foto: Kari Lie/NTB"): the
    photo's caption (a headline above the credit of the photo below it has no full stop)."""
    return _credit_below(lines, number) is not None


def _credit_below(lines: list[str], number: int) -> str | None:
    """The lone photo credit below a sentence closed by a full stop, past the sentence's
    repeats (an image's text, then its caption); None if there is none."""
    after = next((n for n in range(number + 1, len(lines)) if lines[n] != lines[number]), len(lines))
    following = lines[after] if after < len(lines) and lines[number].endswith(".") else ""
    info = classify_line(following) if has_credit(following) else None
    return following if info and info.kind == "meta" and not info.authors and not info.published else None


def _label_date(line: str, *, field: bool = False) -> str | None:
    """The page's date on a line of a label and a date: above the headline, one to three
    capitalised words ("FinSHIFT 17.11.2021"); below it, in the opening block, only a field's
    label ("Innlevert: 01.02.2024", ``field``). A deadline's or an event's label
    ("Søknadsfrist: 01.03.2024": ``not_page_date_labels`` in ``metadata.yaml``) gives none."""
    match = _label_and_date(line)
    if not match or field and not match["colon"]:
        return None
    return None if is_not_page_date_label(match["label"]) else find_date(match["date"])[0]


def _label_and_date(line: str) -> re.Match[str] | None:
    """A line of one to three capitalised words, a colon or not, and a date only, when no
    keyword makes it a metadata line of its own ("Revidert 27. oktober 2020")."""
    match = _DATED_LABEL.match(line) if classify_line(line).kind == "body" else None
    found = find_date(match["date"]) if match else None
    return match if found and found[1].start() == 0 and found[1].end() == len(match["date"]) else None


def _is_attribution(line: str) -> bool:
    """A name, a comma and what the person is ("Arild Kristensen, daglig leder av ..."): who
    said a quote (after a dash or not), or who is in a photo."""
    name, comma, rest = line.lstrip("-–— ").partition(", ")
    return bool(comma) and len(name.split()) >= 2 and is_name(name) and rest[:1].islower()


def _is_spelled_out(line: str) -> bool:
    """An acronym and the name it stands for ("EMCC European Monitoring Centre on Change",
    "NKS Nasjonalt kompetansesenter sjømat"): its letters open the name's capitalised
    words, or all its words."""
    acronym, _, name = line.partition(" ")
    words = name.split()
    initials = ("".join(word[0] for word in words if word[:1].isupper()), "".join(word[0].upper() for word in words))
    return bool(_ACRONYM.match(acronym)) and len(acronym) >= 3 and acronym in initials


def _is_field(lines: list[str], number: int) -> bool:
    """A short field of a record ("Upload: others" beside "View: 0 times"): one of two or more
    such lines in a row, not a headline opened by a label ("Eiermøte: NCE gir store muligheter")."""
    near = lines[max(number - 1, 0):number + 2]
    return bool(_FIELD.match(lines[number])) and sum(bool(_FIELD.match(line)) for line in near) >= 2


def _is_acronym(line: str) -> bool:
    """A word in capitals of two to five letters, alone on its line, that is no page furniture."""
    return bool(_ACRONYM.match(line)) and classify_line(line).kind == "body"


def _is_cut_off(line: str) -> bool:
    """A snippet cut off by an ellipsis, as a listing shortens a text ("... Programmet Norwegian...")."""
    return bool(_CUT_OFF.search(line)) and len(line.split()) >= MIN_CUT_OFF_WORDS


def _is_index_letter(line: str) -> bool:
    """A lone capital letter: an alphabetical index's heading ("N" above "Norwegian Centres of ...")."""
    return len(line) == 1 and line.isupper()


def reads_as_headline(line: str) -> bool:
    """Whether a line can be the headline: body text (not navigation, metadata or
    boilerplate) of up to twenty words, not a caption with its credit or of the people in a
    picture ("Left to right: ..."), a quotation, who said it, a form's labels ("Tittel:
    Oppdragsgiver: ...") or a name and a date. A
    single word must be written as a word ("Klyngeløft"), not as a label ("INDUSTRI",
    "helse", "23948sdkhjf"); a word and a year may be a headline ("Styreåret 2020")."""
    words = _WORD.findall(line)
    if len(line.split()) == 1 and not _TITLE_WORD.match(line.rstrip(".!?")):
        return False
    return (classify_line(line).kind == "body" and 1 <= len(words) <= MAX_HEADLINE_WORDS
            and not _CREDIT.search(line) and not names_people_in_picture(line) and line[0] not in _QUOTES
            and not _is_attribution(line) and not opens_with_labels(line) and not _label_and_date(line)
            and not opens_with_salutation(line) and not _GLUED_LINKS.search(line) and not _is_cut_off(line))
