"""Status events: a cluster gets, is upgraded to, keeps, is refused or loses a programme status.

All phrases live in ``data/events.yaml``. In each sentence a status mention
("NCE-status", "status som moden klynge", "GCE-nivå", "gullsertifisert") is
paired with an action trigger of the same clause, a cluster (named in the
sentence, or the last one named when the sentence says "klyngen"), the nearest
date and who granted it ("av Innovasjon Norge").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.lexicon import alternation

from . import extensions  # noqa: F401
from .lexicon import load, word_regex
from .roles import OrganizationFinder

_RELATIVE_CLAUSE = re.compile(r",\s+(?:som|der|hvor|kor)\s+[^,]*,")
_CLAUSE_BREAK = re.compile(r",\s+(?:men|mens|og|samtidig som)\s+|;\s+|\s+men\s+|\s+mens\s+")


@dataclass
class _Status:
    start: int
    end: int
    status: str


class EventExtractor:
    """Finds status events in a Doc whose clusters and dates are already annotated."""

    def __init__(self) -> None:
        data = load("events")
        self.canonical_of = {}
        for canonical, forms in data["statuses"].items():
            for form in forms:
                self.canonical_of[form.lower()] = canonical
        self.needs_frame = set(data["needs_frame"])
        self.certificates = set(data["certificates"])
        frames = alternation(data["status_frames_before"])
        self.status_re = re.compile(
            rf"(?<![\wæøåÆØÅ-])(?P<frame>{frames}\s+)?[«\"“]?(?P<status>{alternation(self.canonical_of)})[»\"”]?"
            rf"(?:-(?P<suffix>[\wæøå]+))?(?![\wæøåÆØÅ])",
            re.IGNORECASE,
        )
        self.suffixes = {s.lower() for s in data["status_suffixes"]}
        self.becomes = re.compile(rf"{alternation(data['becomes_phrases'])}\s+$", re.IGNORECASE)
        self.actions = [(action, word_regex(phrases)) for action, phrases in data["actions"].items()]
        self.anaphora = word_regex(data["cluster_anaphora"])
        self.max_distance = data["max_trigger_distance"]
        self.application = word_regex(data["application_phrases"])
        self.application_answers = [(action, word_regex(phrases))
                                    for action, phrases in data["application_answers"].items()]
        self.granted_by = re.compile(
            rf"^\s*(?:{alternation(data['granted_by_prepositions'])})\s+", re.IGNORECASE
        )
        self.organizations = OrganizationFinder()
        self.granting_bodies = set(data["granting_bodies"])

    def _statuses(self, doc: Doc, sentence: Span, cluster_spans: list[Span]) -> list[_Status]:
        found = []
        for m in self.status_re.finditer(sentence.text):
            start = sentence.start_char + m.start("status")
            end = sentence.start_char + m.end()
            if any(c.start_char <= start < c.end_char for c in cluster_spans):
                continue  # the "NCE" of "NCE Heidner Biocluster" is part of a name
            canonical = self.canonical_of[m["status"].lower()]
            suffix = (m["suffix"] or "").lower()
            if suffix and suffix not in self.suffixes:
                continue
            if suffix == "klynge":
                if not self.becomes.search(doc.text[sentence.start_char:start]):
                    continue  # "Som NCE-klynge får ..." is not an event
            elif canonical in self.needs_frame and not (m["frame"] or suffix):
                continue
            found.append(_Status(start, end, canonical))
        return found

    def _action(self, text: str, clause: str, clause_start: int, status: _Status,
                application: bool = False) -> tuple[str, int, int] | None:
        """The action of the clause that holds the status: the first action in the data's order wins.

        An application for the status is answered anywhere in the (whole) clause given."""
        actions = self.application_answers if application else self.actions
        for action, regex in actions:
            if action == "certified" and status.status not in self.certificates:
                continue
            hits = [m for m in regex.finditer(clause)
                    if (application or self._distance(text, clause_start + m.start(), clause_start + m.end(),
                                                      status) <= self.max_distance)
                    and (action == "certified" or not self._overlaps(clause_start + m.start(), clause_start + m.end(), status))]
            if hits:
                nearest = min(hits, key=lambda m: abs(clause_start + m.start() - status.start))
                return action, clause_start + nearest.start(), clause_start + nearest.end()
        return None

    @staticmethod
    def _distance(text: str, start: int, end: int, status: _Status) -> int:
        """Characters between trigger and status, not counting relative clauses (", som ... ,")."""
        gap = text[end:status.start] if end <= status.start else text[status.end:start]
        return len(_RELATIVE_CLAUSE.sub("", gap))

    @staticmethod
    def _overlaps(start: int, end: int, status: _Status) -> bool:
        return start < status.end and status.start < end

    def extract(self, doc: Doc) -> list[dict]:
        """Events with offsets: cluster, status, action, date, granted_by, start, end, confidence."""
        clusters = sorted(doc.spans.get("clusters", []), key=lambda s: s.start_char)
        dates = list(doc.spans.get("dates", []))
        events = []
        for sentence in doc.sents:
            statuses = self._statuses(doc, sentence, clusters)
            if not statuses:
                continue
            for status in statuses:
                if self.application.search(doc.text[sentence.start_char:status.start]):
                    action = self._action(doc.text, sentence.text, sentence.start_char, status, application=True)
                else:
                    clause_start, clause = self._clause(doc, sentence, status)
                    action = self._action(doc.text, clause, clause_start, status)
                if action is None:
                    continue
                name, trigger_start, trigger_end = action
                cluster, confidence = self._cluster(doc, sentence, clusters, trigger_start)
                if cluster is None:
                    continue
                start = min(status.start, trigger_start)
                end = max(status.end, trigger_end)
                date = self._nearest(dates, sentence, (start + end) // 2)
                events.append({
                    "cluster": cluster, "status": status.status, "action": name,
                    "date": date._.date_value if date else None,
                    "date_granularity": date._.date_granularity if date else None,
                    "date_text": date.text if date else None,
                    "granted_by": self._granted_by(doc, sentence, status, (trigger_start, trigger_end)),
                    "start": start, "end": end, "confidence": confidence,
                })
        return events

    def _clause(self, doc: Doc, sentence: Span, status: _Status) -> tuple[int, str]:
        start = sentence.start_char
        for part in _CLAUSE_BREAK.split(sentence.text):
            index = doc.text.find(part, start)
            if index <= status.start < index + len(part) + 1:
                return index, part
            start = index + len(part)
        return sentence.start_char, sentence.text

    def _cluster(self, doc: Doc, sentence: Span, clusters: list[Span], anchor: int) -> tuple[str | None, float]:
        inside = [c for c in clusters if sentence.start_char <= c.start_char < sentence.end_char]
        if inside:
            nearest = min(inside, key=lambda c: abs(c.start_char - anchor))
            return nearest._.canonical, 0.85
        if self.anaphora.search(sentence.text):
            earlier = [c for c in clusters if c.end_char <= sentence.start_char]
            if earlier:
                return earlier[-1]._.canonical, 0.65
        return None, 0.0

    @staticmethod
    def _nearest(spans: list[Span], sentence: Span, anchor: int) -> Span | None:
        inside = [s for s in spans if sentence.start_char <= s.start_char < sentence.end_char]
        return min(inside, key=lambda s: abs(s.start_char - anchor)) if inside else None

    def _granted_by(self, doc: Doc, sentence: Span, status: _Status, trigger: tuple[int, int]) -> str | None:
        """"av/frå ORG" right after the status or the action, else a granting body named before the action."""
        for position in (status.end, trigger[1]):
            rest = doc.text[position:sentence.end_char]
            prep = self.granted_by.match(rest)
            if not prep:
                continue
            for start, _end, name in self.organizations.find(rest):
                if start == prep.end():
                    return name
            for ent in doc.ents:
                if ent.start_char == position + prep.end() and ent.label_ in {"ORG", "GPE_ORG"}:
                    return ent.text
        before = doc.text[sentence.start_char:trigger[0]]
        bodies = [name for _start, _end, name in self.organizations.find(before) if name in self.granting_bodies]
        return bodies[-1] if bodies else None
        for start, _end, name in self.organizations.find(rest):
            if start == prep.end():
                return name
        for ent in doc.ents:
            if ent.start_char == status.end + prep.end() and ent.label_ in {"ORG", "GPE_ORG"}:
                return ent.text
        return None


@Language.factory("newsfacts_events")
def make_event_component(nlp: Language, name: str) -> "EventComponent":
    return EventComponent()


class EventComponent:
    """Fills ``doc.spans["events"]`` (label EVENT, ``span._.event``)."""

    def __init__(self) -> None:
        self.extractor = EventExtractor()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for event in self.extractor.extract(doc):
            span = doc.char_span(event["start"], event["end"], label="EVENT", alignment_mode="expand")
            if span is not None:
                span._.event = event
                spans.append(span)
        doc.spans["events"] = spans
        return doc
