"""Statuses a list's layout gives: a heading that is only a status over lines of names
("Disse klyngene er nye i klyngeprogrammet:\\nArena:\\nA\\nB"), and rows that name their status in
brackets ("Disse klyngene får ny status:\\nA (Arena)\\nB (NCE)"). Either needs a line before it
that announces the list (it names a trigger or clusters by a plural noun); its trigger gives
the action, granted where it says no more than "er" or "får"."""

from __future__ import annotations

from spacy.tokens import Span

from .clauses import Clause
from .counted import clause_count
from .dating import running_text
from .frames import Frame
from .mentions import Mention
from .names import PLACE_LABELS, clause_names
from .listed import listed_frames
from .participants import item_name, line_items
from .state import DocState
from .vocabulary import EventVocabulary

_GRANTING = {"copula", "selected", "answered_yes", "approved", "granted"}


def layout_frames(vocabulary: EventVocabulary, state: DocState, index: int, sole: list[Mention] = ()) -> list[Frame]:
    """The frame of a status heading, of a row or of a heading that counts new clusters, with its
    clusters; else none (``sole``: the article's only status, what "Tre nye ekspertsentre" names)."""
    sentence = state.sentences[index]
    status = _only_status(vocabulary, state, sentence)
    if status is not None:
        if _in_status_list(vocabulary, state, index):
            return []  # "Klyngeprogrammet har tre nivåer:\n• Arena\n• NCE\n• GCE": the levels, over no names
        action = _heading_action(vocabulary, state, index)
        clusters = (line_items(vocabulary, state, state.sentences[index + 1:])
                    or _opened_paragraphs(vocabulary, state, index)) if action else []
        if clusters:
            state.added.extend(c for c in clusters if c not in state.clusters)
            return [_frame(state, sentence, status, action, clusters)]
        return []
    row = _row(vocabulary, state, sentence)
    if row is None:
        return listed_frames(vocabulary, state, index) or _counted_heading(vocabulary, state, index, sole) \
            or _headline_to(vocabulary, state, index) or _new_status_heading(vocabulary, state, index)
    cluster, status = row
    back = index
    while back > 0 and _row(vocabulary, state, state.sentences[back - 1]) is not None:
        back -= 1
    action = _announced(vocabulary, state, back)
    if not action:
        return []
    if cluster not in state.clusters:
        state.added.append(cluster)
    return [_frame(state, sentence, status, action, [cluster])]


def _frame(state: DocState, sentence: Span, status: Mention, action: str, clusters: list[Span]) -> Frame:
    return Frame(status.value, action, status.start, status.end, Clause(sentence.start, sentence.end), sentence,
                 clusters)


def _statuses_in(state: DocState, sentence: Span) -> list[Mention]:
    return [s for s in state.statuses if sentence.start <= s.start < sentence.end and s.value != "*"]


