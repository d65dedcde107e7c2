"""A list the frame announces in the sentence after it: "Tre nye klynger får Arena-status. De nye
klyngene er A, B og C." and "... i år.\n\nA, B og C er klyngene som er valgt ut": a frame whose
clause names clusters only by a plural noun takes the chain of names ("A, B og C") of the next
sentence that names them by that noun too, or that points back at them ("Det gjelder A, B og C"). A frame whose
subject is a group named by a plural noun ("gratulerer medlemmene som nå rykker opp til Arena Pro") takes the
names the next sentence opens with ("A (X), B og C får fem nye år")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .clauses import Clause
from .counted import clause_count
from .names import PLACE_LABELS, clause_names, coordinators
from .state import DocState
from .vocabulary import EventVocabulary


def announced_list(vocabulary: EventVocabulary, state: DocState, clause: Clause, following: list[Span]) -> list[Span]:
    """The names listed in the next sentences (up to ``announced_within``), at least two; or the names
    the next sentence gives as some of them ("Blant de fem er A")."""
    words, doc = vocabulary.words, state.doc
    lines = [s for s in following if not s.text.isspace()][:words["announced_within"]]
    after = _partitive(words, lines[0]) if lines else None
    if after is not None and (clause_count(vocabulary, state, clause) is not None or any(
            t.lower_ in words["plural_cluster_nouns"] for t in clause.tokens(doc))):
        chain = _longest_chain(vocabulary, state, doc[after:lines[0].end])
        if chain and chain[0].start == after:  # not "Blant disse er det tre klynger som X er partner i"
            return _chain_added(state, chain)
    if not any(t.lower_ in words["plural_cluster_nouns"] for t in clause.tokens(doc)):
        return []
    for sentence in lines:
        if not any(t.lower_ in words["plural_cluster_nouns"] for t in sentence) and not refers_back(words, sentence):
            continue
        chain = _longest_chain(vocabulary, state, sentence)
        if len(chain) >= 2:
            return _chain_added(state, chain)
    return []


def _chain_added(state: DocState, chain: list[Span]) -> list[Span]:
    """The chain, its names new to the article added to its clusters."""
    state.added.extend(c for c in chain if c not in state.clusters)
    return chain


def _partitive(words: dict, sentence: Span) -> int | None:
    """Where the names start in a sentence that opens by naming some of what the sentence before counts
    ("Blant de fem er A", "Blant dei nye er A og B", "Among them are A and B"): after its copula; else None."""
    opening = [t for t in sentence if not (t.is_space or t.is_punct)][:5]
    for phrase in words["verbless_partitive_openers"]:  # "Blant andre A i Vesterålen."
        size = len(phrase.split())
        if " ".join(t.lower_ for t in opening[:size]) == phrase and len(opening) > size:
            return opening[size].i
    for phrase in words["partitive_openers"]:
        size = len(phrase.split())
        if " ".join(t.lower_ for t in opening[:size]) == phrase:
            rest = opening[size:]
            if rest and (rest[0].lower_ in words["count_words"] or rest[0].lower_ in words["new_words"]):
                rest = rest[1:]
            return rest[0].i + 1 if rest and rest[0].lower_ in words["pattern_pieces"]["COPULA_FORMS"] else None
    return None


def refers_back(words: dict, sentence: Span) -> bool:
    """Does the sentence open by pointing back at what the sentence before counts ("Det gjelder A, B og C",
    "Dette er A, B og C")?"""
    opening = " ".join(t.lower_ for t in sentence if not t.is_space)
    return any(opening.startswith(f"{phrase} ") for phrase in words["list_referring_openers"])


def _longest_chain(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> list[Span]:
    """The longest run of names joined only by list separators and conjunctions."""
    known = [c for c in state.clusters if sentence.start <= c.start < sentence.end]
    return max(_chains(vocabulary, state, Clause(sentence.start, sentence.end), known), key=len, default=[])


def coordinated(vocabulary: EventVocabulary, state: DocState, clause: Clause, members: list[Span]) -> list[Span]:
    """The members with the names coordinated with them ("både A og B", "A, B og C"; a name joined to a member is
    no more cut off from the frame than the member: "A i X og B i Y er to av seks prosjekt som er tekne opp")."""
    chains = _chains(vocabulary, state, clause, members)
    found = [name for chain in chains if any(m in chain for m in members) for name in chain]
    state.added.extend(n for n in found if n not in members and n not in state.clusters)
    return found or members


def _chains(vocabulary: EventVocabulary, state: DocState, clause: Clause, known: list[Span]) -> list[list[Span]]:
    """The known clusters and the clause's names in runs joined only by list separators,
    conjunctions and a place after "i" or "på" ("A i Bergen, B og C")."""
    words = vocabulary.words
    new = [n for n in clause_names(vocabulary, state, clause, None)
           if not any(c.start < n.end and n.start < c.end for c in known)
           and not (n not in state.clusters and _placed(words, state.doc, n))]  # "i Lofoten og Vesterålen"
    joiners = set(words["list_separators"]) | set(words["list_conjunctions"]) | set(words["list_place_prepositions"])
    chains: list[list[Span]] = []
    for name in sorted(known + new, key=lambda s: s.start):
        between = state.doc[chains[-1][-1].end:name.start] if chains else []
        joined = len(between) and all(t.lower_ in joiners or t.i > 0 and state.doc[t.i - 1].lower_
                                      in words["list_place_prepositions"] for t in between)
        if joined:
            chains[-1].append(name)
        else:
            chains.append([name])
    return chains


def _placed(words: dict, doc: Doc, name: Span) -> bool:
    """Is a one-word place a place where it stands: after "i" or "på", or listed after such a place
    ("i Lofoten og Vesterålen"), not a cluster of one word in a list of them ("Bølgja, Dalvoll og Kvitli")?"""
    if len(name) != 1 or name[0].ent_type_ not in PLACE_LABELS:
        return False
    index, joiners = name.start - 1, coordinators(words)
    while index >= 0 and (doc[index].lower_ in joiners or doc[index].ent_type_ in PLACE_LABELS):
        index -= 1
    return index >= 0 and doc[index].lower_ in words["list_place_prepositions"]


def group_listed_next(vocabulary: EventVocabulary, state: DocState, frame: tuple[int, int],
                      following: list[Span]) -> list[Span]:
    """The names (two or more) the next sentence opens with, where the frame's trigger has a plural noun for its
    subject or is a relative clause on one ("våre medlemmer som rykker opp til Arena Pro. A, B og C får ...")."""
    lines = [s for s in following if not s.text.isspace()]
    if not lines or not any(_plural_group(vocabulary.words, t) for t in _trigger_verbs(state, frame)):
        return []
    names = _opening_names(vocabulary, state, lines[0])
    return _chain_added(state, names) if len(names) >= 2 else []


def _trigger_verbs(state: DocState, frame: tuple[int, int]) -> list[Token]:
    """The first words of the triggers on the frame's tokens."""
    return [state.doc[t.start] for t in state.triggers if frame[0] <= t.start < frame[1]]


