"""An upgrade said with no status named ("I november fekk Fjordlys beskjed om at dei rykkjer opp frå 2020") is
to the one status above the lowest the article names ("Førebur opprykk til Arena Pro" over it): where the
article gives the cluster no event of that level, the upgrade is one."""

from __future__ import annotations

from .mentions import Mention
from .state import DocState
from .status_words import is_status
from .vocabulary import EventVocabulary


def unnamed_upgrades(vocabulary: EventVocabulary, state: DocState, mentions: list[dict],
                     upgraded: dict[str, Mention]) -> list[dict]:
    """An upgrade event for each cluster in ``upgraded`` (its trigger) with no event above the lowest status,
    to the article's one higher status; none where it names none or more than one."""
    rank = vocabulary.words["rank"]
    lowest = min(rank.values())
    target = _higher_status(vocabulary, state, lowest)
    if target is None:
        return []
    risen = {e["cluster"] for e in mentions if rank.get(e["status"], lowest) > lowest}
    doc, added = state.doc, []
    for cluster, trigger in upgraded.items():
        if cluster not in risen:
            sentence = state.sentences[state.sentence_index(trigger.start)]
            added.append({"cluster": cluster, "status": target, "action": "upgraded", "date_span": None,
                          "granted_by": None, "start": sentence.start_char,
                          "end": doc[trigger.end - 1].idx + len(doc[trigger.end - 1])})
    return added


def _higher_status(vocabulary: EventVocabulary, state: DocState, lowest: int) -> str | None:
    """The one status above the lowest the article names as a status, if only one."""
    named = {s.value for s in state.statuses if s.value != "*" and vocabulary.words["rank"].get(s.value, lowest) > lowest
             and is_status(vocabulary, state, state.sentences[state.sentence_index(s.start)], s)}
    return next(iter(named)) if len(named) == 1 else None
