"""Entities the statistical NER model cuts or mislabels, mended before roles are read.

Person names:
- a name with particles ("Jan van" + "der" + "Berg" is Jan van der Berg, "Karim" + "bin Omar");
- a last name the parse joins to the name (flat) that the model left out ("Anne Grete" + "Vik");
- a first name before an initial ("Eivor" + "K. Lysne") or one the parse joins the name to
  ("Dmitrij" + "Ivanov");
- a title or an organisation word the model took into a name ("Rådgiver Beat Feuz",
  "Norsk Polarinstitutt Manitra Rakotoarivony" after "forsker ved");
- a name-shaped span the model calls an organisation, with a person's evidence next to it: a
  title before it ("nestleder Manitra Rakotoarivony"), ", TITLE" or "(TITLE" after it ("Beat
  Feuz, styremedlem i ..."), "er TITLE" or "er utnevnt til TITLE" after it, or a person's name
  it is coordinated with ("Luis García og Fraser Forster"); name words no entity covers with such
  evidence are a person's name too ("Tomasz Wiśniewski (overlege i ...)").

Organisations: a genitive before a title with the capitalised words before it ("SINTEF Oceans
fagsjef", "Natur og Ungdoms leiar", "NTNUs rektor"); the whole of a name the organisation finder
reads where the model took part of it ("Vestfold og Telemark fylkeskommunes"), or an organisation
and one word it took for a person's name after "og" ("Norsk Sau og Geit"); an organisation
does not end in "og" and the words after it ("Folkehelseinstituttet og har vore det ...": the
clause goes on), nor in a title ("Helse Bergens rådgiver").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import islice

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..backbone.lemmas import lexicon as lemma_lexicon
from ..backbone.names import known_first_name
from .lexicon import load
from .organizations import Organizations, organization_body, organization_name
from .titles import TitleLexicon

_INITIAL = re.compile(r"^(?:[A-ZÆØÅ]\.)+$")
_NAME_WORD = re.compile(r"^(?:[A-Z]['’](?=[A-Z]))?"  # "O'Rourke"
                        r"[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšžćńłśźż'’]+(?:-[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšžćńłśźż]+)*$")
_NOT_PERSON_LABELS = frozenset({"ORG", "GPE_ORG", "MISC", "PROD", "EVT"})
_GENITIVE_NAME = re.compile(r"^(?:[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšžćńłśźż]{2,}|[A-ZÆØÅ]{2,})s$")  # "Equinors", "NTNUs"
_UNLABELLED = "UNLABELLED"  # name words no entity covers
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE_ORG"})  # only "og" joins these to a person
_MAYBE_PEOPLE = _NOT_PERSON_LABELS | {_UNLABELLED}
_COMMON_POS = ("NOUN", "ADJ", "ADV", "VERB", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "NUM")


@cache
def _words() -> dict:
    names = load("names")
    return {"particles": frozenset(names["particles"]),
            "not_people": frozenset(n for key in ("outlets", "agencies", "clubs", "places", "countries")
                                    for n in names[key]),
            "and": load("function_words")["and"], "relative": load("function_words")["relative"],
            "speech_verbs": frozenset(v for v in load("roles")["speech_verbs"] if " " not in v),
            **{key: frozenset(load("roles")[key]) for key in ("copulas", "appointed", "appointed_to", "new_words",
                                                       "org_prepositions", "definite_endings")}}


def repair_entities(doc: Doc, titles: TitleLexicon, organizations: Organizations) -> None:
    """Mend the model's entities of ``doc`` as the module docstring says; ``organizations``
    are the Doc's organisations."""
    changed = _whole_organizations(doc, organizations) + _coordinated_organizations(doc)
    people: set[int] = set()  # where the names this pass makes people's end
    for ent in sorted([*doc.ents, *_unlabelled_names(doc, titles)], key=lambda e: e.start):
        if ent.label_ in _NOT_PERSON_LABELS and _organization_words(ent, titles) < len(ent):
            changed.append(Span(doc, ent.start, ent.start + _organization_words(ent, titles), label=ent.label_))
            continue
        if ent.label_ in _NOT_PERSON_LABELS and _genitive_start(doc, ent, titles) < ent.start:
            changed.append(Span(doc, _genitive_start(doc, ent, titles), ent.end, label=ent.label_))
            continue
        head = _organization_head(ent, titles) if ent.label_ in _NOT_PERSON_LABELS else 0
        title = head == 1 and bool(titles.base(ent[0].text))
        if head:
            changed.append(Span(doc, ent.start, ent.start + head, label="" if title else "ORG"))
            ent = Span(doc, ent.start + head, ent.end, label=ent.label_)
        if ent.label_ in _MAYBE_PEOPLE and _person_shaped(ent, titles) and _person_evidence(doc, ent, titles, people):
            ent = Span(doc, ent.start, ent.end, label="PER")
        elif title:
            changed.append(ent)  # "CEO Scatec Solar": the title goes, the organisation stays one
        if ent.label_ == "PER":
            start, end = _left_edge(doc, ent.start, titles), _right_edge(doc, ent.end)
            if start == end:
                continue
            people.add(end)
            if (start, end, "PER") != (ent.start, ent.end, ent.label_) or ent.label_ != doc[ent.start].ent_type_:
                changed.append(Span(doc, start, end, label="PER"))
    changed += _genitive_organizations(doc, titles)
    if not changed:
        return
    changed = filter_spans(changed)
    dropped = [s for s in changed if not s.label_]
    changed = [s for s in changed if s.label_]
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in [*changed, *dropped])]
    doc.ents = sorted(kept + changed, key=lambda s: s.start)


