"""NDT -> UD mapping (extract/backbone/convert.py + data/ndt_to_ud.yaml) on hand-made NDT rows."""

import spacy

from extract.backbone.convert import Row, Sentence, held_out_split, ndt_to_ud, sentence_to_doc


def sent(*rows):
    """Rows as (form, lemma, NDT POS, NDT features, head, relation)."""
    return Sentence([Row(f, l, p, feats, h, rel, "name=O") for f, l, p, feats, h, rel in rows], "x.conll")


def upos(sentence):
    return [p for p, _ in ndt_to_ud(sentence)]


def test_perfect_auxiliary_and_main_verb():
    s = sent(("Hun", "hun", "pron", "pers|hum|nom|3|ent|fem", 2, "SUBJ"),
             ("har", "ha", "verb", "pres", 0, "FINV"),
             ("kjøpt", "kjøpe", "verb", "perf-part", 2, "INFV"),
             ("huset", "hus", "subst", "appell|nøyt|be|ent", 3, "DOBJ"))
    assert upos(s) == ["PRON", "AUX", "VERB", "NOUN"]
    assert ndt_to_ud(s)[2][1] == "VerbForm=Part"
    assert ndt_to_ud(s)[1][1] == "Mood=Ind|Tense=Pres|VerbForm=Fin"


def test_have_with_an_object_is_a_verb():
    s = sent(("Hun", "hun", "pron", "pers|hum|nom|3|ent|fem", 2, "SUBJ"),
             ("har", "ha", "verb", "pres", 0, "FINV"),
             ("et", "en", "det", "kvant|nøyt|ent", 4, "DET"),
             ("hus", "hus", "subst", "appell|nøyt|ub|ent", 2, "DOBJ"))
    assert upos(s) == ["PRON", "VERB", "DET", "NOUN"]


def test_copula_is_aux_but_nynorsk_verte_is_a_verb():
    bokmal = sent(("Hun", "hun", "pron", "pers", 2, "SUBJ"), ("er", "være", "verb", "pres", 0, "FINV"),
                  ("glad", "glad", "adj", "pos|ub|ent", 2, "SPRED"))
    nynorsk = sent(("Klynga", "klynge", "subst", "appell|fem|bu|eint", 2, "SUBJ"),
                   ("vart", "verte", "verb", "pret", 0, "FINV"),
                   ("tildelt", "tildele", "verb", "perf-part", 2, "INFV"))
    assert upos(bokmal) == ["PRON", "AUX", "ADJ"]
    assert upos(nynorsk) == ["NOUN", "VERB", "VERB"]


def test_fekk_without_an_infinitive_is_a_verb():
    s = sent(("Klynga", "klynge", "subst", "appell|fem|bu|eint", 2, "SUBJ"),
             ("fekk", "få", "verb", "pret", 0, "FINV"),
             ("status", "status", "subst", "appell|mask|ub|eint", 2, "DOBJ"))
    assert upos(s) == ["NOUN", "VERB", "NOUN"]


def test_proper_noun_numeral_and_article():
    s = sent(("Oslo", "Oslo", "subst", "prop", 2, "SUBJ"),
             ("fekk", "få", "verb", "pret", 0, "FINV"),
             ("fire", "fire", "det", "kvant|fl", 5, "DET"),
             ("nye", "ny", "adj", "fl|pos", 5, "ATR"),
             ("klynger", "klynge", "subst", "appell|fem|ub|fl", 2, "DOBJ"),
             ("og", "og", "konj", "<ikkje-clb>", 8, "KONJ"),
             ("ei", "ein", "det", "kvant|fem|eint", 8, "DET"),
             ("bedrift", "bedrift", "subst", "appell|fem|ub|eint", 5, "KOORD"),
             ("2018", "2018", "det", "kvant", 8, "ATR"))
    assert upos(s) == ["PROPN", "VERB", "NUM", "ADJ", "NOUN", "CCONJ", "DET", "NOUN", "NUM"]
    assert ndt_to_ud(s)[0][1] == ""  # no definiteness or number on a proper noun
    assert ndt_to_ud(s)[2][1] == "NumType=Card|Number=Plur"


