"""Whether a status word in a sentence is a status the sentence speaks of, not a name's prefix
("Arena Smart Havbruk"), a name's last word, a venue, the status held before ("etter ti år som
NCE") or a status named in passing."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .mentions import Mention
from .state import DocState
from .vocabulary import EventVocabulary


def is_status(vocabulary: EventVocabulary, state: DocState, sentence: Span, status: Mention) -> bool:
    """A status word is a status, not a name's prefix, a venue or a status named in passing."""
    doc, words, triggers = state.doc, vocabulary.words, state.triggers
    if any(c.start <= status.start < c.end for c in state.clusters):
        return False  # a name's prefix
    text = doc[status.start:status.end].text
    before = doc[status.start - 1].lower_ if status.start > sentence.start else ""
    if _from_status(words, doc, sentence, status.start) or _after_a_time_as(words, doc, sentence, status):
        return False  # "går fra Arena til Arena Pro", "etter ti år som NCE": what it had
    if _alternative(words, doc, sentence, status, state.statuses):
        return False  # "en av fire klynger som får Arena- eller NCE-status": one of them, not known which
    before_it = [t for t in triggers if sentence.start <= t.start and t.end <= status.start
                 and _words_between(words, doc, t.end, status.start) <= 6]
    if words["cluster_stem"] in text.lower()[1:]:
        # "er blant de nye Arena-klyngene", "får status som arenaklynge", not "Som NCE-klynge får den ..."
        capacity = before in words["capacity_words"] and not any(  # "opptatt som Arena-klynge", "tatt opp X som"
            t.end in (status.start - 1, status.start) or _words_between(words, doc, t.end, status.start - 1) == 0
            for t in before_it)
        named = status.start - 2 >= sentence.start and doc[status.start - 2].lower_ in words["status_nouns"]
        return (bool(before_it) or named or new_ones(words, doc, sentence, status)) and (not capacity or named)
    governed = any(t.value != "copula" or status.start - t.end <= 2 for t in before_it)
    bare = text in vocabulary.prefixes
    if bare and _ends_a_name(vocabulary, doc, sentence, status.start):
        return False  # "får namnet Sustainable Marine Innovation Arena": a name's last word
    return not bare or before in words["bare_status_after"] or governed or _applied_for(words, doc, sentence, status)


def _from_status(words: dict, doc: Doc, sentence: Span, start: int) -> bool:
    """Is the status the one the cluster moves from: "fra" before it, an indefinite article or quotation marks
    between ("går fra Arena til Arena Pro", "promoted from a “National Center of Expertise” to ...")?"""
    index = start - 1
    while index > sentence.start and (doc[index].is_quote or doc[index].lower_ in words["indefinite_articles"]):
        index -= 1
    return index >= sentence.start and doc[index].lower_ in words["previous_status_before"]


def new_ones(words: dict, doc: Doc, sentence: Span, status: Mention) -> bool:
    """Is the status a plural cluster noun after a count and a word for new ("De fire nye Arena-klyngene")?"""
    if status.start - 2 < sentence.start:
        return False
    count, new = doc[status.start - 2], doc[status.start - 1]
    return new.lower_ in words["new_words"] and (count.lower_ in words["count_words"] or count.text.isdigit())


def _words_between(words: dict, doc: Doc, start: int, end: int) -> int:
    """The words from ``start`` to ``end`` that are no part of a list of names ("løftar A, B og C opp til") and
    no quotation mark ("utpekt som en av de fire nye «Arena Pro-klyngene»")."""
    joiners = set(words["list_separators"]) | set(words["list_conjunctions"]) | set(words["name_joiners"])
    return sum(1 for t in doc[start:end] if not (t.text[:1].isupper() or t.lower_ in joiners or t.is_space
                                                 or t.is_quote))


def _after_a_time_as(words: dict, doc: Doc, sentence: Span, status: Mention) -> bool:
    """Is the status the one held for a time before ("etter ti år som NCE", "etter fire år som Arena-klynge")?"""
    start = status.start
    if start - 3 < sentence.start or doc[start - 1].lower_ not in words["capacity_words"]:
        return False
    unit = doc[start - 2]
    return unit.lower_ in words["earlier_time_units"] and any(
        doc[i].lower_ in words["earlier_openers"] for i in range(max(sentence.start, start - 5), start - 2))


def _alternative(words: dict, doc: Doc, sentence: Span, status: Mention, statuses: list[Mention]) -> bool:
    """Is the status one of two alternatives, after or before one of ``alternative_words`` and a status or a word
    cut short with a hyphen ("Arena- eller NCE-status", "Arena Pro eller NCE", "NCE- or GCE-status")? A short form
    in brackets stands with the status it follows ("Arena-program eller Norwegian Centre of Expertise (NCE)")."""
    start, end = _with_short_form(words, doc, status, statuses)
    ends, starts = {m.end for m in statuses}, {m.start for m in statuses}
    before = start - 2 >= sentence.start and doc[start - 1].lower_ in words["alternative_words"] \
        and (start - 1 in ends or _status_like(words, doc[start - 2]))
    after = end + 1 < sentence.end and doc[end].lower_ in words["alternative_words"] \
        and (end + 1 in starts or _status_like(words, doc[end + 1]))
    return before or after


def _with_short_form(words: dict, doc: Doc, status: Mention, statuses: list[Mention]) -> tuple[int, int]:
    """The status's tokens with its short form in brackets after it, or with the status before it whose short form
    it is: "Norwegian Centre of Expertise (NCE)" is one status where alternatives are concerned."""
    opening, closing = words["short_form_brackets"]
    start, end = status.start, status.end
    longer = next((m for m in statuses if m.end == start - 1 and doc[start - 1].text == opening), None)
    if longer is not None and end < len(doc) and doc[end].text == closing:
        return longer.start, end + 1
    shorter = next((m for m in statuses if m.start == end + 1 and doc[end].text == opening), None)
    if shorter is not None and shorter.end < len(doc) and doc[shorter.end].text == closing:
        return start, shorter.end + 1
    return start, end


def _status_like(words: dict, token: Token) -> bool:
    """A status's first word, or one cut short with a hyphen ("Arena-")."""
    return token.lower_.rstrip("-").startswith(tuple(words["status_word_starts"]))


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

