"""The organisation of a named person's role told by a verb of running whose subject the person is:
"Daglig leder Kari Holm driver Nordvik Jaktturer" (daglig leder in Nordvik Jaktturer), "Dagleg
leiar Kari Holm driv Nordvik Jaktturar". Only for a role with no organisation of its own, and
only for the title written before the name in that sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import load

_SUBJECTS = frozenset({"SUBJ", "nsubj"})  # NDT's label (the shipped parser) and UD's
_OBJECTS = frozenset({"DOBJ", "obj"})
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE_ORG"})


class RunningVerbs:
    """Fills a role's organisation from the object of a verb of running (``running_lemmas``)."""

    def __init__(self) -> None:
        self.lemmas = frozenset(load("roles")["running_lemmas"])

    def fill(self, doc: Doc, rows: list[dict], parts: list[str]) -> list[dict]:
        return [self._filled(doc, row, parts) for row in rows]

    def _filled(self, doc: Doc, row: dict, parts: list[str]) -> dict:
        if row["organization"] is not None or row["person_start"] is None or row["start"] >= row["person_start"]:
            return row
        person = doc.char_span(row["person_start"], row["person_end"], alignment_mode="expand")
        organization = self._run_object(person, parts) if person is not None else None
        return {**row, "organization": organization.text} if organization is not None else row

    def _run_object(self, person: Span, parts: list[str]) -> Span | None:
        """The organisation (the words marked ORG around it, else the model's entity) that is the
        object of the verb of running ``person`` is the subject of."""
        verb = person.root.head
        if person.root.dep_ not in _SUBJECTS or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lemmas \
                or verb.i < person.end:
            return None
        found = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i), None)
        if verb.i + 1 < len(parts) and (parts[verb.i + 1] == "ORG" or person.doc[verb.i + 1].ent_type_ in _ORGANIZATION_LABELS):
            found = person.doc[verb.i + 1]  # the name right after the verb, whatever the parse calls it
        if found is None:
            return None
        if parts[found.i] == "ORG":
            start, end = found.i, found.i + 1
            while start > verb.i + 1 and parts[start - 1] == "ORG":
                start -= 1
            while end < len(parts) and parts[end] == "ORG":
                end += 1
            return person.doc[start:end]
        return next((ent for ent in person.doc.ents if ent.start <= found.i < ent.end
                     and ent.label_ in _ORGANIZATION_LABELS), None)
