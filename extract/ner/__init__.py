"""Norwegian named-entity recognition trained on NorNE (Bokmål + Nynorsk jointly).

``newsfacts train`` makes an NER pipeline (spaCy's built-in ``nb`` language, components
``tok2vec`` + ``ner``, floret static vectors in its vocab). The shipped pipeline,
``models/nb_newsfacts``, holds that NER unchanged plus the backbone (``extract.backbone``:
morphologizer, lemmatizer, parser). Nothing here downloads anything: the model and its vectors
are in the repository.

Labels: PER, ORG, LOC, GPE_LOC, GPE_ORG, PROD, EVT, DRV (NorNE's MISC is dropped:
8 training examples, none in dev/test).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

REPO_ROOT = Path(__file__).resolve().parents[2]

LABELS = ("PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV")
DROPPED_LABELS = ("MISC",)


def default_model_path() -> Path:
    """Path of the shipped pipeline (``models/nb_newsfacts`` under the repo root): the NER and
    the backbone."""
    return REPO_ROOT / "models" / "nb_newsfacts"


def default_config_path() -> Path:
    return REPO_ROOT / "models" / "configs" / "ner.cfg"


def default_meta_path() -> Path:
    """Name, version, licence and sources stamped into a trained model's meta.json."""
    return REPO_ROOT / "models" / "configs" / "ner-meta.json"


def default_data_dir() -> Path:
    """``../shared/data`` relative to the repository root (holds ``norne/`` and ``norec/``)."""
    return REPO_ROOT.parent / "shared" / "data"


def stage_logger(stage: str) -> Callable[[str], None]:
    """A function that prints ``[newsfacts STAGE HH:MM:SS] message`` lines to stderr."""
    def log(msg: str) -> None:
        print(f"[newsfacts {stage} {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)
    return log


def load_ner(path: str | Path | None = None, **kwargs):
    """Load a pipeline (default: the shipped one) with ``spacy.load``; None if the dir is missing."""
    import spacy

    p = Path(path) if path is not None else default_model_path()
    if not (p / "config.cfg").exists():
        return None
    return spacy.load(p, **kwargs)


__all__ = [
    "LABELS",
    "DROPPED_LABELS",
    "default_model_path",
    "default_config_path",
    "default_meta_path",
    "default_data_dir",
    "load_ner",
    "stage_logger",
]
