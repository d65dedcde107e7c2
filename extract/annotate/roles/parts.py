"""The part each token can play in the role patterns (``token._.role_part``): TITLE, NAME,
ORG, FORMER, PARTY or UNIT (see the package docstring)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..extensions import doc_text
from ...backbone.names import known_first_name
from .genitive_names import genitive_organization_start
from ..lexicon import load
from ..organizations import organization_body, organization_name
from .. import firm_names, person_names
from .org_edges import (extend_organizations_right, extend_organizations_to_prepositions, mark_names_before_suffixes,
                        mark_phrase_names_after_titles, mark_things_after_titles)
from .bodies import LowerCaseBodies, after_name
from ..titles import TitleLexicon
from .fields import FieldWords, mark_field
from .occupations import OccupationMarker
from .surnames import mark_surnames

_INITIAL = re.compile(r"^(?:[A-ZÆØÅ]\.)+$")
_ORG_WORD = re.compile(r"^(?:[A-ZÆØÅ0-9]|[a-zæøå]+[A-ZÆØÅ])[\wæøåÆØÅ&!+'’-]*$")  # "BioCosmos", "3M", "akvARENA"
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE_ORG"})
_PLACE_LABELS = frozenset({"GPE_LOC", "GPE", "LOC"})
_BODY_LABELS = frozenset({"ORG", "GPE_ORG", "GPE_LOC", "LOC", "EVT"})  # the model's organisations and places
_NAME_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøåäöüéèáíóúñçšž'’]+(?:-[A-ZÆØÅa-zæøå][a-zæøåäöüéèáíóúñçšž]+)*$")


class PartMarker:
    """Works out the role part of every token of a Doc.

    The parts are worked out in a plain list (``parts[i]`` for token i) and written to
    ``token._.role_part`` once: extension attributes are slow to read in a loop."""

    def __init__(self, nlp: Language, lexicon: TitleLexicon) -> None:
        self.lexicon, self.occupations = lexicon, OccupationMarker(lexicon)
        roles, names = load("roles"), load("names")
        self.and_word, self.adverbials = load("function_words")["and"], set(load("page_roles")["adverbials"])
        self.parties = set(roles["parties"])
        self.name_articles = set(roles["name_articles"])
        self.org_prepositions = set(roles["org_prepositions"])
        self.prepositions_after_name = set(roles["org_prepositions_after_name"])
        self.after_titled_name = set(roles["org_prepositions_after_titled_name"])
        self.bodies_after_titled_name = set(roles["bodies_after_titled_name"])
        self.field_ends = set(roles["field_ends"])
        self.field_words = FieldWords(lexicon.field_prepositions, self.org_prepositions | self.field_ends, self.and_word)
        self.organization_links = set(roles["organization_links"])
        self.speech_verbs = {v for v in roles["speech_verbs"] if " " not in v}
        self.not_people = {n for key in ("outlets", "agencies", "clubs", "places", "countries") for n in names[key]}
        self.particles = set(names["particles"])
        self.not_name_words = set(load("clusters")["not_names"])
        self.regional_units = {u for u in load("organizations")["regional_units"] if " " not in u}
        self.bodies = LowerCaseBodies()
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.titles.add("TITLE", [nlp.make_doc(p) for p in lexicon.phrases])
        self.listed = PhraseMatcher(nlp.vocab)  # outlets, agencies, clubs, places: never names
        self.listed.add("ORG", [nlp.make_doc(n) for n in sorted(self.not_people)])

    def organization_spans(self, doc: Doc, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Token spans of the organisations and places in ``doc``: the model's, the listed
        names that are not part of a person's name, the clusters and ``known`` ones."""
        spans = [(e.start, e.end) for e in doc.ents if e.label_ in _BODY_LABELS
                 and not self._titled_name(e, known)]
        people = [(e.start, e.end) for e in doc.ents if e.label_ == "PER"]
        spans += [(start, end) for _, start, end in self.listed(doc)  # not "Odd" in "Odd Eriksen"
                  if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in people)
                  and not _opens_longer_name(doc, end)]
        spans += [(s.start, s.end) for s in doc.spans.get("clusters", [])]
        return spans + known

    def mark(self, doc: Doc, organizations: list[tuple[int, int]]) -> list[str] | None:
        """The parts of ``doc``'s tokens, also set as ``token._.role_part``; None (nothing set) with no title."""
        parts = [""] * len(doc)
        for ent in doc.ents:
            if ent.label_ == "PER":
                parts[ent.start:ent.end] = ["ORG" if self._organization_named(ent) else "NAME"] * len(ent)
            elif ent.label_ in _ORGANIZATION_LABELS and (ent.start, ent.end) not in organizations \
                    and self._titled_name(ent, organizations):
                parts[ent.start:ent.end] = ["NAME"] * len(ent)
        for start, end in organizations:  # known organisations and clusters win over PER
            parts[start:end] = ["ORG"] * (end - start)
        kinds = [self.lexicon.word_kind(token.text) for token in doc]  # one look at each word
        self._mark_titles(doc, parts, [i for i, (title, _) in enumerate(kinds) if title])
        _unmark_owner_titles(doc, parts)
        _unmark_slashed_titles(doc, parts)
        shaped = self.occupations.shaped(doc, [i for i, (_, occupation) in enumerate(kinds) if occupation])
        if "TITLE" not in parts and not shaped:
            return None
        self._mark_loose_names(doc, parts)
        self.occupations.mark(doc, parts, shaped)  # before the genitives of their organisations, and after them:
        self._mark_small_parts(doc, parts)
        self.bodies.mark(doc, parts)
        self._mark_unknown_organizations(doc, parts)
        mark_things_after_titles(doc, parts, self.org_prepositions)
        mark_phrase_names_after_titles(doc, parts, self.org_prepositions)
        extend_organizations_right(doc, parts)
        extend_organizations_to_prepositions(doc, parts, self.org_prepositions)
        self._join_coordinated_organizations(doc, parts)
        self._mark_genitive_organizations(doc, parts)
        mark_names_before_suffixes(doc, parts)
        self._extend_organizations_left(doc, parts)
        self.occupations.mark(doc, parts, shaped)
        mark_surnames(doc, parts)
        if "TITLE" not in parts:  # no occupation in a role position either
            return None
        for i, part in enumerate(parts):
            if part:  # "" is the default: a Doc is marked once
                doc[i]._.role_part = part
        return parts

    def _titled_name(self, ent, known: list[tuple[int, int]]) -> bool:
        """A model's organisation right after a title word in its base form, written as a name and known as no
        organisation: a person ("kulturminister Joy Mogensen", "President Trump"); an organisation takes a preposition
        or a genitive, a definite title may stand for a thing ("den soleklare lederen Tampa Bay Lightning"), and
        a title after "NAME," is that person's ("Kari Li, daglig leder Havbruk Valley": ``titled_organization``)."""
        if ent.label_ not in _ORGANIZATION_LABELS or ent.start == 0 or len(ent) > 4:
            return False
        before = ent.doc[ent.start - 1]
        base = self.lexicon.base(before.text)
        if not (before.is_lower or before.is_sent_start) or base is None or base[0] != before.lower_ \
                or not self.lexicon.is_noun_here(before):
            return False
        return all(_NAME_WORD.match(t.text) for t in ent) and not self._organization_named(ent) \
            and not any(s < ent.end and ent.start < e for s, e in known) \
            and not firm_names.titled_organization(ent.doc, ent.start, self.lexicon)

    def _organization_named(self, ent) -> bool:
        """A model's PER span that is a listed organisation or place or has an organisation's edge word ("AS")."""
        return ent.text in self.not_people or organization_name([t.text for t in ent])

    def _mark_small_parts(self, doc: Doc, parts: list[str]) -> None:
        """FORMER ("tidligere"), PARTY ("(Ap)") and UNIT ("Innovasjon Norge, Innlandet Kari Hansen")."""
        for token in doc:
            i, text = token.i, token.text
            if token.lower_ in self.lexicon.former and i + 1 < len(doc):
                parts[i] = parts[i] or "FORMER"
            elif text in self.parties and 0 < i < len(doc) - 1 and doc[i - 1].text == "(":
                parts[i] = "PARTY"
            elif (text in self.regional_units and i > 0 and doc[i - 1].text == ","
                  and i + 1 < len(doc) and parts[i + 1] == "NAME"):
                parts[i] = "UNIT"

    def _mark_titles(self, doc: Doc, parts: list[str], title_words: list[int]) -> None:
        """Mark the title phrases and the words of ``title_words`` (those with a title's base form)
        that are used as a noun, with their modifiers and field."""
        for _, start, end in self.titles(doc):
            parts[start:end] = ["TITLE"] * (end - start)
        for i in title_words:
            token, text = doc[i], doc[i].text
            if parts[i] == "TITLE" or not token.is_alpha and "-" not in text:
                continue
            if parts[i] == "NAME" and not token.is_upper:
                continue
            if self.lexicon.is_noun_here(token, parts[i - 1] if i else ""):
                parts[i] = "TITLE"
                self._mark_title_left(doc, i, parts)
                mark_field(doc, i, parts, self.field_words)

    def _mark_title_left(self, doc: Doc, i: int, parts: list[str]) -> None:
        """Modifiers and the first half of a coordination belong to the title:
        "administrerende direktør", "arbeids- og velferdsdirektør"; not "til daglig" (an adverbial)."""
        i -= 1
        while i >= 0 and doc[i].lower_ in self.lexicon.modifiers and doc[i - 1 if i else 0:i + 1].text.lower() not in self.adverbials:
            parts[i] = "TITLE"
            i -= 1
        if i >= 1 and doc[i].lower_ == self.and_word and doc[i - 1].text.endswith("-"):
            parts[i] = parts[i - 1] = "TITLE"

    def _mark_unknown_organizations(self, doc: Doc, parts: list[str]) -> None:
        """Capitalised words no entity covers after TITLE PREP or NAME PREP, before a comma,
        a full stop, a name or a word that ends a field ("med", "som"), are an organisation or
        place: "daglig leder i Proneo, Lars Haugen", "kommunelege Olav Gunnar Ballo i Loppa.",
        "lederen i Medicall med", "prosjektleder for Skog-Tre i Glommen SA"; one lowercase word may end it
        ("Finnmark legeforening"); after "TITLE ," when they end a line or a parenthesis."""
        ends = {",", ".", ")", self.and_word}
        for token in doc[1:-1]:
            i = token.i
            named_before = after_name(doc, i, parts)
            listed = parts[i - 1] == "TITLE" and token.text == ","  # "(Kari Hansen, CEO, Ulstein Group)"
            titled = named_before and token.lower_ in self.after_titled_name and _titled_name_before(parts, i)
            if not (parts[i - 1] == "TITLE" and token.lower_ in self.org_prepositions or listed
                    or named_before and token.lower_ in self.prepositions_after_name or titled):
                continue
            if parts[i - 1] == "TITLE" and _lone_name_word(parts, i + 1):
                parts[i + 1] = "ORG"  # "lederen i Medicall" the model took for a name: no person is one
                continue
            if titled and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN" and not parts[i + 1]:
                i += 1  # "leder Kari Dal av dyrevernsorganisasjonen Dyrevenn": the kind of body, then its name
            if titled and token.lower_ in self.bodies_after_titled_name and parts[i + 1] == "NAME":
                end = next((k for k in range(i + 1, len(doc)) if parts[k] != "NAME"), len(doc))
                parts[i + 1:end] = ["ORG"] * (end - i - 1)  # "leder Kari Dal av Nordkapp Sjømat": a body, no person
                continue
            end = i + 1
            while end < len(doc) and end - i <= 4 and parts[end] == "" and not doc[end].is_digit \
                    and _ORG_WORD.match(doc[end].text) and not doc[end].ent_type_:  # not a year: "i 2013"
                end += 1
            if end == i + 1 or end >= len(doc) or listed and not (doc[end].is_space or doc[end].text == ")"):
                continue
            last = end + 1 if doc[end].text not in ends and doc[end].is_lower and doc[end].is_alpha \
                and end + 1 < len(doc) else end
            if named_before or doc[last].text in ends or parts[last] in {"NAME", "ORG"} or doc[end].lower_ in self.field_ends:
                parts[i + 1:end] = ["ORG"] * (end - i - 1)

    def _join_coordinated_organizations(self, doc: Doc, parts: list[str]) -> None:
        """"Natur og Ungdom", "Troms og Finnmark Unge Høyre": an organisation or place, "og" and
        capitalised words no name covers are one organisation, unless the words after "og"
        are an organisation of their own after one that is no place ("Siva og Innovasjon Norge")."""
        for token in doc[1:-1]:
            i = token.i
            after = doc[i + 1]
            if token.lower_ != self.and_word or parts[i - 1] != "ORG" or parts[i + 1] not in {"", "ORG"} \
                    or not after.text[:1].isupper() or after.is_sent_start:
                continue
            if after.ent_type_ in _ORGANIZATION_LABELS and after.ent_iob_ == "B" and doc[i - 1].ent_type_ not in _PLACE_LABELS:
                continue
            end = i + 1
            while end < len(doc) and parts[end] in {"", "ORG"} and doc[end].text[:1].isupper() and not (
                    end > i + 1 and doc[end].is_sent_start):
                end += 1
            parts[i:end] = ["ORG"] * (end - i)

    def _extend_organizations_left(self, doc: Doc, parts: list[str]) -> None:
        """Capitalised words no entity, name or title covers, joined to an organisation by a
        small link word, are its first words: "Foundation for Strategic Research". A word
        opening the sentence is left out ("Takk til NRK") unless the article also writes the
        longer name inside a sentence ("Nei til EUs leder" where "... at Nei til EU ..." stands)."""
        for token in doc[1:]:
            i = token.i
            link = doc[i - 1]
            if parts[i] != "ORG" or parts[i - 1] != "" or link.lower_ not in self.organization_links:
                continue
            start = i - 1
            while start > 0 and parts[start - 1] == "" and _ORG_WORD.match(doc[start - 1].text) \
                    and not doc[start - 1].ent_type_ and not doc[start - 1].is_digit \
                    and (not doc[start - 1].is_sent_start or _written_inside(doc, start - 1, i)):
                start -= 1
            if start < i - 1:
                parts[start:i] = ["ORG"] * (i - start)

    def _mark_genitive_organizations(self, doc: Doc, parts: list[str]) -> None:
        """A genitive with a capital letter right before a title is its organisation or country:
        "Oslos pasientombud", "JPMorgans Hongkong-direktør", "EUs leder", "NCE iKubens leder"."""
        for token in doc[:-1]:
            if (named := genitive_organization_start(token, parts)) is not None:
                start = named  # "Vestby Engineerings leder Kari Holm"
            elif self._named_by_article(token, parts):
                start = token.i - 1  # "De grønnes leder": a name of article and adjective
            elif not (token.text.endswith("s") and not token.is_lower and len(token) > 2
                      and (parts[token.i] in {"", "ORG"} or self._organization_named_as_person(token, parts))
                      and token.lower_ not in self.lexicon.noun_context):
                continue
            else:
                start = token.i
            if token.is_sent_start and not token.ent_type_ and not parts[token.i] and not _named_elsewhere(token):
                continue  # "Kvinnens bistandsadvokat": a word opening the sentence no entity covers
            following = token.i + 1
            while following + 1 < len(doc) and doc[following].is_lower and parts[following] == "" \
                    and doc[following].text.endswith("e"):
                following += 1
            if parts[following] == "TITLE":
                parts[start:token.i + 1] = ["ORG"] * (token.i + 1 - start)

    def _named_by_article(self, token: Token, parts: list[str]) -> bool:
        """A lower-case genitive after a capitalised article inside a sentence is a name:
        "De grønnes", "De konservatives"."""
        article = token.doc[token.i - 1] if token.i > 0 else None
        return (article is not None and token.is_lower and token.text.endswith("s") and len(token) > 3
                and article.text in self.name_articles and not article.is_sent_start
                and parts[article.i] == "" and parts[token.i] in {"", "NAME"})  # a lower-case word is no name

    @staticmethod
    def _organization_named_as_person(token: Token, parts: list[str]) -> bool:
        """A one-word "name" in the genitive ("Møreforskings leder") whose bare form is no
        first name the data knows and no word of a longer name in the article ("Trumps
        rådgiver" where "Donald Trump" stands)."""
        if not _lone_name_word(parts, token.i) or token.i == 0:
            return False
        bare = token.text[:-1]
        longer = (e for e in token.doc.ents if e.label_ == "PER" and len(e) > 1)
        return not known_first_name(bare) and not any(bare in e.text.split() for e in longer)

    def _mark_loose_names(self, doc: Doc, parts: list[str]) -> None:
        """Two to four name words no entity covers: "Kari Hansen", "Kaare R. Norum"."""
        run: list[Token] = []
        for token in [*doc, None]:
            if token is not None and self._name_word(token, parts, run):
                run.append(token)
                continue
            if not run:
                continue  # the test just made with no run: no name starts at ``token``
            while run and run[-1].text in self.particles:
                run.pop()
            if run:  # "En Drøm Christopher Langeland": the name is the last two
                start, end = person_names.edges(doc, run[0].i, run[-1].i + 1, self.lexicon)
                run = list(doc[start:end])
            labelled = run and run[0].i > 0 and person_names.field_label(doc[run[0].i - 1])  # "Emneord Innovasjon Klynge"
            if 2 <= len(run) <= 5 and not any(t.ent_type_ for t in run) and not labelled:
                start, part = self._loose_run_part(doc, run[0].i, parts)
                parts[start:run[-1].i + 1] = [part] * (run[-1].i + 1 - start)
            run = [token] if token is not None and self._name_word(token, parts, []) else []

    def _loose_run_part(self, doc: Doc, i: int, parts: list[str]) -> tuple[int, str]:
        """Where name-like words from token ``i`` on start and their part: NAME; none after
        TITLE PREP ("i Bergens Tidende"); ORG, from the capitalised words before them, right after
        a place or organisation after TITLE PREP when they open with no first name the data knows
        ("CEO of Norway Health Tech") and the word before them names no body ("departementet")."""
        if self._organization_place(doc, i, parts):
            return i, ""
        start = i
        while start > 0 and i - start < 3 and parts[start - 1] in {"", "ORG"} and _ORG_WORD.match(doc[start - 1].text):
            start -= 1
        ends_in_body = organization_body().match(doc[i - 1].lower_)  # "i Kunnskapsdepartementet Mei Chen"
        if start < i and self._organization_place(doc, start, parts) and not ends_in_body \
                and not known_first_name(doc[i].text):
            return start, "ORG"
        return i, "NAME"

    def _organization_place(self, doc: Doc, i: int, parts: list[str]) -> bool:
        """After TITLE PREP or NAME PREP stands an organisation, not a name: "sjefredaktør
        Kari Hansen i Bergens Tidende"."""
        return i >= 2 and doc[i - 1].lower_ in self.org_prepositions and parts[i - 2] in {"TITLE", "NAME"}

    def _name_word(self, token: Token, parts: list[str], run: list[Token]) -> bool:
        """Can ``token`` continue ``run`` (or start one) as a word of a person's name?"""
        if parts[token.i] or (text := token.text) in self.not_name_words or text in self.not_people:
            return False
        if text in self.particles or _INITIAL.match(text):
            return bool(run)
        if not _NAME_WORD.match(text):
            return False
        return not (token.lower_ in self.speech_verbs or self.lexicon.base(text)
                    or self.occupations.opens_sentence(token))


