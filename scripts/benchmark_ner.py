#!/usr/bin/env python
"""Words/s of the shipped NER pipeline (tokenizer + tok2vec + ner) on plain text,
on one core (one process, BLAS threads pinned to 1) and on all cores (nlp.pipe n_process=N),
printed beside the accuracy stored in the model's meta.json.

    python scripts/benchmark_ner.py [--model DIR] [--data DIR] [--words 200000]

Text: NorNE Bokmål+Nynorsk dev sentences (plain text, re-tokenised by the pipeline) if
../shared/data is there, else NoReC, else a built-in sample repeated.
"""

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SAMPLE = [
    "Statsminister Jonas Gahr Støre møtte direktøren i Equinor i Oslo.",
    "Erna Solberg var statsminister i Noreg frå 2013 til 2021.",
    "Rosenborg tapte 1-2 mot Molde på Lerkendal søndag kveld.",
    "Stortinget vedtok budsjettet etter lange forhandlinger med Senterpartiet og SV.",
]


def load_texts(data_dir: Path, n_words: int) -> list[str]:
    from extract.ner.convert import EVAL_SPLITS, read_conllu, split_path

    texts: list[str] = []
    try:
        for lang, split in EVAL_SPLITS:
            if split != "dev":
                continue
            for s in read_conllu(split_path(data_dir, lang, split)):
                texts.append("".join(w + (" " if sp else "") for w, sp in zip(s.words, s.spaces)).strip())
    except FileNotFoundError:
        texts = []
    if not texts:
        texts = SAMPLE
    out, n = [], 0
    while n < n_words:
        for t in texts:
            out.append(t)
            n += len(t.split())
            if n >= n_words:
                break
    return out


def run(nlp, texts, **kw) -> tuple[int, float, float]:
    """tokens, wall seconds, CPU seconds of this process (CPU time is what one core costs
    even when the machine is shared; for n_process > 1 it misses the workers)."""
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(len(d) for d in nlp.pipe(texts, batch_size=256, **kw))
    return n, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    from extract.ner import default_data_dir, default_model_path
    import spacy

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=default_model_path())
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--words", type=int, default=150_000)
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    nlp = spacy.load(args.model)
    texts = load_texts(args.data, args.words)
    run(nlp, texts[:200])  # warm up
    n1, s1, c1 = run(nlp, texts)
    print(f"model: {args.model}  pipeline: {nlp.pipe_names}  texts: {len(texts)}  tokens: {n1}")
    try:
        load = os.getloadavg()[0]
        print(f"load average before the run: {load:.2f} on {os.cpu_count()} cores")
    except OSError:
        pass
    print(f"1 core  (1 process):      {n1 / s1:>9,.0f} words/s wall   {n1 / c1:>9,.0f} words per CPU-second")
    if args.processes > 1:
        nN, sN, _ = run(nlp, texts, n_process=args.processes)
        print(f"{args.processes} cores ({args.processes} processes): {nN / sN:>9,.0f} words/s wall")
    meta = json.loads((args.model / "meta.json").read_text(encoding="utf-8"))
    scores = meta.get("norne_scores") or {}
    if scores:
        print("accuracy (entity F1, from meta.json): " + "  ".join(
            f"{k} {100 * v['ents_f']:.1f}" for k, v in scores.items()))
    else:
        perf = meta.get("performance", {})
        print(f"accuracy (meta.json performance, joint dev): ents_f {perf.get('ents_f')}")


if __name__ == "__main__":
    main()
