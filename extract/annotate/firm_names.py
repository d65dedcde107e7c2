"""Words the model takes for a person's name that name a firm or a body (who is no person, as
``person_names`` says for places and lists of names):

- ``in_firm_list``: an item of a line's list of firms ("Flere bedrifter deltar: Avanti Fjellteknikk, Celmar
  Betong as, Elkor Vefsn og Mo Varme as");
- ``titled_organization``: the words after a title that follows a person's name and a comma ("Petter Sand,
  daglig leder Havbruk Valley"): where that person holds the title.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from ..backbone.names import known_first_name
from .lexicon import load
from .person_names import evidence as person_evidence
from .titles import TitleLexicon


_ITEM_OPENERS = frozenset({":", ",", "(", ";"})
_ORGANIZATIONS = frozenset({"ORG", "GPE_ORG"})


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(verb for verb in load("roles")["speech_verbs"] if " " not in verb)


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(load("organizations")["name_suffixes"])


@cache
def _abbreviation_words() -> frozenset[str]:
    return frozenset(word for short in load("roles")["abbreviations"] for word in short.split())


def in_firm_list(span: Span) -> bool:
    """An item of two words or more in a line's list of three items or more, joined by commas and "og", that
    lists firms ("Avanti Fjellteknikk, Elkor Vefsn, Celmar Betong as, Imtek og Mo Varme as"): its own item or two
    others are firms (``_firm``), two items of more words that are none stand next to each other, and no title stands
    in it; not where people and their organisations take turns ("Natalia Dal, NCCE, Bente Lie, Siva") or a first
    name the data knows opens an item, nor where a title or verb of saying stands next to the span."""
    if len(span) < 2 or known_first_name(span[0].text) or person_evidence(span.doc, span, span.text):
        return False
    items = _list_items(span.doc, span.start, span.end)
    if len(items) < 3 or any(known_first_name(item[0].text) for item in items):
        return False
    firms = [_firm(item) for item in items]
    if any(item.start == span.start and firm for item, firm in zip(items, firms)):
        return True  # "Celmar Betong as" itself
    if sum(firms) < 2:
        return False
    kinds = [firm for item, firm in zip(items, firms) if firm or len(item) > 1]  # one-word places and names aside
    return any(not a and not b for a, b in zip(kinds, kinds[1:]))  # two names in a row: no name-and-firm turns


def _firm(item: Span) -> bool:
    """An item that names a firm: it ends in a firm's suffix ("Celmar Betong as"), or is one word the model
    takes for an organisation ("Imtek"; not the first half of "Nærings- og fiskeridepartementet")."""
    return _suffixed(item[-1], _suffixes()) or len(item) == 1 and item[0].ent_type_ in _ORGANIZATIONS \
        and not item.text.endswith("-")


def _list_items(doc: Doc, start: int, end: int) -> list[Span]:
    """The items of the list of capitalised names on ``doc[start:end]``'s line, joined by commas and
    "og" (a firm's suffix in lower case inside them); none where a title or another word stands in it."""
    joins, suffixes = {",", load("function_words")["and"]}, _suffixes()

    def in_list(token) -> bool:
        return token.lower_ in joins or token.text[:1].isupper() or _suffixed(token, suffixes)

    left = start
    while left > 0 and in_list(doc[left - 1]) and "\n" not in doc[left - 1].whitespace_:
        left -= 1
    right = end
    while right < len(doc) and in_list(doc[right]) and "\n" not in doc[right - 1].whitespace_:
        right += 1
    if any(t._.role_part == "TITLE" for t in doc[left:right]):
        return []
    items, begin = [], left
    for k in range(left, right + 1):
        if k == right or doc[k].lower_ in joins:
            if k > begin and doc[begin].text[:1].isupper():
                items.append(doc[begin:k])
            begin = k + 1
    return items


def titled_organization(doc: Doc, start: int, titles: TitleLexicon) -> bool:
    """The words from ``doc[start]`` on after a title that follows a person's name and a comma ("Petter Sand, daglig
    leder Havbruk Valley", "Kari Li, adm.dir Fjellmat"): the title is that person's and the words name where it
    is held, unless a first name the data knows opens them ("Fra venstre: Kari Li, styreleder Ola Dal") or the name
    before is one of a coordination or has a title of its own ("trenerne Kari Li og Ola Dal, keepertrener Emilio
    Alvares"): the name opens a list's item (a line, a sentence, or after ":", "," or "(") or follows a verb of saying
    ("sier Kari Li, adm. dir Fjellmat")."""
    k = start
    while k > 0 and _title_word(doc[k - 1], titles):
        k -= 1
    if not (start > k >= 2 and doc[k - 1].text == "," and doc[k - 2].ent_type_ == "PER") \
            or doc[start - 1].lower_ in titles.modifiers or known_first_name(doc[start].text):
        return False
    name = k - 2
    while name > 0 and doc[name].ent_iob_ == "I":
        name -= 1
    before = doc[name - 1]
    return doc[name].is_sent_start or before.text in _ITEM_OPENERS or "\n" in before.whitespace_ \
        or before.lower_ in _speech_verbs()


def _title_word(token, titles: TitleLexicon) -> bool:
    """A word of a title: a title ("leder", "adm.dir"), a word before one ("daglig", "adm.") or an abbreviation's."""
    return titles.base(token.text) is not None or token.lower_ in titles.modifiers \
        or token.lower_ in _abbreviation_words()


def _suffixed(token, suffixes: frozenset[str]) -> bool:
    """A firm's suffix, in any case ("as", "AS", "asa")."""
    return token.text in suffixes or token.text.upper() in suffixes
