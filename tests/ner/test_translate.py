import re
import shutil

import pytest
import spacy
from click.testing import CliRunner

from extract.ner.convert import Sentence, tags_to_spans
from extract.ner.translate import (ApertiumMissing, apertium_translator, build_translated_train,
                                   parse_paragraph, sentence_html, translate_corpus,
                                   translate_docbin, translate_lines, translate_sentences)

WORDS = {"ikke": "ikkje", "Norge": "Noreg", "fikk": "fekk", "hun": "ho"}


def fake(paragraphs):
    """Word-for-word 'translation' that keeps the markup, as Apertium's html format does."""
    return [re.sub(r"\w+", lambda m: WORDS.get(m.group(0), m.group(0)), p[3:-4]) for p in paragraphs]


def sent(words, tags, spaces=None):
    return Sentence(words=words, spaces=spaces or [True] * len(words), tags=tags)


@pytest.fixture(scope="module")
def tok():
    return spacy.blank("nb").tokenizer


def test_sentence_html_wraps_entities_and_escapes():
    s = sent(["Innovasjon", "Norge", "&", "Kari", "."], ["B-ORG", "I-ORG", "O", "B-PER", "O"],
             [True, True, True, False, False])
    assert sentence_html(s) == '<p><span class="ORG">Innovasjon Norge</span> &amp; <span class="PER">Kari</span>.</p>'


def test_parse_paragraph_offsets_and_broken_markup():
    text, spans = parse_paragraph('Møtte <span class="PER"> Kari </span> i &lt;<span class="GPE_LOC">Bergen</span>')
    assert text == "Møtte  Kari  i <Bergen"
    assert [(text[s:e], lab) for s, e, lab in spans] == [("Kari", "PER"), ("Bergen", "GPE_LOC")]
    assert parse_paragraph('<span class="PER">Kari <span class="ORG">X</span></span>') is None
    assert parse_paragraph('<span class="PER">Kari') is None


def test_translate_projects_spans_onto_new_tokens(tok):
    s = sent(["Hun", "fikk", "ikke", "støtte", "fra", "Innovasjon", "Norge", "."],
             ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"], [True] * 6 + [False, False])
    (out,), dropped = translate_sentences([s], fake, tok)
    assert dropped == 0
    assert out.words == ["Hun", "fekk", "ikkje", "støtte", "fra", "Innovasjon", "Noreg", "."]
    assert tags_to_spans(out.tags) == [(5, 7, "ORG")]


def test_sentence_whose_entities_do_not_survive_is_dropped(tok):
    good = sent(["Kari", "kom"], ["B-PER", "O"])
    lost = sent(["Ola", "kom"], ["B-PER", "O"])
    relabelled = sent(["Oslo", "vant"], ["B-GPE_LOC", "O"])
    misaligned = sent(["Bergen", "vant"], ["B-ORG", "O"])

    def lossy(paragraphs):
        out = fake(paragraphs)
        out[1] = "Ola kom"                                   # markup lost
        out[2] = out[2].replace("GPE_LOC", "ORG")            # label changed
        out[3] = '<span class="ORG">Berg</span>en vant'      # span inside a token
        return out

    kept, dropped = translate_sentences([good, lost, relabelled, misaligned], lossy, tok)
    assert dropped == 3 and [k.words for k in kept] == [["Kari", "kom"]]


def test_translator_must_return_one_paragraph_per_sentence(tok):
    with pytest.raises(RuntimeError, match="2 sentences"):
        translate_sentences([sent(["a"], ["O"]), sent(["b"], ["O"])], lambda ps: ps[:1], tok)


def test_cache_is_resumable_one_call_per_batch(tmp_path):
    sents = [sent(["Hun", "fikk", str(i)], ["O", "O", "O"]) for i in range(5)]
    calls = []

    def counting(paragraphs):
        calls.append(len(paragraphs))
        return fake(paragraphs)

    lines = []
    counts = translate_corpus(sents, tmp_path, translate=counting, batch_size=2, log=lines.append)
    assert counts == {"source": 5, "kept": 5, "dropped": 0} and calls == [2, 2, 1]
    assert len(lines) == 3 and lines[0].startswith("batch 1/3")
    (tmp_path / "batch-00001.json").unlink()                 # an interrupted run
    translate_corpus(sents, tmp_path, translate=counting, batch_size=2, log=lines.append)
    assert calls == [2, 2, 1, 2]                             # only the missing batch again


def test_missing_apertium_says_how_to_install(monkeypatch):
    with pytest.raises(ApertiumMissing, match="apt-get install apertium-nno-nob"):
        apertium_translator(binary="no-such-apertium-binary")
    assert ApertiumMissing.exit_code == 2


def test_train_without_apertium_is_a_usage_error(data_dir, tmp_path, monkeypatch):
    from extract.ner import translate
    from extract.ner.commands import train

    monkeypatch.setattr(translate.shutil, "which", lambda _: None)
    res = CliRunner().invoke(train, ["--data", str(data_dir), "--work-dir", str(tmp_path),
                                     "--limit", "5", "--translated-nynorsk", "1", "--no-vectors",
                                     "--no-eval"])
    assert res.exit_code == 2 and "apt-get install apertium-nno-nob" in res.output


def test_build_translated_train_with_fake(data_dir, tmp_path):
    path, counts = build_translated_train(data_dir, tmp_path, limit=30, translate=fake,
                                          log=lambda _: None)
    assert counts["source"] == 30 and counts["kept"] + counts["dropped"] == 30
    from spacy.tokens import DocBin
    assert len(DocBin().from_disk(path)) == counts["kept"]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed (training-time tool)")
def test_real_apertium_keeps_entities(tok):
    s = sent(["Direktøren", "i", "Innovasjon", "Norge", "møtte", "Kari", "Nordmann", "i", "Bergen", "."],
             ["O", "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-GPE_LOC", "O"],
             [True] * 8 + [False, False])
    (out,), dropped = translate_sentences([s], apertium_translator(), tok)
    assert dropped == 0
    ents = [(" ".join(out.words[a:b]), lab) for a, b, lab in tags_to_spans(out.tags)]
    assert ents == [("Innovasjon Noreg", "ORG"), ("Kari Nordmann", "PER"), ("Bergen", "GPE_LOC")]


def _docbin(path, docs):
    from spacy.tokens import DocBin

    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"])
    for d in docs:
        db.add(d)
    db.to_disk(path)


def _read(path):
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(spacy.blank("nb").vocab))


