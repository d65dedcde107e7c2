"""Who a frame is about: the clusters of its clause, the items of a list after its colon,
the name a relative clause hangs on, what "klynga", "vi" or "den" refers to, a name the NER
calls an organisation, or the paragraphs under a heading that follows. Clusters found here
that the clusters component did not know are new ``CLUSTER`` spans (``state.added``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..name_ends import form_field_value, is_form_label
from .announced import announced_list, coordinated, group_listed_next, refers_back
from .captions import is_caption
from .clauses import Clause, speech_tag
from .counted import clause_count, counted_clusters
from .described import together_described
from .lineups import lineup_clusters
from .mentions import Mention, overlaps
from .name_core import core_bounds
from .names import PLACE_LABELS, clause_names, glued_parts, names_applicant, opens_no_name
from .organizations import named_organizations
from .partitives import partitive_subjects
from .state import DocState
from .vocabulary import EventVocabulary


def governed(vocabulary: EventVocabulary, state: DocState, clause: Clause, members: list[Span],
             following: list[Span], frame: tuple[int, int]) -> list[Span]:
    """The clusters a frame that names none of its own governs: the clause's members (with the names coordinated
    with them), else the names its parse gives, else the cluster referred to, else the names the next sentence opens
    with for a group ("medlemmene som rykker opp. A og B får ..."), else an organisation named, else the list the
    next sentence gives, else as many as it counts from a sentence near ("To miljøer får ..."), else the paragraphs
    listed after it."""
    if members:
        found = coordinated(vocabulary, state, clause, members)
        found += [n for n in partitive_subjects(vocabulary, state, frame) + together_described(vocabulary, state, clause)
                  if not any(overlaps(n, f) for f in found)]  # "A og B er to av seks prosjekter som ...", "Sammen med den ..."
        state.added.extend(n for n in found if n not in state.clusters and n not in state.added)
        return _status_named(vocabulary, state, found)
    return (_status_named(vocabulary, state, _new_names(vocabulary, state, clause, frame))
            or partitive_subjects(vocabulary, state, frame)  # "A og B er to av seks prosjekter som er tatt opp i ..."
            or lineup_clusters(vocabulary, state, clause)  # "De tre nye klyngene. Fra venstre: ..." before "de"
            or _new_status_apposed(vocabulary, state, clause) or referred(vocabulary, state, clause)
            or group_listed_next(vocabulary, state, frame, following)
            or named_organizations(vocabulary, state, clause) or announced_list(vocabulary, state, clause, following)
            or counted_lines(vocabulary, state, clause, following) or announced_lines(vocabulary, state, clause, following)
            or counted_clusters(vocabulary, state, clause) or listed_paragraphs(vocabulary.words, following, state.clusters))


def _status_named(vocabulary: EventVocabulary, state: DocState, clusters: list[Span]) -> list[Span]:
    """Where a status with the word for cluster stands right before a name, that name and those
    after it ("Kunnskapsparken får støtte til å etablere Arena-klynga Fjordlys": Fjordlys; "de nye
    Arena-klyngene A og B": A and B), else all."""
    stem = vocabulary.words["cluster_stem"]
    named = [c for c in clusters if any(s.end == c.start and stem in state.doc[s.start:s.end].text.lower()
                                         for s in state.statuses)]
    return [c for c in clusters if c.start >= named[0].start] if named else clusters


def _new_status_apposed(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """"har vi fått en ny interessant Arena-klynge; X, basert på ...": the names apposed to a status
    for new clusters that ends the clause at a mark, not the "vi" before it."""
    doc = state.doc
    sentence = next(s for s in state.sentences if s.start <= clause.start < s.end)
    for status in (s for s in state.statuses if s.start in clause and s.end < sentence.end - 1 and s.value != "*"):
        if new_clusters_status(vocabulary, doc, status) and doc[status.end].text in vocabulary.words["apposition_marks"]:
            names = apposed_names(vocabulary, state, Clause(sentence.start, sentence.end), status)
            state.added.extend(n for n in names if n not in state.clusters)
            return names
    return []


def _new_names(vocabulary: EventVocabulary, state: DocState, clause: Clause, frame: tuple[int, int]) -> list[Span]:
    found = clause_names(vocabulary, state, clause, frame)
    state.added.extend(found)
    return found


def members(vocabulary: EventVocabulary, state: DocState, clause: Clause, anchors: set[int],
            following: list[Span]) -> list[Span]:
    """The clusters named in a clause, with the items of a list after a colon that follows
    a status or trigger (in the sentence, or one item a line after it, as an HTML list
    is parsed). Of several, a name a preposition governs is a circumstance, not who got the
    status ("... etter et samarbeid med Oslo Cancer Cluster", "... på Kongsberg")."""
    doc, clusters = state.doc, state.clusters
    named = [c for c in clusters if c.start in clause]
    if len(named) > 1:
        named = [c for c in named if not _circumstance(vocabulary, state, c)] or named
    named = _quoted(vocabulary, state, clause, named)
    if clause.kind == "relative" and not named:
        named = [c for c in clusters if 0 <= clause.start - _past_place(vocabulary.words, doc, c.end) <= 2]
    credits = vocabulary.words["credit_cues"]  # "(Foto: Kari Nordmann)" lists no cluster
    colon = next((t.i for t in clause.tokens(doc) if t.text == ":" and doc[t.i - 1].lower_ not in credits), None)
    if colon is None or not any(a < colon for a in anchors):
        return named
    listed = listed_items(vocabulary, state, colon, clause)
    if not listed and all(t.is_punct or t.is_space for t in doc[colon + 1:clause.end]):
        listed = line_items(vocabulary, state, following)
    return [c for c in named if c.start < colon] + listed if listed else named


def _quoted(vocabulary: EventVocabulary, state: DocState, clause: Clause, named: list[Span]) -> list[Span]:
    """Of a quote's clause with its speech tag (", sier Kari Lie, utviklingssjef i X"), the clusters the quote names, or
    none where it names new names ("Vi ble med i Arenaprosjektet Y, sier ..."); else the tag's (the speaker's cluster:
    "– Vi fikk Arena-status, sier Kari Lie i X")."""
    tag = speech_tag(vocabulary.words, state.doc, clause)
    if tag is None or not named:
        return named
    quoted = [c for c in named if c.start < tag]
    if quoted:
        return quoted
    quote = Clause(clause.start, tag, clause.kind, [h for h in clause.holes if h[0] < tag])
    return [] if [n for n in clause_names(vocabulary, state, quote, None) if n not in named] else named


def _past_place(words: dict, doc: Doc, end: int) -> int:
    """Where a name ending at ``end`` ends with its place: "X Cluster i Harstad, som ..." (a preposition
    of `list_place_prepositions` and a capitalised word)."""
    if end + 1 < len(doc) and doc[end].lower_ in words["list_place_prepositions"] and doc[end + 1].text[:1].isupper():
        return end + 2
    return end


def _circumstance(vocabulary: EventVocabulary, state: DocState, span: Span) -> bool:
    """Is the name governed by a preposition of circumstance (its head in the parse, else the
    word before it), which is not part of a trigger ("Valget falt på X") nor "sammen med"?"""
    doc, words = state.doc, vocabulary.words
    root = span.root
    if doc.has_annotation("DEP") and root.head.i != root.i and root.head.pos_ == "ADP" and root.head.i < span.start:
        preposition = root.head
    elif span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        preposition = doc[span.start - 1]
    else:
        return False
    in_trigger = any(t.start <= preposition.i < t.end for t in state.triggers)
    together = preposition.i > 0 and doc[preposition.i - 1].lower_ in words["together_words"]
    applicant = names_applicant(words, list(doc[span.sent.start:preposition.i]), preposition)  # "Søknaden fra X"
    return preposition.lower_ in words["not_recipient_prepositions"] and not (in_trigger or together or applicant)


def listed_items(vocabulary: EventVocabulary, state: DocState, colon: int, clause: Clause) -> list[Span]:
    """"A i Bergen, B, C i Nordland, D og E": one cluster per item (new spans where needed)."""
    doc, clusters = state.doc, state.clusters
    items, start = [], colon + 1
    for token in doc[colon + 1:clause.end]:
        following = doc[token.i + 1:token.i + 2].text
        joins = token.lower_ in vocabulary.words["list_conjunctions"] and not doc[token.i - 1].text.endswith("-") \
            and following[:1].isupper() and not any(c.start < token.i < c.end - 1 for c in clusters)
        if token.text in vocabulary.words["list_separators"] or joins:
            items.append((start, token.i))
            start = token.i + 1
    items.append((start, clause.end))
    items = [(part[0].i, part[-1].i + 1) for a, b in items
             for part in glued_parts(vocabulary, [t for t in doc[a:b] if not t.is_punct]) if part]
    # a one-word place is an item, unless the item before ends in a place ("A i Lofoten og Vesterålen")
    placed = [any(t.lower_ in vocabulary.words["list_place_prepositions"] for t in doc[a:b]) for a, b in items]
    found = [item_name(vocabulary, doc, a, b, clusters, places=not (k and placed[k - 1])) if not opens_no_name(
        vocabulary, doc[a]) else next(iter(clause_names(vocabulary, state, Clause(a, b), None)), None)
             for k, (a, b) in enumerate(items)]  # "I oktober fikk X ...": a sentence's names, no item
    found = [span for span in found if span is not None and span.text not in vocabulary.status_words]
    return [] if all(_place(span) for span in found) else found  # "Norvik, Tindra og Lavik", not "Bergen og Oslo"


def line_items(vocabulary: EventVocabulary, state: DocState, following: list[Span]) -> list[Span]:
    """Short lines after a line ending in a colon, one cluster each, up to the first sentence (or,
    after lines that each give a place after a comma, the first line without one)."""
    found, placed = [], True
    for index, line in enumerate(following):
        words = [t for t in line if not (t.is_punct or t.is_space)]
        if words and not found and is_caption(vocabulary.words, following, index):
            continue  # a photo caption between the announcing line and the list
        if not words or len(words) > vocabulary.words["list_line_max_words"] or line.text.rstrip().endswith((".", ":")):
            break
        if len(found) > 1 and placed and "," not in line.text:
            break  # "A, Troms⏎B, Agder⏎Viktig satsing": a heading after lines that each give a place
        placed = placed and "," in line.text
        span = item_name(vocabulary, state.doc, line.start, line.end, state.clusters)
        if span is not None:
            found.append(span)
    return found


def counted_lines(vocabulary: EventVocabulary, state: DocState, clause: Clause, following: list[Span]) -> list[Span]:
    """"Tre nye klynger får Arena-status." ending its paragraph, and right under it (or under a short
    line ending in a colon, "Klyngene er:") as many short lines, one name each, and no more: those names."""
    count = clause_count(vocabulary, state, clause)
    lines = [line for line in following if not line.text.isspace()]
    if lines and _announces_lines(vocabulary.words, lines[0]):
        lines = lines[1:]  # "Klyngene er:" between the counting sentence and the names
    if count is None or len(lines) < count or "\n" not in state.doc[clause.end - 1:lines[0].start].text:
        return []
    found = line_items(vocabulary, state, lines[:count + 1])
    if len(found) != count:
        return []
    state.added.extend(c for c in found if c not in state.clusters)
    return found


def announced_lines(vocabulary: EventVocabulary, state: DocState, clause: Clause, following: list[Span]) -> list[Span]:
    """"Nye klynger fikk Arena-status i år." (clusters named by a plural noun) and, next, a short line
    ending in a colon that names them so too ("Klyngene er:") over lines of one name each: those names."""
    words = vocabulary.words
    lines = [line for line in following if not line.text.isspace()]
    if not lines or not any(t.lower_ in words["plural_cluster_nouns"] for t in clause.tokens(state.doc)) \
            or not _announces_lines(words, lines[0]) \
            or not any(t.lower_ in words["plural_cluster_nouns"] for t in lines[0]) and not refers_back(words, lines[0]):
        return []
    found = line_items(vocabulary, state, lines[1:])
    if len(found) < 2:
        return []
    state.added.extend(c for c in found if c not in state.clusters)
    return found


def _announces_lines(words: dict, line: Span) -> bool:
    """Is the line a short one ending in a colon ("Klyngene er:", "Dette er de nye klyngene:")?"""
    counted = [t for t in line if not (t.is_space or t.is_punct)]
    return line.text.rstrip().endswith(":") and 0 < len(counted) <= words["list_announcement_max_words"]


def _place(span: Span) -> bool:
    return len(span) == 1 and span[0].ent_type_ in PLACE_LABELS


def item_name(vocabulary: EventVocabulary, doc: Doc, start: int, end: int, clusters: list[Span],
              places: bool = False) -> Span | None:
    """The cluster an item of a list names: a known one, else its capitalised words up to a
    modifier; a one-word place only where ``places`` (its list names clusters too)."""
    words = [t for t in doc[start:end] if not t.is_punct]
    if not words:
        return None
    first = words[0].i
    stop = next((t.i for t in doc[first + 1:end] if t.lower_ in vocabulary.words["list_item_modifiers"]
                 or t.text == "," or "Fin" in t.morph.get("VerbForm") or is_form_label(t.text)), end)  # "Lavik
    # Cluster, Bergen": a line's name up to a comma; "NCE Brattli får GCE-status" after a colon is a sentence, its name
    # up to its verb; "Ola Dahl Emneord: ..." up to a form's label
    first, stop = core_bounds(vocabulary, doc, first, stop)  # "Forskningsrådet X status": X
    known = [c for c in clusters if first <= c.start < stop]
    if known and known[0].end >= stop:
        return known[0]
    span = doc[first:stop]
    if not span.text[:1].isupper() or len(span) > 7 or form_field_value(span):
        return None  # "Prosjektleder: Ola Dahl": a form's field
    if not places and _place(span):
        return None
    new = Span(doc, first, stop, label="CLUSTER")
    new._.canonical = vocabulary.strip_prefix(span.text)
    return new


def listed_paragraphs(words: dict, following: list[Span], clusters: list[Span]) -> list[Span]:
    """"Innovasjon Norge har valgt ut tre nye Arena-klynger." and, a few sentences on, a heading
    ("De nye klyngene") over paragraphs that each open with a cluster's name (an HTML or
    bulleted list): those clusters, at least two of them."""
    found, heading = [], False
    lines = [line for line in following if not line.text.isspace()]
    for line in lines[:words["list_heading_within"] + words["list_max_items"]]:
        line_words = [t for t in line if not (t.is_space or t.is_punct)]
        opening = [c for c in clusters if line_words and c.start == line_words[0].i]
        if heading and opening:
            found.append(opening[0])
            continue
        if found or heading:
            break
        heading = bool(line_words) and len(line_words) <= 6 and not line.text.rstrip().endswith((".", "!", "?"))
    return found if len(found) >= 2 else []


def referred(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """The cluster "klynga", "vi", "den" or "havromsklyngen" refers to: a cluster of that name or
    stem in the article, else the last one named before, else the article's cluster; a
    compound ("havromsklyngen", "the fintech cluster") that names no cluster of the article is a cluster itself."""
    doc, words = state.doc, vocabulary.words
    references = words["cluster_anaphora"] + words["cluster_pronouns"]
    anaphor = next((t for t in [*_antecedent(words, doc, clause), *clause.tokens(doc)] if t.lower_ in words["cluster_anaphora"]
                    or t.lower_ in words["cluster_pronouns"] and t.pos_ == "PRON"
                    or t.is_lower and t.lower_.endswith(tuple(words["cluster_compound_endings"]))), None)
    if anaphor is None:
        return []
    if anaphor.lower_ not in references:
        return [_compound_cluster(vocabulary, state, anaphor)]
    before = [c for c in state.clusters if c.end <= anaphor.i]
    if before and anaphor.lower_ in words["plural_pronouns"]:  # "A og B søkte i vår. De fikk NCE-status": both
        last = before[-1].sent
        return list({c._.canonical: c for c in before if c.sent == last}.values())
    if before and state.main is not None and _far_back(words, state, before[-1], anaphor):
        return [state.main]  # "... den nye Y, sier han. [three sentences] I 2016 ble nettverket tildelt ...": the article's
    return [state.last_named(before)] if before else [state.main] if state.main is not None \
        else _open_compound(words, state, anaphor)


def _far_back(words: dict, state: DocState, last: Span, anaphor: Token) -> bool:
    """Is the last cluster named before the reference more than ``anaphor_sentence_reach`` sentences back?"""
    between = [s for s in state.sentences if last.end <= s.start and s.end <= anaphor.i and not s.text.isspace()]
    return len(between) > words["anaphor_sentence_reach"]


def _antecedent(words: dict, doc: Doc, clause: Clause) -> list[Token]:
    """The word a relative clause is about, right before it: "klyngeprosjektet" of "X leder klyngeprosjektet, som fikk ..."."""
    if clause.kind != "relative":
        return []
    before = [t for t in doc[max(clause.start - 2, 0):clause.start] if not (t.is_punct or t.is_space)]
    return before[-1:] if before and before[-1].lower_ in words["cluster_anaphora"] else []


def _open_compound(words: dict, state: DocState, head: Token) -> list[Span]:
    """In an article that names no cluster, an English compound written in two words is a cluster of its
    own, as "fintechklyngen" is: "the fintech cluster was given Arena status" (not "the new cluster")."""
    modifier = state.doc[head.i - 1] if head.i > 0 else None
    if head.lower_ not in words["open_compound_heads"] or modifier is None or not (modifier.is_alpha and modifier.is_lower) \
            or modifier.lower_ in words["open_compound_not_modifiers"] or state.clusters:
        return []
    new = Span(state.doc, modifier.i, head.i + 1, label="CLUSTER")
    new._.canonical = new.text
    state.added.append(new)
    return [new]


def _compound_cluster(vocabulary: EventVocabulary, state: DocState, compound: Token) -> Span:
    """The cluster a compound ("havromsklyngen") names: one of its name or stem, else a new one."""
    stem = compound.lower_.rsplit(vocabulary.words["cluster_stem"], 1)[0].rstrip("s-")
    same = [c for c in state.clusters if c.text.lower() == compound.lower_
            or vocabulary.strip_prefix(c._.canonical).lower().split(" ")[0] in (stem, stem + "s")]
    if same:
        return same[0]
    new = Span(state.doc, compound.i, compound.i + 1, label="CLUSTER")
    new._.canonical = compound.text
    state.added.append(new)
    return new


def main_cluster(doc: Doc, clusters: list[Span]) -> Span | None:
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


def new_clusters_status(vocabulary: EventVocabulary, doc: Doc, status: Mention) -> bool:
    """A status after "nye" that names clusters: "nye Arena-klynger", "nye ekspertsentre", also with
    adjectives between ("en ny interessant Arena-klynge")."""
    words, text = vocabulary.words, doc[status.start:status.end].text.lower()
    start = status.start - 1
    while start > 0 and status.start - start <= words["new_status_adjectives"] and doc[start].pos_ == "ADJ" \
            and doc[start].lower_ not in words["new_words"]:
        start -= 1
    return doc[start].lower_ in words["new_words"] \
        and (words["cluster_stem"] in text or text.split(" ")[-1] in words["counted_cluster_nouns"])


def apposed_names(vocabulary: EventVocabulary, state: DocState, clause: Clause, status: Mention) -> list[Span]:
    """The name right after the status or its mark, or the list after the mark ("; A, B og C")."""
    doc, words = state.doc, vocabulary.words
    marked = doc[status.end].text in words["apposition_marks"]
    start = status.end + marked
    opening = (start, start + 1)  # "; The Life Science Cluster": a leading word the name leaves out
    name = next((c for c in state.clusters if c.start in opening and c.start >= status.end), None) or next(
        (n for n in clause_names(vocabulary, state, Clause(start, clause.end), None) if n.start in opening), None)
    if name is None:
        return []
    listed = listed_items(vocabulary, state, status.end, clause) if marked else []
    following = [listed[0]] if listed else []
    joiners = {*words["list_separators"], *words["list_conjunctions"], *words["list_place_prepositions"]}
    for item in listed[1:]:  # "; A i Molde, B og C", not "; A, basert på to miljøer ... og B"
        if any(t.lower_ not in joiners and not t.text[:1].isupper() for t in doc[following[-1].end:item.start]):
            break
        following.append(item)
    return following if len(following) > 1 else [name]
