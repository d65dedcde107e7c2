"""Report forms as a PDF transcript flattens them: a run of field labels, then their values
in the same order, all on one line ("Prosjektleder: Forfattere: Kort sammendrag: Harald Furre
Harald Furre, André Flatnes og Arne Isaksen NCE NODE ble etablert ...").

When the run holds an author field (``author_fields`` in ``metadata.yaml``), the authors are
the list of names after the run: two or more names of two to four capitalised words, joined
by commas and "og"/"and"/"&". The values of the fields before the author field run into the
list's first name; it is read as its last two words. A capitalised word that ends the last
name and is followed by a lower-case one opens the next value ("Ann Lee The cluster ..."), as
does an organisation word in it ("Harald Furre Arena Vindenergi ble etablert ...": the next value
opens with "Arena").
A label on a line of its own with its value after it ("Forfattere: A, B og C") is a byline,
read by ``lines``. Two more forms lose their layout in a transcript: a byline word or author field
with its colon inside a line, its full names closing it ("... (Rapport nr. 40/2012) Av: A, B og C")
or followed by the next field's label ("Authors: A, B and C Quality assurer: D"),
and a table's row whose cells are run together, an author label without its colon opening a line
("Author Kari Lie, FAFO and Eurofound": ``author_row_labels``); each names the full names only.

The form's date field (``form_date_fields``: "... Emneord: ... Dato: 22. mars 2010 Antall sider: 55")
dates the report. Where the page shows no publication date, a field that dates the document itself
(``document_date_fields``: "Annex completed on: 03-18-2015") or its place and day near its top ("Søknad
2011 Tromsø 1. april 2011", not after a word of a sentence: "møtet i Tromsø 1. april 2011") gives it, as does a
report's number and year opening a line of its first pages ("5 FoU rapport nr. 3/2009 ...": 2009).
A report's cover, as a transcript gives it, holds its title, then a byline word and the names that
close the line ("1 Rapport nr. 5/2010 Evaluering av Klyngen av Kari Lie"), or the names alone on the
line below the title: its authors.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import alternation, load, months
from extract.parse.bylines import DATA_DIR, PLURAL, is_organisation, split_names  # parse's own YAML files
from extract.parse.dates import find_date
from extract.parse.lines import full_names

MIN_RUN_LABELS = 2
MAX_LIST_CHARS = 400  # the values sought after the run
MIN_COVER_NAMES = 2  # one name alone below a title may be a caption's or a contact's
FIRST_NAME_WORDS = 2  # words kept of a first name the values before it run into
_WORD = r"[A-ZÆØÅÄÖÜÉ][a-zæøåäöüéèáó'’-]+"
_NAME = rf"{_WORD}(?: (?:[A-ZÆØÅ]\.|{_WORD})){{1,3}}"
_SEPARATOR = r"(?:, | og | and | & )"
_SENTENCE_GOES_ON = re.compile(r" [a-zæøå]")  # after a capitalised word that opens the next value


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    label = rf"[A-ZÆØÅ][\wæøå-]*{PLURAL}(?: [a-zæøå][\wæøå-]*\.?){{0,2}}:"  # "Forfatter(e):", "Rapport nr.:"
    meta = load(DATA_DIR, "metadata")
    bylines = alternation(meta["byline"] + meta["author_fields"], space=" ")
    return {
        # the names close the line, or the next field's label follows them ("... Quality assurer: ...")
        "inline_byline": re.compile(rf"(?<=\s)(?:{bylines}){PLURAL}:\s+(?P<names>[A-ZÆØÅ][^:]{{3,200}}?)(?:\.?$|\s+(?={label}))"),
        "author_row": re.compile(rf"^(?:{alternation(meta['author_row_labels'], space=' ')})\s+(?P<names>[A-ZÆØÅ].{{3,200}})$"),
        "date_field": re.compile(rf"(?<!\S){alternation(meta['form_date_fields'], space=' ')}:\s+(?P<rest>.{{0,40}})"),
        "document_field": re.compile(rf"^(?:[\w-]+\s+){{0,2}}?(?i:{alternation(meta['document_date_fields'], space=' ')})"
                                     r"\s*:?\s+(?P<rest>\S.{0,40})$"),
        # "5 FoU rapport nr. 3/2009 Klyngegovernance ...": a report's number and year opening a cover's line
        "report_number": re.compile(rf"^(?:(?:\d+|\w*[A-ZÆØÅ]\w*[A-ZÆØÅ]\w*)\s+){{0,2}}?(?i:{alternation(meta['report_number_nouns'], space=' ')})"
                                    r"\s+(?i:nr|no)\.?\s*\d{1,3}\s*/\s*(?P<year>(?:19|20)\d{2})(?!\d)"),
        "signed": re.compile(r"(?:^|(?<=[\d.!?:)] ))(?P<place>[A-ZÆØÅ][a-zæøå-]+),?\s+(?P<rest>\d{1,2}\.?\s*\w+\s+\d{4})\s*$"),
        "cover": re.compile(rf"\s+(?i:{alternation(meta['byline'], space=' ')})\s+"
                            rf"(?P<names>{_NAME}(?:{_SEPARATOR}{_NAME})*)\s*"),
        "run": re.compile(rf"(?<!\S)(?:{label}\s+){{{MIN_RUN_LABELS},}}"),
        "label": re.compile(label),
        "list": re.compile(rf"{_NAME}(?:{_SEPARATOR}{_NAME})+(?![\w'’-])"),
        "separator": re.compile(_SEPARATOR),
        "page": re.compile(r"^\d{1,3} (?=\S)"),  # a transcript's page opened by its number
        "preface": re.compile(rf"^(?:\d{{1,3}}\s+)?{alternation(meta['preface_headings'])}(?!\w)"),
        "preface_byline": re.compile(rf"(?<!\w)(?i:{alternation(meta['document_nouns'])})\s+"
                                     rf"(?:{alternation(meta['document_auxiliaries'])})\s+(?:[a-zæøå]+\s+)?"
                                     rf"(?:{alternation(meta['writing_participles'])})\s+(?:av|by)\s+"
                                     rf"(?P<names>{_NAME}(?:{_SEPARATOR}{_NAME})*)"),
        # "... Møreforsking Molde AS Mai 2009" on a transcript's first pages (opened by their number): the cover's date
        "cover_month": re.compile(rf"^[12]\s(?:.*\s)?(?<![\d.]\s)(?P<month>{_cover_months()})\s+(?P<year>(?:19|20)\d{{2}})(?![\d.])"),
    }


def _cover_months() -> str:
    """The months' names capitalised, as a cover writes them ("September 2003", "Mai 2009")."""
    return alternation(sorted({name.capitalize() for name in (*months()["names"], *months()["english"])}))


