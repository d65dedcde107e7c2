"""The shared development set: 26 articles of real, publicly reported cluster-programme facts
in varied phrasing (../shared/corpus/dev, hand-checked facts in ../shared/gold/dev.json),
run through ``newsfacts run`` with the default pipeline and scored by the shared scorer.

Prints precision, recall and F1 per fact type (events also with dates ignored); fails below
F1 0.90 for status events, person roles, amounts and dates, or if a forbidden event (one the
articles rule out, such as a refused application stored as a grant) is extracted.
Skips where ../shared is absent.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
GOLD = SHARED / "gold" / "dev.json"
SCORER = SHARED / "tools" / "score_kb.py"
BARS = {"events": 0.90, "person_roles": 0.90, "amounts": 0.90, "dates": 0.90}

pytestmark = pytest.mark.skipif(not (GOLD.exists() and SCORER.exists()), reason="../shared dev set is not here")


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("dev") / "dev.db"
    result = CliRunner().invoke(cli, ["run", str(DEV), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    report = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(db), "-v"],
                            capture_output=True, text=True, check=False).stdout
    print("\nDev set against ../shared/gold/dev.json:\n" + "\n".join(
        line for line in report.splitlines() if re.match(r"^\w+\s+P=", line)))
    return report


def f1_of(report: str, fact_type: str) -> float:
    match = re.search(rf"^{fact_type}\s+P=\S+ R=\S+ F1=(\S+)", report, re.MULTILINE)
    assert match, f"no {fact_type} line in the scorer's report"
    return float(match.group(1))


@pytest.mark.parametrize("fact_type", BARS)
def test_dev_set_reaches_the_bar(scored, fact_type):
    assert f1_of(scored, fact_type) >= BARS[fact_type], f"{fact_type} F1 below {BARS[fact_type]}\n{scored}"


def test_no_forbidden_event(scored):
    forbidden = [line for line in scored.splitlines() if "forbidden event present" in line]
    assert not forbidden, "\n".join(forbidden)
