"""Names said to be some of what a frame's relative clause is about: "Fjordlys Grid i Steinkjer og Tindra Water i Leksvik
er to av seks prosjekter som er tatt opp i Arena-programmet". In the parse, the frame's verb is a relative clause on a
noun counted after "av" ("to av seks prosjekter"), the predicate of a copula whose subjects (with their conjuncts) are
the names."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .state import DocState
from .vocabulary import EventVocabulary


def partitive_subjects(vocabulary: EventVocabulary, state: DocState, frame: tuple[int, int]) -> list[Span]:
    """The names that are the subjects of the copula the frame's relative clause hangs under, as clusters."""
    words, doc = vocabulary.words, state.doc
    for trigger in (t for t in state.triggers if frame[0] <= t.start < frame[1]):
        copula = _copula_over(words, doc[trigger.start])
        if copula is None:
            continue
        subjects = [t for t in copula.children if t.dep_ in words["subject_deps"] and t.i < copula.i]
        found = [_name(vocabulary, state, head) for s in subjects for head in _with_conjuncts(words, s)]
        found = [n for n in found if n is not None]
        if found:
            state.added.extend(n for n in found if n not in state.clusters)
            return found
    return []


def _with_conjuncts(words: dict, token: Token) -> list[Token]:
    """The token and the words coordinated with it in the parse ("A i X og B i Y": A and B)."""
    found, todo = [], [token]
    while todo:
        head = todo.pop()
        found.append(head)
        todo += [c for c in head.children if c.dep_ in words["coordination_deps"]]
    return sorted(found, key=lambda t: t.i)


def _name(vocabulary: EventVocabulary, state: DocState, head: Token) -> Span | None:
    """The cluster known on the head, else the capitalised name the head and its name parts in the parse make."""
    known = next((c for c in state.clusters if c.start <= head.i < c.end), None)
    if known is not None:
        return known
    parts = [head, *(c for c in head.children if c.dep_ in vocabulary.words["name_part_deps"] and c.text[:1].isupper())]
    start, end = min(t.i for t in parts), max(t.i for t in parts) + 1
    if not head.text[:1].isupper() or end - start != len(parts):
        return None
    bracketed = next((c for c in state.clusters if c.start == end + 1 and state.doc[end].text == "("), None)
    if bracketed is not None:
        return bracketed  # "Vannrensing (Smart Water)": the cluster in brackets
    span = Span(state.doc, start, end, label="CLUSTER")
    span._.canonical = vocabulary.strip_prefix(span.text)
    return span


def _copula_over(words: dict, token: Token) -> Token | None:
    """The copula whose predicate counts the noun the token's relative clause hangs on ("er to av seks prosjekter som
    er tatt opp"), else None."""
    verb = token
    while verb.dep_ not in words["relative_clause_deps"] and verb.head.i != verb.i and verb.head.i >= token.i - 3:
        verb = verb.head  # "tatt" under "er" (ATR)
    relative = any(c.lower_ in words["relative_pronouns"] and c.i < verb.i for c in verb.children)
    noun, of = verb.head, verb.head.head
    count = of.head
    if verb.dep_ not in words["relative_clause_deps"] or not relative or noun.pos_ != "NOUN" \
            or of.lower_ not in words["count_of_words"] or count.dep_ not in words["predicative_deps"]:
        return None
    copula = count.head
    return copula if copula.lemma_ in words["pattern_pieces"]["COPULA_LEMMAS"] and copula.i < count.i else None
