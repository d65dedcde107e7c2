"""The names of a byline: who wrote the article, not the outlet or agency it came through.

The grammar, its words in ``metadata.yaml``: "NAME[, NAME og NAME][/OUTLET|, OUTLET]" in both
standards and English ("and", "&"); a surname first ("Torkelsen, Jan H."); an agency glued
to a name ("NTB-Kari Lie"); a closing part after names joined by "og" is the outlet ("Kari
Lie, Ola Dahl og Per Vik, Dagens Næringsliv"), as is a closing part with an organisation word
("Kari Lie, Innovasjon Norge"), and a listed agency anywhere ("Kari Lie/NTB"). Without a byline
word, names and an agency ("Kari Lie / NTB scanpix") are a photo's credit, not a byline.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from extract.lexicon import alternation, load
from extract.parse.dates import find_date

DATA_DIR = Path(__file__).parent  # parse's own YAML files
MAX_NAME_TOKENS = 6
MIN_TITLE_ENDING = 4  # a title word that ends a compound: "sjef" in "markedssjef"; shorter ones ("ceo") do not
PLURAL = r"(?:\(-?[a-z]{1,3}\))?"  # a label's plural ending in brackets: "Forfatter(e)", "Forfatter(-e)", "Author(s)"
_JOINED = re.compile(r"\s(?:og|and|&)\s")  # names joined in a list


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    meta = load(DATA_DIR, "metadata")
    return {
        "name_split": re.compile(r"\s*,\s*|\s*;\s*|\s+og\s+|\s+&\s+|\s+and\s+"),
        "comma": re.compile(r"\s*,\s*"),
        "slash": re.compile(r"\s*/\s*|\s+[-–]\s+"),  # "Kari Lie/NTB", "Kari Lie – NTB"
        "name_token": re.compile(r"^[A-ZÆØÅÄÖÜÉÈÁ][\w'’.-]*$"),
        # "By on June 12, 2009", "Av Kari Lie den 12. mars 2019": the filler around a byline's date
        "filler": re.compile(rf"^(?:{alternation(meta['byline_filler'], space=' ')})(?!\w)\s*"
                             rf"|(?<!\w)\s*(?:{alternation(meta['byline_filler'], space=' ')})$", re.IGNORECASE),
        # "førsteamanuensis Kari Lie", "Daglig leder Kari Lie": a title before a name
        "title_before": re.compile(rf"^{alternation(meta['person_titles'], space=' ')}\s+(?=[A-ZÆØÅ])", re.IGNORECASE),
        "counters": re.compile(rf"(?:(?<!\w)\d+\s+)+(?:{alternation(meta['counters'], space=' ')})(?!\w)",
                               re.IGNORECASE),
    }


def is_name(text: str) -> bool:
    """Whether ``text`` looks like a person's (or agency's) name: 1–6 capitalised words."""
    particles = set(load(DATA_DIR, "metadata")["name_particles"])
    tokens = text.split()
    return (0 < len(tokens) <= MAX_NAME_TOKENS
            and not any(ch.isdigit() for ch in text)
            and all(_regexes()["name_token"].match(t) or t in particles for t in tokens)
            and not all(t in particles for t in tokens))


def is_organisation(text: str) -> bool:
    """Whether a name holds an organisation word ("Innovasjon Norge", "Arena Vindenergi")."""
    words = {w.lower() for w in load(DATA_DIR, "metadata")["organisation_words"]}
    return any(word.lower() in words for word in text.split())


def split_names(text: str) -> tuple[list[str], str | None] | None:
    """Names and an optional date from a byline's text, or None if it is not a byline.

    ``"Mari Kristine Buckholm, 20. november 2020"`` → (["Mari Kristine Buckholm"], "2020-11-20");
    ``"Torkelsen, Jan H."`` → (["Jan H. Torkelsen"], None); agencies and a closing
    outlet ("Kari Lie/NTB", "Kari Lie, Innovasjon Norge") are not names; a blog's
    "on June 12, 2009 0 5 Views" → ([], "2009-06-12").
    """
    text = re.sub(r"\([^)]*\)", " ", text).strip(" .")  # "(tekst)", "(foto)"
    found = find_date(text)
    date = None
    if found:
        date, match = found
        text = (text[:match.start()] + text[match.end():]).strip(" ,.|–-")
    text = _regexes()["filler"].sub("", _regexes()["counters"].sub("", text).strip(" ,.|–-")).strip(" ,.|–-")
    if not text:  # "By on June 12, 2009 0 5 Views": a date, no name
        return ([], date) if date else None
    first, *after_slash = _regexes()["slash"].split(text)
    parts = [part.strip(" .") for part in _regexes()["name_split"].split(_without_closing_outlet(first))]
    for outlet in after_slash:  # "Kari Lie/FriFagbevegelse og NTB": one word after a slash is an outlet
        parts += [p.strip(" .") for p in _regexes()["name_split"].split(outlet) if len(p.split()) > 1]
    names = person_names([_without_agency(part) for part in _uninverted(parts)])
    roles = set(load(DATA_DIR, "metadata")["roles"])
    if names is None and date and all(part.lower() in roles for part in parts):
        return [], date  # "By 8. november 2018Nyheter": a date and the section, no one named
    return None if names is None else (names, date)


def _without_closing_outlet(text: str) -> str:
    """ "Kari Lie, Ola Dahl og Per Vik, Dagens Næringsliv": the part after the names a list
    joins by "og" (or "and", "&") is their outlet, dropped; so is a closing part in lower case,
    what the author is ("Kari Lie, journalist i Firda", "Jane Smith, staff writer")."""
    pieces = _regexes()["comma"].split(text)
    what = next((index for index, piece in enumerate(pieces) if index and _names_a_title(piece)), None)
    if what is not None:  # "Kari Lie, Communication Manager, ETN": what the writer is, and where
        return ", ".join(pieces[:what])
    if len(pieces) >= 2 and (pieces[-1][:1].islower()
                             or _JOINED.search(f" {pieces[-2]} ") and not _JOINED.search(f" {pieces[-1]} ")):
        return ", ".join(pieces[:-1])
    return text


@cache
def _title_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The last words of ``person_titles``, and those that end a compound ("kommunikasjonsrådgiver")."""
    words = frozenset(title.split()[-1].rstrip(".").lower() for title in load(DATA_DIR, "metadata")["person_titles"])
    return words, tuple(word for word in words if len(word) >= MIN_TITLE_ENDING)


