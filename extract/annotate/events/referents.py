"""One cluster per referent: a short form the article ties to a cluster it names in full is that
cluster, never a second one. The ties are the article's own: the short form in brackets right
after the name ("Norwegian Wood Cluster (NWC)", "Cluster(NWC)"), an acronym of the name's words
("HDC" where "Havbris Digital Cluster" is named), a name cut short where the text goes on with
the whole of a longer name ("Energi" read from "Energi i Nord") or where the page ends ("..., deriblant
Norwegian S": a cluster it begins, else none), or the opening words of a name that ends in a word for
cluster ("Stiim" where "Stiim Aqua Cluster" is named), or the name with a word for cluster after it ("Stiim-klyngen"
where "Stiim" is named), or a name spelt with one slip where the article also
writes it right ("Fjordlsy Marine Cluster" beside "Fjordlys Marine Cluster": the form written more often, else the
one the registry knows)."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from ..cluster_registry import registry
from ..extensions import doc_text
from ..name_ends import ACRONYM, cut_by_page_end, headline_end

_BRACKET = re.compile(r"\s*\(\s*(?P<short>[^()\n]{1,60}?)\s*\)")
_NAMED_ACRONYM = re.compile(rf"(?P<name>(?:[A-ZÆØÅ][\wæøå&-]* (?:of |for |and |& )?){{1,5}})\((?P<short>{ACRONYM.pattern})\)")


def short_forms(words: dict, doc: Doc, spans: list[Span], strip_prefix) -> dict[str, str]:
    """Each short form the article ties to a longer cluster name, with that name's canonical form."""
    text, forms = doc_text(doc), {}
    for span in spans:  # "Norwegian Wood Cluster (NWC)": the shorter form in brackets is the name's
        bracket = _BRACKET.match(text, span.end_char)
        short = bracket["short"] if bracket else ""
        if short and len(short) < len(span.text) and short != span._.canonical:
            forms.setdefault(short, span._.canonical)
            forms.setdefault(strip_prefix(short), span._.canonical)
    names = {span._.canonical: span for span in spans}
    for name in names:
        if name in forms:
            continue
        whole = _acronym_of(words, name, spans) or _written_on(text, name, spans) or _leading_part(words, name, spans) \
            or _filed_as_cluster(words, text, name, names) \
            or _headline_short(text, name, spans) or _spelt_right(words, name, spans, strip_prefix) \
            or cut_by_page_end(text, names[name].text, names[name].end_char, set(names))[1]
        if whole is not None:
            forms[name] = whole
    return {short: whole for short, whole in forms.items() if short != whole}


def _acronym_of(words: dict, name: str, spans: list[Span]) -> str | None:
    """The one cluster named whose words' initials the name is ("NWC": Norwegian Wood Cluster)."""
    if not ACRONYM.fullmatch(name):
        return None
    wholes = {span._.canonical for span in spans if span._.canonical != name
              and name in _initials(words, span.text) | _initials(words, span._.canonical)}
    return wholes.pop() if len(wholes) == 1 else None


def _initials(words: dict, name: str) -> set[str]:
    """A name's initials with and without its small joining words ("Norwegian Offshore & Drilling
    Engineering": NODE, NO&DE)."""
    parts = [p for p in re.split(r"[\s\-–—]+", name) if p]
    joined = {p.lower() for p in words["acronym_skipped_words"]}
    every = "".join(p[0].upper() for p in parts)
    capitalised = "".join(p[0] for p in parts if p[0].isupper() or p == "&")
    content = "".join(p[0].upper() for p in parts if p.lower() not in joined)
    return {every, capitalised, content}


def _written_on(text: str, name: str, spans: list[Span]) -> str | None:
    """The one longer cluster name every mention of ``name`` is the start of, as the text goes on
    ("Energi" where the text reads "Energi i Nord", a cluster of the article)."""
    mentions = [span for span in spans if span._.canonical == name]
    longer = {span.text: span._.canonical for span in spans
              if span._.canonical != name and any(span.text.startswith(m.text + " ") for m in mentions)}
    wholes = set()
    for mention in mentions:
        going_on = [whole for form, whole in longer.items()
                    if form.startswith(mention.text + " ") and text.startswith(form, mention.start_char)]
        if not going_on:
            return None
        wholes.update(going_on)
    return wholes.pop() if len(wholes) == 1 else None