def _plural_group(words: dict, verb: Token) -> bool:
    """Is the verb's subject a plural common noun, or is the verb a relative clause's on one ("medlemmene (sine) som
    ...": the noun the parse hangs it on, or the one before the pronoun and a possessive)?"""
    relative = next((c for c in verb.children if c.i < verb.i and c.lower_ in words["relative_pronouns"]
                     and c.dep_ in words["subject_deps"] + words["subordinator_deps"]), None)
    if relative is None:
        heads = [c for c in verb.children if c.dep_ in words["subject_deps"]]
    else:
        before = relative.nbor(-1) if relative.i > 0 else relative
        before = before.nbor(-1) if before.i > 0 and words["possessive_morph"] in str(before.morph) else before
        heads = [h for h in (verb.head, before) if h.i < relative.i]
    return any(h.pos_ == "NOUN" and "Plur" in h.morph.get("Number") for h in heads)


def _opening_names(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> list[Span]:
    """The names a sentence opens with, joined by list words, each short form in brackets after a name and each place
    after "i" passed over ("A (AX), B i Molde og C")."""
    words, doc = vocabulary.words, state.doc
    known = [c for c in state.clusters if sentence.start <= c.start < sentence.end]
    new = [n for n in clause_names(vocabulary, state, Clause(sentence.start, sentence.end), None)
           if not any(c.start < n.end and n.start < c.end for c in known)]
    names = {n.start: n for n in sorted(known + new, key=lambda n: n.end - n.start)}  # the longest at each start
    joiners = set(words["list_separators"]) | set(words["list_conjunctions"])
    found, index = [], next((t.i for t in sentence if not t.is_space), sentence.end)
    while index < sentence.end:
        if index in names:
            found.append(names[index])
            index = names[index].end
        elif doc[index].text == "(" and found:
            index = next((t.i + 1 for t in doc[index:sentence.end] if t.text == ")"), sentence.end)
        elif doc[index].lower_ in joiners and found:
            index += 1
        elif doc[index].lower_ in words["list_place_prepositions"] and found and index + 1 < sentence.end \
                and doc[index + 1].text[:1].isupper():
            index += 2  # "A i Molde, B og C"
        else:
            break
    return found
