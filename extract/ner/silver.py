"""Silver training data: raw Norwegian sentences labelled by a majority vote of teacher models.

The student model in ``newsfacts train --teachers N`` learns from NorNE train plus these
sentences. Text comes from NorQuAD news (``<data>/norquad/news.jsonl``, all of it: news is
NorNE's own domain), then a seeded sample of Bokmål NoReC reviews. Everything is written under
the training work dir only: these texts may not be republished.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .convert import norec_reviews

MIN_WORDS, MAX_WORDS = 4, 60

Span3 = tuple[int, int, str]


def news_sentences(data_dir: str | Path) -> Iterator[str]:
    """Sentences of the NorQuAD news articles, split with spaCy's sentencizer; nothing if absent."""
    path = Path(data_dir) / "norquad" / "news.jsonl"
    if not path.exists():
        return
    import spacy

    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    with open(path, encoding="utf-8") as f:
        paragraphs = [p for row in f for p in json.loads(row)["text"].split("\n") if p.strip()]
    for doc in nlp.pipe(paragraphs, batch_size=500):
        for sent in doc.sents:
            yield sent.text.strip()


def select_sentences(data_dir: str | Path, n: int, *, seed: int = 0,
                     norec_limit: int | None = None) -> list[str]:
    """Up to ``n`` raw sentences of 4–60 words: all NorQuAD news, then a seeded sample of the
    NoReC reviews that ``detect_language`` calls Bokmål. Nynorsk reviews are left out: with
    them in the silver data the student scored 0.4 lower on Nynorsk dev (models/README.md)."""
    from extract.parse.language import detect_language

    def fits(s: str) -> bool:
        return MIN_WORDS <= len(s.split()) <= MAX_WORDS

    chosen = list(islice((s for s in news_sentences(data_dir) if fits(s)), n))
    bokmal = [s for review in norec_reviews(data_dir, norec_limit)
              if detect_language(" ".join(review)) != "nn" for s in review if fits(s)]
    random.Random(seed).shuffle(bokmal)
    return chosen + bokmal[: n - len(chosen)]


def vote(predictions: Sequence[Iterable[Span3]], min_votes: int) -> list[Span3]:
    """Spans predicted by at least ``min_votes`` teachers. Overlaps are resolved greedily:
    most votes first, then leftmost."""
    votes = Counter(span for spans in predictions for span in set(spans))
    candidates = sorted((s for s, c in votes.items() if c >= min_votes),
                        key=lambda s: (-votes[s], s[0], s[1]))
    taken: list[Span3] = []
    used: set[int] = set()
    for start, end, label in candidates:
        if used.isdisjoint(range(start, end)):
            taken.append((start, end, label))
            used.update(range(start, end))
    return sorted(taken)


def write_silver(sentences: Sequence[str], teachers: Sequence[str | Path], out: str | Path, *,
                 min_votes: int | None = None, batch_size: int = 256) -> tuple[int, int]:
    """Tokenise ``sentences`` with the ``nb`` tokenizer, label them with the majority vote of
    the ``teachers`` (spaCy pipeline dirs; ``min_votes`` defaults to a strict majority) and
    save a DocBin. Returns (docs, entities)."""
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    min_votes = min_votes or len(teachers) // 2 + 1
    tokenizer = spacy.blank("nb").tokenizer
    docs = [tokenizer(s) for s in sentences]
    predictions: list[list[list[Span3]]] = [[] for _ in docs]
    for teacher in teachers:
        nlp = spacy.load(teacher)
        # each teacher needs docs on its own vocab: its vectors live there
        own = (Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
               for d in docs)
        for i, pred in enumerate(nlp.pipe(own, batch_size=batch_size)):
            predictions[i].append([(e.start, e.end, e.label_) for e in pred.ents])
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    n_ents = 0
    for doc, preds in zip(docs, predictions):
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in vote(preds, min_votes)]
        n_ents += len(doc.ents)
        db.add(doc)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return len(docs), n_ents
