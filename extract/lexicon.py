"""Loading the Norwegian language knowledge kept in data files, and turning word lists
into regexes.

Each stage keeps its own YAML files next to its code (``extract/parse/*.yaml``,
``extract/annotate/data/*.yaml``); knowledge more than one stage needs, such as the
month names, lives in ``extract/data/``. Only the helpers to read them are shared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

#: Data files shared by several stages.
DATA_DIR = Path(__file__).parent / "data"


class _WordLoader(yaml.SafeLoader):
    """YAML's safe loader with only true/false as booleans: the data files' word lists hold "no"
    (Nynorsk "now", a language code), "No" and "On" as words, which YAML 1.1 reads as false and true."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_WordLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


@cache
def load_yaml(path: Path) -> Any:
    """The parsed YAML file at ``path`` (cached: callers must not modify it)."""
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_WordLoader)  # a SafeLoader: no object is built from the file


@cache  # the rule components ask in their loops: a dict look-up, not a path built each time
def load(directory: Path, name: str) -> Any:
    """The parsed YAML file ``directory/NAME.yaml`` (cached)."""
    return load_yaml(Path(directory) / f"{name}.yaml")


def alternation(words: Iterable[Any], *, space: str = r"\s+", lowercase: bool = False) -> str:
    """A regex group matching any of ``words`` literally, longest first so that the
    longest match wins. A space in a word matches ``space`` (a regex: any whitespace by
    default); with ``lowercase`` the words are lowercased first."""
    unique = {str(w).lower() if lowercase else str(w) for w in words}
    ordered = sorted(unique, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(space.join(map(re.escape, w.split(" "))) for w in ordered) + ")"



@cache
def months() -> dict[str, dict[str, int]]:
    """The month table of ``data/months.yaml`` as ``{"names": {name: number},
    "abbreviations": {short form: number}, "english": {name: number}}``, all lowercase."""
    table = load(DATA_DIR, "months")
    return {
        kind: {str(w).lower(): int(number) for number, words in table[kind].items() for w in words}
        for kind in ("names", "abbreviations", "english")
    }
