"""Clusters a frame counts but does not name: "To miljøer har fått status som GCE", "Tre nye NCE ble
tatt inn i programmet", "det var to klynger fra Nord-Norge som fikk Arena Pro-status". The frame
takes the clusters of the nearest sentence before or after it that names exactly that many."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from .clauses import Clause
from .dating import period_bound
from .names import clause_names
from .state import DocState
from .vocabulary import EventVocabulary


def counted_clusters(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The clusters of the nearest sentence (within ``counted_within``) that names as many as the
    clause counts; none where the clause counts none."""
    count = clause_count(vocabulary, state, clause)
    if count is None:
        return []
    for sentence in _neighbours(vocabulary, state, clause):
        named = _named(vocabulary, state, sentence)
        if len(named) == count and _coordinated(vocabulary.words, named):
            state.added.extend(c for c in named if c not in state.clusters)
            return named
    return []


def clause_count(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> int | None:
    """How many clusters the clause counts ("Tre nye klynger får ..."), or None."""
    return _count(vocabulary, state, clause)


def _coordinated(words: dict, names: list[Span]) -> bool:
    """Are the names a coordination: two of them in a row joined by list words only ("A og B", "X i
    Bergen og Y"), or one a conjunct of another in the parse? Not "I tillegg til A er B blant de fire.
    To klynger fikk ny Arena-status" (two other clusters)."""
    joiners = set(words["list_separators"]) | set(words["list_conjunctions"]) | set(words["list_place_prepositions"])
    names = sorted(names, key=lambda n: n.start)
    for before, name in zip(names, names[1:]):
        between = name.doc[before.end:name.start]
        if len(between) > 0 and all(t.lower_ in joiners or name.doc[t.i - 1].lower_ in joiners for t in between):
            return True
    return any(t.dep_ in words["coordination_deps"] and any(n.start <= t.head.i < n.end for n in names if n != name)
               for name in names for t in name)


def clause_count(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> int | None:
    """The number of a counted plural noun for clusters ("to miljøer", "tre nye klynger") or of a
    counted status ("tre nye NCE"), adjectives between; else None."""
    doc, words = state.doc, vocabulary.words
    nouns = set(words["plural_cluster_nouns"]) | set(words["counted_cluster_nouns"])
    statuses = {s.start for s in state.statuses}
    for token in clause.tokens(doc):
        number = _number(words, token)
        if number is None or number < 2:
            continue
        of = token.i + 2 < clause.end and doc[token.i + 1].lower_ in words["count_of_words"] \
            and _number(words, doc[token.i + 2]) is not None  # "to av syv nye klynger": two
        following = _after_adjectives(doc, token.i + (3 if of else 1), clause.end)
        if following is not None and (doc[following].lower_ in nouns or following in statuses):
            return number
    return None


def _number(words: dict, token: Token) -> int | None:
    return words["count_words"].get(token.lower_, int(token.text) if token.text.isdigit() else None)


def counted_in_article(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The article's clusters where a frame in its first sentences counts as many as it names in all
    ("I dag ble to av syv nye næringsklynger tatt inn i klyngeprogrammet", the two described below)."""
    count = clause_count(vocabulary, state, clause)
    lines = [s for s in state.sentences if not s.text.isspace()][:vocabulary.words["counted_lead_sentences"]]
    if count is None or not any(s.start <= clause.start < s.end for s in lines):
        return []
    first = {}
    for cluster in state.clusters:
        if not vocabulary.never_cluster(cluster._.canonical):
            first.setdefault(cluster._.canonical, cluster)
    return list(first.values()) if len(first) == count else []


def announcement_date(vocabulary: EventVocabulary, state: DocState) -> Span | None:
    """The date of the sentence that announces new clusters ("On Friday 12 June 2015, the ministers
    presented seven new clusters", "Fredag 12. juni ble tre nye klynger tatt opp"): the first day,
    not a period's bound, of a sentence that counts clusters it calls new."""
    words = vocabulary.words
    for sentence in state.sentences:
        days = [d for d in state.dates if sentence.start <= d.start < sentence.end and d._.date_granularity == "day"
                and not period_bound(words, state.doc, d)]
        if days and _counts_new(words, sentence):
            return days[0]
    return None


def _counts_new(words: dict, sentence: Span) -> bool:
    """Does the sentence count new clusters: a count, then within four words one of `new_words` and a
    plural noun for clusters ("sju nye næringsklynger", "seven new Norwegian industrial clusters")?"""
    nouns = set(words["plural_cluster_nouns"]) | set(words["counted_cluster_nouns"])
    for token in sentence:
        if _number(words, token) is None or _number(words, token) < 2:
            continue
        following = [t.lower_ for t in sentence.doc[token.i + 1:min(token.i + 6, sentence.end)]]
        noun = next((k for k, word in enumerate(following) if word in nouns), None)
        if noun is not None and any(word in words["new_words"] for word in following[:noun]):
            return True
    return False


def _after_adjectives(doc: Doc, start: int, end: int) -> int | None:
    """The first token from ``start`` that is no adjective ("nye", "nasjonale"), within two."""
    for index in range(start, min(start + 3, end)):
        if doc[index].pos_ != "ADJ":
            return index
    return None


def _neighbours(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The sentences around the clause's, nearest first, the one before before the one after."""
    starts = [s.start for s in state.sentences]
    index = bisect_right(starts, clause.start) - 1
    lines = [k for k in range(len(state.sentences)) if not state.sentences[k].text.isspace()]
    position = lines.index(index) if index in lines else None
    if position is None:
        return []
    order = []
    for distance in range(1, vocabulary.words["counted_within"] + 1):
        order += [lines[p] for p in (position - distance, position + distance) if 0 <= p < len(lines)]
    return [state.sentences[k] for k in order]


def _named(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> list[Span]:
    """The distinct clusters a sentence names: the known ones, else with the names of its parse."""
    known = {c._.canonical: c for c in state.clusters if sentence.start <= c.start < sentence.end}
    if known:
        return list(known.values())
    new = clause_names(vocabulary, state, Clause(sentence.start, sentence.end), None)
    return list({c._.canonical: c for c in new if not vocabulary.never_cluster(c._.canonical)}.values())


def prefixed_in_article(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The article's one cluster, as written with its programme prefix, where a frame in its first
    sentences counts more clusters ("Nordland får to av de sju nye næringsklyngene som fredag ble tatt inn i
    klyngeprogrammet", the one described below as "Arena Torsk Nord"): the prefix says the status it was
    taken in with. Two or more named where more are counted are not known to be those taken in."""
    count = clause_count(vocabulary, state, clause)
    lines = [s for s in state.sentences if not s.text.isspace()][:vocabulary.words["counted_lead_sentences"]]
    if count is None or not any(s.start <= clause.start < s.end for s in lines):
        return []
    named = {c._.canonical for c in state.clusters if not vocabulary.never_cluster(c._.canonical)} \
        | _named_with_status(vocabulary, state)
    prefixed = {}
    for cluster in state.clusters:
        if cluster._.canonical in named and vocabulary.prefix_status(cluster.text):
            prefixed.setdefault(cluster._.canonical, cluster)
    return list(prefixed.values()) if len(named) == len(prefixed) == 1 < count else []


def _named_with_status(vocabulary: EventVocabulary, state: DocState) -> set[str]:
    """The clusters the article's sentences that name a status give by their parse ("Fjellkraft Nord får
    status som Arena-klynge" further down), whether or not the events component has read those sentences yet:
    the article's clusters, not those of the sentences read so far."""
    found = set()
    for sentence in state.sentences:
        if any(sentence.start <= s.start < sentence.end for s in state.statuses):
            found |= {c._.canonical for c in _named(vocabulary, state, sentence)}
    return found
