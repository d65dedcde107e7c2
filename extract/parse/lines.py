"""Classify a line or block of article text: body, metadata, or boilerplate.

Shared by the plain-text and HTML extractors. Metadata lines are bylines
("Av Kari Nordmann, 20. november 2020", "Tekst: ..."), dates ("Sist oppdatert
09.11.2018", "Publisert: 11.06.2009 kl. 13:05"), lone photo credits
("Foto: NAME") and lines that are only a date. The phrases come from
``metadata.yaml`` and ``boilerplate.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from extract.lexicon import alternation, load
from extract.parse.dates import find_date, parse_date

DATA_DIR = Path(__file__).parent  # parse's own YAML files

MAX_META_LINE = 200  # metadata lines are short; longer ones are body text
MAX_NAME_TOKENS = 6


@dataclass
class LineInfo:
    """What a line is (``body``, ``meta`` or ``drop``) and the metadata it carries."""

    kind: str
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    meta = load(DATA_DIR, "metadata")
    dates = alternation(meta["published"] + meta["updated"], space=" ")
    return {
        "date_keyword": re.compile(rf"(?<!\w)(?:{dates})(?!\w)\s*:?", re.IGNORECASE),
        "byline": re.compile(rf"^(?:{alternation(meta['byline'], space=' ')})\s+(?P<rest>\S.*)$"),
        "authors": re.compile(rf"^(?:{alternation(meta['authors'], space=' ')})\s*:\s*(?P<rest>.+)$",
                              re.IGNORECASE),
        "credit": re.compile(rf"(?<!\w)(?:{alternation(meta['credits'], space=' ')})\s*:", re.IGNORECASE),
        "name_split": re.compile(r"\s*,\s*|\s*;\s*|\s+og\s+|\s+&\s+|\s+and\s+|\s*/\s*"),
        "name_token": re.compile(r"^[A-ZÆØÅÄÖÜÉÈÁ][\w'’.-]*$"),
        "filler": re.compile(rf"(?<!\w)(?:{alternation(meta['date_filler'], space=' ')})(?!\w)"
                             r"|[\s,.:|·•–-]+", re.IGNORECASE),
    }


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load(DATA_DIR, "boilerplate")
    return frozenset(data["exact"]), tuple(data["prefixes"])


def is_boilerplate(text: str) -> bool:
    """True for ad labels, "Les også" links, share buttons and similar non-article text."""
    exact, prefixes = _boilerplate()
    lowered = text.strip().lower()
    return lowered in exact or lowered.rstrip(":") in exact or lowered.startswith(prefixes)


def is_name(text: str) -> bool:
    """Whether ``text`` looks like a person's (or agency's) name: 1–6 capitalised words."""
    particles = set(load(DATA_DIR, "metadata")["name_particles"])
    tokens = text.split()
    return (0 < len(tokens) <= MAX_NAME_TOKENS
            and not any(ch.isdigit() for ch in text)
            and all(_regexes()["name_token"].match(t) or t in particles for t in tokens)
            and not all(t in particles for t in tokens))


def split_names(text: str) -> tuple[list[str], str | None] | None:
    """Names and an optional date from a byline's text, or None if it is not a byline.

    ``"Mari Kristine Buckholm, 20. november 2020"`` → (["Mari Kristine Buckholm"], "2020-11-20").
    """
    roles = set(load(DATA_DIR, "metadata")["roles"])
    text = re.sub(r"\([^)]*\)", " ", text).strip(" .")  # "(tekst)", "(foto)"
    found = find_date(text)
    date = None
    if found:
        date, match = found
        text = (text[:match.start()] + text[match.end():]).strip(" ,.")
    names: list[str] = []
    for part in _regexes()["name_split"].split(text):
        part = part.strip(" .")
        if not part or part.lower() in roles:
            continue
        if not is_name(part):
            return None
        names.append(part)
    return (names, date) if names else None


def _dates(line: str, info: LineInfo) -> bool:
    """Fill published/updated from "Publisert …"/"Oppdatert …" segments; True if any."""
    keywords = list(_regexes()["date_keyword"].finditer(line))
    updated_words = {w.lower() for w in load(DATA_DIR, "metadata")["updated"]}
    for i, keyword in enumerate(keywords):
        end = keywords[i + 1].start() if i + 1 < len(keywords) else len(line)
        date = parse_date(line[keyword.end():end])
        word = keyword.group().rstrip(": ").lower()
        if date and word in updated_words:
            info.updated = info.updated or date
        elif date:
            info.published = info.published or date
    return bool(info.published or info.updated)


def _is_only_date(line: str) -> str | None:
    found = find_date(line)
    if not found:
        return None
    date, match = found
    rest = _regexes()["filler"].sub("", line[:match.start()] + line[match.end():])
    return None if rest else date


def classify_line(line: str) -> LineInfo:
    """Classify one cleaned line of article text."""
    if is_boilerplate(line):
        return LineInfo("drop")
    if len(line) > MAX_META_LINE:
        return LineInfo("body")
    regexes = _regexes()
    info = LineInfo("meta")
    first_keyword = regexes["date_keyword"].search(line)
    head = line[:first_keyword.start()].strip(" ,|·–-") if first_keyword else line
    has_dates = bool(first_keyword) and _dates(line, info)
    if first_keyword and not has_dates:
        return LineInfo("body")
    if not head:
        return info
    only_date = _is_only_date(head)
    if only_date:
        info.published = info.published or only_date
        return info
    byline = regexes["byline"].match(head) or regexes["authors"].match(head)
    if byline:
        credit = regexes["credit"].search(byline["rest"])  # "Tekst: A Foto: B"
        names = split_names(byline["rest"][:credit.start()] if credit else byline["rest"])
        if names:
            info.authors, date = names
            info.published = info.published or date
            return info
    credit = regexes["credit"].match(head)
    if credit and len(head[credit.end():].split()) <= MAX_NAME_TOKENS * 2:
        return info
    return LineInfo("body")
