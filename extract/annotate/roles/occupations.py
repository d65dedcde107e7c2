"""Occupations no title list knows, from where they stand: a noun shaped as one that names what
a person does (``TitleLexicon.occupation``: "serieskaper", "landslagsløper", "investor") is a
TITLE when it stands in a role position next to a person's name:

- right before the name, no article before it: "ekspert Ola Lunde", "Landslagsløper Hege
  Bøkko", "skipsreder og investor John Fredriksen", a plural over a list ("Sandvolleyballspillerne
  Anders Mol og Christian Sørum");
- in apposition after the name: "Kari Hansen, serieskaper og forfatter, ...";
- in parentheses after the name: "Kari Hansen (politioverbetjent)";
- said of the name by "er/var/ble", straight or in a relative clause: "Hansen er serieskaper",
  "Christian Wiig, som er mannens forsvarer";
- after a word of hiring ("ansatt som tømrer"), or with an organisation before a name ("tømrer i
  Veidekke, Kari Hansen", "Veidekkes tømrer Kari Hansen");
- in apposition with an owner in the genitive ("Kari Hansen, Aps toppkandidat"), as one of a group
  named after a comma ("en av Englands mest kjente fondsforvaltere, Kari Hansen"), or in the
  definite opening its sentence as the subject, which refers to the person named before ("Den
  rutinerte midtstopperen har spilt ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ...backbone.lemmas import lexicon as lemma_lexicon
from ...backbone.names import name_genders
from ..lexicon import load
from ..person_names import agent_noun, word_before_name
from ..titles import TitleLexicon, only_a_verb
from .predicates import Predicates
from .rows import past_parenthesis

_PREDICATE_TAGS = frozenset({"NOUN", "PROPN", "VERB"})  # "Strand er tømrer": no adjective ("er intelligent")
_UNKNOWN_WORD_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "X"})  # what the tagger makes of a word it never saw
_ATTACHED = frozenset({"APP", "appos", "ATR"})  # a word the parse hangs on the name before it
_PLACE_LABELS = frozenset({"GPE_LOC", "LOC"})  # a place, not a body acting ("GPE_ORG")
_DERIVED = "DRV"  # the model's label of a word derived from a name ("Brann-spiller", "Oslo-basert")
_ENDS = frozenset({",", ".", ")", ":", ";", "–", "!", "?"})


_PHRASE_OPENERS = frozenset({"DET", "ADJ", "NUM", "PUNCT"})  # before a list of titles: "Den svenske journalisten, ..."
_FUNCTION_CLASSES = frozenset({"ADP", "ADV", "AUX", "CCONJ", "DET", "NUM", "PART", "PRON", "SCONJ"})

class WorkWords:
    """A word of working and "som" before a word: "jobber som maskinist", "i jobben som maskinist",
    "jobbet hun som maskinist"."""

    def __init__(self) -> None:
        occupations = load("occupations")
        self.words, self.as_words = frozenset(occupations["work_words"]), frozenset(occupations["work_as"])
        self.pronouns = frozenset(load("roles")["person_pronouns"])

    def before(self, token: Token) -> Token | None:
        """The word of working before "som" and ``token`` (and "han/hun" after it), if any."""
        doc, i = token.doc, token.i
        if i < 2 or doc[i - 1].lower_ not in self.as_words:
            return None
        word = i - 3 if i >= 3 and doc[i - 2].lower_ in self.pronouns else i - 2
        return doc[word] if doc[word].lower_ in self.words else None


class OccupationMarker:
    """Marks the occupations in role positions of a Doc's parts as TITLE."""

    def __init__(self, lexicon: TitleLexicon) -> None:
        roles, occupations = load("roles"), load("occupations")
        self.lexicon = lexicon
        self.joins = frozenset(roles["title_conjunctions"])
        self.predicates = Predicates()
        self.prepositions = frozenset(roles["org_prepositions"])
        self.origins = frozenset(occupations["origin_prepositions"])
        self.phrase_ends = self.prepositions | self.joins | self.origins
        self.speech_verbs = frozenset(roles["speech_verbs"])
        self.appointed, self.appointed_to = frozenset(roles["appointed"]), frozenset(roles["appointed_to"])
        self.new_words = frozenset(roles["new_words"])
        self.articles = frozenset(occupations["indefinite_articles"])
        self.work = WorkWords()
        self.count_words = frozenset(occupations["count_words"])
        self.outlet_ends = frozenset(o.split()[-1].lower() for o in load("names")["outlets"])

    def shaped(self, doc: Doc, candidates: Iterable[int] | None = None) -> frozenset[int]:
        """The indices of ``doc``'s words shaped as an occupation (so that they may be titles), also
        one the model took alone for a name of another kind before a person's name. Only words
        ``TitleLexicon.occupation`` knows the shape of can be: ``candidates`` are the indices of
        those (all of ``doc``'s if None)."""
        if candidates is None:
            candidates = [t.i for t in doc if self.lexicon.occupation(t.text) is not None]
        return frozenset(i for i in candidates if self._shaped_here(doc[i]))

    def _shaped_here(self, token: Token) -> bool:
        return self._shaped(token) or token.is_sent_start and token.ent_type_ and self._entity_before_name(token)

    def mark(self, doc: Doc, parts: list[str], shaped: frozenset[int]) -> None:
        """Mark as TITLE the words of ``shaped`` (see ``shaped``) that stand in a role position,
        and unmark the places they say a person is from (``unmark_origins``)."""
        for i, part in enumerate(parts):  # the parts, not the tokens: most words are no name or occupation
            if part == "NAME" and self._opens_name(doc[i], parts):
                parts[i] = "TITLE"  # "Bussjåfør Silje Årdal", the model's PER entity
            elif not part and i in shaped and self._in_role_position(doc[i], parts):
                parts[i] = "TITLE"
        self.unmark_origins(doc, parts)

    def unmark_origins(self, doc: Doc, parts: list[str]) -> None:
        """"Kari Hansen, tømrer fra Austevoll": a place (no organisation) after a role and
        "fra/frå" is where the person is from, no organisation of the role."""
        for i in range(len(doc) - 2):
            if parts[i] != "TITLE" or doc[i + 1].lower_ not in self.origins or parts[i + 2] != "ORG":
                continue
            end = i + 2
            while end < len(doc) and parts[end] == "ORG":
                end += 1
            if all(t.ent_type_ in _PLACE_LABELS for t in doc[i + 2:end]):
                parts[i + 2:end] = [""] * (end - i - 2)

    def _shaped(self, token: Token, in_entity: bool = False) -> bool:
        """A word, in lower case unless it opens the sentence, that names what a person does.
        The tagger's word class counts only in some positions: it makes what it likes of a word
        it never saw ("Bente Liland, politioverbetjent i Hordaland" as an adjective, "Per Olsen
        (tømrer)" as a verb), but never a closed class to a noun ("etter", "eller", "derfor")."""
        owned = _owner_compound(token)  # "Brann-spiller": the model takes it for a word derived from a name
        if token.ent_type_ and not in_entity and not owned or not (token.is_alpha or owned) \
                or token.pos_ in _FUNCTION_CLASSES or token.lower_ in self.speech_verbs \
                or token.pos_ == "VERB" and only_a_verb(token.lower_):  # "som beskriver Kari Holm som ..."
            return False
        found = self.lexicon.occupation(token.text)  # None for most words: asked before ``base``
        if found is None or self.lexicon.base(token.text) is not None:
            return False  # a title of the lists the title marking left out: a verb ("I kveld leiar Phil Neville")
        if self._counted(token) and self.lexicon.form_of_other_noun(token.text):
            return False  # "to unger", "flere landskamper": the plural of a noun for no occupation
        if token.is_lower or owned:
            return not _present_tense(token, found[0], self.lexicon)
        # opening the sentence: no first name ("Sivert Heltne Nilsen"), no word the lemmatiser
        # knows as another ("Kommer Zara Larsson ...": "komme")
        return (self._opens_text(token) or _cut_from_name(token, self.lexicon)) and token.text[1:].islower() \
            and name_genders().get(token.text) is None \
            and not _opens_same_name_twice(token) \
            and token.lemma_.lower() in {token.lower_, found[0]}

    def _counted(self, token: Token) -> bool:
        """Is ``token`` counted: a number or a word of quantity before it ("to unger", "flere landskamper")?"""
        before = token.nbor(-1) if token.i > 0 else None
        return before is not None and (before.like_num or before.pos_ == "NUM" or before.lower_ in self.count_words)

    def _opens_text(self, token: Token) -> bool:
        """Does ``token`` open a sentence, or a caption after its credit's agency on the same line
        ("FOTO: Lie, Kari / NTB scanpix Langrennsstjerne Ola Nordvik er ...")?"""
        return token.is_sent_start or token.i > 0 and token.nbor(-1).lower_ in self.outlet_ends \
            and "\n" not in token.nbor(-1).whitespace_

    def opens_sentence(self, token: Token) -> bool:
        """An occupation opening the sentence, no first name the data knows: "Tømrerne Eivor K. Lysne og ..."."""
        return token.is_sent_start and self._shaped(token)

    def _entity_before_name(self, token: Token) -> bool:
        """An occupation opening the sentence that the model took alone for a name of another
        kind, before a person's name: "Fotballekspertene Brede Hangeland og Jesper Mathisen" ("DRV")."""
        doc, i = token.doc, token.i
        return token.ent_type_ not in {"", "PER"} and token.ent_iob_ == "B" and i + 1 < len(doc) \
            and doc[i + 1].ent_type_ == "PER" and doc[i + 1].ent_iob_ == "B" and self._shaped(token, in_entity=True)

    def _opens_name(self, token: Token, parts: list[str]) -> bool:
        """An occupation in its bare form that opens the sentence and a name the model took it
        into ("Bussjåfør Silje Årdal"): no first name the data knows, a long compound or one
        before a first name it knows."""
        doc, i = token.doc, token.i
        if not self._opens_text(token) or i + 2 >= len(doc) or parts[i + 1] != "NAME" or parts[i + 2] != "NAME" \
                or not self._shaped(token, in_entity=True):
            return False
        return self.lexicon.occupation(token.text)[0] == token.lower_ \
            and (len(token) >= 9 or name_genders().get(doc[i + 1].text) is not None)

    def _in_role_position(self, token: Token, parts: list[str]) -> bool:
        return self._before_name(token, parts) or self._after_name(token, parts) \
            or self._said_of_name(token, parts) or self._appointed(token) or self._before_organization(token, parts) \
            or self.lexicon.occupation(token.text)[1] and self.predicates.one_of_group_named(token, parts) \
            or self._refers_back(token, parts) or self._listed_before_name(token, parts)

    def _listed_before_name(self, token: Token, parts: list[str]) -> bool:
        """One of a list of titles before a name, in the same form as a title of the lists in it,
        the list opening a noun phrase: "Den svenske journalisten, skribenten og aktivisten Kari
        Hansen" ("journalisten" a title); not "går inn med penger, skipsreder og investor Kari Hansen"."""
        doc, members = token.doc, self._list_around(token, parts)
        end = members[-1].i + 1
        if len(members) < 2 or end >= len(doc) or parts[end] != "NAME":
            return False
        start = members[0].i
        opens = start == 0 or doc[start].is_sent_start or doc[start - 1].pos_ in _PHRASE_OPENERS \
            or parts[start - 1] == "FORMER" or doc[start - 1].lower_ in self.speech_verbs
        form = self._form(token)
        return opens and any(m is not token and parts[m.i] == "TITLE" and self._form(m) == form for m in members)

    def _list_around(self, token: Token, parts: list[str]) -> list[Token]:
        """The words of a list of titles and occupations joined by commas and "og" that ``token`` is one of."""
        doc, members = token.doc, [token]
        i = token.i
        while (link := self._link_before(doc, i, parts)) and (parts[link - 1] == "TITLE" or self._shaped(doc[link - 1])):
            members.insert(0, doc[link - 1])
            i = link - 1
        i = token.i + 1
        while (after := self._link_after(doc, i, parts)) and (parts[after] == "TITLE" or self._shaped(doc[after])):
            members.append(doc[after])
            i = after + 1
        return members

    def _link_before(self, doc: Doc, i: int, parts: list[str]) -> int:
        """The first word of the link before word ``i`` of a list of titles (a comma, "og", ", og",
        a word of ``former`` after it: "kunstsamler, og tidligere troféjeger"), or 0."""
        if i >= 1 and parts[i - 1] == "FORMER":
            i -= 1
        if i < 2 or not (doc[i - 1].text == "," or doc[i - 1].lower_ in self.joins):
            return 0
        return i - 2 if i >= 3 and doc[i - 1].lower_ in self.joins and doc[i - 2].text == "," else i - 1

    def _link_after(self, doc: Doc, i: int, parts: list[str]) -> int:
        """The word after the link at word ``i`` of a list of titles (see ``_link_before``), or 0."""
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in self.joins:
            i += 1
        if i + 1 >= len(doc) or not (doc[i].text == "," or doc[i].lower_ in self.joins):
            return 0
        return i + 2 if parts[i + 1] == "FORMER" and i + 2 < len(doc) else i + 1

    def _form(self, token: Token) -> str:
        """"bare" for a title or occupation in its base form, else "inflected"."""
        base = self.lexicon.role_base(token.text)
        return "bare" if base is not None and base[0] == token.lower_ else "inflected"

    def _refers_back(self, token: Token, parts: list[str]) -> bool:
        """"Den rutinerte midtstopperen har ...": the subject opening its sentence
        (``Predicates.opening_subject``), not right after a name alone on the line before (a credit)."""
        start = self.predicates.opening_subject(token, self.lexicon.occupation(token.text))
        if start is None:
            return False
        before = start - 1
        while before >= 0 and token.doc[before].is_space:
            before -= 1
        return before < 0 or parts[before] != "NAME"

    def _appointed(self, token: Token) -> bool:
        """"ansatt som tømrer", "valgt til ny serieskaper": after a word of choosing or hiring;
        "jobber som maskinist", "i jobben som maskinist": after a word of working and "som"."""
        doc, i = token.doc, token.i - 1
        if i >= 0 and doc[i].lower_ in self.new_words:
            i -= 1
        appointed = i >= 1 and doc[i].lower_ in self.appointed_to and doc[i - 1].lower_ in self.appointed
        return appointed or self.work.before(token) is not None

    def _before_organization(self, token: Token, parts: list[str]) -> bool:
        """"Tømrer i Veidekke, Kari Hansen, sier", "På bildet: tømrer i Veidekke Kari Hansen", "Veidekkes
        tømrer, Kari Hansen": the title of an organisation named before or after it, then the name."""
        doc, i = token.doc, token.i + 1
        if i + 1 < len(doc) and doc[i].lower_ in self.prepositions and parts[i + 1] == "ORG":
            i += 1
            while i < len(doc) and parts[i] == "ORG":
                i += 1
        elif not (token.i > 0 and parts[token.i - 1] == "ORG" and doc[token.i - 1].text.endswith("s")):
            return False
        i += i < len(doc) and doc[i].text == ","
        return i < len(doc) and parts[i] == "NAME" and self.lexicon.occupation(token.text)[0] == token.lower_

    def _before_name(self, token: Token, parts: list[str]) -> bool:
        """"ekspert Ola Lunde", "skipsreder og investor John Fredriksen", "Sandvolleyballspillerne
        A og B", "Forretningsmannen og eiendomsutvikleren Kolbjørn Selmer"; not "en venn Kari
        Hansen", nor a definite singular alone, which describes ("skiskytteren Johannes Thingnes Bøe")."""
        doc, i = token.doc, token.i
        if i > 0 and doc[i - 1].lower_ in self.articles or token.pos_ not in _UNKNOWN_WORD_TAGS \
                and not _capitalised_genitive(doc, i - 1) and not _attached_to_name(token, parts):
            return False  # a verb before a name ("gratulerer Kari Hansen", "oppklarer Kari Hansen"),
            # unless a genitive owns it or the parse hangs it on the name ("seier statslos Kari Hansen")
        following = i + 1
        if following + 1 < len(doc) and doc[following].lower_ in self.joins and parts[following + 1] == "TITLE":
            following += 1
            while following < len(doc) and parts[following] == "TITLE":
                following += 1
        else:
            base, plural = self.lexicon.occupation(token.text)
            if not (base == token.lower_ or plural and self._names_listed(doc, following, parts)):
                return False
            if following + 1 < len(doc) and doc[following].text == "," and _capitalised_genitive(doc, i - 1):
                following += 1  # "Veidekkes tømrer, Kari Hansen,"
        return following < len(doc) and parts[following] == "NAME"

    def _names_listed(self, doc: Doc, i: int, parts: list[str]) -> bool:
        """Does a list of names start at token ``i``: "Anders Mol (bildet) og Christian Sørum"?"""
        while i < len(doc) and parts[i] == "NAME":
            i += 1
        i = past_parenthesis(doc, i)
        return i + 1 < len(doc) and (doc[i].text == "," or doc[i].lower_ in self.joins) and parts[i + 1] == "NAME"

    def _after_name(self, token: Token, parts: list[str]) -> bool:
        """"Kari Hansen, psykolog og familieterapeut,", "Kari Hansen (jockey)": a comma or an
        opening parenthesis after the name (and its party or age), or a title joined by "og"
        that stands there; the phrase ends after the noun."""
        doc, i = token.doc, token.i
        if i < 2 or not _phrase_ends(doc, i + 1, parts, self.phrase_ends):
            return False
        before = doc[i - 1]
        if token.pos_ not in _UNKNOWN_WORD_TAGS and _tagged_as_known(token) and before.text != "(" \
                and not _attached_to_name(token, parts):
            return False  # a verb: "Zara Larsson, kommer til Idyll"
        if before.lower_ in self.joins and parts[i - 2] == "TITLE":
            start = i - 2
            while start > 0 and parts[start - 1] == "TITLE":
                start -= 1
            return start >= 2 and doc[start - 1].text in {",", "("} and _name_ends_at(doc, start - 2, parts)
        if _capitalised_genitive(doc, i - 1):  # "Kari Hansen, Aps toppkandidat,", "..., Molde FKs midtstopper"
            comma = i - 2
            while comma > i - 5 and comma > 0 and doc[comma].text[:1].isupper():
                comma -= 1  # the owner's other capitalised words
            return comma >= 1 and doc[comma].text == "," and _name_ends_at(doc, comma - 1, parts)
        return before.text in {",", "("} and _name_ends_at(doc, i - 2, parts)

    def _said_of_name(self, token: Token, parts: list[str]) -> bool:
        """"Hansen er serieskaper", "Wiig, som er mannens forsvarer", "Hansen sier hun er
        serieskaper", "Hun er DNBs frisør" (with an owner in the genitive: the role patterns find
        whom "hun" stands for): said by a copula (``Predicates``); no adjective ("er intelligent"),
        though the tagger may call a noun it never saw one ("er massøyt", "er brannmann")."""
        if token.pos_ not in _PREDICATE_TAGS and _tagged_as_known(token):
            return False
        subject = self.predicates.subject(token)
        return subject is not None and parts[subject.i] == "NAME" \
            or _capitalised_genitive(token.doc, token.i - 1) and self.predicates.of_pronoun(token)