def _written_inside(doc: Doc, start: int, org: int) -> bool:
    """Whether the words from ``start`` up to the organisation word ``org`` (genitive "s"
    dropped) also stand elsewhere in ``doc`` after a lower-case word: "at Nei til EU"."""
    name = doc[start:org].text_with_ws + doc[org].text.removesuffix("s")
    text = doc_text(doc)
    at = text.find(name)
    while at != -1:
        before = text[:at].rstrip().rsplit(None, 1)
        if at != doc[start].idx and before and before[-1].isalpha() and before[-1].islower():
            return True
        at = text.find(name, at + 1)
    return False


def _unmark_owner_titles(doc: Doc, parts: list[str]) -> None:
    """A title in the genitive before another title is whose the role is, not the role:
    "generalsekretærs" in "FNs generalsekretærs særskilte representant"."""
    for i, part in enumerate(parts[:-1]):  # the parts, not the tokens: most words are no title
        if part != "TITLE" or i and parts[i - 1] == "TITLE" or not doc[i].is_lower or not doc[i].text.endswith("s"):
            continue
        following = i + 1
        while following + 1 < len(doc) and doc[following].is_lower and parts[following] == "" \
                and doc[following].text.endswith("e"):
            following += 1
        if parts[following] == "TITLE":
            parts[i] = ""


