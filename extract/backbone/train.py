"""Train the backbone (morphologizer, trainable lemmatizer, parser) on top of the shipped NER.

``training/backbone/`` (git-ignored) receives ``corpus/*.spacy`` (see convert.py) and ``run/``
(spaCy's output). The NER's tok2vec and ner are sourced from ``ner_model`` and frozen, so the
saved pipeline recognises entities exactly as the NER model does. The best model (by the
held-out NDT documents) is copied to ``output`` and scored into its meta.json: UD dev/test per
standard, held-out NDT UAS/LAS, and the NER's NorNE scores."""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..ner import REPO_ROOT, default_data_dir, default_model_path, stage_logger
from ..ner.train import train_and_save
from . import default_backbone_config_path, default_backbone_meta_path
from .convert import convert_backbone

_log = stage_logger("train")


def train_backbone(
    data_dir: str | Path | None = None,
    output_dir: str | Path | None = None,
    *,
    ner_model: str | Path | None = None,
    config: str | Path | None = None,
    work_dir: str | Path | None = None,
    max_steps: int | None = None,
    limit: int | None = None,
    overrides: dict | None = None,
    evaluate: bool = True,
) -> Path:
    """Convert NorNE, train the backbone next to the frozen NER of ``ner_model`` (default: the
    shipped ``nb_newsfacts``), save the best pipeline to ``output_dir`` and score it."""
    t_start = time.time()
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    work_dir = Path(work_dir) if work_dir else REPO_ROOT / "training" / "backbone"
    output_dir = Path(output_dir) if output_dir else work_dir / "model"
    config = Path(config) if config else default_backbone_config_path()
    ner_model = Path(ner_model) if ner_model else default_model_path()
    if not (ner_model / "config.cfg").exists():
        raise FileNotFoundError(f"no NER pipeline at {ner_model} (the backbone is trained beside it)")

    _log(f"converting NorNE (NDT train -> UD POS/features) from {data_dir}")
    corpus = work_dir / "corpus"
    counts = convert_backbone(data_dir, corpus, limit=limit)
    _log(f"sentences: {counts}")
    ov = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "ndt-dev.spacy"),
          "paths.ner_model": str(ner_model)}
    if max_steps is not None:
        ov["training.max_steps"] = int(max_steps)
    ov.update(overrides or {})
    _log("dev during training: the held-out NDT documents")
    train_and_save(config, ov, work_dir / "run", output_dir, default_backbone_meta_path())
    _log(f"saved {output_dir}; total time {time.time() - t_start:.0f}s")
    if evaluate:
        write_scores(output_dir, data_dir, limit=limit,
                     extra_meta={"training_seconds": round(time.time() - t_start)})
    return output_dir


def write_scores(model_dir: Path, data_dir: Path, *, limit: int | None = None,
                 extra_meta: dict | None = None, echo=print) -> dict:
    """Score ``model_dir`` (backbone and NER, all splits) and store the figures in its meta.json:
    ``performance`` for Bokmål as the nb_core_news models do (UD dev for POS/morph/lemma,
    held-out NDT dev for the parser, NorNE dev for the NER) and every split under
    ``backbone_scores`` / ``norne_scores``."""
    import spacy

    from ..ner.evaluate import evaluate_model
    from .evaluate import meta_accuracy, score_backbone
    from .tags import add_backbone_rules

    ner = evaluate_model(model_dir, data_dir, limit=limit, write_meta=limit is None, echo=echo)
    nlp = spacy.load(model_dir)
    add_backbone_rules(nlp)  # as build_nlp runs the model
    backbone = score_backbone(nlp, data_dir, limit=limit, echo=echo)
    if limit is None:
        meta_path = model_dir / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        nob_dev = ner["nob_dev"]
        meta["performance"] = {**meta_accuracy(backbone),
                               **{f"ents_{m}": round(nob_dev[m], 4) for m in ("p", "r", "f")}}
        meta["backbone_scores"] = {k: {m: round(v, 4) if isinstance(v, float) else v
                                       for m, v in res.items() if "ndt" in k or m not in ("uas", "las")}
                                   for k, res in backbone.items()}  # UD files: other relations
        meta["scores_note"] = (
            "pos/morph/lemma: NorNE UD dev (gold tokens and sentences, punctuation left out; "
            "with newsfacts_lemmas after the lemmatizer and newsfacts_ud_tags after the parser, as build_nlp runs it); "
            "dep_uas/dep_las: held-out NDT train documents with NDT relations (not UD); "
            "ents: NorNE dev entity P/R/F. performance: Bokmål; backbone_scores and "
            "norne_scores: every split of both standards.")
        meta.update(extra_meta or {})
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    return {"ner": ner, "backbone": backbone}
