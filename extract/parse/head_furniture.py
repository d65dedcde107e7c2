"""Lines around a plain-text page's headline that are not its headline, read from the page's
structure (the words in ``metadata.yaml``):

- a picture's text above its caption, as a crawler keeps both: a sentence closed by a full stop
  above the same sentence (again, or with its credit after it: "... Foto: Kari Lie"), lines set
  off from the article between them or not (a pull quote, a menu, a notice), or,
  opening the page, above a caption closed by a credit ("... (Illustrasjon: Firma AS)");
- a site's notice that ends in its web address ("Online archive - find the most current content
  at example.org");
- a document site's download link, which quotes the document's title ("Download "Årsrapport
  2019"", "Last ned «Årsrapport 2019»": ``download_labels``): the line it quotes is the headline;
- a document's title too long for a headline ("Innstilling fra næringskomiteen om ... i Norge"),
  no sentence (none ends in it, nothing closes it as one), above a short label ("Innhold") and the
  document's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from extract.lexicon import alternation, load
from extract.parse.bylines import DATA_DIR

MIN_NOTICE_WORDS = 3  # "Go to aakp.no" is a label; a longer line ending in an address is a notice
MAX_TITLE_WORDS = 80  # a document's title may be long; a page's first paragraph is longer still
MAX_LABEL_WORDS = 3  # "Innhold", "Til Stortinget": a label below a document's title
PICTURE_WINDOW = 8  # lines between a picture's text and its caption: set-off text (pull quotes, menus, notices)
MAX_PICTURE_WORDS = 60  # a picture's text is a sentence or a few; a paragraph repeated on a page is none
_SENTENCE_END = ".!?:;,»\"”’)]…"
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{5,}[.!?]\s+[A-ZÆØÅ]")  # a sentence ends inside ("... klyngen. Den ...")
_WEB_ADDRESS = re.compile(r"(?<!\S)(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?$")


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    meta = load(DATA_DIR, "metadata")
    credits = alternation(meta["credits"], space=" ")
    return {
        # "(Illustrasjon: Brødrene Aa)", "Foto: Kari Lie/NTB" closing a caption
        "closing_credit": re.compile(rf"(?:[(\[]\s*(?:{credits})\s*:[^()\[\]]{{1,80}}[)\]]"
                                     rf"|(?<!\w)(?:{credits})\s*:(?:\s+[A-ZÆØÅ][\w.'’-]*(?:/\w+)?){{1,6}}"
                                     # "... hverandre© Getty Images": a copyright's holder; "Kari Lie og Per Vik. Foto.":
                                     # a credit word left without its name
                                     r"|©\s*[A-ZÆØÅ\w][\w.'’&-]*(?:\s+[A-ZÆØÅ][\w.'’&-]*){0,4}"
                                     rf"|(?<=[.!?] )(?:{credits})\.)\s*$", re.IGNORECASE),
        # "Foto: Kari HolmvikHR-sjef Ola Dal i Firma.": a credit's name glued to the next caption, the page's elements
        # joined with no space (small letters, then a capital: a name's last word run into the next word)
        "glued_credit": re.compile(rf"(?<!\w)(?i:{credits})[ \t]*:[ \t]*(?P<name>[A-ZÆØÅ][a-zæøåäöüé'’-]+"
                                   r"(?:[ \t]+[A-ZÆØÅ](?:[a-zæøåäöüé'’-]+|\.)){0,2}[ \t]+[A-ZÆØÅ][a-zæøåäöüé]{3,})(?=[A-ZÆØÅ])"),
        "download": re.compile(rf"^(?:{alternation(meta['download_labels'], space=' ')})\s*:?\s*"
                               r"[\"«“](?P<title>[^\"«»“”]{3,300})[\"»”]$", re.IGNORECASE),
    }


def closes_with_credit(line: str) -> bool:
    """Whether a line is closed by a photo's credit ("... i Florø. (Illustrasjon: Firma AS)")."""
    return bool(_regexes()["closing_credit"].search(line))


def unglue_credits(text: str) -> str:
    """``text`` with a line break after each credit's name glued to what follows it ("Foto: Kari HolmvikHR-sjef
    Ola Dal i Firma. Foto: Kari HolmvikOLYMPUS DIGITAL CAMERA"), where the page writes the name unglued too
    (its last credit, ending the block); not in a name written glued ("Foto: Havbruk CleanTech")."""
    def split(found: re.Match[str]) -> str:
        alone = re.search(re.escape(found["name"]) + r"(?![\w])", text)
        return found[0] + "\n" if alone else found[0]
    return _regexes()["glued_credit"].sub(split, text)


def is_picture_text(lines: list[str], number: int, set_off: Callable[[str], bool]) -> bool:
    """A sentence closed by a full stop above the caption of its picture, the same sentence again,
    with a credit after it or not ("A frå B." above "A frå B. Foto: C"), or that caption below its
    text; lines set off from the article (``set_off``: a pull quote, a menu, a notice) between or not."""
    line = lines[number]
    below, above = lines[number + 1:number + 1 + PICTURE_WINDOW], lines[max(number - PICTURE_WINDOW, 0):number][::-1]
    if not line.endswith(".") or len(line.split()) > MAX_PICTURE_WORDS \
            or not any(other.startswith(line) for other in below + above):
        return False  # no repeat near: the lines between need no reading
    return _repeats_first(line, below, set_off, credited=True) or _repeats_first(line, above, set_off, credited=False)


def _repeats_first(line: str, near: list[str], set_off: Callable[[str], bool], *, credited: bool) -> bool:
    """Whether the first of the lines ``near`` that is not set off repeats ``line``: the same, or
    (``credited``) the same with a photo's credit after it."""
    for other in near:
        if other == line or credited and other.startswith(line) and closes_with_credit(other):
            return True
        if not set_off(other):
            return False
    return False


def is_above_caption(lines: list[str], number: int) -> bool:
    """A sentence closed by a full stop directly above another closed by a credit ("Illustrasjon
    av ein båt." above "Båten skal gå på hydrogen. (Illustrasjon: Firma AS)"): a picture's text
    above its caption, when the picture opens the page."""
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return lines[number].endswith(".") and closes_with_credit(following) and not closes_with_credit(lines[number])


def ends_in_web_address(line: str) -> bool:
    """A site's notice or link that ends in its web address ("... find the most current content at
    example.org"): no headline."""
    return len(line.split()) >= MIN_NOTICE_WORDS and bool(_WEB_ADDRESS.search(line.rstrip(".!")))


def download_title(line: str) -> str | None:
    """The title a document site's download link quotes ("Download "Årsrapport 2019""); None if
    ``line`` is no such link."""
    found = _regexes()["download"].match(line.strip())
    return found["title"].strip() if found else None


def is_document_title(lines: list[str], number: int) -> bool:
    """A line too long for a headline that is a document's title: no sentence (nothing closes it as
    one), above a short label and the document's text ("Innstilling fra ... i Norge" above "Innhold")."""
    line = lines[number]
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return (len(line.split()) <= MAX_TITLE_WORDS and line[-1] not in _SENTENCE_END and line[:1].isupper()
            and not _SENTENCE_BREAK.search(line) and 0 < len(following.split()) <= MAX_LABEL_WORDS)


def may_name_people(line: str) -> bool:
    """A cheap first look for a line of full names: two words or more, each capitalised, or a short
    lower-case particle or joining word between them ("Kari Lie og Per von Vik")."""
    words = line.split()
    return len(words) >= 2 and all(word[:1].isupper() or word.isalpha() and len(word) <= 3 for word in words)