def _names_a_title(piece: str) -> bool:
    """Whether a byline's part after a name says what the writer is: a title word in it, or a word
    ending in one."""
    words, endings = _title_words()
    return any(word in words or word.endswith(endings) for word in (w.strip(".").lower() for w in piece.split()))


def _without_title(part: str) -> str:
    """ "førsteamanuensis Kari Lie" is Kari Lie: a title before a full name is what the person is."""
    found = _regexes()["title_before"].match(part)
    rest = part[found.end():] if found else ""
    return rest if len(rest.split()) >= 2 and is_name(rest) else part


def _without_agency(part: str) -> str:
    """ "NTB-Kari Lie" is Kari Lie of NTB."""
    agency, dash, rest = part.partition("-")
    agencies = {a.lower() for a in load(DATA_DIR, "metadata")["agencies"]}
    return rest if dash and agency.lower() in agencies and rest[:1].isupper() else part


def person_names(parts: list[str]) -> list[str] | None:
    """The parts that are people; None if a part is neither a name, a role nor an outlet."""
    meta = load(DATA_DIR, "metadata")
    roles, agencies = set(meta["roles"]), {a.lower() for a in meta["agencies"]}
    parts = [_without_title(part) for part in parts if part and part.lower() not in roles]
    names: list[str] = []
    for index, part in enumerate(parts):
        if part.lower() in agencies or (0 < index == len(parts) - 1 and is_organisation(part)):
            continue
        if not is_name(part):
            return None
        names.append(part.title() if part.isupper() and " " in part else part)  # "AV KARI LIE"
    return names if names or parts else None


def _uninverted(parts: list[str]) -> list[str]:
    """ "Torkelsen, Jan H." is one name, surname first: a one-word surname, then given
    names that end in an initial."""
    if len(parts) >= 2 and len(parts[0].split()) == 1 and re.fullmatch(r"[A-ZÆØÅ]", parts[1].split()[-1]):
        return [f"{parts[1]}. {parts[0]}", *parts[2:]]
    return parts


def names_people(line: str) -> bool:
    """Whether a line is a list of people's names ("Kari Lie, Per Vik"): a lone word is none."""
    names = split_names(line)
    return names is not None and any(len(name.split()) > 1 for name in names[0])
