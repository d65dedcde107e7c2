"""Organisations a lower-case genitive before a title refers back to: "selskapets konsernsjef,
Amin Nasser" is the company named before ("Saudi Aramco jobber ..."), "tankesmias leder" the
think tank the article introduced as one ("Tankesmia Australia Institute"); a lower-case word
for the cluster after a title ("prosjektleiar i klyngeorganisasjonen") is the article's cluster."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..lexicon import load

_ORGANIZATION_LABELS = frozenset({"ORG"})  # not a country acting ("Norge vil")
_SUBJECT = frozenset({"SUBJ", "nsubj"})  # NDT's label (the shipped parser) and UD's


class OrganizationReferents:
    """Which organisation each lower-case genitive of a type noun ("selskapets", "klubbens",
    "tankesmias") before a title (adjectives may stand between: "klubbens nye hovedtrener")
    stands for: the last one the article introduced with that noun ("Tankesmia X") in its
    sentence or the one before, else the last one named there, else the last one introduced
    anywhere before. A compound genitive ("friidrettsforbundets lege") stands for the one
    organisation the article names with that word last ("Norges Friidrettsforbund")."""

    def __init__(self) -> None:
        names, roles = load("names"), load("roles")
        self.type_nouns = frozenset([*names["type_nouns"]["ORG"], *names["type_heads"]["ORG"]])
        self.cluster_words = frozenset([*load("clusters")["cue_words"], *roles["cluster_referents"]])
        self.cluster_word_links = frozenset(roles["cluster_word_links"])
        self.new_words = frozenset(roles["new_words"])
        self.definite_endings = sorted(roles["definite_endings"], key=len, reverse=True)

    def find(self, doc: Doc, parts: list[str]) -> dict[int, str | None]:
        """Token index of each such genitive -> the organisation's name, or None where the
        article names none ("Klubbens trener" is no club called "Klubben")."""
        found = {}
        for i in range(len(doc) - 1):
            token = doc[i]
            if parts[i] not in {"", "ORG"} or not token.text.endswith("s") \
                    or not (token.is_lower or token.is_sent_start or _hyphened_noun(token)) \
                    or not self._before_title(doc, parts, i + 1):
                continue
            noun = token.lower_[:-1]
            if noun in self.type_nouns or noun.rsplit("-", 1)[-1] in self.type_nouns:
                found[i] = self._referred(doc, token, noun) or self._described(doc, token, noun)
            elif token.is_lower and (named := self._named_with_last_word(doc, noun)) is not None:
                found[i] = named
        found.update(self._cluster_words(doc, parts))
        return found

    def _cluster_words(self, doc: Doc, parts: list[str]) -> dict[int, str]:
        """Lower-case words for the cluster after a title or a title and its preposition, no name
        after them ("prosjektleiar i klyngeorganisasjonen", "som leder klyngen", "chairman of the
        Cluster"): the cluster the article names most."""
        if not doc.spans.get("clusters"):
            return {}
        found = []
        for token in doc[1:]:
            i = token.i
            before = i - 1 if parts[i - 1] == "TITLE" else i - 2 if doc[i - 1].lower_ in self.cluster_word_links \
                and i > 1 and parts[i - 2] == "TITLE" else None
            if before is None or token.lower_ not in self.cluster_words or parts[i] not in {"", "ORG", "TITLE"} \
                    or i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start:
                continue
            found.append(i)
        if not found:
            return {}
        main = Counter(span._.canonical for span in doc.spans["clusters"]).most_common(1)[0][0]
        return dict.fromkeys(found, main)

    def _before_title(self, doc: Doc, parts: list[str], i: int) -> bool:
        """A title at token ``i``, or after adjectives ("nye", "daglige") from there."""
        while i < len(doc) - 1 and parts[i] == "" and doc[i].is_lower \
                and (doc[i].lower_ in self.new_words or doc[i].lower_.endswith("e")):
            i += 1
        return parts[i] == "TITLE"

    @staticmethod
    def _referred(doc: Doc, token, noun: str) -> str | None:
        """The organisation the type noun ``noun`` in the genitive ``token`` refers back to."""
        introduced = [name for name in map(_name_after, doc[:token.i]) if name is not None
                      and doc[name.start - 1].lower_ == noun]
        sent = token.sent
        previous = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        near = _organisations(doc[previous:token.i])  # this sentence or the one before
        introduced_near = [name for name in introduced if name.start >= previous]
        chosen = (introduced_near or near or introduced or [None])[-1]
        return _without_genitive(chosen) if chosen is not None else None

    def _described(self, doc: Doc, token, noun: str) -> str | None:
        """The last organisation before ``token`` whose sentence calls it by the type noun in
        any form after its name: "Nordvik Institute, som omtales som en progressiv tankesmie"."""
        stem = next((noun[:-len(e)] for e in self.definite_endings if noun.endswith(e) and len(noun) - len(e) > 3), noun)
        described = [e for e in doc.ents if e.label_ in _ORGANIZATION_LABELS and e.end <= token.i
                     and any(t.lower_.startswith(stem) for t in doc[e.end:e.sent.end])]
        return _without_genitive(described[-1]) if described else None

    def _named_with_last_word(self, doc: Doc, noun: str) -> str | None:
        """The one organisation entity whose last word is ``noun`` without its definite ending."""
        stems = {noun[:-len(e)] for e in self.definite_endings if noun.endswith(e) and len(noun) - len(e) > 3}
        names = {e.text for e in doc.ents if e.label_ in _ORGANIZATION_LABELS and len(e) > 1
                 and e[-1].lower_ in stems}
        return names.pop() if len(names) == 1 else None


def _hyphened_noun(token) -> bool:
    """"TV-stasjonens": a lower-case noun after a hyphen, not a name the article also writes
    without the genitive ("E-tjenestens" where "E-tjenesten" stands)."""
    head = token.text.rsplit("-", 1)[-1]
    return head != token.text and head.islower() and not token.ent_type_ \
        and doc_text(token.doc).count(token.text[:-1]) == 1


def _name_after(token) -> Span | None:
    """The capitalised words right after ``token`` ("Tankesmia Nordic Policy Lab")."""
    doc, end = token.doc, token.i + 1
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
        end += 1
    return doc[token.i + 1:end] if end > token.i + 1 else None


def _organisations(span: Span) -> list[Span]:
    """The organisations ``span`` names: the model's, and proper nouns as subjects the model
    gave no person label ("Equinor jobber med saken")."""
    found = [e for e in span.ents if e.label_ in _ORGANIZATION_LABELS]
    for token in span:
        if token.pos_ == "PROPN" and token.dep_ in _SUBJECT and not token.ent_type_:
            end = token.i + 1
            while end < span.end and token.doc[end].dep_.lower() == "flat" and token.doc[end].head.i == token.i:
                end += 1
            found.append(token.doc[token.i:end])
    return sorted(found, key=lambda s: s.start)


def _without_genitive(span: Span) -> str:
    """"Saudi Aramcos" is Saudi Aramco where the article also writes that."""
    text = span.text
    if text.endswith("s") and text[:-1] in doc_text(span.doc).replace(text, ""):
        return text[:-1]
    return text
