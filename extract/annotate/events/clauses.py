"""Clauses: a sentence cut at its clause breaks, with its relative clauses, appositions and
opening condition as clauses of their own. A status and its trigger must share a clause."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

_DASHES = ("–", "—")


@dataclass
class Clause:
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


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, one cut by a line break joined again: a line that ends in no
    punctuation and a next line that opens in lowercase ("NCE A, NCE B og NCE C i dag
    tildelt\n\nstatus som Norwegian Centres of Expertise.")."""
    found: list[Span] = []
    for sentence in doc.sents:
        if found and _cut_mid_sentence(found[-1], sentence):
            found[-1] = doc[found[-1].start:sentence.end]
        else:
            found.append(sentence)
    return found


def _cut_mid_sentence(line: Span, following: Span) -> bool:
    text, words = line.text.rstrip(), [t for t in following if not t.is_space]
    return ("\n" in line.text[len(text):] and bool(text) and text[-1].isalnum() and bool(words)
            and words[0].is_lower and words[0].is_alpha)


def split_clauses(words: dict, sentence: Span) -> list[Clause]:
    """The sentence cut at clause breaks; relative clauses (", som ...,"), appositions
    (", en sammenslåing av ...,", "– tidligere kjent som ... –") and opening conditions
    ("Dersom ...,", "Får vi statusen, ...") are clauses of their own; a question opened by its
    verb ("Får X NCE-status?") is a condition as a whole."""
    doc = sentence.doc
    clauses, start = [], sentence.start
    first = next((t for t in sentence if not t.is_punct), sentence[0])
    comma = next((t.i for t in sentence if t.text == "," and t.i > first.i), None)
    inverted = first.pos_ in ("VERB", "AUX") and "Mood=Ind" in str(first.morph)
    asks = inverted or first.lower_ in words["question_openers"]
    if asks and sentence.text.rstrip().endswith(tuple(words["question_marks"])):
        return [Clause(sentence.start, sentence.end, "condition")]  # "Blir X tatt opp som NCE?": asked, no fact
    if comma is not None and (first.lower_ in words["subordinators"] or inverted or _fronted(words, doc, first.i, comma)):
        condition = inverted or first.lower_ in words["conditionals"]
        clauses.append(Clause(sentence.start, comma + 1, "condition" if condition else "main"))
        start = comma + 1
    cuts, inserts = [], _with_conditions(_inserts(words, doc, start, sentence.end),
                                         _conditions(words, doc, start, sentence.end))
    colon = next((t.i for t in doc[start:sentence.end] if t.text == ":"), sentence.end)
    for token in doc[start:sentence.end]:
        pair = f"{token.lower_} {doc[token.i + 1].lower_}" if token.i + 1 < sentence.end else ""
        inside = any(c.start <= token.i < c.end for c in inserts)
        listed = token.i > colon and token.text in words["list_separators"]  # "får NCE: A; B; C"
        if token.i > start and not inside and not listed \
                and (token.lower_ in words["clause_breaks"] or pair in words["clause_breaks"]
                     or _joins_clauses(words, doc, start, token, sentence.end)):
            cuts.append(token.i)
    bounds = [start, *cuts, sentence.end]
    for a, b in zip(bounds, bounds[1:]):
        holes = [(c.start, c.end) for c in inserts if a <= c.start < b]
        clauses.append(Clause(a, b, "main", holes))
    return [c for c in clauses + inserts if c.end > c.start]


def _fronted(words: dict, doc: Doc, start: int, comma: int) -> bool:
    """Does the sentence open with a subordinate clause of its own up to the comma, its main clause's finite verb
    right after it ("I tillegg til at A har fått X, har B fått Y": each name its own status)? Not a speech tag
    (", sier Kari")."""
    after = doc[comma + 1] if comma + 1 < len(doc) else None
    if after is None or not _finite(after) or after.lemma_.lower() in words["speech_lemmas"]:
        return False
    if any(_conditional(words, t, start) for t in doc[start:comma]):
        return False  # "Lederen sier at om klyngen får X, vil ...": a condition
    mark = next((t.i for t in doc[start:comma] if t.dep_ in words["subordinator_deps"]), None)
    return mark is not None and any(_finite(t) for t in doc[mark + 1:comma])


def _joins_clauses(words: dict, doc: Doc, start: int, token: Token, end: int) -> bool:
    """Does a conjunction after a finite verb join a clause with a named subject and a finite verb of its own to one
    with a named subject ("A har fått X, og B har fått Y": each name its own status), not a second name or object
    ("A og B har fått X", "X og Y"; "det vart klart at A og B vann fram": A the subject of the verb after B), nor a
    clause that names no one ("Søknaden ble avslått, og A må ...")?"""
    if token.lower_ not in words["verb_conjunctions"] or not any(_finite(t) for t in doc[start:token.i]) \
            or not _named_subject(words, doc[start:token.i], own_verb=True):
        return False
    verb = next((t for t in doc[token.i + 1:min(end, token.i + words["joined_subject_reach"])] if _finite(t)), None)
    return verb is not None and _named_subject(words, doc[token.i + 1:verb.i])


