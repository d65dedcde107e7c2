"""Which full names of an article are one person: "Kaare Norum" and "Kaare R. Norum", "Boasson Hagen"
and "Edvald Boasson Hagen", "Jan Henrik" and "Jan Henrik Nygård"."""

from __future__ import annotations

from collections import Counter

from ..backbone.names import known_first_name


def merge_full_names(full: Counter) -> dict[str, str]:
    """Each full name to the most frequent form of the same person: "Kaare Norum" and
    "Kaare R. Norum" (same first and last name) are one person, "Boasson Hagen" is
    "Edvald Boasson Hagen" when the article names no other Boasson Hagen, and first names
    alone are the one longer name they open ("Jan Henrik" and "Jan Henrik Nygård")."""
    canonical = {}
    for name in full:
        words = _folded(name)
        same = [f for f in full if _same_first(_folded(f)[0], words[0]) and _folded(f)[-1] == words[-1]]
        longer = {f for f in full if len(f.split()) > len(words) and _folded(f)[-len(words):] == words}
        if len(longer) == 1 and not any(_folded(f)[0] == words[0] for f in longer):
            same = list(longer)
        elif _first_names_of_one(name, full):  # "Jan Henrik" is Jan Henrik Nygård
            same = list(_first_names_of_one(name, full))
        canonical[name] = max(same, key=lambda f: (full[f], len(f)))
    return canonical


def _folded(name: str) -> list[str]:
    """A name's words in lower case: "Van Persie" opening a sentence is "van Persie"."""
    return name.lower().split()


def _same_first(a: str, b: str) -> bool:
    """The same first name, or an initial of it: "R. Kelly" is "Robert Kelly"."""
    if a == b:
        return True
    initial = a if a.endswith(".") and len(a) == 2 else b if b.endswith(".") and len(b) == 2 else None
    other = b if initial == a else a
    return initial is not None and other[:1] == initial[:1] and not other.endswith(".")


def _first_names_of_one(name: str, full) -> set[str]:
    """The one longer name ``name`` opens, when all of its words are first names the data knows."""
    words = name.split()
    if any(not known_first_name(w) for w in words):
        return set()
    longer = {f for f in full if len(f.split()) > len(words) and f.split()[:len(words)] == words}
    return longer if len(longer) == 1 else set()
