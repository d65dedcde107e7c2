"""Frames: the status a clause names and the action its triggers give it ("fikk NCE-status",
"mistet statusen"), or, where no status is named, the action of a trigger whose status is
the previous sentence's or the cluster's programme prefix ("fikk ja fredag", "Valget falt
på NCE NODE"). Intentions ("håper å få"), states ("har hatt status som") and unanswered
applications ("søkte om") make no frame; a negation turns a grant into a refusal. A status
word is a status only where it is not a name's prefix, a venue or a status named in passing."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .clauses import Clause, split_clauses
from .dating import period_bound
from .mentions import Mention, overlaps
from .names import clause_names
from .state import DocState
from .vocabulary import EventVocabulary

_GRANTING = {"copula", "selected", "answered_yes", "approved", "designated"}  # triggers whose action is "granted"
_SELECTING = ("selected", "answered_yes")  # "Valget falt på", "fikk ja": their status is the context's
_ANSWERS = ("answered_yes", "rejected")  # "fikk JA!", "fikk nei": the article's only status where none is near
_NEGATED = {"granted": "rejected", "upgraded": "rejected", "extended": "lost"}


@dataclass
class Frame:
    """The status and action a clause states, the tokens they span, and whom it is about."""

    status: str
    action: str
    start: int
    end: int
    clause: Clause
    sentence: Span
    clusters: list[Span] = field(default_factory=list)
    step: Clause | None = None  # the part of the clause between step separators it stands in: where its date is


def clause_frames(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                  members: list[Span], previous: list[Mention], sole: list[Mention] = ()) -> list[Frame]:
    """The frames of a clause: one per status it names, else those of its prefix triggers
    (``sole``: the article's only status, what "fikk JA!" answers when the sentence before names none)."""
    own = [s for s in state.statuses if (s.start in clause or _apposed(clause, s))
           and is_status(vocabulary, state, sentence, s)]
    own = [s for s in own if s.value != "*" or not any(0 <= o.start - s.end <= 2 for o in own)]  # "statusen som NCE"
    if not own:
        return _prefix_frames(vocabulary, state, sentence, clause, members, previous, sole)
    if len(own) > 1:
        return [frame for status in own if (frame := _step_frame(vocabulary, state, sentence, clause, status))]
    frames = [frame for frame in (_frame_of(vocabulary, state, sentence, clause, s) for s in own) if frame]
    for frame in frames:  # "X was established in 2014 and became part of the Arena programme in 2016"
        frame.step = _step(vocabulary.words, state.doc, clause, Mention(frame.start, frame.end, ""))
    return frames


def _apposed(clause: Clause, status: Mention) -> bool:
    """Is the status all of an apposition between dashes in the clause ("achieving the highest level
    – Global Centre of Expertise – in 2014")? It is the clause's."""
    return any(start + 1 == status.start and status.end == end - 1 for start, end in clause.holes)


def _step_frame(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                status: Mention) -> Frame | None:
    """The frame of one of several statuses in a clause, a step of a history ("Entering the programme
    at the Arena level in 2006, X was promoted to NCE in 2009, before achieving GCE in 2014"): of
    the step the status stands in (between ``step_separators``), its trigger and date, else the
    clause's trigger with the step's date ("X fikk Arena-status i 2006, NCE-status i 2009")."""
    words, doc = vocabulary.words, state.doc
    step = _step(words, doc, clause, status)
    own = None if _is_application(words, doc, clause, status) else _frame_of(vocabulary, state, sentence, step, status)
    frame = own or _frame_of(vocabulary, state, sentence, clause, status)
    if frame is not None:
        frame.step = step
    return frame


def _step(words: dict, doc: Doc, clause: Clause, status: Mention) -> Clause:
    """The part of the clause around the status (or a frame's tokens) between two of ``step_separators``."""
    tokens = clause.tokens(doc)
    cuts = [t.i for t in tokens if t.lower_ in words["step_separators"]]
    start = max((i for i in cuts if i < status.start), default=clause.start)
    end = min((i for i in cuts if i >= status.end), default=clause.end)
    return Clause(start, end, clause.kind, [h for h in clause.holes if start <= h[0] < end])


def is_status(vocabulary: EventVocabulary, state: DocState, sentence: Span, status: Mention) -> bool:
    """A status word is a status, not a name's prefix, a venue or a status named in passing."""
    doc, words, triggers = state.doc, vocabulary.words, state.triggers
    if any(c.start <= status.start < c.end for c in state.clusters):
        return False
    text = doc[status.start:status.end].text
    before = doc[status.start - 1].lower_ if status.start > sentence.start else ""
    if before in words["previous_status_before"]:
        return False  # "går fra Arena til Arena Pro": Arena is what it had
    before_it = [t for t in triggers if sentence.start <= t.start and t.end <= status.start <= t.end + 6]
    if words["cluster_stem"] in text.lower()[1:]:
        # "er blant de nye Arena-klyngene", "får status som arenaklynge", not "Som NCE-klynge får den ..."
        capacity = before in words["capacity_words"] and not any(t.end in (status.start - 1, status.start)
                                                                 for t in triggers)  # "opptatt som Arena-klynge"
        named = status.start - 2 >= sentence.start and doc[status.start - 2].lower_ in words["status_nouns"]
        return (bool(before_it) or named) and (not capacity or named)
    governed = any(t.value != "copula" or status.start - t.end <= 2 for t in before_it)
    bare = text in vocabulary.prefixes
    if bare and _ends_a_name(vocabulary, doc, sentence, status.start):
        return False  # "får namnet Sustainable Marine Innovation Arena": a name's last word
    return not bare or before in words["bare_status_after"] or governed or _applied_for(words, doc, sentence, status)


def _applied_for(words: dict, doc: Doc, sentence: Span, status: Mention) -> bool:
    """Is a bare status what an application asks for ("søknad om opptak på Arena Pro")?"""
    window = doc[max(sentence.start, status.start - words["application_reach"]):status.start]
    return any(t.lower_ in words["application_words"] for t in window)


def _ends_a_name(vocabulary: EventVocabulary, doc: Doc, sentence: Span, start: int) -> bool:
    """Do two capitalised words that open no sentence and are no status come right before, and
    are they not a granting body's genitive ("Innovasjon Norges Arena-program")?"""
    words = [doc[i] for i in (start - 2, start - 1) if i > sentence.start]
    owner = " ".join(w.text for w in words)[:-1]
    return len(words) == 2 and owner not in vocabulary.words["granting_bodies"] and all(w.is_alpha and w.text[:1].isupper() and w.text not in vocabulary.status_words
                                   and not w.is_sent_start for w in words)


def _frame_of(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
              status: Mention) -> Frame | None:
    doc, words = state.doc, vocabulary.words
    if _is_application(words, doc, clause, status):
        return _answer(words, state, sentence, clause, status)
    candidates = [t for t in state.triggers if t.start in clause and t.end - 1 in clause
                  and not _intended(words, doc, clause, t, status)
                  and (t.start == 0 or doc[t.start - 1].lower_ not in words["attributive_before"])
                  and _designates(words, state, t) and not _supposed(words, doc, clause, t)
                  and (t.end <= status.start or not _needs_object(words, doc, t)
                       or _topicalised(words, doc, clause, status, t))]
    if status.value in words["certificates"]:
        lost = [t for t in candidates if t.value in ("lost", "rejected")]
        return Frame(status.value, "lost" if lost else "certified", status.start, status.end, clause, sentence)
    chosen = _action(words, candidates, status)
    if chosen is None:
        return None
    action, trigger = chosen
    if _negated(words, doc, clause, max(trigger.end, status.end)):
        action = _NEGATED.get(action, action)
    if trigger.value == "copula" and {doc[trigger.start].lemma_, doc[trigger.start].lower_} & set(words["state_verbs"]) \
            and not _dated_or_now(words, doc, clause):
        return None  # "har fram til nå hatt status som Arena Pro": a state, not an event
    return Frame(status.value, action, min(status.start, trigger.start), max(status.end, trigger.end),
                 clause, sentence)


def _supposed(words: dict, doc: Doc, clause: Clause, trigger: Mention) -> bool:
    """Is the trigger the subject its clause opens with, supposed by a modal after it ("Achieving status as
    Global Centre of Expertise would have been a great benefit", "Å få NCE-status ville bety mye")?"""
    tokens = [t for t in clause.tokens(doc) if not (t.is_punct or t.is_space)]
    opening = [t for t in tokens if t.i < trigger.start]
    return all(t.lower_ in words["infinitive_markers"] for t in opening) \
        and any(t.lower_ in words["hypothetical_modals"] for t in tokens if t.i >= trigger.end)


def _designates(words: dict, state: DocState, trigger: Mention) -> bool:
    """A "to be" trigger ("the Tindra Cluster in Bergen to be a Norwegian Centre of Expertise", "X is to be
    an NCE") has its subject right before it: a name's last word or "is"; other triggers need none."""
    if trigger.value != "designated":
        return True
    before = state.doc[trigger.start - 1] if trigger.start > 0 else None
    return before is not None and (before.lower_ in words["designation_auxiliaries"]
                                   or before.text[:1].isupper() and not before.is_sent_start
                                   or any(c.end == trigger.start for c in state.clusters))


def _dated_or_now(words: dict, doc: Doc, clause: Clause) -> bool:
    """Does the clause date what it says ("siden 2006", "i 2018") or say it holds now ("er nå NCE")?"""
    dated = any(d.start in clause and not period_bound(words, doc, d) for d in doc.spans.get("dates", []))
    return dated or any(t.lower_ in words["now"] and doc[t.i - 1].lower_ not in words["not_now_after"]
                        for t in clause.tokens(doc))


def _needs_object(words: dict, doc: Doc, trigger: Mention) -> bool:
    """A copula or "få" takes the status after it: "får NCE-status", not "NCE-statusen får vi ..."."""
    return trigger.value == "copula" or doc[trigger.start].lemma_ in words["status_follows"]


def _topicalised(words: dict, doc: Doc, clause: Clause, status: Mention, trigger: Mention) -> bool:
    """A status that opens its clause right before "får" is its object: "NCE-status får både A og B",
    "Status som Arena Pro får X"; not "NCE-statusen får vi beholde" (får with an infinitive)."""
    opening = [t for t in clause.tokens(doc, status.start) if not t.is_punct]
    if trigger.start != status.end or any(t.lower_ not in words["status_nouns"] + words["capacity_words"]
                                          for t in opening):
        return False
    after = doc[trigger.end] if trigger.end < len(doc) else None
    return after is None or "Inf" not in after.morph.get("VerbForm")


def _action(words: dict, candidates: list[Mention], status: Mention) -> tuple[str, Mention] | None:
    """The first action of ``action_order`` among the clause's triggers, nearest first."""
    for name in words["action_order"]:
        hits = [t for t in candidates if t.value == name and not overlaps(t, status)]
        if hits:
            nearest = min(hits, key=lambda t: abs(t.start - status.start))
            return ("granted" if name in _GRANTING else name), nearest
    return None


def _is_application(words: dict, doc: Doc, clause: Clause, status: Mention) -> bool:
    """"søkte om GCE-status", "søknaden om Arena Pro", "kampen om å bli GCE"."""
    window = [t for t in clause.tokens(doc, status.start) if status.start - t.i <= 8]
    return any(t.lower_ in words["application_words"] or t.lemma_ in words["application_words"] for t in window)


def _answer(words: dict, state: DocState, sentence: Span, clause: Clause, status: Mention) -> Frame | None:
    """An application is answered in its clause, else in the sentence's other main clauses."""
    answers, order = words["application_answers"], words["action_order"]
    in_sentence = [t for t in state.triggers if sentence.start <= t.start < sentence.end and t.value in answers]
    other_mains = [c for c in split_clauses(words, sentence) if c.kind == "main"]
    for scope in ([t for t in in_sentence if t.start in clause],
                  [t for t in in_sentence if any(t.start in c for c in other_mains)]):
        if not scope:
            continue
        trigger = min(scope, key=lambda t: order.index(t.value) if t.value in order else len(order))
        action = answers[trigger.value]
        if action == "granted" and _negated(words, state.doc, clause, trigger.end):
            action = "rejected"
        return Frame(status.value, action, min(status.start, trigger.start), max(status.end, trigger.end),
                     clause, sentence)
    return None


def _prefix_frames(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                   members: list[Span], previous: list[Mention], sole: list[Mention]) -> list[Frame]:
    """Frames whose status is not written out: "fikk ja fredag", "Valget falt på NCE NODE og
    NCE Maritime", "NCE Subsea blir til GCE Subsea", "NCE Instrumentation går ut av programmet"."""
    doc, words, frames = state.doc, vocabulary.words, []
    for trigger in (t for t in state.triggers if t.start in clause and t.end - 1 in clause):
        ending = words["prefix_trigger_endings"].get(trigger.value) == doc[trigger.end - 1].lower_
        passive = trigger.value in words["passive_prefix_actions"] and _passive(words, doc, trigger)
        answer = trigger.value in _ANSWERS and bool(sole)  # "Havlys fikk nei" in an article on one status
        if not (trigger.value in _SELECTING or ending or passive or answer) \
                or _intended(words, doc, clause, trigger, trigger) or _in_application(words, doc, clause, trigger):
            continue
        becomes = ending and trigger.value == "upgraded"  # "blir til GCE Subsea": the clusters after it
        context = previous[-1].value if previous and trigger.value in _SELECTING else None
        sole_status = sole[0].value if sole and trigger.value in _ANSWERS else None
        action = "granted" if trigger.value in _GRANTING else trigger.value
        if passive and _negated(words, doc, clause, clause.end):
            continue  # "NCE Tindra avsluttes ikke"
        if not members and (context or sole_status or passive):  # "Norwegian Digital Cluster fikk JA!": a new name
            members = clause_names(vocabulary, state, clause, (trigger.start, trigger.end))
            state.added.extend(members)
        for cluster in [c for c in members if c.start >= trigger.end] if becomes else members:
            status = context or _higher(words["rank"], vocabulary.prefix_status(cluster.text), sole_status) \
                or (_status_beside(vocabulary, state, cluster) if trigger.value == "lost" else None)
            if status is not None:
                frames.append(Frame(status, action, trigger.start, trigger.end, clause, sentence,
                                    members if becomes else [cluster]))
    return frames


def _in_application(words: dict, doc: Doc, clause: Clause, trigger: Mention) -> bool:
    """Does the clause speak of an application before the trigger ("I søknaden peker X ut ...")?"""
    return trigger.value in _SELECTING and any(t.lower_ in words["application_words"]
                                               for t in clause.tokens(doc, trigger.start))


def _passive(words: dict, doc: Doc, trigger: Mention) -> bool:
    """Is the trigger a passive: "avsluttes", "vidareførast", "ble avsluttet"?"""
    tokens = doc[trigger.start:trigger.end]
    before = doc[trigger.start - 1] if trigger.start > 0 else None
    return any(words["passive_morph"] in str(t.morph) or t.lower_.endswith(tuple(words["passive_endings"]))
               for t in tokens) \
        or tokens[0].lemma_ in words["passive_auxiliaries"] \
        or before is not None and before.lemma_ in words["passive_auxiliaries"]


def _status_beside(vocabulary: EventVocabulary, state: DocState, cluster: Span) -> str | None:
    """The one status the article names in the sentences that name the cluster: what "Digin falt
    ut av klyngeprogrammet" lost where "Arena-status tilførte Digin to millioner" is said too."""
    found = {s.value for sentence in state.sentences
             if any(c._.canonical == cluster._.canonical for c in state.clusters if sentence.start <= c.start < sentence.end)
             for s in state.statuses if sentence.start <= s.start < sentence.end and s.value != "*"
             and is_status(vocabulary, state, sentence, s)}
    return found.pop() if len(found) == 1 else None


def _higher(rank: dict, prefix: str | None, sole: str | None) -> str | None:
    """Of a name's prefix and the article's only status, the higher: "Arena X fikk JA" for NCE is
    NCE, "GCE X fikk ja" in an article on an Arena application is GCE."""
    return max((s for s in (prefix, sole) if s), key=lambda s: rank.get(s, 0), default=None)


def _intended(words: dict, doc: Doc, clause: Clause, trigger: Mention, status: Mention) -> bool:
    """An intention or possibility before the trigger, or between it and the status."""
    intentions = words["intentions"]
    for token in clause.tokens(doc, max(trigger.start, status.start)):
        if trigger.start <= token.i < trigger.end:
            continue
        pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < len(doc) else ""
        if token.lower_ in intentions or pair in intentions:
            return True
    return False


def _negated(words: dict, doc: Doc, clause: Clause, end: int) -> bool:
    """A negation before ``end`` that no "that" parts from it ("It is not surprising that X became ...")."""
    negated = False
    for token in clause.tokens(doc, end):
        negated = token.lower_ in words["negations"] or negated and token.lower_ not in words["negation_scope_breaks"]
    return negated
