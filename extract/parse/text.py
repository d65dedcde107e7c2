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

from extract.parse.boilerplate import breadcrumb_end
from extract.parse.bylines import is_name, is_organisation, names_people, split_names
from extract.parse.clean import clean_line
from extract.parse.draft import Draft
from extract.parse.forms import opens_with_labels, repeats_on_cover
from extract.parse.furniture import is_speech_with_speaker, opens_with_verb
from extract.parse.head_authors import head_authors
from extract.parse.head_furniture import (PICTURE_WINDOW, closes_with_credit, download_title, ends_in_web_address,
                                          is_above_caption, is_document_title, is_picture_text, may_name_people, unglue_credits)
from extract.parse.line_shapes import (is_acronym, is_attribution, is_cut_off, is_glued_repeat, is_index_letter,
                                       is_period, is_record_number, is_slogan, is_spelled_out, label_and_date, label_date)
from extract.parse.lines import (classify_line, full_names, has_credit, index_date, is_list_label,
                                 is_related_heading, is_teaser_link,
                                 names_people_in_picture, opens_with_salutation)

_WORD = re.compile(r"[^\W\d_]+")
# "Foto: Kari Lie", "(t.v.)", "F.v.", a credit word before the full name closing a caption ("... foto Kari Lie", "/Foto K. Lie")
_CREDIT = re.compile(r"(?<!\w)(?:foto|photo|bilde|ill)\s*:|\(t\.\s?[vh]\.?\)|(?<!\w)f\.\s?v\.?(?!\w)"
                     r"|(?<!\w)(?:foto|photo)\s+(?-i:[A-ZÆØÅ](?:[\w-]+|\.)(?:\s+[A-ZÆØÅ][\w-]+){1,3})$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{5,}[.!?]\s+[A-ZÆØÅ]")  # not after an abbreviation ("tidl. Rom")
_QUOTES = "\"«“”'"
_CLOSING_QUOTES = "\"»”'"
_DASHES = "-–—"  # a line opened by one is speech
# a long line opened by a label in capitals is a photo's caption ("TEAM NSCC: Et knippe ..."),
# not the article's first paragraph (a short one may be a headline: "BT: Kampflyregningen ...")
_CAPTION_LABEL = re.compile(r"^[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){0,2}:\s")
_TITLE_WORD = re.compile(r"^(?:[A-ZÆØÅ]{2,5}-|[A-ZÆØÅ])[a-zæøåéü-]{2,}$")  # "Klyngeløft", "IT-klyngedama"
_GLUED_LINKS = re.compile(r"[^\W\d_][!?][A-ZÆØÅ]")  # "Besøk oss på Facebook!Send oss en mail": links run together
_FULL_NAME = re.compile(r"[A-ZÆØÅ][a-zæøåé-]+ [A-ZÆØÅ][a-zæøåé-]+")  # "Kari Lie", named in a caption
_FIELD = re.compile(r"^[A-ZÆØÅ][\w-]*(?: [\w-]+)?:(?:\s+\S+){0,3}$")  # "Upload: others", "View: 0 times"
MAX_HEADLINE_WORDS = 20
MAX_LABEL_WORDS = 3  # "Nye produkter", "Kommunal- og regionaldepartementet", "Go to aakp.no"
MAX_SHORT_HEADLINE_WORDS = 12  # a headline below a label; longer lines are leads or captions
HEAD_WINDOW = 8  # lines below the headline where a byline or a field's date is read as the page's
BELOW_HEADLINE = 2  # lines below a headline where the date of a byline set above it stands (a lead between)
LIST_WINDOW = 4  # lines below a label where three short ones make a list
REPEAT_WINDOW = 6  # lines after an opening paragraph where a repeated headline is sought
_BULLET = re.compile(r"^[•▪◦●■□‣∙·*]\s+|^[•▪◦●■□‣](?=\w)")  # "• A", and "•A" as lists copied from PDFs write it
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);")


