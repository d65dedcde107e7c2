"""Organisations found over tokens: the known names of ``data/organizations.yaml`` (with
their aliases and genitives, "Innovasjon Norges") as token patterns for spaCy's Matcher, and
one to three capitalised words before an organisation word ("Hedmark fylkeskommune",
"Nammo AS"). A Doc's organisations are found once (``OrganizationMatcher.find``) and the
``Organizations`` it gives answer every later question about them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .extensions import text_holds_any
from .lexicon import CAPITALISED_WORD, alternation, load

_WORD = re.compile(CAPITALISED_WORD)
_JOINED_BEFORE = re.compile(r"[\w-]$")  # a word a name cannot start inside of: "Norge-direktør"
_JOINED_AFTER = re.compile(r"[\w-]")
_MAX_WORDS = 3  # capitalised words before an organisation word


def organization_name(words: list[str]) -> bool:
    """Do the words of a name make it an organisation's, never a person's: a first word like
    "Hotel" or a country's genitive ("Norges Volleyballforbund"), a last word like "AS" or
    "Shipping" (its genitive too), or one that ends in a body ("-forbund", "-utvalget") or a firm's
    word ("Vekstforum")?"""
    last = words[-1].rstrip(".") if len(words) > 1 else ""
    return len(words) > 1 and (words[0] in _name_words()["prefixes"] or last in _name_words()["suffixes"]
                               or last.removesuffix("s") in _name_words()["genitive_suffixes"]
                               or bool(_name_words()["body"].match(last.lower()))
                               or bool(_name_words()["compound"].match(last.lower().removesuffix("s"))))


def registry_name(name: str) -> str:
    """A known organisation's name for any of its forms ("Innovasjon Noreg" is Innovasjon Norge); else ``name``."""
    return _registry_names().get(name, name)


@cache
def _registry_names() -> dict[str, str]:
    return {form: org["name"] for org in load("organizations")["known"] for form in [org["name"], *org.get("aliases", [])]}


def organization_body() -> re.Pattern:
    """Lower-case words that name a body, with groups ``compound`` (the part before the body
    noun: "kontroll" in "kontrollutvalget") and ``definite`` (the ending)."""
    return _name_words()["body"]


@cache
def _name_words() -> dict:
    roles, names = load("roles"), load("names")
    nouns, endings = alternation(roles["organization_nouns"]), alternation(roles["definite_endings"])
    countries = [f"{c}s" for c in names["countries"] if not c.endswith("s")]
    return {"prefixes": frozenset([*names["organization_prefixes"], *countries]),
            "suffixes": frozenset(load("organizations")["name_suffixes"]),
            "genitive_suffixes": frozenset(_genitive_suffixes()),
            "body": re.compile(f"^(?P<compound>[a-zæøå-]*)(?:{nouns})(?P<definite>{endings})?$"),
            # "Vekstforum", "Industriinkubator": a firm's last word compounded on one of these
            "compound": re.compile(f"^[a-zæøå]{{3,}}-?{alternation(load('organizations')['compound_name_suffixes'])}$")}


def _genitive_suffixes() -> list[str]:
    """Organisation words that take a genitive -s: "Viken fylkeskommunes", "Kongsberg Gruppens"."""
    return [s for s in load("organizations")["name_suffixes"] if len(s) > 2 and not s.endswith("s")]


@dataclass(frozen=True)
class Candidate:
    """A place an organisation's name may stand: tokens ``start:end``, ``known`` if a name of the
    data file (else capitalised words and an organisation word), and its name."""

    start: int
    end: int
    known: bool
    name: str
    genitive: bool = False  # a known name with an -s its form lacks: "Innovasjon Norges"


