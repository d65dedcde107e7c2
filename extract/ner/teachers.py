"""Knowledge distillation for the NER: train seeds of the pipeline as teachers, label raw
sentences with their majority vote and write the student's corpus (gold + silver)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import stage_logger
from .convert import write_train_docbin
from .recipe import MissingTrainingData, NerRecipe
from .silver import select_sentences, write_silver
from .translate import add_to_corpus, translate_docbin

_log = stage_logger("train")


def student_overrides(data_dir: Path, recipe: NerRecipe, ov: dict, translated: list[Path]) -> dict:
    """Train the recipe's teachers with the overrides ``ov``, label the silver sentences with
    their vote and write the student's corpus (gold with ``translated``, silver); the overrides
    that train the student on it."""
    # the raw text first: without it, training the teachers would be wasted
    sentences = select_sentences(data_dir, recipe.silver_sentences, norec_limit=recipe.raw_norec_limit)
    if not sentences:
        raise MissingTrainingData(f"--teachers needs raw text for the silver data: "
                                  f"{data_dir}/norquad/news.jsonl or {data_dir}/norec/norec.jsonl.gz")
    work_dir = recipe.work_dir
    teacher_dirs = train_teachers(recipe.config, ov, work_dir / "teachers", recipe.teachers, jobs=recipe.jobs)
    student_corpus = work_dir / "student"
    student_corpus.mkdir(exist_ok=True)
    write_train_docbin(data_dir, student_corpus / "gold.spacy", recipe.limit,
                       recipe.student_nynorsk_weight or recipe.nynorsk_weight)
    add_to_corpus(student_corpus, translated)
    _log(f"labelling {len(sentences)} silver sentences with the vote of {len(teacher_dirs)} teachers")
    n_docs, n_ents = write_silver(sentences, teacher_dirs, student_corpus / "silver.spacy")
    _log(f"silver: {n_docs} sentences, {n_ents} entities")
    if recipe.translated_silver:
        pair = recipe.translation_pairs[0]
        translate_docbin(student_corpus / "silver.spacy", student_corpus / "translated-silver.spacy",
                         work_dir / "translated" / f"silver-{pair}", pair=pair)
    student = {"paths.train": str(student_corpus)}
    if recipe.student_steps is not None:
        student["training.max_steps"] = int(recipe.student_steps)
    return student


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

