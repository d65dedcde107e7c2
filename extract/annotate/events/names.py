"""Names a frame's clause gives, whether or not the clusters component knows them: runs of
name words ("Fjordlys", "NOVA", "Lavik–Drone Cluster", "Norwegian Tunnel Safety Cluster") that
are no status, trigger, date, person or known organisation, and that no preposition
of circumstance governs ("på Kongsberg", "av Innovasjon Norge"). A sentence's first word is a
name word only where it is no common word of the lemma lexicon ("Regionen", "Tre", "I"); a label that opens a
line before a colon is no name where a name follows it ("Sjøfart: X er utpekt ...")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from ..cluster_registry import registry
from ...backbone.lemmas import form_tags
from ..extensions import doc_text
from ..lexicon import load
from ..name_ends import (common_name_word, english_inner_end, in_programme_title, is_form_label, name_length,
                         subject_with_place, written_whole)
from .clauses import Clause
from .name_core import (bare_proper_subject, extended_end, filed_as_cluster, section_word,
                        without_front)
from .state import DocState
from .vocabulary import EventVocabulary

_PERSON = "PER"
PLACE_LABELS = ("GPE_LOC", "LOC", "GPE_ORG")  # what the NER calls a place
_OPENERS = frozenset("«»\"'“”‘’•·*–—-()[]")


@cache
def leading_words() -> frozenset[str]:
    """Capitalised words that open a sentence and are no part of a name after them."""
    return frozenset(load("clusters")["leading_words"])


def clause_names(vocabulary: EventVocabulary, state: DocState, clause: Clause,
                 frame: tuple[int, int] | None) -> list[Span]:
    """The names of the clause that may be who the frame on tokens ``frame`` is about, as new
    CLUSTER spans: none is cut from the frame by a finite verb or a subordinator (with no
    frame, every name of the clause that no preposition governs)."""
    doc, taken = state.doc, _taken(vocabulary, state, clause)
    runs, run = [], []
    for token in clause.tokens(doc):
        if token.i not in taken and _name_word(vocabulary, token, run):
            run.append(token)
        elif run and token.i not in taken and _joins(vocabulary, token) and token.i + 1 in clause \
                and doc[token.i + 1].i not in taken and _name_word(vocabulary, doc[token.i + 1], run):
            run.append(token)
        else:
            runs.append(run)
            run = []
    runs.append(run)
    found = []
    for words in (part for run in runs for part in glued_parts(vocabulary, _trim(vocabulary, run))):
        whole = _named_after_place(state, words)
        if words and (whole or _is_participant(vocabulary, state, clause, words)) \
                and (frame is None or not _cut_off(vocabulary, state, clause, words, frame)):
            found.append(whole or _span(vocabulary, state, words[0].i, words[-1].i + 1))
    found = [n for n in found if not any(o.start <= n.start and n.end <= o.end and o != n for o in found)]
    return _without_labels(state, clause, found)  # less a name inside a longer one ("North" of "Ocean of the North")


def _without_labels(state: DocState, clause: Clause, found: list[Span]) -> list[Span]:
    """The names but a label that opens its line before a colon where a name follows it: a page's kicker or
    section ("Havbruk: Fjordlys Marin er tatt opp i ...") is no participant."""
    doc = state.doc
    names = [*found, *(c for c in state.clusters if c.start in clause)]
    labels = [s for s in found if s.end < len(doc) and doc[s.end].text == ":" and _opens_line(s[0])
              and any(other.start > s.end for other in names)]
    return [s for s in found if s not in labels]


def glued_parts(vocabulary: EventVocabulary, words: list[Token]) -> list[list[Token]]:
    """Names written one after the other without a comma, apart: before a programme prefix that
    follows a name word ("Arena Fjordlys Arena Havbris"), after a name's last word where the rest
    ends in one too ("Fjordlys Ocean Cluster Havbris Cluster", not "Arctic Cluster Team")."""
    openers = {prefix.split(" ")[0] for prefix in vocabulary.prefixes}
    endings = set(vocabulary.words["name_end_words"])
    compounds = tuple(vocabulary.words["cluster_compound_endings"])
    for k in range(1, len(words) - 1):
        rest = words[k:]
        named = words[k - 1].text[:1].isupper() or words[k - 1].lower_.endswith(compounds)  # "... og bærklyngja NCE B"
        after_name = named and words[k - 1].text not in openers
        new_prefix = words[k].text in openers and after_name and any(t.text not in vocabulary.status_words for t in rest)
        ended = words[k - 1].text in endings and words[k].text[:1].isupper() and rest[-1].text in endings \
            and len(rest) >= 2
        if new_prefix or ended:
            return [words[:k], *glued_parts(vocabulary, rest)]
    return [words]


def _span(vocabulary: EventVocabulary, state: DocState, start: int, end: int) -> Span:
    """The cluster the clusters component or this component found there, else a new one (a new
    Span on the same tokens would share, and overwrite, the known one's ``_.canonical``)."""
    known = next((c for c in [*state.clusters, *state.added] if c.start < end and start < c.end), None)
    if known is not None:
        return known
    end = extended_end(vocabulary, state.doc, start, end)  # "Havlys CleanTech west", "... agenda (FW&TA)"
    span = Span(state.doc, start, name_end(vocabulary.words, state.doc, start, end), label="CLUSTER")
    name = span.text
    bare = _written_without_s(vocabulary, state.doc, name) if name.endswith("s") else None
    if name.endswith("s") and registry().lookup(name[:-1]) or bare:
        name = bare or name[:-1]  # the genitive of a registry cluster or of a name written bare: "NCE Heidner Bioclusters"
    span._.canonical = vocabulary.strip_prefix(name)
    return span


def _written_without_s(vocabulary: EventVocabulary, doc: Doc, name: str) -> str | None:
    """The name as the article writes it without its last "s" elsewhere, with its place where it has one
    ("Havnæringas søknad" beside "Havnæringa i Nordland": Havnæringa i Nordland); the "s" is a genitive's."""
    bare = name[:-1].split(" ")
    for i in (i for i in range(len(doc) - len(bare) + 1) if doc[i].text == bare[0] and len(name) > 4):
        after = i + len(bare)
        if doc[i:after].text != " ".join(bare):
            continue
        place = after + 1 < len(doc) and doc[after].lower_ in vocabulary.words["name_place_prepositions"] \
            and doc[after + 1].ent_type_ in PLACE_LABELS
        return doc[i:after + 2].text if place else doc[i:after].text
    return None


def _named_after_place(state: DocState, words: list[Token]) -> Span | None:
    """The known cluster a place stands for, where it is the last word of that one cluster's name
    ("Helgeland får plass blant de nye klyngene": Arena Olje- og gassklynge Helgeland)."""
    if len(words) != 1 or words[0].ent_type_ not in PLACE_LABELS:
        return None
    named = {c._.canonical: c for c in state.clusters if len(c) > 1 and c[-1].text == words[0].text}
    return next(iter(named.values())) if len(named) == 1 else None


def _taken(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> set[int]:
    """Tokens no name has: statuses (a bare prefix may open a name), triggers, dates."""
    taken = set()
    for mention in [*state.statuses, *state.triggers]:
        if mention.start in clause and state.doc[mention.start:mention.end].text not in vocabulary.prefixes:
            taken.update(range(mention.start, mention.end))
    for date in state.doc.spans.get("dates", []):
        if date.start in clause:  # with its weekday before it ("Friday 7 June 2019")
            weekday = date.start > 0 and state.doc[date.start - 1].lower_ in vocabulary.words["weekday_names"]
            taken.update(range(date.start - weekday, date.end))
    return taken


def _name_word(vocabulary: EventVocabulary, token: Token, run: list[Token]) -> bool:
    """A capitalised word ("Fjordlys", "iKuben", "NOVA"); a sentence's or line's first word only
    where it is no common word (or opens a longer name: "Smart Blue Cluster")."""
    text = token.text
    if not token.is_alpha and not any(dash in text for dash in "-–—&") and not _letters_and_digits(text):
        return False
    if not (text[:1].isupper() or (text[:1].islower() and any(c.isupper() for c in text[1:]))):
        return False
    if text.endswith(("-", "–")):
        return False  # "Olje- og gassklynge": the first part of a compound written out
    if is_form_label(text) or not run and opens_no_name(vocabulary, token):
        return False  # "Fjordlys Prosjektperiode:" ends at the form's label; "I oktober", "I dette prosjektet"
    if run or not _opens_line(token):
        return True
    if token.text in leading_words():
        return _written_inside(token)  # "Hence, X was granted ...", "For Eyde-klyngen er ..."; not "Next Fjord"
    tags = form_tags().get(token.lower_) or _compound_noun(vocabulary, token)
    if not tags or text.isupper() and len(text) > 1 or subject_with_place(vocabulary.words, token) \
            or bare_proper_subject(token, tags):
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in coordinators(vocabulary.words) and token.i + 2 < len(token.doc):
        following = token.nbor(2)  # "Bølgja, Dalvoll og Kvitli er ...": the first of a list of names
    longer = following is not None and following.text[:1].isupper() and following.is_alpha
    return longer and tags <= set(vocabulary.words["name_opening_tags"])


def opens_no_name(vocabulary: EventVocabulary, token: Token) -> bool:
    """Does no name open with the word: a preposition ("I oktober ...", "I dette prosjektet ..."), a date's word, a
    field label of a document's form ("Tittel:", "Prosjektleder:"), a word for a document or a page's section
    ("Referat Fjordlys Cluster: ...", "Nyheter Fjordlys Cluster får ...")?"""
    words = vocabulary.words
    return token.pos_ == "ADP" and token.lower_ in words["name_never_opening_prepositions"] \
        or is_form_label(token.text) or section_word(vocabulary, token) \
        or any(d.start <= token.i < d.end for d in token.doc.spans.get("dates", []))


def _compound_noun(vocabulary: EventVocabulary, token: Token) -> frozenset[str]:
    """{"NOUN"} for a definite common noun the lexicon knows only by its last part ("Hovedmålet", "Delmålet": a
    compound of "målet") and the parse tags as one, not for a word for cluster ("Tindeklyngen") nor a name made of
    common words ("Fjordlys")."""
    text, tails = token.lower_, tuple(vocabulary.words["cluster_name_tails"])
    if token.pos_ != "NOUN" or "Def" not in token.morph.get("Definite") or vocabulary.words["cluster_stem"] in text \
            or text.endswith(tails):
        return frozenset()
    head, tail = vocabulary.words["compound_part_min"]
    parts = (text[k:] for k in range(head, len(text) - tail + 1))
    return frozenset({"NOUN"}) if any("NOUN" in form_tags().get(tail, ()) for tail in parts) else frozenset()


def _written_inside(token: Token) -> bool:
    """Does the article write the word with the name word after it elsewhere, inside a sentence: "Next" opens a
    name ("Next Fjord ble gratulert ...") where "Partnerne i Next Fjord er ..." says so."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper():
        return False
    following = doc[token.i + 1].text
    return any(t.text == token.text and t.i + 1 < len(doc) and doc[t.i + 1].text == following and not _opens_line(t)
               for t in doc if t.i != token.i)


def _letters_and_digits(text: str) -> bool:
    """A word of letters with a digit inside ("I4Plastics", "Fjord5G"), at least three letters: a name's word."""
    return text.isalnum() and sum(c.isalpha() for c in text) >= 3 and any(c.isdigit() for c in text)


def coordinators(words: dict) -> set[str]:
    """The words that join the items of a list: "," ";" "og" "and"."""
    return set(words["list_separators"]) | set(words["list_conjunctions"])


def _opens_line(token: Token) -> bool:
    """Is the word the first of its sentence or line, after quotes and bullets?"""
    index = token.i - 1
    while index >= 0 and (set(token.doc[index].text) <= _OPENERS or token.doc[index].is_space):
        if "\n" in token.doc[index].text:
            return True
        index -= 1
    return index < 0 or token.is_sent_start or token.doc[index].text in (".", ":", "!", "?", ";")


def _joins(vocabulary: EventVocabulary, token: Token) -> bool:
    """A word inside a name: "&", "of", "and", a dash with spaces ("Havbris – Arctic Cluster")."""
    return token.lower_ in vocabulary.words["name_joiners"]


def _trim(vocabulary: EventVocabulary, words: list[Token]) -> list[Token]:
    """A run without joiners at its end, nor a word for cluster or a description opening it ("Klyngja Akvakultur
    Nord", "Innovasjonsprosjektet Fjordlys Lab"), up to a document's title ("Vindenergi Sluttevaluering")."""
    words = words[:name_length([t.text for t in words])]
    while words and _joins(vocabulary, words[-1]):
        words = words[:-1]
    while len(words) > 1 and (words[0].lower_.startswith(vocabulary.words["cluster_stem"])
                              or words[0].lower_.endswith(vocabulary.never_cluster.descriptions)):
        words = words[1:]  # "Klyngja Akvakultur Nord", "Innovasjonsprosjektet Fjordlys Lab"
    return without_front(vocabulary, words)  # "Forskningsrådet Fjordlys Cluster", "Næringsklyngen Fjordlys Design"


def _is_participant(vocabulary: EventVocabulary, state: DocState, clause: Clause, words: list[Token]) -> bool:
    """Not a status prefix alone, a person, a known organisation, a granting body, nor a name
    a preposition of circumstance governs (a place is no cluster after "i", "på" ...)."""
    doc, text = state.doc, " ".join(t.text for t in words)
    if all(t.text in vocabulary.status_words for t in words) or len(words) > vocabulary.words["name_max_words"]:
        return False
    first = words[0].lower_
    nouns = (*vocabulary.words["cluster_compound_endings"], *vocabulary.words["cluster_plural_endings"],
             *vocabulary.words["cluster_indefinite_endings"])
    if len(words) == 1 and (first in vocabulary.words["cluster_anaphora"] or first.startswith(vocabulary.words["cluster_stem"])
                            or first.endswith(nouns)):
        return False  # "Klyngeprosjektet", "Havromsklyngen": a reference; "Næringsklynger": many; "Smartby-klynge": what
    filed = filed_as_cluster(vocabulary, doc, text)  # "Havlys Medtech-klyngen" elsewhere: no person, no company
    if sum(t.ent_type_ == _PERSON for t in words) >= 2 and not filed:
        return False  # "Næringsminister Monica Mæland"
    if text in vocabulary.words["granting_bodies"] or vocabulary.never_cluster(text):
        return False
    start_char, end_char = words[0].idx, words[-1].idx + len(words[-1])
    if in_programme_title(doc_text(doc), start_char, end_char):
        return False  # "i «Kyst og Fjord»-programmet"
    if not filed and any(s <= start_char and end_char <= e for s, e, _ in state.organizations_between(
            vocabulary.organizations, start_char, end_char)):
        return False
    return not _after_circumstance(vocabulary, state, clause, words[0])


def _after_circumstance(vocabulary: EventVocabulary, state: DocState, clause: Clause, first: Token) -> bool:
    """Is the name right after a preposition of circumstance ("på Kongsberg", "av Innovasjon
    Norge", "by the Norwegian Government")? "fra" after an application names the applicant ("Søknaden om X fra Y")."""
    doc, words = state.doc, vocabulary.words
    if first.i > 1 and doc[first.i - 1].lower_ in words["articles_after_prepositions"]:
        first = doc[first.i - 1]  # "by the Norwegian Government"
    if first.i == 0 or doc[first.i - 1].lower_ not in words["not_recipient_prepositions"]:
        return False
    preposition = doc[first.i - 1]
    if preposition.dep_ in words["subordinator_deps"] \
            and preposition.lower_ in words["clause_openers"].get(doc._.language, ()):
        return False  # Norwegian "at" that opens a clause ("Det ble kjent at X får ..."), not "at Kongsberg"
    if any(t.start <= preposition.i < t.end for t in state.triggers):
        return False  # "Valget falt på X"
    if preposition.i > 0 and doc[preposition.i - 1].lower_ in words["together_words"]:
        return False  # "sammen med X"
    return not names_applicant(words, clause.tokens(doc, preposition.i), preposition)


def names_applicant(words: dict, before: list[Token], preposition: Token) -> bool:
    """Does the preposition name who applied ("Søknaden om NCE-status fra X"): "fra" after an application word?"""
    return preposition.lower_ in words["applicant_prepositions"] and any(
        t.lower_ in words["application_words"] for t in before)


def _cut_off(vocabulary: EventVocabulary, state: DocState, clause: Clause, words: list[Token],
             frame: tuple[int, int]) -> bool:
    """Is a subordinator, a finite verb that is no trigger, or a bracket between the name and
    the frame ("At vi går til Arena Pro, er eit teikn på at Noreg ...", "..., seier Kari")?
    A name in brackets is another's short form ("... av European Secretariat (ESCA)")."""
    doc, words_data = state.doc, vocabulary.words
    start, end = (words[-1].i + 1, frame[0]) if words[-1].i < frame[0] else (frame[1], words[0].i)
    triggers = {i for t in state.triggers for i in range(t.start, t.end)}
    for token in (doc[i] for i in range(start, end) if i in clause):
        finite = token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
        if token.lower_ in words_data["subordinators_inside"] or finite and token.i not in triggers:
            return True
    return words[0].i > 0 and doc[words[0].i - 1].text == "("


def name_end(words: dict, doc: Doc, start: int, end: int) -> int:
    """The end of a new name on tokens ``start:end``: over "i Nord" or "i Midt-Norge" where the name is common
    words alone ("Energi", "Skognæringa") and the article writes the whole ("Energi i Nord") at least twice, or
    once after a noun that introduces a name ("organisasjonen Skognæringa i Midt-Norge", `name_classifiers`),
    and the short form never alone ("A i Bergen" in a list, with "A" alone elsewhere, stays "A")."""
    english = english_inner_end(words, doc, start, end)  # "Energy in the North cluster"
    if english is not None:
        return english
    if end + 1 >= len(doc) or doc[end].lower_ not in words["name_inner_prepositions"]:
        return end
    place = doc[end + 1]
    if not (place.text.replace("-", "").isalpha() and place.text[:1].isupper()) \
            or not all(common_name_word(t.text) for t in doc[start:end]):
        return end
    short = doc[start:end].text
    whole = f"{short} {doc[end].text} {place.text}"
    introduced = start > 0 and doc[start - 1].lower_ in words["name_classifiers"] \
        or end - start == 1 and subject_with_place(words, doc[start])  # "organisasjonen Skognæringa", "Energi i Nord får status"
    return end + 2 if written_whole(doc_text(doc), short, whole, 1 if introduced else words["name_extent_repeats"]) \
        else end
