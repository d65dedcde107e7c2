"""Click commands ``newsfacts train-backbone`` and ``newsfacts evaluate`` (NER and backbone)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageProblem
from ..ner import default_model_path
from ..ner.commands import norne_data_dir, parse_overrides, training_options
from . import BACKBONE_COMPONENTS, default_backbone_config_path


@click.command("train-backbone")
@training_options(
    data="Data dir holding norne/, or the NorNE dir itself (default: ../shared/data).",
    output="Where to save the pipeline (default: training/backbone/model; the shipped "
           "one is models/nb_newsfacts).",
    config=f"spaCy training config (default: {default_backbone_config_path().name} in models/configs).",
    work_dir="Intermediate files: corpus and spaCy run dir (default: training/backbone/).")
@click.option("--ner-model", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help=f"Pipeline whose tok2vec + ner are kept, frozen (default: {default_model_path().name}).")
@click.option("--limit", type=int, default=None, help="Only the first N sentences of each file (smoke tests).")
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE",
              help="Extra config overrides, e.g. --set components.parser.model.hidden_width=64")
@click.option("--no-eval", is_flag=True, help="Skip the scoring at the end.")
def train_backbone(data_dir, output_dir, ner_model, config, work_dir, max_steps, limit, sets, no_eval):
    """Train the backbone (UD POS + features, lemmas, NDT dependency parse; Bokmål + Nynorsk)
    beside the frozen NER, into one pipeline."""
    from .train import train_backbone as run

    try:
        out = run(norne_data_dir(data_dir), output_dir, ner_model=ner_model, config=config,
                  work_dir=work_dir, max_steps=max_steps, limit=limit,
                  overrides=parse_overrides(sets), evaluate=not no_eval)
    except FileNotFoundError as exc:
        raise UsageProblem(str(exc)) from None
    click.echo(f"model saved to {out}")


@click.command("evaluate")
@click.option("--model", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help=f"spaCy pipeline dir (default: the shipped {default_model_path().name}).")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Data dir holding norne/, or the NorNE dir itself (default: ../shared/data).")
@click.option("--limit", type=int, default=None, help="Only the first N sentences per split.")
@click.option("--split", "split", type=click.Choice(["all", "dev", "test"]), default="all",
              show_default=True,
              help="Which splits to score. Compare candidate models with 'dev'; score 'test' once "
                   "for the model you ship.")
@click.option("--write-meta", is_flag=True, help="Store the scores in the model's meta.json (all splits).")
def evaluate(model, data_dir, limit, split, write_meta):
    """NER P/R/F per label, and (if the pipeline has them) UPOS, features, lemma on the UD
    files and UAS/LAS on held-out NDT documents, for Bokmål and Nynorsk dev/test."""
    import spacy

    from ..ner.convert import EVAL_SPLITS
    from ..ner.evaluate import evaluate_model
    from .evaluate import score_backbone
    from .tags import add_backbone_rules
    from .train import write_scores

    if write_meta and split != "all":
        raise UsageProblem("--write-meta needs all splits (drop --split)")
    model = model or default_model_path()
    data = norne_data_dir(data_dir)
    if write_meta:
        write_scores(model, data, limit=limit, echo=click.echo)
        return
    splits = [s for s in EVAL_SPLITS if split in ("all", s[1])]
    evaluate_model(model, data, splits=splits, limit=limit, echo=click.echo)
    nlp = spacy.load(model)
    if not any(name in nlp.pipe_names for name in BACKBONE_COMPONENTS):
        return
    add_backbone_rules(nlp)
    click.echo("\n== backbone (+ newsfacts_lemmas and newsfacts_ud_tags, as build_nlp runs it): gold tokens and "
               "sentences, punctuation left out ==")
    ndt = [f"ndt-{s}" for s in ("dev", "test") if split in ("all", s)]
    score_backbone(nlp, data, splits=splits, ndt_splits=ndt, limit=limit, echo=click.echo)
