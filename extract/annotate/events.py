"""Status events: a cluster gets, is upgraded to, keeps, is refused or loses a programme status.

Statuses and action triggers are token patterns (``data/event_patterns.jsonl``: statuses by
their written forms, triggers by lemma in both standards) applied with spaCy's ``Matcher``.
A status and the triggers of its clause make a frame; the frame gives one event to every
cluster it governs: the clusters of the clause, the items of a list after its colon, the
name a relative clause hangs on, or what "klynga", "vi" or "den" refers to. Intentions
("håper å få"), conditions ("dersom", "Får vi statusen, ...") and unanswered applications
give none. Where a frame names no status ("fikk ja fredag", "Valget falt på NCE NODE"),
the status is the one the previous sentence names, else the cluster's programme prefix.

Dates come from the clause, then the sentence, then the article: another mention of the
same event, the news date of the article's first sentences ("fredag", "i går"), else the
publication date. ``event["date_source"]`` says which (text / context / published).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .extensions import doc_text
from .clusters import ClusterFinder
from .dates import reference_date
from .lexicon import DATA_DIR, load
from .entities import OrganizationFinder

_CONFIDENCE = {"text": 0.85, "context": 0.7, "published": 0.6}
_GRANULARITY = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5}
_GRANTING = {"copula", "selected", "answered_yes", "approved"}  # triggers whose action is "granted"
_PREFIX_TRIGGERS = {"selected", "answered_yes", "lost", "upgraded"}  # may make a frame with no status named


@dataclass
class _Clause:
    """Tokens ``start``..``end`` of the Doc, less the relative clauses and appositions in it."""

    start: int
    end: int
    kind: str = "main"  # main | relative | apposition | condition
    holes: list[tuple[int, int]] = field(default_factory=list)

    def __contains__(self, index: int) -> bool:
        return self.start <= index < self.end and not any(a <= index < b for a, b in self.holes)

    def tokens(self, doc: Doc, end: int | None = None) -> list[Token]:
        stop = self.end if end is None else min(end, self.end)
        return [t for t in doc[self.start:stop] if t.i in self]


@dataclass
class _Match:
    start: int
    end: int
    value: str  # the canonical status ("*" for "statusen"), or the trigger's action


@dataclass
class _Frame:
    """The status and action a clause states, the tokens they span, and whom it is about."""

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
        self.status_words = {w for p in self.prefixes for w in p.split(" ")} | {"Pro", "PRO"}
        self.status_word_starts = tuple(self.words["status_word_starts"])
        self.statuses: list[_Match] = []  # of the Doc being read
        self.triggers: list[_Match] = []

    def extract(self, doc: Doc) -> list[dict]:
        """Events with offsets: cluster, status, action, date, date_source, granted_by, start, end, confidence."""
        clusters = sorted(doc.spans.get("clusters", []), key=lambda s: s.start)
        if not any(t.lower_.startswith(self.status_word_starts) for t in doc):
            return []  # no status named and no cluster by its prefix: most articles, at little cost
        statuses, triggers = self._matches(doc)
        self.statuses, self.triggers = statuses, triggers
        main = _main_cluster(doc, clusters)
        mentions, previous, added = [], [], []
        sentences = list(doc.sents)
        starts = sorted(m.start for m in [*statuses, *(t for t in triggers if t.value in _PREFIX_TRIGGERS)])
        for index, sentence in enumerate(sentences):
            if not _any_between(starts, sentence.start, sentence.end):
                previous = []
                continue  # most sentences name no status and no trigger
            for clause in self._clauses(sentence):
                if clause.kind in ("condition", "apposition"):
                    continue
                anchors = {m.start for m in [*statuses, *triggers] if m.start in clause}
                members = self._members(doc, clause, clusters, anchors, sentences[index + 1:])
                added += [m for m in members if m not in clusters]
                for frame in self._frames(doc, sentence, clause, statuses, triggers, clusters, members, previous):
                    governed = (frame.clusters or members or self._referred(doc, clause, clusters, main, added)
                                or self._organizations(doc, clause, added)
                                or self._listed_paragraphs(sentences[index + 1:], clusters))
                    mentions += self._events(doc, frame, governed)
            previous = [s for s in statuses if sentence.start <= s.start < sentence.end and s.value != "*"
                        and self._is_status(doc, sentence, s, clusters, triggers)]
        if added:
            doc.spans["clusters"] = sorted({(s.start, s.end): s for s in [*clusters, *added]}.values(),
                                           key=lambda s: s.start)
        return self._resolve(doc, mentions)

    # --- mentions

    def _matches(self, doc: Doc) -> tuple[list[_Match], list[_Match]]:
        statuses, triggers = [], []
        # Without a lemmatizer (``--model none``) the lemma patterns find nothing: no triggers, no events.
        for key, start, end in self.matcher(doc, allow_missing=True):
            label, value = doc.vocab.strings[key].split("|", 1)
            (statuses if label == "STATUS" else triggers).append(_Match(start, end, value))
        return _longest(statuses), triggers

    def _is_status(self, doc: Doc, sentence: Span, status: _Match, clusters: list[Span],
                   triggers: list[_Match]) -> bool:
        """A status word is a status, not a name's prefix, a venue or a status named in passing."""
        if any(c.start <= status.start < c.end for c in clusters):
            return False
        text = doc[status.start:status.end].text
        before = doc[status.start - 1].lower_ if status.start > sentence.start else ""
        if before in self.words["previous_status_before"]:
            return False  # "går fra Arena til Arena Pro": Arena is what it had
        before_it = [t for t in triggers if sentence.start <= t.start and t.end <= status.start <= t.end + 6]
        if "-klyng" in text.lower():  # "er blant de nye Arena-klyngene", not "Som NCE-klynge får den ...", "... som Arena-klynge"
            return bool(before_it) and not (before == "som" and not any(t.end == status.start - 1 for t in triggers))
        governed = any(t.value != "copula" or status.start - t.end <= 2 for t in before_it)
        bare = text in self.prefixes or text == "Arena Pro"
        return not bare or before in self.words["bare_status_after"] or governed

    # --- clauses and who is in them

    def _clauses(self, sentence: Span) -> list[_Clause]:
        """The sentence cut at clause breaks; relative clauses (", som ...,"), appositions
        (", en sammenslåing av ...,", "– tidligere kjent som ... –") and opening conditions
        ("Dersom ...,", "Får vi statusen, ...") are clauses of their own."""
        doc, words = sentence.doc, self.words
        clauses, start = [], sentence.start
        first = next((t for t in sentence if not t.is_punct), sentence[0])
        comma = next((t.i for t in sentence if t.text == "," and t.i > first.i), None)
        inverted = first.pos_ in ("VERB", "AUX") and "Mood=Ind" in str(first.morph)
        if comma is not None and (first.lower_ in words["subordinators"] or inverted):
            condition = inverted or first.lower_ in words["conditionals"]
            clauses.append(_Clause(sentence.start, comma + 1, "condition" if condition else "main"))
            start = comma + 1
        cuts, inserts = [], self._inserts(doc, start, sentence.end)
        for token in doc[start:sentence.end]:
            pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < sentence.end else ""
            inside = any(c.start <= token.i < c.end for c in inserts)
            if token.i > start and not inside and (token.lower_ in words["clause_breaks"] or pair in words["clause_breaks"]):
                cuts.append(token.i)
        bounds = [start, *cuts, sentence.end]
        for a, b in zip(bounds, bounds[1:]):
            holes = [(c.start, c.end) for c in inserts if a <= c.start < b]
            clauses.append(_Clause(a, b, "main", holes))
        return [c for c in clauses + inserts if c.end > c.start]

    def _inserts(self, doc: Doc, start: int, end: int) -> list[_Clause]:
        """Relative clauses and appositions between commas or dashes."""
        words, found = self.words, []
        for token in doc[start:end]:
            if found and token.i < found[-1].end:
                continue
            after = doc[token.i + 1].lower_ if token.i + 1 < end else ""
            if token.text == "," and after in words["relative_pronouns"] + words["apposition_openers"]:
                close = next((t.i for t in doc[token.i + 2:end] if t.text in (",", "–")), end)
                kind = "relative" if after in words["relative_pronouns"] else "apposition"
                found.append(_Clause(token.i + 1, close, kind))
            elif token.text in ("–", "—") and token.i > start:
                close = next((t.i for t in doc[token.i + 1:end] if t.text in ("–", "—")), None)
                if close is not None:
                    found.append(_Clause(token.i, close + 1, "apposition"))
        return found

    def _members(self, doc: Doc, clause: _Clause, clusters: list[Span], anchors: set[int],
                 following: list[Span]) -> list[Span]:
        """The clusters named in a clause, with the items of a list after a colon that follows
        a status or trigger (in the sentence, or one item a line after it, as an HTML list
        is parsed). Of several, a name a preposition governs is a circumstance, not who got the
        status ("... etter et samarbeid med Oslo Cancer Cluster", "... på Kongsberg")."""
        named = [c for c in clusters if c.start in clause]
        if len(named) > 1:
            named = [c for c in named if not self._circumstance(doc, c)] or named
        if clause.kind == "relative" and not named:
            named = [c for c in clusters if 0 <= clause.start - c.end <= 2]
        colon = next((t.i for t in clause.tokens(doc) if t.text == ":"), None)
        if colon is None or not any(a < colon for a in anchors):
            return named
        listed = self._list_items(doc, colon, clause, clusters)
        if not listed and all(t.is_punct or t.is_space for t in doc[colon + 1:clause.end]):
            listed = self._line_items(doc, following, clusters)
        return [c for c in named if c.start < colon] + listed if listed else named

    def _listed_paragraphs(self, following: list[Span], clusters: list[Span]) -> list[Span]:
        """"Innovasjon Norge har valgt ut tre nye Arena-klynger." and, a few sentences on, a heading
        ("De nye klyngene") over paragraphs that each open with a cluster's name (an HTML or
        bulleted list): those clusters, at least two of them."""
        found, heading = [], False
        lines = [line for line in following if not line.text.isspace()]
        for line in lines[:self.words["list_heading_within"] + self.words["list_max_items"]]:
            words = [t for t in line if not (t.is_space or t.is_punct)]
            opening = [c for c in clusters if words and c.start == words[0].i]
            if heading and opening:
                found.append(opening[0])
                continue
            if found or heading:
                break
            heading = bool(words) and len(words) <= 6 and not line.text.rstrip().endswith((".", "!", "?"))
        return found if len(found) >= 2 else []

    def _line_items(self, doc: Doc, following: list[Span], clusters: list[Span]) -> list[Span]:
        """Short lines after a line ending in a colon, one cluster each, up to the first sentence."""
        found = []
        for line in following:
            words = [t for t in line if not (t.is_punct or t.is_space)]
            if not words or len(words) > self.words["list_line_max_words"] or line.text.rstrip().endswith((".", ":")):
                break
            span = self._item_name(doc, line.start, line.end, clusters)
            if span is not None:
                found.append(span)
        return found

    def _circumstance(self, doc: Doc, span: Span) -> bool:
        """Is the name governed by a preposition of circumstance (its head in the parse, else the
        word before it), which is not part of a trigger ("Valget falt på X") nor "sammen med"?"""
        root = span.root
        if doc.has_annotation("DEP") and root.head.i != root.i and root.head.pos_ == "ADP" and root.head.i < span.start:
            preposition = root.head
        elif span.start > 0 and doc[span.start - 1].pos_ == "ADP":
            preposition = doc[span.start - 1]
        else:
            return False
        in_trigger = any(t.start <= preposition.i < t.end for t in self.triggers)
        together = preposition.i > 0 and doc[preposition.i - 1].lower_ in ("sammen", "saman")
        return preposition.lower_ in self.words["not_recipient_prepositions"] and not in_trigger and not together

    def _list_items(self, doc: Doc, colon: int, clause: _Clause, clusters: list[Span]) -> list[Span]:
        """"A i Bergen, B, C i Nordland, D og E": one cluster per item (new spans where needed)."""
        items, start = [], colon + 1
        for token in doc[colon + 1:clause.end]:
            following = doc[token.i + 1:token.i + 2].text
            joins = token.lower_ in ("og", "and") and not doc[token.i - 1].text.endswith("-") \
                and following[:1].isupper() and not any(c.start < token.i < c.end - 1 for c in clusters)
            if token.text == "," or (token.lower_ == "og" and joins):
                items.append((start, token.i))
                start = token.i + 1
        items.append((start, clause.end))
        found = [self._item_name(doc, a, b, clusters) for a, b in items]
        return [span for span in found if span is not None and span.text not in self.status_words]

    def _item_name(self, doc: Doc, start: int, end: int, clusters: list[Span]) -> Span | None:
        words = [t for t in doc[start:end] if not t.is_punct]
        if not words:
            return None
        first = words[0].i
        stop = next((t.i for t in doc[first + 1:end] if t.lower_ in self.words["list_item_modifiers"]), end)
        while stop > first and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
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

    def _referred(self, doc: Doc, clause: _Clause, clusters: list[Span], main: Span | None,
                  added: list[Span]) -> list[Span]:
        """The cluster "klynga", "vi", "den" or "havromsklyngen" refers to: a cluster of that name or
        stem in the article, else the last one named before, else the article's cluster; a
        compound ("havromsklyngen") that names no cluster of the article is a cluster itself."""
        words = self.words
        anaphor = next((t for t in clause.tokens(doc) if t.lower_ in words["cluster_anaphora"]
                        or t.lower_ in words["cluster_pronouns"] and t.pos_ == "PRON"
                        or t.is_lower and t.lower_.endswith(("klyngen", "klynga"))), None)
        if anaphor is None:
            return []
        if anaphor.lower_ not in words["cluster_anaphora"] + words["cluster_pronouns"]:
            stem = anaphor.lower_.rsplit("klyng", 1)[0].rstrip("s-")
            same = [c for c in clusters if c.text.lower() == anaphor.lower_
                    or ClusterFinder.strip_prefix(c._.canonical, self.prefixes).lower().split(" ")[0] in (stem, stem + "s")]
            if same:
                return same[:1]
            new = Span(doc, anaphor.i, anaphor.i + 1, label="CLUSTER")
            new._.canonical = anaphor.text
            added.append(new)
            return [new]
        before = [c for c in clusters if c.end <= anaphor.i]
        return [before[-1]] if before else [main] if main is not None else []

    def _organizations(self, doc: Doc, clause: _Clause, added: list[Span]) -> list[Span]:
        """A name the NER calls an organisation, in a frame with no cluster named, is the cluster
        ("Marin Klynge avanserer til NCE"), unless it is a known organisation or granting body."""
        text = doc_text(doc)[doc[clause.start].idx:doc[clause.end - 1].idx + len(doc[clause.end - 1])]
        known = {text[s:e].lower() for s, e, _name in self.organizations.find(text)}
        known |= {body.lower() for body in self.words["granting_bodies"]}
        found = []
        for ent in doc.ents:
            words = {t.text for t in ent}
            if ent.start in clause and ent.label_ == "ORG" and ent.text.lower() not in known \
                    and not words & self.status_words \
                    and not any(_overlaps(_Match(ent.start, ent.end, ""), s) for s in self.statuses):
                span = Span(doc, ent.start, ent.end, label="CLUSTER")
                span._.canonical = ClusterFinder.strip_prefix(ent.text, self.prefixes)
                found.append(span)
        added += found
        return found

    # --- frames

    def _frames(self, doc: Doc, sentence: Span, clause: _Clause, statuses: list[_Match],
                triggers: list[_Match], clusters: list[Span], members: list[Span],
                previous: list[_Match]) -> list[_Frame]:
        own = [s for s in statuses if s.start in clause and self._is_status(doc, sentence, s, clusters, triggers)]
        frames = [f for f in (self._frame_of(doc, sentence, clause, s, triggers) for s in own) if f is not None]
        if not own:
            frames = self._prefix_frames(doc, sentence, clause, triggers, members, previous)
        return frames

    def _frame_of(self, doc: Doc, sentence: Span, clause: _Clause, status: _Match,
                  triggers: list[_Match]) -> _Frame | None:
        if self._is_application(doc, clause, status):
            return self._answer(doc, sentence, clause, status, triggers)
        candidates = [t for t in triggers if t.start in clause and t.end - 1 in clause
                      and not self._intended(doc, clause, t, status)
                      and (t.end <= status.start or not self._needs_object(doc, t))]
        if status.value in self.words["certificates"]:
            lost = [t for t in candidates if t.value in ("lost", "rejected")]
            return _Frame(status.value, "lost" if lost else "certified", status.start, status.end, clause, sentence)
        chosen = self._action(candidates, status)
        if chosen is None:
            return None
        action, trigger = chosen
        if self._negated(doc, clause, max(trigger.end, status.end)):
            action = {"granted": "rejected", "upgraded": "rejected", "extended": "lost"}.get(action, action)
        if trigger.value == "copula" and doc[trigger.start].lemma_ in self.words["state_verbs"] \
                and not self._dated_or_now(doc, clause):
            return None  # "har fram til nå hatt status som Arena Pro": a state, not an event
        return _Frame(status.value, action, min(status.start, trigger.start), max(status.end, trigger.end),
                      clause, sentence)

    def _dated_or_now(self, doc: Doc, clause: _Clause) -> bool:
        """Does the clause date what it says ("siden 2006", "i 2018") or say it holds now ("er nå NCE")?"""
        dated = any(d.start in clause and not self._period_bound(doc, d) for d in doc.spans.get("dates", []))
        return dated or any(t.lower_ in self.words["now"] and doc[t.i - 1].lower_ != "til" for t in clause.tokens(doc))

    def _needs_object(self, doc: Doc, trigger: _Match) -> bool:
        """A copula or "få" takes the status after it: "får NCE-status", not "NCE-statusen får vi ..."."""
        return trigger.value == "copula" or doc[trigger.start].lemma_ in self.words["status_follows"]

    def _action(self, candidates: list[_Match], status: _Match) -> tuple[str, _Match] | None:
        """The first action of ``action_order`` among the clause's triggers, nearest first."""
        for name in self.words["action_order"]:
            hits = [t for t in candidates if t.value == name and not _overlaps(t, status)]
            if hits:
                nearest = min(hits, key=lambda t: abs(t.start - status.start))
                return ("granted" if name in _GRANTING else name), nearest
        return None

    def _is_application(self, doc: Doc, clause: _Clause, status: _Match) -> bool:
        """"søkte om GCE-status", "søknaden om Arena Pro", "kampen om å bli GCE"."""
        window = [t for t in clause.tokens(doc, status.start) if status.start - t.i <= 8]
        return any(t.lower_ in self.words["application_words"] or t.lemma_ in self.words["application_words"]
                   for t in window)

    def _answer(self, doc: Doc, sentence: Span, clause: _Clause, status: _Match,
                triggers: list[_Match]) -> _Frame | None:
        """An application is answered in its clause, else in the sentence's other main clauses."""
        answers = self.words["application_answers"]
        in_sentence = [t for t in triggers if sentence.start <= t.start < sentence.end and t.value in answers]
        other_mains = [c for c in self._clauses(sentence) if c.kind == "main"]
        for scope in ([t for t in in_sentence if t.start in clause],
                      [t for t in in_sentence if any(t.start in c for c in other_mains)]):
            if not scope:
                continue
            order = self.words["action_order"]
            trigger = min(scope, key=lambda t: order.index(t.value) if t.value in order else len(order))
            action = answers[trigger.value]
            if action == "granted" and self._negated(doc, clause, trigger.end):
                action = "rejected"
            return _Frame(status.value, action, min(status.start, trigger.start), max(status.end, trigger.end),
                          clause, sentence)
        return None

    def _prefix_frames(self, doc: Doc, sentence: Span, clause: _Clause, triggers: list[_Match],
                       members: list[Span], previous: list[_Match]) -> list[_Frame]:
        """Frames whose status is not written out: "fikk ja fredag", "Valget falt på NCE NODE og
        NCE Maritime", "NCE Subsea blir til GCE Subsea", "NCE Instrumentation går ut av programmet"."""
        frames = []
        for trigger in (t for t in triggers if t.start in clause and t.end - 1 in clause):
            becomes = trigger.value == "upgraded" and doc[trigger.end - 1].lower_ == "til"
            leaves = trigger.value == "lost" and doc[trigger.end - 1].lower_ == "av"
            if not (trigger.value in ("selected", "answered_yes") or becomes or leaves) \
                    or self._intended(doc, clause, trigger, trigger):
                continue
            context = previous[-1].value if previous and trigger.value in ("selected", "answered_yes") else None
            targets = [c for c in members if c.start >= trigger.end] if becomes else members
            for cluster in targets:
                status = context or _prefix(cluster.text, self.prefixes)
                if status is None:
                    continue
                action = "granted" if trigger.value in _GRANTING else trigger.value
                governed = members if becomes else [cluster]
                frames.append(_Frame(status, action, trigger.start, trigger.end, clause, sentence, governed))
        return frames

    def _intended(self, doc: Doc, clause: _Clause, trigger: _Match, status: _Match) -> bool:
        """An intention or possibility before the trigger, or between it and the status."""
        intentions = self.words["intentions"]
        for token in clause.tokens(doc, max(trigger.start, status.start)):
            if trigger.start <= token.i < trigger.end:
                continue
            pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < len(doc) else ""
            if token.lower_ in intentions or pair in intentions:
                return True
        return False

    def _negated(self, doc: Doc, clause: _Clause, end: int) -> bool:
        return any(t.lower_ in self.words["negations"] for t in clause.tokens(doc, end))

    # --- events

    def _events(self, doc: Doc, frame: _Frame, governed: list[Span]) -> list[dict]:
        events, seen = [], set()
        prefixes = _prefixes_by_cluster(doc, self.prefixes)
        for cluster in governed:
            status = frame.status
            if status == "*":  # "mistet statusen": the status the cluster is known by
                status = prefixes.get(cluster._.canonical)
            if status is None or cluster._.canonical in seen:
                continue
            seen.add(cluster._.canonical)
            events.append(self._event(doc, frame, cluster, status))
        return events

    def _event(self, doc: Doc, frame: _Frame, cluster: Span, status: str) -> dict:
        action = frame.action
        prefix = _prefix(cluster.text, self.prefixes)
        rank = self.words["rank"]
        if action == "granted" and prefix and rank.get(prefix, 0) < rank.get(status, 0):
            action = "upgraded"
        frame_end = doc[frame.end - 1].idx + len(doc[frame.end - 1])
        later = cluster.start >= frame.sentence.end  # a list line after the frame's sentence
        return {  # the span covers the cluster too, so each cluster's event has a span of its own
            "cluster": cluster._.canonical, "status": status, "action": action,
            "date_span": self._date(doc, frame), "granted_by": self._granted_by(doc, frame),
            "start": doc[frame.start].idx if later or cluster.start < frame.sentence.start
            else min(doc[frame.start].idx, cluster.start_char),
            "end": max(frame_end, cluster.end_char) if cluster.start >= frame.sentence.start else frame_end,
        }

    def _date(self, doc: Doc, frame: _Frame) -> Span | None:
        """The finest date of the clause, else of the sentence; period bounds ("frå 1. januar") are not it."""
        dates = [d for d in doc.spans.get("dates", []) if not self._period_bound(doc, d)]
        for scope in (frame.clause, range(frame.sentence.start, frame.sentence.end)):
            inside = [d for d in dates if d.start in scope]
            if inside:
                return min(inside, key=lambda d: (_GRANULARITY.get(d._.date_granularity, 9), abs(d.start - frame.start)))
        return None

    def _period_bound(self, doc: Doc, date_span: Span) -> bool:
        before = doc[date_span.start - 1].lower_ if date_span.start > 0 else ""
        first = date_span.text.split(" ")[0].lower()
        return before in self.words["period_prepositions"] or first in self.words["period_prepositions"]

    def _resolve(self, doc: Doc, mentions: list[dict]) -> list[dict]:
        """Document level: where an event's mentions say granted and upgraded, it is an upgrade;
        each mention is dated by itself, else by the event's dated mention, the news date or
        the publication date."""
        by_event: dict[tuple, list[dict]] = {}
        for event in mentions:
            kind = "granted" if event["action"] in ("granted", "upgraded") else event["action"]
            by_event.setdefault((event["cluster"], event["status"], kind), []).append(event)
        news = self._news_date(doc)
        for group in by_event.values():
            if {e["action"] for e in group} == {"granted", "upgraded"}:
                for e in group:
                    e["action"] = "upgraded"
            dated = {(e["date_span"]._.date_value, e["date_span"]._.date_granularity): e["date_span"]
                     for e in group if e["date_span"]}
            for e in group:
                span, source = e.pop("date_span"), "text"
                if span is None:
                    span = next(iter(dated.values())) if len(dated) == 1 else news
                    source = "context"
                _set_date(e, span, source, doc._.reference_date)
        return mentions

    def _news_date(self, doc: Doc) -> Span | None:
        """The first recent day or week the article's opening sentences name ("fredag", "i går")."""
        published = reference_date(doc)
        if published is None:
            return None
        opening = list(doc.sents)[:self.words["news_date_sentences"]]
        end = opening[-1].end if opening else 0
        earliest = published - timedelta(days=self.words["news_date_max_days"])
        for span in doc.spans.get("dates", []):
            if span.start >= end or span._.date_granularity not in ("day", "week") or self._period_bound(doc, span):
                continue
            try:
                value = date.fromisoformat(span._.date_value[:10])
            except (TypeError, ValueError):
                continue
            if earliest <= value <= published:
                return span
        return None

    def _granted_by(self, doc: Doc, frame: _Frame) -> str | None:
        """"av/frå ORG" right after the frame, else a granting body named before it in the sentence."""
        sentence = frame.sentence
        rest = doc_text(doc)[doc[frame.end - 1].idx + len(doc[frame.end - 1]):sentence.end_char]
        skipped = rest.lstrip(" »”\"')")  # "anerkjent som «moden klynge» av Innovasjon Norge"
        words = skipped.split(" ", 1)
        if len(words) == 2 and words[0].lower() in self.words["granted_by_prepositions"]:
            offset = len(rest) - len(skipped) + len(words[0]) + 1
            for start, _end, name in self.organizations.find(rest):
                if start == offset:
                    return name
        before = doc_text(doc)[sentence.start_char:doc[frame.start].idx]
        bodies = [name for _s, _e, name in self.organizations.find(before) if name in self.words["granting_bodies"]]
        return bodies[-1] if bodies else None


