"""NorNE CoNLL-U  <->  spaCy DocBin.

NorNE stores one token per line, the IOB2 entity tag in column 10 as ``name=B-PER``
(possibly after ``SpaceAfter=No|``). We read tokens + spacing + tags, turn the tags
into entity spans on a ``Doc`` (one Doc per sentence), and can turn spans back into
tags (round trip). MISC (8 train examples, none in dev/test) is mapped to O.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import DROPPED_LABELS

SPLIT_FILES = {
    ("nob", "train"): "nob/no_bokmaal-train.conllu",
    ("nob", "dev"): "nob/no_bokmaal-dev.conllu",
    ("nob", "test"): "nob/no_bokmaal-test.conllu",
    ("nno", "train"): "nno/no_nynorsk-train.conllu",
    ("nno", "dev"): "nno/no_nynorsk-dev.conllu",
    ("nno", "test"): "nno/no_nynorsk-test.conllu",
}
EVAL_SPLITS = (("nob", "dev"), ("nob", "test"), ("nno", "dev"), ("nno", "test"))


@dataclass
class Sentence:
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def norne_dir(data_dir: str | Path) -> Path:
    """Accept either the ``data`` dir (holding ``norne/``) or the NorNE dir itself."""
    d = Path(data_dir)
    if (d / "norne" / "nob").is_dir():
        return d / "norne"
    if (d / "nob").is_dir():
        return d
    raise FileNotFoundError(f"NorNE not found under {d} (expected {d}/norne/nob or {d}/nob)")


def split_path(data_dir: str | Path, lang: str, split: str) -> Path:
    return norne_dir(data_dir) / SPLIT_FILES[(lang, split)]


def _parse_misc(misc: str) -> tuple[bool, str]:
    space, tag = True, "O"
    for part in misc.split("|"):
        if part == "SpaceAfter=No":
            space = False
        elif part.startswith("name="):
            tag = part[5:]
    return space, tag


def _clean_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    if label in DROPPED_LABELS or prefix not in ("B", "I"):
        return "O"
    return tag


def read_conllu(path: str | Path, limit: int | None = None) -> Iterator[Sentence]:
    """Yield sentences from a NorNE CoNLL-U file (multiword/empty-node lines skipped)."""
    sent = Sentence()
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent.words:
                    yield sent
                    n += 1
                    if limit is not None and n >= limit:
                        return
                sent = Sentence()
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit():
                continue
            space, tag = _parse_misc(cols[9])
            sent.words.append(cols[1])
            sent.spaces.append(space)
            sent.tags.append(_clean_tag(tag))
    if sent.words and (limit is None or n < limit):
        yield sent


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """IOB2 tags -> (start, end, label) token spans. A stray I- starts a new entity."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, lab
    return spans


def spans_to_tags(spans: Iterable[tuple[int, int, str]], n: int) -> list[str]:
    tags = ["O"] * n
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def sentence_to_doc(vocab, sent: Sentence):
    from spacy.tokens import Doc, Span

    spaces = list(sent.spaces)
    if spaces:
        spaces[-1] = False  # no trailing whitespace at the end of a sentence
    doc = Doc(vocab, words=sent.words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in tags_to_spans(sent.tags)]
    return doc


def doc_to_tags(doc) -> list[str]:
    return spans_to_tags([(e.start, e.end, e.label_) for e in doc.ents], len(doc))


def write_docbin(sentences: Iterable[Sentence], out: str | Path, vocab=None) -> int:
    import spacy
    from spacy.tokens import DocBin

    if vocab is None:
        vocab = spacy.blank("nb").vocab
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    n = 0
    for sent in sentences:
        db.add(sentence_to_doc(vocab, sent))
        n += 1
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n


def write_train_docbin(data_dir: str | Path, out: str | Path, limit: int | None = None,
                       nynorsk_weight: int = 1) -> int:
    """NorNE train, Bokmål then Nynorsk (the Nynorsk sentences ``nynorsk_weight`` times), as one
    DocBin. Returns the number of sentences written."""
    if nynorsk_weight < 1:
        raise ValueError("nynorsk_weight must be at least 1")
    train = list(read_conllu(split_path(data_dir, "nob", "train"), limit))
    train += list(read_conllu(split_path(data_dir, "nno", "train"), limit)) * nynorsk_weight
    return write_docbin(train, out)


