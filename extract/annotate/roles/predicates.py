"""Who a noun is said of by "er/var/ble" in the parse: the subject of the copula ("Ustinov var
skuespiller"), the name a relative clause hangs on ("Christian Wiig, som er mannens forsvarer"),
or the speaker a pronoun subject stands for ("Ropstad sier han er barne- og familieminister");
a plural noun after a count and "av" is said too ("A og B er to av Norges beste skøyteløpere")."""

from __future__ import annotations

from spacy.tokens import Token

from ...backbone.morph import morph_values
from ...backbone.names import name_genders
from ..lexicon import load

_PREDICATE = frozenset({"SPRED"})
_SUBJECT = frozenset({"SUBJ", "nsubj"})
_RELATIVE = frozenset({"ATR", "acl:relcl"})  # a relative clause on the word it hangs on
_CONJUNCT = frozenset({"KOORD", "conj"})  # NDT's label and UD's
_VERBS = frozenset({"AUX", "VERB"})
_INFINITIVE = frozenset({"INFV", "xcomp"})
_FLAT = frozenset({"FLAT", "flat", "flat:name"})  # the other words of a name on its first
_COUNTS = frozenset({"NUM", "DET", "PRON"})  # "to av", "en/ein av", "noen av" before the plural noun


class Predicates:
    """The word a predicate noun is said of."""

    def __init__(self) -> None:
        roles = load("roles")
        self.copulas = frozenset(roles["copula_lemmas"])
        self.negations = frozenset(roles["negations"])
        self.pronouns = frozenset(roles["person_pronouns"])
        self.speech_lemmas = frozenset(roles["speech_lemmas"])
        self.partitives = frozenset(roles["partitive_prepositions"])
        self.counts = frozenset(roles["group_counts"])
        self.subject_articles = frozenset(roles["subject_articles"])
        self.former = frozenset(roles["former"])
        self.subject_reach = 3  # adjectives before the noun: "Den rutinerte midtstopperen"
        self.group_reach = 5  # words between "av" and the plural noun: "en av Englands mest kjente fondsforvaltere"

    def of_pronoun(self, noun: Token) -> bool:
        """Is ``noun`` said of "han/hun" by a copula ("Hun er først og fremst DNBs frisør")?"""
        verb = self._copula(noun)
        subject = subject_of(verb) if verb is not None else None
        return subject is not None and subject.lower_ in self.pronouns

    def subject(self, noun: Token) -> Token | None:
        """The word ``noun`` is said of by a copula that no negation denies ("er ikke ..."), if any;
        a noun joined to the first by "og" is said of it too ("er venner og skippere")."""
        verb = self._copula(noun)
        if verb is None or any(child.lower_ in self.negations for child in verb.children):
            return None
        subject = subject_of(verb)
        if subject is not None and subject.lower_ in self.pronouns:
            speech = verb.head
            return subject_of(speech) if speech.i != verb.i and speech.lemma_ in self.speech_lemmas else None
        if subject is None and verb.dep_ in _RELATIVE:
            return verb.head
        if subject is not None and self._count_before(_first_conjunct(noun)).i != _first_conjunct(noun).i \
                and not _person_named(subject):
            return None  # one of a group is said of a person, not "Hunton var en av initiativtakerne"
        return subject

    def one_of_group_named(self, noun: Token, parts: list[str]) -> bool:
        """Is ``noun`` the plural of a group that "en/ein av" opens, with the name of the one it
        singles out right after a comma: "en av Englands mest kjente fondsforvaltere, Kari Hansen"?
        Read from the words' order, not the parse (which hangs the name anywhere); only lower-case
        words or a genitive between."""
        doc, i = noun.doc, noun.i - 1
        if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != "," or parts[noun.i + 2] != "NAME":
            return False
        while i > 0 and noun.i - i <= self.group_reach and doc[i].lower_ not in self.partitives:
            if not (doc[i].is_lower and doc[i].is_alpha or doc[i].text[:1].isupper() and doc[i].text.endswith("s")):
                return False
            i -= 1
        return i > 0 and doc[i].lower_ in self.partitives and doc[i - 1].lower_ in self.counts

    def opening_subject(self, noun: Token, base: tuple[str, bool] | None) -> int | None:
        """Where the noun phrase starts when ``noun``, the definite singular of ``base`` (base form,
        plural), opens its sentence as the subject of the verb right after it, after "den/det" and
        one to ``subject_reach`` adjectives: "Den norske rallyføreren konkurrerer ...". Such a
        subject refers to the person named before (``person_names.referent``)."""
        doc, start = noun.doc, noun.i
        if base is None or base[1] or noun.lower_ == base[0] or noun.lower_.endswith("s") or noun.dep_ not in _SUBJECT \
                or noun.i + 1 >= len(doc) or doc[noun.i + 1].pos_ not in _VERBS:
            return None
        while start > noun.sent.start and noun.i - start < self.subject_reach and doc[start - 1].pos_ == "ADJ" \
                and doc[start - 1].is_lower:
            start -= 1
        if start == noun.i or start == noun.sent.start or doc[start - 1].lower_ not in self.subject_articles:
            return None  # "Kongeparet er ...": a bare definite may name anyone
        start -= 1
        if any(t.lower_ in self.former for t in doc[start:noun.i]):
            return None  # "Den tidligere stavsprangutøveren": no role held now
        return start if all(t.is_punct or t.is_space for t in doc[noun.sent.start:start]) else None

    def _copula(self, noun: Token) -> Token | None:
        """The copula ``noun`` is the predicate of, itself or joined to the first predicate (or,
        in the parse, to the copula: "er venner fra Bergen og skippere")."""
        first = self._count_before(_first_conjunct(noun))
        verb = first.head
        said = first.dep_ in _PREDICATE or first.dep_ in _CONJUNCT and "Plur" in morph_values(first, "Number") \
            or first.dep_ in _INFINITIVE and first.pos_ not in _VERBS  # "ble murer": parsed as "ble valgt"
        return verb if said and verb.lemma_ in self.copulas else None

    def _count_before(self, noun: Token) -> Token:
        """The count a noun after "av" is a part of ("to" of "to av Norges beste skøyteløpere", "en" of
        "en av landets fremste fiolinister"), which the copula takes; else the noun itself. The noun
        is a plural whatever the tagger says of it ("ein av dei mest røynde beredskapssjefane")."""
        preposition = noun.head
        count = preposition.head
        if preposition.lower_ not in self.partitives or not count.i < preposition.i < noun.i \
                or count.pos_ not in _COUNTS or any(_person_owner(child) for child in noun.children if child.i < noun.i):
            return noun
        return count


