"""Who is a person, and where a person's name ends.

- ``edges``: how many words a model's PER span loses at each end: a document's field label and what follows it
  ("Kari Lie Emneord Innovasjon"), a title, a genitive before a title, a word in capitals, "Daværende" or "Foto" at
  the right edge ("Thorleif Berthelsen Styremedlem", "Tor G. Stenersen Flyktninghjelpens generalsekretær", "Sander
  Birkeland DEBUTANT"); a determiner and the noun after it ("En Drøm Christopher Langeland"), a form of address ("Sir
  Alex Ferguson") or a word for kin ("Pappa Gjert") at the left; a genitive of a name the article writes without the
  -s or the data lists ("Kolstads Tom Kåre Nikolaisen", "Rosenborgs Tor Olav Dahle").
- ``with_evidence``: a one-word name is a person only with evidence in the article: a
  title or a word for kin before it, a verb of saying next to it, an age in parentheses
  after it ("Lucas (18)"), a first name the data knows, a full name it is listed with
  ("Kévin Gameiro og Rodrigo"), or a personal pronoun taking it up as subject of the next
  sentence. A name with a first and a last name needs none.
- ``common_word_opening``: a verb or function word opening a sentence is no first name
  ("Nevnte Rodrigo").
- ``pieces``: the names one model span holds (which full names are one person: ``name_merges``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..backbone.lemmas import lexicon as lemma_lexicon
from ..backbone.names import known_first_name
from .lexicon import load
from .name_merges import merge_full_names  # noqa: F401  (entities uses it as person_names.merge_full_names)
from .titles import TitleLexicon

_COMPOUND = 9  # letters: a label's compound noun, longer than the surnames that are nouns ("Strand", "Bakken")
_LABEL_NOUN = 7  # letters: a noun run in from the next label of a page's "Label: value" fields ("Referat:")

_COORDINATED = frozenset({"KOORD", "conj"})
_SUBJECT = frozenset({"SUBJ", "nsubj"})  # NDT's label (the shipped parser) and UD's
_ORGANIZATIONS = frozenset({"ORG", "GPE_ORG"})
_WORD_POS = ("ADV", "PRON", "ADP", "AUX", "SCONJ", "CCONJ", "INTJ")  # no noun or adjective: "Dag", "Odd"
_FUNCTION_POS = ("PRON", "ADP", "SCONJ", "CCONJ")  # no word a name ends in ("På", "De", "Og")


@cache
def _words() -> dict:
    names, roles = load("names"), load("roles")
    return {"determiners": frozenset(names["determiners"]), "honorifics": frozenset(names["honorifics"]),
            "not_name_ends": frozenset([*roles["former"], *roles["credits"]]),
            "pronouns": frozenset(names["person_pronouns"]), "kinship": frozenset(names["kinship"]),
            "placing": frozenset(names["title_place_prepositions"]), "field_labels": frozenset(names["field_labels"]),
            "places": frozenset([*names["places"], *names["countries"]]),
            "listed": frozenset(n for key in ("outlets", "agencies", "clubs", "places", "countries")
                                for n in names[key]),
            "speech_verbs": frozenset(v for v in roles["speech_verbs"] if " " not in v)}


def edges(doc: Doc, start: int, end: int, titles: TitleLexicon) -> tuple[int, int]:
    """(start, end) of the name inside a model's PER span ``doc[start:end]``."""
    start += field_label(doc[start])  # "Dato Kari Lie", "Kari Lie Emneord Innovasjon": a document's field label
    end = next((i for i in range(start + 1, end) if field_label(doc[i])), end)
    while end - start >= 2 and _not_name_end(doc, start, end, titles):
        end -= 1  # "Monica Gjesdahl Senior Rådgiver"
    if end - start >= 2 and doc[start].lower_ in _words()["determiners"]:
        start += 2 if end - start >= 4 else 1
    elif end - start >= 3 and doc[start].lower_ in _words()["honorifics"] \
            or end - start >= 2 and doc[start].lower_ in _words()["kinship"]:
        start += 1  # "Sir Alex Ferguson", "Pappa Gjert"
    if end - start >= 3 and _genitive_of_named(doc, doc[start].text):
        start += 1
    return start, end


def field_label(token) -> bool:
    """A capitalised label of a document's field ("Emneord", "Saksnr"), no part of a name."""
    return token.is_title and token.lower_ in _words()["field_labels"]


