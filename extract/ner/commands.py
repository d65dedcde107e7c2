"""Click command ``newsfacts train`` for the NorNE NER model (``newsfacts evaluate``, which
scores the NER and the backbone, is in ``extract.backbone.commands``).

Register on the main group with::

    from extract.ner.commands import train
    cli.add_command(train)
"""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageProblem
from . import default_config_path


def parse_overrides(sets: tuple[str, ...]) -> dict:
    """``--set KEY=VALUE`` options as config overrides (VALUE read as JSON where it parses)."""
    import srsly

    out = {}
    for item in sets:
        key, _, value = item.partition("=")
        try:
            out[key.strip()] = srsly.json_loads(value)
        except ValueError:
            out[key.strip()] = value
    return out


def norne_data_dir(data_dir: Path | None) -> Path:
    """The data dir, or a usage error (exit 2, one line) if NorNE is not there."""
    from . import default_data_dir
    from .convert import norne_dir

    d = data_dir or default_data_dir()
    try:
        norne_dir(d)
    except FileNotFoundError as exc:
        raise UsageProblem(f"{exc}. Pass --data DIR (a dir holding norne/, or NorNE itself).") from exc
    return d


def training_options(*, data: str, output: str, config: str, work_dir: str):
    """The options every training command takes: ``--data``, ``--output``, ``--config``,
    ``--work-dir`` (with the command's own help) and ``--max-steps``."""
    directory = click.Path(file_okay=False, path_type=Path)
    options = [
        click.option("--data", "data_dir", type=directory, default=None, help=data),
        click.option("--output", "output_dir", type=directory, default=None, help=output),
        click.option("--config", type=click.Path(dir_okay=False, path_type=Path), default=None, help=config),
        click.option("--work-dir", type=directory, default=None, help=work_dir),
        click.option("--max-steps", type=int, default=None, help="Override training.max_steps."),
    ]

    def decorate(command):
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


@click.command("train")
@training_options(
    data="Data dir holding norne/ (and norec/ for vectors), or the NorNE dir itself. "
         "Default: ../shared/data relative to the repo root.",
    output="Where to save the trained NER pipeline (default: training/model; the shipped "
           "models/nb_newsfacts holds its tok2vec and ner, see train-backbone).",
    config=f"spaCy training config (default: {default_config_path().name} in models/configs).",
    work_dir="Intermediate files: corpus, vectors, spaCy run dir (default: training/).")
@click.option("--vectors", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Reuse the static vectors of this spaCy pipeline dir (e.g. models/nb_newsfacts) "
                   "instead of training floret vectors.")
@click.option("--no-vectors", is_flag=True, help="Train without static vectors (baseline).")
@click.option("--no-norec", is_flag=True, help="Train floret vectors on NorNE train text only.")
@click.option("--floret-epochs", type=int, default=None, help="Epochs for floret (default 5).")
@click.option("--limit", type=int, default=None,
              help="Use only the first N sentences of each file (smoke tests).")
@click.option("--nynorsk-weight", type=click.IntRange(1, 10), default=1, show_default=True,
              help="Repeat the Nynorsk train sentences this many times (oversampling).")
@click.option("--pretrain-words", type=click.IntRange(0), default=0, show_default=True,
              help="Run `spacy pretrain` on this many raw words (NoReC + NorNE, all Nynorsk first) "
                   "before training, about 6 min per million words on one core; 0 skips it. "
                   "The shipped model has none (no gain on dev). Needs the static vectors.")
@click.option("--teachers", type=click.IntRange(0), default=0, show_default=True,
              help="Train this many seeds of the pipeline first, label raw NorQuAD news + NoReC "
                   "sentences with their majority vote, and train the saved model on NorNE train "
                   "plus that silver data (knowledge distillation); 0 trains on NorNE alone.")
@click.option("--silver-sentences", type=click.IntRange(1), default=30000, show_default=True,
              help="How many raw sentences the teachers label (all NorQuAD news, then "
                   "Bokmål NoReC).")
