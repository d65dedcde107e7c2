"""The ``newsfacts_events`` component: reads a Doc sentence by sentence, clause by clause,
makes an event of each frame for every cluster it governs, and settles the events of the
whole article (one action and one date per event) into ``doc.spans["events"]``."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..cluster_registry import registry
from ..extensions import text_holds_any
from .clauses import sentences, split_clauses
from .counted import announcement_date
from .dating import article_dates, date_mentions, frame_date, news_date
from .described import described_clusters, described_subject
from .frames import Frame, clause_frames
from .grantor import granted_by
from .headings import layout_frames
from .implied import settled
from .listed import relative_list_starts, relative_subject_list
from .mentions import Mention, any_between, find_mentions
from .name_core import with_tails
from .neighbours import neighbour_frames, status_near
from .participants import governed, main_cluster, members
from .references import (headline_named, headline_subject, indefinite_subject, introduced, status_owner,
                         without_holders, without_owners, without_senders, without_sponsors)
from .referents import cut_off, never_acronyms, one_per_referent, short_forms
from .reviews import review_year
from .state import DocState
from .status_words import is_status
from .upgrade_targets import unnamed_upgrades
from .upgrades import as_upgrades, earlier_level, history_upgrades, upgraded_clusters, without_lower_endings
from .vocabulary import EventVocabulary

_PREFIX_TRIGGERS = {"selected", "answered_yes", "rejected", "lost", "upgraded", "extended", "approved",
                    "failed"}  # may make a frame with no status named


@Language.factory(
    "newsfacts_events",
    requires=["doc.sents", "doc.spans", "doc.ents", "token.lemma", "token.pos", "span._.canonical",
              "span._.date_value", "span._.date_granularity"],  # and doc._.reference_date, set with the Doc
    assigns=["doc.spans", "span._.event", "span._.canonical"],
)
def make_event_component(nlp: Language, name: str) -> EventComponent:
    return EventComponent(nlp)


class EventComponent:
    """Fills ``doc.spans["events"]`` (label EVENT, ``span._.event``) and adds the clusters it
    finds (list items, compounds, organisations) to ``doc.spans["clusters"]``."""

    def __init__(self, nlp: Language) -> None:
        self.vocabulary = EventVocabulary.load(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        people = [(m, m._.canonical) for m in doc.spans.get("mentions", []) if m.label_ == "PER"]
        spans = []
        for event in find_events(self.vocabulary, doc):
            span = doc.char_span(event["start"], event["end"], label="EVENT", alignment_mode="expand")
            if span is not None:
                span._.event = event
                spans.append(span)
        doc.spans["events"] = spans
        clusters = {(c.start, c.end) for c in doc.spans.get("clusters", [])}
        for mention, name in people:  # a cluster candidate on the same words shares, and overwrote, its name
            if (mention.start, mention.end) not in clusters:
                mention._.canonical = name
        return doc


def find_events(vocabulary: EventVocabulary, doc: Doc) -> list[dict]:
    """Events with offsets: cluster, status, action, date, date_source, granted_by, start, end, confidence."""
    clusters = with_tails(vocabulary, doc)  # sorted; "Havlys CleanTech west", "Fjordlys Wood agenda (FWA)"
    if not text_holds_any(doc, vocabulary.status_word_starts) \
            or not any(t.lower_.startswith(vocabulary.status_word_starts) for t in doc):
        return []  # no status named and no cluster by its prefix: most articles, at little cost
    statuses, triggers = find_mentions(vocabulary, doc)
    headline = headline_named(vocabulary, doc, clusters, triggers)  # "Construction City awarded ... cluster status"
    clusters = sorted(clusters + headline, key=lambda s: s.start)
    state = DocState(doc, sentences(doc), clusters, statuses, triggers, main_cluster(doc, clusters), list(headline))
    state.dates = article_dates(vocabulary.words, doc)
    frameless = _PREFIX_TRIGGERS | set(vocabulary.words["neighbour_status_actions"])
    starts = sorted(m.start for m in [*statuses, *(t for t in triggers if t.value in frameless)])
    mentions, previous, sole = [], [], _sole_status(vocabulary, state)
    starts = sorted(starts + _admissions(vocabulary, doc, triggers)  # grants into the programme, no status named
                    + relative_list_starts(vocabulary, state))  # "De klyngene som går inn i ordningen er A, B og C"
    for index, sentence in enumerate(state.sentences):
        if not any_between(starts, sentence.start, sentence.end):
            previous = previous if sentence.text.isspace() else []  # a paragraph break keeps the context
            continue  # most sentences name no status and no trigger
        found = _sentence_events(vocabulary, state, index, previous, sole)
        for frame in relative_subject_list(vocabulary, state, index) if found else layout_frames(
                vocabulary, state, index, sole) or neighbour_frames(vocabulary, state, index):
            # "Arena:" over names, "A (NCE)"; continued support; "In addition to X, the clusters entering ... are A and B"
            found += _frame_events(vocabulary, state, frame, frame.clusters)
        mentions += found
        previous = [s for s in statuses if sentence.start <= s.start < sentence.end and s.value != "*"
                    and is_status(vocabulary, state, sentence, s)]
    added = [s for s in state.added if not vocabulary.never_cluster(s._.canonical)]
    one_per_referent(short_forms(vocabulary.words, doc, [*clusters, *added], vocabulary.strip_prefix),
                     mentions, [*clusters, *added])
    bodies = never_acronyms(doc, vocabulary.never_cluster) | cut_off(doc, [*clusters, *added])  # "(NIC)", "... Fjordlys C"
    mentions = [m for m in mentions if m["cluster"] not in bodies]
    added = [s for s in added if s._.canonical not in bodies]
    if added:
        doc.spans["clusters"] = sorted({(s.start, s.end): s for s in [*clusters, *added]}.values(),
                                       key=lambda s: s.start)
    mentions = settled(mentions)  # "ARENA-statusen innebærer ...": a grant where nothing else is told
    upgraded = upgraded_clusters(vocabulary, state)
    as_upgrades(vocabulary, mentions, upgraded)
    mentions += unnamed_upgrades(vocabulary, state, mentions, upgraded)  # "rykker opp" in "Opprykk til Arena Pro"
    return _resolve(vocabulary, state, _one_name_per_event(mentions))


def _admissions(vocabulary: EventVocabulary, doc: Doc, triggers: list[Mention]) -> list[int]:
    """Where grants start that the programme's name follows ("er tatt inn i varmen som del av
    Innovasjon Norges klyngeprogram"): their sentences are read though they name no status."""
    words = vocabulary.words
    programme = [t.i for t in doc if t.lower_ in words["programme_words"]]
    return [t.start for t in triggers if t.value == "granted"
            and any(0 <= p - t.end <= words["programme_word_reach"] for p in programme)] if programme else []


