"""What the writer of a byline is, when the page says it on the line below the name and above
the date ("Kari Lie" / "Communication Manager" / "August 19, 2022"): the reader keeps that
metadata line as "NAME, TITLE" (``parse/text.py``). The title is a title word of ``roles.yaml``
or of ``english_roles.yaml`` (its head), and any words before it the titles' modifiers there
("Daglig leder", "Senior Adviser", "Kommunikasjonsrådgjevar"); a weekday or anything else
there is no title."""

from __future__ import annotations

from functools import cache

from .lexicon import load
from .titles import TitleLexicon

MAX_TITLE_WORDS = 4


@cache
def _words() -> tuple[TitleLexicon, frozenset[str], frozenset[str]]:
    english = load("english_roles")
    return (TitleLexicon(), frozenset(english["title_heads"]),
            frozenset(english["title_modifiers"]) | frozenset(load("roles")["title_modifiers"]))


def writer_title(line: str, author: str) -> str | None:
    """The title in ``line`` ("Kari Lie, Communication Manager") of ``author`` ("Kari Lie"),
    lower case; None if the line is not the author's name and a title."""
    name, comma, title = line.partition(", ")
    words = title.lower().split()
    if name != author or not comma or not 0 < len(words) <= MAX_TITLE_WORDS:
        return None
    titles, heads, modifiers = _words()
    if not (words[-1] in heads or titles.base(words[-1])):
        return None
    return title.lower() if all(word in modifiers or titles.base(word) for word in words[:-1]) else None
