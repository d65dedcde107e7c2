"""Status events: a cluster gets, is upgraded to, keeps, is refused or loses a programme status.

Statuses and action triggers are token patterns (``data/event_patterns.jsonl``: statuses by
their written forms, triggers by lemma in both standards) applied with spaCy's ``Matcher``.
A status and the triggers of its clause make a frame; the frame gives one event to every
cluster it governs: the clusters of the clause, the items of a list after its colon, the
name a relative clause hangs on, or, for "klynga"/"vi"/"den", the cluster named before.
Intentions ("håper å få"), conditions ("dersom") and unanswered applications give none.

Dates come from the clause, then the sentence, then the article: another mention of the
same event, the news date of the article's first sentences ("fredag", "i går"), else the
publication date. ``event["date_source"]`` says which (text / context / published).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from .clusters import ClusterFinder
from .dates import reference_date
from .lexicon import DATA_DIR, load
from .roles import OrganizationFinder

_CONFIDENCE = {"text": 0.85, "context": 0.7, "published": 0.6}


@dataclass
class _Clause:
    start: int  # token indices into the Doc
    end: int
    kind: str = "main"  # main | relative | condition

    def __contains__(self, index: int) -> bool:
        return self.start <= index < self.end


@dataclass
class _Match:
    start: int
    end: int
    value: str  # the canonical status, or the trigger's action


@dataclass
class _Frame:
    """The status and action a clause states, and the tokens they span."""

    status: str
    action: str
    start: int
    end: int
    clause: _Clause
    sentence: Span
    clusters: list[Span] = field(default_factory=list)


class EventFinder:
    """Finds status events in a Doc whose clusters and dates are already annotated."""

    def __init__(self, nlp: Language, patterns: Path = DATA_DIR / "event_patterns.jsonl") -> None:
        self.words = load("events")
        self.matcher = Matcher(nlp.vocab)
        for pattern in srsly.read_jsonl(patterns):
            self.matcher.add(f"{pattern['label']}|{pattern['id']}", [pattern["pattern"]])
        self.organizations = OrganizationFinder()
        self.prefixes = ClusterFinder.programme_prefixes()

    # --- the mentions a frame is made of

    def _matches(self, doc: Doc) -> tuple[list[_Match], list[_Match]]:
        statuses, triggers = [], []
        for key, start, end in self.matcher(doc):
            label, value = doc.vocab.strings[key].split("|", 1)
            (statuses if label == "STATUS" else triggers).append(_Match(start, end, value))
        return _longest(statuses), triggers

    def _is_status(self, doc: Doc, status: _Match, clusters: list[Span], triggers: list[_Match]) -> bool:
        """A status word is a status, not a name's prefix, a venue or a status named in passing."""
        if any(c.start <= status.start < c.end for c in clusters):
            return False
        text = doc[status.start:status.end].text
        before = doc[status.start - 1].lower_ if status.start > 0 else ""
        if before in self.words["previous_status_before"]:
            return False  # "går fra Arena til Arena Pro": Arena is what it had
        governed = any(t.end <= status.start and status.start - t.end <= 6 for t in triggers)
        if "-klyng" in text.lower():
            return governed  # "blir Arena-klynge", not "Som NCE-klynge får den ..."
        bare = text in self.prefixes or text == "Arena Pro"
        return not bare or before in self.words["bare_status_after"] or governed

    def _clauses(self, sentence: Span) -> list[_Clause]:
        """The sentence cut at clause breaks, with relative clauses (", som ...,") and opening
        conditions ("Dersom ...,", "Får vi statusen, ...") as clauses of their own."""
        doc, words = sentence.doc, self.words
        clauses, start = [], sentence.start
        first = next((t for t in sentence if not t.is_punct), sentence[0])
        comma = next((t.i for t in sentence if t.text == "," and t.i > first.i), None)
        inverted = first.pos_ in ("VERB", "AUX") and "Mood=Ind" in str(first.morph)
        if comma is not None and (first.lower_ in words["subordinators"] or inverted):
            condition = inverted or first.lower_ in words["conditionals"]
            clauses.append(_Clause(sentence.start, comma + 1, "condition" if condition else "main"))
            start = comma + 1
        cuts, relatives = [], []
        for token in doc[start:sentence.end]:
            pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < sentence.end else ""
            if token.i > start and (token.lower_ in words["clause_breaks"] or pair in words["clause_breaks"]):
                cuts.append(token.i)
            elif token.text == "," and token.i + 1 < sentence.end and doc[token.i + 1].lower_ in words["relative_pronouns"]:
                end = next((t.i for t in doc[token.i + 2:sentence.end] if t.text == ","), sentence.end)
                relatives.append(_Clause(token.i + 1, end, "relative"))
        bounds = [start, *cuts, sentence.end]
        for a, b in zip(bounds, bounds[1:]):
            for rel in (r for r in relatives if a <= r.start < b):
                clauses.append(_Clause(a, rel.start))
                a = min(rel.end, b)
            clauses.append(_Clause(a, b))
        return [c for c in clauses + relatives if c.end > c.start]

    # --- frames

    def _frames(self, doc: Doc, sentence: Span, statuses: list[_Match], triggers: list[_Match],
                clusters: list[Span], previous: list[_Match]) -> list[_Frame]:
        clauses = self._clauses(sentence)
        inside = [s for s in statuses if sentence.start <= s.start < sentence.end]
        frames = []
        for clause in clauses:
            if clause.kind == "condition":
                continue
            own = [s for s in inside if s.start in clause and self._is_status(doc, s, clusters, triggers)]
            for status in own:
                frame = self._frame_of(doc, sentence, clause, status, triggers)
                if frame is not None:
                    frames.append(frame)
            if not own:
                frames += self._prefix_frames(doc, sentence, clause, triggers, clusters, previous)
        return frames

    def _frame_of(self, doc: Doc, sentence: Span, clause: _Clause, status: _Match,
                  triggers: list[_Match]) -> _Frame | None:
        if self._is_application(doc, clause, status):
            return self._answer(doc, sentence, clause, status, triggers)
        candidates = [t for t in triggers if t.start in clause and t.end <= clause.end
                      and not self._intended(doc, clause, t, status)
                      and (t.value != "copula" or t.end <= status.start)]
        if status.value in self.words["certificates"]:
            lost = [t for t in candidates if t.value in ("lost", "rejected")]
            return _Frame(status.value, "lost" if lost else "certified", status.start, status.end, clause, sentence)
        action = self._action(candidates, status)
        if action is None:
            return None
        name, trigger = action
        if self._negated(doc, clause, status) and name in ("granted", "upgraded", "extended", "selected", "copula"):
            name = "rejected"
        return _Frame(status.value, name, min(status.start, trigger.start), max(status.end, trigger.end), clause, sentence)

    def _action(self, candidates: list[_Match], status: _Match) -> tuple[str, _Match] | None:
        for name in self.words["action_order"]:
            hits = [t for t in candidates if t.value == name and not _overlaps(t, status)]
            if hits:
                nearest = min(hits, key=lambda t: abs(t.start - status.start))
                return ("granted" if name in ("copula", "selected", "answered_yes") else name), nearest
        return None

    def _is_application(self, doc: Doc, clause: _Clause, status: _Match) -> bool:
        window = doc[max(clause.start, status.start - 5):status.start]
        return any(t.lower_ in self.words["application_words"] or t.lemma_ in ("søke", "søkje", "søknad")
                   for t in window)

    def _answer(self, doc: Doc, sentence: Span, clause: _Clause, status: _Match,
                triggers: list[_Match]) -> _Frame | None:
        """An application is answered in its clause, else anywhere in the sentence."""
        answers = self.words["application_answers"]
        in_sentence = [t for t in triggers if sentence.start <= t.start < sentence.end and t.value in answers]
        for scope in ([t for t in in_sentence if t.start in clause], in_sentence):
            if scope:
                trigger = min(scope, key=lambda t: (self.words["action_order"].index(t.value)
                                                    if t.value in self.words["action_order"] else 9))
                action = answers[trigger.value]
                if action == "granted" and self._negated(doc, clause, trigger):
                    action = "rejected"
                return _Frame(status.value, action, min(status.start, trigger.start),
                              max(status.end, trigger.end), clause, sentence)
        return None

    def _prefix_frames(self, doc: Doc, sentence: Span, clause: _Clause, triggers: list[_Match],
                       clusters: list[Span], previous: list[_Match]) -> list[_Frame]:
        """Frames whose status is not written out: "fikk ja fredag", "Valget falt på NCE NODE og
        NCE Maritime", "NCE Subsea blir til GCE Subsea", "NCE Instrumentation går ut av programmet".
        The status is the one the previous sentence names, else the cluster's prefix."""
        frames = []
        for trigger in (t for t in triggers if t.start in clause and t.end <= clause.end):
            if trigger.value not in ("selected", "answered_yes", "lost", "upgraded") \
                    or self._intended(doc, clause, trigger, trigger):
                continue
            if trigger.value == "upgraded" and doc[trigger.end - 1].lower_ != "til":
                continue  # only "blir til": "NCE Subsea blir til GCE Subsea"
            named = [c for c in clusters if c.start in clause and (trigger.value != "upgraded" or c.start >= trigger.end)]
            context = previous[-1].value if previous and trigger.value in ("selected", "answered_yes") else None
            for cluster in named:
                status = context or self._prefix(cluster)
                if status is None:
                    continue
                action = "granted" if trigger.value in ("selected", "answered_yes") else trigger.value
                frame = _Frame(status, action, trigger.start, trigger.end, clause, sentence, [cluster])
                if trigger.value == "upgraded":
                    frame.clusters = [c for c in clusters if c.start in clause]
                frames.append(frame)
        return frames

    def _intended(self, doc: Doc, clause: _Clause, trigger: _Match, status: _Match) -> bool:
        """An intention or a possibility before the trigger, or between it and the status."""
        intentions = self.words["intentions"]
        end = max(trigger.start, status.start)
        tokens = doc[clause.start:end]
        for token in tokens:
            if token.i >= trigger.start and token.i < min(status.start, trigger.end) or trigger.start <= token.i < trigger.end:
                continue
            pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < len(doc) else ""
            if token.lower_ in intentions or pair in intentions:
                return True
        return False

    def _negated(self, doc: Doc, clause: _Clause, anchor: _Match) -> bool:
        return any(t.lower_ in self.words["negations"] for t in doc[clause.start:max(anchor.end, clause.start)])

    def _prefix(self, cluster: Span) -> str | None:
        first = cluster.text.split(" ")[:2]
        for prefix in sorted(self.prefixes, key=len, reverse=True):
            if " ".join(first).startswith(prefix + " ") or cluster.text.startswith(prefix + " "):
                return "Arena Pro" if prefix.lower() == "arena pro" else prefix
        return None

    # --- the clusters a frame governs

    def _governed(self, doc: Doc, frame: _Frame, clusters: list[Span], main: Span | None) -> list[Span]:
        if frame.clusters:
            return frame.clusters
        clause = frame.clause
        named = [c for c in clusters if c.start in clause]
        if not named and clause.kind == "relative":
            named = [c for c in clusters if 0 <= clause.start - c.end <= 2]
        if not named:
            anaphor = next((t for t in doc[clause.start:clause.end] if self._is_anaphor(t)), None)
            if anaphor is not None:
                antecedent = _antecedent(doc, anaphor, clusters, main)
                named = [antecedent] if antecedent is not None else []
        return named

    def _is_anaphor(self, token) -> bool:
        lower = token.lower_
        return lower in self.words["cluster_anaphora"] or lower.endswith(("klyngen", "klynga")) and token.is_lower

    def list_items(self, doc: Doc, frame: _Frame, clusters: list[Span]) -> list[Span]:
        """Clusters listed after the colon of a frame's clause ("får NCE-status: A i X, B og C"),
        new cluster spans for items no other rule found."""
        colon = next((t.i for t in doc[frame.end:frame.clause.end] if t.text == ":"), None)
        if colon is None:
            return []
        items, start = [], colon + 1
        for token in doc[colon + 1:frame.clause.end]:
            previous = doc[token.i - 1].text
            if token.text == "," or token.lower_ == "og" and not previous.endswith("-") and doc[token.i + 1:token.i + 2].text[:1].isupper():
                items.append((start, token.i))
                start = token.i + 1
        items.append((start, frame.clause.end))
        found = []
        for a, b in items:
            span = self._item_name(doc, a, b, clusters)
            if span is not None:
                found.append(span)
        return found

    def _item_name(self, doc: Doc, start: int, end: int, clusters: list[Span]) -> Span | None:
        tokens = [t for t in doc[start:end] if not t.is_punct or t.text in ("–", "-", "&")]
        if not tokens:
            return None
        first = tokens[0].i
        stop = next((t.i for t in doc[first + 1:end] if t.lower_ in self.words["list_item_modifiers"]), end)
        while stop > first and doc[stop - 1].is_punct:
            stop -= 1
        known = [c for c in clusters if first <= c.start < stop]
        if known and known[0].end >= stop:
            return known[0]
        span = doc[first:stop]
        if not span.text[:1].isupper() or len(span) > 7:
            return None
        if len(span) == 1 and span[0].ent_type_ in ("GPE_LOC", "LOC", "GPE_ORG"):
            return None
        new = Span(doc, first, stop, label="CLUSTER")
        new._.canonical = ClusterFinder.strip_prefix(span.text, self.prefixes)
        return new

    # --- whole documents

    def extract(self, doc: Doc) -> list[dict]:
        """Events with offsets: cluster, status, action, date, date_source, granted_by, start, end, confidence."""
        clusters = sorted(doc.spans.get("clusters", []), key=lambda s: s.start)
        statuses, triggers = self._matches(doc)
        main = _main_cluster(doc, clusters)
        mentions, previous, added = [], [], []
        for sentence in doc.sents:
            frames = self._frames(doc, sentence, statuses, triggers, clusters, previous)
            for frame in frames:
                listed = self.list_items(doc, frame, clusters)
                added += [c for c in listed if c not in clusters]
                governed = listed or self._governed(doc, frame, clusters, main)
                seen = set()
                for cluster in governed:
                    if cluster._.canonical in seen:
                        continue
                    seen.add(cluster._.canonical)
                    mentions.append(self._event(doc, frame, cluster))
            previous = [s for s in statuses if sentence.start <= s.start < sentence.end]
        if added:
            doc.spans["clusters"] = sorted([*doc.spans.get("clusters", []), *added], key=lambda s: s.start)
        return self._resolve(doc, mentions)

    def _event(self, doc: Doc, frame: _Frame, cluster: Span) -> dict:
        action = frame.action
        prefix = self._prefix(cluster)
        rank = self.words["rank"]
        if action == "granted" and prefix and rank.get(prefix, 0) < rank.get(frame.status, 0):
            action = "upgraded"
        date_span = self._date(doc, frame)
        frame_end = doc[frame.end - 1].idx + len(doc[frame.end - 1])
        same_sentence = frame.sentence.start <= cluster.start < frame.sentence.end
        return {  # the span covers the cluster too, so each cluster's event has a span of its own
            "cluster": cluster._.canonical, "status": frame.status, "action": action,
            "date_span": date_span, "granted_by": self._granted_by(doc, frame),
            "start": min(doc[frame.start].idx, cluster.start_char) if same_sentence else doc[frame.start].idx,
            "end": max(frame_end, cluster.end_char) if same_sentence else frame_end,
        }

    def _date(self, doc: Doc, frame: _Frame) -> Span | None:
        dates = [d for d in doc.spans.get("dates", []) if not self._period_bound(doc, d)]
        for lo, hi in ((frame.clause.start, frame.clause.end), (frame.sentence.start, frame.sentence.end)):
            inside = [d for d in dates if lo <= d.start < hi]
            if inside:
                return min(inside, key=lambda d: abs(d.start - frame.start))
        return None

    def _period_bound(self, doc: Doc, date_span: Span) -> bool:
        before = doc[date_span.start - 1].lower_ if date_span.start > 0 else ""
        return before in self.words["period_prepositions"] or date_span.text.split(" ")[0].lower() in self.words["period_prepositions"]

    def _resolve(self, doc: Doc, mentions: list[dict]) -> list[dict]:
        """Document-level: one action per (cluster, status) where mentions agree, and every
        mention dated from itself, its event's other mentions, the news date or publication."""
        by_event: dict[tuple, list[dict]] = {}
        for event in mentions:
            by_event.setdefault((event["cluster"], event["status"]), []).append(event)
        news = self._news_date(doc)
        published = doc._.reference_date
        for group in by_event.values():
            actions = {e["action"] for e in group}
            if actions == {"granted", "upgraded"}:
                for e in group:
                    e["action"] = "upgraded"
            dated = {(e["date_span"].start, e["date_span"].end): e["date_span"] for e in group if e["date_span"] is not None}
            for e in group:
                span = e.pop("date_span")
                source = "text"
                if span is None and len(dated) == 1:
                    span = next(iter(dated.values()))
                    source = "context"
                elif span is None and news is not None:
                    span, source = news, "context"
                self._set_date(e, span, source, published)
        return mentions

    @staticmethod
    def _set_date(event: dict, span: Span | None, source: str, published: str | None) -> None:
        if span is not None:
            event.update(date=span._.date_value, date_granularity=span._.date_granularity,
                         date_text=span.text, date_source=source)
        elif published:
            event.update(date=str(published)[:10], date_granularity="day", date_text=None, date_source="published")
        else:
            event.update(date=None, date_granularity=None, date_text=None, date_source=None)
        event["confidence"] = _CONFIDENCE[event["date_source"] or "published"]

    def _news_date(self, doc: Doc) -> Span | None:
        """The first recent day or week the article's opening sentences name ("fredag", "i går")."""
        published = reference_date(doc)
        if published is None:
            return None
        limit = self.words["news_date_sentences"]
        opening = list(doc.sents)[:limit]
        end = opening[-1].end if opening else 0
        for span in doc.spans.get("dates", []):
            if span.start >= end or span._.date_granularity not in ("day", "week") or self._period_bound(doc, span):
                continue
            try:
                value = date.fromisoformat(span._.date_value[:10])
            except (TypeError, ValueError):
                continue
            if published - timedelta(days=self.words["news_date_max_days"]) <= value <= published:
                return span
        return None

    def _granted_by(self, doc: Doc, frame: _Frame) -> str | None:
        """"av/frå ORG" right after the frame, else a granting body named before it in the sentence."""
        sentence = frame.sentence
        rest = doc.text[doc[frame.end - 1].idx + len(doc[frame.end - 1]):sentence.end_char]
        words = rest.lstrip().split(" ", 1)
        if len(words) == 2 and words[0].lower() in self.words["granted_by_prepositions"]:
            offset = len(rest) - len(rest.lstrip()) + len(words[0]) + 1
            for start, _end, name in self.organizations.find(rest):
                if start == offset:
                    return name
        before = doc.text[sentence.start_char:doc[frame.start].idx]
        bodies = [name for _s, _e, name in self.organizations.find(before) if name in self.words["granting_bodies"]]
        return bodies[-1] if bodies else None


