"""Generated variants of the kinds of language real pages found by search use for status events (batch 6
of the real-page corpus): who was taken in together after a caption's "(f.v.)", the end of a lower period
as the cluster moves up, a headline that counts the clusters its body lists, a headline that grants
cluster status, an admission counted in the lead, an indefinite cluster noun, clusters named by their
descriptions, an attempt told as history that failed, a plural status written with "prosjektene" over
lines of "name, place", a new status with an adjective between and the name after its semicolon. Each kind in Bokmål and Nynorsk (and English where pages are), in more than one clause order,
with cluster names never seen (the shapes of ``tests/data/event_variants.yaml``) or descriptions drawn
from ``tests/data/event_page_kinds.yaml``. The events must be the same, the names swapped.

    .venv/bin/python tests/annotate/event_page_kinds.py [--show 20]
prints the pass rate per kind, template, name shape and language, and failing examples.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

from tests.annotate.event_variants import Variant, fill, load, make_name, passes
from tests.annotate.variants import facts_of, reported_rate

DATA = Path(__file__).resolve().parents[1] / "data" / "event_page_kinds.yaml"
ATTRIBUTES = ("kind", "template", "shape", "language")
LANGUAGES = ("nb", "nn", "en")


def describe(pieces: dict, language: str, rng: random.Random) -> dict[str, str]:
    """Two descriptions of clusters: "den marine klyngen i Nordland", "sjømatklyngen på Agder"."""
    noun = "klyngen" if language == "nb" else "klynga"
    first, second = rng.sample(pieces["places"], 2)
    adjective = rng.choice(pieces["adjectives"][language])
    return {"A": f"den {adjective} {noun} i {first}", "B": f"{rng.choice(pieces['compounds'])}{noun} i {second}",
            "C": ""}


def distinct_names(shape: str, shared: dict, rng: random.Random) -> dict[str, str]:
    names: dict[str, str] = {}
    while len(set(names.values())) < 3:
        names = {slot: make_name(shape, shared, rng) for slot in "ABC"}
    return names


def generate(repeats: int = 2, seed: int = 0) -> list[Variant]:
    """Every template in every language and clause order, over the name shapes it takes, ``repeats``
    times (descriptions: five times each order)."""
    data, shared, rng = yaml.safe_load(DATA.read_text(encoding="utf-8")), load(), random.Random(seed)
    shapes = list(shared["names"]["shapes"])
    variants = []
    for template in data["templates"]:
        for language in (lang for lang in LANGUAGES if lang in template):
            for order, text in enumerate(template[language]):
                taken = ["description"] if template.get("described") else \
                    [s for s in shapes if s not in template.get("shapes_left_out", [])]
                for turn in range(repeats * (5 if template.get("described") else 1)):
                    for shape in taken:
                        status = rng.choice(template["status"])
                        names = describe(data["descriptions"], language, rng) if template.get("described") \
                            else distinct_names(shape, shared, rng)
                        filled, spelling = fill(text, names, status, shared["spellings"], rng)
                        expected = frozenset((names[slot], status if s == "{S}" else s, action)
                                             for slot, s, action in template["events"])
                        variants.append(Variant(f"k{len(variants):05d}", f"{template['id']} {order}",
                                                template["kind"], language, shape, spelling, filled, expected))
    return variants


def extract_events(variants: list[Variant], model: str | None = "default") -> dict[str, set]:
    """The (cluster, status, action) of every variant: one of several lines an article with no title of its
    own (its first line is its headline, as on a web page), a one-line one under a title."""
    lines = [v for v in variants if "\n" in v.text]
    results = facts_of(lines, "", model) + facts_of([v for v in variants if v not in lines], "Klyngenytt", model)
    return {r["article"]["id"]: {(e["cluster"], e["status"], e["action"]) for e in r["status_events"]}
            for r in results}


def report(variants: list[Variant], found: dict[str, set], show: int = 20) -> float:
    """The pass rate, printed with the rates by kind, template, shape and language, and failures."""
    return reported_rate(variants, found, passes, ATTRIBUTES, "page-kind variants", show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--template", help="only templates whose id holds this")
    args = parser.parse_args()
    variants = [v for v in generate(seed=args.seed) if not args.template or args.template in v.template]
    report(variants, extract_events(variants), args.show)


if __name__ == "__main__":
    main()
