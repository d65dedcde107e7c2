"""Shapes of single lines near a page's head that ``text`` weighs when it seeks the headline: a
label and a date, who said a quote, an acronym spelled out, a snippet cut off, an index letter, a
logo's text repeated, an institute's slogan, a period of two dates."""

from __future__ import annotations

import re

from extract.parse.bylines import is_name
from extract.parse.dates import find_date
from extract.parse.furniture import opens_with_verb
from extract.parse.lines import classify_line, is_not_page_date_label

_DATED_LABEL = re.compile(r"^(?P<label>(?:[A-ZÆØÅ][\w&-]*\s+){0,2}[A-ZÆØÅ][\w&-]*)(?P<colon>:?)\s+(?P<date>\d.*?)\s*$")
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,5}$")  # "GCE", "NHO": a name in capitals, not a section label ("INDUSTRI")
_CUT_OFF = re.compile(r"[^\W\d_](?:\.\.\.|…)$")  # "Om programveilederen Programmet Norwegian...": a snippet
# "Innovasjon NorgeInnovasjon NorgeInnovasjon Norge": a logo's text rendered again and again, glued
_GLUED_REPEATS = re.compile(r"^(?P<text>\S.{2,}?)(?P=text)+$")
# "NASJONALT FORSKNINGSINSTITUTT med regional forankring": an institute's slogan, opened by words in capitals
_SLOGAN = re.compile(r"^[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,})+ [a-zæøå]")
MIN_SLOGAN_CAPITALS = 5  # letters of the longest word in capitals: "NCE AS" is names, not a slogan's words
_DASH = re.compile(r"\s*[-–—]\s*")
# "Type/nr R01/07", "Rapport nr. 05/2010": a record's number after its label, a slash or a letter in it
_RECORD_NUMBER = re.compile(r"^(?:[\w-]+[ /])?(?:nr|no)\.?:?\s+(?=\S*\d)(?=\S*[/A-Za-z])\S+$", re.IGNORECASE)
MIN_CUT_OFF_WORDS = 10  # a snippet is cut off at a length; a headline may trail off ("Og vinneren er...")


def label_date(line: str, *, field: bool = False) -> str | None:
    """The page's date on a line of a label and a date: above the headline, one to three
    capitalised words ("FinSHIFT 17.11.2021"); below it, in the opening block, only a field's
    label ("Innlevert: 01.02.2024", ``field``). A deadline's or an event's label
    ("Søknadsfrist: 01.03.2024": ``not_page_date_labels`` in ``metadata.yaml``) gives none."""
    match = label_and_date(line)
    if not match or field and not match["colon"]:
        return None
    return None if is_not_page_date_label(match["label"]) else find_date(match["date"])[0]


def label_and_date(line: str) -> re.Match[str] | None:
    """A line of one to three capitalised words, a colon or not, and a date only, when no
    keyword makes it a metadata line of its own ("Revidert 27. oktober 2020")."""
    match = _DATED_LABEL.match(line) if classify_line(line).kind == "body" else None
    found = find_date(match["date"]) if match else None
    return match if found and found[1].start() == 0 and found[1].end() == len(match["date"]) else None


def is_attribution(line: str) -> bool:
    """A name, a comma and what the person is ("Arild Kristensen, daglig leder av ..."): who
    said a quote (after a dash or not), or who is in a photo; a byline ("Av Kari Lie, daglig leder
    i X") is none."""
    name, comma, rest = line.lstrip("-–— ").partition(", ")
    return (bool(comma) and len(name.split()) >= 2 and is_name(name) and rest[:1].islower()
            and not classify_line(line).authors)


def is_spelled_out(line: str) -> bool:
    """An acronym and the name it stands for ("EMCC European Monitoring Centre on Change",
    "NKS Nasjonalt kompetansesenter sjømat"): its letters open the name's capitalised
    words, or all its words."""
    acronym, _, name = line.partition(" ")
    words = name.split()
    initials = ("".join(word[0] for word in words if word[:1].isupper()), "".join(word[0].upper() for word in words))
    return bool(_ACRONYM.match(acronym)) and len(acronym) >= 3 and acronym in initials


def is_acronym(line: str) -> bool:
    """A word in capitals of two to five letters, alone on its line, that is no page furniture."""
    return bool(_ACRONYM.match(line)) and classify_line(line).kind == "body"


def is_cut_off(line: str) -> bool:
    """A snippet cut off by an ellipsis, as a listing shortens a text ("... Programmet Norwegian...")."""
    return bool(_CUT_OFF.search(line)) and len(line.split()) >= MIN_CUT_OFF_WORDS


def is_index_letter(line: str) -> bool:
    """A lone capital letter: an alphabetical index's heading ("N" above "Norwegian Centres of ...")."""
    return len(line) == 1 and line.isupper()


def is_glued_repeat(line: str) -> bool:
    """The same text two or more times run together ("Innovasjon NorgeInnovasjon Norge"): a logo's."""
    return bool(_GLUED_REPEATS.match(line))


def is_slogan(line: str) -> bool:
    """A line opened by two words or more in capitals, one of them long, that goes on in lower case
    and not with a verb ("NASJONALT FORSKNINGSINSTITUTT med regional forankring"): a slogan, no headline
    ("GCE OCEAN TECHNOLOGY får ny leder" is none: a name in capitals, then a verb)."""
    found = _SLOGAN.match(line)
    return (bool(found) and max(map(len, found.group()[:-1].split())) >= MIN_SLOGAN_CAPITALS
            and not opens_with_verb(line[found.end() - 1:]))


def is_period(line: str) -> bool:
    """Two dates joined by a dash and nothing else ("1. mai 2004 – 31. desember 2008"): a project's period."""
    first = find_date(line)
    dash = _DASH.match(line, first[1].end()) if first and first[1].start() == 0 else None
    second = find_date(line[dash.end():]) if dash else None
    return bool(second) and second[1].start() == 0 and dash.end() + second[1].end() == len(line.rstrip())


def is_record_number(line: str) -> bool:
    """A label and a record's number alone ("Type/nr R01/07", "Rapport nr. 05/2010"): a report's field, no headline."""
    return bool(_RECORD_NUMBER.match(line))