def _unlabelled_names(doc: Doc, titles: TitleLexicon) -> list[Span]:
    """Two to four name words no entity covers, none a common word or a title ("Tomasz Wiśniewski
    (overlege i ...)"): a person's name if the evidence says so."""
    found, run, particles = [], [], _words()["particles"]
    for token in [*doc, None]:
        if token is not None and not token.ent_type and (
                run and (token.text in particles or _INITIAL.match(token.text))
                or not token.is_lower and _name_word(token) and not (not run and _genitive_word(token.text))
                and not titles.base(token.text) and not _common_word(token.text, titles)):
            run.append(token)
            continue
        if 2 <= len(run) <= 4:
            found.append(Span(doc, run[0].i, run[-1].i + 1, label=_UNLABELLED))
        run = []
    return found


def _whole_organizations(doc: Doc, organizations: Organizations) -> list[Span]:
    """An organisation's name the model took part of as an organisation and the rest as something
    else: "Vestfold" (PER) "og Telemark fylkeskommunes" (ORG)."""
    found = []
    for candidate in organizations.spans():
        inside = [e for e in doc.ents if candidate.start <= e.start and e.end <= candidate.end]
        if any(e.label_ in _NOT_PERSON_LABELS for e in inside) and (candidate.start, candidate.end) not in \
                {(e.start, e.end) for e in inside} and not any(e.start < candidate.start < e.end or
                                                              e.start < candidate.end < e.end for e in doc.ents):
            found.append(Span(doc, candidate.start, candidate.end, label="ORG"))
    return found


def _coordinated_organizations(doc: Doc) -> list[Span]:
    """An organisation, "og" and one word the model took for a person's name, no first name and no
    word of a longer name in the article: one organisation ("Norsk Sau og Geit")."""
    named = {word for e in doc.ents if e.label_ == "PER" and len(e) > 1 for word in e.text.split()}
    found = []
    for ent in doc.ents:
        after = ent.end + 1
        if ent.label_ in _NOT_PERSON_LABELS and after < len(doc) - 1 and doc[ent.end].lower_ == _words()["and"] \
                and doc[after].ent_type_ == "PER" and doc[after].ent_iob_ == "B" and doc[after + 1].ent_iob_ != "I" \
                and doc[after].text not in named and not known_first_name(doc[after].text) \
                and not doc[after + 1].text[:1].isupper():
            found.append(Span(doc, ent.start, after + 1, label=ent.label_))
    return found