def convert_norne(data_dir: str | Path, out_dir: str | Path, limit: int | None = None,
                  nynorsk_weight: int = 1) -> dict:
    """Write ``train.spacy`` (nob+nno train jointly, the Nynorsk sentences ``nynorsk_weight``
    times), ``dev.spacy`` (nob+nno dev jointly) and per-language ``{nob,nno}-{dev,test}.spacy``
    into ``out_dir``. Returns sentence counts."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {"train": write_train_docbin(data_dir, out / "train.spacy", limit, nynorsk_weight)}
    dev = []
    for lang, split in EVAL_SPLITS:
        sents = list(read_conllu(split_path(data_dir, lang, split), limit))
        counts[f"{lang}-{split}"] = write_docbin(sents, out / f"{lang}-{split}.spacy")
        if split == "dev":
            dev.extend(sents)
    counts["dev"] = write_docbin(dev, out / "dev.spacy")
    return counts


def norec_reviews(data_dir: str | Path, limit: int | None = None) -> Iterator[list[str]]:
    """NoReC reviews from ``<data_dir>/norec/norec.jsonl.gz`` as lists of non-empty lines
    (title, then one sentence per line); nothing if the file is absent."""
    norec = Path(data_dir) / "norec" / "norec.jsonl.gz"
    if not norec.exists():
        return
    with gzip.open(norec, "rt", encoding="utf-8") as g:
        for i, row in enumerate(g):
            if limit is not None and i >= limit:
                break
            yield [line.strip() for line in json.loads(row)["text"].split("\n") if line.strip()]


def write_vector_text(data_dir: str | Path, out: str | Path, include_norec: bool = True,
                      norec_limit: int | None = None, extra_docbins: Iterable[Path] = ()) -> int:
    """Whitespace-tokenised raw text for floret: NorNE train (nob+nno) + NoReC + the sentences
    of ``extra_docbins``, one sentence/line per line, tokenised with spaCy's ``nb`` tokenizer
    (like at runtime)."""
    import spacy
    from spacy.tokens import DocBin

    tok = spacy.blank("nb").tokenizer
    data = Path(data_dir)
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for lang in ("nob", "nno"):
            for s in read_conllu(split_path(data, lang, "train")):
                f.write(" ".join(s.words) + "\n")
                n += 1
        if include_norec:
            lines = (line for review in norec_reviews(data, norec_limit) for line in review)
            for d in tok.pipe(lines, batch_size=2000):
                f.write(" ".join(t.text for t in d if not t.is_space) + "\n")
                n += 1
        for path in extra_docbins:
            for d in DocBin().from_disk(path).get_docs(tok.vocab):
                f.write(" ".join(t.text for t in d if not t.is_space) + "\n")
                n += 1
    return n


def write_pretrain_text(data_dir: str | Path, out: str | Path, max_words: int, *,
                        norec_limit: int | None = None, seed: int = 0) -> tuple[int, int]:
    """JSONL (``{"text": sentence}``) for ``spacy pretrain``, at most ``max_words`` words.

    Every Nynorsk sentence goes in (NorNE nno train, and NoReC reviews that
    ``detect_language`` calls Nynorsk, about 3 % of NoReC), the rest of the budget is
    a seeded random sample of Bokmål sentences (NorNE nob train + NoReC), all shuffled
    together. Returns (sentences, words) written."""
    import random

    from extract.parse.language import detect_language

    data = Path(data_dir)
    nynorsk = [" ".join(s.words) for s in read_conllu(split_path(data, "nno", "train"))]
    bokmal = [" ".join(s.words) for s in read_conllu(split_path(data, "nob", "train"))]
    for review in norec_reviews(data, norec_limit):
        (nynorsk if detect_language(" ".join(review)) == "nn" else bokmal).extend(review)
    rng = random.Random(seed)
    rng.shuffle(bokmal)
    chosen, words = [], 0
    for line in nynorsk + bokmal:
        n = len(line.split())
        if words + n > max_words:
            break
        chosen.append(line)
        words += n
    rng.shuffle(chosen)
    with open(out, "w", encoding="utf-8") as f:
        for line in chosen:
            f.write(json.dumps({"text": line}, ensure_ascii=False) + "\n")
    return len(chosen), words
