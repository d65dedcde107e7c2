"""Who a frame that names no cluster is about, when the parse and the lists give no one:
"Arena-statusen ble ikke fornyet da perioden utløp i 2015" (the definite status is the one the
article's cluster held: the cluster named last before it, else the article's cluster)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...backbone.lemmas import form_tags
from .clauses import Clause
from .counted import clause_count, counted_in_article
from .dating import running_text
from .described import article_cluster, name_given
from .frames import Frame
from .implied import IMPLIED
from .mentions import Mention
from .names import clause_names
from .participants import line_items
from .state import DocState
from .vocabulary import EventVocabulary

_HEADLINE_GRANTS = ("granted", "upgraded", "approved")  # the triggers of a headline that names who got a status


def status_owner(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> list[Span]:
    """The cluster a definite status ("NCE-statusen", "statusen som GCE") belongs to."""
    doc, endings = state.doc, tuple(vocabulary.words["definite_status_endings"])
    if frame.action != IMPLIED and not any(t.lower_.endswith(endings)
                                           for t in doc[max(frame.sentence.start, frame.start - 2):frame.end]):
        return []  # an implied grant's status is definite ("The NCE status gives us ...")
    before = [c for c in state.clusters if c.end <= frame.start]
    return [before[-1]] if before else [state.main] if state.main is not None else []


def without_owners(vocabulary: EventVocabulary, state: DocState, clusters: list[Span]) -> list[Span]:
    """The clusters less those named as owners of another ("A og B sitt felles nye klyngeprosjekt,
    C, fikk NCE": C got it), unless no other is left."""
    doc, words = state.doc, vocabulary.words
    joiners = set(words["list_conjunctions"]) | set(words["list_separators"])
    places = set(words["list_place_prepositions"])
    owners = []
    for cluster in clusters:
        index = cluster.end
        while index < len(doc) and (doc[index].lower_ in joiners or doc[index - 1].lower_ in places
                                    or doc[index].lower_ in places or doc[index].is_title
                                    or any(c.start <= index < c.end for c in clusters)):
            index += 1  # "A i Bergen og B Tech sitt ..."
        if index < len(doc) and doc[index].lower_ in words["possessives"]:
            owners.append(cluster)
    kept = [c for c in clusters if c not in owners]
    return kept or clusters


def without_senders(vocabulary: EventVocabulary, state: DocState, frame: Frame, clusters: list[Span]) -> list[Span]:
    """The clusters less those that send the news, not receive the status: the subject of an active
    congratulation in the frame's clause ("NCE Brattli gratulerer Fjordlys Cluster med Arena-status":
    Fjordlys got it; not "X ble gratulert med ..."), unless no other is left."""
    doc, verbs = state.doc, set(vocabulary.words["congratulation_lemmas"])
    active = [t.i for t in frame.clause.tokens(doc) if t.lemma_.lower() in verbs
              and "Part" not in t.morph.get("VerbForm") and vocabulary.words["passive_morph"] not in str(t.morph)]
    kept = [c for c in clusters if not any(c.end <= i for i in active)]
    return kept or clusters


def introduced(vocabulary: EventVocabulary, state: DocState, clause: Clause, frame: Frame) -> list[Span]:
    """The cluster a reference ("klyngen", "prosjektet", "Arena-statusen") in a frame with no cluster
    known points back to, when the article has not recognised it: the last name introduced by a
    cluster noun ("Næringsklyngen Norwegian Tindra Cluster samler ...") before its clause, in its
    sentence or the ``referred_within`` before."""
    doc, words = state.doc, vocabulary.words
    endings = tuple(words["definite_status_endings"])
    referring = any(t.lower_ in words["cluster_anaphora"] for t in clause.tokens(doc)) \
        or any(t.lower_.endswith(endings) for t in doc[max(frame.sentence.start, frame.start - 2):frame.end])
    if not referring:
        return []
    index = state.sentence_index(frame.start)
    for sentence in reversed(state.sentences[max(0, index - words["referred_within"]):index + 1]):
        scope = Clause(sentence.start, min(sentence.end, clause.start))  # the frame's sentence up to its clause
        names = [_after_cluster_noun(vocabulary, n) for n in clause_names(vocabulary, state, scope, None)]
        names = [n for n in names if n is not None]
        if names:
            state.added.append(names[-1])
            return [names[-1]]
    return []


def _after_cluster_noun(vocabulary: EventVocabulary, name: Span) -> Span | None:
    """The name after a cluster noun, before it or opening it ("Næringsklyngen Norwegian X Cluster"), or before
    a word that gives a name and a cluster noun ("Havlys Tech heter klyngen")."""
    doc, stem = name.doc, vocabulary.words["cluster_stem"]
    naming = name.end + 1 < len(doc) and doc[name.end].lower_ in vocabulary.words["naming_words"] \
        and stem in doc[name.end + 1].lower_
    if stem in name[0].lower_ and len(name) > 1:
        found = Span(doc, name.start + 1, name.end, label="CLUSTER")
    elif name.start > 0 and stem in doc[name.start - 1].lower_ and stem not in name.text.lower() or naming:
        found = Span(doc, name.start, name.end, label="CLUSTER")
    else:
        return None
    found._.canonical = vocabulary.strip_prefix(found.text)
    return found


def headline_subject(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> list[Span]:
    """A frame in the headings that open the article (the lines before its first sentence of running
    text) that names no cluster ("Fikk ikke NCE-status") is about the article's cluster, else the
    name a cluster noun introduces in that sentence ("Næringsklyngen Norwegian X Cluster søkte ...");
    one that counts its clusters ("Tre nye næringsklynger får status som NCE") is about the article's
    clusters where it names as many."""
    body = next((s for s in state.sentences if running_text(s)), None)
    if body is None or frame.sentence.start >= body.start:
        return []
    count = clause_count(vocabulary, state, frame.clause)  # "Tre nye næringsklynger får status som NCE"
    found = [] if count is None else counted_in_article(vocabulary, state, frame.clause) \
        or _listed_lines(vocabulary, state, count)
    if found:
        return found
    if state.main is not None:
        return [state.main]
    names = [_after_cluster_noun(vocabulary, n) for n in clause_names(vocabulary, state, Clause(body.start, body.end), None)]
    found = [n for n in names if n is not None][:1]
    state.added.extend(found)
    return found


def _listed_lines(vocabulary: EventVocabulary, state: DocState, count: int) -> list[Span]:
    """The first list of the article's body of exactly ``count`` short lines, one name each, right after a
    sentence of running text ("Statsråden kunngjør tre nye næringsklynger." over "• A", "• B", "• C")."""
    lines = [s for s in state.sentences if not s.text.isspace()]
    for before, first in zip(lines, lines[1:]):
        if not running_text(before) or running_text(first):
            continue
        found = line_items(vocabulary, state, lines[lines.index(first):])
        if len(found) == count:
            state.added.extend(c for c in found if c not in state.clusters)
            return found
    return []


def headline_named(vocabulary: EventVocabulary, doc: Doc, clusters: list[Span], triggers: list[Mention]) -> list[Span]:
    """The name a headline line opens with as the subject of a grant of cluster status, where the article
    knows no cluster in that line, wherever the article writes it: "Construction City awarded official
    innovation cluster status", "Lavik Works får klyngestatus" (the body: "The business cluster ... was
    awarded Arena status", "We founded Construction City a year ago. Already we are ... awarded Arena status")."""
    words = vocabulary.words
    headline = next((s for s in doc.sents if not s.text.isspace()), None)
    if headline is None or running_text(headline) or any(headline.start <= c.start < headline.end for c in clusters):
        return []
    grant = next((t for t in triggers if headline.start < t.start < headline.end and t.value in _HEADLINE_GRANTS), None)
    if grant is None or not _cluster_status_after(words, doc[grant.end:headline.end]):
        return []
    name = doc[headline.start:grant.start]
    if not 0 < len(name) <= words["name_max_words"] or not name[0].text[:1].isupper() \
            or not all(t.text[:1].isupper() or t.lower_ in words["name_joiners"] for t in name) \
            or name.text in words["granting_bodies"] or vocabulary.never_cluster(name.text) or _verb_only(name):
        return []
    texts, found = [t.text for t in name], []
    for start in (t.i for t in doc if t.text == texts[0]):
        if [t.text for t in doc[start:start + len(texts)]] == texts:
            span = Span(doc, start, start + len(texts), label="CLUSTER")
            span._.canonical = vocabulary.strip_prefix(name.text)
            found.append(span)
    return found


def _verb_only(name: Span) -> bool:
    """Is the headline's opening one word the lexicon knows only as a verb ("Markerer overgangen til Arena Pro
    klyngestatus"): the predicate of a headline with no subject, no name?"""
    tags = form_tags().get(name[0].lower_)
    return len(name) == 1 and bool(tags) and tags <= {"VERB", "AUX"}


def _cluster_status_after(words: dict, tokens: Span) -> bool:
    """Do the words after a headline's grant name a cluster's status: "klyngestatus", "cluster status"?"""
    endings, cluster = tuple(words["status_nouns"]), tuple(words["cluster_status_stems"])
    for token in tokens:
        if token.lower_.endswith(endings) and (any(stem in token.lower_ for stem in cluster)
                                               or token.i > 0 and token.nbor(-1).lower_.startswith(cluster)):
            return True
    return False


def indefinite_subject(vocabulary: EventVocabulary, state: DocState, frame: Frame) -> list[Span]:
    """A frame whose clause names its cluster only by an indefinite cluster noun is about the article's
    one cluster, named further on: "I juni i fjor fikk en næringsklynge innen motedesign i Oslo Arena-status"
    (... "Moteklyngen har navnet Norwegian Fashion Hub"), "A new cluster was awarded Arena status"; where
    the article knows no cluster, the name it gives the cluster ("Klyngen har navnet Lavik")."""
    words, doc = vocabulary.words, state.doc
    if not any(token.lower_ in words["indefinite_cluster_nouns"] and any(
            doc[i].lower_ in words["indefinite_articles"] for i in range(max(frame.clause.start, token.i - 2), token.i))
            for token in frame.clause.tokens(doc)):
        return []
    compounds = tuple(words["cluster_compound_endings"])
    named = {c._.canonical for c in state.clusters if not (len(c) == 1 and c.text.lower().endswith(compounds))}
    if state.main is not None and named == {state.main._.canonical}:
        return [state.main]  # the article names one cluster, and perhaps a compound for it ("Moteklyngen har navnet X")
    return [] if named else name_given(vocabulary, state)



def without_sponsors(vocabulary: EventVocabulary, state: DocState, frame: Frame, clusters: list[Span]) -> list[Span]:
    """The clusters less those the article names as who applied for another ("Det er Brattli Tech som har stått
    som ansvarlig søkar", "Brattli-sekretariatet har stått for søknaden"): where the frame names only them, the
    article's cluster written with the frame's status, else its cluster, else the first cluster it named with no
    name known; where that is a sponsor too, the frame's."""
    found = {c._.canonical for c in clusters if _sponsor(vocabulary, state.doc, c) or _partner(vocabulary, c)}
    kept = [c for c in clusters if c._.canonical not in found]
    if kept or not clusters:
        return kept
    added = [c for c in sorted(state.added, key=lambda c: c.start) if c._.canonical not in found]
    return article_cluster(vocabulary, state, frame.status, found) or added[:1] or clusters


def _sponsor(vocabulary: EventVocabulary, doc: Doc, cluster: Span) -> bool:
    """Is the cluster's name written, in a sentence, at most ``sponsor_reach`` words before a word of standing
    for an application (``sponsor_lemmas`` with a word ending in one of ``application_endings`` within
    ``sponsor_reach`` words after it): "X har stått for søknaden", "X er ansvarleg søkjar", "leiar av X og
    ansvarleg for søknaden"?"""
    words = vocabulary.words
    reach, endings, texts = words["sponsor_reach"], tuple(words["application_endings"]), [t.text for t in cluster]
    for token in doc:
        if token.lemma_.lower() not in words["sponsor_lemmas"]:
            continue
        after = doc[token.i + 1:min(token.i + 1 + reach, token.sent.end)]
        if not any(t.lower_.endswith(endings) for t in [token, *after]):
            continue
        ends = range(max(token.sent.start + len(texts), token.i - reach), token.i + 1)
        if any([t.text for t in doc[end - len(texts):end]] == texts for end in ends):
            return True
    return False


def _partner(vocabulary: EventVocabulary, cluster: Span) -> bool:
    """Is the cluster named, in its sentence, as a partner of the application ("i den innvilgede søknaden er X med
    som en definert partner"): a word of ``capacity_words`` within ``sponsor_reach`` words after it, and a word of
    ``partner_words`` as near after that?"""
    words, doc, reach = vocabulary.words, cluster.doc, vocabulary.words["sponsor_reach"]
    after = [t.lower_ for t in doc[cluster.end:min(cluster.end + 2 * reach, cluster.sent.end)]]
    capacity = next((i for i, w in enumerate(after[:reach]) if w in words["capacity_words"]), None)
    return capacity is not None and any(w in words["partner_words"] for w in after[capacity:capacity + reach])


def without_holders(vocabulary: EventVocabulary, state: DocState, frame: Frame, clusters: list[Span]) -> list[Span]:
    """The clusters less those a refusal found outside its clause cannot be about: one written with a higher
    status than the one refused ("Klyngen nådde ikke opp i konkurransen om Arena-status" where the article names
    "NCE Tindfjell" as a partner: NCE Tindfjell already holds more). A cluster the refusal's clause names stays."""
    if frame.action != "rejected" or frame.status == "*":
        return clusters
    rank, status = vocabulary.words["rank"], frame.status
    return [c for c in clusters if frame.clause.start <= c.start < frame.clause.end
            or rank.get(vocabulary.prefix_status(c.text) or "", 0) <= rank.get(status, 0)]
