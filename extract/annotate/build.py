"""Building the annotate stage: the trained NER (when shipped) plus the rule components."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import spacy
from spacy.language import Language

from ..backbone.tags import add_backbone_rules
from . import amounts, clusters, dates, entities, events, roles, sentences  # noqa: F401  (register factories)

MODEL_PACKAGE = "nb_newsfacts"  # the trained pipeline's package (scripts/build_wheels.py)
RULE_COMPONENTS = (
    "newsfacts_dates",
    "newsfacts_amounts",
    "newsfacts_clusters",
    "newsfacts_roles",
    "newsfacts_entities",
    "newsfacts_events",
)


def build_nlp(model: str | Path | None = "default") -> Language:
    """The annotate pipeline.

    ``model`` is a path to a trained NER pipeline, ``"default"`` for the shipped one
    (the checkout's ``models/``, else the installed ``nb_newsfacts`` package; rules only
    if there is neither), or ``None`` for rules only.
    """
    nlp = _load_ner(model)
    if nlp is None:
        nlp = spacy.blank("nb")
    sentences.keep_abbreviations(nlp)
    add_backbone_rules(nlp)
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_line_breaks", after="sentencizer")  # before a parser: it sets sentence starts
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _load_ner(model: str | Path | None) -> Language | None:
    if model is None:
        return None
    if model == "default":
        from ..ner import load_ner

        shipped = load_ner()
        return shipped if shipped is not None else _installed_pipeline()
    path = Path(model)
    if not path.exists():
        raise FileNotFoundError(f"no NER model at {path}")
    return spacy.load(path)


def _installed_pipeline() -> Language | None:
    """The trained pipeline installed as a package (``make wheels`` builds it), if it is."""
    return spacy.load(MODEL_PACKAGE) if spacy.util.is_package(MODEL_PACKAGE) else None


def default_model_missing(model: str | Path | None, nlp: Language) -> bool:
    """True if the shipped model was asked for ("default") and none was found: only the rules run."""
    return model == "default" and "ner" not in nlp.pipe_names


def model_version(nlp: Language) -> str | None:
    """"name-version+fingerprint" of the statistical model in the pipeline, or None (rules only).

    The fingerprint hashes the model's meta (scores, labels, vectors), so a retrained
    model counts as a new version even when its name and version were not bumped."""
    if "ner" not in nlp.pipe_names:
        return None
    fingerprint = hashlib.sha1(json.dumps(nlp.meta, sort_keys=True, default=str).encode()).hexdigest()[:8]
    return f"{nlp.meta.get('name', 'ner')}-{nlp.meta.get('version', '0')}+{fingerprint}"
