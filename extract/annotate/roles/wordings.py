"""One role in two wordings: a person's "sosiologiprofessor" beside "professor i sosiologi", or
"arbeidsminister" beside "arbeids- og sosialminister", is one role, kept once as the one-word
compound (with the organisation either wording stated). A compound and its head ("hovedtrener",
"trener") stay two rows: the facts written by hand count them as two roles as often as one."""

from __future__ import annotations

from ..lexicon import load


def one_wording(rows: list[dict]) -> list[dict]:
    """``rows`` (person-role rows) without a phrase whose role a one-word compound of the same
    person with no other organisation says; the compound takes the phrase's organisation."""
    kept = list(rows)
    for phrase in rows:
        compound = next((row for row in kept if row is not phrase and row["person"] == phrase["person"]
                         and phrased(phrase["role"], row["role"])
                         and _same_organization(row["organization"], phrase["organization"])), None)
        if compound is None:
            continue
        compound["organization"] = compound["organization"] or phrase["organization"]
        kept.remove(phrase)
    return kept


def phrased(phrase: str, compound: str) -> bool:
    """Does ``phrase`` word the one-word ``compound`` as a title with its field ("professor i
    sosiologi", "professor i arbeidsrett" of "arbeidsrettsprofessor") or as a coordinated compound
    ("arbeids- og sosialminister" of "arbeidsminister" and of "sosialminister")?"""
    phrase, compound = phrase.lower(), compound.lower()
    if " " in compound or "-" in compound or not compound:
        return False
    words = phrase.split()
    if len(words) == 3 and words[1] in load("roles")["field_prepositions"]:
        head, _, field = words
        return compound in {field + head, field + "s" + head, field + "e" + head}
    first, _, second = phrase.partition(f"- {load('function_words')['and']} ")
    if not second or " " in first or " " in second:
        return False
    head = compound[len(first):]
    return compound == second or (compound.startswith(first) and len(head) >= 4 and second.endswith(head))


def _same_organization(one: str | None, other: str | None) -> bool:
    if not one or not other:
        return True
    one, other = one.lower(), other.lower()
    return one in other or other in one
