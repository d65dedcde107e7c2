"""Where an organisation's name ends when the NER model cut it short or gave it another label:
"CEO of Bergen Marine Data" (the model's "Bergen Marine"), "generalsekretær i Norsk Sau og
Geit" (a PROD to the model), "direktør i Norsk olje og gass" (a name in lower case after its first word)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...backbone.lemmas import lexicon as lemma_lexicon
from ...backbone.names import known_first_name
from ..lexicon import load

_ORG_WORD = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ&!+'’-]*$")
_THING_LABELS = frozenset({"PROD", "DRV", "EVT", "MISC"})
_AND = load("function_words")["and"]
_SUFFIXES = frozenset(s for s in load("organizations")["name_suffixes"] if s[:1].isupper())


def mark_things_after_titles(doc: Doc, parts: list[str], prepositions: set[str]) -> None:
    """A model's entity of another kind (a product, a derived name, an event) of two words or
    more, the last capitalised, or of one capitalised word with no hyphen, right after TITLE PREP
    is the organisation the title is held in: "generalsekretær i Norsk Sau og Geit", "daglig
    leder i Transportutvikling"."""
    for token in doc[2:]:
        i = token.i
        if token.ent_iob_ != "B" or token.ent_type_ not in _THING_LABELS or parts[i] \
                or parts[i - 2] != "TITLE" or doc[i - 1].lower_ not in prepositions:
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        one_name = end - i == 1 and _ORG_WORD.match(token.text) and "-" not in token.text  # "Transportutvikling"
        end = _lower_case_name_end(doc, i, end) or end  # "Norsk olje og gass,"
        if (end - i > 1 and _name_ends(doc, i, end) or one_name) and not any(parts[i:end]):
            parts[i:end] = ["ORG"] * (end - i)  # a name, not "FEM-prosjektet" (a field)


def _name_ends(doc: Doc, start: int, end: int) -> bool:
    """Does a name of several words end at ``end``: its last word capitalised ("Norsk Sau og Geit"),
    or its words after the first in lower case, a punctuation mark after ("Norsk olje og gass,")?"""
    return doc[end - 1].text[:1].isupper() or _lower_case_name_end(doc, start, end) == end


def _lower_case_name_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a name written as a sentence ends ("Norsk olje og gass", "Norsk folkehjelp"): the
    entity's words after the first in lower case, with more joined by "og", then a punctuation mark."""
    if not all(t.is_lower and t.is_alpha for t in doc[start + 1:end]):
        return None
    while end + 1 < len(doc) and doc[end].lower_ == _AND and doc[end + 1].is_lower and doc[end + 1].is_alpha:
        end += 2
    return end if end == len(doc) or doc[end].is_punct else None


def extend_organizations_right(doc: Doc, parts: list[str]) -> None:
    """Up to three capitalised words no entity, name or title covers, right after an
    organisation or place, are the rest of its name ("Bergen Marine" + "Data"), unless the first is a
    first name the data knows ("Equinor Kari Hansen" is a caption's organisation and name)."""
    for token in doc[1:]:
        i = token.i
        if parts[i] or parts[i - 1] != "ORG" or token.is_sent_start or token.ent_type_ or not _ORG_WORD.match(token.text) \
                or known_first_name(token.text):
            continue
        end = i
        while end < len(doc) and end - i < 3 and not parts[end] and not doc[end].ent_type_ \
                and _ORG_WORD.match(doc[end].text) and not doc[end].is_sent_start:
            end += 1
        parts[i:end] = ["ORG"] * (end - i)


def extend_organizations_to_prepositions(doc: Doc, parts: list[str], prepositions: set[str]) -> None:
    """Up to two capitalised words no entity, name or title covers, between TITLE PREP and an
    organisation, are its first words: "direktør i SINTEF [Raufoss Manufacturing]"."""
    for title in [k for k, part in enumerate(parts[:-3]) if part == "TITLE"]:  # the parts, not every token
        i = title + 2
        if parts[i] or doc[i - 1].lower_ not in prepositions:
            continue
        end = i
        while end < len(doc) and end - i < 2 and not parts[end] and not doc[end].ent_type_ \
                and _ORG_WORD.match(doc[end].text) and not known_first_name(doc[end].text):
            end += 1
        if end > i and end < len(doc) and parts[end] == "ORG":
            parts[i:end] = ["ORG"] * (end - i)


def mark_names_before_suffixes(doc: Doc, parts: list[str]) -> None:
    """A name the model took for a person's, right before an organisation's last word ("AS",
    "FK", "Group"; in the genitive too), is the rest of that organisation's name: "Nordvik Sjømat ASs"."""
    for i in [k for k, part in enumerate(parts) if part == "ORG" and k and parts[k - 1] == "NAME"]:  # the parts, not every token
        text = doc[i].text
        if not (text in _SUFFIXES or text[:-1] in _SUFFIXES):
            continue
        start = i - 1
        while start > 0 and parts[start - 1] == "NAME":
            start -= 1
        parts[start:i] = ["ORG"] * (i - start)


def mark_phrase_names_after_titles(doc: Doc, parts: list[str], prepositions: set[str]) -> None:
    """A capitalised common noun inside a sentence, after a title (or a titled name) and its
    preposition, with a phrase in lower case after it that a preposition opens and a noun ends, up to
    a punctuation mark or a verb, is an organisation's name written as a phrase: "leder i Leger uten
    grenser", "leiar i Fremtida i våre hender", "styremedlem i Foreningen for hjertesyke barn"."""
    for i in [k for k in range(2, len(doc) - 2) if parts[k - 2] in {"TITLE", "NAME"}]:  # few tokens
        first = doc[i]
        if doc[i - 1].lower_ not in prepositions or parts[i] == "NAME" or first.is_sent_start \
                or not _ORG_WORD.match(first.text) or first.ent_type_ == "PER" or not _common_noun(first.text):
            continue
        end = _lower_case_phrase_end(doc, i + 1)
        if end is not None:
            parts[i:end] = ["ORG"] * (end - i)


def _lower_case_phrase_end(doc: Doc, k: int) -> int | None:
    """End of a phrase in lower case from token ``k`` ("uten grenser", "i våre hender"): a preposition,
    at most three adjectives, possessives and nouns, the last a noun, then a punctuation mark or a verb."""
    if not (doc[k].pos_ == "ADP" and doc[k].is_lower):
        return None
    end = k + 1
    while end < len(doc) and end - k <= 3 and doc[end].is_lower and doc[end].is_alpha \
            and doc[end].pos_ in _PHRASE_POS:
        end += 1
    if end == k + 1 or doc[end - 1].pos_ != "NOUN" or doc[end - 1].lower_ in _TIME_NOUNS:
        return None  # "sjef i Posten i mange år"
    return end if end == len(doc) or doc[end].is_punct or doc[end].pos_ in {"VERB", "AUX"} else None


_PHRASE_POS = frozenset({"ADJ", "PRON", "NOUN"})  # no determiner: "i Posten i de siste årene"
_TIME_NOUNS = frozenset(word for words in load("dates")["ago_units"].values() for word in words)


def _common_noun(word: str) -> bool:
    """Does the lemma lexicon know ``word`` in lower case as a noun ("Leger", "Fremtiden")?"""
    return (word.lower(), "NOUN") in lemma_lexicon()
