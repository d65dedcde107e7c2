"""Where a cluster name ends: before a word for a document ("Arena Vindenergi Sluttevaluering",
"NCE Tindra Årsrapport 2019": the title of a report on the cluster, not a longer name; the words,
and the compounds ending in them, are ``document_words`` in ``data/clusters.yaml``) or a form's field label
("Fjordlys Prosjektleder:", ``form_field_labels``); over a dash
of any kind, or a lone "?" for a lost one; before an acronym in brackets, another form of it; over "i"
and a place where a name of common words is always written with it ("Energi i Nord"), or is the subject of its
verb with it ("Sjømat i Vest får NCE-status")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..backbone.lemmas import lexicon

from .extensions import doc_text
from .lexicon import load

ACRONYM = re.compile(r"[A-ZÆØÅ][A-ZÆØÅ&]{1,7}")  # "NWC", "NO&DE"
BRACKETED_ACRONYM = re.compile(rf"\s*\((?P<short>{ACRONYM.pattern})\)")
_INNER_PLACE = re.compile(r" (?P<inner>\w+) [A-ZÆØÅ][\wæøå]+(?![\wæøå-])")  # " i Nord"
_INNER_ARTICLE_PLACE = re.compile(r" (?P<inner>\w+) (?P<article>\w+) (?P<word>[A-ZÆØÅ][\wæøå]+)(?![\wæøå-])")
_WORD_AFTER = re.compile(r"\s+(?P<word>[\wæøå]+)")
_WORD_BEFORE = re.compile(r"(?P<word>[\wæøå]+)\s+$")
_QUOTED_TITLE = re.compile(r"[«“\"](?P<title>[^«»“”\"\n]{1,80})[»”\"]-(?P<tail>\w+)")  # "«Kyst og Fjord»-programmet"
_SPACED_DASH = re.compile(r"\\s\+(?:–|—|\\-)\\s\+")  # a spaced dash in a pattern of ``alternation``


def any_dash(pattern: str) -> str:
    """The pattern with every spaced dash of a name matching any dash, or a lone "?" for one lost
    ("NCE Tourism ? Fjord Norway": a page whose dash did not survive its encoding)."""
    return _SPACED_DASH.sub(lambda _m: r"\s+[–—?\-]\s+", pattern)


def dash_forms(name: str) -> list[str]:
    """The name, and with each spaced dash or lone "?" written as the other dashes."""
    return [name, *(re.sub(r" [–—?-] ", f" {dash} ", name) for dash in "–—-")]


@cache
def _document_words() -> tuple[str, ...]:
    return tuple(word.lower() for word in load("clusters")["document_words"])


def is_document_word(word: str) -> bool:
    """Is the word one for a document, or a compound ending in one ("Sluttevaluering", "Årsmelding")?"""
    return word.lower().endswith(_document_words())


@cache
def _form_labels() -> frozenset[str]:
    return frozenset(load("clusters")["form_field_labels"])


def is_form_label(word: str) -> bool:
    """Is the word a field label of a document's form ("Tittel", "Prosjektleder", "Oppdragsgjevar")?"""
    return word.lower() in _form_labels()


def form_field_value(span: Span) -> bool:
    """Is the span the value of a document form's field, right after its label and a colon ("Prosjektleiar: Ola Dahl")?"""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].text == ":" and is_form_label(doc[span.start - 2].text)


def name_length(words: list[str]) -> int:
    """How many of a name's words are the name: those before the first document word or form label after its first
    ("Fjordlys Prosjektperiode: mars 2012": Fjordlys)."""
    return next((k for k in range(1, len(words)) if is_document_word(words[k]) or is_form_label(words[k])),
                len(words))


@cache
def _common_name_words() -> frozenset[str]:
    """Lowercase forms the lemma lexicon reads as a common noun or adjective (``common_name_tags``), and the
    ``common_words`` of ``data/clusters.yaml`` ("Sjømat", "Helse")."""
    tags = set(load("events")["common_name_tags"])
    known = {word.lower() for word in load("clusters")["common_words"]}
    return frozenset(form for form, upos in lexicon() if upos in tags) | known


def common_name_word(word: str) -> bool:
    """Is the word (any case) a common noun or adjective of the lexicon or a ``common_words`` of ``data/clusters.yaml``,
    or a compound ending in one of at least four letters ("Skognæringa": skog + næringa)?"""
    lower, common = word.lower(), _common_name_words()
    return any(lower[k:] in common for k in [0, *range(3, len(lower) - 3)])


def written_whole(text: str, short: str, whole: str, repeats: int) -> bool:
    """Does the text write ``whole`` at least ``repeats`` times and ``short`` never but as its start, a headline
    apart (a first line with no full stop: "Sjømatnæringa får Arena-status" over "Sjømatnæringa i Nord-Norge ...")?"""
    body = text[headline_end(text):]
    wholes = len(re.findall(rf"(?<!\w){re.escape(whole)}(?!\w)", text))
    shorts = len(re.findall(rf"(?<!\w){re.escape(short)}(?!\w)", body))
    return wholes >= repeats and len(re.findall(rf"(?<!\w){re.escape(whole)}(?!\w)", body)) == shorts


def headline_end(text: str) -> int:
    """Where the text's headline ends: its first line where a line follows and it ends in no full stop, else 0."""
    headline, _break, body = text.partition("\n")
    return 0 if not body.strip() or headline.rstrip().endswith((".", "!", "?")) else len(headline)


