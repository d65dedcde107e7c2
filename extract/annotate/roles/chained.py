"""Roles chained after a named person's role: "Kari Lie, leder i Aa, prosjektleder i Bb og styreleder
for Cc" gives Kari Lie all three; the later titles stand with their organisations and no name of
their own, joined to the role before by a comma or "og"."""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import doc_text
from ..titles import TitleLexicon


class ChainedRoles:
    """Gives a role row without a person the person of the role it is chained to."""

    def __init__(self, lexicon: TitleLexicon, and_word: str) -> None:
        self.lexicon = lexicon
        self.joins = {",", and_word, f", {and_word}"}

    def chain(self, doc: Doc, rows: list[dict]) -> list[dict]:
        """``rows`` with each unnamed role that follows a named one ("..., T2 i B og T3 for C")
        given that person; the first title of the chain must be in its base form (not
        "styrelederen i B", another person) and no name may follow the chain's last role. A role
        a named row already covers is left as it is."""
        ends = {row["end"]: row for row in rows if row["person"]}
        chained = []
        for row in sorted(rows, key=lambda r: r["start"]):
            covered = any(r["person"] and r["start"] <= row["start"] and row["end"] <= r["end"] for r in rows)
            before = None if row["person"] or covered else self._joined_before(doc, row, ends)
            if before is not None and self._bare_title(doc, row) and not self._name_after(doc, row["end"]):
                row = {**row, "person": before["person"], "person_start": before["person_start"],
                       "person_end": before["person_end"], "person_source": before["person_source"],
                       "canonical": before.get("canonical"), "rule": "chained-role"}
                ends[row["end"]] = row
            chained.append(row)
        return chained

    def _joined_before(self, doc: Doc, row: dict, ends: dict[int, dict]) -> dict | None:
        """The named row that ends just before ``row`` with only a comma or "og" between."""
        for end, named in ends.items():
            if end < row["start"] and row["start"] - end <= 6 \
                    and " ".join(doc_text(doc)[end:row["start"]].split()) in self.joins:
                return named
        return None

    def _bare_title(self, doc: Doc, row: dict) -> bool:
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        title = next((t for t in reversed(span) if t._.role_part == "TITLE"), None) if span is not None else None
        base = self.lexicon.role_base(title.text) if title is not None else None
        return base is not None and base[0] == title.lower_

    @staticmethod
    def _name_after(doc: Doc, end: int) -> bool:
        """A name (or a comma and a name) right after character ``end``."""
        span = doc.char_span(end, len(doc_text(doc)), alignment_mode="expand")
        following = [t for t in span[:3] if not t.is_space] if span is not None else []
        if following and following[0].text == ",":
            following = following[1:]
        return bool(following) and following[0]._.role_part == "NAME"
