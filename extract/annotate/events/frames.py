"""Frames: the status a clause names and the action its triggers give it ("fikk NCE-status",
"mistet statusen"), or, where no status is named, the action of a trigger whose status is
the previous sentence's or the cluster's programme prefix ("fikk ja fredag", "Valget falt
på NCE NODE"). Intentions ("håper å få"), states ("har hatt status som") and unanswered
applications ("søkte om") make no frame; a negation turns a grant into a refusal. A status
word is a status only where it is not a name's prefix, a venue or a status named in passing."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .achieved import reached, reacher
from .answered import answered_in_sentence, answers_before
from .attempts import failed_attempts
from .clauses import Clause, joins_verbs
from .counted import counted_clusters, counted_in_article, prefixed_in_article
from .dating import period_bound
from .framing import (SELECTING, Frame, attributive, higher, in_application, intended, is_application, named_subject,
                      negated)
from .implied import implied_frame
from .mentions import Mention, overlaps
from .names import clause_names
from .objects import takes_other
from .participants import referred
from .programme import programme_frames
from .selections import following_sentence, selection_status
from .state import DocState
from .status_words import is_status
from .vocabulary import EventVocabulary

_GRANTING = {"copula", "selected", "answered_yes", "approved", "designated"}  # triggers whose action is "granted"
_ANSWERS = ("answered_yes", "rejected")  # "fikk JA!", "fikk nei": the article's only status where none is near
_NEGATED = {"granted": "rejected", "upgraded": "rejected", "extended": "lost"}
_PERSON = "PER"  # the NER's label for a person


def clause_frames(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                  members: list[Span], previous: list[Mention], sole: list[Mention] = ()) -> list[Frame]:
    """The frames of a clause: one per status it names, else those of its prefix triggers
    (``sole``: the article's only status, what "fikk JA!" answers when the sentence before names none)."""
    own = [s for s in state.statuses if (s.start in clause or _apposed(clause, s))
           and is_status(vocabulary, state, sentence, s)]
    own = [s for s in own if s.value != "*" or not any(0 <= o.start - s.end <= 2 for o in own)]  # "statusen som NCE"
    own = [s for s in own if not _contrasted(vocabulary.words, state.doc, own, s)]
    if not own:
        return (_prefix_frames(vocabulary, state, sentence, clause, members, previous, sole)
                + programme_frames(vocabulary, state, sentence, clause, members, sole)) \
            or answers_before(vocabulary, state, sentence, clause, members) \
            or failed_attempts(vocabulary, state, sentence, clause)  # "prøvde som X, men uten å lykkes"
    if len(own) > 1:
        return [frame for status in own if (frame := _step_frame(vocabulary, state, sentence, clause, status))]
    frames = [frame for frame in (_frame_of(vocabulary, state, sentence, clause, s)  # else "Arena-statusen gir oss ..."
                                  or implied_frame(vocabulary.words, state, sentence, clause, s) for s in own) if frame]
    for frame in frames:  # "X was established in 2014 and became part of the Arena programme in 2016"
        frame.step = _step(vocabulary.words, state.doc, clause, Mention(frame.start, frame.end, ""))
    return frames


def _contrasted(words: dict, doc: Doc, own: list[Mention], status: Mention) -> bool:
    """Is the status set against another of the clause's by a mark and a negation ("fikk Arena-status, ikke
    NCE-status", "got Arena status and not NCE status")? It is what the cluster did not get, not a refusal."""
    at = status.start
    return at >= 2 and doc[at - 1].lower_ in words["negations"] and doc[at - 2].lower_ in words["contrast_marks"] \
        and any(o.end <= at - 2 for o in own)


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
    own = None if is_application(words, doc, clause, status) else _frame_of(vocabulary, state, sentence, step, status)
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


def _frame_of(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
              status: Mention) -> Frame | None:
    doc, words = state.doc, vocabulary.words
    if is_application(words, doc, clause, status):
        return answered_in_sentence(words, state, sentence, clause, status)
    goal = reached(words, state, sentence)  # "målsetningen var å oppnå NCE-status. – Det har vi klart."
    own_objects = [t for t in state.triggers if t.start >= status.end and _by_piece(words, doc, t)]  # and its words
    definite = doc[status.end - 1].lower_.endswith(tuple(words["definite_status_endings"]))  # "ble Arena-statusen til X
    # avsluttet": a copula does not give a status named as a thing ("the status"), it gives "X ble NCE"
    candidates = [t for t in state.triggers if t.start in clause and t.end - 1 in clause
                  and (goal or not intended(words, doc, clause, t, status))
                  and not attributive(words, doc, t)
                  and _designates(words, state, t) and not _supposed(words, doc, clause, t)
                  and not _describes_other(words, state, t)
                  and not any(overlaps(t, o) for o in own_objects)  # "A fekk X-status, B fekk ny kontrakt"
                  and (t.start > status.start or status.start - t.end <= words["status_first_object_reach"]
                       or not _status_first(words, doc, t))
                  and (t.end <= status.start or not _needs_object(words, doc, t)
                       or _topicalised(words, doc, clause, status, t))
                  and not (t.value == "copula" and (_other_verb_between(state, t, status) or definite))
                  and not any(joins_verbs(words, w) for w in doc[t.end:status.start])]  # "fikk ikke A, og er B"
    if status.value in words["certificates"]:
        lost = [t for t in candidates if t.value in ("lost", "rejected")]
        return Frame(status.value, "lost" if lost else "certified", status.start, status.end, clause, sentence)
    chosen = _action(words, candidates, status)
    if chosen is None:
        return None
    action, trigger = chosen
    if negated(words, doc, clause, max(trigger.end, status.end)):
        action = _NEGATED.get(action, action)
    if trigger.value == "copula" and {doc[trigger.start].lemma_, doc[trigger.start].lower_} & set(words["state_verbs"]) \
            and not _dated_or_now(words, doc, clause):
        return None  # "har fram til nå hatt status som Arena Pro": a state, not an event
    reachers = reacher(state, clause) if goal and intended(words, doc, clause, trigger, status) else []
    return Frame(status.value, action, min(status.start, trigger.start), max(status.end, trigger.end),
                 clause, sentence, reachers)


def _other_verb_between(state: DocState, copula: Mention, status: Mention) -> bool:
    """Is a verb that is no trigger between a copula and the status it would govern ("har no resultert i
    Arena-status": "har" is the auxiliary of another verb, not a state)?"""
    triggers = {i for t in state.triggers for i in range(t.start, t.end)}
    return any(t.pos_ == "VERB" and t.i not in triggers for t in state.doc[copula.end:status.start])


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
    "Status som Arena Pro får X"; not "NCE-statusen får vi beholde" (får with an infinitive), nor the subject
    of another verb ("Arenastatus gir følgende fordeler for X", "Arenastatus vert kjenneteikna som ..."), but
    the status one holds ("Statusen som Arenaklynge gir oss tyngde")."""
    opening, verb = [t for t in clause.tokens(doc, status.start) if not t.is_punct], doc[trigger.start].lemma_
    held = verb in words["held_status_verbs"] and any(
        t.lower_.endswith(tuple(words["definite_status_endings"])) for t in [*opening, doc[status.end - 1]])
    if verb not in words["topicalised_status_verbs"] and not held:
        return False
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


def _prefix_frames(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                   members: list[Span], previous: list[Mention], sole: list[Mention]) -> list[Frame]:
    """Frames whose status is not written out: "fikk ja fredag", "Valget falt på NCE NODE og
    NCE Maritime", "NCE Subsea blir til GCE Subsea", "NCE Instrumentation går ut av programmet"."""
    doc, words, frames = state.doc, vocabulary.words, []
    for trigger in (t for t in state.triggers if t.start in clause and t.end - 1 in clause):
        ending = _prefix_ending(words, doc, trigger)
        passive = trigger.value in words["passive_prefix_actions"] and _passive(words, doc, trigger)
        answer = trigger.value in _ANSWERS and bool(sole)  # "Havlys fikk nei" in an article on one status
        stated = _stated_after(vocabulary, state, sentence, clause, trigger)  # "tok steget helt til topps. NCE i ..."
        contest = trigger.value in words["contest_outcomes"] and bool(members) and (  # "A og B vant fram i konkurransen"
            clause.kind == "relative" or named_subject(words, doc, trigger, members))  # "A, som ... vant fram"
        if not (trigger.value in SELECTING or contest or ending or passive or answer or stated) \
                or takes_other(words, state, trigger) \
                or intended(words, doc, clause, trigger, trigger) or in_application(words, doc, clause, trigger) \
                or _person_subject(words, doc, clause, trigger):
            continue
        becomes = ending and trigger.value == "upgraded"  # "blir til GCE Subsea": the clusters after it
        context = selection_status(vocabulary, state, sentence, trigger, previous) \
            if trigger.value in SELECTING or contest else stated
        sole_status = sole[0].value if sole and (trigger.value in _ANSWERS or _by_piece(words, doc, trigger)) else None
        action = "granted" if trigger.value in _GRANTING else trigger.value
        if passive and negated(words, doc, clause, clause.end):
            continue  # "NCE Tindra avsluttes ikke"
        if (trigger.value == "selected" or ending or contest) and negated(words, doc, clause, trigger.end):
            if action not in _NEGATED:
                continue
            action = _NEGATED[action]  # "slapp ikke gjennom nåløyet", "fikk ikke ny kontrakt"
        found = _prefix_members(vocabulary, state, clause, trigger, members, bool(context or sole_status or passive))
        known_by = trigger.value in words["passive_prefix_actions"]  # the status it holds: the prefix it is written with
        for cluster in [c for c in found if c.start >= trigger.end] if becomes else found:
            status = context or higher(words["rank"], vocabulary.prefix_status(cluster.text), sole_status) \
                or (_status_beside(vocabulary, state, cluster) if trigger.value == "lost" else None) \
                or ("*" if known_by else None)
            if status is not None:
                frames.append(Frame(status, action, trigger.start, trigger.end, clause, sentence,
                                    found if becomes else [cluster]))
    return frames


def _prefix_members(vocabulary: EventVocabulary, state: DocState, clause: Clause, trigger: Mention,
                    members: list[Span], new_names: bool) -> list[Span]:
    """Who a frame with no status named is about: the clause's clusters, else a new name where the
    status is known ("Norwegian Digital Cluster fikk JA!"), else the cluster referred to ("Klynga går ut
    av programmet"), else, for a selection, a place for its cluster or the clusters counted; a new
    contract goes to its subject only ("NCE Tindra fikk ny kontrakt", not its member firm's)."""
    doc, words = state.doc, vocabulary.words
    if _by_piece(words, doc, trigger):
        return _subject_holders(vocabulary, state, clause, trigger, members)
    found = members
    if not found and new_names:
        found = clause_names(vocabulary, state, clause, (trigger.start, trigger.end))
        state.added.extend(found)
    passive = trigger.value in words["passive_prefix_actions"] and _passive(words, doc, trigger)
    if not found and (_prefix_ending(words, doc, trigger) or passive or new_names):  # "No har klynga fått ja"
        found = referred(vocabulary, state, clause)
    if not found and trigger.value == "selected":  # "Helgeland får plass blant ...": a place for its cluster
        found = [n for n in clause_names(vocabulary, state, clause, (trigger.start, trigger.end)) if n in state.clusters] \
            or counted_clusters(vocabulary, state, clause) or counted_in_article(vocabulary, state, clause) \
            or prefixed_in_article(vocabulary, state, clause)
    return found


def _subject_holders(vocabulary: EventVocabulary, state: DocState, clause: Clause, trigger: Mention,
                     members: list[Span]) -> list[Span]:
    """The clusters that are the trigger's subject in the parse (also over "å": "Vi klarte å få forlengelse"), or the
    one a subject "klyngen" or "vi" refers to."""
    doc, words = state.doc, vocabulary.words
    verb = doc[trigger.start]
    heads = {verb.i, verb.head.i, *([verb.head.head.i] if verb.head.lower_ in words["infinitive_markers"] else [])}
    subjects = [t for t in clause.tokens(doc) if t.dep_ in words["subject_deps"] and t.head.i in heads]  # "Vi klarte å få"
    held = [m for m in members if any(m.start <= t.i < m.end for t in subjects)]
    referring = any(t.lower_ in words["cluster_anaphora"] or t.lower_ in words["cluster_pronouns"] and t.pos_ == "PRON"
                    for t in subjects)
    return held or (referred(vocabulary, state, clause) if referring else [])


def _person_subject(words: dict, doc: Doc, clause: Clause, trigger: Mention) -> bool:
    """Is a person named in full the trigger's subject in the parse ("Kari Lie ble utnevnt til minister 13. mars, og
    ... hadde NCE X et møte med henne"): a person appointed, no cluster given a status? (A one-word name the NER
    calls a person may be a cluster's: "Trollvik er også blant de nye klyngene".)"""
    verb = doc[trigger.start]
    return any(t.dep_ in words["subject_deps"] and t.head.i in (verb.i, verb.head.i) and t.ent_type_ == _PERSON
               and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I" for t in clause.tokens(doc))


def _stated_after(vocabulary: EventVocabulary, state: DocState, sentence: Span, clause: Clause,
                  trigger: Mention) -> str | None:
    """The status a sentence with no verb right after names for a trigger of these actions in a clause that names
    none ("I november tok klyngen steget helt til topps. NCE i det nasjonale klyngeprogrammet."), the highest if
    more; the trigger governs it, so it is a status where it is no name's prefix."""
    if trigger.value not in vocabulary.words["verbless_next_actions"] \
            or any(s.start in clause and s.value != "*" for s in state.statuses):
        return None
    following, rank = following_sentence(state, sentence), vocabulary.words["rank"]
    if following is None or any(t.pos_ in ("VERB", "AUX") for t in following):
        return None
    named = [m.value for m in state.statuses if following.start <= m.start < following.end and m.value in rank
             and not any(c.start <= m.start < c.end for c in state.clusters)]
    return max(named, key=rank.get) if named else None  # "Arena Pro NCE i ...": the highest it names


def _prefix_ending(words: dict, doc: Doc, trigger: Mention) -> bool:
    """Does the trigger end in a word that lets it make a frame with no status named: "blir til",
    "går ut av", "fikk ny kontrakt"?"""
    ending = words["prefix_trigger_endings"].get(trigger.value)
    if ending == doc[trigger.end - 1].lower_:
        wanted = words["prefix_ending_objects"].get(ending)  # "går ut av programmet", not "er ute av drift"
        return wanted is None or trigger.end < len(doc) and wanted in doc[trigger.end].lower_
    return _by_piece(words, doc, trigger)


def _by_piece(words: dict, doc: Doc, trigger: Mention) -> bool:
    """Does the trigger end in a word of its action's pieces ("fikk ny kontrakt", "fått forlenget perioden")?"""
    pieces = words["prefix_trigger_end_pieces"].get(trigger.value, [])
    return any(doc[trigger.end - 1].lower_ in words["pattern_pieces"][piece] for piece in pieces)


def _passive(words: dict, doc: Doc, trigger: Mention) -> bool:
    """Is the trigger a passive: "avsluttes", "vidareførast", "ble avsluttet"?"""
    tokens = doc[trigger.start:trigger.end]
    before = doc[trigger.start - 1] if trigger.start > 0 else None
    return any(words["passive_morph"] in str(t.morph) or t.lower_.endswith(tuple(words["passive_endings"]))
               for t in tokens) \
        or tokens[0].lemma_ in words["passive_auxiliaries"] \
        or before is not None and before.lemma_ in words["passive_auxiliaries"]


def _describes_other(words: dict, state: DocState, trigger: Mention) -> bool:
    """Is the trigger an adjective that describes a noun after it that is no status, cluster or
    application ("innen avanserte blå marine operasjoner har klyngen fått status som GCE"), not
    an action ("tildelt status", "oppgradert Solenergiklynge")?"""
    doc = state.doc
    token, head = doc[trigger.start], doc[trigger.start].head
    if trigger.end - trigger.start != 1 or token.pos_ != "ADJ" or head.i <= token.i or head.pos_ != "NOUN":
        return False
    described = doc[token.i + 1:head.i + 1]
    named = [*state.statuses, *((c.start, c.end) for c in state.clusters)]
    return not any(words["cluster_stem"] in t.lower_ or t.lower_ in words["status_nouns"]
                   or t.lower_ in words["application_words"] for t in described) \
        and not any(_starts_in(m, described.start, described.end) for m in named)


def _starts_in(mention: Mention | tuple[int, int], start: int, end: int) -> bool:
    first = mention.start if isinstance(mention, Mention) else mention[0]
    return start <= first < end


def _status_first(words: dict, doc: Doc, trigger: Mention) -> bool:
    """Does the trigger grant only a status named before it ("Med status som GCE går X inn i ..."), or
    one that is its object ("gjekk inn i Arena-programmet")?"""
    lemma, inside = doc[trigger.start].lemma_.lower(), {t.lower_ for t in doc[trigger.start:trigger.end]}
    return any(lemma == first and word in inside for first, word in words["status_first_triggers"])


def _status_beside(vocabulary: EventVocabulary, state: DocState, cluster: Span) -> str | None:
    """The one status the article names in the sentences that name the cluster: what "Digin falt
    ut av klyngeprogrammet" lost where "Arena-status tilførte Digin to millioner" is said too."""
    found = {s.value for sentence in state.sentences
             if any(c._.canonical == cluster._.canonical for c in state.clusters if sentence.start <= c.start < sentence.end)
             for s in state.statuses if sentence.start <= s.start < sentence.end and s.value != "*"
             and is_status(vocabulary, state, sentence, s)}
    return found.pop() if len(found) == 1 else None