class OrganizationMatcher:
    """Finds the organisations of a Doc (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        data = load("organizations")
        self.canonical_of: dict[str, str] = {}
        self.matcher = PhraseMatcher(nlp.vocab)
        self.split_names = SplitNames()
        for org in data["known"]:
            for form in [org["name"], *org.get("aliases", [])]:
                self.canonical_of[form] = org["name"]
                forms = [nlp.make_doc(form), nlp.make_doc(form + "s")]
                self.matcher.add("KNOWN", forms)
                self.split_names.add(forms)
        self.matcher.add("SUFFIX", [nlp.make_doc(suffix) for suffix in data["name_suffixes"]])
        self.matcher.add("SUFFIX_GENITIVE", [nlp.make_doc(suffix + "s") for suffix in _genitive_suffixes()])
        self.known_id = nlp.vocab.strings["KNOWN"]
        self.genitive_id = nlp.vocab.strings["SUFFIX_GENITIVE"]
        self.and_word = load("function_words")["and"]
        self.joined_units = [unit.split() for unit in data["regional_units"] if " " in unit]
        self.bodies = tuple(data["compound_bodies"])
        self.body_ends = tuple(f"{body}{s}" for body in self.bodies for s in ("", "s"))
        self.compound_body = re.compile(f"^[a-zæøå]{{3,}}(?:{alternation(data['compound_bodies'])})(?P<genitive>s?)$")

    def find(self, doc: Doc) -> Organizations:
        """Every place in ``doc`` an organisation's name may stand."""
        candidates: dict[int, list[Candidate]] = {}
        known = [(self.known_id, start, end) for start, end in self.split_names.find(doc)]
        for match_id, start, end in [*self.matcher(doc), *known]:
            if match_id == self.known_id:
                found = [self._known(doc, start, end)]
            else:
                genitive = match_id == self.genitive_id  # "Viken fylkeskommunes": named without the -s
                found = [Candidate(first, end, False, doc[first:end].text.removesuffix("s") if genitive
                                   else doc[first:end].text, genitive) for first in self._starts(doc, start)]
            for candidate in found:
                candidates.setdefault(candidate.start, []).append(candidate)
        for candidate in self._compound_bodies(doc):
            candidates.setdefault(candidate.start, []).append(candidate)
        return Organizations(doc, candidates)

    def _compound_bodies(self, doc: Doc) -> list[Candidate]:
        """One-word bodies in any case, with a first half joined by "og": "finansdepartementet",
        "helse- og omsorgsdepartementets" (named without the -s)."""
        found = []
        if not text_holds_any(doc, self.bodies):
            return found  # most Docs: one look at the text instead of every token
        for token in doc:
            match = self.compound_body.match(token.lower_) if token.lower_.endswith(self.body_ends) else None
            if match is None:
                continue
            start = token.i
            if start >= 2 and doc[start - 1].lower_ == self.and_word and doc[start - 2].text.endswith("-"):
                start -= 2  # "Barne- og familiedepartementet"
            text = doc[start:token.i + 1].text
            genitive = bool(match.group("genitive"))
            found.append(Candidate(start, token.i + 1, False, text[:-1] if genitive else text, genitive))
        return found

    def _starts(self, doc: Doc, suffix: int) -> list[int]:
        """Where the words before the organisation word at token ``suffix`` may start: one to
        three capitalised words, or a region named with "og" ("Møre og Romsdal fylkeskommune")."""
        starts = _word_starts(doc, suffix)
        for unit in self.joined_units:
            first = suffix - len(unit)
            if first >= 0 and [t.text for t in doc[first:suffix]] == unit:
                starts.append(first)
        return starts

    def _known(self, doc: Doc, start: int, end: int) -> Candidate:
        """A known form, genitive or not, by its canonical name; a form written over a line
        break is named as written."""
        text = doc[start:end].text
        if text in self.canonical_of:
            return Candidate(start, end, True, self.canonical_of[text])
        genitive = text.endswith("s") and text[:-1] in self.canonical_of
        return Candidate(start, end, True, self.canonical_of[text[:-1]] if genitive else text, genitive)


def _name_patterns(nlp: Language, form: str) -> list[list[dict]]:
    """A name's tokens with any whitespace between its words, and its genitive. (Token
    texts only: the Matcher compares them in C, while it calls Python for an "IN" list.)"""
    words = [t.text for t in nlp.make_doc(form)]
    pattern: list[dict] = []
    for word in words[:-1]:
        pattern += [{"ORTH": word}, {"IS_SPACE": True, "OP": "*"}]
    return [pattern + [{"ORTH": last}] for last in (words[-1], words[-1] + "s")]