def extract_text(text: str, draft: Draft) -> None:
    """Fill ``draft`` from plain text; the headline is the title unless one is set."""
    if _ENTITY.search(text):
        text = html.unescape(text)
    lines = []
    for raw in unglue_credits(text).splitlines():
        line = _BULLET.sub("", clean_line(raw))
        index = None if lines else index_date(line)
        if index:  # "date 2017-10 Klyngen fikk ..." opening the page: its date, then its text
            draft.published = draft.published or index[0]
            line = index[1]
        if line:
            lines.append(line)
    headline, start, opening = (None, 0, 0) if draft.title else _headline(lines)
    if headline is None and not draft.title:  # no headline above the article: the page its breadcrumb trail ends in
        draft.title = next((end for line in lines[:start] if (end := breadcrumb_end(line))), "")
    opening = min(opening, start + HEAD_WINDOW)  # bylines and fields below the headline are near it
    byline_end = start + HEAD_WINDOW  # a name above a date may follow the lead
    for number, line in enumerate(lines):
        if draft.truncated:
            break
        if headline is not None and headline < number < headline + HEAD_WINDOW:
            draft.add_authors(head_authors(lines, headline, number))  # "Kari Lie er professor ved X."
        if number == headline:
            draft.set_title(line)
        elif number < byline_end and _is_name_above_date(lines, number):
            draft.add_byline(line)  # "Kari Nordmann" above "Tirsdag" and "06.02.24": a blog's byline
        elif number < byline_end and number and _is_name_above_date(lines, number - 1) and _is_between(line):
            draft.metadata_lines.append(f"{lines[number - 1]}, {line}")  # the byline's name and what the person is
        elif headline is not None and number < headline and _byline_above(lines, number) == headline:
            draft.add_byline(line)  # "Kari Lie" above the headline (menus between or not), its date below it
        elif number < start and (_is_set_off(lines, number) or number + 1 == headline and line.endswith(".")):
            draft.add_caption(f"{line} {credit}" if (credit := _credit_below(lines, number)) else line)  # roles, no events
        elif number < start and _is_photo_text(line):
            draft.add_caption(line)  # "A frå B. Foto: C", "Foto: C" above the headline: the article's photo
        elif number < opening and (date := label_date(line, field=number >= start)):
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
        if (_is_paragraph(line) and not _is_pull_quote(lines, number) and not _is_credited(lines, number)
                and not _is_picture_text(lines, number) and not _continues_caption(lines, number)):
            candidates = candidates or passed  # a "Read more" with no headline below it closed no teaser
            if candidates:
                return (best := _best(lines, candidates)), best, number
            above = _repeated(lines, number + 1)
            if above is None and _is_above_its_date(lines, number + 1):
                above = number + 1  # a caption's paragraph above the headline and the page's date
            if above is None and number and is_acronym(lines[number - 1]):
                above = number - 1  # "GCE" alone above the page's text: a name in capitals heads it
            if above is None and is_document_title(lines, number):
                above = number  # "Innstilling fra ... i Norge" above "Innhold": a document's long title
            return (above, above, number) if above is not None else (None, number, number)
        if is_index_letter(line):
            candidates = []  # an A–Z index's letter heading: the entry below it is the page's
        elif is_teaser_link(line):
            passed, candidates = candidates or passed, []  # a teaser's "Read more": what is below is the page's
        elif is_related_heading(line) and candidates:
            related = True  # "Lignende dokumenter" below the headline: a list of other pages follows
        elif (not related and reads_as_headline(line) and not _is_tag_list(lines, number)
              and not _is_field(lines, number) and not _is_credited(lines, number)
              and not _is_name_above_date(lines, number) and _byline_above(lines, number) is None
              and not _is_picture_text(lines, number)
              or _is_quoted_headline(lines, number)):
            candidates.append(number)
    candidates = candidates or passed
    if candidates:
        return (best := _best(lines, candidates)), best, len(lines)
    # no paragraph but one opened by a label in capitals: no caption, a dateline ("NAMSOS: Fredag ble ...")
    opening = next((n for n, line in enumerate(lines) if _CAPTION_LABEL.match(line) and _is_long(line)), len(lines))
    return None, opening, opening


