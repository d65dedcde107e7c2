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

from . import REPO_ROOT, default_config_path, default_data_dir, default_meta_path, stage_logger
from .convert import convert_norne, write_pretrain_text, write_train_docbin, write_vector_text
from .silver import select_sentences, write_silver
from .translate import (APERTIUM_PAIR, add_to_corpus, build_translated_train, translate_docbin,
                        translate_lines, translated_copies)

_log = stage_logger("train")

FLORET_DEFAULTS = dict(
    model="skipgram", mode="floret", hashCount=2, bucket=50000, minn=4, maxn=5,
    dim=200, epoch=5, minCount=3, neg=10, thread=2,
)


class MissingTrainingDependency(RuntimeError):
    """A package that only training needs is not installed."""


class MissingTrainingData(RuntimeError):
    """A data file that the chosen training recipe needs is absent."""


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


def _last_score_line(log: Path) -> str | None:
    """The newest row of spaCy's training table in ``log``, as 'step S, dev F1 F'."""
    if not log.exists():
        return None
    for line in reversed(log.read_text(encoding="utf-8", errors="replace").splitlines()):
        cols = line.split()
        if len(cols) == 8 and cols[0].isdigit() and cols[1].isdigit():
            return f"step {cols[1]}, dev F1 {cols[4]}"
    return None


def train_teachers(config: Path, overrides: dict, teacher_dir: Path, n: int, *,
                   jobs: int | None = None) -> list[Path]:
    """Train ``n`` copies of the pipeline that differ only in their seed (0..n-1), ``jobs`` at
    a time, each in its own ``spacy train`` process on one thread. Returns their model-best
    dirs. A teacher is reused if its config, overrides and seed are unchanged."""
    jobs = max(1, min(n, jobs or os.cpu_count() or 1))
    config_text = Path(config).read_text(encoding="utf-8")
    todo, dirs = [], []
    for seed in range(n):
        out = teacher_dir / f"seed{seed}"
        dirs.append(out / "model-best")
        inputs = {"config": config_text, "overrides": overrides, "seed": seed}
        stamp = out / "inputs.json"
        if (out / "model-best").exists() and stamp.exists() and json.loads(stamp.read_text()) == inputs:
            _log(f"reusing teacher {out}")
            continue
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        todo.append((seed, out, inputs))
    if todo:
        _log(f"training {len(todo)} teacher(s), {jobs} at a time; logs in {teacher_dir}/seed*/train.log")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    running: list[tuple] = []
    shown: dict[int, str | None] = {}
    try:
        while todo or running:
            while todo and len(running) < jobs:
                seed, out, inputs = todo.pop(0)
                cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(out),
                       "--system.seed", str(seed)]
                for key, value in overrides.items():
                    cmd += [f"--{key}", value if isinstance(value, str) else json.dumps(value)]
                log = open(out / "train.log", "w", encoding="utf-8")
                proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
                running.append((seed, out, inputs, log, proc))
            time.sleep(5)
            for item in list(running):
                seed, out, inputs, log, proc = item
                status = _last_score_line(out / "train.log")
                if status != shown.get(seed):
                    shown[seed] = status
                    _log(f"teacher seed {seed}: {status}")
                if proc.poll() is None:
                    continue
                running.remove(item)
                log.close()
                if proc.returncode != 0:
                    raise RuntimeError(f"teacher seed {seed} failed (exit {proc.returncode}); "
                                       f"see {out / 'train.log'}")
                (out / "inputs.json").write_text(json.dumps(inputs))
                _log(f"teacher seed {seed} done")
    finally:  # on a failure or Ctrl-C, stop the other teachers too
        for _, _, _, log, proc in running:
            proc.kill()
            log.close()
    return dirs


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