def _longest(matches: list[_Match]) -> list[_Match]:
    """Overlapping status matches reduced to the longest ("Arena Pro-status", not "Arena")."""
    kept: list[_Match] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def _overlaps(a: _Match, b: _Match) -> bool:
    return a.start < b.end and b.start < a.end


def _main_cluster(doc: Doc, clusters: list[Span]) -> Span | None:
    """The article's cluster: the first one its title or lead names, else the most named."""
    if not clusters:
        return None
    opening = list(doc.sents)[:2]
    end = opening[-1].end if opening else 0
    early = [c for c in clusters if c.start < end]
    if early:
        return early[0]
    counts: dict[str, int] = {}
    for c in clusters:
        counts[c._.canonical] = counts.get(c._.canonical, 0) + 1
    best = max(counts, key=counts.get)
    return next(c for c in clusters if c._.canonical == best)


def _antecedent(doc: Doc, anaphor, clusters: list[Span], main: Span | None) -> Span | None:
    """What "klynga", "den", "vi" or "havromsklyngen" refers to: a cluster of that name in the
    article, else the last cluster named before it, else the article's cluster."""
    same = [c for c in clusters if c.text.lower() == anaphor.lower_]
    if same:
        return same[0]
    before = [c for c in clusters if c.end <= anaphor.i]
    return before[-1] if before else main


@Language.factory("newsfacts_events")
def make_event_component(nlp: Language, name: str) -> "EventComponent":
    return EventComponent(nlp)


class EventComponent:
    """Fills ``doc.spans["events"]`` (label EVENT, ``span._.event``)."""

    def __init__(self, nlp: Language) -> None:
        self.finder = EventFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for event in self.finder.extract(doc):
            span = doc.char_span(event["start"], event["end"], label="EVENT", alignment_mode="expand")
            if span is not None:
                span._.event = event
                spans.append(span)
        doc.spans["events"] = spans
        return doc
