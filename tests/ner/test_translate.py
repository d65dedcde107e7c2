import re
import shutil

import pytest
import spacy
from click.testing import CliRunner

from extract.ner.convert import Sentence, tags_to_spans
from extract.ner.translate import (ApertiumMissing, apertium_translator, build_translated_train,
                                   parse_paragraph, sentence_html, translate_corpus,
                                   translate_sentences)

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