def _not_name_end(doc: Doc, start: int, end: int, titles: TitleLexicon) -> bool:
    """A title ("Styremedlem"), a genitive before a title ("Flyktninghjelpens generalsekretær")
    or a word in capitals after a name that is not ("DEBUTANT")."""
    last = doc[end - 1]
    if titles.token_base(last) or last.lower_ in _words()["not_name_ends"] or last.lower_ in titles.modifiers:
        return True  # "Styremedlem"; "Senior", "Administrerende", "Daværende", "Foto" opening what follows
    if end - start >= 3 and last.text.endswith("s") and end < len(doc) and titles.base(doc[end].text) \
            and doc[end].is_lower:  # not "Dag Jarle Aksnes Direktør": a capitalised title opens a list item
        return True
    if _next_label(doc, start, end, titles) or end - start >= 3 and _function_word(last) \
            and (doc[start].lower_, "NOUN") not in lemma_lexicon():  # not "Alliansen Jobb For": a body's name
        return True  # "Kari Lie På": a page's next line, opened by a word that is no name's, run into the name
    if end - start == 2 and not known_first_name(doc[start].text) and last.is_title \
            and last.lower_ in _words()["determiners"]:  # not "Dennis Man", "Jann Post": surnames
        return True  # "Januar Et samarbeidsprosjekt": a determiner opening the next phrase
    return last.is_upper and len(last) > 2 and not any(t.is_upper and t.is_alpha  # an initial ("S.") is none
                                                       for t in doc[start:end - 1])


def _next_label(doc: Doc, start: int, end: int, titles: TitleLexicon) -> bool:
    """The last word of a name that is a label's value and runs into the next label: "Prosjektleder:
    Kari Lie Finansieringskilde: Fondet" (a colon before and after, three words or more, the last a
    compound NorNE's train files know as a noun and never as a name; not "Kari Lie Berg:"); a shorter
    noun too where a title is the label before the name ("Prosjektleder: Kari Lie Referat: ...")."""
    if not (end - start >= 3 and start > 0 and end < len(doc) and doc[start - 1].text == ":" and doc[end].text == ":"):
        return False
    lower, table = doc[end - 1].lower_, lemma_lexicon()
    titled = start > 1 and titles.base(doc[start - 2].text) is not None
    return len(lower) >= (_LABEL_NOUN if titled else _COMPOUND) and (lower, "NOUN") in table \
        and (lower, "PROPN") not in table and not known_first_name(doc[end - 1].text)


def word_before_name(token, titles: TitleLexicon, length: int) -> bool:
    """The first of ``length`` words of a name, capitalised, no first name the data knows and no name NorNE's train
    files know, that is a title or the agent noun of a verb they know, or a compound ending in one, before two words
    of the name or a first name the data knows ("Prodekan": dekan, "Tredriver": drive, "Prosjektleiar"): no part of
    the name, whatever the model took. A noun alone is no sign: first names are nouns too ("Kai", "Stein")."""
    doc, lower = token.doc, token.lower_
    if token.i + 1 >= len(doc) or not token.is_title or known_first_name(token.text) \
            or (lower, "PROPN") in lemma_lexicon() or not (length >= 3 or known_first_name(doc[token.i + 1].text)):
        return False
    return any(titles.base(lower[k:]) or agent_noun(lower[k:], titles) for k in [0, *range(3, len(lower) - 4)])


def agent_noun(word: str, titles: TitleLexicon) -> bool:
    """A noun for one who does what a verb the lemma lexicon knows says: the verb's stem and an agent suffix
    ("driver": drive, "songar"; ``agent_suffixes`` in ``data/occupations.yaml``)."""
    table = lemma_lexicon()
    return any(word.endswith(suffix) and any((word[:-len(suffix)] + vowel, "VERB") in table for vowel in "ea")
               for suffix in titles.agent_suffixes)


def _function_word(token) -> bool:
    """A capitalised word NorNE's train files know as a function word and never as a name ("På", "De"), no
    first name the data knows ("Per") and no surname the article writes capitalised inside a sentence ("With")."""
    lower, table = token.lower_, lemma_lexicon()
    return token.is_title and (lower, "PROPN") not in table and not known_first_name(token.text) \
        and any((lower, pos) in table for pos in _FUNCTION_POS) \
        and not any(t.text == token.text and t.i != token.i and not t.is_sent_start for t in token.doc)


