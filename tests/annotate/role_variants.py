"""Generated variants of person-role sentences: what must not matter (how the name is built,
which title and which organisation, the layout of the sentence, Bokmål or Nynorsk) is varied,
and the (person, role, organisation) rows must stay the ones the sentence states. The templates,
names, titles and organisations are in ``tests/data/role_variants.yaml``.

    .venv/bin/python tests/annotate/role_variants.py [--each 24 | --count N] [--show 20] [--template ID]
prints the pass rate per kind, template, name shape, field and language, and failing examples.
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

DATA = Path(__file__).resolve().parents[1] / "data" / "role_variants.yaml"
ATTRIBUTES = ("kind", "template", "shape", "field", "language")
SLOT = re.compile(r"\{(?P<slot>[PQTUOR]|quote|in)(?::(?P<form>pl|gen|cap))?\}")
LANGUAGES = ("nb", "nn")


@dataclass
class Variant:
    id: str
    template: str
    kind: str
    language: str
    shape: str
    field: str
    text: str
    expected: frozenset[tuple[str, str, str | None]]


def load() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def genitive(name: str) -> str:
    """"Natur og Ungdom" -> "Natur og Ungdoms", "Nofima" -> "Nofimas", "NMBU" -> "NMBUs"."""
    return name + ("'" if name[-1] in "sxz" else "s")


def draw_slots(template: dict, language: str, shape: str, field: str, data: dict,
               rng: random.Random) -> dict[str, dict]:
    """The filled slots: each with its written forms and the value expected in a row."""
    column = LANGUAGES.index(language)
    group = data["groups"][field]
    titles = [t for t in group["titles"] if (not template.get("plural") or len(t) == 4)
              and not (template.get("one_word") and " " in t[column])]
    people = rng.sample(data["names"][shape], 2)
    title_pair = rng.sample(titles, 2)
    organizations = rng.sample(group["organizations"], 2)
    slots = {"quote": {"": rng.choice(data["quotes"][language])}, "in": {"": group.get("preposition", "i")}}
    for slot, person in zip("PQ", people):
        slots[slot] = {"": person, "value": person}
    for slot, title in zip("TU", title_pair):
        slots[slot] = {"": title[column], "pl": title[2 + column] if len(title) == 4 else None,
                       "cap": title[column][:1].upper() + title[column][1:],
                       "value": group.get("role", {}).get(title[column], title[column])}
    for slot, organization in zip("OR", organizations):
        slots[slot] = {"": organization, "gen": genitive(organization), "value": organization}
    return slots


def fill(text: str, slots: dict[str, dict]) -> str:
    filled = SLOT.sub(lambda m: slots[m["slot"]][m["form"] or ""], text)
    return filled[0].upper() + filled[1:]


def fields_of(template: dict, groups: dict, fields: tuple[str, ...] | None = None) -> list[str]:
    """The groups a template draws from: those it names, else every group not marked ``own``;
    of ``fields`` only, if given."""
    named = template.get("fields") or [name for name, group in groups.items()
                                       if (name in fields if fields else not group.get("own"))]
    return [name for name in named if fields is None or name in fields]


def generate(count: int | None = None, seed: int = 0, kinds: set[str] | None = None,
             fields: tuple[str, ...] | None = None, each: int | None = None) -> list[Variant]:
    """``each`` variants of every template (those of ``kinds``, or all) in each language, or
    ``count`` variants spread evenly over them; name shapes and fields (those of ``fields``, or every
    group not marked ``own``) varied within each.

    Each template and language draws from a stream of its own, seeded by the seed, the template's id
    and the language: its k-th variant is the same whatever other templates the file holds. With
    ``each``, adding a template adds its variants and leaves every other one as it was."""
    data = load()
    templates = sorted((t for t in data["templates"] if kinds is None or t["kind"] in kinds), key=lambda t: t["id"])
    streams = [_stream(template, language, data, fields, seed) for template in templates for language in LANGUAGES]
    streams = [stream for stream in streams if stream]
    rounds = [(stream, index) for index in range(each or -(-count // len(streams))) for stream in streams]
    variants = []
    for template, language, shape, field, k in (_nth(stream, index) for stream, index in rounds[:count]):
        slots = draw_slots(template, language, shape, field, data, random.Random(f"{seed}/{template['id']}/{language}/{k}"))
        expected = frozenset((slots[p]["value"], slots[t]["value"], slots[o]["value"] if o in slots else o)
                             for p, t, o in template["roles"])  # an organisation not a slot is given as written
        variants.append(Variant(f"{template['id']}-{language}-{k:03d}", template["id"], template["kind"], language,
                                shape, field, fill(template[language], slots), expected))
    return variants


def _stream(template: dict, language: str, data: dict, fields: tuple[str, ...] | None, seed: int) -> list[tuple]:
    """A template's (template, language, shape, field) combinations in one language, in an order of
    its own seed."""
    combos = [(template, language, shape, field) for shape in data["names"]
              for field in fields_of(template, data["groups"], fields)]
    random.Random(f"{seed}/{template['id']}/{language}").shuffle(combos)
    return combos


def _nth(stream: list[tuple], index: int) -> tuple:
    """The stream's ``index``-th variant: its combinations in turn, over again when they run out."""
    return (*stream[index % len(stream)], index)


def norm(value: str | None) -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).lower().replace("–", "-")
    return re.sub(r"\s+", " ", value).strip(" .,:;«»()")


def key(rows) -> frozenset[tuple]:
    return frozenset((norm(p), norm(r), norm(o)) for p, r, o in rows)


def extract_roles(variants: list[Variant], model: str | None = "default") -> dict[str, set]:
    """The (person, role, organisation) rows with a person of every variant, by newsfacts' public API."""
    results = facts_of(variants, "Nyheter", model)
    return {r["article"]["id"]: {(p["person"], p["role"], p["organization"]) for p in r["person_roles"]
                                 if p["person"]}
            for r in results}


def passes(variant: Variant, found: set) -> bool:
    """Exactly the rows the sentence states: none missed, none wrong, none invented."""
    return key(found) == key(variant.expected)


def score(variants: list[Variant], found: dict[str, set]) -> tuple[float, list[tuple[Variant, set]]]:
    return pass_rate(variants, found, passes)


def reported_rate(variants: list[Variant], label: str = "variants") -> float:
    """The variants' pass rate, printed with its breakdown and the first failures."""
    return shared_report(variants, extract_roles(variants), passes, ATTRIBUTES, label)


def breakdown(variants: list[Variant], failures: list[tuple[Variant, set]]) -> list[str]:
    return rates_by_attribute(variants, failures, ATTRIBUTES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=None, help="this many, spread over the templates")
    parser.add_argument("--each", type=int, default=24, help="this many of each template and language (the test's)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--template", help="only this template id")
    parser.add_argument("--field", action="append", help="only this group of titles (repeatable; e.g. occupations)")
    args = parser.parse_args()
    fields = tuple(args.field) if args.field else None
    variants = [v for v in generate(args.count, args.seed, fields=fields, each=None if args.count else args.each) if not args.template or v.template == args.template]
    rate, failures = score(variants, extract_roles(variants))
    print(f"{len(variants)} variants, pass rate {rate:.3f}")
    print("\n".join(breakdown(variants, failures)))
    for v, got in random.Random(1).sample(failures, min(args.show, len(failures))):
        print(f"\n[{v.template} {v.language} {v.shape} {v.field}] {v.text!r}\n  want {sorted(v.expected, key=str)}"
              f"\n  got  {sorted(got, key=str)}")


if __name__ == "__main__":
    main()