def _only_status(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> Mention | None:
    """The status a line names and nothing else ("Arena:", "Norwegian Centres of Expertise",
    "Global Centres of Expertise (GCE)")."""
    statuses = _statuses_in(state, sentence)
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not statuses or len({s.value for s in statuses}) > 1 or not words:
        return None
    return statuses[0] if all(any(s.start <= t.i < s.end for s in statuses) for t in words) else None


def _in_status_list(vocabulary: EventVocabulary, state: DocState, index: int) -> bool:
    """Is the status line next to another line that names a status only: an item of a list of statuses (the
    programme's levels), no heading over lines of names?"""
    lines = [(i, s) for i, s in enumerate(state.sentences) if not s.text.isspace()]
    at = next(k for k, (i, _s) in enumerate(lines) if i == index)
    return any(_only_status(vocabulary, state, lines[k][1]) is not None
               for k in (at - 1, at + 1) if 0 <= k < len(lines))


def _heading_action(vocabulary: EventVocabulary, state: DocState, index: int) -> str | None:
    """The action of the line that announces the heading's list, or of the heading before it
    whose list this one continues ("Her er de nye klyngene:\nGCE\n...\nNCE\n...")."""
    action = _announced(vocabulary, state, index)
    window = vocabulary.words["heading_lines_within"]
    for back in range(index - 1, max(-1, index - window), -1):
        if action is not None:
            break
        if _only_status(vocabulary, state, state.sentences[back]) is not None:
            action = _announced(vocabulary, state, back)
    return action


def _opened_paragraphs(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Span]:
    """The clusters that open the paragraphs under a status heading, up to the next heading
    ("Global Centres of Expertise (GCE)\n\nGCE Subsea består av ..."), known or a name that opens it."""
    found = []
    for line in state.sentences[index + 1:index + 1 + vocabulary.words["heading_lines_within"]]:
        if _only_status(vocabulary, state, line) is not None:
            break
        opening = _opening_cluster(vocabulary, state, line) if _opens_paragraph(line) else None
        if opening is not None:
            found.append(opening)
    return found


def _opening_cluster(vocabulary: EventVocabulary, state: DocState, line: Span) -> Span | None:
    """The cluster that opens a line, known or a name that opens it."""
    words = [t for t in line if not (t.is_space or t.is_punct)]
    if not words:
        return None
    opening = [c for c in state.clusters if c.start == words[0].i] or \
        [n for n in clause_names(vocabulary, state, Clause(line.start, line.end), None) if n.start == words[0].i]
    return opening[0] if opening else None


def _opens_paragraph(line: Span) -> bool:
    return line.start == 0 or "\n" in line.doc[line.start - 1].text_with_ws


def _row(vocabulary: EventVocabulary, state: DocState, sentence: Span) -> tuple[Span, Mention] | None:
    """A line "NAME (STATUS)": its cluster and status."""
    statuses = _statuses_in(state, sentence)
    words = [t for t in sentence if not t.is_space]
    if not statuses or len(words) < 4 or words[-1].text != ")":
        return None
    status = statuses[-1]
    if words[-2].i != status.end - 1 or state.doc[status.start - 1].text != "(":
        return None
    cluster = item_name(vocabulary, state.doc, sentence.start, status.start - 1, state.clusters)
    return (cluster, status) if cluster is not None else None


def _announced(vocabulary: EventVocabulary, state: DocState, index: int) -> str | None:
    """The action of the line before ``index`` that announces a list, if one does."""
    lines = [s for s in state.sentences[max(0, index - 2):index] if not s.text.isspace()]
    if not lines:
        return None
    line = lines[-1]
    triggers = [t for t in state.triggers if line.start <= t.start < line.end]
    plural = any(t.lower_ in vocabulary.words["plural_cluster_nouns"] for t in line)
    if not line.text.rstrip().endswith(":") or not (triggers or plural):
        return None
    own = [t.value for t in triggers if t.value not in _GRANTING]
    return own[0] if own else "granted"


def _counted_heading(vocabulary: EventVocabulary, state: DocState, index: int, sole: list[Mention]) -> list[Frame]:
    """"Tre nye ekspertsentre" (a heading that counts new clusters of a status) over as many
    paragraphs headed by a known cluster ("Oslo Cancer Cluster\n\nOslo har ..."): each is granted
    the status, the article's only one where the heading's is not written out."""
    sentence, words = state.sentences[index], vocabulary.words
    statuses = [s for s in state.statuses if sentence.start <= s.start < sentence.end]
    clause = Clause(sentence.start, sentence.end)
    if not statuses or not _heading_line(vocabulary, sentence) \
            or not any(t.lower_ in words["new_words"] for t in sentence):
        return []
    count = clause_count(vocabulary, state, clause)
    status = statuses[0].value if statuses[0].value != "*" else sole[0].value if sole else None
    window = state.sentences[index + 1:index + 1 + words["heading_lines_within"]]
    headed = [_opening_cluster(vocabulary, state, line) for line in window if _heading_line(vocabulary, line)]
    headed = [c for c in headed if c is not None]
    if count is None or status is None or len(headed) != count:
        return []
    state.added.extend(c for c in headed if c not in state.clusters)
    return [Frame(status, "granted", statuses[0].start, statuses[0].end, clause, sentence, headed)]


def _heading_line(vocabulary: EventVocabulary, sentence: Span) -> bool:
    """Is the sentence a heading: a paragraph's first line of a few words that ends in no full stop?"""
    line = sentence.text.strip().split("\n")[0]
    words = [t for t in sentence if not (t.is_space or t.is_punct) and t.idx < sentence.start_char + len(line) + 1]
    return _opens_paragraph(sentence) and 0 < len(words) <= vocabulary.words["list_line_max_words"] \
        and not line.endswith((".", ":", "!"))


def _headline_to(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """A headline with no verb that gives a status to a name: "NCE-status til Fjordlys Cluster",
    "NCE Tourism til Fjord Norway" (the status opens it, also as a name's prefix), "Arena-status for X",
    or answers for it: "Ja til Arena for X", "Nei til NCE for X"."""
    sentence, words = state.sentences[index], vocabulary.words
    body = next((k for k, s in enumerate(state.sentences) if running_text(s)), len(state.sentences))
    tokens = [t for t in sentence if not (t.is_space or t.is_punct)]
    action, opening = _headline_answer(words, tokens)
    status = next((s for s in state.statuses if s.start == opening and s.value != "*"), None)
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and not any(c.start <= t.i < c.end for c in state.clusters)]
    if index >= body or status is None or verbs:
        return []
    to = next((t.i for t in tokens if t.i >= status.end and t.lower_ in words["headline_recipient_markers"]), None)
    if to is None:
        return []
    rest = Clause(to + 1, sentence.end)
    known = [c for c in state.clusters if c.start == to + 1]
    named = known or [n for n in clause_names(vocabulary, state, rest, None) if n.start == to + 1]
    places = {e.text for e in state.doc.ents if e.label_ in PLACE_LABELS}
    if not named or named[0].text in places:  # "NCE Maritime til Brussel" (a place where the article tags it)
        return []
    state.added.extend(n for n in named[:1] if n not in state.clusters)
    return [Frame(status.value, action, status.start, to + 1, Clause(sentence.start, sentence.end), sentence,
                  named[:1])]


def _headline_answer(words: dict, tokens: list) -> tuple[str, int | None]:
    """The action a headline gives and where its status should open: after "Ja til" or "Nei til", else first."""
    if len(tokens) > 2 and tokens[0].lower_ in words["headline_answers"] \
            and tokens[1].lower_ in words["headline_answer_joiners"]:
        return words["headline_answers"][tokens[0].lower_], tokens[2].i
    return "granted", tokens[0].i if tokens else None


def _new_status_heading(vocabulary: EventVocabulary, state: DocState, index: int) -> list[Frame]:
    """A heading with no verb that opens with one new status ("Nytt Arena-prosjekt for skognæring", "Ny
    NCE-klynge i nord") grants it to the cluster the sentence under it names with that status as its prefix
    ("... er gått sammen i Arena Skognæringa i Trøndelag"), else the one a cluster noun introduces there."""
    sentence, words = state.sentences[index], vocabulary.words
    tokens = [t for t in sentence if not (t.is_space or t.is_punct)]
    status = next((s for s in state.statuses if len(tokens) > 1 and s.start == tokens[1].i and s.value != "*"), None)
    below = next((s for s in state.sentences[index + 1:] if not s.text.isspace()), None)
    if status is None or below is None or tokens[0].lower_ not in words["single_new_words"] \
            or not _heading_line(vocabulary, sentence) or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return []
    named = [c for c in state.clusters if below.start <= c.start < below.end]
    found = [c for c in named if vocabulary.prefix_status(c.text) == status.value] or [
        n for n in clause_names(vocabulary, state, Clause(below.start, below.end), None)
        if n.start > 0 and words["cluster_stem"] in state.doc[n.start - 1].lower_]
    if not found:
        return []
    state.added.extend(c for c in found[:1] if c not in state.clusters)
    return [_frame(state, sentence, status, "granted", found[:1])]
