"""What the events component loads from its data files, once: the words of
``data/events.yaml``, the status and trigger patterns of ``data/event_patterns.jsonl``
(in a spaCy ``Matcher``), the programme prefixes of the cluster names and the
organisation finder. Nothing in it changes while Docs are read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from ..clusters import ClusterFinder
from ..never_clusters import NeverClusters
from ..entities import OrganizationFinder
from ..lexicon import DATA_DIR, load, read_patterns


@dataclass(frozen=True)
class EventVocabulary:
    words: dict  # data/events.yaml
    matcher: Matcher  # keys "STATUS|<status>" and "TRIGGER|<action>"
    organizations: OrganizationFinder
    prefixes: list[str]  # the programme prefixes of cluster names ("NCE", "Arena Pro" ...)
    status_words: set[str]  # the words of the prefixes ("Arena", "Pro", "NCE" ...)
    status_word_starts: tuple[str, ...]  # how every word of a status begins
    never_cluster: NeverClusters  # names that are never a cluster ("NHO", "KrF", "Global Centres of Expertise")

    @classmethod
    def load(cls, vocab: Vocab, patterns: Path = DATA_DIR / "event_patterns.jsonl") -> EventVocabulary:
        words = load("events")
        matcher = Matcher(vocab)
        for pattern in read_patterns(patterns, words["pattern_pieces"]):
            matcher.add(f"{pattern['label']}|{pattern['id']}", [pattern["pattern"]])
        prefixes = ClusterFinder.programme_prefixes()
        return cls(words, matcher, OrganizationFinder(), prefixes,
                   status_words={word for prefix in prefixes for word in prefix.split(" ")},
                   status_word_starts=tuple(words["status_word_starts"]),
                   never_cluster=NeverClusters(load("clusters")))

    def prefix_status(self, name: str) -> str | None:
        """The status of the programme prefix a name is written with ("NCE NODE" -> "NCE"), or None."""
        for prefix in sorted(self.prefixes, key=len, reverse=True):
            if name.startswith(prefix + " "):
                return self.words["status_of_prefix"].get(prefix, prefix)
        return None

    def strip_prefix(self, name: str) -> str:
        """The name without its programme prefix: "NCE Eyde" -> "Eyde"."""
        return ClusterFinder.strip_prefix(name, self.prefixes)
