"""Which words are role titles: the title lexicon of ``data/roles.yaml`` (Bokmål and
Nynorsk), with the heads that make a compound a title ("helseminister", "Tesla-sjef"),
the inflections stripped to find a title's base form ("direktørene", "leiaren"), and the
test that keeps a verb spelt like a title from being one ("I kveld leder Phil Neville
England ...")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Token

from ..backbone.lemmas import lexicon as lemma_lexicon
from .lexicon import load


class TitleLexicon:
    """Which words are role titles, in what base form, and whether they are plural."""

    base_cache_size = 100_000  # words: a batch of millions of articles must not grow it without end
    min_known_part = 5  # letters of a compound's last part looked up in the lemma lexicon ("kamper", "unger")

    def __init__(self) -> None:
        data = load("roles")
        self.titles = {t for t in data["titles"] if " " not in t}
        self.phrases = [t for t in data["titles"] if " " in t] + list(data["abbreviations"])
        self.abbreviations = data["abbreviations"]
        self.heads = re.compile(f"(?:{'|'.join(map(re.escape, data['title_heads']))})$")
        self.compound_heads = re.compile(f".{{3,}}(?:{'|'.join(map(re.escape, data['compound_heads']))})$")
        self._cached_base = lru_cache(maxsize=self.base_cache_size)(self._base)
        self._cached_occupation = lru_cache(maxsize=self.base_cache_size)(self._occupation)
        self.word_kind = lru_cache(maxsize=self.base_cache_size)(self._word_kind)
        self.head_stems = data["head_stems"]
        self.singular = sorted(data["singular_endings"], key=len, reverse=True)
        self.plural = sorted(set(data["plural_endings"]), key=len, reverse=True)
        self.not_titles = set(data["not_titles"])
        self.verb_prefixes = tuple(data["verb_prefixes"])
        self.verb_forms = set(data["verb_forms"])
        self.lower_case_titles = set(data["lower_case_titles"])
        self.noun_context = set(data["noun_context"])
        self.parties = set(data["parties"])
        self.former = set(data["former"])
        self.modifiers = set(data["title_modifiers"])
        self.field_prepositions = set(data["field_prepositions"])
        self.relative = load("function_words")["relative"]
        occupations = load("occupations")
        self.occupation_endings = tuple(occupations["occupation_endings"])
        self.occupation_heads = re.compile(f"(?:{'|'.join(map(re.escape, occupations['occupation_heads']))})$"
                                           f"|.{{3,}}(?:{'|'.join(map(re.escape, occupations['occupation_compound_heads']))})$")
        self.owned_heads = frozenset(occupations["owned_heads"])
        self.head_endings = occupations["head_noun_endings"]
        self.agent_suffixes = occupations["agent_suffixes"]
        self.doubled_suffixes = set(occupations["doubled_agent_suffixes"])
        self.not_occupations = re.compile(f"(?:{'|'.join(map(re.escape, occupations['not_occupations']))})$")

    def base(self, word: str) -> tuple[str, bool] | None:
        """(base form, plural) of a title word ("direktørene" -> ("direktør", True)), or None."""
        return self._cached_base(word.lower())

    def listed(self, word: str) -> bool:
        """Is ``word`` a title of the ``titles`` list or one ending in a ``title_heads`` word ("presidenten",
        "statsministeren"), not only by a compound head ("rallyføreren")?"""
        base = self.base(word)
        return base is not None and (base[0] in self.titles or self.heads.search(base[0]) is not None)

    def role_base(self, word: str) -> tuple[str, bool] | None:
        """(base form, plural) of a title word or of an occupation (see ``occupation``)."""
        return self.base(word) or self.occupation(word)

    def occupation(self, word: str) -> tuple[str, bool] | None:
        """(base form, plural) of a noun shaped as one that names what a person does, whatever
        list knows it: an agent noun ending in one of ``occupation_endings``, inflected or not
        ("serieskaperen", "sandvolleyballspillerne", "songarane", "investorer"); None for the
        words of ``not_occupations`` and their compounds ("sølvvinner", "storebror"). Only a
        role where it stands in a role position."""
        return self._cached_occupation(word.lower())

    def _word_kind(self, word: str) -> tuple[bool, bool]:
        """``word_kind(word)``: can ``word`` (as written) be a title of the lexicon (``base``), and is it
        shaped as an occupation (``occupation``)? One cached look for a scan of every word."""
        return bool(self.base(word)), self.occupation(word) is not None

    def _occupation(self, word: str) -> tuple[str, bool] | None:
        """The shape (``_shaped_occupation``); a word the lemma lexicon knows as its own lemma
        (or as the lemma of some other form) is a singular: "tomålsscorer", not the plural of
        "tomålsscor"."""
        found = self._shaped_occupation(word)
        if found is None:
            return None
        part, lemmas = self._noun_lemmas(word)
        return (word, False) if part and (part in lemmas or part in _noun_lemma_set()) else found

    def form_of_other_noun(self, word: str) -> bool:
        """Does the lemma lexicon know ``word``, or its last part of at least ``min_known_part``
        letters, only as a form of nouns with no occupation's shape ("unger" of "unge",
        "landskamper" of "kamp"; also "murer" of "mur", which a count before it tells)?"""
        word = word.lower()
        part, lemmas = self._noun_lemmas(word)
        if not lemmas or part in lemmas or part in _noun_lemma_set():
            return False
        stem = word[: len(word) - len(part)]
        return not any(self._shaped_occupation(stem + lemma) for lemma in lemmas)

    def _noun_lemmas(self, word: str) -> tuple[str, set[str]]:
        """The longest last part of ``word`` the lemma lexicon knows as a noun, and its lemmas."""
        lemmas = lemma_lexicon()
        for start in range(len(word) - self.min_known_part + 1):
            entry = lemmas.get((word[start:], "NOUN"))
            if entry:
                return word[start:], set(entry.values())
        return "", set()

    def _shaped_occupation(self, word: str) -> tuple[str, bool] | None:
        head = word.rsplit("-", 1)[-1]
        if self.not_occupations.search(head):  # "comeback", no "venstreback"
            return None
        found = self._head_noun(word, head)
        if found is not None:  # "langrennsstjernen", not the plural of "langrennsstjer"
            return found
        for endings, plural in ((self.plural, True), (self.singular, False)):
            for ending in endings:
                stem = head[: -len(ending)]
                if head.endswith(ending) and self._occupation_stem(stem) and self._agent_plural(stem, ending):
                    return word[: -len(ending)], plural
        verb = any(head.endswith(a + a) for a in self.agent_suffixes if a not in self.doubled_suffixes)  # "gratulerer"
        return (word, False) if self._occupation_stem(head) and not verb else None

    def _head_noun(self, word: str, head: str) -> tuple[str, bool] | None:
        """(base form, plural) of a noun for a person that ends in one of ``occupation_heads``,
        bare or inflected, the "-e" an inflection drops put back: "venstreback", "statsministerkandidaten",
        "langrennsstjernene" ("stjerne"), "losen"."""
        for endings, plural in ((("",), False), (self.singular, False), (self.head_endings, False), (self.plural, True)):
            for ending in endings:
                stem = head[: len(head) - len(ending)]
                if not head.endswith(ending) or not stem.isalpha():
                    continue
                form = next((f for f in (stem, stem + "e") if self.occupation_heads.search(f)
                             or f in self.owned_heads and len(word) > len(head)), None)
                if form is not None:
                    return word[: len(word) - len(head)] + form, plural
        return None

    def _agent_plural(self, stem: str, ending: str) -> bool:
        """An agent noun in -er takes no second -er in the plural ("spillere"): a word in -arer is
        a singular ("forsvarer"), one in -erer a verb ("gratulerer"); Nynorsk -ar does ("spelarar")."""
        suffix = next((a for a in self.agent_suffixes if stem.endswith(a)), None)
        second = next((a for a in self.agent_suffixes if ending.startswith(a)), None)
        return not (suffix and second and not (suffix == second and suffix in self.doubled_suffixes))

    def _occupation_stem(self, stem: str) -> bool:
        """An agent noun's stem ("serieskaper"), or a noun for what a person does that ends in one
        of ``occupation_heads`` ("los", "statslos")."""
        if not stem.isalpha() or stem in self.not_titles or self.not_occupations.search(stem):
            return False
        return self.occupation_heads.search(stem) is not None \
            or any(stem.endswith(e) and len(stem) >= len(e) + 3 for e in self.occupation_endings)

    def _base(self, word: str) -> tuple[str, bool] | None:
        head = word.rsplit("-", 1)[-1]
        owned = head != word  # "Orkla-eier": a compound head after a name and a hyphen
        if self._known(head, owned):
            return word, False
        for endings, plural in ((self.singular, False), (self.plural, True)):
            for ending in endings:
                if head.endswith(ending) and len(head) > len(ending) + 2:
                    stem = head[: -len(ending)]
                    base = self._stem_base(stem, owned)
                    if base:
                        return word[: len(word) - len(head)] + base, plural
        return None

    def _stem_base(self, stem: str, owned: bool = False) -> str | None:
        """The title a stem is of: itself, with a stem's full head ("ministr"), or with the "-e" a
        Nynorsk plural drops ("overleg" of "overlegane", "overlegar")."""
        for short, full in self.head_stems.items():
            if stem.endswith(short) and self._known(stem[: -len(short)] + full, owned):
                return stem[: -len(short)] + full
        return next((form for form in (stem, stem + "e") if self._known(form, owned)), None)

    def _known(self, word: str, owned: bool = False) -> bool:
        if owned and self.compound_heads.match("..." + word) and word.isalpha():
            return True  # "Orkla-eier", "NRK-vert": the part before the hyphen is the longer first part
        if word in self.not_titles:
            return False
        if word in self.titles or self.heads.search(word) or self.compound_heads.match(word):
            return not self._verb_compound(word)
        return False

    def _verb_compound(self, word: str) -> bool:
        """"innfører", "gjennomfører": a verb prefix before a head that is a verb form."""
        return any(word.startswith(p) and word[len(p):] in self.verb_forms for p in self.verb_prefixes)

    def name_word(self, token: Token) -> bool:
        """A title that is a word of names too, capitalised inside a sentence: "the Federal Reserve"."""
        return token.lower_ in self.lower_case_titles and token.text[:1].isupper() and not token.is_sent_start

    def token_base(self, token: Token) -> tuple[str, bool] | None:
        """``base`` of a token's word, None where it is a word of a name (``name_word``)."""
        return None if self.name_word(token) else self.base(token.text)

    def is_noun_here(self, token: Token, before_part: str = "") -> bool:
        """False for a title word used as a verb ("I kveld leder Phil Neville England");
        ``before_part`` is the role part of the word before it ("TITLE" in "daglig leder")."""
        if token.pos_ == "VERB" and only_a_verb(token.lower_):
            return False  # "han serverte Kari Hansen": a verb form that only looks like a compound title
        if self.name_word(token):
            return False
        if token.lower_ not in self.verb_forms:
            return True
        if token.i >= 2 and token.nbor(-1).lower_ == self.relative and token.nbor(-2).text == ",":
            return True  # "Keven Vottestad, som leder Arena Innovasjon Torskefisk": the role he holds
        if token.i >= 2 and token.nbor(-1).text == "," and token.nbor(-2).ent_type_ == "PER":
            return True  # "sier Eli Brekke, leder for ...": an apposition to the name, whatever the tagger says
        if token.i >= 1 and token.nbor(-1).lower_ in self.modifiers and token.nbor(-1).is_sent_start:
            return True  # "Administrativ leder, sekretær" heading a list: a title however it is tagged
        if token.i >= 1 and token.nbor(-1).text in self.parties:
            return True  # "sier MDG leder Kari Holm": a party's letters before it, however it is tagged
        if token.doc.has_annotation("POS") and token.pos_:
            if token.pos_ not in {"NOUN", "PROPN"}:
                return False
            if any(t.pos_ in {"VERB", "AUX"} for t in token.sent):
                return True
            # a sentence the tagger gave no verb: its verb is most likely this word
        return self._noun_context(token, before_part)

    def _noun_context(self, token: Token, before_part: str) -> bool:
        """Does the word before ``token`` open a noun phrase (or is there none)?"""
        if token.i == 0 or token.is_sent_start:
            return True
        before = token.nbor(-1)
        return (before.lower_ in self.noun_context or before.lower_ in self.former or before_part == "TITLE"
                or before.text[:1].isupper() and before.text.endswith("s") and not before.is_sent_start
                or before.is_lower and before.text.endswith("e") and len(before) > 3)


def only_a_verb(word: str) -> bool:
    """Is ``word`` a form the lemma lexicon knows as a verb and never as a noun ("serverte", "observerte")?"""
    lemmas = lemma_lexicon()
    return (word, "VERB") in lemmas and (word, "NOUN") not in lemmas and (word, "PROPN") not in lemmas


@cache
def _noun_lemma_set() -> frozenset[str]:
    """Every lemma the lemma lexicon gives a noun: the words it knows as a noun's base form."""
    return frozenset(lemma for (_, pos), entry in lemma_lexicon().items() if pos == "NOUN" for lemma in entry.values())