def over_inner_place(text: str, start: int, end: int, canonical: str) -> tuple[int, int, str]:
    """A new name of common words alone ("Energi") found at ``start:end`` goes on over "i" and a capitalised
    word where the text writes that whole at least twice, or once after a noun that introduces a name, and the
    short form never alone ("Næringsklynga Energi i Nord"; ``name_inner_prepositions``, ``name_extent_repeats``,
    ``name_classifiers`` in ``data/events.yaml``)."""
    words, short = load("events"), text[start:end]
    english = _english_inner(words, text, start, end, canonical)
    if english is not None:
        return english
    place = _INNER_PLACE.match(text, end)
    if short != canonical or not place or place["inner"] not in words["name_inner_prepositions"] \
            or not all(common_name_word(word) for word in short.split(" ")):
        return start, end, canonical
    whole = text[start:place.end()]
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    introduced = before is not None and before["word"].lower() in words["name_classifiers"]
    repeats = 1 if introduced else words["name_extent_repeats"]  # once after "klynga": "Klynga Energi i Nord"
    return (start, place.end(), whole) if written_whole(text, short, whole, repeats) else (start, end, canonical)


def _english_inner(words: dict, text: str, start: int, end: int, canonical: str) -> tuple[int, int, str] | None:
    """An English name that goes on over a preposition, an article and a capitalised word ("Energy in the North",
    "Centre for the Ocean of the Arctic") where the text writes the whole twice, or once with a word for cluster
    after it ("Energy in the North cluster") or a noun that introduces a name before it ("klynga Energy in the
    North"); ``english_inner_prepositions``, ``english_inner_articles``, ``name_classifiers``."""
    if text[start:end] != canonical:
        return None
    place = _INNER_ARTICLE_PLACE.match(text, end)
    while place and place["inner"] in words["english_inner_prepositions"] \
            and place["article"] in words["english_inner_articles"] \
            and place["word"].lower() not in words["english_inner_not_before"]:
        end, place = place.end(), _INNER_ARTICLE_PLACE.match(text, place.end())
    whole = text[start:end]
    if whole == canonical:
        return None
    tail, before = _WORD_AFTER.match(text, end), _WORD_BEFORE.search(text, max(0, start - 40), start)
    introduced = tail is not None and tail["word"].lower() in words["cluster_name_tails"] \
        or before is not None and before["word"].lower() in words["name_classifiers"]  # "klynga Havlys in the North"
    return (start, end, whole) if written_whole(text, canonical, whole, 1 if introduced else 2) else None


def english_inner_end(words: dict, doc: Doc, start: int, end: int) -> int | None:
    """The end token of a new name on tokens ``start:end`` that goes on over "in the North" (``_english_inner``)."""
    first, last = doc[start], doc[end - 1]
    whole = _english_inner(words, doc_text(doc), first.idx, last.idx + len(last), doc[start:end].text)
    span = doc.char_span(whole[0], whole[1]) if whole else None
    return span.end if span is not None else None


def subject_with_place(words: dict, token: Token) -> bool:
    """Is the word a capitalised common noun, the subject of its verb in the parse, with "i" and a capitalised
    place after it, before its verb ("Energi i Nord får status som Arena-klynge", "... at Skognæringa i Midt-Norge
    har blitt utpekt ..."): a name written with its place, even once (``subject_deps``, ``name_inner_prepositions``
    in ``data/events.yaml``)?"""
    doc = token.doc
    if token.i + 2 >= len(doc) or not _subject(words, token) or not token.text[:1].isupper():
        return False
    inner, place = doc[token.i + 1], doc[token.i + 2]
    return inner.lower_ in words["name_inner_prepositions"] and place.head.i == inner.i and place.pos_ == "PROPN" \
        and place.text[:1].isupper() and (inner.head.i == token.i or token.head.i > place.i)


def _subject(words: dict, token: Token) -> bool:
    """Is the word the subject in the parse, or stands it in for a label before a colon that the parse takes for
    the subject ("Sjøfart: Havbruksnæringa i Midt-Norge er utpekt ...": the label's conjunct)?"""
    if token.dep_ in words["subject_deps"]:
        return True
    head = token.head
    return token.i >= 2 and token.doc[token.i - 1].text == ":" and head.i == token.i - 2 \
        and head.dep_ in words["subject_deps"]


def with_subject_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, a one-word name of common words that is a subject with its place ("Sjømat i Vest får NCE-status")
    grown over the place where the text never writes it alone."""
    words, text = load("events"), doc_text(doc)
    grown = []
    for span in spans:
        if len(span) == 1 and span._.canonical == span.text and common_name_word(span.text) \
                and subject_with_place(words, span[0]):
            whole = doc[span.start:span.end + 2]
            if written_whole(text, span.text, whole.text, 1):
                span = Span(doc, whole.start, whole.end, label=span.label_)
                span._.canonical = whole.text
        grown.append(span)
    return grown


def in_programme_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a quoted title glued to a word for a programme ("i «Kyst og Fjord»-programmet":
    the programme's name, no cluster's; ``programme_tails`` in ``data/clusters.yaml``)?"""
    if "-" not in text[end:end + 90]:
        return False
    tails = {word.casefold() for word in load("clusters")["programme_tails"]}
    return any(m.start("title") <= start and end <= m.end("title") and m["tail"].casefold() in tails
               for m in _QUOTED_TITLE.finditer(text, max(0, start - 90), end + 90))


def cut_by_page_end(text: str, name: str, end_char: int, names: set[str]) -> tuple[bool, str | None]:
    """Is ``name`` (ending at ``end_char``) cut short by the end of an unfinished page ("...,
    deriblant helseklyngen Norwegian S"), and the one name of ``names`` it begins, if there is one?
    Only a name ending the text counts; it is cut where its last word is one letter."""
    if text[end_char:].strip():
        return False, None
    begun = {other for other in names if other.startswith(name) and other != name}
    whole = begun.pop() if len(begun) == 1 else None
    return whole is not None or len(name.rsplit(" ", 1)[-1]) == 1, whole