def pieces(doc: Doc, start: int, end: int, titles: TitleLexicon) -> list[tuple[int, int]]:
    """The names a model's PER span ``doc[start:end]`` holds: two names a capitalised title
    stands between ("Betina Hansen Bransjeansvarlig Britt Hege D. Karlsen"), a name written
    twice ("Harald Furre Harald Furre"); else the span itself."""
    for i in range(start + 2, end - 2):
        word = doc[i]
        if word.text[:1].isupper() and (titles.base(word.text) or word.lower_ in titles.modifiers):
            following = i + 1
            while following < end - 2 and titles.base(doc[following].text):
                following += 1  # "Senior Rådgiver"
            return [(start, i), *pieces(doc, following, end, titles)]
    if (joint := _joint(doc, start, end)) is not None:
        return [(start, joint), *pieces(doc, joint + 1, end, titles)]
    half = (end - start) // 2
    if end - start >= 4 and (end - start) % 2 == 0 \
            and [t.text for t in doc[start:start + half]] == [t.text for t in doc[start + half:end]]:
        return [(start, start + half), (start + half, end)]
    return [(start, end)]


def _joint(doc: Doc, start: int, end: int) -> int | None:
    """A lower-case word between two names the model ran together ("Andrew Robertson la José Maria
    Callejon", "Henrik de Lange la Pieter de Vries"): after a name word, before a capitalised one;
    a name's particle ("Ursula von der Leyen", "Ana Lucía de la Cruz") only before a first name
    the data knows or two capitalised words ("la Marte Lien"), or after a name that has had its
    particles ("Anna von Hirsch la Karim bin Omar")."""
    particles = load("names")["particles"]
    for i in range(start + 1, end - 1):
        word, following = doc[i], doc[i + 1]
        if not (word.is_lower and word.is_alpha) or not following.text[:1].isupper():
            continue
        before = doc[start:i]
        if any(not t.text[:1].isupper() and t.lower_ not in particles for t in before):
            return None
        after = next((k for k in range(i + 1, end) if not doc[k].text[:1].isupper()), end) - i - 1
        if word.lower_ not in particles or known_first_name(following.text) or after >= 2 \
                or any(t.lower_ in particles and doc[t.i + 1].text[:1].isupper() for t in before):
            return i
    return None


def genitive_inside(doc: Doc, start: int, end: int, organization_at) -> tuple[int, bool] | None:
    """Where a genitive inside a model's PER span ``doc[start:end]`` ends, and whether the words up to
    it are the organisation ("Sandnes Ulfs Egil Selvik": the article writes "Sandnes Ulf" too) or the
    words after it ("Erling Braut Haalands Red Bull Salzburg"); None if no genitive cuts it.
    ``organization_at(start, end)``: do tokens ``start:end`` name an organisation the data knows?"""
    for i in range(start + 1, end - 1):
        word = doc[i].text
        if len(word) < 4 or not word.endswith("s") or not word[:1].isupper() \
                or known_first_name(word):
            continue
        if organization_at(i + 1, end):
            return i + 1, False
        bare = word[:-1]
        written = any(t.text == bare for t in doc) or doc[start:i].text + " " + bare in _words()["listed"]
        if written and end - i > 2:
            return i + 1, True
    return None


def definite_common_noun(word: str) -> bool:
    """A word NorNE's train files tag a noun and never a name, with a definite ending no surname
    has ("Byrået"): no person's one-word name."""
    lower = word.lower()
    table = lemma_lexicon()
    return ((lower, "NOUN") in table and (lower, "PROPN") not in table
            and lower.endswith(tuple(load("names")["noun_definite_endings"])))


def common_word_opening(token) -> bool:
    """A capitalised word opening a sentence that NorNE's train files know in lower case as a finite
    verb or a function word and never as a name ("Nevnte Rodrigo", "Foretrekker du Itunes"), and
    that is no particle ("De Bruyne"), determiner (``edges`` cuts "En Drøm") nor a first name the
    data knows ("Per", "Jo")."""
    lower, table = token.lower_, lemma_lexicon()
    if not token.is_sent_start or (lower, "PROPN") in table or lower in load("names")["particles"] \
            or lower in _words()["determiners"] or known_first_name(token.text):
        return False
    finite = (lower, "VERB") in table and lower.endswith(tuple(load("names")["finite_verb_endings"]))  # not "Siv", "Le"
    return finite or any((lower, pos) in table for pos in _WORD_POS)