def _sole_status(vocabulary: EventVocabulary, state: DocState) -> list[Mention]:
    """The status the article names, if it names only one: the status of "Solenergiklyngen fikk
    JA!" when the sentence before names none ("ARENA-statusen innebærer ...", further on)."""
    starts = [sentence.start for sentence in state.sentences]
    named = [s for s in state.statuses if s.value != "*"
             and is_status(vocabulary, state, state.sentences[bisect_right(starts, s.start) - 1], s)]
    return named[:1] if len({s.value for s in named}) == 1 else []


def _sentence_events(vocabulary: EventVocabulary, state: DocState, index: int, previous: list[Mention],
                     sole: list[Mention]) -> list[dict]:
    """The event mentions of a sentence's clauses; ``previous`` are the statuses the sentence
    before names (the status of "fikk ja fredag"), ``sole`` the article's only status."""
    sentence, following = state.sentences[index], state.sentences[index + 1:]
    events = []
    for clause in split_clauses(vocabulary.words, sentence):
        if clause.kind in ("condition", "apposition"):
            continue
        anchors = {m.start for m in [*state.statuses, *state.triggers] if m.start in clause}
        named = members(vocabulary, state, clause, anchors, following) \
            or described_clusters(vocabulary, state, clause)  # "den maritime klyngen i Møre og Romsdal"
        state.added += [m for m in named if m not in state.clusters]
        for frame in clause_frames(vocabulary, state, sentence, clause, named, previous, sole):
            found = frame.clusters or governed(vocabulary, state, clause, named, following, (frame.start, frame.end))
            clusters = [c for c in found if not vocabulary.never_cluster(c._.canonical)] \
                or status_owner(vocabulary, state, frame) or introduced(vocabulary, state, clause, frame) \
                or headline_subject(vocabulary, state, frame) or indefinite_subject(vocabulary, state, frame) \
                or described_subject(vocabulary, state, frame)  # "Ålesunds havromssatsing har fått Arena-status"
            events += _frame_events(vocabulary, state, frame, clusters)
    return events


