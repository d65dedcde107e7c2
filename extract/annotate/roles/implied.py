"""The organisation a title implies: an article's only municipality for its mayor, its only
county for a county councillor, the ministry named like a minister's title
(``implied_organizations`` in ``data/roles.yaml``); the article's only party for a party role;
the article's cluster, or else the organisation it names most, for the title of an
organisation's own people ("konsernsjef", "trener", "CEO": ``staff_heads``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..lexicon import load
from .owners import Owner, TitleOwners

_WORD = re.compile(r"[\wæøåÆØÅ]+")
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE_ORG"})


@dataclass(frozen=True)
class ArticleOrganizations:
    """The organisations an article names: their names, its parties (as it writes them), the
    cluster it names most and the organisation it names most, and the one that is no party (None
    where none is named more than any other, for an organisation at least twice), and those it
    can be about (``subjects``)."""

    named: frozenset[str]
    parties: tuple[str, ...]
    cluster: str | None
    main: str | None
    main_not_party: str | None
    subjects: frozenset[str] = frozenset()


class ImpliedOrganizations:
    """Which organisation named in an article a title with none stated belongs to."""

    def __init__(self) -> None:
        roles, names = load("roles"), load("names")
        self.ends = {title: set(kind["ends"]) for kind in roles["implied_organizations"] for title in kind["titles"]}
        self.minister_end = roles["minister_title_end"]
        self.ministry_ends = tuple(roles["ministry_ends"])
        self.party_roles = frozenset(roles["party_roles"])
        self.party_names = dict(roles["party_names"])
        self.foreign_parties = frozenset(roles["foreign_parties"])
        self.party_ends = tuple(roles["party_name_ends"])
        self.full_party_names = sorted({*self.party_names.values(), *self.foreign_parties})
        self.staff_heads = tuple(roles["staff_heads"])
        self.countries = frozenset(names["countries"])
        self.not_subjects = frozenset([*names["outlets"], *names["places"], *names["countries"],
                                       *load("clusters")["programme_prefixes"]])  # "NCE" is no employer
        self.credit_words = frozenset(roles["credits"])
        self.owners = TitleOwners()

    def of_article(self, role: str, article: ArticleOrganizations, span: Span | None = None) -> tuple[str | None, str | None]:
        """The organisation ``role`` (the title of the role span ``span``) implies in the article,
        and how: "kind" (the one of its kind), "party", "stated" (the words around the title name
        it: ``owners.py``), "cluster" or "main" (the organisation the article names most); else
        (None, None), also where those words say the title is another's ("politiets talsperson")."""
        stated = self.stated(role, article, span)
        if stated[0] is not None:  # "partileder Kari Holm i Vox" where the article names one party more
            return stated
        owner = self.owners.of(span, article.named) if span is not None else Owner()
        if role in self.party_roles and len(article.parties) == 1:
            return article.parties[0], "party"
        if not self._staff(role) or owner.owned:
            return None, None
        if article.cluster is not None:
            return article.cluster, "cluster"
        main = article.main if role in self.party_roles else article.main_not_party
        return (main, "main") if main is not None else (None, None)

    def stated(self, role: str, article: ArticleOrganizations, span: Span | None) -> tuple[str | None, str | None]:
        """The organisation the title ``role`` itself gives ("kind": the one of its kind in the
        article) or the words right around it in ``span`` name ("stated": ``owners.py``); else (None, None)."""
        implied = self.organization(role, set(article.named)) or _named_in_title(role, article.subjects)
        if implied is not None:
            return implied, "kind"
        named = self.owners.of(span, article.named).named if span is not None else None
        return (named, "stated") if named is not None else (None, None)

    def organization(self, role: str, organizations: set[str]) -> str | None:
        """The one organisation of ``organizations`` (the article's) that ``role`` implies, or None."""
        first = role.split()[0] if role else ""
        if first in self.ends:
            kind = [org for org in organizations if org.split()[-1].lower() in self.ends[first]]
        elif role.endswith(self.minister_end):
            stem = _words(role[: -len(self.minister_end)])
            kind = [org for org in organizations if org.lower().endswith(self.ministry_ends)
                    and _words(_ministry_stem(org.lower(), self.ministry_ends))[: len(stem)] == stem]
        else:
            return None
        return kind[0] if len(kind) == 1 else None

    def read(self, doc: Doc) -> ArticleOrganizations:
        """The organisations ``doc``'s entities name, each counted as often as the model tags it
        and again as often as the text writes it (a genitive as its name, not in a compound:
        "Raufoss-spiller"); those no subject of the article (``_subject``) left out of the count."""
        texts = [e.text for e in doc.ents if e.label_ in _ORGANIZATION_LABELS]
        bare = set(texts)
        person_words = {t.text for span in [*doc.ents, *doc.spans.get("people", [])] if span.label_ == "PER"
                        for t in span}
        tagged = Counter(e.text[:-1] if e.text.endswith("s") and e.text[:-1] in bare else e.text for e in doc.ents
                         if e.label_ in _ORGANIZATION_LABELS and self._subject(e, person_words))
        counts = Counter({name: tagged[name] + len(re.findall(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", doc_text(doc)))
                          for name in tagged})
        clusters = Counter(span._.canonical for span in doc.spans.get("clusters", []))
        parties = self._parties(doc, bare)
        not_party = Counter({name: n for name, n in counts.items() if not self._party(name)})
        return ArticleOrganizations(frozenset(bare), parties, _most_named(clusters, 1),
                                    _most_named(counts, 2), _most_named(not_party, 2), frozenset(counts))

    def _subject(self, entity: Span, person_words: set[str]) -> bool:
        """Can the organisation entity be what an article is about? Not an outlet, place or
        country (nor its genitive: "Tysklands"), no word of a person's name ("Solskjær"), no
        credit ("FOTO:", "/ AP Photo") or capitalised caption label ("KLAR FOR EGERSUND:")."""
        text, doc = entity.text, entity.doc
        if text in self.not_subjects or text.endswith("s") and text[:-1] in self.not_subjects \
                or any(t.text in person_words for t in entity) or text.lower() in self.credit_words:
            return False
        after = doc[entity.end].text if entity.end < len(doc) else ""
        before = doc[entity.start - 1].text if entity.start > 0 else ""
        return before != "/" and not (text.isupper() and (len(text) > 5 or after == ":"))

    def _party(self, name: str) -> bool:
        return name in self.party_names or name in self.foreign_parties or name.endswith(self.party_ends) \
            or name in self.party_names.values()

    def written_name(self, name: str, doc: Doc) -> str:
        """An organisation's letters as the name the article writes in full: a party's ("Ap":
        "Arbeiderpartiet"), or the one run of words whose initials they are, link words passed
        over ("FNB": "Folkeaksjonen Nei til mer bompenger"); a country's genitive as the country; else as given."""
        if name.endswith("s") and name[:-1] in self.countries:
            return name[:-1]  # "presidenten i USAs historie": the country, not its genitive
        full = self.party_names.get(name)
        if full is not None:
            return full if full != name and full in doc_text(doc) else name
        return spelt_out(doc, name) or name

    def _parties(self, doc: Doc, named: set[str]) -> tuple[str, ...]:
        """The parties ``doc`` names, each once, by the name it writes in full where it does: its
        organisations that are parties, and the parties' full names written anywhere in it."""
        found = [self.written_name(n, doc) for n in sorted(named) if n in self.party_names or n in self.foreign_parties
                 or n.endswith(self.party_ends)]
        found += [name for name in self.full_party_names if re.search(rf"\b{re.escape(name)}\b", doc_text(doc))]
        return tuple(dict.fromkeys(found))

    def _staff(self, role: str) -> bool:
        """``role`` is the title of an organisation's own people ("hovedtrener", "cluster director")."""
        last = role.split()[-1] if role else ""
        return role in self.staff_heads or any(last.endswith(head) for head in self.staff_heads if " " not in head)


def spelt_out(doc: Doc, acronym: str) -> str | None:
    """The one name in ``doc`` an acronym is the initials of: an entity or cluster ("ACT" where
    the article names Arctic Cluster Team), or a run of capitalised and lower-case words whose
    initials it is, link words passed over ("FNB": "Folkeaksjonen Nei til mer bompenger")."""
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 5):
        return None
    found = {span.text for span in [*doc.ents, *doc.spans.get("clusters", [])]
             if len(span) == len(acronym) and "".join(t.text[:1] for t in span) == acronym}
    if len(acronym) > 2 and not any(acronym in span.text.split() for span in doc.spans.get("clusters", [])):
        found |= _runs_spelling(doc, acronym)  # not "NODE" of GCE NODE, not "EU" of "En utsettelse"
    return found.pop() if len(found) == 1 else None


def _runs_spelling(doc: Doc, acronym: str) -> set[str]:
    """Runs of words opening with a capitalised one that is no function word, no person's name
    in them, whose initials (link words passed over) are ``acronym``."""
    links, found = _acronym_links(), set()
    for token in doc:
        if token.text[:1] != acronym[0] or token.text == acronym or token.lower_ in links:
            continue
        letters, end = "", token.i
        while end < len(doc) and end - token.i < 8 and doc[end].is_alpha and acronym.startswith(letters):
            if doc[end].lower_ not in links or end == token.i:
                letters += doc[end].text[0].upper()
            end += 1
            if letters == acronym and not any(t.ent_type_ == "PER" for t in doc[token.i:end]):
                found.add(doc[token.i:end].text)
                break
    return found


@cache
def _acronym_links() -> frozenset[str]:
    return frozenset(load("roles")["acronym_links"])


def _named_in_title(role: str, named: frozenset[str]) -> str | None:
    """The one organisation of ``named`` whose name, in lower case, a one-word title opens with
    ("venstreleder": Venstre), or whose lower-case last word, the kind of body it is, does
    ("tingrettsdommer": Nordvik tingrett)."""
    found = {name for name in named if " " not in role and any(
        len(word) > 3 and role.startswith(word.lower()) and len(role) > len(word) + 2
        for word in (name, *[w for w in name.split()[1:][-1:] if w.islower()]))}
    return found.pop() if len(found) == 1 else None


def _most_named(counts: Counter, least: int) -> str | None:
    """The name counted most, at least ``least`` times and more than any other; else None."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _ministry_stem(name: str, ends: tuple[str, ...]) -> str:
    return next(name[: -len(end)] for end in ends if name.endswith(end))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())
