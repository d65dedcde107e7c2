"""Score a run over 44 real NorQuAD news articles against facts written down by hand
(``tests/data/norquad_dev.json``: article ids and facts, no texts).

The texts come from ``../shared/data/norquad/news.jsonl`` and the scoring from
``../shared/tools/score_kb.py``; the test prints precision, recall and F1 per fact type
and fails below F1 0.85 on person roles and 0.90 on people and amounts. Skips where
../shared is absent.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "data" / "norquad" / "news.jsonl"
SCORER = SHARED / "tools" / "score_kb.py"
GOLD = Path(__file__).parent / "data" / "norquad_dev.json"
BARS = {"person_roles": 0.85, "people": 0.90, "amounts": 0.90}

pytestmark = pytest.mark.skipif(not (NEWS.exists() and SCORER.exists()), reason="../shared/data/norquad is not here")


def write_articles(path: Path) -> None:
    """The gold articles as a JSON lines dump whose URLs carry the NorQuAD ids."""
    spec = importlib.util.spec_from_file_location("score_norquad", ROOT / "scripts" / "score_norquad.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.write_dump(path, script.gold_ids(GOLD))


def test_norquad_dev_set(tmp_path):
    dump, db = tmp_path / "norquad_dev.jsonl", tmp_path / "kb.db"
    write_articles(dump)
    result = CliRunner().invoke(cli, ["run", str(dump), "--db", str(db), "--quiet", "--workers", "0"])
    assert result.exit_code == 0, result.output
    scored = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(db)], capture_output=True, text=True)
    print(scored.stdout)
    f1 = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+)\s+P=\S+ R=\S+ F1=(\S+)", scored.stdout, re.M)}
    assert {name: f1[name] for name in BARS if f1[name] < BARS[name]} == {}