def _best(lines: list[str], candidates: list[int]) -> int:
    """Of the opening block's headline-like lines, the first that is not a label above one.
    A label above a list heads the page ("Klynger" above "A map is loading", "Gruppering av
    klynger", "Arena", ...). The page a breadcrumb trail ends in, repeated below it, is the headline."""
    trail_ends = {end for line in lines[:candidates[-1] + 1] if (end := breadcrumb_end(line) or download_title(line))}
    named = [number for number in candidates if lines[number] in trail_ends]
    if named:
        return named[0]
    for here, after in zip(candidates, candidates[1:]):
        if is_spelled_out(lines[here]):
            continue  # "EMCC European Monitoring Centre on Change": a site's name, not its page's
        if lines[here].endswith(".") and after == here + 1 and not lines[after].endswith((".", ":")):
            continue  # a caption's sentence above the headline, which no full stop closes
        if lines[here].endswith(":") and after == here + 1 and lines[after][0] not in _QUOTES + _DASHES:
            continue  # a kicker closed by a colon above the headline ("Harstad er med:"); above speech, the headline
        if (after + 1 == len(lines) or not _is_label_above(lines[here], lines[after])
                or _starts_a_list(lines, after, set(candidates))):
            return here  # a headline has its article below it
    return candidates[-1]


def _is_picture_text(lines: list[str], number: int) -> bool:
    """A picture's text above its caption; above another caption only with no headline-like line above."""
    return is_picture_text(lines, number, _is_set_off_line) or is_above_caption(lines, number) and not any(
        map(reads_as_headline, lines[:number]))


def _byline_above(lines: list[str], number: int) -> int | None:
    """The line that reads as a headline below full names alone, the page's date just below it
    ("Kari Lie" above "Klyngen får ny avtale" above "27. mai 2020", a lead between or not; lines
    set off from the article between the names and the headline or not): the names are its byline.
    None if ``number`` is no such byline."""
    if not may_name_people(lines[number]) or not full_names(lines[number]) or is_spelled_out(lines[number]):
        return None
    below = next((n for n in range(number + 1, min(number + 1 + HEAD_WINDOW, len(lines)))
                  if not _is_set_off_line(lines[n])), None)
    dated = below is not None and any(_dates_the_page(lines, n) for n in range(below + 1, below + 1 + BELOW_HEADLINE))
    return below if dated and reads_as_headline(lines[below]) else None


def _is_set_off_line(line: str) -> bool:
    """A line that is neither a headline, a paragraph nor metadata: page furniture (a menu, a
    notice) or text set off from the article (a pull quote, who is in a picture)."""
    return not reads_as_headline(line) and not _is_paragraph(line) and classify_line(line).kind != "meta"


