"""What a trigger is about when its object is another thing than a status, an application or a
cluster: an answer or a selection of something else ("fikk godkjent forprosjektet", "er valgt ut som
vertskap for konferansen") grants no status, even to a cluster whose name holds one ("Arena Tre")."""

from __future__ import annotations

from .mentions import Mention
from .state import DocState


def takes_other(words: dict, state: DocState, trigger: Mention) -> bool:
    """Is the trigger's object another thing than a status, an application or a cluster: a noun right
    after it ("fikk godkjent forprosjektet i søknaden om ..."), or one after a preposition of capacity or
    purpose near it ("er valgt ut som vertskap for konferansen", "fikk ja fra kommunen til nytt bygg")?"""
    doc, reach = state.doc, trigger.end + words["other_object_reach"]
    if _other_noun(words, state, trigger.end, words["object_deps"]):
        return True
    return any(t.lower_ in words["purpose_prepositions"] and _other_noun(words, state, t.i + 1)
               for t in doc[trigger.end:min(reach, doc[trigger.start].sent.end)])


def _other_noun(words: dict, state: DocState, index: int, deps: tuple[str, ...] = ()) -> bool:
    """Is the word at ``index`` (past determiners, numbers and adjectives) a noun that names no status,
    application or cluster (and, if ``deps`` are given, is parsed as one of them: an object, not the
    subject of "utpekte regjeringen" nor the time of "fikk ja fredag")?"""
    doc = state.doc
    while index < len(doc) and doc[index].pos_ in ("DET", "ADJ", "NUM"):
        index += 1
    if index >= len(doc) or doc[index].pos_ != "NOUN" or not doc[index].is_alpha:  # not a line break tagged a noun
        return False
    noun = doc[index]
    if deps and noun.dep_ not in deps:
        return False
    named = any(m.start <= index < m.end for m in state.statuses) or any(c.start <= index < c.end for c in state.clusters)
    own = {noun.lower_, noun.lemma_.lower()} & {*words["application_words"], *words["status_nouns"]}
    return not (named or own or words["cluster_stem"] in noun.lower_
                or noun.lower_.endswith(tuple(words["status_object_endings"])))
