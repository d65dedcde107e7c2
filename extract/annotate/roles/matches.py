"""The role patterns of ``data/role_patterns.jsonl``, applied with spaCy's Matcher."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ..lexicon import DATA_DIR, load, read_patterns

_PEOPLE_WORD = re.compile(f"^(?:{'|'.join(map(re.escape, load('roles')['apposition_people']))})"
                          f"(?:{'|'.join(load('roles')['apposition_people_endings'])})$")


def pattern_pieces() -> dict[str, list[str]]:
    """The word lists of ``roles.yaml`` and ``occupations.yaml`` that the role patterns name
    ("{ORG_PREPOSITIONS}", "{WORK_WORDS}")."""
    return {key.upper(): value for name in ("roles", "occupations") for key, value in load(name).items()
            if isinstance(value, list)}


class RolePatterns:
    """The matches of the role patterns in a marked Doc; each title belongs to one match."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.priority: dict[int, tuple[int, str]] = {}  # match id -> (line in the file, rule)
        for number, entry in enumerate(read_patterns(DATA_DIR / "role_patterns.jsonl", pattern_pieces())):
            key = f"{entry['id']}#{number}"
            self.priority[nlp.vocab.strings.add(key)] = (number, entry["id"])
            self.matcher.add(key, [entry["pattern"]], greedy="LONGEST")

    def __call__(self, doc: Doc, parts: list[str]) -> list[tuple[str, Span]]:
        """(rule, span) of each chosen match in document order. A match claims its title
        words, the first pattern in the file winning, then the longest match."""
        candidates = []
        for match_id, start, end in self.matcher(doc):
            number, rule = self.priority[match_id]
            candidates.append((number, start - end, start, rule, doc[start:end]))
        candidates = _title_first_lists(candidates, parts)
        claimed: set[int] = set()
        chosen = []
        for _, _, _, rule, span in sorted(candidates, key=lambda c: c[:3]):
            titles = set(title_indices(span, parts))
            if not titles & claimed:
                claimed |= titles
                chosen.append((rule, span))
        return sorted(chosen, key=lambda c: c[1].start)


def title_indices(span: Span, parts: list[str]) -> list[int]:
    """The TITLE words of a match, less a word for the person's party or people that is a title of
    its own, between a comma and the name after another title ("Leder for kontrollkomiteen,
    demokraten Kari Holm": "demokraten" is matched alone too)."""
    titles = [i for i in range(span.start, span.end) if parts[i] == "TITLE"]
    doc = span.doc
    return [i for i in titles if not (i > titles[0] and doc[i - 1].text == "," and i + 1 < span.end
                                      and parts[i + 1] == "NAME" and _PEOPLE_WORD.match(doc[i].lower_))]


def _title_first_lists(candidates: list[tuple], parts: list[str]) -> list[tuple]:
    """Without the "NAME, TITLE i ORG" matches of a list that puts each title before its name:
    in "næringsminister, A, administrerende direktør i Innovasjon Norge, B, administrerende
    direktør i Siva, C" the title after A is B's. Such a match is left out when its name has a
    title of its own before it (a title, or a "TITLE i ORG, NAME" match ending at the name) and
    its title heads a "TITLE i ORG, NAME" match of the next name."""
    before_name = [c for c in candidates if c[3] == "role-before-name" and parts[c[4].end - 1] == "NAME"]
    ends = {c[4].end for c in before_name}
    kept = []
    for candidate in candidates:
        span = candidate[4]
        name_end = span.start
        while name_end < span.end and parts[name_end] == "NAME":
            name_end += 1
        doc = span.doc
        titled_before = span.start >= 2 and doc[span.start - 1].text == "," \
            and (parts[span.start - 2] == "TITLE" or name_end in ends)
        titles = {i for i in range(name_end, span.end) if parts[i] == "TITLE"}
        heads_next = any(titles & {i for i in range(c[4].start, c[4].end) if parts[i] == "TITLE"}
                         and c[4].end > span.end for c in before_name)
        if not (candidate[3] == "name-comma-role" and titled_before and heads_next):
            kept.append(candidate)
    return kept
