"""A name the NER calls an organisation, in a frame with no cluster named, is the cluster ("Marin Klynge
avanserer til NCE"), unless it is known as another kind of organisation, a granting body, a company or the sender."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from .clauses import Clause
from .mentions import Mention, overlaps
from .name_core import core_bounds
from .state import DocState
from .vocabulary import EventVocabulary


def named_organizations(vocabulary: EventVocabulary, state: DocState, clause: Clause) -> list[Span]:
    """A name the NER calls an organisation, in a frame with no cluster named, is the cluster
    ("Marin Klynge avanserer til NCE"), unless it is a known organisation or granting body, the
    first part of a compound written out ("Kommunal- og regionalminister"), or sends the news
    ("Pressemelding fra X: ...")."""
    doc, text = state.doc, doc_text(state.doc)
    written = doc[clause.start:clause.end]
    known = {text[s:e].lower() for s, e, _name in
             state.organizations_between(vocabulary.organizations, written.start_char, written.end_char)}
    known |= {body.lower() for body in vocabulary.words["granting_bodies"]}
    found = []
    for ent in doc.ents:
        names_status = {t.text for t in ent} & vocabulary.status_words
        anaphor = ent.text.lower() in vocabulary.words["cluster_anaphora"]  # "Nettverket har fått ..."
        sender = ent.start > 0 and doc[ent.start - 1].lower_ in vocabulary.words["sender_prepositions"]
        if ent.start in clause and ent.label_ == "ORG" and ent.text.lower() not in known and not names_status \
                and not _company_named(vocabulary.words, doc, ent) and not sender \
                and not anaphor and not ent.text.endswith(("-", "–")) \
                and not any(overlaps(Mention(ent.start, ent.end, ""), s) for s in state.statuses):
            span = Span(doc, *core_bounds(vocabulary, doc, ent.start, ent.end), label="CLUSTER")  # no body in front
            span._.canonical = vocabulary.strip_prefix(span.text)
            found.append(span)
    state.added.extend(found)
    return found


def _company_named(words: dict, doc: Doc, ent: Span) -> bool:
    """Is the name introduced as a company ("næringsutviklingsselskapet SNU", "the company Tindra")?"""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before.endswith(tuple(words["company_noun_endings"]))
