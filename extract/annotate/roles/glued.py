"""A person's name the model glued to the organisation before it, after a title and a
preposition ("sier direktør i NCE Fjordreise Dag Jarle Lunde", "konsernsjef i Brennvik Kraft Kari
Lunde") or after "fra" in a caption's list ("fra Velmo Kraft Kari Lunde (rådgiver)"). The capitalised words after TITLE PREP are cut where a first name the data knows opens the
last two to four of them: the words before are the organisation (ORG), the rest the name (NAME).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...backbone.names import known_first_name

_NAME_WORD = re.compile(r"^(?:[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšž'’]+(?:-[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšž'’]+)*|[A-ZÆØÅ]\.)$")
_MAX_RUN = 8
_NAME_LENGTHS = (2, 3, 4)


def split_glued_names(doc: Doc, parts: list[str], prepositions: set[str], group_prepositions: set[str]) -> None:
    """Mark the name at the end of each run of capitalised words after TITLE PREP, or after a group's
    preposition in a caption list ("fra Velmo Kraft Kari Lie (rådgiver)", the run before a bracket),
    as NAME and the words before it as ORG, in ``parts`` and ``token._.role_part``; runs that end in
    no such name, or hold nothing before it, are left as they are."""
    for token in doc[1:-2]:
        i = token.i
        titled = parts[i - 1] == "TITLE" and token.lower_ in prepositions
        if not titled and token.lower_ not in group_prepositions:
            continue
        start = end = i + 1
        while end < len(doc) and end - start < _MAX_RUN and doc[end].text[:1].isupper() \
                and not (end > start and "\n" in doc[end - 1].text_with_ws):
            end += 1
        if not titled and (end == len(doc) or doc[end].text != "("):
            continue
        cut = _name_start(doc, start, end)
        if cut is None:
            continue
        for k in range(start, end):
            parts[k] = doc[k]._.role_part = "ORG" if k < cut else "NAME"


def _name_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the name ending the run ``doc[start:end]`` starts: the first of its last two to four
    words that is a known first name, after at least one word of the organisation."""
    for length in _NAME_LENGTHS:
        cut = end - length
        if cut <= start:
            return None
        words = doc[cut:end]
        if known_first_name(words[0].text) and all(_NAME_WORD.match(t.text) for t in words) \
                and not known_first_name(doc[cut - 1].text):
            return cut
    return None