def _genitive_organizations(doc: Doc, titles: TitleLexicon) -> list[Span]:
    """A capitalised genitive no entity covers before a title, with the capitalised words before
    it: the organisation ("SINTEF Oceans", "Natur og Ungdoms", "NTNUs"); not a common word or a
    name of the article ("Kvinnens bistandsadvokat", "Tirsdagens hjemmeseier", "Hans rådgiver")."""
    named = {word for e in doc.ents if e.label_ == "PER" for word in e.text.split()}
    found = []
    for token in islice(doc, max(len(doc) - 1, 0)):  # not the last word (a slice of the Doc is slower to go through)
        if token.is_lower or token.ent_type:
            continue  # most words, told without their text
        bare = token.text[:-1]
        if not (_GENITIVE_NAME.match(token.text) and bare not in named
                and doc[token.i + 1].is_lower and _bare_title(doc[token.i + 1], titles)):
            continue
        if token.is_sent_start and (_common_word(token.text, titles) or _common_word(bare, titles) or _definite_noun(bare)):
            continue
        start = _name_start(doc, token.i, titles)
        if start is not None:
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def _definite_noun(word: str) -> bool:
    """A common noun's definite form: "Tirsdagen" (tirsdag), "Uka" (uke)."""
    table, lower = lemma_lexicon(), word.lower()
    return any(lower.endswith(ending) and (lower[:len(lower) - len(ending)] + stem_end, "NOUN") in table
               for ending in _words()["definite_endings"] for stem_end in ("", "e"))


def _right_edge(doc: Doc, end: int) -> int:
    """The name's end past particles and a name word after them, or a flat last name."""
    particles = _words()["particles"]
    while end < len(doc):
        after = end
        while after < len(doc) - 1 and doc[after].text in particles:
            after += 1
        if after > end and _name_word(doc[after]) or doc[end - 1].text in particles and _name_word(doc[end]):
            end = _entity_end(doc, after + 1)
        elif _name_word(doc[end]) and not doc[end].ent_type_ and (doc[end].dep_.lower() == "flat" and doc[end].head.i < end
                                                                   and doc[end].head.ent_type_ == "PER" or _surname_after(doc, end)):
            end += 1
        else:
            return end
    return end


def _surname_after(doc: Doc, end: int) -> bool:
    """A proper noun no first name after a name that ends on a first name: "Anne Grete" + "Vik"."""
    return doc[end].pos_ == "PROPN" and known_first_name(doc[end - 1].text) and not known_first_name(doc[end].text) \
        and not doc[end].is_sent_start


def _entity_end(doc: Doc, end: int) -> int:
    """The end of the PER entity token ``end - 1`` is in, or ``end``."""
    while end < len(doc) and doc[end].ent_type_ == "PER" and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _genitive_start(doc: Doc, ent: Span, titles: TitleLexicon) -> int:
    """Where an organisation's genitive before a title starts, with the capitalised words before
    it the model left out: "SINTEF Oceans" (not a common word opening the sentence: "Mens Equinors")."""
    if not (ent[-1].text.endswith("s") and ent.end < len(doc) and doc[ent.end].is_lower
            and _bare_title(doc[ent.end], titles)):
        return ent.start
    start = _name_start(doc, ent.start, titles)
    return ent.start if start is None else start


def _name_start(doc: Doc, start: int, titles: TitleLexicon) -> int | None:
    """Where the capitalised words (joined by "og") before token ``start`` start; None when a
    common word opening the sentence cuts them ("Redd Barnas": no organisation "Barna")."""
    while start > 0:
        word = doc[start - 1]
        joined = start > 1 and word.lower_ == _words()["and"] and _loose_capital(doc[start - 2], titles)
        if not (joined or _loose_capital(word, titles)):
            cut = word.is_sent_start and word.text[:1].isupper() and word.is_alpha and not word.ent_type_
            return None if cut and not titles.base(word.text) else start
        start -= 2 if joined else 1
    return start


def _loose_capital(token, titles: TitleLexicon) -> bool:
    """A capitalised word no entity covers, no title and, opening a sentence, no common word."""
    return (token.text[:1].isupper() and token.is_alpha and not token.ent_type_ and not titles.base(token.text)
            and not (token.is_sent_start and _common_word(token.text, titles)))