def _frame_events(vocabulary: EventVocabulary, state: DocState, frame: Frame, clusters: list[Span]) -> list[dict]:
    """One event per cluster the frame governs; "mistet statusen" loses the status the
    cluster is known by."""
    events, seen = [], set()
    prefixes, near = _prefixes_by_cluster(vocabulary, state.doc), None
    kept = without_sponsors(vocabulary, state, frame, without_senders(vocabulary, state, frame, clusters))
    kept = without_holders(vocabulary, state, frame, kept)  # "NCE X" is no subject of a refused Arena status
    for cluster in without_owners(vocabulary, state, kept):
        status = frame.status
        if status == "*":  # "den første klyngen som får denne statusen": the prefix it is written with here first,
            near = near or status_near(vocabulary, state, frame.sentence)  # else the one status named around it
            status = vocabulary.prefix_status(cluster.text) or prefixes.get(cluster._.canonical) or near
        if status is None or cluster._.canonical in seen or vocabulary.never_cluster(cluster._.canonical):
            continue
        seen.add(cluster._.canonical)
        events.append(_event(vocabulary, state, frame, cluster, status))
    return events


def _event(vocabulary: EventVocabulary, state: DocState, frame: Frame, cluster: Span, status: str) -> dict:
    doc, action = state.doc, frame.action
    prefix = vocabulary.prefix_status(cluster.text)
    rank = vocabulary.words["rank"]
    if action == "granted" and (prefix and rank.get(prefix, 0) < rank.get(status, 0)
                                or earlier_level(vocabulary, state, frame, status)):
        action = "upgraded"  # "NCE NODE" gets GCE; "X var tidligere Arena-klynge, men fikk NCE"
    frame_end = doc[frame.end - 1].idx + len(doc[frame.end - 1])
    later = cluster.start >= frame.sentence.end  # a list line after the frame's sentence
    inside = frame.start < cluster.start and cluster.end <= frame.end  # "Arena-klyngene A og B tatt opp"
    return {  # the span covers the cluster too, so each cluster's event has a span of its own
        "cluster": cluster._.canonical, "status": status, "action": action,
        "date_span": _step_date(vocabulary, state, frame)
        or frame_date(vocabulary.words, state.dates, frame.clause, frame.sentence, frame.start, frame.end),
        "granted_by": granted_by(vocabulary, state, frame),
        "start": doc[frame.start].idx if later else cluster.start_char if inside
        else min(doc[frame.start].idx, cluster.start_char),
        "end": max(frame_end, cluster.end_char) if cluster.start >= frame.sentence.start else frame_end,
    }


