"""Every NorQuAD set after the development set was drawn by the seed it records: the file's lines
walked in the order ``random.Random(seed).sample``, passing over the ids of the sets drawn before it
and the ids ``../shared/tools/heldout.py`` marks held out. Reads only the ids of news.jsonl, never
its texts; skips where ../shared is absent."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NEWS = SHARED / "data" / "norquad" / "news.jsonl"
HELDOUT = SHARED / "tools" / "heldout.py"

pytestmark = pytest.mark.skipif(not (NEWS.exists() and HELDOUT.exists()), reason="../shared/data/norquad is not here")


def article_ids() -> list[str]:
    with open(NEWS, encoding="utf-8") as news:
        return [json.loads(line)["id"] for line in news]


def held_out(ids: list[str]) -> set[str]:
    checked = subprocess.run([str(HELDOUT), *ids], capture_output=True, text=True).stdout.splitlines()
    return {line.split()[1] for line in checked if line.startswith("held-out")}


def test_each_set_is_the_first_free_articles_of_its_seed():
    sets = [json.loads(path.read_text(encoding="utf-8")) for path in DATA.glob("norquad_*.json")]
    ids = article_ids()
    held = held_out(ids)
    taken = {article["id"] for gold in sets if gold["seed"] == 15 for article in gold["articles"]}
    drawn_sets = sorted((gold for gold in sets if gold["seed"] != 15), key=lambda gold: gold["seed"])
    assert len(drawn_sets) >= 5
    for gold in drawn_sets:
        order = [ids[i] for i in random.Random(gold["seed"]).sample(range(len(ids)), len(ids))]
        drawn = [id_ for id_ in order if id_ not in taken | held][: len(gold["articles"])]
        assert {article["id"] for article in gold["articles"]} == set(drawn), gold["seed"]
        taken |= set(drawn)