def _organization_words(ent: Span, titles: TitleLexicon) -> int:
    """How many words of an organisation ``ent`` are its name: not an "og" that only lower-case
    words follow ("Folkehelseinstituttet og har"), nor a lower-case title ("Helse Bergens rådgiver")."""
    words = [t.lower_ for t in ent]
    for i, token in enumerate(ent[1:], start=1):
        if token.is_lower and titles.base(token.text) \
                or words[i] == _words()["and"] and all(t.is_lower for t in ent[i:]):
            return i
    return len(ent)


def _left_edge(doc: Doc, start: int, titles: TitleLexicon) -> int:
    """A first name the model left out before an initial ("Eivor K. Lysne") or particles ("Karim
    bin Omar"), one the data knows though it is a word too ("Jo Sondre Aas"), or one the parse
    joins the name's first word to ("Dmitrij Ivanov")."""
    particles = _words()["particles"]
    before = start
    while before > 0 and doc[before - 1].text in particles:
        before -= 1
    if 0 < before and (before < start or doc[start].text in particles) and _name_word(doc[before - 1]):
        return _left_edge(doc, before - 1, titles)
    word = doc[start - 1] if start > 0 else None
    if word is None or not _name_word(word) or word.ent_type_ or word.text in _words()["not_people"] \
            or titles.base(word.text):
        return start
    first_name = known_first_name(word.text)
    if first_name and not word.is_sent_start:  # "Jo Sondre Aas": a first name, if a word too ("jo")
        return start - 1
    if _common_word(word.text, titles):
        return start
    if _INITIAL.match(doc[start].text) and word.pos_ in {"PROPN", "NOUN"} or first_name \
            or (word.pos_ == "PROPN" or not word.is_sent_start) and doc[start].dep_.lower() == "flat" \
            and doc[start].head.i == start - 1:
        return start - 1
    return start


@lru_cache(maxsize=100_000)  # by word: eleven look-ups in the lemma lexicon each time otherwise
def _common_word(word: str, titles: TitleLexicon) -> bool:
    """A word NorNE's train files know in lower case as something other than a name ("Australske",
    "Nettopp", "Mor"), or a compound ending in a word that is no name ("Verdensmester")."""
    table = lemma_lexicon()
    lower = word.lower()
    return any((lower, pos) in table for pos in _COMMON_POS) or lower in titles.not_titles


def _organization_head(ent: Span, titles: TitleLexicon) -> int:
    """How many words open ``ent`` before a person-shaped rest: a capitalised title ("Rådgiver
    Beat Feuz") or, after "TITLE PREP", an organisation's name ("Kunnskapsdepartementet Mei
    Chen", "Norsk Polarinstitutt Manitra Rakotoarivony"); else 0."""
    doc = ent.doc
    after_title = ent.start >= 2 and doc[ent.start - 1].is_lower and titles.base(doc[ent.start - 2].text)
    for k in range(1, len(ent) - 1):
        if not _person_shaped(ent[k:], titles):
            continue
        if k == 1 and titles.base(ent[0].text) and not _person_shaped(ent, titles):
            return 1
        if after_title and (_org_word(ent[k - 1], definite=k == 1) or organization_name([t.text for t in ent[:k]])):
            return k
    return 0


def _org_word(token, definite: bool = True) -> bool:
    """A word that names a body: "Kunnskapsdepartementet", "Folkehelseinstituttet" (``definite``),
    "Polarinstitutt" after another word of the name."""
    found = organization_body().match(token.lower_)
    return bool(found and found.group("compound") and (found.group("definite") or not definite))


def _genitive_word(word: str) -> bool:
    """A word in -s that is no first name the data knows: "Sunwebs" in "Sunwebs Marc Hirschi"."""
    return word.endswith("s") and not known_first_name(word)


def _name_word(token) -> bool:
    return bool(_NAME_WORD.match(token.text)) and token.ent_type_ in {"", "PER"}


def _person_shaped(ent: Span, titles: TitleLexicon) -> bool:
    """Two to four name words (particles inside), no organisation's or listed name."""
    words = [t.text for t in ent]
    particles = _words()["particles"]
    return (2 <= len(words) <= 4 and ent.text not in _words()["not_people"] and not organization_name(words)
            and not _genitive_word(words[0])
            and all(_NAME_WORD.match(w) and not titles.base(w) for w in (words[0], words[-1]))
            and all(_NAME_WORD.match(w) or w in particles or _INITIAL.match(w) for w in words[1:-1]))


