"""Cluster names: known clusters from ``data/clusters.yaml`` and new ones found from context.

A cluster span covers the name as written ("NCE Heidner Biocluster"); its ``span._.canonical`` is
the cluster's name without the programme prefix, with aliases resolved ("NCE Heidner" -> "Heidner Biocluster").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.lexicon import alternation

from ..backbone.lemmas import form_tags

from .brand_names import brand_after_cue
from .cluster_registry import registry, strip_prefix
from .extensions import doc_text
from .entities import prefer_rule_entities
from .lexicon import CAPITALISED_WORD, load
from .never_clusters import NeverClusters
from .name_ends import (BRACKETED_ACRONYM, any_dash, dash_forms, is_form_label, name_length, over_inner_place,
                        with_subject_places)

# "Trebyggklyngen", "Havromsklyngen", "Batteri-klynga": a stem and the word for cluster.
_NICKNAME = re.compile(rf"(?P<stem>[A-ZÆØÅ][\wæøå]+?)-?{alternation(load('clusters')['nickname_endings'])}")


def _name(prefixes: list[str], not_after_dash: set[str]) -> str:
    """Up to four capitalised words, which may be joined by "&", "of" or a spaced dash ("NCE Marevo –
    Ocean Solutions", not before a word of ``not_after_dash``: "NCE Brattli Mat – Rogaland"); a
    programme prefix after the first opens the next name ("NCE Fjordlys NCE Havbris": a comma left out)."""
    opener = rf"(?!{alternation({p.split(' ')[0] for p in prefixes})}\b)"
    dashed = rf" [–—-] (?!{alternation(not_after_dash)}\b){opener}"
    return rf"{CAPITALISED_WORD}(?: (?:&|of|and|for) {CAPITALISED_WORD}|{dashed}{CAPITALISED_WORD}| {opener}{CAPITALISED_WORD}){{0,3}}"


class ClusterFinder:
    """Finds cluster names in text and gives each its canonical name."""

    def __init__(self) -> None:
        data = load("clusters")
        self.prefixes = data["programme_prefixes"]
        self.not_names = set(data["not_names"])
        self.leading_words = set(data["leading_words"])
        self.joiners = alternation(data["joiners"])
        self.cue_words = {w.lower() for w in data["cue_words"]}
        self.common_words = {w.lower() for w in data["common_words"]}
        self.canonical_of = self._known_forms(data["known"])
        self.never = NeverClusters(data)
        prefix = alternation(self.prefixes)
        known = any_dash(alternation(self.canonical_of))
        self.known_re = re.compile(
            rf"(?<![\wæøåÆØÅ-])(?:{prefix} )?(?P<name>{known})"
            rf"(?:[–—](?:{CAPITALISED_WORD})(?: {CAPITALISED_WORD}){{0,3}})?(?![\wæøåÆØÅ-])"  # "iKuben–Rapid Transformation"
        )
        suffixes = alternation(data["name_suffixes"])
        capitalised_suffixes = alternation(w for w in data["name_suffixes"] if w[0].isupper())
        name_words = _name(self.prefixes, {*self.not_names, *self.leading_words, *self.never.place_names,
                                           *data["interjections"]})
        self.context_res = [brand_after_cue(data),  # "klyngen 7sterke": a brand, not a capitalised word
            # "NCE Seafood Innovation", "GCE Ocean Technology"
            re.compile(rf"(?<![\wæøåÆØÅ-])(?P<whole>(?:{prefix}) (?P<name>{name_words}))"),
            # "klyngen Proneo", "næringsklyngen NCE Smart Energy Markets", "Bedriftsklyngen Fjordlys Opplevelser" (two words on, not "Energiklyngen Nord")
            re.compile(rf"(?i:\b(?:{alternation(data['cue_words'])}|[\wæøå]+-?{alternation(data['nickname_endings'])}(?= [A-ZÆØÅ]\S* [A-ZÆØÅ]))) (?P<whole>(?:(?:{prefix}) )?(?P<name>{name_words}))"),
            # "Energiklyngen", "Eyde-klyngen", "Oslo Cancer Cluster", "Heidner Biocluster"
            re.compile(
                rf"(?<![\wæøåÆØÅ-])(?P<whole>(?:(?:{prefix}) )?(?P<name>(?:{CAPITALISED_WORD} ){{0,3}}"
                rf"[A-ZÆØÅ][\wæøå-]*{suffixes}|(?:{CAPITALISED_WORD} ){{1,3}}{capitalised_suffixes}))"
                rf"(?![\wæøåÆØÅ-])"
            ),
            # "Tindra is an oncology research and industry cluster", "Fjordlys er ei næringsklynge": a definition
            re.compile(rf"(?<![\wæøåÆØÅ-]){self._not_after(data['definitions'])}(?P<whole>(?P<name>{name_words})) "
                       rf"{self._definition(data['definitions'])}"),
            # "Frukt- og bærklyngja", "Olje- og gassklyngen": a compound written out
            re.compile(rf"(?<![\wæøåÆØÅ-])(?P<whole>(?:(?:{prefix}) )?(?P<name>[A-ZÆØÅ][\wæøå]*- {alternation(data['compound_conjunctions'])} [\wæøå]+?"
                       rf"{alternation(data['nickname_endings'])}))(?![\wæøåÆØÅ-])"),
        ]
        # every match of a context regex holds one of these in lower case: a text with none is not searched
        self.context_cues = _cues([*self.prefixes, *data["name_suffixes"], *data["cue_words"],
                                   *data["definitions"]["nouns"], *data["nickname_endings"]])
        self.status_words = set(data["status_words"])
        self.suffixed_name_openers = set(data["suffixed_name_openers"])
        self.status_stems = {prefix.lower().replace(" ", "") for prefix in self.prefixes} | {
            prefix.lower() for prefix in self.prefixes}
        self.suffix_words = {w for w in data["name_suffixes"] if w[0].isupper()}
        self.renames = data["renames"]

    def _known_forms(self, other_known: list[dict]) -> dict[str, str]:
        """Each known form by its canonical name: a registry cluster's name and aliases by its
        name, a former name by itself without prefix ("GCE Subsea" -> "Subsea", but "NCE
        Maritime" keeps a prefix before one common word), so an event keeps the name of its
        time and the knowledge base links it; then the clusters the registry does not hold."""
        canonical_of: dict[str, str] = {}
        for cluster in registry().clusters:
            for form in [cluster.name, *cluster.aliases]:
                canonical_of[form] = cluster.name
            for form in cluster.former_names:
                rest = self.strip_prefix(form, self.prefixes)
                canonical_of[form] = form if " " not in rest and rest.lower() in self.common_words else rest
        for cluster in other_known:
            for form in [cluster["name"], *cluster.get("aliases", [])]:
                canonical_of.setdefault(form, cluster["name"])
        return canonical_of

    @staticmethod
    def _definition(words: dict) -> str:
        """A copula, an article, up to five words and a noun for cluster (a compound's last part)."""
        return (rf"(?i:{alternation(words['verbs'])} {alternation(words['articles'])} (?:[\wæøå&-]+,? ){{0,5}}?"
                rf"[\wæøå-]*{alternation(words['nouns'])})(?![\wæøå])")

    @staticmethod
    def _not_after(words: dict) -> str:
        """Not a place after a preposition: "X Cluster i Førde is an industry cluster" defines X Cluster."""
        return "".join(rf"(?<!\b{re.escape(word)} )" for word in words["not_after"])

    def canonical(self, name: str) -> str:
        """A known form's name, also in the genitive ("NCE Heidner Bioclusters") or with another dash; else ``name``."""
        name = next((form for form in dash_forms(name) if form in self.canonical_of), name)
        if name not in self.canonical_of and name.endswith("s") and name[:-1] in self.canonical_of:
            return self.canonical_of[name[:-1]]
        return self.canonical_of.get(name, name)

    @staticmethod
    def programme_prefixes() -> list[str]:
        """The programme prefixes a cluster name may carry ("NCE", "Arena Pro" ...)."""
        return list(load("clusters")["programme_prefixes"])

    @staticmethod
    def strip_prefix(name: str, prefixes: list[str]) -> str:
        """``name`` without its programme prefix: "NCE Eyde" -> "Eyde"."""
        return strip_prefix(name, prefixes)

    def _trim(self, name: str) -> str:
        """Drop trailing words that are a status, not a name ("Fjordkraft Innovasjon Arena-status"), a
        document's title after the name ("Vindenergi Sluttevaluering") and the words after a known name in the genitive."""
        words = name.split(" ")
        words = words[:name_length(words)]
        while len(words) > 1 and (words[-1] in self.prefixes or words[-1].split("-")[0] in self.prefixes):
            words.pop()
        for end in range(1, len(words)):  # "Blue Maritimes Global Performance Report": a known name's genitive ends it
            if words[end - 1].endswith("s") and " ".join(words[:end])[:-1] in self.canonical_of:
                return " ".join(words[:end])
        return " ".join(words)

    def _plausible(self, name: str) -> bool:
        """A name, not a body, a level or a common word; "Norwegian" opens a name only where a
        name suffix ends it ("Norwegian Tunnel Safety Cluster", "Norwegian Fashion Hub")."""
        words = name.split(" ")
        if name in self.leading_words:
            return False  # "It is a cluster of ...", "This is an industry cluster"
        opener = words[0] in self.suffixed_name_openers and len(words) > 2 and words[-1] in self.suffix_words
        if (words[0] in self.not_names and not opener) or all(w in self.not_names for w in words) or self.never(name) \
                or is_form_label(words[0]):
            return False  # "Prosjektperiode": a report form's field label
        first = words[0].lower().split("-")
        nickname = _NICKNAME.fullmatch(name)
        if name.lower() in self.cue_words or nickname and nickname["stem"].lower() in self.status_stems:
            return False  # "klyngen", "Arenaklyngen", "NCE-klyngen": the word for cluster, a status's
        return not any(part in self.status_words for part in first) and len(name) > 2

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, canonical name) of every cluster name in the text.

        A name found from context once ("næringsklynga Fjordmat Sogn") is a cluster
        everywhere in the same text ("Fjordmat Sogn fekk nei ..."), as is its acronym in brackets after it.
        """
        found = [over_inner_place(text, *name) for name in self._find_once(text)]  # "Energi i Nord"
        learned = {text[start:end]: canonical for start, end, canonical in found
                   if canonical not in self.canonical_of.values()}
        for start, end, canonical in found:  # "Norvik Fintech Hub (NFH)": its acronym is the same cluster
            bracket = BRACKETED_ACRONYM.match(text, end)
            if bracket and not self.never(bracket["short"]):
                learned.setdefault(bracket["short"], canonical)
        if learned:
            again = re.compile(rf"(?<![\wæøåÆØÅ-]){alternation(learned)}(?![\wæøåÆØÅ-])")
            found += [(m.start(), m.end(), learned[m.group()]) for m in again.finditer(text)]
        return found

    def _find_once(self, text: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for match in self.known_re.finditer(text):
            found.append((match.start(), match.end(), self.canonical(match["name"])))
        lowered = text.lower()
        if not any(cue in lowered for cue in self.context_cues):
            return found  # no context regex can match: most texts
        for regex in self.context_res:
            for match in regex.finditer(text):
                name = self._trim(match["name"].rstrip("."))
                start, end = match.start("whole"), match.start("name") + len(name)
                if start == match.start("name"):  # "For Eyde-klyngen", "The Life Science Cluster"; not "Next X Hub"
                    kept = name if _written_inside(text, name) else self._without_leading_words(name)  # "i Next X Hub"
                    start, name = end - len(kept), self.strip_prefix(kept, self.prefixes)
                if self._plausible(name) and not self._known_ones_joined(name):
                    found.append((start, end, self.canonical(name)))
        return found

    def _known_ones_joined(self, name: str) -> bool:
        """Is the name known clusters joined by "and", "&" or "og" ("NOW and Windcluster Mid-Norway")?"""
        parts = re.split(rf" {self.joiners} ", name)
        return len(parts) > 1 and all(p in self.canonical_of or registry().lookup(p) for p in parts)

    def _without_leading_words(self, name: str) -> str:
        words = name.split(" ")
        while len(words) > 1 and (words[0] in self.leading_words or words[0].lower() in self.cue_words
                                  or _function_word(words[0]) or words[0].lower().endswith(self.never.descriptions)):
            words.pop(0)
        return " ".join(words)


def _written_inside(text: str, name: str) -> bool:
    """Does the text write the whole name inside a sentence, right after a word in lower case ("Partnerne i Next Fjord
    Hub er ..."; not after a comma: "managing director, The X Cluster")? Then its first word is the name's, wherever
    else it opens a sentence."""
    return re.search(rf"[a-zæøå0-9] +{re.escape(name)}(?![\wæøåÆØÅ-])", text) is not None


def _cues(words: list[str]) -> tuple[str, ...]:
    """The longest piece of each word, lower-cased, with no space, "i" or "s": a text a regex finds
    the word in holds it in lower case, also where the regex ignores case (it reads a dotless "ı"
    as "i" and a long "ſ" as "s") or lets any whitespace stand for a space."""
    return tuple({max(re.split(r"[\sis]+", word.lower()), key=len) for word in words})


def _function_word(word: str) -> bool:
    """A capitalised word the lemma lexicon knows as a subordinator or determiner and never as a
    name word ("Da", "Dersom", "Mens", "Alle"): it opens a sentence before a name ("Da Fjordlys
    Cluster ble tatt opp ..."); no name opens with it."""
    tags, data = form_tags().get(word.lower(), frozenset()), load("clusters")
    return word[:1].isupper() and bool(tags & set(data["leading_word_tags"])) \
        and not tags & set(data["name_word_tags"])


@Language.factory(
    "newsfacts_clusters",
    assigns=["doc.spans", "doc.ents", "span._.canonical", "span._.rule"],
    requires=["token.is_sent_start"],
)
def make_cluster_component(nlp: Language, name: str) -> "ClusterComponent":
    return ClusterComponent()


class ClusterComponent:
    """Fills ``doc.spans["clusters"]`` (label CLUSTER) with canonical names."""

    def __init__(self) -> None:
        self.finder = ClusterFinder()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, canonical in self.finder.find(doc_text(doc)):
            span = doc.char_span(start, end, label="CLUSTER", alignment_mode="contract")
            if span is not None and len(span):
                span._.canonical = canonical
                spans.append(span)
        spans = filter_spans(with_subject_places(doc, spans))  # "Sjømat i Vest får NCE-status"
        _prefer_written_forms(spans, self.finder.prefixes)
        _merge_short_names(spans, set(self.finder.canonical_of))
        self._keep_prefixes(spans)
        _link_renames(doc, spans, self.finder.renames)
        _link_brackets(doc, spans)
        doc.spans["clusters"] = spans
        prefer_rule_entities(doc, spans, "ORG", "rule:newsfacts_clusters")  # the model often tags "Energy Markets" a person
        return doc

    def _keep_prefixes(self, spans: list[Span]) -> None:
        """"NCE Maritime", "Arena Skog", "Arena Oslo": a programme prefix stays in the name when
        what is left is one common word or a place; every mention of that name follows."""
        renamed = {}
        for span in spans:
            rest = span._.canonical
            if rest in self.finder.canonical_of or " " in rest or span.text == rest or not span.text.endswith(rest):
                continue
            token = span[-1]
            if token.ent_type_ in ("GPE_LOC", "LOC") or rest.lower() in self.finder.common_words:
                renamed[rest] = span.text
        for span in spans:
            span._.canonical = renamed.get(span._.canonical, span._.canonical)


def _prefer_written_forms(spans: list[Span], prefixes: list[str]) -> None:
    """A registry cluster the article never writes by the registry's name is named as the article
    first writes it ("NCE Eyde" is "Eyde", not the registry's "Eyde-klyngen"): the registry only
    confirms the name, and the knowledge base links every form by it. A former name keeps its own
    form, a lone "?" its dash; a nickname ("Hvitfiskklyngen") names no cluster."""
    known, written = registry(), {}
    forms = {strip_prefix(span.text, prefixes).casefold() for span in spans}  # "GCE BLUE Maritime" writes "Blue Maritime"
    for span in spans:
        cluster = known.lookup(span._.canonical)
        form = strip_prefix(span.text, prefixes)
        form = next((f for f in dash_forms(form) if known.lookup(f)), form)
        if cluster is not None and span._.canonical == cluster.name and cluster.name.casefold() not in forms \
                and known.lookup(form) is cluster and not _NICKNAME.fullmatch(form):
            written.setdefault(cluster.name, form)
    for span in spans:
        span._.canonical = written.get(span._.canonical, span._.canonical)


def _merge_short_names(spans: list[Span], known: set[str]) -> None:
    """Give a short form or a nickname the full name it stands for in the same article:
    "Smart Energy" -> "Smart Energy Markets", "Trebyggklyngen" -> "Trebygg Innlandet",
    "Hvitfiskklyngen Cod Cluster" -> "Cod Cluster" (a known cluster's name stays its own: "NODE" beside
    "GCE NODE RD&I projects"); a nickname no name explains
    ("Sunnmørsklynga") is the article's one named cluster of its opening sentences."""
    names = {s._.canonical for s in spans}
    owner = _opening_cluster(spans)
    for index, span in enumerate(spans):
        name = span._.canonical
        longer = [n for n in names if n != name and n.startswith(name + " ") and name not in known]  # "NODE" stays
        nickname = _NICKNAME.fullmatch(name)
        following = spans[index + 1] if index + 1 < len(spans) else None
        if nickname and following is not None and following.start == span.end:
            longer = [following._.canonical]  # an apposition: "Hvitfiskklyngen Cod Cluster"
        elif nickname and not longer:
            stem = nickname["stem"]
            longer = [n for n in names if n != name and n.split(" ")[0] in {stem, stem[:-1] if stem.endswith("s") else stem}]
            if not longer and owner and name not in known:
                longer = [owner]
        if len(longer) == 1 and not (name in known and longer[0] not in known):  # "NCE NODE Treårsevaluering av ..."
            span._.canonical = longer[0]


def _opening_cluster(spans: list[Span]) -> str | None:
    """The one cluster name (not a nickname) the first three sentences use, if there is one."""
    if not spans:
        return None
    sentences = list(spans[0].doc.sents)[:3]
    end = sentences[-1].end if sentences else 0
    named = {s._.canonical for s in spans if s.start < end and not _NICKNAME.fullmatch(s._.canonical)}
    return named.pop() if len(named) == 1 else None


def _link_renames(doc: Doc, spans: list[Span], renames: dict[str, list[str]]) -> None:
    """One cluster, two names: "Cod Cluster – tidligere kjent som Arena Torsk", "GCE Ocean Technology,
    som tidligere het GCE Subsea", "Arena Skog heter heretter WoodWorks! Cluster": every mention
    of either name gets the current one."""
    text = doc_text(doc)
    for first, second in zip(spans, spans[1:]):
        between = text[first.end_char:second.start_char].strip(" ,–-").lower()
        if between in renames["old_name_follows"]:
            old, new = second._.canonical, first._.canonical
        elif between in renames["new_name_follows"]:
            old, new = first._.canonical, second._.canonical
        else:
            continue
        for span in spans:
            if span._.canonical == old:
                span._.canonical = new


def _link_brackets(doc: Doc, spans: list[Span]) -> None:
    """One cluster, its name and in brackets right after it its other form ("Arena NOW (Norwegian
    Offshore Wind)", "Norwegian Offshore Wind (NOW)"): every mention of the bracketed one gets the first's name."""
    text = doc_text(doc)
    for first, second in zip(spans, spans[1:]):
        if text[first.end_char:second.start_char].strip() == "(" and text[second.end_char:second.end_char + 1] == ")" \
                and first._.canonical != second._.canonical:
            old, new = second._.canonical, first._.canonical
            for span in spans:
                if span._.canonical == old:
                    span._.canonical = new
