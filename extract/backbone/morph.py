"""A token's morphological features by field, read from the text of its analysis once per
analysis: ``token.morph.get(field)`` builds the answer anew on every call, and the rule
components ask it in loops."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token


def morph_values(token: Token, field: str) -> tuple[str, ...]:
    """The values of ``field`` in ``token``'s analysis ("Number" of "Number=Plur": ("Plur",)),
    as ``token.morph.get(field)`` gives them; () when it has none."""
    return _fields(str(token.morph)).get(field, ())


@lru_cache(maxsize=4096)  # one entry per analysis: a tag set has some hundreds
def _fields(morph: str) -> dict[str, tuple[str, ...]]:
    """``"Case=Gen|Number=Plur,Sing"`` as {"Case": ("Gen",), "Number": ("Plur", "Sing")}."""
    fields = {}
    for feature in morph.split("|") if morph else ():
        field, _, values = feature.partition("=")
        fields[field] = tuple(values.split(","))
    return fields