def test_proper_nouns_keep_gender_and_abbreviation_as_ud_bokmal_does():
    s = sent(("Marie", "Marie", "subst", "prop|fem", 2, "SUBJ"),
             ("møtte", "møte", "verb", "pret", 0, "FINV"),
             ("EU", "EU", "subst", "prop|fork", 2, "DOBJ"),
             ("i", "i", "prep", "_", 2, "ADV"),
             ("Bergen", "Bergen", "subst", "prop", 4, "PUTFYLL"))
    assert ndt_to_ud(s)[0] == ("PROPN", "Gender=Fem")
    assert ndt_to_ud(s)[2] == ("PROPN", "Abbr=Yes")
    assert ndt_to_ud(s)[4] == ("PROPN", "")


def test_function_words():
    s = sent(("Han", "han", "pron", "pers", 2, "SUBJ"),
             ("sa", "si", "verb", "pret", 0, "FINV"),
             ("at", "at", "sbu", "_", 6, "SBU"),
             ("han", "han", "pron", "pers", 6, "SUBJ"),
             ("ikke", "ikke", "adv", "_", 6, "ADV"),
             ("prøvde", "prøve", "verb", "pret", 2, "DOBJ"),
             ("å", "å", "inf-merke", "_", 6, "DOBJ"),
             ("vinne", "vinne", "verb", "inf", 7, "INFV"),
             ("her", "her", "prep", "_", 8, "ADV"),
             (".", "$.", "clb", "<punkt>", 2, "IP"))
    assert upos(s) == ["PRON", "VERB", "SCONJ", "PRON", "PART", "VERB", "PART", "VERB", "ADV", "PUNCT"]
    assert ndt_to_ud(s)[4][1] == "Polarity=Neg"


def test_prepositions_before_infinitives_and_som():
    s = sent(("Mannen", "mann", "subst", "appell|mask|be|ent", 0, "FRAG"),
             ("som", "som", "sbu", "_", 3, "SBU"),
             ("kom", "komme", "verb", "pret", 1, "ATR"),
             ("for", "for", "prep", "_", 3, "ADV"),
             ("å", "å", "inf-merke", "_", 4, "PUTFYLL"),
             ("jobbe", "jobbe", "verb", "inf", 5, "INFV"),
             ("som", "som", "prep", "_", 6, "SPRED"),
             ("lærer", "lærer", "subst", "appell|mask|ub|ent", 7, "PUTFYLL"),
             ("i", "i", "prep", "_", 6, "ADV"),
             ("Bergen", "Bergen", "subst", "prop", 9, "PUTFYLL"))
    assert upos(s) == ["NOUN", "PRON", "VERB", "SCONJ", "PART", "VERB", "SCONJ", "NOUN", "ADP", "PROPN"]


def test_doc_keeps_ndt_relations_lemmas_and_entities():
    s = sent(("Oslo", "Oslo", "subst", "prop", 2, "SUBJ"), ("vant", "vinne", "verb", "pret", 0, "FINV"))
    s.rows[0].misc = "name=B-GPE_LOC"
    doc = sentence_to_doc(spacy.blank("nb").vocab, s, ndt=True)
    assert [t.dep_ for t in doc] == ["SUBJ", "ROOT"]
    assert [t.head.i for t in doc] == [1, 1]
    assert [t.lemma_ for t in doc] == ["Oslo", "vinne"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Oslo", "GPE_LOC")]


def test_held_out_documents_are_stable():
    names = [f"doc{i}.conll" for i in range(400)]
    splits = [held_out_split(n) for n in names]
    assert splits == [held_out_split(n) for n in names]
    assert {"train", "dev", "test"} == set(splits)
    assert 0.8 < splits.count("train") / len(splits) < 0.97