@click.option("--student-steps", type=click.IntRange(1), default=None,
              help="training.max_steps for the model trained on gold + silver "
                   "(default: the config's, like the teachers).")
@click.option("--student-nynorsk-weight", type=click.IntRange(1, 10), default=None,
              help="Repeat the Nynorsk train sentences this many times for the model trained on "
                   "gold + silver (default: --nynorsk-weight). The silver data is Bokmål, so 2 "
                   "keeps Nynorsk's share of the student's data near the teachers'.")
@click.option("--translated-nynorsk", type=click.IntRange(0, 10), default=0, show_default=True,
              help="Add this many copies of NorNE Bokmål train machine-translated to Nynorsk "
                   "(Apertium nob-nno, entities carried over; cached in the work dir's "
                   "translated/) to the training data. Needs `apt-get install apertium-nno-nob` "
                   "the first time; 0: none.")
@click.option("--translation-pair", "translation_pairs", multiple=True,
              type=click.Choice(["nob-nno", "nob-nno_e"]), default=("nob-nno",), show_default=True,
              help="Apertium mode(s): --translated-nynorsk uses them in turn for its copies, "
                   "--translated-silver and --translated-vectors the first. nob-nno writes "
                   "a-infinitives and 'me', nob-nno_e e-infinitives and 'vi'.")
@click.option("--translated-silver", is_flag=True,
              help="With --teachers: also train the student on its silver data translated to "
                   "Nynorsk (Apertium, entities carried over; cached in translated/silver-PAIR).")
@click.option("--translated-vectors", "translated_vector_sentences", type=click.IntRange(0),
              default=0, show_default=True, metavar="N",
              help="Add NorNE Bokmål train and N raw sentences (the silver selection: NorQuAD "
                   "news, then Bokmål NoReC), translated to Nynorsk, to the text the floret "
                   "vectors learn from (cached in vectors-nnoN/); 0: none.")
@click.option("--jobs", type=click.IntRange(1), default=None,
              help="Teachers trained at the same time, one thread each (default: CPU count).")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE",
              help="Extra config overrides, e.g. --set components.tok2vec.model.encode.width=96")
@click.option("--no-eval", is_flag=True, help="Skip the per-split evaluation at the end.")
def train(data_dir, output_dir, config, work_dir, max_steps, vectors, no_vectors, no_norec,
          floret_epochs, limit, nynorsk_weight, pretrain_words, teachers, silver_sentences,
          student_steps, student_nynorsk_weight, translated_nynorsk, translation_pairs,
          translated_silver, translated_vector_sentences, jobs, sets, no_eval):
    """Train the Norwegian NER model on NorNE (Bokmål + Nynorsk jointly)."""
    from .recipe import MissingTrainingData, MissingTrainingDependency
    from .train import train_ner

    if translated_silver and not teachers:
        raise UsageProblem("--translated-silver translates the teachers' silver data: add --teachers N.")
    if translated_vector_sentences and (vectors or no_vectors):
        raise UsageProblem("--translated-vectors trains new floret vectors: drop --vectors/--no-vectors.")
    data_dir = norne_data_dir(data_dir)
    overrides = parse_overrides(sets)
    floret_args = {"epoch": floret_epochs} if floret_epochs else None
    try:
        out = train_ner(data_dir, output_dir, config=config, work_dir=work_dir, max_steps=max_steps,
                        vectors=vectors, use_vectors=not no_vectors, limit=limit,
                        nynorsk_weight=nynorsk_weight, norec=not no_norec, pretrain_words=pretrain_words,
                        teachers=teachers, silver_sentences=silver_sentences,
                        student_steps=student_steps, student_nynorsk_weight=student_nynorsk_weight,
                        jobs=jobs, translated_nynorsk=translated_nynorsk,
                        translation_pairs=tuple(translation_pairs),
                        translated_silver=translated_silver,
                        translated_vector_sentences=translated_vector_sentences,
                        floret_args=floret_args, overrides=overrides, evaluate=not no_eval)
    except (MissingTrainingDependency, MissingTrainingData) as exc:
        raise UsageProblem(str(exc)) from None
    click.echo(f"model saved to {out}")
