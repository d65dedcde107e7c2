"""Boilerplate lines of a page, which are not the article's text: ad labels, "Les også" links, share
buttons, navigation (alone or run together), a choice of language, breadcrumb trails, image file
names, a notice that the page is old, a keyword without its value (``boilerplate.yaml``,
``metadata.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import alternation, load
from extract.parse.bylines import DATA_DIR
from extract.parse.furniture import is_age_notice, is_bare_keyword

# "Hjem > Aktuelt > Nyheter", "Home › Documents › ...": a site's breadcrumb trail, short parts before the last
_BREADCRUMB = re.compile(r"^(?:[^\s>›»][^>›»]{0,40}?\s+[>›»]\s+){2,}\S")
_IMAGE_FILE = re.compile(r"^(?:\S+ ){0,5}\S+\.(?:jpe?g|png|gif|webp|svg)$")  # "ny klynge (2).jpg"


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load(DATA_DIR, "boilerplate")
    navigation = load(DATA_DIR, "metadata")["navigation"]
    return frozenset(data["exact"]) | frozenset(navigation), tuple(data["prefixes"])


def is_boilerplate(text: str) -> bool:
    """True for ad labels, "Les også" links, share buttons, navigation, breadcrumb trails,
    image file names, a notice that the page is old, a keyword without its value and similar non-article text."""
    exact, prefixes = _boilerplate()
    lowered = text.strip().lower()
    return (lowered in exact or lowered.rstrip(":") in exact or lowered.startswith(prefixes)
            or bool(_IMAGE_FILE.match(lowered)) or bool(_BREADCRUMB.match(lowered))
            or bool(_navigation_run().fullmatch(lowered)) or bool(_language_switch().fullmatch(lowered))
            or is_age_notice(lowered) or is_bare_keyword(lowered))


@cache
def _navigation_run() -> re.Pattern[str]:
    """Navigation links run together on one line: "Skip to content Skip to search"."""
    links = alternation(load(DATA_DIR, "metadata")["navigation"])
    return re.compile(rf"{links}(?:\s+{links})+")


@cache
def _language_switch() -> re.Pattern[str]:
    """A site's choice of language: a label and language codes ("Language: NOR | ENG", "Språk: NO / EN")."""
    labels = alternation(load(DATA_DIR, "metadata")["language_switch_labels"])
    return re.compile(rf"{labels}\s*:?\s*[a-z]{{2,3}}(?:\s*[|/]\s*[a-z]{{2,3}})+")


def breadcrumb_end(text: str) -> str | None:
    """The page a breadcrumb trail ends in ("Hjem > Aktuelt > Ny avtale": "Ny avtale"); None if
    ``text`` is no trail."""
    return re.split(r"\s+[>›»]\s+", text.strip())[-1] if _BREADCRUMB.match(text.strip().lower()) else None