def _step_date(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> Span | None:
    """The date in the frame's step of a history ("X fikk Arena-status i 2006, NCE-status i 2009"), if any."""
    if frame.step is None:
        return None
    dates = [d for d in state.dates if d.start in frame.step]
    return frame_date(vocabulary.words, dates, frame.step, frame.sentence, frame.start, frame.end) if dates else None


def _prefixes_by_cluster(vocabulary: EventVocabulary, doc: Doc) -> dict[str, str]:
    """Each cluster's programme status as the article writes it anywhere ("NCE Instrumentation")."""
    found = {}
    for span in doc.spans.get("clusters", []):
        prefix = vocabulary.prefix_status(span.text)
        if prefix:
            found.setdefault(span._.canonical, prefix)
    return found


def _resolve(vocabulary: EventVocabulary, state: DocState, mentions: list[dict]) -> list[dict]:
    """Document level: where an event's mentions say granted and upgraded, it is an upgrade;
    each mention is dated by itself, else by the event's dated mention, the news date (else the day
    the article says new clusters were announced, else the year a review of a year is about) or the publication date; a grant dated after its cluster's grant of a lower status is an upgrade."""
    by_event: dict[tuple, list[dict]] = {}
    for event in mentions:
        by_event.setdefault((event["cluster"], event["status"], _kind(event)), []).append(event)
    news = news_date(vocabulary.words, state.doc, state.dates) or announcement_date(vocabulary, state) \
        or review_year(vocabulary.words, state.doc, state.dates)  # "oppsummerer året som gikk"
    for group in by_event.values():
        if {e["action"] for e in group} == {"granted", "upgraded"}:
            for e in group:
                e["action"] = "upgraded"
        date_mentions(group, news, state.doc._.reference_date)
    history_upgrades(vocabulary.words["rank"], mentions)
    return _reported(without_lower_endings(vocabulary.words["rank"], mentions), state.doc._.reference_date)


def _reported(mentions: list[dict], published: object) -> list[dict]:
    """The mentions of what has happened: one the text dates in a later year than the article's
    publication is expected, not reported ("The NCE programme expires for our part in 2016", in 2014)."""
    if not published:
        return mentions
    year = str(published)[:4]
    return [e for e in mentions if not (e["date_source"] == "text" and e["date"] and e["date"][:4] > year)]


def _kind(event: dict) -> str:
    """The event's action, a grant and an upgrade being one kind."""
    return "granted" if event["action"] in ("granted", "upgraded") else event["action"]


def _one_name_per_event(mentions: list[dict]) -> list[dict]:
    """One event, two names of one registry cluster: the former name gives way to the name of
    today or an alias ("De tidligere Arena-prosjektene akvArena og Smart Water har fått status
    som NCE. Aquatech Cluster ..."; "NCE Maritime rykker opp og blir til GCE BLUE Maritime")."""
    known = registry()

    def key(event: dict) -> tuple:
        return known.current_name(event["cluster"]), event["status"], _kind(event)

    today = {key(e) for e in mentions if not known.is_former_name(e["cluster"])}
    kept = [e for e in mentions if not (known.is_former_name(e["cluster"]) and key(e) in today)]
    return _merged_former_names(kept, known.is_former_name, key)


def _merged_former_names(mentions: list[dict], is_former: Callable[[str], bool],
                         key: Callable[[dict], tuple]) -> list[dict]:
    """Two former names of one cluster given one status together are the cluster they became
    ("De tidligere Arena-prosjektene akvArena og Smart Water har fått status som NCE")."""
    names: dict[tuple, set[str]] = {}
    for event in mentions:
        if is_former(event["cluster"]):
            names.setdefault(key(event), set()).add(event["cluster"])
    merged, seen = [], set()
    for event in mentions:
        together = key(event) if is_former(event["cluster"]) and len(names[key(event)]) > 1 else None
        if together is not None:
            if together in seen:
                continue
            seen.add(together)
            event["cluster"] = together[0]
        merged.append(event)
    return merged