def is_author_field(label: str) -> bool:
    """Whether a form label ("Forfattere", "Utarbeidd av") names the authors."""
    fields = {field.lower() for field in load(DATA_DIR, "metadata")["author_fields"]}
    return re.sub(PLURAL + "$", "", label.rstrip(": ")).lower() in fields


def opens_with_labels(line: str) -> bool:
    """Whether a line opens with a run of form labels ("Tittel: Oppdragsgiver: ...")."""
    return bool(_regexes()["run"].match(line))


def form_authors(line: str) -> list[str]:
    """The authors a flattened form names (see the module's docstring); [] if none."""
    for run in _regexes()["run"].finditer(line):
        labels = _regexes()["label"].findall(run.group())
        position = next((i for i, label in enumerate(labels) if is_author_field(label)), None)
        if position is None:
            continue
        found = _regexes()["list"].search(line, run.end(), run.end() + MAX_LIST_CHARS)
        if found:
            names = _regexes()["separator"].split(found.group())
            if position:  # the values of the fields before run into the first name
                names[0] = " ".join(names[0].split()[-FIRST_NAME_WORDS:])
            last = names[-1].split()
            if len(last) > FIRST_NAME_WORDS:
                names[-1] = _before_next_value(last, bool(_SENTENCE_GOES_ON.match(line, found.end())))
            return names
    return _inline_authors(line)


def _inline_authors(line: str) -> list[str]:
    """The full names of a byline inside a transcript's line or of a table's author row ("Author
    Kari Lie, FAFO": an organisation after the names is none); [] if none."""
    found = _regexes()["inline_byline"].search(line) or _regexes()["author_row"].match(line)
    names = split_names(found["names"]) if found else None
    return [name for name in names[0] if full_names(name)] if names else []


