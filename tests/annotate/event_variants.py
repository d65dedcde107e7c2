"""Generated variants of status-event sentences: what must not matter (cluster names never seen,
status spellings, list layouts, clause order, Bokmål or Nynorsk) is varied, and the events must
stay the same with the names swapped. The templates and name pieces are in
``tests/data/event_variants.yaml``.

    .venv/bin/python tests/annotate/event_variants.py [--count N] [--show 20]
prints the pass rate per kind, per name shape and per language, and failing examples.
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.annotate.variants import facts_of, pass_rate, rates_by_attribute
from tests.annotate.variants import reported_rate as shared_report

DATA = Path(__file__).resolve().parents[1] / "data" / "event_variants.yaml"
PREFIXES = ("arena pro ", "arena ", "nce ", "gce ")
ATTRIBUTES = ("kind", "template", "shape", "language")
SLOT = re.compile(r"\{(?P<name>[ABC]|S:(?P<form>\w+))\}")


@dataclass
class Variant:
    id: str
    template: str
    kind: str
    language: str
    shape: str
    spelling: str
    text: str
    expected: frozenset[tuple[str, str, str]]


def load() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def make_name(shape: str, data: dict, rng: random.Random) -> str:
    pieces = data["names"]
    english = rng.sample(pieces["english"], 2)
    return data["names"]["shapes"][shape].format(
        english=english[0], english2=english[1], invented=rng.choice(pieces["invented"]),
        acronym=rng.choice(pieces["acronyms"]), place=rng.choice(pieces["places"]),
        dash=rng.choice(pieces["dashes"]), head=rng.choice(pieces["compound_heads"]),
        tail=rng.choice(pieces["compound_tails"]))


def fill(text: str, names: dict[str, str], status: str, spellings: dict, rng: random.Random) -> tuple[str, str]:
    """The template with its slots filled, and the spelling drawn for the status."""
    drawn = {}

    def replace(match: re.Match) -> str:
        if match["form"]:
            form = match["form"]
            drawn[form] = drawn.get(form) or rng.choice(spellings[form][status])
            return drawn[form]
        return names[match["name"]]

    filled = SLOT.sub(replace, text)
    filled = filled[0].upper() + filled[1:]
    return filled, " / ".join(drawn.values())


def generate(count: int, seed: int = 0) -> list[Variant]:
    """``count`` variants, spread evenly over templates, languages and name shapes."""
    data, rng = load(), random.Random(seed)
    shapes = list(data["names"]["shapes"])
    combos = [(t, lang, shape) for t in data["templates"] for lang in ("nb", "nn") for shape in shapes]
    variants = []
    for index in range(count):
        template, language, shape = combos[index % len(combos)]
        status = rng.choice(template.get("status", data["statuses"]))
        names = _distinct_names(shape, data, rng)
        text, spelling = fill(template[language], names, status, data["spellings"], rng)
        expected = frozenset((names[slot], status if s == "{S}" else s, action)
                             for slot, s, action in template["events"])
        variants.append(Variant(f"v{index:05d}", template["id"], template["kind"], language, shape,
                                spelling, text, expected))
    return variants


def _distinct_names(shape: str, data: dict, rng: random.Random) -> dict[str, str]:
    names: dict[str, str] = {}
    while len(set(names.values())) < 3:
        names = {slot: make_name(shape, data, rng) for slot in "ABC"}
    return names


def norm_cluster(name: str) -> str:
    name = unicodedata.normalize("NFC", name or "").lower()
    name = re.sub(r"\s*[–—-]\s*", "-", name).strip(" .,:;«»")
    name = re.sub(r"\s+(?:i|på)\s+\S+$", "", name)
    name = re.sub(r"-?klynge(?:n|a)?$", "", name).strip("-")
    for prefix in PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def key(events) -> frozenset[tuple[str, str, str]]:
    return frozenset((norm_cluster(c), s.lower(), a) for c, s, a in events)


def extract_events(variants: list[Variant], model: str | None = "default") -> dict[str, set]:
    """The (cluster, status, action) of every variant, by newsfacts' public API."""
    results = facts_of(variants, "Klyngenytt", model)
    return {r["article"]["id"]: {(e["cluster"], e["status"], e["action"]) for e in r["status_events"]}
            for r in results}


def passes(variant: Variant, found: set) -> bool:
    """The same events, names swapped. A name with a lower programme prefix ("Arena X") that
    gets a status may be read as granted or as upgraded."""
    got, want = key(found), key(variant.expected)
    if variant.shape == "arena_prefixed":
        got, want = ({(c, s, "granted" if a == "upgraded" else a) for c, s, a in events} for events in (got, want))
    return got == want


def score(variants: list[Variant], found: dict[str, set]) -> tuple[float, list[tuple[Variant, set]]]:
    return pass_rate(variants, found, passes)


def breakdown(variants: list[Variant], failures: list[tuple[Variant, set]]) -> list[str]:
    return rates_by_attribute(variants, failures, ATTRIBUTES)


def reported_rate(variants: list[Variant], label: str = "variants") -> float:
    """The variants' pass rate, printed with its breakdown and the first failures."""
    return shared_report(variants, extract_events(variants), passes, ATTRIBUTES, label)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--template", help="only this template id")
    args = parser.parse_args()
    variants = [v for v in generate(args.count, args.seed) if not args.template or v.template == args.template]
    rate, failures = score(variants, extract_events(variants))
    print(f"{len(variants)} variants, pass rate {rate:.3f}")
    print("\n".join(breakdown(variants, failures)))
    for v, got in random.Random(1).sample(failures, min(args.show, len(failures))):
        print(f"\n[{v.template} {v.language} {v.shape}] {v.text!r}\n  want {sorted(v.expected)}\n  got  {sorted(got)}")


if __name__ == "__main__":
    main()
