"""Authors an article names in its own words near the headline, where no byline word is:

- an opinion piece's line on its writer: "Kari Lie er professor ved Høgskolen i Molde." (a full
  name, "er"/"is", what the person is and where, one short sentence) a few lines below the headline;
- a lead in the writer's own voice closed by ", skriver Kari Lie." (a first-person word in the lead);
- a magazine's standfirst closed by its writer: "... in the region. Kari Lie reports";
- full names on the line below the headline, repeated on the next (a byline shown with its photo);
- a journal's author line in capitals above the author's e-mail address alone on its line:
  "KARI LIE, PROFESSOR, HØGSKOLEN I BERGEN" above "kari.lie@hib.no".

The words are in ``metadata.yaml`` (``author_line_verbs``, ``author_line_places``, ``lead_byline_verbs``,
``standfirst_byline_verbs``, ``first_person``).
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import alternation, load
from extract.parse.bylines import DATA_DIR, is_name
from extract.parse.lines import full_names

AUTHOR_LINE_WINDOW = 3  # lines below the headline where an opinion piece's author line stands
MAX_AUTHOR_LINE_WORDS = 16  # one short sentence: a name and what the person is
_NAME = r"(?P<name>[A-ZÆØÅ][\w'’.-]+(?:\s+[A-ZÆØÅ][\w'’.-]+){1,3})"
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    meta = load(DATA_DIR, "metadata")
    return {
        # "er professorstipendiat ved Høgskolen i Molde.": what the person is, where, and nothing more
        "author_line": re.compile(rf"^{_NAME}\s+(?:{alternation(meta['author_line_verbs'])})\s+(?:[a-zæøå][\w-]*\s+){{1,4}}"
                                  rf"(?:{alternation(meta['author_line_places'])})\s+(?:[a-z]+\s+)?[A-ZÆØÅ][^.!?]*\.$"),
        "lead_byline": re.compile(rf",\s+(?:{alternation(meta['lead_byline_verbs'])})\s+{_NAME}\s*\.?$"),
        # "... green technology. Jake Kavanagh reports": a magazine's standfirst closed by its writer
        "standfirst_byline": re.compile(rf"(?:^|(?<=[.!?] ))(?!The ){_NAME}\s+(?:{alternation(meta['standfirst_byline_verbs'])})\.?$"),
        "first_person": re.compile(rf"(?<!\w)(?:{alternation(meta['first_person'])})(?!\w)", re.IGNORECASE),
    }


def head_authors(lines: list[str], headline: int, number: int) -> list[str]:
    """The authors line ``number`` names, below the headline at ``headline``; [] if none."""
    line = lines[number]
    if number == headline + 1 and (lead := _regexes()["lead_byline"].search(line)):
        return full_names(lead["name"]) if _regexes()["first_person"].search(line[:lead.start()]) else []
    if number <= headline + AUTHOR_LINE_WINDOW and len(line.split()) <= MAX_AUTHOR_LINE_WORDS:
        if found := _regexes()["author_line"].match(line):
            return full_names(found["name"])
    if found := _regexes()["standfirst_byline"].search(line):
        return full_names(found["name"])
    if number == headline + 1 and number + 1 < len(lines) and lines[number + 1] == line and is_name(line):
        return full_names(line)  # "Kari Lie" twice below the headline: a byline shown with its photo
    if line.isupper() and number + 1 < len(lines) and _EMAIL.match(lines[number + 1]):
        return full_names(line.split(",")[0].title())
    return []
