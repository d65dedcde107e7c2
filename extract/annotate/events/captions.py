"""Photo captions between a line that announces a list and the list: "I alt fem nye klynger får
Arena-status:", a caption ("A – nytt Arena-prosjekt ... Foto: Kari Hansen"), then the names a line
each. A caption is a line that opens with a credit ("Foto:", "Illustrasjon:"), or the sentence
right before one in its paragraph."""

from __future__ import annotations

from spacy.tokens import Span


def is_caption(words: dict, lines: list[Span], index: int) -> bool:
    """Is ``lines[index]`` a caption: a credit, or the sentence before a credit in its paragraph?"""
    if is_credit(words, lines[index]):
        return True
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and "\n" not in lines[index].text and is_credit(words, following)


def is_credit(words: dict, line: Span) -> bool:
    """Does the line open with a credit cue and a colon ("Foto: Kari Hansen")?"""
    tokens = [t for t in line if not t.is_space]
    return len(tokens) > 2 and tokens[0].lower_ in words["credit_cues"] and tokens[1].text == ":"
