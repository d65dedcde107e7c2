"""What the events component loads from its data files."""

import json
import re

from extract.annotate.lexicon import DATA_DIR, load, read_patterns


def test_the_event_patterns_use_only_defined_pieces():
    patterns = read_patterns(DATA_DIR / "event_patterns.jsonl", load("events")["pattern_pieces"])
    assert not re.search(r"\{[A-Z_]+\}", json.dumps(patterns, ensure_ascii=False))
    nce = patterns[0]["pattern"][0]["LOWER"]["REGEX"]  # matched lowercased: "NCE", "nce", "ncestatus"
    assert re.search(nce, "nce-klyngene") and re.search(nce, "nce-prosjektet") and re.search(nce, "ncestatus")
    assert not re.search(nce, "nce-kontoret")


def test_a_prefix_names_its_status(vocabulary):
    assert vocabulary.prefix_status("Arena PRO Cod Cluster") == "Arena Pro"
    assert vocabulary.prefix_status("Arena Pro Cod Cluster") == "Arena Pro"
    assert vocabulary.prefix_status("Arena Cod Cluster") == "Arena"
    assert vocabulary.prefix_status("NCE NODE") == "NCE"
    assert vocabulary.prefix_status("NCE") is None and vocabulary.prefix_status("Cod Cluster") is None


def test_the_status_words_are_the_words_of_the_prefixes(vocabulary):
    assert {"Arena", "Pro", "PRO", "NCE", "GCE"} <= vocabulary.status_words
    assert vocabulary.strip_prefix("NCE Eyde") == "Eyde"
