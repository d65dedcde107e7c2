"""Scores of the backbone with gold tokens and gold sentences, punctuation left out:
UPOS, UD features and lemma accuracy on NorNE's UD dev/test files (Bokmål and Nynorsk), and
UAS/LAS on the held-out NDT train documents (the scheme the parser is trained on)."""

from __future__ import annotations

import time

from ..ner.convert import split_path
from .convert import held_out_split, read_sentences, sentence_to_doc
from .lemmas import STANDARD_OF

UD_SPLITS = (("nob", "dev"), ("nob", "test"), ("nno", "dev"), ("nno", "test"))
PUNCT = "PUNCT"


def gold_docs(vocab, data_dir, lang: str, split: str, limit: int | None = None) -> list:
    """Gold Docs of a UD split ("dev", "test") or of the held-out NDT documents ("ndt-dev",
    "ndt-test") of one standard."""
    if split.startswith("ndt-"):
        held = split[4:]
        sents = [s for s in read_sentences(split_path(data_dir, lang, "train"))
                 if held_out_split(s.source) == held]
        return [sentence_to_doc(vocab, s, ndt=True) for s in sents[:limit]]
    return [sentence_to_doc(vocab, s, ndt=False)
            for s in read_sentences(split_path(data_dir, lang, split), limit)]


def _unannotated(nlp, gold, language: str | None):
    """A copy of ``gold`` with its words and spaces only, one sentence (gold boundaries), and
    ``doc._.language`` set as the parse step sets it for an article."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
    if language is not None:
        if not Doc.has_extension("language"):
            Doc.set_extension("language", default=None)
        doc._.language = language
    return doc


def predict(nlp, golds: list, batch_size: int = 256, language: str | None = None) -> tuple[list, float]:
    """Run ``nlp`` (its sentencizer off) on unannotated copies of ``golds``, each told its
    standard (``language``: "nb", "nn" or None); (docs, seconds)."""
    docs = [_unannotated(nlp, g, language) for g in golds]
    disable = [n for n in ("sentencizer",) if n in nlp.pipe_names]
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=disable):
        preds = list(nlp.pipe(docs, batch_size=batch_size))
    return preds, time.perf_counter() - t0


def accuracies(preds: list, golds: list) -> dict:
    """UPOS, features, lemma, UAS, LAS (in 0..1) over the non-punctuation tokens."""
    n = pos = feats = lemma = uas = las = 0
    for pred, gold in zip(preds, golds):
        for p, g in zip(pred, gold):
            if g.pos_ == PUNCT:
                continue
            n += 1
            pos += p.pos_ == g.pos_
            feats += str(p.morph) == str(g.morph)
            lemma += p.lemma_ == g.lemma_
            head = p.head.i == g.head.i
            uas += head
            las += head and p.dep_.lower() == g.dep_.lower()
    return {k: v / n if n else 0.0 for k, v in
            (("upos", pos), ("feats", feats), ("lemma", lemma), ("uas", uas), ("las", las))} | {"tokens": n}


def score_backbone(nlp, data_dir, *, splits=UD_SPLITS, ndt_splits=("ndt-dev", "ndt-test"),
                   limit: int | None = None, standards_known: bool = True, echo=print) -> dict:
    """Per standard: UPOS/features/lemma on the UD ``splits``, UAS/LAS (and the mapped UPOS) on
    the held-out NDT documents. Each sentence is told its file's standard, as an article's Doc
    is told its language (``standards_known=False``: only its own words tell). Returns
    {"nob_dev": {...}, "nob_ndt-dev": {...}, ...}."""
    results = {}
    wanted = list(splits) + [(lang, s) for lang in ("nob", "nno") for s in ndt_splits]
    for lang, split in wanted:
        golds = gold_docs(nlp.vocab, data_dir, lang, split, limit)
        preds, seconds = predict(nlp, golds, language=STANDARD_OF[lang] if standards_known else None)
        res = accuracies(preds, golds)
        res["words_per_second"] = sum(len(g) for g in golds) / seconds if seconds else 0.0
        results[f"{lang}_{split}"] = res
        echo(format_line(lang, split, res))
    return results


def format_line(lang: str, split: str, res: dict) -> str:
    if split.startswith("ndt-"):
        scores = f"UAS {100 * res['uas']:5.1f}  LAS {100 * res['las']:5.1f}  (NDT relations; " \
                 f"UPOS {100 * res['upos']:.1f} against the NDT->UD mapping)"
    else:
        scores = f"UPOS {100 * res['upos']:5.1f}  feats {100 * res['feats']:5.1f}  " \
                 f"lemma {100 * res['lemma']:5.1f}"
    return f"{lang} {split:<8} {res['tokens']:>6} tokens  {scores}"


def meta_accuracy(results: dict, lang: str = "nob") -> dict:
    """spacy-models-style accuracy figures for one standard (Bokmål by default, like the
    nb_core_news models): UD dev for pos/morph/lemma, held-out NDT dev for dep_uas/dep_las."""
    ud, ndt = results.get(f"{lang}_dev"), results.get(f"{lang}_ndt-dev")
    out = {}
    if ud:
        out |= {"pos_acc": ud["upos"], "morph_acc": ud["feats"], "lemma_acc": ud["lemma"]}
    if ndt:
        out |= {"dep_uas": ndt["uas"], "dep_las": ndt["las"]}
    return {k: round(v, 4) for k, v in out.items()}
