"""A unit of an organisation between a title and the organisation: "programleder for Arena i
Innovasjon Norge", "klyngerådgiver for Vestlandet i Innovasjon Norge", "direktør Divisjon
Bærekraft i Innovasjon Norge". The role is held in the last organisation; the unit stays part
of the role ("programleder for Arena"). Words in ``data/page_roles.yaml``."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import doc_text
from ..lexicon import load
from ..organizations import organization_name, registry_name

_PLACE_LABELS = frozenset({"GPE_LOC", "GPE", "LOC"})


class UnitRoles:
    """Moves a role from an organisation's unit to the organisation that holds it."""

    def __init__(self) -> None:
        data = load("page_roles")
        self.unit_words = set(data["unit_words"])
        self.links = set(data["unit_links"])
        self.regional_units = set(load("organizations")["regional_units"])
        self.prepositions = set(load("roles")["org_prepositions"])

    def held_in_organizations(self, doc: Doc, rows: list[dict], parts: list[str]) -> list[dict]:
        """``rows``, each whose organisation is a unit followed by "i ORG" given that ORG."""
        return [self._held_in_organization(doc, row, parts) or row for row in rows]

    def _held_in_organization(self, doc: Doc, row: dict, parts: list[str]) -> dict | None:
        unit, link, holder = (row["organization"] or "").partition(" i ")
        if link and self._unit(unit) and organization_name(holder.split()):  # one run: "Innlandet i Nofima AS"
            return {**row, "role": f"{row['role']} {self._written_unit(doc, row, unit)}",
                    "organization": registry_name(holder)}
        if not row["organization"] or not self._unit(row["organization"]):
            return None
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        titles = [t.i for t in span if parts[t.i] == "TITLE"] if span is not None else []
        if not titles or (row["person_end"] or 0) > doc[titles[-1]].idx:
            return None  # "TITLE i UNIT, NAME": the name's role, read as it stands
        unit_start = titles[-1] + 1 + (titles[-1] + 1 < len(doc) and doc[titles[-1] + 1].lower_ in self.prepositions)
        unit_end = unit_start
        while unit_end < len(doc) and parts[unit_end] == "ORG":
            unit_end += 1
        start = end = unit_end + 1
        if end >= len(doc) or doc[unit_end].lower_ not in self.links:
            return None
        while end < len(doc) and parts[end] == "ORG":
            end += 1
        if end == start or unit_end == unit_start or not self._unit(doc[unit_start:unit_end].text) \
                or doc[start].ent_type_ in _PLACE_LABELS and not organization_name([t.text for t in doc[start:end]]):
            return None  # "daglig leder i Nofima i Tromsø": a place, where the organisation is
        last = doc[end - 1]
        return {**row, "role": f"{row['role']} {doc[titles[-1] + 1:unit_end].text}",
                "organization": registry_name(doc[start:end].text), "end": max(row["end"], last.idx + len(last))}

    @staticmethod
    def _written_unit(doc: Doc, row: dict, unit: str) -> str:
        """The unit with the preposition written before it ("for Innlandet")."""
        before = doc_text(doc)[row["start"]:row["end"]].rsplit(f" {unit} i ", 1)[0].rsplit(" ", 1)[-1]
        return f"{before} {unit}" if before.islower() else unit

    def _unit(self, organization: str) -> bool:
        """A regional unit, a programme or a unit named by its kind ("Divisjon Bærekraft")."""
        first = organization.split()[0].lower()
        return organization in self.regional_units or first in self.unit_words \
            or first.rsplit("-", 1)[-1] in self.unit_words