def _before_next_value(words: list[str], sentence_goes_on: bool) -> str:
    """The last name of a list, whose words may run into the next field's value: up to its
    first organisation word after two words ("Harald Furre Arena Vindenergi ..."), else less its
    last word when a sentence goes on after it ("Ann Lee The cluster ...")."""
    default = len(words) - 1 if sentence_goes_on else len(words)
    cut = next((i for i in range(FIRST_NAME_WORDS, len(words)) if is_organisation(words[i])), default)
    return " ".join(words[:cut])


def form_date(line: str) -> str | None:
    """The date in a flattened form's date field (see the module's docstring); None if none."""
    found = _regexes()["date_field"].search(line)
    found = found if found and _regexes()["run"].search(line) else None
    date = find_date(found["rest"]) if found else None
    return date[0] if date and date[1].start() == 0 else None


def repeats_on_cover(line: str, title: str) -> bool:
    """Whether ``line`` is a report's cover below its ``title``: the title closed by a byline word and
    names, or a transcript's page opened by its number that ends in the title of two words or more
    ("1 Rapport 0902 Kari Lie og Per Vik Tangbransjens klyngeanalyse")."""
    return bool(cover_authors(line, title)) or (len(title.split()) > 1 and bool(_regexes()["page"].match(line))
                                                and line.endswith(title))


def cover_authors(line: str, title: str) -> list[str]:
    """The names after a byline word that close a line holding the report's ``title``; [] if none."""
    at = line.find(title) if len(title.split()) > 1 else -1
    found = _regexes()["cover"].fullmatch(line, at + len(title)) if at >= 0 else None
    return _regexes()["separator"].split(found["names"]) if found else []


def preface_authors(line: str, previous: str) -> list[str]:
    """The full names a report's foreword gives as its writers ("Rapporten er utarbeidet av Kari Lie og
    Per Vik"), in the paragraph a foreword's heading opens or follows (``previous``); [] if none."""
    if not (_regexes()["preface"].match(line) or _regexes()["preface"].fullmatch(previous)):
        return []
    found = _regexes()["preface_byline"].search(line)
    return [name for name in _regexes()["separator"].split(found["names"]) if full_names(name)] if found else []


def cover_month(line: str) -> str | None:
    """The month and year on a report's cover as a transcript gives it: a line opened by the page's
    number, 1 or 2, holding a month's name capitalised and a year, no day before it ("... Mai 2009")."""
    found = _regexes()["cover_month"].match(line)
    return f"{found['year']}-{_month_number(found['month']):02}" if found else None


def _month_number(name: str) -> int:
    return {**months()["names"], **months()["english"]}[name.lower()]


def cover_list_authors(line: str) -> list[str]:
    """Two or more full names listed alone on a line ("Kari Lie, Per Vik og Ola Dahl"): below a
    line repeating the headline, as a report's cover shows them, its authors; [] if not such a list."""
    names = full_names(line)
    return names if len(names) >= MIN_COVER_NAMES else []


def report_year(line: str) -> str | None:
    """The year of a report's number opening ``line`` ("5 FoU rapport nr. 3/2009 ...": "2009"); None if none."""
    number = _regexes()["report_number"].match(line)
    return number["year"] if number else None


@cache
def _not_places() -> frozenset[str]:
    meta = load(DATA_DIR, "metadata")
    return frozenset(word.lower() for word in meta["not_places"] + meta["date_filler"])


def document_date(line: str, *, near_top: bool) -> str | None:
    """The date a document gives itself on ``line``: a field's, or (``near_top``) its place and day
    closing the line (see the module's docstring); None if none."""
    if near_top and (month := cover_month(line)):
        return month
    found = _regexes()["document_field"].match(line) or near_top and _regexes()["signed"].search(line)
    if found and found.groupdict().get("place") and found["place"].lower() in _not_places():
        return None  # "Neste møte: Tirsdag 12. mars 2019": an event's day
    date = find_date(found["rest"]) if found else None
    return date[0] if date and date[1].start() == 0 and date[1].end() == len(found["rest"].rstrip()) else None