def _unmark_slashed_titles(doc: Doc, parts: list[str]) -> None:
    """A title joined by a slash to a word that is none names what that word does:
    "statsadvokat/ombudsmannsembetet" is an office; "trener/manager" stays a title."""
    for i, part in enumerate(parts[:-2]):
        if part == "TITLE" and doc[i + 1].text == "/" and not doc[i + 1].whitespace_ \
                and parts[i + 2] != "TITLE" and doc[i + 2].is_lower:
            parts[i] = ""


def _named_elsewhere(token: Token) -> bool:
    """The genitive ``token`` without its -s is an entity elsewhere in the article ("Senatets
    leder" where "Senatet vil stemme" stands)."""
    bare = token.text[:-1]
    return any(t.text == bare and t.ent_type_ for t in token.doc)


def _titled_name_before(parts: list[str], i: int) -> bool:
    """Does a name with a title before it end right before token ``i`` ("leder Kari Dal av")?"""
    k = i - 1
    while k > 0 and parts[k] == "NAME":
        k -= 1
    return k < i - 1 and parts[k] == "TITLE"


def _lone_name_word(parts: list[str], i: int) -> bool:
    """Token ``i`` is a name of one word."""
    return parts[i] == "NAME" and (i + 1 == len(parts) or parts[i + 1] != "NAME") and parts[i - 1] != "NAME"


def _opens_longer_name(doc: Doc, end: int) -> bool:
    """Does a listed place or country run on into a longer name ("Norway Cup", "Bergen Reiselivslag"),
    the next word capitalised and no person's name?"""
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].ent_type_ != "PER"
