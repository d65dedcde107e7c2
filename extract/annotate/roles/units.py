"""A unit of an organisation between a title and the organisation: "programleder for Arena i
Innovasjon Norge", "klyngerådgiver for Vestlandet i Innovasjon Norge", "direktør Divisjon
Bærekraft i Innovasjon Norge". The role is held in the last organisation; the unit stays part
of the role ("programleder for Arena"). Words in ``data/page_roles.yaml``."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import load

_PLACE_LABELS = frozenset({"GPE_LOC", "GPE", "LOC"})


class UnitRoles:
    """Moves a role from an organisation's unit to the organisation that holds it."""

    def __init__(self) -> None:
        data = load("page_roles")
        self.unit_words = set(data["unit_words"])
        self.links = set(data["unit_links"])
        self.regional_units = set(load("organizations")["regional_units"])

    def held_in_organizations(self, doc: Doc, rows: list[dict], parts: list[str]) -> list[dict]:
        """``rows``, each whose organisation is a unit followed by "i ORG" given that ORG."""
        return [self._held_in_organization(doc, row, parts) or row for row in rows]

    def _held_in_organization(self, doc: Doc, row: dict, parts: list[str]) -> dict | None:
        if not row["organization"] or not self._unit(row["organization"]):
            return None
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in self.links \
                or not span.text.endswith(row["organization"]) or (row["person_end"] or 0) > span[-1].idx:
            return None  # the span ends with the unit, not with a name after it
        start = end = span.end + 1
        while end < len(doc) and parts[end] == "ORG" and doc[end].ent_type_ not in _PLACE_LABELS:
            end += 1
        titles = [t.i for t in span if parts[t.i] == "TITLE"]
        if end == start or not titles or titles[-1] + 1 >= span.end:
            return None
        unit = doc[titles[-1] + 1:span.end].text
        last = doc[end - 1]
        return {**row, "role": f"{row['role']} {unit}", "organization": doc[start:end].text,
                "end": max(row["end"], last.idx + len(last))}

    def _unit(self, organization: str) -> bool:
        """A regional unit, a programme or a unit named by its kind ("Divisjon Bærekraft")."""
        first = organization.split()[0].lower()
        return organization in self.regional_units or first in self.unit_words \
            or first.rsplit("-", 1)[-1] in self.unit_words
