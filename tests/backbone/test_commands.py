"""`newsfacts train-backbone` on a tiny slice, and `newsfacts evaluate` of what it saved."""

import json

from click.testing import CliRunner

from extract.backbone.commands import evaluate, train_backbone
from extract.ner import default_model_path


def test_train_backbone_tiny_keeps_the_ner_and_evaluates(data_dir, tmp_path):
    out = tmp_path / "model"
    runner = CliRunner()
    res = runner.invoke(train_backbone, [
        "--data", str(data_dir), "--work-dir", str(tmp_path / "work"), "--output", str(out),
        "--limit", "30", "--max-steps", "3",
        "--set", "training.eval_frequency=2", "--set", "paths.backbone_width=16",
    ])
    assert res.exit_code == 0, res.output + repr(res.exception)
    for part in ("morphologizer", "trainable_lemmatizer", "parser", "ner", "tok2vec"):
        assert (out / part).is_dir()
    # the NER is frozen: its weights are the source model's, byte for byte
    assert (out / "ner" / "model").read_bytes() == (default_model_path() / "ner" / "model").read_bytes()
    assert (out / "tok2vec" / "model").read_bytes() == (default_model_path() / "tok2vec" / "model").read_bytes()
    meta = json.loads((out / "meta.json").read_text())
    assert meta["name"] == "nb_newsfacts"
    res = runner.invoke(evaluate, ["--model", str(out), "--data", str(data_dir), "--limit", "10",
                                   "--split", "dev"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    for line in ("nob dev ", "nno dev ", "nob ndt-dev", "nno ndt-dev"):
        assert line in res.output
    assert "UPOS" in res.output and "LAS" in res.output and "test" not in res.output


def test_missing_data_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(train_backbone, ["--data", str(tmp_path / "nowhere"), "--no-eval"])
    assert res.exit_code != 0
    assert "NorNE not found" in res.output and "--data" in res.output
