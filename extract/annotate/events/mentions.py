"""Status and trigger mentions: the matches of the event patterns in a Doc."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc

from .vocabulary import EventVocabulary


@dataclass
class Mention:
    start: int
    end: int
    value: str  # the canonical status ("*" for "statusen"), or the trigger's action


def find_mentions(vocabulary: EventVocabulary, doc: Doc) -> tuple[list[Mention], list[Mention]]:
    """The Doc's status mentions (the longest of overlapping ones) and trigger mentions."""
    statuses, triggers = [], []
    # Without a lemmatizer (``--model none``) the lemma patterns find nothing: no triggers, no events.
    for key, start, end in vocabulary.matcher(doc, allow_missing=True):
        label, value = doc.vocab.strings[key].split("|", 1)
        (statuses if label == "STATUS" else triggers).append(Mention(start, end, value))
    return longest(statuses), triggers


def longest(mentions: list[Mention]) -> list[Mention]:
    """Overlapping mentions reduced to the longest ("Arena Pro-status", not "Arena")."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def any_between(sorted_starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(sorted_starts, start)
    return index < len(sorted_starts) and sorted_starts[index] < end
