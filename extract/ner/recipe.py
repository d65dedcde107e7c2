"""How ``train_ner`` trains the NER pipeline (the options of ``newsfacts train``), and the
errors for what a recipe needs that is not there."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import REPO_ROOT, default_config_path
from .translate import APERTIUM_PAIR


class MissingTrainingDependency(RuntimeError):
    """A package that only training needs is not installed."""


class MissingTrainingData(RuntimeError):
    """A data file that the chosen training recipe needs is absent."""


@dataclass
class NerRecipe:
    """The training recipe. ``vectors``: an existing spaCy pipeline dir whose vectors to reuse
    (e.g. the shipped model); otherwise floret vectors are trained (cached in ``work_dir``).
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

    config: str | Path | None = None  # default: models/configs/ner.cfg
    work_dir: str | Path | None = None  # default: training/ in the repo
    max_steps: int | None = None
    vectors: str | Path | None = None
    use_vectors: bool = True
    limit: int | None = None  # only the first N sentences of each file (smoke runs)
    nynorsk_weight: int = 1
    norec: bool = True  # NoReC in the raw text (vectors, pretraining, silver data)
    pretrain_words: int = 0
    teachers: int = 0
    silver_sentences: int = 30000
    student_steps: int | None = None
    student_nynorsk_weight: int | None = None
    jobs: int | None = None
    translated_nynorsk: int = 0
    translation_pairs: tuple[str, ...] = (APERTIUM_PAIR,)
    translated_silver: bool = False
    translated_vector_sentences: int = 0
    floret_args: dict | None = None
    overrides: dict | None = None  # spaCy config overrides (``--set``)
    evaluate: bool = True

    def __post_init__(self) -> None:
        self.config = Path(self.config) if self.config else default_config_path()
        self.work_dir = Path(self.work_dir) if self.work_dir else REPO_ROOT / "training"

    @property
    def norec_limit(self) -> int | None:
        """NoReC reviews read for the vectors: a smoke run (``limit``) reads only the first 100."""
        return 100 if self.limit else None

    @property
    def raw_norec_limit(self) -> int | None:
        """NoReC reviews read for raw text (pretraining, silver data): none without ``norec``."""
        return self.norec_limit if self.norec else 0
