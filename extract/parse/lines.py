"""Classify a line or block of article text: body, metadata, or boilerplate.

Shared by the plain-text and HTML extractors. Metadata lines are bylines
("Av Kari Nordmann, 20. november 2020", "Tekst: ..."), dates ("Sist oppdatert
09.11.2018", "Publisert: 11.06.2009 kl. 13:05"), lone photo credits
("Foto: NAME") and lines that are only a date. The phrases come from
``metadata.yaml`` and ``boilerplate.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from extract.lexicon import alternation, load
from extract.parse.bylines import DATA_DIR, MAX_NAME_TOKENS, PLURAL, is_organisation, person_names, split_names
from extract.parse.dates import find_date, find_day_month, issue_date, parse_date, publication_note
from extract.parse.boilerplate import is_boilerplate

MAX_META_LINE = 200  # metadata lines are short; longer ones are body text
MAX_DATE_WORDS = 6  # "Publisert: torsdag 11. juni 2009 kl. 13.05"; more words make a sentence
MAX_LOOSE_SEGMENT = 3  # words of a stray segment ("Skriv ut si") on a line that carries metadata
MAX_ARCHIVE_PART = 3  # words of each part before the author on an archive's header line
MAX_FULL_NAME = 4  # words of a person's full name ("Kari Lie Berg Hansen")
MAX_HEADING_NAME = 3  # words of the name in a newsletter's heading ("Siste nytt fra Digin 6.juni")
_ROW_LABEL = re.compile(r"^[A-ZÆØÅ][a-zæøå]+$")  # one word before a record's date keyword: "Measure", "Dokument"
MIN_GLUED_BODY = 40  # text after a glued opening date that makes the line a paragraph
_PERIOD_DASH = re.compile(r"\s*[-–—]\s*")  # between two dates: a period ("01.07.2006 - 31.12.2020")


@dataclass
class LineInfo:
    """What a line is (``body``, ``meta`` or ``drop``) and the metadata it carries."""

    kind: str
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    day_month: tuple[int, int] | None = None  # a date given without its year


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    meta = load(DATA_DIR, "metadata")
    dates = alternation(meta["published"] + meta["updated"], space=" ")
    bylines = alternation(meta["byline"], space=" ")
    author_labels = alternation(meta["authors"] + meta["author_fields"], space=" ")
    headings = alternation(meta["news_headings"], space=" ")
    return {
        "user_byline": re.compile(rf"^(?:{alternation(meta['user_bylines'], space=' ')})\s*:?\s+"
                                  r"(?P<user>[a-zæøå][a-zæøå.-]{1,30})$"),
        "news_heading": re.compile(rf"^(?i:{headings})\s+(?P<rest>[A-ZÆØÅ].*)$"),
        "date_keyword": re.compile(rf"(?<!\w)(?:{dates})(?!\w)(?!\s+(?:{alternation(meta['not_date_after'])})(?!\w))"
                                   r"\s*:?", re.IGNORECASE),
        "byline": re.compile(rf"^(?:{bylines})\s*:?\s+(?P<rest>\S.*)$"),
        "any_case_byline": re.compile(rf"^(?:{bylines})\s*:?\s+(?P<rest>\S.*)$", re.IGNORECASE),
        # "Kronikk av Kari Lie, professor": a piece's genre, then its writer
        "genre_byline": re.compile(rf"^(?:{alternation(meta['byline_genres'], space=' ')})\s+(?:av|by)\s+(?P<rest>\S.*)$"),
        # "Publisert 12.03.2019 av Kari Lie", "Posted on March 12, 2019 by Jane Smith"
        "byline_after_date": re.compile(rf"(?<=\S)\s+(?:{bylines})\s*:?\s+(?P<rest>\S.*)$", re.IGNORECASE),
        "authors": re.compile(rf"^(?:{author_labels}){PLURAL}\s*:\s*(?P<rest>.+)$", re.IGNORECASE),
        "credit": re.compile(rf"(?<!\w)(?:{alternation(meta['credits'], space=' ')})\s*:", re.IGNORECASE),
        "picture": re.compile(rf"(?<!\w)(?:{alternation(meta['picture_openers'], space=' ')})(?!\w)", re.IGNORECASE),
        "filler": re.compile(rf"(?<!\w)(?:{alternation(meta['date_filler'], space=' ')})(?!\w)"
                             r"|(?<!\d)\d{1,2}[:.]\d{2}(?![\d.])|[\s,.:|·•–-]+", re.IGNORECASE),
        # "OSLO, 08/11/2018:" or "BERGEN (NTB):" opening a paragraph
        "dateline": re.compile(r"^(?P<place>[A-ZÆØÅ]{2,}(?:[ -][A-ZÆØÅ]{2,})*)\s*(?:,\s*(?P<date>[^:]{6,40}?)"
                               r"|\((?P<agency>[^)]{2,20})\))\s*:\s+(?P<rest>\S.*)$"),
        "salutation": re.compile(rf"^(?:{alternation(meta['salutations'], space=' ')})\s", re.IGNORECASE),
        "label": re.compile(r"^\s*[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){0,2}(?=\s)"),  # "FORNYBAR ENERGI 20.06.2016"
        "segments": re.compile(r"\s+[|•·]\s+"),
        "doubled_name": re.compile(r"^(?P<name>[A-ZÆØÅ][\w'’.-]+(?: [A-ZÆØÅ][\w'’.-]+){1,3})(?P=name)"
                                   rf"(?i:{alternation(meta['roles'])})?$"),  # capitalised names, any-case role
        # a crawler's index line opening the page: "date 2017-10", "date 2017-10 Klyngen fikk ..."
        "index": re.compile(r"^date\s+(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?!\d)\s*(?P<rest>.*)$"),
        # "Fædrelandsvennen - 12.03.2015 - NYHETER - KARI LIE": an archive's header line
        "archive_parts": re.compile(r"\s+[-–]\s+(?:[-–]\s+)*"),
        "email": re.compile(r"(?<!\S)[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?!\S)"),
    }


def has_credit(text: str) -> bool:
    """Whether a photo or source credit ("Foto:", "Illustrasjonsfoto:", "Kjelde:") is in ``text``."""
    return bool(_regexes()["credit"].search(text))


def describes_writer(byline: str) -> bool:
    """Whether a byline says what its writer is, past a role word ("Av Kari Lie, daglig leder i
    Klyngen"; "Av Kari Lie, journalist" does not)."""
    found = re.search(r",\s+(?P<what>[a-zæøå][^,]*)$", byline)
    return bool(found) and found["what"].strip(" .") not in load(DATA_DIR, "metadata")["roles"]


def names_people_in_picture(text: str) -> bool:
    """Whether ``text`` lists the people in a picture ("Fra venstre: ...", "Left-right: ...")."""
    return bool(_regexes()["picture"].search(text))


def is_list_label(text: str) -> bool:
    """A label whose next line lists tags or categories ("Kategorier", "Stikkord:")."""
    labels = load(DATA_DIR, "metadata")["list_labels"]
    return text.strip().rstrip(":").lower() in labels


def is_teaser_link(text: str) -> bool:
    """A link that closes a teaser of another page ("Les mer", "Read more ›")."""
    return text.strip().rstrip(" .:›»>→").lower() in load(DATA_DIR, "metadata")["teaser_links"]


def is_related_heading(text: str) -> bool:
    """The heading of a list of other pages ("Lignende dokumenter", "Related articles")."""
    return text.strip().rstrip(":").lower() in load(DATA_DIR, "metadata")["related_headings"]


def is_not_page_date_label(label: str) -> bool:
    """A label whose date is not the page's: a deadline's, an event's ("Søknadsfrist", "Starts")."""
    return label.strip().lower() in load(DATA_DIR, "metadata")["not_page_date_labels"]


def opens_with_salutation(text: str) -> bool:
    """A letter's salutation ("Kjære medlem og leser", "Dear members,")."""
    return bool(_regexes()["salutation"].match(text))


def _dates(line: str, info: LineInfo) -> bool:
    """Fill published/updated from "Publisert …"/"Oppdatert …" segments; True if any."""
    keywords = list(_regexes()["date_keyword"].finditer(line))
    updated_words = {w.lower() for w in load(DATA_DIR, "metadata")["updated"]}
    for i, keyword in enumerate(keywords):
        end = keywords[i + 1].start() if i + 1 < len(keywords) else len(line)
        date = _date_value(_without_byline(line[keyword.end():end], info))
        word = keyword.group().rstrip(": ").lower()
        if date and word in updated_words:
            info.updated = info.updated or date
        elif date:
            info.published = info.published or date
    return bool(info.published or info.updated)


def _without_byline(segment: str, info: LineInfo) -> str:
    """A date's segment less the byline that follows the date ("12.03.2019 av Kari Lie"),
    whose names go to ``info``."""
    byline = _regexes()["byline_after_date"].search(segment)
    found = split_names(byline["rest"]) if byline else None
    if not found or not found[0] or found[1]:
        return segment
    info.authors += [name for name in found[0] if name not in info.authors]
    return segment[:byline.start()]


def _date_value(segment: str) -> str | None:
    """The date a keyword introduces, when what follows it is a date and not a sentence."""
    if len(segment.split()) > MAX_DATE_WORDS and not _is_only_date(segment):
        return None
    return parse_date(segment)


def _is_only_date(line: str) -> str | None:
    """The first date of a line that holds only dates, times and filler words, unless two of them
    joined by a dash make a period ("01.07.2006 - 31.12.2020": a project's, not the page's date)."""
    first, rest, spans = None, line, []
    while found := find_date(rest):
        date, match = found
        first = first or date
        spans.append(match.span())
        rest = rest[:match.start()] + " " * len(match.group()) + rest[match.end():]
    if len(spans) > 1 and _PERIOD_DASH.fullmatch(line[spans[0][1]:spans[1][0]]):
        return None
    rest = _regexes()["filler"].sub("", _regexes()["label"].sub("", rest)) if first else rest
    return first if first and not rest else None


def _dateline(line: str) -> LineInfo | None:
    """A paragraph opening with a dateline ("OSLO, 08/11/2018: ...") is body text dated by it."""
    match = _regexes()["dateline"].match(line)
    if not match or not (match["agency"] or find_date(match["date"])):
        return None
    return LineInfo("body", published=parse_date(match["date"]) if match["date"] else None)


def _news_heading(line: str) -> LineInfo | None:
    """ "Siste nytt fra Digin 6.juni, Norges største IT-klynge ...": a newsletter's heading is
    body text that dates its item, at times without the year (``day_month``)."""
    match = _regexes()["news_heading"].match(line)
    words = match["rest"].split(" ", MAX_HEADING_NAME) if match else []
    for length in range(1, len(words)):
        if not words[length - 1][:1].isupper():
            break
        after = " ".join(words[length:])
        found = find_date(after)
        if found and found[1].start() == 0:
            return LineInfo("body", published=found[0])
        partial = find_day_month(after)
        if partial and partial[1].start() == 0:
            return LineInfo("body", day_month=partial[0])
    return None


def classify_line(line: str) -> LineInfo:
    """Classify one cleaned line of article text. A short line of segments ("FORNYBAR ENERGI
    20.06.2016 | AV KARI LIE", "Pressemelding • 1. juni 2011") is metadata when each segment
    is metadata or boilerplate; beside a date, a segment of full names names the authors
    ("16.06.2016 | Kari Lie")."""
    index = _regexes()["index"].match(line)
    if is_boilerplate(line) or (index and not index["rest"]):
        return LineInfo("drop")
    opening = _dateline(line) or _news_heading(line) or _dated_opening(line)
    if opening or len(line) > MAX_META_LINE:
        return opening or LineInfo("body")
    if issue := issue_date(line) or publication_note(line):  # "Tis 28 nov / År 41 / Nr 5 2023": a periodical's
        return LineInfo("meta", published=issue)  # issue; "Innlegget ble sendt til avisene i juli 2015": a note
    segments = [part for part in _regexes()["segments"].split(line) if part.strip()]
    if len(segments) < 2:
        return _archive_header(line) or _classify_segment(line)
    infos = [_classify_segment(part) for part in segments]
    loose = [part for part, info in zip(segments, infos) if info.kind == "body"]
    carries = any(info.authors or info.published or info.updated for info in infos)
    if loose and not (carries and all(len(part.split()) <= MAX_LOOSE_SEGMENT for part in loose)):
        return LineInfo("body")
    merged = LineInfo("meta")
    dated = any(info.published for info in infos)
    for part, info in zip(segments, infos):
        names = info.authors or (full_names(part) if dated and info.kind == "body" else [])
        merged.authors += [name for name in names if name not in merged.authors]
        merged.published = merged.published or info.published
        merged.updated = merged.updated or info.updated
    return merged


@cache
def _author_row_labels() -> frozenset[str]:
    return frozenset(load(DATA_DIR, "metadata")["author_row_labels"])


def full_names(text: str) -> list[str]:
    """The people a segment names when it is only full names of two to four words, none an
    organisation's ("Kari Lie", "Kari Lie og Per Vik"); else []. A table's author label opening
    it ("Author Kari Lie") is no first name."""
    if text.split(" ", 1)[0] in _author_row_labels():
        return []
    found = split_names(text)
    names = found[0] if found and found[1] is None else []
    return names if names and all(2 <= len(name.split()) <= MAX_FULL_NAME and not is_organisation(name)
                                  for name in names) else []


def index_date(line: str) -> tuple[str | None, str] | None:
    """A crawler's index line ("date 2017-10 Klyngen fikk ...") as its date, at the precision
    it gives ("2017-10"), and the text after it; None if the line is no index line."""
    match = _regexes()["index"].match(line)
    if not match:
        return None
    parts = [part for part in (match["year"], match["month"], match["day"]) if part]
    try:
        dt.date(int(parts[0]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None, match["rest"]
    return "-".join(parts), match["rest"]


def _archive_header(line: str) -> LineInfo | None:
    """ "Fædrelandsvennen - 12.03.2015 - NYHETER - KARI LIE": a news archive's header of short
    capitalised parts (outlet, date, section) ending in the author's name in capitals."""
    parts = [part for part in _regexes()["archive_parts"].split(line) if part.strip(" -–")]
    last = _regexes()["email"].sub("", parts[-1]).strip(" -–") if parts else ""  # "KARI LIE kari.lie@avis.no"
    label = _regexes()["authors"].match(last)  # "TEKST: KARI LIE"
    last = label["rest"].strip() if label else last
    if len(parts) < 3 or not last.isupper() or len(last.split()) < 2:
        return None
    names = person_names([last]) if len(last.split()) <= MAX_ARCHIVE_PART + 1 else None
    if not names or any(len(part.split()) > MAX_ARCHIVE_PART or not part[:1].isupper() and not part[:1].isdigit()
                        for part in parts[:-1]):
        return None
    dates = [_is_only_date(part) for part in parts[:-1]]
    return LineInfo("meta", authors=names, published=next((d for d in dates if d), None))


@cache
def _counters() -> frozenset[str]:
    return frozenset(word.lower() for word in load(DATA_DIR, "metadata")["counters"])


def _dated_name(head: str) -> LineInfo | None:
    """ "20.09.201615:51 Marit": a timestamp, then the name of who wrote the page, its byline word
    before it or not ("28.08.2019 Av Kari Lie"); share buttons ("Del Del Del") or a counter's word
    ("Views") after it name no one."""
    found = find_date(head)
    if not found or found[1].start() > 0:
        return None
    rest = head[found[1].end():].strip(" ,|·–-")
    if rest and (is_boilerplate(rest)  # "28.07.2013 Views": a counter's word, no name
                 or all(is_boilerplate(word) or word.lower() in _counters() for word in rest.split())):
        return LineInfo("meta", published=found[0])
    byline = _regexes()["any_case_byline"].match(rest)
    names = (split_names(byline["rest"]) or [None])[0] if byline else person_names([rest]) if rest else None
    return LineInfo("meta", authors=names, published=found[0]) if names is not None else None


def _classify_segment(line: str) -> LineInfo:
    if is_boilerplate(line):
        return LineInfo("drop")
    info = LineInfo("meta")
    first_keyword = _regexes()["date_keyword"].search(line)
    head = line[:first_keyword.start()].rstrip(" (").strip(" ,|·–-") if first_keyword else line  # "DATE (Sist redigert DATE)"
    has_dates = bool(first_keyword) and _dates(line, info)
    if first_keyword and not has_dates:
        return LineInfo("body")
    if not head or has_dates and _ROW_LABEL.match(head):  # "Measure added 23 June 2022": a record's row
        return info
    if head.startswith("(") and head.endswith(")"):  # "(Skrevet av Kari Lie og Per Vik)"
        head = head[1:-1].strip()
    only_date = _is_only_date(head)
    if only_date:
        info.published = info.published or only_date
        return info
    doubled = _regexes()["doubled_name"].match(head)
    if doubled and not is_organisation(doubled["name"]):  # "Tore StensvoldTore StensvoldJournalist": a byline twice
        info.authors = [doubled["name"]]
        return info
    dated = _dated_name(head)
    if dated:
        dated.published = info.published or dated.published
        return dated
    return _byline_or_credit(head, info, any_case=has_dates or head.isupper(), dated=has_dates)


def _dated_opening(line: str) -> LineInfo | None:
    """A paragraph glued to the date that opens it ("Skrevet 23.06.15NCE Systems ...") is
    body text dated by it."""
    keyword = _regexes()["date_keyword"].match(line)
    found = find_date(line[keyword.end():]) if keyword else None
    if not found or found[1].start() > 1 or len(line) - keyword.end() - found[1].end() < MIN_GLUED_BODY:
        return None
    return LineInfo("body", published=found[0])


def _byline_or_credit(head: str, info: LineInfo, any_case: bool, dated: bool = False) -> LineInfo:
    """A byline's authors (the byline word may be lower-case on a line that also carries a
    date), a user's name in lower case ("Skrevet av linn"), a lone credit, or body text. A
    byline that names no one we can read ("av Testbruker nye Vaf.no, publisert 3. desember
    2012") still dates the page."""
    regexes = _regexes()
    byline = regexes["any_case_byline" if any_case else "byline"].match(head) or regexes["authors"].match(head)
    lower = None if byline else regexes["any_case_byline"].match(head)
    if lower and full_names(lower["rest"]):  # "av Kari Lie, Per Vik og Ola Dahl": a report's byline
        info.authors = full_names(lower["rest"])
        return info
    genre = None if byline else regexes["genre_byline"].match(head)
    if genre and (found := split_names(genre["rest"])) and found[0] and all(map(full_names, found[0])):
        info.authors = found[0]  # "Kronikk av Kari Lie, professor ved X": a genre, its writer and what she is
        return info
    if byline:
        credit = regexes["credit"].search(byline["rest"])  # "Tekst: A Foto: B"
        names = split_names(byline["rest"][:credit.start()] if credit else byline["rest"])
        if names:
            info.authors, date = names
            info.published = info.published or date
            return info
        user = regexes["user_byline"].match(head)
        if user and user["user"] not in load(DATA_DIR, "metadata")["not_user_names"]:
            info.authors = [user["user"]]  # "Skrevet av linn": a publishing system's user
            return info
        if dated:
            return info
    credit = regexes["credit"].match(head)
    if credit and len(head[credit.end():].split()) <= MAX_NAME_TOKENS * 2:
        return info
    return LineInfo("body")
