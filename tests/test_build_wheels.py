"""scripts/build_wheels.py: the trained pipeline's package loads the pipeline unchanged."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import spacy

from extract.annotate.build import model_version

SCRIPT = Path(__file__).parents[1] / "scripts" / "build_wheels.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_wheels", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_staged_package_loads_the_same_pipeline(tmp_path, monkeypatch):
    nlp = spacy.blank("nb")
    nlp.add_pipe("ner").add_label("ORG")
    nlp.initialize()
    nlp.meta.update(name="nb_tiny", version="1.2.3", description="A tiny test pipeline")
    nlp.to_disk(tmp_path / "model")
    source = _script().stage_model(tmp_path / "model", tmp_path / "staging")
    assert source.name == "nb_tiny" and (source / "pyproject.toml").is_file()
    assert 'version = "1.2.3"' in (source / "pyproject.toml").read_text(encoding="utf-8")
    monkeypatch.syspath_prepend(str(source))
    monkeypatch.delitem(sys.modules, "nb_tiny", raising=False)
    loaded = __import__("nb_tiny").load()
    assert loaded.pipe_names == ["ner"] and loaded.get_pipe("ner").labels == ("ORG",)
    assert model_version(loaded) == model_version(spacy.load(tmp_path / "model"))
