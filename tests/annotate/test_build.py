"""The full pipeline is a spaCy pipeline: saved with ``to_disk``, it loads with ``spacy.load``
in a fresh process (the newsfacts_* components are ``spacy_factories`` entry points)."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from importlib.metadata import entry_points

TEXTS = (
    "Klyngen NCE Maritime fikk 5 millioner kroner fra Innovasjon Norge 1. mars 2022, sier "
    "daglig leder Kari Nordmann.",
    "Fjordmat Sogn søkte om Arena-status i juni, men søknaden vart avslått, seier dagleg leiar Ola Vik.",
)

# What a fresh process prints of each text: entities, spans and amounts.
SUMMARY = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
print(json.dumps({"pipes": nlp.pipe_names, "docs": [summary(nlp(t)) for t in json.loads(sys.argv[2])]}))
"""


def summary(doc) -> dict:
    return {"ents": [(e.text, e.label_) for e in doc.ents],
            "spans": {key: [(s.text, s.label_) for s in group] for key, group in sorted(doc.spans.items())},
            "sents": [s.text for s in doc.sents]}


def test_every_component_is_an_entry_point(nlp):
    registered = {ep.name for ep in entry_points(group="spacy_factories")}
    ours = {name for name in nlp.pipe_names if name.startswith("newsfacts_")}
    assert ours and ours <= registered


def test_saved_pipeline_loads_in_a_fresh_process(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    source = inspect.getsource(summary) + SUMMARY
    out = subprocess.run([sys.executable, "-c", source, str(tmp_path / "pipeline"), json.dumps(TEXTS)],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    loaded = json.loads(out.stdout)
    assert loaded["pipes"] == nlp.pipe_names
    here = [json.loads(json.dumps(summary(nlp(t)))) for t in TEXTS]
    assert loaded["docs"] == here
    assert any(label == "PER" for _, label in here[0]["ents"])
