import numpy
import spacy
from spacy.tokens import Span

from extract.annotate import sentences  # noqa: F401  (registers newsfacts_line_breaks)


def _annotate(text, ents):
    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_line_breaks")
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_caption_starts_its_own_sentence():
    doc = _annotate("Foto: Kari Nordmann\n\nKlyngen fikk status som NCE i fjor.", [])
    assert [s.text.strip() for s in doc.sents] == ["Foto: Kari Nordmann", "Klyngen fikk status som NCE i fjor."]


def test_entity_is_cut_at_a_paragraph_break():
    # tokens: Foto : Kari Nordmann \n\n Næringsklyngen har ...
    doc = _annotate("Foto: Kari Nordmann\n\nNæringsklyngen har vokst.", [(2, 6, "PER")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Kari Nordmann", "PER")]


def test_entity_is_cut_at_a_single_line_break():
    doc = _annotate("Foto: Kari Nordmann\nNæringsklyngen har vokst.", [(2, 6, "PER")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Kari Nordmann", "PER")]


def test_entities_within_a_line_are_kept():
    doc = _annotate("Kari Nordmann leder Heidner Biocluster.\nNeste linje.", [(0, 2, "PER"), (3, 5, "ORG")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Kari Nordmann", "PER"), ("Heidner Biocluster", "ORG")]


def test_entity_ending_on_the_line_break_keeps_its_words():
    # tokens: Foto : Kari Nordmann \n\n Næringsklyngen ...; the entity ends on the break token
    doc = _annotate("Foto: Kari Nordmann\n\nNæringsklyngen har vokst.", [(2, 5, "PER")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Kari Nordmann", "PER")]


def test_a_split_year_keeps_one_tensor_row_per_token():
    # spaCy's split leaves a row too many and zeroes the pieces; the parser then reads a
    # batch's rows end to end, so every later Doc of the batch was parsed from shifted rows
    nlp = spacy.blank("nb")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_line_breaks")
    doc = nlp.make_doc("Klyngen ble etablert i 2019. Høsten 2020 fikk den Arena-status.")
    doc.tensor = numpy.arange(len(doc) * 2, dtype="float32").reshape(len(doc), 2)
    year_row = doc.tensor[4].copy()
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [t.text for t in doc][4:6] == ["2019", "."]
    assert doc.tensor.shape == (len(doc), 2)
    assert (doc.tensor[4] == year_row).all() and (doc.tensor[5] == year_row).all()
    assert (doc.tensor[6] == numpy.array([10, 11])).all()  # "Høsten", the old token 5


def test_a_batch_parses_as_its_documents_alone(nlp):
    from extract.process import make_doc
    from extract.types import Article
    texts = ["Mineralklynge Norge ble startet i 2011. Klyngen ble tatt opp i Arena-programmet i 2012.",
             "Innovasjon Norge har gitt NCE-status til klyngen på Raufoss, som fikk Arena-status i 2014.",
             "Næringsklynga vart tatt opp i programmet i 2019. Klyngeleiar Kari Nordmann er nøgd."] * 2
    articles = [Article(id=f"a{i}", source="t.txt", title="", paragraphs=[t]) for i, t in enumerate(texts)]
    alone = [nlp(make_doc(nlp, a)) for a in articles]
    batched = list(nlp.pipe([make_doc(nlp, a) for a in articles], batch_size=len(articles)))
    for one, other in zip(alone, batched):
        assert [(t.dep_, t.head.i) for t in one] == [(t.dep_, t.head.i) for t in other]