def test_translate_docbin_carries_entities_and_keeps_its_cache(tmp_path):
    from spacy.tokens import Doc, Span

    vocab = spacy.blank("nb").vocab
    doc = Doc(vocab, words=["Hun", "fikk", "ikke", "støtte", "fra", "Innovasjon", "Norge"])
    doc.ents = [Span(doc, 5, 7, label="ORG")]
    _docbin(tmp_path / "silver.spacy", [doc, Doc(vocab, words=["Ola", "kom"])])
    calls = []

    def counting(paragraphs):
        calls.append(len(paragraphs))
        return fake(paragraphs)

    args = (tmp_path / "silver.spacy", tmp_path / "out.spacy", tmp_path / "cache")
    counts = translate_docbin(*args, translate=counting, log=lambda _: None)
    assert counts == {"source": 2, "kept": 2, "dropped": 0}
    first = _read(tmp_path / "out.spacy")[0]
    assert [t.text for t in first] == ["Hun", "fekk", "ikkje", "støtte", "fra", "Innovasjon", "Noreg"]
    assert [(e.text, e.label_) for e in first.ents] == [("Innovasjon Noreg", "ORG")]
    translate_docbin(*args, translate=counting, log=lambda _: None)
    assert calls == [2]                                      # the same source: all from the cache
    _docbin(tmp_path / "silver.spacy", [doc])                # new silver data: translated anew
    assert translate_docbin(*args, translate=counting, log=lambda _: None)["source"] == 1
    assert calls == [2, 1]


def test_translate_lines_tokenises_raw_sentences(tmp_path):
    counts = translate_lines(["Hun  fikk ikke støtte.", "Norge vant."], tmp_path / "raw.spacy",
                             tmp_path / "cache", translate=fake, log=lambda _: None)
    assert counts["kept"] == 2
    assert [[t.text for t in d] for d in _read(tmp_path / "raw.spacy")] == [
        ["Hun", "fekk", "ikkje", "støtte", "."], ["Noreg", "vant", "."]]


@pytest.mark.parametrize("args, message", [
    (["--translated-silver"], "add --teachers N"),
    (["--translated-vectors", "100", "--vectors", "models/nb_newsfacts"], "drop --vectors"),
    (["--translated-vectors", "100", "--no-vectors"], "drop --vectors"),
])
def test_translation_options_that_cannot_work_are_usage_errors(tmp_path, args, message):
    from extract.ner.commands import train

    res = CliRunner().invoke(train, ["--work-dir", str(tmp_path), *args])
    assert res.exit_code == 2 and message in res.output
    assert not any(tmp_path.iterdir())                       # refused before any work


def test_train_with_translated_silver_and_vectors(data_dir, tmp_path, monkeypatch):
    # a tiny run with a fake Apertium: the silver data and the floret text get translated copies
    from extract.ner import translate
    from extract.ner.commands import train

    monkeypatch.setattr(translate, "apertium_translator", lambda pair: fake)
    work = tmp_path / "work"
    res = CliRunner().invoke(train, [
        "--data", str(data_dir), "--work-dir", str(work), "--output", str(tmp_path / "model"),
        "--limit", "40", "--max-steps", "3", "--teachers", "1", "--jobs", "1",
        "--silver-sentences", "60", "--student-steps", "3", "--translated-silver",
        "--translated-vectors", "50", "--floret-epochs", "1", "--no-eval",
        "--set", "components.tok2vec.model.encode.width=32"])
    assert res.exit_code == 0, res.output + repr(res.exception)
    silver = _read(work / "student" / "silver.spacy")
    translated = _read(work / "student" / "translated-silver.spacy")
    assert len(translated) == len(silver) == 60
    assert [len(d.ents) for d in translated] == [len(d.ents) for d in silver]
    text = (work / "vectors-nno50" / "text.txt").read_text(encoding="utf-8").splitlines()
    raw = [" ".join(t.text for t in d) for d in _read(work / "translated" / "nob-nno" / "raw-50.spacy")]
    assert len(raw) == 50 and text[-50:] == raw
    assert not (work / "vectors").exists()                   # the plain vectors are not touched