def _owner_compound(token: Token) -> bool:
    """A compound of a name and a lower-case noun ("Brann-spiller", "LSK-spilleren"), alone or in
    an entity of a word derived from a name (``_DERIVED``), the only one it holds."""
    owner, hyphen, head = token.text.rpartition("-")
    return bool(hyphen) and owner[:1].isupper() and head.isalpha() and head.islower() \
        and token.ent_type_ in {"", _DERIVED} and (token.ent_iob_ != "I" and not _entity_goes_on(token))


def _entity_goes_on(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"


def _opens_same_name_twice(token: Token) -> bool:
    """Does the article write ``token`` before the same capitalised word twice or more: a first name
    the data does not know, not a title ("Aleksander Aamodt Kilde" in the caption and the text)?"""
    doc, i = token.doc, token.i
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return False
    return any(t.i != i and t.text == token.text and t.i + 1 < len(doc) and doc[t.i + 1].text == doc[i + 1].text
               for t in doc)


def _phrase_ends(doc: Doc, i: int, parts: list[str], words: frozenset[str]) -> bool:
    """Does the noun phrase end before token ``i``: the text ends, or punctuation, a
    preposition, "og", a title or a name follows?"""
    return i >= len(doc) or doc[i].text in _ENDS or doc[i].lower_ in words or parts[i] in {"TITLE", "NAME"} \
        or doc[i].is_space


def _name_ends_at(doc: Doc, i: int, parts: list[str]) -> bool:
    """Does a name end at token ``i``, or a name and its party or age in parentheses after it?"""
    if i >= 3 and doc[i].text == ")" and doc[i - 2].text == "(" and (parts[i - 1] == "PARTY" or doc[i - 1].like_num):
        i -= 3
    return i >= 0 and parts[i] == "NAME"


def _attached_to_name(token: Token, parts: list[str]) -> bool:
    """Does the parse hang ``token`` on a name, whatever the tagger called it ("statslos" a verb)?"""
    return token.dep_ in _ATTACHED and parts[token.head.i] == "NAME"


def _tagged_as_known(token: Token) -> bool:
    """Does the lemma lexicon know ``token`` in the word class the tagger gave it ("intelligent"
    an adjective, "kommer" a verb), or is there no tagger? A word it does not know there is the
    tagger's guess ("massøyt" an adjective, "urmaker" a verb). An adjective it knows denied by a
    prefix is known too ("ufortjent": "fortjent")."""
    table, word = lemma_lexicon(), token.lower_
    return not token.pos_ or (word, token.pos_) in table or token.pos_ == "ADJ" and any(
        word.startswith(prefix) and (word[len(prefix):], "ADJ") in table for prefix in load("occupations")["negating_prefixes"])


def _capitalised_genitive(doc: Doc, i: int) -> bool:
    """A capitalised word in -s at token ``i``: "Veidekkes", "NRKs"."""
    return i >= 0 and doc[i].text[:1].isupper() and doc[i].text.endswith("s") and len(doc[i]) > 2


def _cut_from_name(token: Token, lexicon: TitleLexicon) -> bool:
    """A word the model took into the person's name after it, cut off as none ("forteller Tredriver Kari Dal")."""
    name = next((e for e in token.doc.ents if e.start == token.i + 1 and e.label_ == "PER"), None)
    return name is not None and word_before_name(token, lexicon, len(name) + 1)


def _present_tense(token: Token, base: str, lexicon: TitleLexicon) -> bool:
    """Is a word the tagger could not place ("X") read by the lemmatiser as the present tense of a
    verb the lemma lexicon knows ("Liverpool puster Kari Hansens menn i nakken": "puste")? A noun
    stays an occupation whatever its lemma ("er bokbinder"). A word after a subject pronoun shaped from a
    verb it knows is that verb however it is tagged ("Ho erstattar Kari Dal": erstatte; ``subject_pronouns``)."""
    if token.i > 0 and token.nbor(-1).lower_ in load("occupations")["subject_pronouns"] \
            and agent_noun(token.lower_, lexicon):
        return True
    lemma = token.lemma_.lower()
    return token.pos_ == "X" and lemma not in {token.lower_, base} and lemma + "r" == token.lower_ \
        and (lemma, "VERB") in lemma_lexicon()
