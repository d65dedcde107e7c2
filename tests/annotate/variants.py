"""What the generated-variant suites (event_variants.py, role_variants.py) share: running the
variants through newsfacts' public API, the pass rate, the rates by attribute, and the report."""

from __future__ import annotations

import collections
import json
import tempfile
from pathlib import Path
from typing import Callable


def facts_of(variants: list, title: str, model: str | None = "default") -> list[dict]:
    """newsfacts' facts of every variant (a dump of one article each, dated 2021-11-19)."""
    from extract.api import facts_from_file

    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "variants.jsonl"
        with open(dump, "w", encoding="utf-8") as out:
            for v in variants:
                out.write(json.dumps({"id": v.id, "text": v.text, "language": v.language,
                                      "published": "2021-11-19", "title": title}, ensure_ascii=False) + "\n")
        return facts_from_file(dump, model=model)


def pass_rate(variants: list, found: dict[str, set], passes: Callable) -> tuple[float, list[tuple]]:
    """The share of variants that pass, and the failing ones with what was found."""
    failures = [(v, found.get(v.id, set())) for v in variants if not passes(v, found.get(v.id, set()))]
    return 1 - len(failures) / len(variants), failures


def rates_by_attribute(variants: list, failures: list[tuple], attributes: tuple[str, ...]) -> list[str]:
    """The pass rate per value of each attribute, and the kinds that fail."""
    lines = []
    failed_ids = {v.id for v, _ in failures}
    for attribute in attributes:
        totals = collections.Counter(getattr(v, attribute) for v in variants)
        failed = collections.Counter(getattr(v, attribute) for v in variants if v.id in failed_ids)
        rates = ", ".join(f"{value} {1 - failed[value] / totals[value]:.2f}" for value in sorted(totals))
        lines.append(f"{attribute}: {rates}")
    lines.append(f"failing kinds: {', '.join(sorted({v.kind for v, _ in failures})) or 'none'}")
    return lines


def reported_rate(variants: list, found: dict[str, set], passes: Callable, attributes: tuple[str, ...],
                  label: str = "variants", show: int = 20) -> float:
    """The pass rate, printed with its rates by attribute and the first failures."""
    rate, failures = pass_rate(variants, found, passes)
    print(f"\n{len(variants)} {label}, pass rate {rate:.3f}")
    print("\n".join(rates_by_attribute(variants, failures, attributes)))
    for variant, got in failures[:show]:
        print(f"[{variant.template} {variant.language} {variant.shape}] {variant.text!r}: "
              f"want {sorted(variant.expected, key=str)}, got {sorted(got, key=str)}")
    return rate
