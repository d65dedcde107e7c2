"""Names and titles set as the cells of a table or a contact block, each title after its name:

- a line of a name and a title alone ("Kari Lie daglig leder"), an organisation opening or
  closing it ("Brekke AS Kari Lie Daglig leder", "Kari Lie Administrerende direktør Brekke AS");
- a line of such cells one after the other, each title capitalised as a cell is ("Kari Lie
  Administrerende direktør Ola Dal Direktør marked og salg Per Vik Portalsjef"; a few lower-case
  words after a title, or a comma and one, are its cell's: "Seniorkonsulent, innleid");
- a line of a name alone above a line of its title alone (a contact block: "Kari Lie" / "Daglig leder").

Each title is the role of the name before it. Where cells follow one another, the reading of a
title as the role of the name after it ("Administrerende direktør Ola Dal") is dropped
(``without_shifted``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lists import _lines
from .rows import MarkedDoc, RowBuilder

_MAX_CELL_WORDS = 3  # lower-case words after a cell's title: "marked og salg", ", innleid"
_MIN_NAME = 2  # words: a full name
_CELL_MARKS = frozenset({",", "–", "-"})  # between a cell's title and its words: "Seniorkonsulent, innleid"


def cell_rows(marked: MarkedDoc, rows: RowBuilder) -> list[dict]:
    """The rows of the cells of ``marked``'s lines (see the module docstring)."""
    doc, found = marked.doc, []
    lines = _lines(doc)
    for line in lines:
        cells, org = _line_cells(marked, line)
        found += [rows.lined(marked, title, name, org) for name, title in cells]
    for line, below in zip(lines, lines[1:]):
        if _run_end(marked.parts, line.start, line.end, "NAME") == line.end and len(line) >= _MIN_NAME \
                and _run_end(marked.parts, below.start, below.end, "TITLE") == below.end:
            found.append(rows.lined(marked, below, line, None))
    return found


def without_shifted(results: list[dict], cells: list[dict]) -> list[dict]:
    """``results`` less the rows that give a name after a cell that cell's title ("Administrerende
    direktør Ola Dal" where "Kari Lie Administrerende direktør" is a cell)."""
    return [row for row in results if row["person_start"] is None or not any(
        row["person_start"] >= cell["end"] and row["start"] < cell["end"] and cell["start"] < row["end"]
        for cell in cells)]


def _line_cells(marked: MarkedDoc, line: Span) -> tuple[list[tuple[Span, Span]], Span | None]:
    """The (name, title) cells filling ``line`` and the organisation opening or closing it; none
    unless the line is such cells (two or more of them, or after other words such as a table's
    heading, only with capitalised titles and no title just before them)."""
    doc, parts = marked.doc, marked.parts
    i = _run_end(parts, line.start, line.end, "ORG")
    org = doc[line.start:i] if i > line.start else None
    first = next((k for k in range(i, line.end) if parts[k] == "NAME"), line.end)
    headed, i = first > i, first  # "Brekke AS 31.12.19 Kari Lie Daglig leder Ola Dal Portalsjef": no one's organisation
    org = None if headed else org
    cells = []
    while i < line.end and parts[i] == "NAME":
        name_end = _run_end(parts, i, line.end, "NAME")
        title_end = _run_end(parts, name_end, line.end, "TITLE")
        if name_end - i >= _MIN_NAME and title_end > name_end:
            cells.append((doc[i:name_end], doc[name_end:title_end]))
            i = _cell_end(doc, parts, title_end, line.end)
        elif len(cells) >= 2:  # a table's cell the rules read no title in ("Kari Lie Leder salg"): on to the next
            i = next((k for k in range(name_end + 1, line.end) if parts[k] == "NAME" and parts[k - 1] != "NAME"), line.end)
        else:
            break  # no cell: the line holds other words from here
    if org is None and cells and i < line.end and _run_end(parts, i, line.end, "ORG") == line.end:
        org, i = doc[i:line.end], line.end  # "Kari Lie Administrerende direktør Brekke AS"
    whole = i == line.end or i + 1 == line.end and doc[i].text == "."
    if not cells or not whole and len(cells) < 2 or headed and (len(cells) < 2 or parts[first - 1] == "TITLE"):
        return [], None  # two cells or more in a row are a table's, whatever follows them
    capitalised = all(title[0].text[:1].isupper() for _, title in cells)
    return (cells, org) if capitalised or len(cells) == 1 and org is None else ([], None)


def _cell_end(doc: Doc, parts: list[str], i: int, end: int) -> int:
    """Past the few lower-case words after a cell's title ("marked og salg", ", innleid", "– eksport"), if the
    next cell or the line's end follows them; else ``i``."""
    k = i + (i < end and doc[i].text in _CELL_MARKS)
    while k < end and k - i <= _MAX_CELL_WORDS and not parts[k] and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    return k if k > i and (k == end or parts[k] == "NAME") else i


def _run_end(parts: list[str], i: int, end: int, part: str) -> int:
    """The end of the run of ``part`` tokens from ``i`` (``i`` if there is none)."""
    while i < end and parts[i] == part:
        i += 1
    return i
