"""A generated corpus of Norwegian-looking articles with dates, amounts and clusters."""

from __future__ import annotations

import json
import random
from pathlib import Path

CLUSTERS = ["NCE Marin", "GCE Havvind", "Arena Pro Trebygg", "NCE Battery", "Arena Fjordmat",
            "GCE Ocean Technology", "NCE Heidner Biocluster"]
ORGS = ["Innovasjon Norge", "Equinor", "Norsk Hydro", "SINTEF", "Forskningsrådet", "Telenor"]
PEOPLE = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Per Johansen", "Anne Larsen"]
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember"]
ROLES = ["daglig leder", "styreleder", "klyngeleder", "administrerende direktør"]


def sentence(rng: random.Random) -> str:
    c, o, p = rng.choice(CLUSTERS), rng.choice(ORGS), rng.choice(PEOPLE)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2024)
    amount = rng.randint(2, 900)
    return rng.choice([
        f"{c} fikk {amount} millioner kroner fra {o} {day}. {month} {year}.",
        f"{p}, {rng.choice(ROLES)} i {o}, sier at klyngen har vokst med {amount} prosent.",
        f"{c} mistet statusen {day}. {month} {year}, opplyser {o}.",
        f"I {month} {year} fikk {c} ny status som klynge i programmet.",
        f"Budsjettet er på {amount} 000 kroner i året, ifølge {p}.",
        f"Det er {amount} bedrifter med i {c} nå.",
    ])


def article(rng: random.Random, i: int) -> dict:
    paragraphs = ["\n".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5))]
    return {
        "id": f"gen-{i:05d}", "title": f"Sak {i}: {rng.choice(CLUSTERS)} og {rng.choice(ORGS)}",
        "published": f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "text": "\n\n".join(paragraphs),
    }


def write_corpus(root: Path, n: int = 200, seed: int = 7, html: int = 5, duplicate: bool = True) -> Path:
    """``n`` articles in two JSON-lines files plus ``html`` HTML files, a duplicate id with
    other content, and one record that cannot be parsed; returns the directory."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    records = [article(rng, i) for i in range(n)]
    half = n // 2
    with (root / "a.jsonl").open("w", encoding="utf-8") as f:
        for r in records[:half]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "empty", "title": "", "text": ""}) + "\n")  # a parse failure
    with (root / "b.jsonl").open("w", encoding="utf-8") as f:
        for r in records[half:]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        if n and duplicate:  # the first article again, changed: the later version wins
            again = dict(records[0], text=records[0]["text"] + "\n\nOppdatert: " + sentence(rng))
            f.write(json.dumps(again, ensure_ascii=False) + "\n")
    html_dir = root / "html"
    html_dir.mkdir(exist_ok=True)
    for k in range(html):
        body = "".join(f"<p>{sentence(rng)} {sentence(rng)}</p>" for _ in range(3))
        (html_dir / f"side-{k}.html").write_text(
            f"<html><head><title>Side {k}</title></head><body><article><h1>Klyngenytt {k}</h1>"
            f"{body}</article></body></html>", encoding="utf-8")
    return root