def train_ner(
    data_dir: str | Path | None = None,
    output_dir: str | Path | None = None,
    *,
    config: str | Path | None = None,
    work_dir: str | Path | None = None,
    max_steps: int | None = None,
    vectors: str | Path | None = None,
    use_vectors: bool = True,
    limit: int | None = None,
    nynorsk_weight: int = 1,
    norec: bool = True,
    pretrain_words: int = 0,
    teachers: int = 0,
    silver_sentences: int = 30000,
    student_steps: int | None = None,
    student_nynorsk_weight: int | None = None,
    jobs: int | None = None,
    translated_nynorsk: int = 0,
    translation_pairs: tuple[str, ...] = (APERTIUM_PAIR,),
    translated_silver: bool = False,
    translated_vector_sentences: int = 0,
    floret_args: dict | None = None,
    overrides: dict | None = None,
    evaluate: bool = True,
) -> Path:
    """Train and save the pipeline. ``vectors``: an existing spaCy pipeline dir whose vectors
    to reuse (e.g. the shipped model); otherwise floret vectors are trained (cached in work_dir).
    ``pretrain_words``: raw words for ``spacy pretrain`` of the tok2vec first (0: none; it
    gave no gain on dev, see models/README.md).
    ``teachers``: if > 0, first train that many seeds of the same pipeline (``jobs`` at a time),
    label ``silver_sentences`` raw sentences (NorQuAD news + NoReC) with their majority vote,
    and train the saved model on NorNE train (Nynorsk ``student_nynorsk_weight`` times, default
    as for the teachers) + that silver data for ``student_steps`` steps.
    ``translated_nynorsk``: add that many copies of NorNE Bokmål train machine-translated to
    Nynorsk by Apertium (``translation_pairs`` in turn; cached in ``work_dir/translated``) to the
    training data of every model trained (teachers and student too).
    ``translated_silver``: also train the student on its silver data translated to Nynorsk.
    ``translated_vector_sentences``: add NorNE Bokmål train and that many raw sentences (the
    silver selection), translated to Nynorsk, to the floret text (vectors in ``vectors-nnoN/``)."""

    t_start = time.time()
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    work_dir = Path(work_dir) if work_dir else REPO_ROOT / "training"
    output_dir = Path(output_dir) if output_dir else work_dir / "model"
    config = Path(config) if config else default_config_path()
    work_dir.mkdir(parents=True, exist_ok=True)

    _log(f"converting NorNE from {data_dir}")
    corpus = work_dir / "corpus"
    counts = convert_norne(data_dir, corpus, limit=limit, nynorsk_weight=nynorsk_weight)
    _log(f"sentences: {counts}")

    norec_limit = 100 if limit else None  # a smoke run reads only the first 100 NoReC reviews
    raw_norec_limit = norec_limit if norec else 0  # NoReC for raw text (pretraining, silver data)
    ov: dict = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "dev.spacy")}
    translated = translated_copies(data_dir, work_dir, translated_nynorsk, translation_pairs,
                                   limit=limit) if translated_nynorsk else []
    if translated:
        mix = corpus / "train-mix"
        add_to_corpus(mix, translated)
        shutil.copyfile(corpus / "train.spacy", mix / "train.spacy")
        ov["paths.train"] = str(mix)
    if use_vectors:
        if vectors is None:
            vectors = _floret_vectors(data_dir, work_dir, norec=norec, norec_limit=norec_limit,
                                      translated=translated_vector_sentences,
                                      pair=translation_pairs[0], limit=limit,
                                      floret_args=floret_args or {})
        ov["paths.vectors"] = str(vectors)
        if pretrain_words > 0:
            ov["paths.init_tok2vec"] = str(pretrain_tok2vec(
                config, Path(vectors), data_dir, work_dir, pretrain_words,
                overrides=overrides, norec_limit=raw_norec_limit))
    else:
        ov["components.tok2vec.model.embed.include_static_vectors"] = False
    if max_steps is not None:
        ov["training.max_steps"] = int(max_steps)
    ov.update(overrides or {})

    if teachers > 0:
        # the raw text first: without it, training the teachers would be wasted
        sentences = select_sentences(data_dir, silver_sentences, norec_limit=raw_norec_limit)
        if not sentences:
            raise MissingTrainingData(f"--teachers needs raw text for the silver data: "
                                      f"{data_dir}/norquad/news.jsonl or {data_dir}/norec/norec.jsonl.gz")
        teacher_dirs = train_teachers(config, ov, work_dir / "teachers", teachers, jobs=jobs)
        student_corpus = work_dir / "student"
        student_corpus.mkdir(exist_ok=True)
        write_train_docbin(data_dir, student_corpus / "gold.spacy", limit,
                           student_nynorsk_weight or nynorsk_weight)
        add_to_corpus(student_corpus, translated)
        _log(f"labelling {len(sentences)} silver sentences with the vote of {len(teacher_dirs)} teachers")
        n_docs, n_ents = write_silver(sentences, teacher_dirs, student_corpus / "silver.spacy")
        _log(f"silver: {n_docs} sentences, {n_ents} entities")
        if translated_silver:
            translate_docbin(student_corpus / "silver.spacy", student_corpus / "translated-silver.spacy",
                             work_dir / "translated" / f"silver-{translation_pairs[0]}",
                             pair=translation_pairs[0])
        ov["paths.train"] = str(student_corpus)
        if student_steps is not None:
            ov["training.max_steps"] = int(student_steps)

    train_and_save(config, ov, work_dir / "run", output_dir)
    _log(f"saved {output_dir}; total time {time.time() - t_start:.0f}s")

    if evaluate:
        from .evaluate import evaluate_model

        evaluate_model(output_dir, data_dir, limit=limit, write_meta=True,
                       extra_meta={"training_seconds": round(time.time() - t_start)})
    return output_dir
