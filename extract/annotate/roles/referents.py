"""Organisations a lower-case genitive before a title refers back to: "selskapets konsernsjef,
Amin Nasser" is the company named before ("Saudi Aramco jobber ..."), "tankesmias leder" the
think tank the article introduced as one ("Tankesmia Australia Institute")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import load

_ORGANIZATION_LABELS = frozenset({"ORG"})  # not a country acting ("Norge vil")
_SUBJECT = frozenset({"SUBJ", "nsubj"})  # NDT's label (the shipped parser) and UD's


class OrganizationReferents:
    """Which organisation each lower-case genitive of a type noun ("selskapets", "klubbens",
    "tankesmias") right before a title stands for: the last one the article introduced with
    that noun ("Tankesmia X"), else the last one named in its sentence or the one before."""

    def __init__(self) -> None:
        names = load("names")
        self.type_nouns = frozenset([*names["type_nouns"]["ORG"], *names["type_heads"]["ORG"]])

    def find(self, doc: Doc, parts: list[str]) -> dict[int, str | None]:
        """Token index of each such genitive -> the organisation's name, or None where the
        article names none ("Klubbens trener" is no club called "Klubben")."""
        found = {}
        for i in range(len(doc) - 1):
            if parts[i + 1] != "TITLE" or parts[i] not in {"", "ORG"}:
                continue
            token = doc[i]
            noun = token.lower_[:-1]
            if not ((token.is_lower or token.is_sent_start) and token.text.endswith("s") and noun in self.type_nouns):
                continue
            introduced = [name for name in map(_name_after, doc[:token.i]) if name is not None
                          and doc[name.start - 1].lower_ == noun]
            sent = token.sent
            previous = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            near = _organisations(doc[previous:token.i])  # this sentence or the one before
            chosen = (introduced or near or [None])[-1]
            found[token.i] = _without_genitive(chosen) if chosen is not None else None
        return found


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
    if text.endswith("s") and text[:-1] in span.doc.text.replace(text, ""):
        return text[:-1]
    return text