def _is_above_its_date(lines: list[str], number: int) -> bool:
    """A line shaped as a headline (no sentence closed by a full stop, no list of names) above the
    line that dates the page, short lines between or not (a subtitle, a keyword without its value)."""
    line = lines[number] if number < len(lines) else ""
    below = next((n for n in range(number + 1, min(number + 4, len(lines))) if _is_long(lines[n])
                  or _dates_the_page(lines, n)), None)
    return (reads_as_headline(line) and not line.endswith(".") and not names_people(line)
            and below is not None and _dates_the_page(lines, below))


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
    behov for en oppdatering. Illustrasjonsfoto: Colourbox"), not a list of names, not a report's
    cover repeating the label (with its byline, or ending a numbered page), no longer than a headline usually is."""
    return (len(label.split()) <= MAX_LABEL_WORDS and not _shares_a_word(label, headline)
            and not opens_with_verb(label)  # "Vil styrke klyngene": a clause, not a label
            and len(headline.split()) <= MAX_SHORT_HEADLINE_WORDS and not headline.endswith((".", "?"))
            and not _SENTENCE_BREAK.search(headline) and not has_credit(headline)
            and not names_people(headline) and not repeats_on_cover(headline, label))


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
    if not names or is_spelled_out(lines[number]):
        return False
    below = lines[number + 1:number + 3]
    if len(below) == 2 and _is_between(below[0]):
        below = below[1:]
    info = classify_line(below[0]) if below else None
    return bool(info and (info.kind == "meta" and (info.published or info.updated) and info.authors in ([], names)
                          or label_date(below[0], field=True)))


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


def _is_long(line: str) -> bool:
    """A line of body text longer than a headline."""
    return len(_WORD.findall(line)) > MAX_HEADLINE_WORDS and classify_line(line).kind == "body"


def _is_paragraph(line: str) -> bool:
    """A long line of body text that is neither a caption, a quotation nor a list of who is in a picture."""
    return (_is_long(line) and not _CREDIT.search(line) and not _CAPTION_LABEL.match(line)
            and line[0] not in _QUOTES and not names_people_in_picture(line) and not closes_with_credit(line))


def _is_pull_quote(lines: list[str], number: int) -> bool:
    """A line opened by a quotation mark or a dash, above the line that says who said it."""
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return lines[number][0] in _QUOTES + _DASHES and is_attribution(following)


def _is_quoted_headline(lines: list[str], number: int) -> bool:
    """A short quotation whole on its line, directly above a paragraph or a lead closed by a full stop
    and a paragraph (no one said to have said it between them): an interview's or an opinion piece's
    headline ("«Vi må ha en bedre plan»")."""
    line, below = lines[number], lines[number + 1:number + 3]
    return (line[0] in _QUOTES and line[-1] in _CLOSING_QUOTES and len(_WORD.findall(line)) <= MAX_HEADLINE_WORDS
            and bool(below) and (_is_paragraph(below[0]) or len(below) == 2 and below[0].endswith(".")
                                 and not is_attribution(below[0]) and _is_paragraph(below[1])))


def _is_set_off(lines: list[str], number: int) -> bool:
    """Text set off above the headline that is the article's: a pull quote, who said it, a caption."""
    line = lines[number]
    return (_is_pull_quote(lines, number) or is_attribution(line) or bool(_CAPTION_LABEL.match(line))
            or _is_credited(lines, number) or _is_quote_with_speaker(line) or is_speech_with_speaker(line)
            or _is_picture_text(lines, number) or _continues_caption(lines, number))


def _continues_caption(lines: list[str], number: int) -> bool:
    """A paragraph below a caption closed by a credit that goes on about a person the caption names
    ("Kari Lie og Per Vik. Foto." above "Kari Lie har ..."), a headline below it: the caption's text."""
    if not number or not closes_with_credit(lines[number - 1]) or number + 1 == len(lines) \
            or not reads_as_headline(lines[number + 1]):
        return False
    return any(name in lines[number] for name in _FULL_NAME.findall(lines[number - 1]))


def _is_photo_text(line: str) -> bool:
    """A caption with its credit in the line ("Kari Lie i Klyngen. Foto: Ola Dal", "F.v. A, B og C
    (bilde: D)"), a list of the people in a picture ("Fra venstre: A (B), C (D)"), or a lone photo
    credit that names no author ("Foto: Ola Dal")."""
    info = classify_line(line)
    return ((bool(_CREDIT.search(line)) or names_people_in_picture(line) or closes_with_credit(line)) and not info.authors
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
    after = next((n for n in range(number + 1, min(number + 1 + PICTURE_WINDOW, len(lines)))
                  if lines[n] != lines[number]), len(lines))
    following = lines[after] if after < len(lines) and lines[number].endswith(".") else ""
    info = classify_line(following) if has_credit(following) else None
    return following if info and info.kind == "meta" and not info.authors and not info.published else None


def _is_field(lines: list[str], number: int) -> bool:
    """A short field of a record ("Upload: others" beside "View: 0 times"): one of two or more
    such lines in a row, not a headline opened by a label ("Eiermøte: NCE gir store muligheter");
    or a label above its period ("Project period:" above "1. april 2006 – 31. desember 2014")."""
    if lines[number].endswith(":") and number + 1 < len(lines) and is_period(lines[number + 1]):
        return True
    near = lines[max(number - 1, 0):number + 2]
    return bool(_FIELD.match(lines[number])) and sum(bool(_FIELD.match(line)) for line in near) >= 2


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
            and not is_attribution(line) and not opens_with_labels(line) and not label_and_date(line)
            and not opens_with_salutation(line) and not _GLUED_LINKS.search(line) and not is_cut_off(line)
            and not closes_with_credit(line) and not ends_in_web_address(line) and not is_speech_with_speaker(line)
            and not is_glued_repeat(line) and not is_slogan(line) and not is_period(line) and not is_record_number(line))
