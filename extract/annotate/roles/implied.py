"""The organisation a title implies: an article's only municipality for its mayor, its only
county for a county councillor, the ministry named like a minister's title
(``implied_organizations`` in ``data/roles.yaml``)."""

from __future__ import annotations

import re

from ..lexicon import load

_WORD = re.compile(r"[\wæøåÆØÅ]+")


class ImpliedOrganizations:
    """Which organisation named in an article a title with none stated belongs to."""

    def __init__(self) -> None:
        roles = load("roles")
        self.ends = {title: set(kind["ends"]) for kind in roles["implied_organizations"] for title in kind["titles"]}
        self.minister_end = roles["minister_title_end"]
        self.ministry_ends = tuple(roles["ministry_ends"])

    def organization(self, role: str, organizations: set[str]) -> str | None:
        """The one organisation of ``organizations`` (the article's) that ``role`` implies, or None."""
        first = role.split()[0] if role else ""
        if first in self.ends:
            kind = [org for org in organizations if org.split()[-1].lower() in self.ends[first]]
        elif role.endswith(self.minister_end):
            stem = _words(role[: -len(self.minister_end)])
            kind = [org for org in organizations if org.lower().endswith(self.ministry_ends)
                    and _words(_ministry_stem(org.lower(), self.ministry_ends))[: len(stem)] == stem]
        else:
            return None
        return kind[0] if len(kind) == 1 else None


def _ministry_stem(name: str, ends: tuple[str, ...]) -> str:
    return next(name[: -len(end)] for end in ends if name.endswith(end))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())
