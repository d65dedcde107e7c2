"""A grant that is an upgrade because the article says what the cluster had before: the lower
level named as earlier in the frame's sentence ("X var tidligere en del av Arena-programmet,
men i november fikk klyngen NCE-status"), or an upgrade said with no status named about the
cluster ("Feiret oppgradert Solenergiklynge", "Helseklyngen rykker opp")."""

from __future__ import annotations

from .clauses import split_clauses
from .frames import Frame
from .mentions import Mention
from .state import DocState
from .status_words import is_status
from .vocabulary import EventVocabulary


def earlier_level(vocabulary: EventVocabulary, state: DocState, frame: Frame, status: str) -> bool:
    """Does the frame's sentence name a lower status as the cluster's earlier one, before the
    frame, in a clause that states it (no trigger but a copula) after a word like "tidligere"?"""
    words, doc, sentence = vocabulary.words, state.doc, frame.sentence
    rank = words["rank"]
    for clause in split_clauses(words, sentence):
        if clause.start >= frame.start or frame.start in clause:
            continue
        tokens = clause.tokens(doc)
        lower = [s for s in state.statuses if s.start in clause and rank.get(s.value, 9) < rank.get(status, 0)
                 and is_status(vocabulary, state, sentence, s)]
        acting = [t for t in state.triggers if t.start in clause and t.value != "copula"]
        if lower and not acting and any(t.lower_ in words["earlier_words"] for t in tokens):
            return True
    return False


def upgraded_clusters(vocabulary: EventVocabulary, state: DocState) -> dict[str, Mention]:
    """The clusters an upgrade trigger that names no status is about: a cluster its sentence
    names, else the article's cluster where the sentence names a cluster by a compound
    ("oppgradert Solenergiklynge"), said by a verb that means an upgrade alone ("løftes" does
    not). Intentions ("vil rykke opp") and a verb with an object
    ("har oppgradert nettsidene") are not upgrades."""
    words, doc, found = vocabulary.words, state.doc, {}
    bare = set(words["bare_upgrade_lemmas"])
    upgrades = [t for t in state.triggers if t.value == "upgraded" and doc[t.start].lemma_.lower() in bare]
    for trigger in upgrades:
        sentence = next((s for s in state.sentences if s.start <= trigger.start < s.end), None)
        if sentence is None or any(sentence.start <= s.start < sentence.end and not _prefix(state, s) for s in state.statuses):
            continue  # "rykker opp til NCE": the status is named (a name's prefix, "Arena Skog rykker opp", is not)
        before = {t.lower_ for t in doc[max(sentence.start, trigger.start - 3):trigger.start]}
        objects = [c for t in doc[trigger.start:trigger.end] for c in t.children if c.dep_ in words["object_deps"]
                   and words["cluster_stem"] not in c.lower_ and not any(k.start <= c.i < k.end for k in state.clusters)]
        if before & set(words["intentions"]) or objects or _describes_no_cluster(words, state, trigger.start):
            continue  # "vil rykke opp"; "har oppgradert nettsidene"; "avanserte lettvektsmaterialer"
        named = [c for c in state.clusters if sentence.start <= c.start < sentence.end]
        compound = any(words["cluster_stem"] in t.lower_ for t in sentence)
        for name in {c._.canonical for c in named} if named else \
                {state.main._.canonical} if compound and state.main is not None else set():
            found.setdefault(name, trigger)
    return found


def _prefix(state: DocState, status: Mention) -> bool:
    return any(c.start <= status.start < c.end for c in state.clusters)


def _describes_no_cluster(words: dict, state: DocState, index: int) -> bool:
    """Is the word an adjective before a word that is no cluster ("avanserte lettvektsmaterialer")?"""
    doc = state.doc
    if doc[index].pos_ != "ADJ" or index + 1 >= len(doc):
        return False
    following = doc[index + 1]
    return words["cluster_stem"] not in following.lower_ and not any(c.start == following.i for c in state.clusters)


def as_upgrades(vocabulary: EventVocabulary, mentions: list[dict], upgraded: dict[str, Mention]) -> None:
    """Grants of a status above the lowest to the clusters in ``upgraded`` become upgrades; an upgrade to the
    lowest status is a grant, nothing being below it ("løftet prosjektet opp på Arena-nivå")."""
    rank = vocabulary.words["rank"]
    lowest = min(rank.values())
    for event in mentions:
        if event["action"] == "granted" and event["cluster"] in upgraded and rank.get(event["status"], lowest) > lowest:
            event["action"] = "upgraded"
        elif event["action"] == "upgraded" and rank.get(event["status"]) == lowest:
            event["action"] = "granted"


def history_upgrades(rank: dict[str, int], events: list[dict]) -> None:
    """A grant the text dates after its cluster's grant of a lower status, dated in the text too, is an
    upgrade, with every mention of it: "Entering the programme at the Arena level in 2006, X was
    promoted to NCE in 2009, before achieving GCE in 2014" (GCE); the events are dated already."""
    dated = [e for e in events if e["date_source"] == "text" and e["date"] and e["action"] in ("granted", "upgraded")]
    upgraded = {(e["cluster"], e["status"]) for e in dated if e["action"] == "granted"
                and any(o["cluster"] == e["cluster"] and o["date"] < e["date"]
                        and rank.get(o["status"], 9) < rank.get(e["status"], 0) for o in dated)}
    for event in events:
        if event["action"] == "granted" and (event["cluster"], event["status"]) in upgraded:
            event["action"] = "upgraded"


def without_lower_endings(rank: dict[str, int], events: list[dict]) -> list[dict]:
    """The events less the losses of a status lower than one the article gives the same cluster, not
    dated in an earlier year than that grant: the lower period ends as the cluster moves up ("X er tatt
    opp som Arena Pro-klynge fra 2021. Arena-prosjektet avsluttes 31.12.2020, og X søkte derfor om opprykk")."""
    def ended_by_rise(loss: dict) -> bool:
        return any(e["cluster"] == loss["cluster"] and e["action"] in ("granted", "upgraded")
                   and rank.get(e["status"], 0) > rank.get(loss["status"], 9)
                   and not (loss["date"] and e["date"] and loss["date"][:4] < e["date"][:4]) for e in events)

    return [e for e in events if not (e["action"] == "lost" and ended_by_rise(e))]
