"""NorNE CoNLL-U with NDT annotation (train) or UD annotation (dev/test) -> spaCy Docs.

Train rows carry NDT part of speech, features and relations; ``data/ndt_to_ud.yaml`` maps the
part of speech and features to UD, using the tree where the tag alone is not enough
(auxiliaries, copulas, relative "som", prepositions without an object, numerals). Relations stay
NDT's (the parser is trained on them). Dev/test rows are UD and are read as they are.
Train documents (``# source``) are split into train / parser-dev / parser-test by a hash of the
document name, so held-out sentences never share a document with training sentences.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from ..ner.convert import _clean_tag, _parse_misc, split_path, tags_to_spans

DATA = Path(__file__).parent / "data"
HELD_OUT_PERCENT = {"dev": 4, "test": 4}  # of train documents, per standard


@dataclass
class Row:
    """One token line: form, lemma, POS, features, head (1-based, 0 = root), relation, misc."""

    form: str
    lemma: str
    pos: str
    feats: str
    head: int
    deprel: str
    misc: str


@dataclass
class Sentence:
    rows: list[Row] = field(default_factory=list)
    source: str = ""


@cache
def mapping() -> dict:
    return yaml.safe_load((DATA / "ndt_to_ud.yaml").read_text(encoding="utf-8"))


def read_sentences(path: str | Path, limit: int | None = None) -> Iterator[Sentence]:
    """Sentences of a CoNLL-U file, with the ``# source`` document name (multiword lines skipped)."""
    sent, n, source = Sentence(), 0, ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# source = "):
                source = line[len("# source = "):].strip()
            elif line and not line.startswith("#"):
                c = line.split("\t")
                if len(c) >= 10 and c[0].isdigit():
                    sent.rows.append(Row(c[1], c[2], c[3], c[5], int(c[6]), c[7], c[9]))
            elif not line and sent.rows:
                sent.source = source
                yield sent
                n += 1
                if limit is not None and n >= limit:
                    return
                sent = Sentence()
    if sent.rows and (limit is None or n < limit):
        sent.source = source
        yield sent


def _children(rows: list[Row]) -> list[set[str]]:
    kids: list[set[str]] = [set() for _ in rows]
    for r in rows:
        if r.head > 0:
            kids[r.head - 1].add(r.deprel)
    return kids


def ud_pos(rows: list[Row], i: int, kids: list[set[str]]) -> str:
    """UD UPOS of NDT row ``i`` of a sentence (``kids``: relations of each row's dependents)."""
    m, r = mapping(), rows[i]
    feats = set(r.feats.split("|"))
    lemma, form = r.lemma.lower(), r.form.lower()
    if r.pos == "subst":
        return "PROPN" if "prop" in feats else "NOUN"
    if r.pos == "verb":
        aux = lemma in m["auxiliaries"] and "INFV" in kids[i]
        cop = lemma in m["copulas"] and "SPRED" in kids[i]
        return "AUX" if aux or cop else "VERB"
    if r.pos == "det":
        if "kvant" in feats and (form.replace(",", "").replace(".", "").isdigit() or form in m["number_words"]):
            return "NUM"
        return "PRON" if "poss" in feats else "DET"
    if r.pos == "adv" and lemma in m["negation"]:
        return "PART"
    if r.pos == "sbu" and lemma in m["relative"]:
        head = rows[r.head - 1] if r.head > 0 else None
        return "PRON" if head is not None and head.deprel == "ATR" else "SCONJ"
    if r.pos == "prep":
        return _preposition(rows, i, lemma)
    return m["upos"].get(r.pos, "X")


def _preposition(rows: list[Row], i: int, lemma: str) -> str:
    """ADP; SCONJ when it introduces an infinitive or a clause ("for å", "etter at han kom") or
    is a "som" before a predicative;
    ADV for the adverbs of the mapping ("her", "der", "her i landet")."""
    m = mapping()
    objects = [r for r in rows if r.head == i + 1 and r.deprel == "PUTFYLL"]
    if any(r.pos in ("inf-merke", "verb") for r in objects):
        return "SCONJ"
    if lemma in m["predicative_som"] and rows[i].deprel in m["predicative_relations"]:
        return "SCONJ"
    if lemma in m["adverbs"]:
        return "ADV"
    return "ADP"


