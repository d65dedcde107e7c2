"""An article under construction, shared by the text and HTML extractors."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.lexicon import load
from extract.parse.bylines import DATA_DIR, split_names
from extract.parse.clean import clean_line, clip
from extract.parse.dates import closing_date, month_dateline
from extract.parse.forms import (cover_authors, cover_list_authors, document_date, form_authors, form_date,
                                 preface_authors, report_year)
from extract.parse.language import detect_language, normalise_language
from extract.parse.lines import classify_line, describes_writer, has_credit
from extract.parse.years import completed, copyright_year, page_year
from extract.types import Article

MAX_FIELD = 1000  # title, author, metadata line, caption
MAX_LIST = 200  # captions, metadata lines, authors


def more_precise(held: str | None, found: str | None) -> str | None:
    """The date held, unless there is none or ``found`` names a day in the month or year it
    holds ("2017-04" from an index line, then "Publisert 12.04.2017")."""
    return found if found and (not held or len(held) < len(found) and found.startswith(held)) else held


def _key(text: str) -> str:
    return clean_line(text).casefold().rstrip(" .:!?")


@dataclass
class Draft:
    """Fields gathered so far; the first value found for a metadata field wins."""

    title: str = ""
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None  # stated by the dump; wins over detection
    language_hint: str | None = None  # stated by the page; used when detection is unsure
    metadata_lines: list[str] = field(default_factory=list)
    day_month: tuple[int, int] | None = None  # a date the page gives without its year
    document_date: str | None = None  # a document's own date: a field's, or its place and day (forms.py)
    copyright: int | None = None  # the year of the page's copyright line
    max_chars: int = 100_000  # body budget; lines past it are dropped and ``truncated`` set
    body_chars: int = 0
    truncated: bool = False
    below_title: bool = False  # the last line added repeats the headline, as a report's cover does

    def add_authors(self, names: list[str]) -> None:
        """Add author names not already present."""
        for name in names:
            name = clean_line(name)
            if name and name not in self.authors:
                self.authors.append(name)

    def set_title(self, line: str) -> None:
        """The headline; two or more full names closing it after a full stop are the authors a
        document's title line names ("Evaluering av X. Kari Lie og Per Vik")."""
        line = line.rstrip(":").rstrip()
        title, stop, last = line.rpartition(". ")
        names = cover_list_authors(last) if stop and len(title.split()) > 2 else []
        self.add_authors(names)
        self.title = title if names else line

    def add_byline(self, text: str) -> bool:
        """Add the authors named in a byline ("Av A og B", "Tekst: A", "A, B"); True if any."""
        line = clean_line(text)
        names = classify_line(line).authors or (split_names(line) or ([], None))[0]
        self.add_authors(names)
        return bool(names)

    def add_line(self, line: str, *, meta_only: bool = False) -> None:
        """Add a line of article text: body paragraph, metadata, or nothing (boilerplate).

        With ``meta_only`` (text from a page header/footer) non-metadata is dropped.
        """
        line = clean_line(line)
        key, below_title = _key(line), self.below_title
        self.below_title = len(key.split()) > 2 and key in _key(self.title)
        if not line or key in (_key(self.title), _key(self.lead)):
            return
        info = classify_line(line)
        if info.kind == "meta":
            if not meta_only and has_credit(line) and not info.authors:
                self.add_caption(line)  # a photo credit, no byline: a caption too, roles come from it
            elif info.authors and not (info.published or info.updated) and describes_writer(line):
                self.add_caption(line)  # "Av Kari Lie, daglig leder i X": the writer's role comes from it
            self.metadata_lines.append(line)
            self.add_authors(info.authors)
            self.published = more_precise(self.published, info.published)
            self.updated = self.updated or info.updated
        elif info.kind == "drop":
            self.copyright = self.copyright or copyright_year(line)
        elif info.kind == "body" and not meta_only:
            self.published = more_precise(self.published, info.published)  # a dateline
            if not self.paragraphs:  # "... fra Staten. (30.09.2008)": the day closing the lead
                self.published = self.published or closing_date(line)
            if not self.paragraphs:  # "May 2018 – The cluster has ...": a press release's month
                self.published = self.published or month_dateline(line)
            self.add_authors(form_authors(line) or cover_authors(line, self.title)  # a report's form or cover
                             or (cover_list_authors(line) if below_title else [])
                             or preface_authors(line, self.paragraphs[-1] if self.paragraphs else ""))
            self.published = self.published or form_date(line)
            if not self.document_date:
                near_top = len(self.paragraphs) < load(DATA_DIR, "metadata")["signed_paragraphs"]
                self.document_date = document_date(line, near_top=near_top)
            if not self.document_date and len(self.paragraphs) < load(DATA_DIR, "metadata")["cover_paragraphs"]:
                self.document_date = report_year(line)  # "5 FoU rapport nr. 3/2009 ..."
            self.day_month = self.day_month or info.day_month
            room = self.max_chars - self.body_chars
            self.truncated = self.truncated or len(line) > room
            if room > 0:
                self.paragraphs.append(clip(line, room))
                self.body_chars += len(line)

    def add_caption(self, text: str) -> None:
        """Add a photo caption (credit included), skipping repeats and boilerplate; a caption
        repeated with its credit after it is kept once, with the credit."""
        text = clean_line(text)
        if text and not any(text in held for held in self.captions) and classify_line(text).kind != "drop":
            self.captions = [held for held in self.captions if held not in text] + [text]

    def _publication_date(self) -> tuple[str | None, str | None]:
        """The publication date, and where it came from when the page shows none whole: a
        date without its year completed from the page (docs/metadata.md); a document's own date
        where the page shows no publication date. An updated date is
        no publication date: a page showing only that has none."""
        if self.published or self.document_date:
            return self.published or self.document_date, None
        found = self.day_month and page_year(self.day_month, url=self.url, updated=self.updated,
                                             text="\n".join([self.title, self.lead, *self.paragraphs]),
                                             copyright=self.copyright)
        if found and (date := completed(self.day_month, found[0])):
            return date, f"the page gives the day without its year; the year from {found[1]}"
        return None, None

    def to_article(self, id: str, source: str) -> Article:
        """The finished Article; a note records a body cut to fit ``max_chars``."""
        notes = [f"body truncated to {self.max_chars} characters"] if self.truncated else []
        published, date_source = self._publication_date()
        notes += [f"published: {date_source}"] if date_source else []
        title = clip(clean_line(self.title), MAX_FIELD)
        lead = clip(clean_line(self.lead), self.max_chars)
        language = (self.language or detect_language("\n".join([title, lead, *self.paragraphs]))
                    or normalise_language(self.language_hint) or "nb")
        return Article(
            id=id, source=source, title=title, lead=lead, paragraphs=self.paragraphs,
            captions=[clip(c, MAX_FIELD) for c in self.captions[:MAX_LIST]],
            authors=[clip(a, MAX_FIELD) for a in self.authors[:MAX_LIST]],
            published=published, updated=self.updated,
            url=clip(clean_line(self.url), MAX_FIELD) if self.url else None,
            outlet=clip(clean_line(self.outlet), MAX_FIELD) if self.outlet else None,
            language=language,
            metadata_lines=[clip(m, MAX_FIELD) for m in self.metadata_lines[:MAX_LIST]],
            notes=notes,
        )
