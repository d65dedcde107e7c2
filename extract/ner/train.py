"""Train the NorNE NER pipeline: convert data, train floret vectors (if needed), spacy train.

Everything intermediate goes to a work dir (default ``training/`` in the repo, git-ignored):
``corpus/*.spacy``, ``vectors/`` (floret text + spaCy vectors pipeline; ``vectors-nnoN/`` with N
translated sentences added), ``pretrain/`` (raw text and tok2vec weights from ``spacy pretrain``),
``translated/`` (Apertium output), ``teachers/`` and ``student/``, ``run/`` (spaCy output).
The best model is copied to ``output`` and scored per split into its meta.json.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

from . import default_data_dir, default_meta_path, stage_logger
from .convert import convert_norne, write_pretrain_text, write_vector_text
from .recipe import MissingTrainingDependency, NerRecipe
from .silver import select_sentences
from .teachers import student_overrides
from .translate import add_to_corpus, build_translated_train, translate_lines, translated_copies

_log = stage_logger("train")

FLORET_DEFAULTS = dict(
    model="skipgram", mode="floret", hashCount=2, bucket=50000, minn=4, maxn=5,
    dim=200, epoch=5, minCount=3, neg=10, thread=2,
)


@contextmanager
def _heartbeat(what: str, every: float = 60.0):
    """Log "<what>: N min so far" every ``every`` seconds while the block runs."""
    t0 = time.time()
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(every):
            _log(f"{what}: {(time.time() - t0) / 60:.0f} min so far")

    thread = threading.Thread(target=beat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def train_floret_vectors(data_dir: Path, vec_dir: Path, *, norec: bool = True,
                         norec_limit: int | None = None, extra_text: tuple[Path, ...] = (),
                         **floret_args) -> Path:
    """Train floret on NorNE train text (+ NoReC, + the sentences of the ``extra_text`` DocBins)
    in ``vec_dir``, return a spaCy pipeline dir holding the vectors."""
    try:
        import floret
    except ImportError as exc:
        raise MissingTrainingDependency("training vectors needs floret: pip install -e '.[train]', "
                           "or reuse vectors with --vectors models/nb_newsfacts") from exc

    vec_dir.mkdir(parents=True, exist_ok=True)
    text = vec_dir / "text.txt"
    if not text.exists() or text.stat().st_size == 0:
        _log(f"writing tokenised vector text from {data_dir} -> {text}")
        n = write_vector_text(data_dir, text, include_norec=norec, norec_limit=norec_limit,
                              extra_docbins=extra_text)
        _log(f"{n} lines")
    args = {**FLORET_DEFAULTS, **floret_args}
    _log(f"training floret vectors {args}")
    t0 = time.time()
    # floret's progress line redraws itself with \r many times a second: right on a terminal,
    # megabytes in a log file, so off a terminal a line a minute says it is still running
    on_terminal = sys.stderr.isatty()
    with nullcontext() if on_terminal else _heartbeat("training floret vectors"):
        model = floret.train_unsupervised(str(text), verbose=2 if on_terminal else 1, **args)
    floret_file = vec_dir / "vectors.floret"
    model.save_floret_vectors(str(floret_file))
    _log(f"floret done in {time.time() - t0:.0f}s")
    out = vec_dir / "nlp"
    _init_vectors(floret_file, out)
    return out


def _floret_vectors(data_dir: Path, work_dir: Path, *, norec: bool, norec_limit: int | None,
                    translated: int, pair: str, limit: int | None, floret_args: dict) -> Path:
    """The floret vectors of the work dir (trained if not cached there); with ``translated`` > 0,
    NorNE Bokmål train and ``translated`` raw sentences translated to Nynorsk are added to the
    text, in a vectors dir of their own."""
    vec_dir = work_dir / (f"vectors-nno{translated}" if translated else "vectors")
    if (vec_dir / "nlp" / "vocab").exists():
        _log(f"reusing floret vectors in {vec_dir / 'nlp'}")
        return vec_dir / "nlp"
    extra: tuple[Path, ...] = ()
    if translated:
        norne, _ = build_translated_train(data_dir, work_dir, limit=limit, pair=pair)
        lines = select_sentences(data_dir, translated, norec_limit=norec_limit if norec else 0)
        raw = work_dir / "translated" / pair / f"raw-{translated}.spacy"
        translate_lines(lines, raw, raw.with_name(f"raw-{translated}-batches"), pair=pair)
        extra = (norne, raw)
    return train_floret_vectors(data_dir, vec_dir, norec=norec, norec_limit=norec_limit,
                                extra_text=extra, **floret_args)


def _init_vectors(floret_file: Path, out: Path) -> None:
    from spacy.training.initialize import convert_vectors
    import spacy

    nlp = spacy.blank("nb")
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(out)


def pretrain_tok2vec(config: Path, vectors: Path, data_dir: Path, work_dir: Path, words: int, *,
                     overrides: dict | None = None, norec_limit: int | None = None) -> Path:
    """Run ``spacy pretrain`` (config's [pretraining] block) on ``words`` words of raw NorNE +
    NoReC text and return the tok2vec weights file. Reused from ``work_dir/pretrain`` if the
    word budget, vectors, tok2vec and pretraining settings are unchanged. ``overrides`` must be
    the ones training will use, so that the pretrained and the trained tok2vec have the same shape."""
    from spacy import util
    from spacy.training.pretrain import pretrain

    pre_dir = work_dir / "pretrain"
    weights = pre_dir / "model-last.bin"
    text = pre_dir / "text.jsonl"
    cfg = util.load_config(config, interpolate=True, overrides={
        **(overrides or {}), "paths.vectors": str(vectors), "paths.raw_text": str(text)})
    # what the weights depend on: the tok2vec's shape, the pretraining settings, the data
    inputs = json.loads(json.dumps(
        {"words": words, "vectors": str(Path(vectors).resolve()), "norec_limit": norec_limit,
         "tok2vec": cfg["components"]["tok2vec"], "pretraining": cfg["pretraining"]}, default=str))
    stamp = pre_dir / "inputs.json"
    if weights.exists() and stamp.exists() and json.loads(stamp.read_text()) == inputs:
        _log(f"reusing pretrained tok2vec {weights}")
        return weights
    if pre_dir.exists():
        shutil.rmtree(pre_dir)
    (pre_dir / "weights").mkdir(parents=True)
    n_lines, n_words = write_pretrain_text(data_dir, text, words, norec_limit=norec_limit)
    _log(f"spacy pretrain on {n_lines} sentences, {n_words:,} words (progress: # Words column)")
    t0 = time.time()
    pretrain(cfg, pre_dir / "weights", silent=False)
    (pre_dir / "weights" / "model-last.bin").replace(weights)
    stamp.write_text(json.dumps(inputs))
    _log(f"pretrain done in {time.time() - t0:.0f}s")
    return weights


def stamp_meta(model_dir: Path, meta_file: Path | None = None) -> None:
    """Write name, version, description, licence and sources (``models/configs/ner-meta.json``)
    into the model's meta.json, as spacy-models do, keeping what spaCy wrote."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(json.loads((meta_file or default_meta_path()).read_text(encoding="utf-8")))
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def train_and_save(config: Path, overrides: dict, run_dir: Path, output_dir: Path,
                   meta_file: Path | None = None) -> None:
    """``spacy train`` into a fresh ``run_dir``, then copy its best model (else the last) to
    ``output_dir`` with the meta of ``meta_file`` (default: the NER's) stamped in."""
    from spacy.cli.train import train as spacy_train

    if run_dir.exists():
        shutil.rmtree(run_dir)
    _log(f"spacy train {config} overrides={overrides} (one table row per dev evaluation)")
    t_train = time.time()
    spacy_train(config, output_path=run_dir, use_gpu=-1, overrides=overrides)
    _log(f"spacy train done in {time.time() - t_train:.0f}s")
    best = run_dir / "model-best"
    if not best.exists():
        best = run_dir / "model-last"
    if output_dir.exists():
        shutil.rmtree(output_dir)
    shutil.copytree(best, output_dir)
    stamp_meta(output_dir, meta_file)


def train_ner(data_dir: str | Path | None = None, output_dir: str | Path | None = None,
              **options) -> Path:
    """Train the pipeline as ``NerRecipe(**options)`` says and save it to ``output_dir``
    (default: ``model/`` in the work dir), scored per split unless ``evaluate=False``."""
    t_start = time.time()
    recipe = NerRecipe(**options)
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    output_dir = Path(output_dir) if output_dir else recipe.work_dir / "model"
    recipe.work_dir.mkdir(parents=True, exist_ok=True)
    ov, translated = _gold_corpus(data_dir, recipe)
    ov.update(_vector_overrides(data_dir, recipe))
    if recipe.max_steps is not None:
        ov["training.max_steps"] = int(recipe.max_steps)
    ov.update(recipe.overrides or {})
    if recipe.teachers > 0:
        ov.update(student_overrides(data_dir, recipe, ov, translated))
    train_and_save(recipe.config, ov, recipe.work_dir / "run", output_dir)
    _log(f"saved {output_dir}; total time {time.time() - t_start:.0f}s")
    if recipe.evaluate:
        from .evaluate import evaluate_model

        evaluate_model(output_dir, data_dir, limit=recipe.limit, write_meta=True,
                       extra_meta={"training_seconds": round(time.time() - t_start)})
    return output_dir


def _gold_corpus(data_dir: Path, recipe: NerRecipe) -> tuple[dict, list[Path]]:
    """NorNE converted into the work dir's ``corpus/``, with the translated Nynorsk copies
    the recipe asks for mixed into train: the overrides of the train and dev paths, and the
    translated copies (the student's corpus gets them too)."""
    _log(f"converting NorNE from {data_dir}")
    corpus = recipe.work_dir / "corpus"
    counts = convert_norne(data_dir, corpus, limit=recipe.limit, nynorsk_weight=recipe.nynorsk_weight)
    _log(f"sentences: {counts}")
    ov: dict = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "dev.spacy")}
    translated = translated_copies(data_dir, recipe.work_dir, recipe.translated_nynorsk, recipe.translation_pairs,
                                   limit=recipe.limit) if recipe.translated_nynorsk else []
    if translated:
        mix = corpus / "train-mix"
        add_to_corpus(mix, translated)
        shutil.copyfile(corpus / "train.spacy", mix / "train.spacy")
        ov["paths.train"] = str(mix)
    return ov, translated


def _vector_overrides(data_dir: Path, recipe: NerRecipe) -> dict:
    """The overrides for the static vectors (reused, or floret vectors trained) and the
    pretrained tok2vec, or for training without vectors."""
    if not recipe.use_vectors:
        return {"components.tok2vec.model.embed.include_static_vectors": False}
    vectors = recipe.vectors
    if vectors is None:
        vectors = _floret_vectors(data_dir, recipe.work_dir, norec=recipe.norec, norec_limit=recipe.norec_limit,
                                  translated=recipe.translated_vector_sentences,
                                  pair=recipe.translation_pairs[0], limit=recipe.limit,
                                  floret_args=recipe.floret_args or {})
    ov = {"paths.vectors": str(vectors)}
    if recipe.pretrain_words > 0:
        ov["paths.init_tok2vec"] = str(pretrain_tok2vec(
            recipe.config, Path(vectors), data_dir, recipe.work_dir, recipe.pretrain_words,
            overrides=recipe.overrides, norec_limit=recipe.raw_norec_limit))
    return ov