def _named_subject(words: dict, tokens: Span, own_verb: bool = False) -> bool:
    """Is a subject in the parse among the tokens a name (a proper noun, or the capitalised first part of a compound
    written out: "Frukt- og bærklyngja"), or a noun with one ("klyngen Fjordlys")? Not "Søknaden om Arena-midler".
    With ``own_verb``, a subject of a word among the tokens, not of a verb after them."""
    def named(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.text[:1].isupper() and t.text.endswith("-")

    return any(t.dep_ in words["subject_deps"] and (named(t) or any(named(c) for c in t.children))
               and (not own_verb or t.head.i < tokens.end) for t in tokens)


def _finite(token: Token) -> bool:
    return "Fin" in token.morph.get("VerbForm")


def _inserts(words: dict, doc: Doc, start: int, end: int) -> list[Clause]:
    """Relative clauses and appositions between commas or dashes."""
    found: list[Clause] = []
    for token in doc[start:end]:
        if found and token.i < found[-1].end:
            continue
        after = doc[token.i + 1].lower_ if token.i + 1 < end else ""
        if token.text == "," and after in words["relative_pronouns"] + words["apposition_openers"]:
            close = next((t.i for t in doc[token.i + 2:end] if t.text in (",", "–")), end)
            kind = "relative" if after in words["relative_pronouns"] else "apposition"
            if kind == "apposition" and close == end and _predicate_in(words, doc, token.i + 2, end):
                continue  # ", en klynge på X og Y var de utvalgte.": the last item of a list and its predicate
            found.append(Clause(token.i + 1, close, kind))
        elif token.text in _DASHES and token.i > start:
            close = next((t.i for t in doc[token.i + 1:end] if t.text in _DASHES), None)
            if close is not None:
                found.append(Clause(token.i, close + 1, "apposition"))
    return found


def _predicate_in(words: dict, doc: Doc, start: int, end: int) -> bool:
    """Is there a finite verb from ``start`` to ``end`` that no relative pronoun opens a clause for?"""
    for token in doc[start:end]:
        if token.lower_ in words["relative_pronouns"]:
            return False
        if _finite(token):
            return True
    return False


def speech_tag(words: dict, doc: Doc, clause: Clause) -> int | None:
    """Where the clause's speech tag starts: a comma and a finite verb of saying (", sier Kari Lie i X", ", seier ...",
    ", says ..."), which names who said it, not what happened."""
    return next((t.i for t in clause.tokens(doc)[:-2] if t.text == "," and t.i + 1 in clause
                 and doc[t.i + 1].lemma_.lower() in words["speech_lemmas"]
                 and "Fin" in doc[t.i + 1].morph.get("VerbForm")), None)


def _conditions(words: dict, doc: Doc, start: int, end: int) -> list[Clause]:
    """Conditions inside a sentence, from a conditional subordinator to the next comma: "Han sier at
    om klynga får NCE-status, vil ...", "Det avgjøres i april om X blir tatt opp" (whether is no fact either)."""
    found = []
    for token in doc[start:end]:
        if _conditional(words, token, start):
            close = next((t.i for t in doc[token.i + 1:end] if t.text == ","), end)
            found.append(Clause(token.i, close, "condition"))
    return found


def _conditional(words: dict, token: Token, start: int) -> bool:
    """A subordinator that opens a condition: "dersom", "hvis", "if"; "om" where the parse makes it
    one, after a verb of deciding or asking ("Det avgjøres i april om X ..."), or opening the sentence
    with a finite verb right after the comma that ends it ("Om X får NCE-status, vil ..."); not
    "søknaden om å bli", "snakket om at", nor "selv om" (although: a fact)."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in words["concessive_before"]:
        return False
    if token.lower_ in words["conditionals"]:
        return True
    if token.lower_ not in words["parsed_conditionals"]:
        return False
    asked = any(t.lemma_.lower() in words["whether_heads"] for t in doc[max(start, token.i - 4):token.i])
    comma = next((t.i for t in doc[token.i + 1:] if t.text == "," or t.is_sent_end), None)
    inverted = token.i == start and comma is not None and comma + 1 < len(doc) \
        and doc[comma].text == "," and "Fin" in doc[comma + 1].morph.get("VerbForm")
    return token.dep_ in words["subordinator_deps"] or asked or inverted


def _with_conditions(inserts: list[Clause], conditions: list[Clause]) -> list[Clause]:
    """The inserts with the conditions that overlap none of them, in order."""
    kept = [c for c in conditions if not any(c.start < i.end and i.start < c.end for i in inserts)]
    return sorted([*inserts, *kept], key=lambda c: c.start)


def joins_verbs(words: dict, token: Token) -> bool:
    """A conjunction before a finite verb joins two predicates: "X fikk ikke GCE-status, og er fortsatt
    NCE" (the trigger of the first governs no status of the second)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in words["verb_conjunctions"] and following is not None \
        and "Fin" in following.morph.get("VerbForm")
