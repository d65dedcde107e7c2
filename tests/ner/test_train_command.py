import json

from click.testing import CliRunner
from spacy.tokens import DocBin

from extract.backbone.commands import evaluate
from extract.ner.commands import train


def n_docs(path):
    return len(DocBin().from_disk(path))


def test_train_and_evaluate_tiny(data_dir, tmp_path):
    out = tmp_path / "model"
    runner = CliRunner()
    res = runner.invoke(train, [
        "--data", str(data_dir), "--work-dir", str(tmp_path / "work"), "--output", str(out),
        "--limit", "40", "--max-steps", "6", "--no-vectors",
        "--set", "training.eval_frequency=3",
        "--set", "components.tok2vec.model.encode.width=32",
    ])
    assert res.exit_code == 0, res.output + repr(res.exception)
    assert (out / "config.cfg").exists() and (out / "ner").is_dir()
    meta = json.loads((out / "meta.json").read_text())
    assert meta["lang"] == "nb"
    assert meta["name"] == "nb_newsfacts_ner" and meta["sources"][0]["name"] == "NorNE"
    res = runner.invoke(evaluate, ["--model", str(out), "--data", str(data_dir / "norne"), "--limit", "20"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    for split in ("nob dev", "nob test", "nno dev", "nno test"):
        assert f"== {split}:" in res.output
    assert "words/s" in res.output
    res = runner.invoke(evaluate, ["--model", str(out), "--data", str(data_dir / "norne"), "--limit", "20",
                                   "--split", "dev"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    assert "== nno dev:" in res.output and "test" not in res.output


def test_train_help():
    res = CliRunner().invoke(train, ["--help"])
    assert res.exit_code == 0 and "--max-steps" in res.output


def test_train_tiny_with_vectors_and_pretraining(data_dir, tmp_path):
    # floret vectors on a slice, `spacy pretrain` on 3,000 words, then a few training steps
    work = tmp_path / "work"
    res = CliRunner().invoke(train, [
        "--data", str(data_dir), "--work-dir", str(work), "--output", str(tmp_path / "model"),
        "--limit", "40", "--max-steps", "4", "--floret-epochs", "1", "--pretrain-words", "3000",
        "--set", "components.tok2vec.model.encode.width=32", "--no-eval",
    ])
    assert res.exit_code == 0, res.output + repr(res.exception)
    weights = work / "pretrain" / "model-last.bin"
    assert weights.stat().st_size > 0
    texts = (work / "pretrain" / "text.jsonl").read_text(encoding="utf-8").splitlines()
    assert 2000 < sum(len(json.loads(t)["text"].split()) for t in texts) <= 3000
    saved = (tmp_path / "model" / "config.cfg").read_text(encoding="utf-8")
    assert f"init_tok2vec = \"{weights}\"" in saved


def test_train_vectors_without_floret_says_how_to_get_it(data_dir, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "floret", None)  # import floret -> ImportError
    res = CliRunner().invoke(train, ["--data", str(data_dir), "--work-dir", str(tmp_path / "work"),
                                     "--limit", "5", "--no-eval"])
    assert res.exit_code == 2
    assert "needs floret" in res.output and "--vectors models/nb_newsfacts" in res.output


def test_train_tiny_with_teachers(data_dir, tmp_path):
    # two teachers, silver data labelled by their vote, a student on gold + silver; a second
    # run reuses the teachers
    work = tmp_path / "work"
    args = ["--data", str(data_dir), "--work-dir", str(work), "--output", str(tmp_path / "model"),
            "--limit", "40", "--max-steps", "4", "--no-vectors", "--teachers", "2", "--jobs", "2",
            "--silver-sentences", "150", "--student-steps", "5", "--student-nynorsk-weight", "2", "--no-eval",
            "--set", "components.tok2vec.model.encode.width=32"]
    res = CliRunner().invoke(train, args)
    assert res.exit_code == 0, res.output + repr(res.exception)
    for seed in (0, 1):
        assert (work / "teachers" / f"seed{seed}" / "model-best" / "ner").is_dir()
    from spacy import util

    seeds = [util.load_config(work / "teachers" / f"seed{s}" / "model-best" / "config.cfg")["system"]["seed"]
             for s in (0, 1)]
    assert seeds == [0, 1]
    assert sorted(p.name for p in (work / "student").iterdir()) == ["gold.spacy", "silver.spacy"]
    # 40 Bokmål + 40 Nynorsk sentences for the teachers; Nynorsk twice for the student
    assert n_docs(work / "corpus" / "train.spacy") == 80 and n_docs(work / "student" / "gold.spacy") == 120
    saved = (tmp_path / "model" / "config.cfg").read_text(encoding="utf-8")
    assert f'train = "{work / "student"}"' in saved and "max_steps = 5" in saved
    res = CliRunner().invoke(train, args)
    assert res.exit_code == 0, res.output + repr(res.exception)
    assert res.output.count("reusing teacher") == 2


def test_teachers_need_raw_text(data_dir, tmp_path):
    res = CliRunner().invoke(train, ["--data", str(data_dir / "norne"), "--work-dir", str(tmp_path / "w"),
                                     "--limit", "20", "--max-steps", "2", "--no-vectors", "--teachers", "1",
                                     "--set", "components.tok2vec.model.encode.width=32", "--no-eval"])
    assert res.exit_code == 2
    assert "--teachers needs raw text" in res.output
    assert not (tmp_path / "w" / "teachers").exists()  # checked before any teacher trains
