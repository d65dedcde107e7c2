import pytest

from extract.ner import LABELS, default_model_path, load_ner


@pytest.fixture(scope="module")
def nlp():
    nlp = load_ner()
    if nlp is None:
        pytest.fail(f"shipped NER model missing at {default_model_path()}")
    return nlp


def test_model_files_small():
    root = default_model_path()
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files
    assert max(p.stat().st_size for p in files) < 50_000_000
    assert sum(p.stat().st_size for p in files) < 100_000_000


def test_pipeline_shape(nlp):
    assert nlp.lang == "nb"
    assert nlp.pipe_names[:2] == ["tok2vec", "ner"]  # then the backbone (tests/backbone)
    assert set(nlp.get_pipe("ner").labels) == set(LABELS)


def test_meta_names_model_and_scores(nlp):
    assert nlp.meta["name"] == "nb_newsfacts"
    assert {"nob_dev", "nob_test", "nno_dev", "nno_test"} <= set(nlp.meta["norne_scores"])
    assert "NorNE" in {s["name"] for s in nlp.meta["sources"]}


def ents(doc):
    return {(e.text, e.label_) for e in doc.ents}


def test_tags_person_and_organisation(nlp):
    # (NorNE predates the name Equinor: after "direktøren i" the model calls it GPE_LOC)
    doc = nlp("Statsminister Jonas Gahr Støre møtte direktøren i Norsk Hydro i Oslo.")
    found = ents(doc)
    assert ("Jonas Gahr Støre", "PER") in found
    assert ("Norsk Hydro", "ORG") in found
    assert ("Oslo", "GPE_LOC") in found
    doc = nlp("Direktøren i Equinor, Anders Opedal, møtte statsminister Jonas Gahr Støre i Oslo.")
    assert {("Equinor", "ORG"), ("Anders Opedal", "PER")} <= ents(doc)


def test_nynorsk_and_pipe(nlp):
    texts = [
        "Erna Solberg var statsminister i Noreg frå 2013 til 2021.",
        "Han jobbar i Statoil og bur i Bergen.",
    ]
    docs = list(nlp.pipe(texts))
    assert ("Erna Solberg", "PER") in ents(docs[0])
    assert any(e.label_ == "ORG" and e.text == "Statoil" for e in docs[1].ents)