def _filed_as_cluster(words: dict, text: str, name: str, names: dict[str, Span]) -> str | None:
    """The name that ``name`` is with a word for cluster after it ("Havlys Energy-klyngen", "Havlys Energy klynga",
    "Havlys-clusteret"), where the article names it so or, a name of more than one word, writes it alone ("Havlys
    Energy har 40 medlemmer"): one cluster. Not "fintech-klyngen" beside a heading "Fintech i startgropen"."""
    for suffix in (s for s in words["name_category_suffixes"] if name.endswith(s) and len(name) > len(s)):
        stem = name[:-len(suffix)].rstrip(" -–—")
        alone = " " in stem and _written_alone(text.replace(name, ""), stem)  # one word alone is a topic: "Fintech"
        if stem and stem != name[:-len(suffix)] and (stem in names or alone):
            return stem
    return None


def _written_alone(text: str, name: str) -> bool:
    """Does the text write the name as a word of its own, no dash nor letter glued to it?"""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w\-–—])", text) is not None


def _headline_short(text: str, name: str, spans: list[Span]) -> str | None:
    """The one longer cluster name that opens with ``name``, where the article writes ``name`` alone in its headline
    only ("Sjømatnæringa får Arena-status" over "Sjømatnæringa i Nord-Norge har ...")."""
    end = headline_end(text)
    if not end or any(span.start_char >= end for span in spans if span._.canonical == name):
        return None
    wholes = {span._.canonical for span in spans if span._.canonical.startswith(name + " ") and span.start_char >= end}
    return wholes.pop() if len(wholes) == 1 else None


def _leading_part(words: dict, name: str, spans: list[Span]) -> str | None:
    """The one longer cluster name of the article that opens with ``name`` and ends in a word for cluster
    ("Stiim" where "Stiim Aqua Cluster" is named, "Fjordlys" beside "Fjordlys Nettverket")."""
    wholes = {span._.canonical for span in spans if span._.canonical.startswith(name + " ")
              and span._.canonical.split()[-1].lower() in words["cluster_name_tails"]}
    return wholes.pop() if len(wholes) == 1 else None


def _spelt_right(words: dict, name: str, spans: list[Span], strip_prefix) -> str | None:
    """The one other cluster name of the article that ``name`` is a slip of the pen for: the same words but one
    (programme prefixes aside), a long word one letter off ("Norwegain"/"Norwegian"), where the other form is
    written more often or, as often, is the one the registry knows."""
    counts = Counter(span._.canonical for span in spans)
    right = [other for other in counts if other != name and _one_slip(words, strip_prefix(name), strip_prefix(other))
             and (counts[other] > counts[name]
                  or counts[other] == counts[name] and registry().lookup(other) and not registry().lookup(name))]
    return right[0] if len(right) == 1 else None


def _one_slip(words: dict, name: str, other: str) -> bool:
    """Two names of the same words but one, long, written with one letter changed, dropped, added or swapped."""
    pairs = [(a, b) for a, b in zip(name.split(), other.split()) if a != b]
    if len(name.split()) != len(other.split()) or len(pairs) != 1:
        return False
    a, b = pairs[0]
    shortest = words["misspelt_word_min_length"]
    return a.isalpha() and b.isalpha() and min(len(a), len(b)) >= shortest and _one_edit(a.lower(), b.lower())


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, dropped, added, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def never_acronyms(doc: Doc, never) -> set[str]:
    """Acronyms the article gives in brackets to a name that is never a cluster, the same body: "Norwegian
    Innovation Clusters (NIC)" (the programme), "Innovasjon Norge (IN)"."""
    found = set()
    for match in _NAMED_ACRONYM.finditer(doc_text(doc)):
        words = match["name"].split()
        if any(never(" ".join(words[k:])) for k in range(len(words))):
            found.add(match["short"])
    return found


def cut_off(doc: Doc, spans: list[Span]) -> set[str]:
    """The name the end of the page cuts short where it begins no cluster the article names ("deriblant Fjordlys C")."""
    text, names = doc_text(doc), {span._.canonical for span in spans}
    return {span._.canonical for span in spans if cut_by_page_end(text, span.text, span.end_char, names) == (True, None)}


def one_per_referent(forms: dict[str, str], mentions: list[dict], spans: list[Span]) -> None:
    """Every event mention and cluster span of a short form gets the cluster's name."""
    for mention in mentions:
        mention["cluster"] = forms.get(mention["cluster"], mention["cluster"])
    for span in spans:
        span._.canonical = forms.get(span._.canonical, span._.canonical)
