"""Grants said only by what the status brings: "ARENA-statusen innebærer en unik mulighet", "Statusen som NCE
muliggjør ...", "men Arena-statusen gir oss støtte": a definite status that opens its clause as the subject of
a present verb of effect (`effect_verbs`), or that is celebrated ("X feirer NCE-statusen"), tells that the
cluster holds it, newly. Such a frame is a grant of
the status's owner (the cluster named last before it, else the article's) only where the article tells
nothing else of that cluster (`settled`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .clauses import Clause
from .framing import Frame, intended, is_application
from .mentions import Mention
from .state import DocState

IMPLIED = "implied"  # the action of such a frame until the article's other events are known


def implied_frame(words: dict, state: DocState, sentence: Span, clause: Clause, status: Mention) -> Frame | None:
    """The frame of a definite status that opens its clause before a present verb of effect, or that is
    celebrated, if it is one."""
    doc = state.doc
    if status.value == "*" or clause.kind != "main":
        return None
    celebration = _celebration(words, state, clause, status)
    if celebration is not None:  # "Fjordlys Cluster feirer NCE-statusen", "X celebrates the NCE status"
        return Frame(status.value, IMPLIED, celebration.i, status.end, clause, sentence)
    if not _definite_opening(words, doc, clause, status):
        return None
    verb = next((t for t in clause.tokens(doc) if t.i >= status.end  # "The Global Centre of Expertise status gives"
                 and not (t.is_punct or t.is_space or t.lower_ in words["status_nouns"])), None)
    if verb is None or not _effect(words, verb) or is_application(words, doc, clause, status) \
            or intended(words, doc, clause, Mention(verb.i, verb.i + 1, ""), status):
        return None
    return Frame(status.value, IMPLIED, status.start, verb.i + 1, clause, sentence)


def _definite_opening(words: dict, doc: Doc, clause: Clause, status: Mention) -> bool:
    """Does the status open its clause written definite ("Arena-statusen", "The NCE status"), or after a
    definite status noun and "som" ("Statusen som NCE", "Statusen som Arena-klynge")?"""
    opening = [t for t in clause.tokens(doc, status.start)
               if not (t.is_punct or t.is_space or t.lower_ in words["clause_breaks"])]
    endings = tuple(words["definite_status_endings"])
    if not opening:
        return doc[status.end - 1].lower_.endswith(endings)
    texts = [t.lower_ for t in opening]
    return texts in ([e, c] for e in words["definite_status_nouns"] for c in words["capacity_words"]) \
        or texts in ([w] for w in words["definite_status_openers"])


def _celebration(words: dict, state: DocState, clause: Clause, status: Mention) -> Token | None:
    """The verb of celebrating right before a definite status ("feirer NCE-statusen", "feirer statusen som NCE",
    "celebrates the NCE status"), also with its subject between ("I dag feirer X NCE-statusen"), if one."""
    doc = state.doc
    before = [t for t in clause.tokens(doc, status.start) if not (t.is_punct or t.is_space)]
    texts = [t.lower_ for t in before[-2:]]
    named_definite = len(texts) == 2 and texts[0] in words["definite_status_nouns"] and texts[1] in words["capacity_words"]
    english = bool(texts) and texts[-1] in words["definite_status_openers"]
    before = before[:-2] if named_definite else before[:-1] if english else before
    while len(before) > 1 and (before[-1].text[:1].isupper() or before[-1].lower_ in words["list_place_prepositions"]
                               or any(c.start <= before[-1].i < c.end for c in state.clusters)):
        before = before[:-1]  # the subject between: "I dag feira Fjordlys Cluster i Molde Arena-statusen"
    definite = named_definite or english or doc[status.end - 1].lower_.endswith(tuple(words["definite_status_endings"]))
    verb = before[-1] if before else None
    celebrating = words["celebration_verbs"]
    if verb is None or not definite or not (verb.lower_ in celebrating["forms"]
                                            or verb.pos_ == "VERB" and verb.lemma_.lower() in celebrating["lemmas"]):
        return None
    return verb


def _effect(words: dict, verb: Token) -> bool:
    """Is the word a verb of what a status brings, in the present ("innebærer", "gir", "muliggjør", "gives")?"""
    effects = words["effect_verbs"]
    if verb.lower_ in effects["forms"]:
        return True
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in effects["lemmas"] \
        and "Pres" in verb.morph.get("Tense")


def settled(mentions: list[dict]) -> list[dict]:
    """The mentions with each implied grant kept, as a grant, only for a cluster no other mention is about."""
    told = {m["cluster"] for m in mentions if m["action"] != IMPLIED}
    kept = [m for m in mentions if m["action"] != IMPLIED or m["cluster"] not in told]
    for mention in kept:
        if mention["action"] == IMPLIED:
            mention["action"] = "granted"
    return kept