def place_or_body_name(span: Span) -> bool:
    """Two words or more whose first is a place or country the data lists ("Sandnes Ulf"), or two
    whose last is a country ("Misjonskirken Norge"), the first no first name the data knows."""
    first, places = span[0].text, _words()["places"]
    if len(span) < 2 or known_first_name(first):
        return False
    return first in places or len(span) == 2 and span[-1].text in places


def between_organizations(span: Span) -> bool:
    """An item of a list whose items on both sides are organisations ("bedrifter som Kongsberg, Roxar
    Emerson, DeepOcean og Fugro"): one too, whatever the model says; not where people and their
    organisations take turns ("Kari Li, Siva, Mette Dal, Sogn og Fjordane fylkeskommune") or a first
    name the data knows opens it."""
    doc, joins = span.doc, {",", load("function_words")["and"]}
    if known_first_name(span[0].text) or span.start < 2 \
            or doc[span.start - 1].lower_ not in joins or doc[span.start - 2].ent_type_ not in _ORGANIZATIONS:
        return False
    organization = next(e for e in doc.ents if e.start <= span.start - 2 < e.end)
    turns = organization.start >= 2 and doc[organization.start - 1].lower_ in joins \
        and doc[organization.start - 2].ent_type_ == "PER"
    return not turns and span.end + 1 < len(doc) and doc[span.end].lower_ in joins \
        and doc[span.end + 1].ent_type_ in _ORGANIZATIONS


def street_name(word: str, ending: re.Pattern) -> bool:
    """A word in lower case that is a street's name: a word NorNE's train files know before a street
    ending ``ending`` matches ("strandgate", "storgata"; not "southgate")."""
    found = ending.match(word)
    table = lemma_lexicon()
    return found is not None and any((found["word"], pos) in table for pos in ("NOUN", "ADJ", "PROPN"))


def name_like(ent: Span) -> bool:
    """False for a person "name" of one letter, with a slash inside, or cut off a compound ("Dow
    Jones-indeksene", "Marit Sveaas’-favoritten"; not a dash with a space before it); a slash the
    tokenizer left at the end is no part."""
    return ent.label_ != "PER" or len(ent.text) > 1 and not ent.text.endswith("-") and "/" not in ent.text[:-1] and not (
        ent.end < len(ent.doc) and ent.doc[ent.end].text.startswith("-") and not ent[-1].whitespace_) and not any(
        mark in ent.text for mark in ("’-", "'-"))  # "Marit Sveaas’-favoritten"


def acronym_first(span: Span) -> bool:
    """An acronym before words not in capitals: a firm and its site ("BASF Brattvåg"), no person."""
    return span[0].is_upper and len(span[0]) > 2 and span[0].is_alpha and not span[-1].is_upper


def _genitive_of_named(doc: Doc, word: str) -> bool:
    """"Kolstads": the article also names "Kolstad" (not "Hans" after "Han"), or the data
    lists it as a club, outlet, agency, place or country ("Rosenborgs", "Norges")."""
    if len(word) < 4 or not word.endswith("s") or not word[:1].isupper():
        return False
    bare = word[:-1]
    return bare in _words()["listed"] or any(t.text == bare and t.ent_type_ for t in doc)


def with_evidence(doc: Doc, mentions: list[tuple[Span, str]]) -> set[str]:
    """The one-word names of (span, name) person mentions that some mention gives evidence for; a
    full name it is listed with is none for a name written after "i", "for" ... ("Sander Berge og
    Genk" where the article writes "kapteinsbindet for Genk")."""
    placed = {name for span, name in mentions if span.start and doc[span.start - 1].lower_ in _words()["placing"]}
    found = set()
    for span, name in mentions:
        if name not in found and (" " in name or evidence(doc, span, name)
                                  or name not in placed and _coordinated_with_full_name(doc, span)):
            found.add(name)
    return found