class SplitNames:
    """Known names with more whitespace between their words than one space ("Innovasjon\n
    Norge"), which the tokenizer makes tokens of. Looked for at those tokens only."""

    def __init__(self) -> None:
        self.by_gap: dict[tuple[str, str], list[tuple[list[str], list[bool], int]]] = {}

    def add(self, forms: list[Doc]) -> None:
        for form in forms:
            words, spaced = [t.text for t in form], [bool(t.whitespace_) for t in form]
            for k in range(len(words) - 1):
                if spaced[k]:
                    self.by_gap.setdefault((words[k], words[k + 1]), []).append((words, spaced, k))

    def find(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of every known name in ``doc`` with a whitespace token inside it."""
        found = set()
        for token in doc:
            if not token.is_space or token.i == 0 or doc[token.i - 1].is_space:
                continue
            after = token.i + 1
            while after < len(doc) and doc[after].is_space:
                after += 1
            if after == len(doc):
                continue
            for words, spaced, k in self.by_gap.get((doc[token.i - 1].text, doc[after].text), []):
                start = _aligned(doc, token.i - 1, words[k::-1], spaced[k - 1::-1] if k else [], -1)
                end = _aligned(doc, after, words[k + 1:], spaced[k + 1:], 1)
                if start is not None and end is not None:
                    found.add((start, end + 1))
        return sorted(found)


def _aligned(doc: Doc, i: int, words: list[str], spaced: list[bool], step: int) -> int | None:
    """The last token of ``words`` read from token ``i`` in direction ``step``, whitespace
    tokens allowed where ``spaced`` says the name has a space; None if they are not there."""
    for n, word in enumerate(words):
        if n:
            i += step
            while spaced[n - 1] and 0 <= i < len(doc) and doc[i].is_space:
                i += step
        if not 0 <= i < len(doc) or doc[i].text != word:
            return None
    return i


def _word_starts(doc: Doc, suffix: int) -> list[int]:
    """Where one to three capitalised words, each followed by one space, start before the
    organisation word at token ``suffix``."""
    starts = []
    first = suffix
    while first > 0 and suffix - first < _MAX_WORDS and doc[first - 1].whitespace_ == " " \
            and _WORD.fullmatch(doc[first - 1].text):
        first -= 1
        starts.append(first)
    return starts


@dataclass(frozen=True)
class Organizations:
    """The organisations of one Doc: every candidate by its first token."""

    doc: Doc
    candidates: dict[int, list[Candidate]]

    def at(self, start: int, end: int, genitive: bool = False) -> Candidate | None:
        """The organisation a text of tokens ``start:end`` opens with, if it opens with one:
        a known name before other words, the longest first. ``genitive``: the text ends
        before the last token's -s ("Innovasjon Norge" of "Innovasjon Norges")."""
        fitting = [c for c in self.candidates.get(start, [])
                   if c.end < end and self._closed(c.end) or c.end == end and (c.genitive or not genitive)]
        return max(fitting, key=lambda c: (c.known, c.end), default=None)

    def spans(self) -> list[Candidate]:
        """The organisations the Doc's text reads as, in order: from the left, each after the last."""
        found, end = [], 0
        for start in sorted(self.candidates):
            if start < end or start > 0 and self._joined_before(start):
                continue
            candidate = self.at(start, len(self.doc))
            if candidate is not None:
                found.append(candidate)
                end = candidate.end
        return found

    def _joined_before(self, start: int) -> bool:
        before = self.doc[start - 1]
        return not before.whitespace_ and bool(_JOINED_BEFORE.search(before.text))

    def _closed(self, end: int) -> bool:
        """No word runs on from token ``end - 1`` into the next token."""
        return bool(self.doc[end - 1].whitespace_) or not _JOINED_AFTER.match(self.doc[end].text)