def _person_named(word: Token) -> bool:
    """Does a person's name open at ``word``: the model's name of two words or more, or one opened
    by a first name the data knows ("Kari Hansen", "Kari"; not a lone "Hunton" nor "Asplan Viak")?"""
    if word.ent_type_ != "PER":
        return name_genders().get(word.text) is not None and any(child.dep_ in _FLAT for child in word.children)
    doc, start, end = word.doc, word.i, word.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1 or name_genders().get(doc[start].text) is not None


def _person_owner(word: Token) -> bool:
    """A person's genitive or a possessive ("Trumps mest iherdige kritikere", "hans medspillere"):
    the noun says how one stands to that person, not what one does."""
    return bool(morph_values(word, "Poss")) or word.ent_type_ == "PER" and "Gen" in morph_values(word, "Case")


def _first_conjunct(word: Token) -> Token:
    """The first of the plural nouns joined by "og/eller" that ``word`` is one of ("A og B er
    venner og skippere"); not a count of people ("hvor 15000 soldater og offiserer deltar"),
    which says nothing of a named person. A singular stays itself ("var både gjest og ...")."""
    if "Plur" not in morph_values(word, "Number"):
        return word
    first = word
    while first.dep_ in _CONJUNCT and first.head.i < first.i and first.head.pos_ not in _VERBS:
        first = first.head
    return word if any(child.pos_ == "NUM" for child in first.children) else first


def subject_of(verb: Token) -> Token | None:
    """The subject the parse gives ``verb``, if any."""
    return next((child for child in verb.children if child.dep_ in _SUBJECT), None)