def evidence(doc: Doc, span: Span, name: str) -> bool:
    words = _words()
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before._.role_part == "TITLE" or before.lower_ in words["speech_verbs"]
                               or before.lower_ in words["kinship"]):
        return True
    if after is not None and after.lower_ in words["speech_verbs"]:
        return True
    if after is not None and after.text == "(" and span.end + 2 < len(doc) and doc[span.end + 1].like_num:
        return True  # "Lucas (18)"
    if known_first_name(name):
        return True
    return _taken_up_by_pronoun(doc, span)


def _coordinated_with_full_name(doc: Doc, span: Span) -> bool:
    """"og" joins the name to a person's name of two words or more ("Kévin Gameiro og Rodrigo",
    "Malcom og Arturo Vidal"; not a comma: "Kari Dal, Wärtsilä" names her firm)."""
    joins = {load("function_words")["and"]}
    full = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1]
    before = span.start >= 2 and doc[span.start - 1].lower_ in joins and any(e.end == span.start - 1 for e in full)
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in joins and any(e.start == span.end + 1 for e in full)
    return before or after


def _taken_up_by_pronoun(doc: Doc, span: Span) -> bool:
    """The name is the subject of its sentence, and the next one opens with "han/hun" as subject."""
    if not doc.has_annotation("DEP") or span.root.dep_ not in _SUBJECT:
        return False
    sent = span.root.sent
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    pronouns = _words()["pronouns"]
    return any(t.lower_ in pronouns and t.dep_ in _SUBJECT for t in following[:4])


def referent(doc: Doc, start: int, sentences: int = 3) -> Span | None:
    """The person a role opening at token ``start`` with no name of its own is about
    ("Nå er han landslagssjef for Wales", "Oslo Høyres helsepolitiker mener"): the person
    who is the subject of the nearest sentence before it, passing over sentences whose
    subject is "han/hun" and stopping at one whose subject is something else."""
    if not doc.has_annotation("DEP") or not _opens_sentence(doc, start):
        return None
    sent = doc[start].sent
    named = {word for e in doc.ents if e.label_ == "PER" for word in e.text.split()}
    for _ in range(sentences):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        while sent.start > 0 and all(t.is_space for t in sent):
            sent = doc[sent.start - 1].sent
        subjects = [t for t in sent if t.dep_ in _SUBJECT]
        person = next((t for t in subjects if t.ent_type_ == "PER" or t.text in named), None)
        if person is not None:  # two people coordinated: no telling which one "hun" is
            name = _flat_name(doc, person)
            return None if any(t.dep_ in _COORDINATED and t.head.i in range(name.start, name.end) for t in sent) else name
        if not any(t.lower_ in _words()["pronouns"] for t in subjects):
            return None
    return None


def speaker_before(doc: Doc, start: int, sentences: int = 6) -> Span | None:
    """The person the sentences before token ``start`` last give the word ("– ..., skrev
    Corbyn." before "– ..., skriver Labour-lederen"): the nearest one named after a verb
    that ends a quote, or as the subject; sentences with neither are passed over."""
    if not doc.has_annotation("DEP"):
        return None
    sent = doc[start].sent
    for _ in range(sentences):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        quote = sent[0].text in {"–", "-"}  # a name inside a quote does not speak it
        commas = [t.i for t in sent if t.text == ","]
        after_quote = [t for t in doc[commas[-1] + 1:sent.end] if t.ent_type_ == "PER"
                       and doc[t.i - 1].pos_ == "VERB"] if quote and commas else []
        subjects = [t for t in sent if t.dep_ in _SUBJECT and t.ent_type_ == "PER"] if not quote else []
        if after_quote or subjects:
            return _flat_name(doc, (after_quote or subjects)[0])
    return None


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Only whitespace or punctuation before token ``start`` in its sentence."""
    return all(t.is_space or t.is_punct for t in doc[doc[start].sent.start:start])


def _flat_name(doc: Doc, token) -> Span:
    """The name a subject token heads: its PER entity, else ``joined_name``."""
    if token.ent_type_ == "PER":
        return next(e for e in doc.ents if e.start <= token.i < e.end)
    return joined_name(token)


def joined_name(token) -> Span:
    """``token`` and the words the parse joins to it as one name ("SINTEF Raufoss Manufacturing")."""
    doc, end = token.doc, token.i + 1
    while end < len(doc) and doc[end].head.i == token.i and doc[end].dep_.lower() == "flat":
        end += 1
    return doc[token.i:end]
