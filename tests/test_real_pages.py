"""The real-page corpus (tests/data/real_pages.json): its size and spread, the recorded split,
no held-out page, and no page text kept in it."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.test_data_files import strings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "real_pages.json"
CACHE = ROOT / "tests" / "data" / "real_pages_cache"
HELDOUT = ROOT.parent / "shared" / "tools" / "heldout.py"
CANDIDATES = ROOT.parent / "shared" / "data" / "real_pages" / "candidates.tsv"
PAGES = json.loads(GOLD.read_text(encoding="utf-8"))


def load_script():
    spec = importlib.util.spec_from_file_location("score_real_pages", ROOT / "scripts" / "score_real_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_at_least_80_pages_and_12_in_nynorsk():
    languages = [page["language"] for page in PAGES["articles"]]
    assert len(languages) >= 80 and languages.count("nn") >= 12


def test_the_first_batch_follows_the_recorded_seed():
    first = [page for page in PAGES["articles"] if page["batch"] == 1]
    parts = load_script().split([page["id"] for page in first], PAGES["seed"])
    assert {page["id"]: page["part"] for page in first} == parts


@pytest.mark.skipif(not CANDIDATES.exists(), reason="../shared is not here")
def test_the_second_batch_was_drawn_by_its_seed():
    second = [page for page in PAGES["articles"] if page["batch"] == 2]
    assert {page["part"] for page in second} == {"opened"} and len(second) >= 40  # sealed until session 16
    candidates = [line.split("\t")[0] for line in CANDIDATES.read_text(encoding="utf-8").splitlines()[1:]]
    drawn = load_script().sealed_candidates(candidates, {p["url"] for p in PAGES["articles"] if p["batch"] == 1},
                                            PAGES["sealed_seed"])
    drawn = {url.lower() for url in drawn}  # the search tools may spell a path with capitals
    from_draw = [page for page in second if page["url"].lower() in drawn]
    assert len(from_draw) >= 38
    assert all(page["language"] == "nn" for page in second if page["url"].lower() not in drawn)  # found by search


def test_the_third_batch_is_for_development_and_new():
    third = [page for page in PAGES["articles"] if page["batch"] == 3]
    earlier = {page["url"].lower() for page in PAGES["articles"] if page["batch"] < 3}
    assert len(third) >= 40 and {page["part"] for page in third} == {"develop"}
    assert not [page["id"] for page in third if page["url"].lower() in earlier]


def test_every_address_and_file_is_named_once():
    for field in ("id", "file", "url"):
        values = [page[field] for page in PAGES["articles"]]
        assert len(values) == len(set(values)), field


@pytest.mark.skipif(not HELDOUT.exists(), reason="../shared is not here")
def test_no_page_is_held_out():
    urls = [page["url"] for page in PAGES["articles"]]
    checked = subprocess.run([sys.executable, str(HELDOUT), *urls], capture_output=True, text=True)
    assert checked.returncode == 0, [line for line in checked.stdout.splitlines() if line.startswith("held-out")]


@pytest.mark.skipif(not any(CACHE.glob("*.txt")), reason="the page cache is empty")
def test_the_facts_keep_no_passage_of_the_pages():
    """Names and short phrases only: no string but the headline shares 9 running words with its page."""
    def words(text):
        return re.findall(r"\w+", text.lower())

    kept = []
    for page in (page for page in PAGES["articles"] if (CACHE / page["file"]).is_file()):
        text = " ".join(words((CACHE / page["file"]).read_text(encoding="utf-8")))
        for value in strings(page, skipped=("title", "url", "query")):
            run = words(value)
            if any(" ".join(run[i:i + 9]) in text for i in range(len(run) - 8)):
                kept.append(f"{page['id']}: {value[:40]}")
    assert kept == []


@pytest.mark.parametrize("gold, got, right", [
    ({"value": "2017-02-01", "granularity": "month"}, "2017-02", True),
    ({"value": "2017-04", "granularity": "month"}, "2017-04-12", True),
    ({"value": "2017-04", "granularity": "month"}, "2017-05", False),
    ({"value": "2018-11-09", "granularity": "day"}, "2018-11-09T10:30", True),
    ({"value": "2018-11-09", "granularity": "day"}, "2018-11", False),
    ({"value": "2018-11-09", "granularity": "day"}, "", False),
])
def test_a_date_is_scored_at_the_precision_the_page_shows(gold: dict, got: str, right: bool) -> None:
    assert load_script().same_date(gold, got) is right


@pytest.mark.skipif(not CANDIDATES.exists(), reason="../shared is not here")
def test_the_fourth_batch_was_drawn_by_its_seed():
    fourth = [page for page in PAGES["articles"] if page["batch"] == 4]
    assert {page["part"] for page in fourth} == {"opened"} and len(fourth) >= 30  # sealed until session 17
    candidates = [line.split("\t")[0] for line in CANDIDATES.read_text(encoding="utf-8").splitlines()[1:]]
    earlier = {page["url"].lower() for page in PAGES["articles"] if page["batch"] < 4}
    drawn = {url.lower() for url in load_script().batch_order(candidates, earlier, PAGES["batch4_seed"])}
    assert all(page["language"] == "nn" for page in fourth if page["url"].lower() not in drawn)  # found by search


@pytest.mark.skipif(not CANDIDATES.exists(), reason="../shared is not here")
def test_the_fifth_batch_is_for_development_and_drawn_by_its_seed():
    fifth = [page for page in PAGES["articles"] if page["batch"] == 5]
    assert {page["part"] for page in fifth} == {"develop"} and len(fifth) >= 30
    candidates = [line.split("\t")[0] for line in CANDIDATES.read_text(encoding="utf-8").splitlines()[1:]]
    earlier = {page["url"].lower() for page in PAGES["articles"] if page["batch"] < 5}
    drawn = [url.lower() for url in load_script().batch_order(candidates, earlier, PAGES["batch5_seed"])]
    assert {page["url"].lower() for page in fifth} <= set(drawn)


@pytest.mark.parametrize("batch, least", [(6, 60), (7, 76), (8, 144), (9, 90), (10, 91), (11, 50), (12, 40)])
def test_a_searched_batch_was_split_by_its_seed_when_claimed(batch, least):
    pages = [page for page in PAGES["articles"] if page["batch"] == batch]
    earlier = {page["url"].lower() for page in PAGES["articles"] if page["batch"] < batch}
    assert len(pages) >= least and not [page["id"] for page in pages if page["url"].lower() in earlier]
    share = tuple(PAGES.get(f"batch{batch}_sealed_share", (1, 2)))
    drawn = {page["id"]: load_script().claimed_part(page["url"], PAGES[f"batch{batch}_seed"], share) for page in pages}
    sealed_until_scored = {"sealed": "opened", "develop": "develop"}
    assert {page["id"]: page["part"] for page in pages} == {id_: sealed_until_scored[part] for id_, part in drawn.items()}


def test_every_action_is_one_the_knowledge_base_stores():
    vocabulary = yaml.safe_load((ROOT / "extract" / "data" / "vocabularies.yaml").read_text(encoding="utf-8"))
    actions = [event["action"] for page in PAGES["articles"]
               for event in page["status_events"] + page["forbidden_events"]]
    written = {word for action in actions for word in (action["any_of"] if isinstance(action, dict) else [action])}
    assert written <= set(vocabulary["status_events"]["action"])


def test_the_sealed_part_leaves_out_copies_of_pages_already_in_the_corpus(tmp_path, monkeypatch):
    script = load_script()
    pages = [{"id": id_, "part": "sealed", "batch": 12, "file": f"{id_}.txt"} for id_ in ("rpZ1", "rpZ2")]
    pages[1]["copy_of_other_page"] = True
    (tmp_path / "gold.json").write_text(json.dumps({"articles": pages}), encoding="utf-8")
    for page in pages:
        (tmp_path / page["file"]).write_text("Klyngen fikk Arena-status.", encoding="utf-8")
    monkeypatch.setattr(script, "GOLD", tmp_path / "gold.json")
    assert [page["id"] for page in script.pages_of("sealed", tmp_path)[0]] == ["rpZ1"]
