"""The linguistic backbone: UD part of speech + features, lemmas and an NDT dependency parse
for Bokmål and Nynorsk, trained on NorNE's NDT annotation and shipped in one pipeline with the
NER (``models/nb_newsfacts``). Imports from ``extract.ner`` (data paths), never the reverse."""

from __future__ import annotations

from pathlib import Path

from ..ner import REPO_ROOT

BACKBONE_COMPONENTS = ("morphologizer", "trainable_lemmatizer", "parser")


def default_backbone_config_path() -> Path:
    return REPO_ROOT / "models" / "configs" / "backbone.cfg"


def default_backbone_meta_path() -> Path:
    return REPO_ROOT / "models" / "configs" / "backbone-meta.json"
