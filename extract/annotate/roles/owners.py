"""Whose title a role's words say it is where no role pattern read an organisation: the parse
and the words right around the title and name. "pressesjef Kari Holm i Nordvik Data" (a proper
noun after the name the model did not tag an organisation), "seniorrådgiver Kari Holm i
departementet" (the one ministry the article names), "Storhamar ... sin kaptein Ola Berg" (a
reflexive possessive: the subject of its clause). A title another word owns belongs to no
organisation the article merely names most: "hans rådgiver" to none, "politiets talsperson" to the
body ("politiet"), "Kari Holm (Ap)" to the party, "Kari Holm (20), leder, Vestfold Unge Venstre."
to the organisation that closes the line."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..lexicon import load
from ..organizations import organization_body

_SUBJECT = frozenset({"SUBJ", "nsubj"})  # NDT's label (the shipped parser) and UD's
_NOT_EMPLOYERS = frozenset({"LOC", "GPE_LOC", "GPE", "GPE_ORG", "PER", "EVT", "MISC"})  # "i Oslo", "i VM"
_AND = load("function_words")["and"]
_FIELD_WORDS = frozenset({"NOUN", "NUM", "ADJ", "PRON"})
_DEFINITE_ENDINGS = tuple(e for e in load("roles")["definite_endings"] if len(e) > 1)  # the tagger may miss one
_MODIFIERS = 3  # lower-case words at most between a name's preposition and its organisation  # not X: a word the tagger does not know ("the")


@dataclass(frozen=True)
class Owner:
    """What the words around a title say of its organisation: ``named`` (the organisation they
    name, or None) and ``owned`` (whether they say the title is someone's at all)."""

    named: str | None = None
    owned: bool = False


class TitleOwners:
    """The owner the words around a role's title and name give (``Owner``)."""

    def __init__(self) -> None:
        roles, names = load("roles"), load("names")
        self.after_name = frozenset(roles["org_prepositions_after_name"])
        self.reflexives = frozenset(roles["reflexive_possessives"])
        self.possessives = frozenset(names["possessives"])
        self.new_words = frozenset(roles["new_words"])
        self.definite_endings = tuple(roles["definite_endings"])
        self.title_prepositions = frozenset(roles["org_prepositions"])
        self.cluster_words = frozenset([*load("clusters")["cue_words"], *roles["cluster_referents"]])
        self.places = frozenset([*names["places"], *names["countries"]])
        self.type_nouns = frozenset(names["type_nouns"]["ORG"])
        self.referring_nouns = self.type_nouns | frozenset(names["type_nouns"]["GPE_LOC"])
        self.organization_nouns = tuple(roles["organization_nouns"])
        self.body_noun = organization_body()

    def of(self, span: Span, organizations: frozenset[str]) -> Owner:
        """The owner of the title in the role span ``span``; ``organizations``: those the article names."""
        titles = [t for t in span if t._.role_part == "TITLE"]
        if not titles or not span.doc.has_annotation("DEP"):
            return Owner()
        before = self._before(titles[0], organizations)
        if before is not None:
            return before
        return self._after(_after_title_and_name(span), organizations)

    def _before(self, title: Token, organizations: frozenset[str]) -> Owner | None:
        """A possessive or a lower-case genitive before the title, adjectives between; a body's
        genitive ("politiets talsperson") names the body (``_body``)."""
        doc, i = title.doc, title.i - 1
        while i > 0 and (doc[i]._.role_part == "FORMER" or doc[i].is_lower and doc[i]._.role_part == ""
                         and (doc[i].lower_ in self.new_words or doc[i].lower_.endswith("e"))):
            i -= 1
        word = doc[i] if i >= 0 else None
        if word is None or word._.role_part not in {"", "FORMER"}:
            return None
        if word.lower_ in self.reflexives:
            return self._reflexive(title)
        if word.lower_ in self.possessives or word.is_lower and self._genitive(word):
            return Owner(self._body(word, organizations), True)  # "hans rådgiver", "politiets talsperson"
        return None

    def _body(self, genitive: Token, organizations: frozenset[str]) -> str | None:
        """The body a lower-case genitive names ("politiets", "herrelandslagets"; a noun of
        ``organization_nouns`` in the definite): the one organisation the article names with a last
        word that opens with the noun's stem ("Troms politidistrikt"), else the noun as written
        without its -s ("politiet"); None for a noun that names no body ("familiens")."""
        noun = genitive.lower_[:-1]
        found = self.body_noun.match(noun)
        if found is None or not found.group("definite") or noun in self.referring_nouns:  # "selskapets": one named before
            return None
        stem = noun[:len(noun) - len(found.group("definite"))]
        ending = [org for org in organizations if org.split()[-1].lower().startswith(stem)]
        return ending[0] if len(ending) == 1 else noun

    def _field(self, word: Token) -> bool:
        """Is ``word`` (after a title's preposition) the start of a field of the title, no name of
        an organisation nor a word for the cluster ("chairman of the Cluster")?"""
        while word.pos_ == "DET" and word.i + 1 < len(word.doc):
            word = word.nbor(1)
        return word.is_lower and word.pos_ in _FIELD_WORDS and word.lower_ not in self.cluster_words

    def _genitive(self, word: Token) -> bool:
        """A noun in the genitive, by the tagger or by its definite ending before the -s
        ("tankesmias", the tagger may take it for an adjective)."""
        return word.pos_ == "NOUN" and "Gen" in word.morph.get("Case") or len(word) > 5 \
            and word.lower_.endswith("s") and word.lower_[:-1].endswith(self.definite_endings)

    def _reflexive(self, title: Token) -> Owner:
        """"sin kaptein": the subject of the clause, an organisation if no person is it."""
        head = title
        for _ in range(8):
            subject = next((c for c in head.children if c.dep_ in _SUBJECT and c.i != title.i), None)
            if subject is not None:
                if subject.pos_ == "PROPN" and subject._.role_part != "NAME" and subject.ent_type_ != "PER":
                    return Owner(_proper_run(subject).text, True)
                return Owner(owned=True)
            if head.head.i == head.i:
                break
            head = head.head
        return Owner(owned=True)

    def _after(self, word: Token | None, organizations: frozenset[str]) -> Owner:
        """After the name or title: a party in brackets ("(Ap)": the party's), or a preposition
        with a proper noun that is no place or person ("i Nordvik Data"), or with a definite noun
        for an organisation, the last word of the one the article names so ("i departementet")."""
        if word is None or word.i + 1 >= len(word.doc):
            return Owner()
        following = word.doc[word.i + 1]
        if word.text == "(" and following._.role_part == "PARTY":
            return Owner(following.text, True)  # "statsminister Kari Holm (H)": the party's
        if word.lower_ in self.title_prepositions and word.nbor(-1)._.role_part == "TITLE":
            return Owner(owned=self._field(following))  # "lederen for 16 andre": the title has its own field
        if word.text == "," and word.nbor(-1)._.role_part == "TITLE":
            signed = self._signed(following)  # "Kari Holm (20), leder, Vestfold Unge Venstre."
            return Owner(signed, True) if signed is not None else Owner()
        if word.lower_ not in self.after_name:
            return Owner()
        governed = self._governed_body(following)
        if governed is not None:
            return Owner(governed, True)
        following = _past_modifiers(following)
        introduced = _introduced(following) or _lettered(following)  # names the model took for a person's
        if following.pos_ == "PROPN" and following.text[:1].isupper() \
                and (following._.role_part != "NAME" or introduced):
            name = _proper_run(following)
            if following.ent_type_ in _NOT_EMPLOYERS and not introduced or name.text in self.places:
                return Owner()
            return Owner(name.text, True)
        if following.is_lower and "Definite=Def" in str(following.morph) and self._organization_noun(following):
            ending = [org for org in organizations if org.split()[-1].lower().endswith(following.lower_)]
            return Owner(ending[0] if len(ending) == 1 else None, True)
        return Owner()

    def _signed(self, word: Token) -> str | None:
        """The capitalised words from ``word`` to the end of its line or sentence, as an
        op-ed's signature closes: "leder, Vestfold Unge Venstre."; None for a place."""
        doc, end = word.doc, word.i
        while end < len(doc) and end - word.i <= _MODIFIERS + 2 and doc[end].text[:1].isupper() \
                and doc[end].is_alpha and not (end > word.i and doc[end].is_sent_start):
            end += 1
        closed = end == len(doc) or doc[end].text in {".", "\n"} or doc[end].is_space or doc[end].is_sent_start
        name = doc[word.i:end].text
        return name if end > word.i and closed and name not in self.places else None

    def _governed_body(self, word: Token) -> str | None:
        """A name in the genitive and a body noun after a name's preposition: "i Bondeviks regjering"."""
        doc = word.doc
        if not (word.text[:1].isupper() and word.text.endswith("s") and len(word) > 2 and word.i + 1 < len(doc)):
            return None
        body = doc[word.i + 1]
        return f"{word.text} {body.text}" if body.is_lower and self.body_noun.match(body.lower_) else None

    def _organization_noun(self, word: Token) -> bool:
        """A noun for an organisation ("departementet", "klubben"), not a phrase's ("i spissen")."""
        return word.lower_ in self.type_nouns or any(n in word.lower_ for n in self.organization_nouns)


def _past_modifiers(word: Token) -> Token:
    """The proper noun after up to three lower-case adjectives or nouns from ``word`` ("ytre
    høyre-partiet Vox", "konservative Partido Popular"); ``word`` where none follows them."""
    doc, i = word.doc, word.i
    while i < len(doc) and i - word.i < _MODIFIERS and doc[i].is_lower and doc[i].pos_ in {"DET", "ADJ", "NOUN"} \
            and doc[i]._.role_part == "":
        i += 1
    return doc[i] if i > word.i and i < len(doc) and doc[i].pos_ == "PROPN" else word


def _introduced(word: Token) -> bool:
    """Does a definite noun introduce the name ``word`` ("høyre-partiet Vox", "selskapet Avantor")?"""
    before = word.nbor(-1)
    return before.is_lower and before.pos_ == "NOUN" and ("Def" in before.morph.get("Definite")
                                                         or before.lower_.endswith(_DEFINITE_ENDINGS))


def _lettered(word: Token) -> bool:
    """Do the initials of the capitalised words from ``word`` follow in brackets ("Partido Nuevo (PN)")?"""
    doc, end = word.doc, word.i
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    initials = "".join(t.text[0] for t in doc[word.i:end])
    return end + 2 < len(doc) and end - word.i > 1 and doc[end].text == "(" and doc[end + 1].text == initials \
        and doc[end + 2].text == ")"


def _after_title_and_name(span: Span) -> Token | None:
    """The word right after the last title or name word of ``span``."""
    last = max(t.i for t in span if t._.role_part in {"TITLE", "NAME"})
    return span.doc[last + 1] if last + 1 < len(span.doc) else None


def _proper_run(token: Token) -> Span:
    """``token`` and the capitalised words right after it, "og" between two of them kept
    ("Nordvik Data", "Norsk Sau og Geit")."""
    doc, end = token.doc, token.i + 1
    while end < len(doc):
        word = doc[end + 1] if doc[end].lower_ == _AND and end + 1 < len(doc) else doc[end]
        if not (word.text[:1].isupper() and (word.pos_ == "PROPN" or word.dep_.lower() in {"flat", "koord", "conj"})):
            break
        end = word.i + 1
    return doc[token.i:end]
