"""Lines of a page that read as text but are its furniture, told by their words (``metadata.yaml``):
a notice that the page is old, a date's or a byline's keyword left without its value ("Publisert"),
a reported speech with who said it (a pull quote), and the finite
verb that makes a short line a clause (a headline) rather than a section's label."""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import alternation, load
from extract.parse.bylines import DATA_DIR

_NAME_WORD = r"[A-ZÆØÅ][\w'’-]+"


@cache
def _regexes() -> dict[str, re.Pattern[str]]:
    meta = load(DATA_DIR, "metadata")
    return {
        "age": re.compile(rf"(?<![\w.,])\d{{1,3}}\s+{alternation(meta['age_units'])}(?!\w)", re.IGNORECASE),
        "age_word": re.compile(rf"(?<!\w){alternation(meta['age_words'])}(?!\w)", re.IGNORECASE),
        "age_subject": re.compile(rf"(?<!\w){alternation(meta['age_subjects'])}(?!\w)", re.IGNORECASE),
        # "..., sier Kari Lie.", "..., seier dagleg leiar Ola Nes.", "..., says Jane Smith"
        "speaker": re.compile(rf",\s+{alternation(meta['speech_verbs'])}\s+(?:[\w-]+\s+){{0,4}}?"
                              rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}[.!]?$"),
        "bare_keyword": re.compile(rf"^{alternation(meta['published'] + meta['updated'] + meta['byline'])}\s*:?$",
                                   re.IGNORECASE),
        "verb": re.compile(rf"^{alternation(meta['headline_verbs'])}\s", re.IGNORECASE),
    }


@cache
def _age_notice_words() -> int:
    return load(DATA_DIR, "metadata")["age_notice_words"]


def is_age_notice(line: str) -> bool:
    """A site's notice that the page is old ("Dette innholdet er mer enn 6 år gammelt."): a count of
    years, a word of age and a word naming the page."""
    return (len(line.split()) <= _age_notice_words() and bool(_regexes()["age"].search(line))
            and bool(_regexes()["age_word"].search(line)) and bool(_regexes()["age_subject"].search(line)))


def is_speech_with_speaker(line: str) -> bool:
    """A reported speech opened by a dash or a quotation mark and closed by a speech verb and who
    said it ("– Vi vokser, sier Kari Lie."): a pull quote set off from the article."""
    return line[:1] in "-–—\"«“'" and bool(_regexes()["speaker"].search(line))


def opens_with_verb(line: str) -> bool:
    """Whether a line opens with a finite verb ("Vil styrke næringsklyngene"): a clause."""
    return bool(_regexes()["verb"].match(line))


def is_bare_keyword(line: str) -> bool:
    """A date's or a byline's keyword alone, its value lost in the crawl ("Publisert", "Av:")."""
    return bool(_regexes()["bare_keyword"].match(line))
