"""Entity-level P/R/F per label on NorNE Bokmål/Nynorsk dev/test (gold tokenisation,
as in the NorNE / spaCy / Stanza reference numbers), plus words/s on one process.

Also P/R/F on *unseen* entities only: those whose text is never an entity in NorNE train.
Test has fewer entities seen in train than dev (41 % against 47-56 %), so this row tells
how a model generalises, which the overall dev score rewards less than test does."""

from __future__ import annotations

import json
import time
from pathlib import Path

from . import LABELS, default_data_dir, default_model_path
from .convert import EVAL_SPLITS, read_conllu, sentence_to_doc, split_path, tags_to_spans


def _examples(nlp, data_dir, lang, split, limit=None):
    from spacy.training import Example

    out = []
    for sent in read_conllu(split_path(data_dir, lang, split), limit):
        ref = sentence_to_doc(nlp.vocab, sent)
        out.append(Example(ref.copy(), ref))
    return out


def train_entity_texts(data_dir) -> frozenset[str]:
    """Texts (tokens joined by spaces) of every entity in NorNE train, Bokmål and Nynorsk."""
    return frozenset(
        " ".join(sent.words[start:end])
        for lang in ("nob", "nno")
        for sent in read_conllu(split_path(data_dir, lang, "train"))
        for start, end, _ in tags_to_spans(sent.tags)
    )


def unseen_prf(pairs, seen: frozenset[str]) -> dict:
    """P/R/F over (predicted, reference) docs, counting only entities whose text is not in ``seen``."""
    def spans(doc):
        return {(e.start, e.end, e.label_) for e in doc.ents
                if " ".join(t.text for t in e) not in seen}

    tp = n_pred = n_gold = 0
    for pred, ref in pairs:
        p, g = spans(pred), spans(ref)
        tp += len(p & g)
        n_pred += len(p)
        n_gold += len(g)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f": f, "entities": n_gold}


def score_split(nlp, data_dir, lang, split, seen: frozenset[str], limit=None, batch_size=256) -> dict:
    """Scores of ``nlp`` on one NorNE split; ``seen`` is ``train_entity_texts(data_dir)``."""
    examples = _examples(nlp, data_dir, lang, split, limit)
    n_words = sum(len(eg.reference) for eg in examples)
    # run the pipeline on unannotated copies of the gold tokens, timing it
    docs = [eg.predicted for eg in examples]
    for d in docs:
        d.ents = []
    t0 = time.perf_counter()
    preds = list(nlp.pipe(docs, batch_size=batch_size))
    seconds = time.perf_counter() - t0
    from spacy.scorer import Scorer
    from spacy.training import Example

    scored = [Example(p, eg.reference) for p, eg in zip(preds, examples)]
    s = Scorer.score_spans(scored, "ents")
    return {
        "lang": lang, "split": split, "sentences": len(examples), "words": n_words,
        "p": s["ents_p"] or 0.0, "r": s["ents_r"] or 0.0, "f": s["ents_f"] or 0.0,
        "per_type": s["ents_per_type"] or {},
        "unseen": unseen_prf(((eg.predicted, eg.reference) for eg in scored), seen),
        "words_per_second": n_words / seconds if seconds else 0.0,
    }


def format_scores(res: dict) -> str:
    lines = [f"== {res['lang']} {res['split']}: {res['sentences']} sentences, {res['words']} words, "
             f"{res['words_per_second']:.0f} words/s (1 process) ==",
             f"{'label':<9}{'P':>7}{'R':>7}{'F':>7}"]
    per = res["per_type"]
    for lab in [l for l in LABELS if l in per] + sorted(set(per) - set(LABELS)):
        v = per[lab]
        lines.append(f"{lab:<9}{100 * v['p']:>7.1f}{100 * v['r']:>7.1f}{100 * v['f']:>7.1f}")
    lines.append(f"{'ALL':<9}{100 * res['p']:>7.1f}{100 * res['r']:>7.1f}{100 * res['f']:>7.1f}")
    u = res["unseen"]
    lines.append(f"{'unseen':<9}{100 * u['p']:>7.1f}{100 * u['r']:>7.1f}{100 * u['f']:>7.1f}"
                 f"   ({u['entities']} entities whose text is not an entity in train)")
    return "\n".join(lines)


def evaluate_model(model: str | Path | None = None, data_dir: str | Path | None = None, *,
                   splits=EVAL_SPLITS, limit: int | None = None, write_meta: bool = False,
                   extra_meta: dict | None = None, echo=print) -> dict:
    import spacy

    model = Path(model) if model else default_model_path()
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    nlp = spacy.load(model)
    seen = train_entity_texts(data_dir)
    results = {}
    for lang, split in splits:
        res = score_split(nlp, data_dir, lang, split, seen, limit)
        results[f"{lang}_{split}"] = res
        echo(format_scores(res))
        echo("")
    summary = "  ".join(f"{k} F={100 * v['f']:.1f}" for k, v in results.items())
    echo(f"entity F1: {summary}")
    if write_meta and limit is None:
        meta_path = model / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["norne_scores"] = {
            k: {"ents_p": round(v["p"], 4), "ents_r": round(v["r"], 4), "ents_f": round(v["f"], 4),
                "ents_per_type": {lab: {m: round(x, 4) for m, x in d.items()}
                                  for lab, d in v["per_type"].items()},
                "unseen_in_train": {m: round(x, 4) for m, x in v["unseen"].items()},
                "words_per_second_1proc": round(v["words_per_second"])}
            for k, v in results.items()
        }
        meta["dropped_labels"] = {"MISC": "8 train examples, none in dev/test: mapped to O"}
        if extra_meta:
            meta.update(extra_meta)
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    return results