def _person_evidence(doc: Doc, ent: Span, titles: TitleLexicon, people: set[int]) -> bool:
    """A lower-case title before it, ", TITLE", "(TITLE" or ", som er TITLE" after it, or, for a
    span the model labelled, a person joined to it by "og" (one of ``people``, the ends of names
    found to be people's); for words no entity covers, people's names on both sides of a list or a
    verb of saying next to them."""
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and (before.is_lower or before.is_sent_start) and _bare_title(before, titles):
        return True  # "nestleder Manitra Rakotoarivony", "Rådgiver Beat Feuz gratulerer"
    if ent.end + 1 < len(doc) and doc[ent.end].text in {",", "("} and doc[ent.end + 1].is_lower \
            and titles.base(doc[ent.end + 1].text):
        return True
    relative = ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == _words()["relative"]
    if _title_follows(doc, ent.end + 2 if relative else ent.end, titles) or before is not None \
            and before.text == "," and _title_before(doc, ent.start - 1, titles):
        return True
    if ent.label_ == _UNLABELLED:  # "Beto O'Rourke sier", "sier Beto O'Rourke"
        after = doc[ent.end] if ent.end < len(doc) else None
        return _between_people(doc, ent) or any(t is not None and t.lower_ in _words()["speech_verbs"]
                                                for t in (before, after))
    joins = {_words()["and"]} if ent.label_ in _ORGANIZATION_LABELS else {_words()["and"], ","}  # not a list of firms
    return ent.start >= 2 and before.lower_ in joins and (doc[ent.start - 2].ent_type_ == "PER" or ent.start - 1 in people)


def _between_people(doc: Doc, ent: Span) -> bool:
    """Name words no entity covers between two people's names of a list, joined by a comma, "og" or a
    dash ("Andreas Hoven, Izuchukwu Jude Anthony - Lee Rochester Sørensen")."""
    joins = {",", _words()["and"], "-", "–"}
    return 2 <= ent.start and ent.end + 1 < len(doc) and doc[ent.start - 1].lower_ in joins \
        and doc[ent.end].lower_ in joins and doc[ent.start - 2].ent_type_ == doc[ent.end + 1].ent_type_ == "PER"


def _bare_title(token, titles: TitleLexicon) -> bool:
    """A title in its bare form, or a plural one over a list, used as a noun: "rådgiver",
    "rådgiverne"; not "lederen" ("bak lederen Tampa Bay Lightning") or the verb "leder"."""
    base = titles.base(token.text)
    return base is not None and (base[0] == token.lower_ or base[1]) and titles.is_noun_here(token)


def _title_before(doc: Doc, comma: int, titles: TitleLexicon) -> bool:
    """A title, or a title, preposition and organisation, right before the comma at ``comma``:
    "Naturvernforbundets fagsjef, NAME", "Seksjonsleder i Statens vegvesen, NAME"."""
    i = comma - 1
    while i > max(comma - 6, 1) and doc[i].ent_type_ and not _bare_title(doc[i], titles):
        i -= 1  # over the organisation's words
    if i < comma - 1 and doc[i].lower_ in _words()["org_prepositions"]:
        i -= 1
    return i >= 0 and _bare_title(doc[i], titles)


def _title_follows(doc: Doc, end: int, titles: TitleLexicon) -> bool:
    """"NAME er TITLE", "NAME er/ble (i går) valgt/ansatt til/som (ny) TITLE"."""
    words = _words()
    if end + 1 >= len(doc) or doc[end].lower_ not in words["copulas"]:
        return False
    i = end + 1
    while i < end + 4 and i < len(doc) - 1 and doc[i].lower_ not in words["appointed"] and doc[i].is_lower:
        i += 1
    if doc[i].lower_ in words["appointed"] and doc[i + 1].lower_ in words["appointed_to"]:
        i += 2
    else:
        i = end + 1
    while i < len(doc) - 1 and (doc[i].lower_ in words["new_words"] or doc[i].lower_ in titles.modifiers):
        i += 1  # "ny", "dagleg"
    return i < len(doc) and doc[i].is_lower and bool(titles.base(doc[i].text))
