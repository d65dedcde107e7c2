"""The edges of a cluster's name. A body glued in front of it is no part of it (the granting body or host that ends
a list of them: "Innovasjon Norge, Siva og Forskningsrådet Fjordlys Cluster status som ..."), nor a word for cluster
that files it ("Næringsklyngen Fjordlys Design"), nor a common noun in lower case after it ("... Fjordlys Cluster
status"). A lower-case word is part of it where the acronym in brackets after it spells it ("Fjordlys Wood & Textile
agenda (FW&TA)") or where it is a point of the compass right after it ("Havlys CleanTech west"); "og" and what
follows are part of it where a word for cluster in the singular files the name ("Næringsklynga Havlys Mat og
Reiseliv"). A name the article also writes with a word for cluster after a dash ("Havlys Medtech-klyngen") is a
cluster's, whatever the NER calls its words."""

from __future__ import annotations

import re
from spacy.tokens import Doc, Span, Token

from ...backbone.lemmas import form_tags, lexicon
from ..extensions import doc_text
from ..name_ends import ACRONYM, is_document_word
from .vocabulary import EventVocabulary


def core_bounds(vocabulary: EventVocabulary, doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """The tokens ``first:stop`` of a list item without punctuation at its end, a body or a word for cluster in
    front, and common nouns in lower case at its end."""
    while stop > first and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    words = without_common_tail(vocabulary, without_front(vocabulary, list(doc[first:stop])))
    return (words[0].i, words[-1].i + 1) if words else (first, stop)


def without_front(vocabulary: EventVocabulary, words: list[Token]) -> list[Token]:
    """The words but a body the name follows ("Forskningsrådet Fjordlys Cluster") and a word for cluster, a document
    or a page's section in front of it ("Næringsklyngen Fjordlys Design", "Nyheter Fjordlys Hub"), where a name word
    is left."""
    for k in range(1, len(words)):
        if is_body(vocabulary, " ".join(t.text for t in words[:k])) and _names(vocabulary, words[k:]):
            words = words[k:]
            break
    if len(words) > 1 and (is_category_word(vocabulary, words[0]) or section_word(vocabulary, words[0])) \
            and _names(vocabulary, words[1:]):
        words = words[1:]
    return words


def section_word(vocabulary: EventVocabulary, token: Token) -> bool:
    """A word for a document or a page's section, that opens no name ("Referat", "Nyheter Fjordlys Hub får ...")."""
    return is_document_word(token.text) or token.lower_ in vocabulary.words["page_section_words"]


def is_body(vocabulary: EventVocabulary, text: str) -> bool:
    """Is the text a granting body or an organisation the lexicon knows ("Forskningsrådet", "Innovasjon Norge"), or a
    name an organisation word in lower case ends ("Nord universitet", "Agder fylkeskommune"; not "Havlys Energy"),
    also in the genitive ("Innovasjon Norges")?"""
    organizations = vocabulary.organizations
    for form in (text, text[:-1] if text.endswith("s") else None):  # "Innovasjon Norges Fjordlys Cluster"
        if form and (form in vocabulary.words["granting_bodies"] or form in organizations.canonical_of
                     or organizations.regex.fullmatch(form) is not None and form.split(" ")[-1].islower()):
            return True
    return False


def filed_as_cluster(vocabulary: EventVocabulary, doc: Doc, name: str) -> bool:
    """Does the article write the name with a word for cluster after a dash ("Havlys Medtech-klyngen"): a cluster's
    name, though the NER calls its words a person's or an organisation word ends it?"""
    text = doc_text(doc)
    return any(f"{name}{dash}{suffix}" in text for suffix in vocabulary.words["name_category_suffixes"]
               for dash in "-–")


def bare_proper_subject(token: Token, tags: frozenset[str]) -> bool:
    """Is a sentence's first word, a common noun to the lexicon, a name all the same: the subject, tagged a proper
    noun in its context, with no determiner, in the form the lexicon lists as the noun's lemma in the article's
    written standard, or in the other standard only ("Breiband fikk ikke ...": a bare singular count noun opens no
    Norwegian sentence; not "Regionen fikk ...", a definite form)?"""
    if token.pos_ != "PROPN" or token.dep_.lower() not in ("subj", "nsubj") or not tags <= {"NOUN"} \
            or is_document_word(token.text):
        return False  # "Pressemelding fra X: ..."
    entry = lexicon().get((token.lower_, "NOUN"), {})
    lemma = entry.get(token.doc._.language)
    return lemma is None or lemma == token.lower_


def is_category_word(vocabulary: EventVocabulary, token: Token) -> bool:
    """A common noun for cluster that files a name ("Næringsklyngen", "Innovasjonsklynga", "Klyngja"): the word
    for cluster, or a compound of it whose first part the lexicon knows as a common noun."""
    text = token.lower_
    ending = next((e for e in vocabulary.words["cluster_compound_endings"] if text.endswith(e)), None)
    if ending is None or text.startswith(vocabulary.words["cluster_stem"]):
        return ending is not None
    stem = text[:-len(ending)].rstrip("-")
    return any("NOUN" in form_tags().get(form, ()) for form in (stem, stem[:-1] if stem.endswith("s") else stem))


def without_common_tail(vocabulary: EventVocabulary, words: list[Token]) -> list[Token]:
    """The words but common nouns in lower case at their end ("Fjordlys Cluster status"), not a word for cluster
    ("Frukt- og bærklyngja", "the fintech cluster"), nor a word the acronym after the name spells, nor a point of
    the compass."""
    stop = len(words)
    while stop > 1 and words[stop - 1].text.islower() and words[stop - 1].is_alpha \
            and "NOUN" in form_tags().get(words[stop - 1].lower_, ()) \
            and vocabulary.words["cluster_stem"] not in words[stop - 1].lower_ \
            and words[stop - 1].lower_ not in vocabulary.words["cluster_name_tails"] \
            and words[stop - 1].lower_ not in vocabulary.words["compass_words"] \
            and spelt_end(words[0].doc, words[0].i, words[stop - 1].i) is None:
        stop -= 1
    return words[:stop]


def _names(vocabulary: EventVocabulary, words: list[Token]) -> bool:
    """Is a word of them a capitalised name word that is no status word?"""
    return any(t.text[:1].isupper() and t.text not in vocabulary.status_words for t in words)


def extended_end(vocabulary: EventVocabulary, doc: Doc, start: int, end: int) -> int:
    """The end of a name on ``start:end`` over the lower-case words the acronym in brackets after them spells, over
    "og" and the words after it where a word for cluster in the singular files the name ("Havlys Mat og Reiseliv"),
    and over a point of the compass in lower case ("Havlys CleanTech west status")."""
    for last in range(end, min(end + vocabulary.words["spelt_tail_max"], len(doc))):
        if not doc[last].text.islower():
            break
        if spelt_end(doc, start, last) is not None:
            return last + 1
    return compass_end(vocabulary, doc, start, filed_conjunct_end(vocabulary, doc, start, end))


def filed_conjunct_end(vocabulary: EventVocabulary, doc: Doc, start: int, end: int) -> int:
    """The end of a name on ``start:end`` that a word for cluster in the singular files ("Næringsklynga Havlys Mat og
    Reiseliv": one cluster) over "og" and the capitalised words after it that the parse hangs on the name or on that
    word, not a second name after a plural ("Klyngene Havlys og Fjordlys") or with no such word ("Havlys og
    Fjordlys")."""
    if start == 0 or end + 1 >= len(doc) or doc[end].lower_ not in vocabulary.words["name_inner_conjunctions"] \
            or not is_category_word(vocabulary, doc[start - 1]):
        return end
    stop, filed = end + 1, doc[start - 1]
    while stop < len(doc) and doc[stop].text[:1].isupper() \
            and (start <= doc[stop].head.i < end or doc[stop].head == filed):
        stop += 1
    return stop if stop > end + 1 else end


def compass_end(vocabulary: EventVocabulary, doc: Doc, start: int, end: int) -> int:
    """The end of a name on ``start:end`` over a point of the compass in lower case right after it that is no adverb
    and opens no phrase of place ("Havlys CleanTech west status", not "Havlys ligger nord for byen")."""
    after = doc[end] if end < len(doc) else None
    if after is None or after.lower_ not in vocabulary.words["compass_words"] or not after.text.islower() \
            or after.pos_ == "ADV":
        return end
    following = doc[end + 1] if end + 1 < len(doc) else None
    return end if following is not None and following.pos_ == "ADP" and following.head.i == after.i else end + 1


def with_tails(vocabulary: EventVocabulary, doc: Doc) -> list[Span]:
    """The Doc's clusters in order (and so in ``doc.spans["clusters"]``), each without a body in front and over the
    words ``extended_end`` adds: "Havlys CleanTech west" where the clusters component knew "Havlys CleanTech" (a
    registry name without its region), "Havlys Cluster" where it read "Forskingsrådet Havlys Cluster"."""
    found, changed = [], False
    for span in sorted(doc.spans.get("clusters", []), key=lambda s: s.start):
        start = without_front(vocabulary, list(span))[0].i
        end = extended_end(vocabulary, doc, start, span.end)
        if (start, end) != (span.start, span.end):
            found.append(_respanned(vocabulary, span, start, end))
            changed = True
        else:
            found.append(span)
    if changed:
        doc.spans["clusters"] = found
    return found


def _respanned(vocabulary: EventVocabulary, span: Span, start: int, end: int) -> Span:
    """The cluster on tokens ``start:end`` instead of the span's: named as written where it grew, else with the name
    the clusters component gave it less the words cut from its front."""
    doc, canonical = span.doc, span._.canonical
    new = Span(doc, start, end, label=span.label_)
    cut = doc[span.start:start].text
    if end > span.end or not canonical.startswith(cut + " "):
        new._.canonical = vocabulary.strip_prefix(new.text)
    else:
        new._.canonical = canonical[len(cut) + 1:]
    return new


def spelt_end(doc: Doc, start: int, last: int) -> int | None:
    """The end of the bracketed acronym right after token ``last`` where it spells the initials of ``start..last``,
    with or without its "&" ("Fjordlys Wood & Textile agenda (FW&TA)", "(FWTA)"), else None."""
    if last + 3 >= len(doc) or doc[last + 1].text != "(" or not ACRONYM.fullmatch(doc[last + 2].text) \
            or doc[last + 3].text != ")":
        return None
    words = [t.text for t in doc[start:last + 1] if not re.fullmatch(r"[-–—]", t.text)]
    initials = "".join(w if w == "&" else w[0].upper() for w in words)
    return last + 4 if doc[last + 2].text.upper() in (initials, initials.replace("&", "")) else None
