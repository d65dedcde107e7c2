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
