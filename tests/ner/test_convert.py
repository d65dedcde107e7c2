import spacy
from spacy.tokens import DocBin

from extract.ner.convert import (
    doc_to_tags, read_conllu, sentence_to_doc, spans_to_tags, tags_to_spans,
    split_path, write_docbin, _parse_misc, _clean_tag,
)

CONLLU = (
    "# sent_id = 1\n"
    "1\tDommer\tdommer\tNOUN\t_\t_\t2\tnmod\t_\tname=O\n"
    "2\tFinn\tFinn\tPROPN\t_\t_\t4\tnsubj\t_\tname=B-PER\n"
    "3\tEilertsen\tEilertsen\tPROPN\t_\t_\t2\tflat:name\t_\tname=I-PER\n"
    "4\ti\ti\tADP\t_\t_\t5\tcase\t_\tname=O\n"
    "5\tOslo\tOslo\tPROPN\t_\t_\t2\tnmod\t_\tSpaceAfter=No|name=B-GPE_LOC\n"
    "6\t.\t$.\tPUNCT\t_\t_\t4\tpunct\t_\tname=O\n"
    "\n"
    "1\tX\tx\tNOUN\t_\t_\t0\troot\t_\tname=B-MISC\n"
    "2\tY\ty\tNOUN\t_\t_\t1\tflat\t_\tname=B-ORG\n"
    "3\tZ\tz\tNOUN\t_\t_\t1\tflat\t_\tname=I-ORG\n"
)


def test_parse_misc():
    assert _parse_misc("SpaceAfter=No|name=B-PER") == (False, "B-PER")
    assert _parse_misc("name=O") == (True, "O")
    assert _clean_tag("B-MISC") == "O" and _clean_tag("I-MISC") == "O"


def test_tags_spans_round_trip():
    cases = [
        ["O", "B-PER", "I-PER", "O", "B-GPE_LOC", "O"],
        ["B-ORG", "B-ORG", "I-ORG", "B-PER"],
        ["B-LOC"],
        ["O", "O"],
    ]
    for tags in cases:
        assert spans_to_tags(tags_to_spans(tags), len(tags)) == tags
    assert tags_to_spans(["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG"]) == [(0, 2, "PER"), (3, 6, "ORG")]
    # a stray I- (inconsistent IOB) opens an entity; I- of another label breaks it
    assert tags_to_spans(["I-PER", "I-ORG"]) == [(0, 1, "PER"), (1, 2, "ORG")]


def test_conllu_to_docbin_and_back(tmp_path):
    f = tmp_path / "x.conllu"
    f.write_text(CONLLU, encoding="utf-8")
    sents = list(read_conllu(f))
    assert len(sents) == 2
    assert sents[0].words[1:3] == ["Finn", "Eilertsen"]
    assert sents[0].spaces[4] is False
    assert sents[1].tags == ["O", "B-ORG", "I-ORG"]  # MISC dropped
    nlp = spacy.blank("nb")
    doc = sentence_to_doc(nlp.vocab, sents[0])
    assert doc.text == "Dommer Finn Eilertsen i Oslo."
    assert [(e.text, e.label_) for e in doc.ents] == [("Finn Eilertsen", "PER"), ("Oslo", "GPE_LOC")]
    out = tmp_path / "x.spacy"
    assert write_docbin(sents, out, nlp.vocab) == 2
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert [doc_to_tags(d) for d in docs] == [s.tags for s in sents]
    assert [[t.text for t in d] for d in docs] == [s.words for s in sents]


def test_real_norne_round_trip(data_dir):
    nlp = spacy.blank("nb")
    n = 0
    for sent in read_conllu(split_path(data_dir, "nno", "dev"), limit=300):
        assert doc_to_tags(sentence_to_doc(nlp.vocab, sent)) == sent.tags
        n += 1
    assert n == 300


def test_convert_norne_nynorsk_weight(tmp_path):
    # a miniature NorNE layout: the same two sentences as nob and nno, train/dev/test
    from extract.ner.convert import SPLIT_FILES, convert_norne

    for rel in SPLIT_FILES.values():
        (tmp_path / "norne" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "norne" / rel).write_text(CONLLU, encoding="utf-8")

    counts = convert_norne(tmp_path, tmp_path / "out")
    assert counts["train"] == 4 and counts["dev"] == 4 and counts["nno-test"] == 2
    counts = convert_norne(tmp_path, tmp_path / "out", nynorsk_weight=3)
    assert counts["train"] == 2 + 3 * 2 and counts["dev"] == 4


def _mini_norne_and_norec(root):
    import gzip
    import json

    from extract.ner.convert import SPLIT_FILES

    for rel in SPLIT_FILES.values():
        (root / "norne" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "norne" / rel).write_text(CONLLU, encoding="utf-8")
    reviews = [
        "Ei bok om havet\nEg har ikkje lese ei betre bok i år.\n\nForfattaren skriv om kva havet gjer med folk.",
        "Pizza på Grünerløkka\nJeg har ikke spist bedre pizza noe sted.\n\nBetjeningen var hyggelig og rask.",
        "Ny plate fra Kaizers\nBandet har laget et album som vi ikke glemmer.",
    ]
    (root / "norec").mkdir()
    with gzip.open(root / "norec" / "norec.jsonl.gz", "wt", encoding="utf-8") as f:
        for i, text in enumerate(reviews):
            f.write(json.dumps({"id": str(i), "split": "train", "title": text.split("\n")[0],
                                "text": text}) + "\n")


def test_write_pretrain_text_takes_all_nynorsk_then_fills_with_bokmal(tmp_path):
    import json

    from extract.ner.convert import write_pretrain_text

    _mini_norne_and_norec(tmp_path)
    out = tmp_path / "pre.jsonl"
    # budget: the 3 Nynorsk NoReC lines (4 + 9 + 8 words) + NorNE nno train (6 + 3 words) = 30 words
    lines, words = write_pretrain_text(tmp_path, out, max_words=30)
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert (lines, words) == (len(texts), sum(len(t.split()) for t in texts)) and words == 30
    assert "Eg har ikkje lese ei betre bok i år." in texts
    assert "Forfattaren skriv om kva havet gjer med folk." in texts
    assert not any("Jeg har ikke" in t or "Bandet" in t for t in texts)

    lines, words = write_pretrain_text(tmp_path, out, max_words=10_000)
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert "Jeg har ikke spist bedre pizza noe sted." in texts and "Betjeningen var hyggelig og rask." in texts
    assert len(texts) == 2 + 2 + 3 + 3 + 2  # NorNE nno + nob train (2 each), NoReC lines per review
