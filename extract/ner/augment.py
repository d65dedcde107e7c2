"""Training-data augmenter: swap entity mentions for other mentions of the same label.

Test has fewer entities seen in train than dev (see ``evaluate``), so a model that
memorises names scores well on dev and worse on test. Swapping names between training
sentences ("Ola Nordmann" -> "Kari Hansen" in the same PER slot) makes the model lean on
the context. Registered for spaCy configs as ``newsfacts.entity_swap.v1``::

    [corpora.train.augmenter]
    @augmenters = "newsfacts.entity_swap.v1"
    level = 0.3
    swap_probability = 0.5
    mentions = ${paths.train}
"""

from __future__ import annotations

import random
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Callable, Iterator

from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry

Mention = tuple[tuple[str, ...], tuple[bool, ...]]  # words, space after each but the last


@cache
def _mentions_by_label(path: str) -> dict[str, list[Mention]]:
    """Distinct entity mentions per label in a DocBin, in a stable order."""
    from spacy.vocab import Vocab

    found: dict[str, dict[Mention, None]] = defaultdict(dict)
    for doc in DocBin().from_disk(path).get_docs(Vocab()):
        for ent in doc.ents:
            words = tuple(t.text for t in ent)
            spaces = tuple(bool(t.whitespace_) for t in ent)
            found[ent.label_][(words, spaces[:-1])] = None
    return {label: list(m) for label, m in found.items()}


def swap_entities(example: Example, mentions: dict[str, list[Mention]],
                  swap_probability: float, rng=random) -> Example:
    """A copy of ``example`` where each entity is replaced, with ``swap_probability``, by a
    random mention of the same label; the tokens around it are kept."""
    ref = example.reference
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    i = 0
    for ent in ref.ents:
        for t in ref[i:ent.start]:
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
            tags.append("O")
        pool = mentions.get(ent.label_)
        if pool and rng.random() < swap_probability:
            new_words, inner_spaces = rng.choice(pool)
            new_spaces = inner_spaces + (bool(ent[-1].whitespace_),)
        else:
            new_words = tuple(t.text for t in ent)
            new_spaces = tuple(bool(t.whitespace_) for t in ent)
        words.extend(new_words)
        spaces.extend(new_spaces)
        tags.extend([f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(new_words) - 1))
        i = ent.end
    for t in ref[i:]:
        words.append(t.text)
        spaces.append(bool(t.whitespace_))
        tags.append("O")
    vocab = example.predicted.vocab
    return Example(Doc(vocab, words=words, spaces=spaces),
                   Doc(vocab, words=words, spaces=spaces, ents=tags))


@registry.augmenters("newsfacts.entity_swap.v1")
def create_entity_swap_augmenter(
    level: float, swap_probability: float, mentions: str | Path,
) -> Callable[..., Iterator[Example]]:
    """With probability ``level`` a training example is replaced by a copy whose entities
    are each swapped (with ``swap_probability``) for a mention of the same label taken from
    the DocBin at ``mentions`` (the training data). Uses the ``random`` module, which
    ``spacy train`` seeds, so runs are reproducible."""

    def augment(nlp, example: Example) -> Iterator[Example]:
        if example.reference.ents and random.random() < level:
            yield swap_entities(example, _mentions_by_label(str(mentions)), swap_probability)
        else:
            yield example

    return augment
