"""Lists whose status and trigger are not in the list's own clause: names whose programme prefixes
give the status ("Klyngene som får status er: Arena A, Arena B og Arena C"; "Dette er sentrene: NCE A,
NCE B og C" where the article calls them new, "de nye sentrene"), and a plural status over the
names after a copula ("De nye Arena-klyngene er A, B og C"), or over the name after it ("den nye
Arena-klyngen; X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import Clause
from .framing import intended, negated
from .frames import Frame
from .mentions import Mention
from .names import clause_names
from .participants import apposed_names, line_items, members, new_clusters_status
from .state import DocState
from .vocabulary import EventVocabulary

_GRANTING = {"copula", "selected", "answered_yes", "approved", "granted"}


def listed_frames(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """The frame of a prefixed list or of a plural status over names, with its clusters; else none."""
    return (_prefixed_list(vocabulary, state, index) or _status_subject_list(vocabulary, state, index)
            or _new_status_apposition(vocabulary, state, index) or relative_subject_list(vocabulary, state, index))


def _prefixed_list(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """The listed clusters after the colon, with the status their prefixes share."""
    sentence, words = state.sentences[index], vocabulary.words
    colon = next((t.i for t in sentence if t.text == ":"), None)
    if colon is None or colon - sentence.start > words["list_announcement_max_words"] \
            or any(t.lower_ in words["intentions"] for t in state.doc[sentence.start:colon]):
        return []
    announced = _announcement(vocabulary, state, index, colon)
    if announced is None:
        return []
    trigger, action = announced
    clause = Clause(sentence.start, sentence.end)
    listed = [c for c in members(vocabulary, state, clause, {trigger.start}, []) if c.start > colon]
    statuses = {vocabulary.prefix_status(c.text) for c in listed} - {None}
    if len(listed) < 2 or len(statuses) != 1:
        return []
    state.added.extend(c for c in listed if c not in state.clusters)
    return [Frame(statuses.pop(), action, trigger.start, trigger.end, clause, sentence, listed)]


def _announcement(vocabulary: EventVocabulary, state: DocState, index: int, colon: int) -> tuple[Mention, str] | None:
    """The trigger before the colon that announces the list, and its action: one before a status
    noun ("får status", "mister status"), else a copula before a plural noun for clusters the
    article calls new."""
    doc, words, sentence = state.doc, vocabulary.words, state.sentences[index]
    triggers = [t for t in state.triggers if sentence.start <= t.start < colon]
    for trigger in triggers:
        if trigger.value != "copula" and any(t.lower_ in words["status_nouns"] for t in doc[trigger.end:colon]):
            return trigger, "granted" if trigger.value in _GRANTING else trigger.value
    copula = next((t for t in triggers if t.value == "copula"), None)
    nouns = {*words["plural_cluster_nouns"], *words["counted_cluster_nouns"]}
    noun = next((t for t in doc[copula.end:colon] if t.lower_ in nouns), None) if copula else None
    return (copula, "granted") if noun is not None and _called_new(vocabulary, state, index, noun) else None


def _called_new(vocabulary: EventVocabulary, state: DocState, index: int, noun: Token) -> bool:
    """Is the noun, here or in a sentence near, written after "nye" ("de nye sentrene")?"""
    within = vocabulary.words["counted_within"]
    before = [s for s in state.sentences[:index] if not s.text.isspace()][-within:]
    after = [s for s in state.sentences[index:] if not s.text.isspace()][:within + 1]
    for sentence in before + after:
        if any(t.lower_ == noun.lower_ and t.i > 0 and state.doc[t.i - 1].lower_ in vocabulary.words["new_words"]
               for t in sentence):
            return True
    return False


def _status_subject_list(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """"De nye Arena-klyngene er A, B og C", "De sju nye Arena prosjektene er:": a plural status for
    clusters after "nye", a copula right after it, and the clusters and names after the copula."""
    sentence, doc, words = state.sentences[index], state.doc, vocabulary.words
    plural = (*words["plural_cluster_nouns"], *words["status_plural_heads"])
    for status in (s for s in state.statuses if sentence.start < s.start < sentence.end and s.value != "*"):
        new = doc[status.start - 1].lower_ in words["new_words"]
        copula = next((t for t in state.triggers if t.start == status.end and t.value == "copula"), None)
        if not new or copula is None or not doc[status.start:status.end].text.lower().endswith(plural):
            continue
        names = _names_after(vocabulary, state, copula.end, sentence.end)
        if not names and all(t.is_space or t.text == ":" for t in doc[copula.end:sentence.end]):
            names = line_items(vocabulary, state, state.sentences[index + 1:])  # "De nye Arena-klyngene er:\nA\nB"
        if names:
            state.added.extend(n for n in names if n not in state.clusters)
            return [Frame(status.value, "granted", status.start, copula.end, Clause(sentence.start, sentence.end),
                          sentence, names)]
    return []


def _new_status_apposition(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """"skal lede den nye Arenaklyngen; The Life Science Cluster", "den nye NCE-klyngen Fjordlys": a
    status for clusters after "nye" and, right after it or a semicolon, colon or comma, a name, or
    the list after the mark ("nye Arena-klynger; A, B og C"), or, ending a heading, the lines of
    names under it ("Nye Arena-klynger\n\nA (Bergen)\n\nB (Molde)")."""
    sentence, doc, words = state.sentences[index], state.doc, vocabulary.words
    clause = Clause(sentence.start, sentence.end)
    for status in (s for s in state.statuses if sentence.start < s.start < sentence.end - 1 and s.value != "*"):
        if not new_clusters_status(vocabulary, doc, status):
            continue
        if all(t.is_space for t in doc[status.end:sentence.end]):
            names = line_items(vocabulary, state, state.sentences[index + 1:])
        else:
            names = apposed_names(vocabulary, state, clause, status)
        if names:
            state.added.extend(n for n in names if n not in state.clusters)
            return [Frame(status.value, "granted", status.start, status.end, clause, sentence, names)]
    return []


def relative_list_starts(vocabulary: EventVocabulary, state: DocState) -> list[int]:
    """Where the grants of sentences that open with a plural noun for clusters and a relative pronoun are
    ("De klyngene som går inn i denne ordningen er A, B og C"): those sentences are read though they name
    no status."""
    return [t.start for t in state.triggers if t.value in _GRANTING and t.value != "copula"
            and (opening := _relative_opening(vocabulary.words, state, t.start)) is not None and opening < t.start]


def _relative_opening(words: dict, state: DocState, index: int) -> int | None:
    """Where the clause on the plural noun for clusters that opens the sentence of token ``index`` begins: at
    its relative pronoun ("De klyngene som går inn i ordningen er"), or at the noun before a granting
    participle ("the clusters entering this arrangement today are"); an opening "In addition to X," or
    "I tillegg til X," is passed over. None if the sentence opens otherwise."""
    sentence = state.doc[index].sent
    tokens = [t for t in sentence if not t.is_space]
    opener = " ".join(t.lower_ for t in tokens[:3])
    if any(opener.startswith(phrase) for phrase in words["addition_openers"]):
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        tokens = tokens[comma + 1:] if comma is not None else []
    tokens = [t for t in tokens if not t.is_punct][:3]
    if tokens and tokens[0].lower_ in words["description_determiners"] + words["attributive_before"]:
        tokens = tokens[1:]
    nouns = {*words["plural_cluster_nouns"], *words["counted_cluster_nouns"]}
    if len(tokens) < 2 or tokens[0].lower_ not in nouns:
        return None
    if tokens[1].lower_ in words["relative_pronouns"]:
        return tokens[1].i
    granting = any(t.start == tokens[1].i and t.value in _GRANTING and t.value != "copula" for t in state.triggers)
    return tokens[0].i if granting else None


def relative_subject_list(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """"De klyngene som går inn i denne ordningen er A, B, C og D": a plural noun for clusters that opens its
    sentence, a relative clause with a grant, a copula and the names after it. The status is the one the
    relative clause names, else the one named last within ``counted_within`` sentences before."""
    sentence, doc, words = state.sentences[index], state.doc, vocabulary.words
    opening = _relative_opening(words, state, sentence.start) if len(sentence) else None
    if opening is None:
        return []
    clause = Clause(sentence.start, sentence.end)
    grant = next((t for t in state.triggers if opening < t.start < sentence.end and t.value in _GRANTING
                  and t.value != "copula"), None)
    copula = None if grant is None else next(
        (t.i for t in doc[grant.end:sentence.end] if t.lower_ in words["pattern_pieces"]["COPULA_FORMS"]), None)
    if copula is None or intended(words, doc, clause, grant, grant) or negated(words, doc, clause, copula + 1):
        return []
    status = _status_before(vocabulary, state, index, opening, copula)
    names = _names_after(vocabulary, state, copula + 1, sentence.end)
    if status is None or len(names) < 2:
        return []
    state.added.extend(n for n in names if n not in state.clusters)
    return [Frame(status, "granted", grant.start, copula + 1, clause, sentence, names)]


def _status_before(vocabulary: EventVocabulary, state: DocState, index: int, start: int, end: int) -> str | None:
    """The status named between ``start`` and ``end``, else the one named last in the sentences before."""
    within = vocabulary.words["counted_within"]
    before = [s for s in state.sentences[:index] if not s.text.isspace()][-within:]
    for first, last in [(start, end)] + [(s.start, s.end) for s in reversed(before)]:
        named = [m for m in state.statuses if first <= m.start < last and m.value != "*"]
        if named:
            return named[-1].value
    return None


def _names_after(vocabulary: EventVocabulary, state: DocState, start: int, end: int) -> list[Span]:
    """The clusters and new names from ``start`` to ``end``, in order."""
    known = [c for c in state.clusters if start <= c.start < end]
    new = clause_names(vocabulary, state, Clause(start, end), None)
    return sorted(known + [n for n in new if not any(c.start < n.end and n.start < c.end for c in known)],
                  key=lambda span: span.start)