def ud_feats(row: Row, upos: str) -> str:
    """UD features (sorted ``Key=Value|...``) for an NDT row already mapped to ``upos``."""
    if upos in ("PUNCT", "ADP", "ADV", "SCONJ", "CCONJ", "PART", "INTJ", "SYM", "X"):
        base = "Polarity=Neg" if upos == "PART" and row.pos == "adv" else ""
        return base
    m = mapping()["feats"]
    table = {**m["*"], **m.get(row.pos, {})}
    pairs: dict[str, str] = {}
    for feat in row.feats.split("|"):
        for kv in table.get(feat, "").split("|"):
            if kv:
                key, _, value = kv.partition("=")
                pairs.setdefault(key, value)
    if upos == "PROPN":
        pairs = {k: v for k, v in pairs.items() if k in mapping()["proper_noun_features"]}
    if upos == "NUM":
        pairs = {"NumType": "Card", **({"Number": pairs["Number"]} if "Number" in pairs else {})}
    return "|".join(f"{k}={pairs[k]}" for k in sorted(pairs))


def ndt_to_ud(sent: Sentence) -> list[tuple[str, str]]:
    """(UPOS, UD features) for every row of an NDT sentence."""
    kids = _children(sent.rows)
    out = []
    for i, row in enumerate(sent.rows):
        upos = ud_pos(sent.rows, i, kids)
        out.append((upos, ud_feats(row, upos)))
    return out


def sentence_to_doc(vocab, sent: Sentence, ndt: bool):
    """A gold Doc (words, spaces, POS, morph, lemma, heads, relations, entities) for ``sent``.
    ``ndt``: the rows are NDT (train), mapped to UD POS/features; otherwise UD (dev/test)."""
    from spacy.tokens import Doc, Span

    rows = sent.rows
    tags = ndt_to_ud(sent) if ndt else [(r.pos, "" if r.feats == "_" else r.feats) for r in rows]
    parsed = [_parse_misc(r.misc) for r in rows]
    spaces = [space for space, _ in parsed]
    spaces[-1] = False
    heads = [r.head - 1 if r.head > 0 else i for i, r in enumerate(rows)]
    doc = Doc(vocab, words=[r.form for r in rows], spaces=spaces,
              pos=[p for p, _ in tags], morphs=[f for _, f in tags],
              lemmas=[r.lemma for r in rows], heads=heads,
              deps=["ROOT" if r.head == 0 else r.deprel for r in rows])
    iob = [_clean_tag(tag) for _, tag in parsed]
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in tags_to_spans(iob)]
    return doc


def held_out_split(source: str) -> str:
    """"train", "dev" or "test" for a train document, by a stable hash of its name."""
    bucket = zlib.crc32(source.encode("utf-8")) % 100
    if bucket < HELD_OUT_PERCENT["dev"]:
        return "dev"
    if bucket < HELD_OUT_PERCENT["dev"] + HELD_OUT_PERCENT["test"]:
        return "test"
    return "train"


def write_docbin(docs: Iterable, out: str | Path) -> int:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n


def convert_backbone(data_dir: str | Path, out_dir: str | Path, limit: int | None = None) -> dict:
    """Write ``train.spacy`` (NDT train docs of both standards, held-out documents removed),
    ``ndt-{dev,test}.spacy`` (the held-out documents, both standards), per-standard
    ``{nob,nno}-ndt-{dev,test}.spacy`` and the UD files ``{nob,nno}-{dev,test}.spacy``
    (``limit``: at most that many sentences in each part of each standard). Returns sentence counts."""
    import spacy

    vocab = spacy.blank("nb").vocab
    out = Path(out_dir)
    parts: dict[str, list] = {}
    for lang in ("nob", "nno"):
        taken = {"train": 0, "dev": 0, "test": 0}  # ``limit`` applies to each part
        for sent in read_sentences(split_path(data_dir, lang, "train")):
            split = held_out_split(sent.source)
            if limit is not None and taken[split] >= limit:
                continue
            taken[split] += 1
            doc = sentence_to_doc(vocab, sent, ndt=True)
            names = ["train"] if split == "train" else [f"ndt-{split}", f"{lang}-ndt-{split}"]
            for name in names:
                parts.setdefault(name, []).append(doc)
        for split in ("dev", "test"):
            parts[f"{lang}-{split}"] = [sentence_to_doc(vocab, s, ndt=False)
                                        for s in read_sentences(split_path(data_dir, lang, split), limit)]
    return {name: write_docbin(docs, out / f"{name}.spacy") for name, docs in parts.items()}