def _set_date(event: dict, span: Span | None, source: str, published: str | None) -> None:
    if span is not None:
        event.update(date=span._.date_value, date_granularity=span._.date_granularity,
                     date_text=span.text, date_source=source)
    elif published:
        event.update(date=str(published)[:10], date_granularity="day", date_text=None, date_source="published")
    else:
        event.update(date=None, date_granularity=None, date_text=None, date_source=None)
    event["confidence"] = _CONFIDENCE[event["date_source"] or "published"]


def _prefix(name: str, prefixes: list[str]) -> str | None:
    """The programme prefix a name is written with ("NCE NODE" -> "NCE"), or None."""
    for prefix in sorted(prefixes, key=len, reverse=True):
        if name.startswith(prefix + " "):
            return "Arena Pro" if prefix.lower() == "arena pro" else prefix
    return None


def _prefixes_by_cluster(doc: Doc, prefixes: list[str]) -> dict[str, str]:
    """Each cluster's programme prefix as the article writes it anywhere ("NCE Instrumentation")."""
    found = {}
    for span in doc.spans.get("clusters", []):
        prefix = _prefix(span.text, prefixes)
        if prefix:
            found.setdefault(span._.canonical, prefix)
    return found


def _any_between(sorted_starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(sorted_starts, start)
    return index < len(sorted_starts) and sorted_starts[index] < end


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
    early = [c for c in clusters if opening and c.start < opening[-1].end]
    if early:
        return early[0]
    counts: dict[str, int] = {}
    for c in clusters:
        counts[c._.canonical] = counts.get(c._.canonical, 0) + 1
    best = max(counts, key=counts.get)
    return next(c for c in clusters if c._.canonical == best)


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
