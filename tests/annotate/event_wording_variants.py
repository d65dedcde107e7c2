"""Generated variants of wordings the other event suites do not carry: deciding, granting,
renewing, upgrading, refusing and losing in Bokmål and Nynorsk, active and passive, each wording
in every clause order (main, fronted adverbial, subordinate, relative), with three clusters
coordinated or named in the next paragraph, and as a headline whose body names the cluster; and
plans, applications, conditions, questions and pending decisions that must give no event. The
wordings, structures and name pieces are in ``tests/data/event_wording_variants.yaml``; status
spellings and name shapes come from ``tests/data/event_variants.yaml``.

    .venv/bin/python tests/annotate/event_wording_variants.py [--show 20]
prints the pass rate per kind, structure, wording, name shape and language, and failing examples.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

from tests.annotate.event_variants import Variant, extract_events, fill, load, make_name, passes
from tests.annotate.variants import pass_rate, rates_by_attribute

DATA = Path(__file__).resolve().parents[1] / "data" / "event_wording_variants.yaml"
ATTRIBUTES = ("kind", "spelling", "template", "shape", "language")
CLUSTER_ONLY = ("relative", "headline")  # structures whose subject must be the cluster
LISTS = ("coordinated", "next_paragraph")
NEGATIVE_FRAMES = {  # a negative sentence alone, after a sentence naming the cluster, as a headline
    "plain": {"nb": "{sentence}", "nn": "{sentence}"},
    "context": {"nb": "Næringsklyngen {A} samler 40 bedrifter i regionen.\n\n{sentence}",
                "nn": "Næringsklynga {A} samlar 40 verksemder i regionen.\n\n{sentence}"},
    "headline": {"nb": "{headline}\n\nKlyngen har 40 medlemmer.", "nn": "{headline}\n\nKlynga har 40 medlemer."},
}


def names_data(own: dict) -> dict:
    """event_variants.yaml's statuses, spellings and name shapes with this suite's name pieces."""
    shared = load()
    shared["names"] = {**own["names"], "shapes": shared["names"]["shapes"]}
    return shared


def clause(wording: dict, structure: str, data: dict, language: str, rng: random.Random) -> str:
    """The wording's parts put in the structure's order, the cluster slots left to fill."""
    parts = {"subj": "{A}", "neg": "", **wording}
    if structure in LISTS:
        plural = parts["subj"] == "{A}"
        listed = "{A}, {B} og {C}" if structure == "coordinated" else data["three"][language].lower()
        parts = {key: value.replace("{A}", listed) for key, value in parts.items()}
        if plural:
            parts["fin"], parts["rest"] = wording.get("fin_pl", parts["fin"]), wording.get("rest_pl", parts["rest"])
    text = data["structures"][structure][language].format(closer="{closer}", A="{A}", **parts)
    return text.replace("{closer}", rng.choice(data["closers"][language]))


def combos(data: dict) -> list[tuple[dict, str, str]]:
    """Every (wording, structure, language) that makes a sentence."""
    found = []
    for wording in data["wordings"]:
        for structure in data["structures"]:
            for language in ("nb", "nn"):
                if structure in CLUSTER_ONLY and wording[language].get("subj", "{A}") != "{A}":
                    continue
                found.append((wording, structure, language))
    return found


def positives(data: dict, shared: dict, rng: random.Random) -> list[Variant]:
    shapes = list(shared["names"]["shapes"])
    variants = []
    for index, (wording, structure, language) in enumerate(combos(data)):
        shape = shapes[index % len(shapes)]
        status = rng.choice(wording.get("status", shared["statuses"]))
        names = distinct_names(shape, shared, rng)
        text, spelling = fill(clause(wording[language], structure, data, language, rng), names, status,
                              shared["spellings"], rng)
        slots = "ABC" if structure in LISTS else "A"
        expected = frozenset((names[slot], status, wording["action"]) for slot in slots)
        variants.append(Variant(f"w{index:04d}", wording["id"], f"{wording['action']} {structure}", language,
                                shape, spelling, text, expected))
    return variants


def negatives(data: dict, shared: dict, rng: random.Random, repeats: int = 2) -> list[Variant]:
    """Each negative sentence in every frame and language, ``repeats`` times with other names;
    no name with a programme prefix, which is itself a status the cluster holds."""
    shapes = [shape for shape in shared["names"]["shapes"] if shape != "arena_prefixed"]
    variants = []
    for turn in range(repeats):
        for negative in data["negatives"]:
            for frame, layout in NEGATIVE_FRAMES.items():
                for language in ("nb", "nn"):
                    shape = shapes[len(variants) % len(shapes)]
                    sentence = negative[language]
                    text = layout[language].format(sentence=sentence, headline=sentence.rstrip("."), A="{A}")
                    status = rng.choice(shared["statuses"])
                    text, spelling = fill(text, distinct_names(shape, shared, rng), status, shared["spellings"], rng)
                    variants.append(Variant(f"n{len(variants):04d}", negative["id"], f"no event {negative['kind']}",
                                            language, shape, f"{frame}: {spelling}", text, frozenset()))
    return variants


def distinct_names(shape: str, shared: dict, rng: random.Random) -> dict[str, str]:
    names: dict[str, str] = {}
    while len(set(names.values())) < 3:
        names = {slot: make_name(shape, shared, rng) for slot in "ABC"}
    return names


def generate(seed: int = 0) -> list[Variant]:
    """Every wording in every structure and language, then the negatives."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    shared, rng = names_data(data), random.Random(seed)
    return positives(data, shared, rng) + negatives(data, shared, rng)


def report(variants: list[Variant], found: dict[str, set], label: str, show: int = 20) -> float:
    """The pass rate, printed with the rates by kind, wording, shape and language, and failures."""
    rate, failures = pass_rate(variants, found, passes)
    print(f"\n{len(variants)} {label}, pass rate {rate:.3f}")
    lines = rates_by_attribute(variants, failures, ATTRIBUTES)
    print("\n".join(line for line in lines if not line.startswith("spelling")))
    for variant, got in failures[:show]:
        print(f"[{variant.kind} / {variant.template} {variant.language} {variant.shape}] {variant.text!r}\n"
              f"  want {sorted(variant.expected, key=str)}\n  got  {sorted(got, key=str)}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--kind", help="only kinds containing this word")
    args = parser.parse_args()
    variants = [v for v in generate(args.seed) if not args.kind or args.kind in v.kind]
    report(variants, extract_events(variants), "wording variants", args.show)


if __name__ == "__main__":
    main()
