"""facts: the organisation of a staff title no pattern gave one to is read from the words around
it (``roles/owners.py``) before the organisation an article names most is taken; a title another
word owns gets none, or the body that word names ("politiets talsperson": politiet); what can be named most is an organisation the article is about. Bokmål and
Nynorsk, invented names."""

import pytest

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from extract.facts import IMPLIED, facts_from_doc
from extract.process import make_doc
from extract.types import Article


def _roles(nlp, paragraphs, language="nb"):
    article = Article(id="a", source="a.txt", title=paragraphs[0], paragraphs=paragraphs[1:],
                      published="2021-12-03", language=language)
    facts = facts_from_doc(nlp(make_doc(nlp, article)), article)
    return {(r["person"], r["role"]): r["organization"] for r in facts.person_roles}


@pytest.mark.parametrize("language, paragraphs", [
    ("nb", ["Vestfjord Energi kutter i staben",
            "Vestfjord Energi legger ned kontoret i Hamar. Vestfjord Energi har hatt tap i tre år.",
            "Mannen ble pågrepet i går, ifølge politiets talsperson Kari Holmvik."]),
    ("nn", ["Vestfjord Energi kuttar i staben",
            "Vestfjord Energi legg ned kontoret på Hamar. Vestfjord Energi har hatt tap i tre år.",
            "Mannen vart pågripen i går, ifølgje politiets talsperson Kari Holmvik."]),
])
def test_a_title_in_the_genitive_of_another_word_is_not_the_main_organisations(nlp, language, paragraphs):
    assert _roles(nlp, paragraphs, language).get(("Kari Holmvik", "talsperson"), "no row") == "politiet"  # the body's


@pytest.mark.parametrize("language, paragraphs, role", [
    ("nb", ["Ny lov om pasientjournaler",
            "Helse- og omsorgsdepartementet sendte loven på høring i vår. Stortinget vedtok den i juni. "
            "Stortinget har bedt om en rask behandling.",
            "– Det tar tid, opplyser seniorrådgiver Ola Brekkestø i departementet."], "seniorrådgiver"),
    ("nn", ["Ny lov om pasientjournalar",
            "Helse- og omsorgsdepartementet sende lova på høyring i vår. Stortinget vedtok ho i juni. "
            "Stortinget har bede om ei rask handsaming.",
            "– Det tek tid, opplyser seniorrådgjevar Ola Brekkestø i departementet."], "seniorrådgjevar"),
])
def test_a_definite_noun_after_the_name_is_the_organisation_it_ends(nlp, language, paragraphs, role):
    assert _roles(nlp, paragraphs, language)[("Ola Brekkestø", role)] == "Helse- og omsorgsdepartementet"


@pytest.mark.parametrize("language, paragraphs", [
    ("nb", ["Vestfjord Energi mister annonsene",
            "Vestfjord Energi har fått beskjed om at annonsene stanses. Vestfjord Energi vil klage.",
            "Til nettstedet sier pressesjef Kari Lindvik i Netflix Norden at hun ikke kan kommentere saken."]),
    ("nn", ["Vestfjord Energi mistar annonsane",
            "Vestfjord Energi har fått beskjed om at annonsane blir stansa. Vestfjord Energi vil klage.",
            "Til nettstaden seier pressesjef Kari Lindvik i Netflix Norden at ho ikkje kan kommentere saka."]),
])
def test_a_proper_noun_after_the_name_is_the_organisation_the_model_did_not_tag(nlp, language, paragraphs):
    assert _roles(nlp, paragraphs, language)[("Kari Lindvik", "pressesjef")] == "Netflix Norden"


@pytest.mark.parametrize("language, paragraphs", [
    ("nb", ["Frostvik IL tapte igjen",
            "Frostvik IL tapte 1–3 borte mot Lunde FK. Lunde FK har vunnet fem kamper på rad, og Lunde FK "
            "leder serien. Lunde FK møter Brekke FK neste uke.",
            "Frostvik IL manglet sin kaptein Per Arne Sølvhaug, som er skadet."]),
    ("nn", ["Frostvik IL tapte igjen",
            "Frostvik IL tapte 1–3 borte mot Lunde FK. Lunde FK har vunne fem kampar på rad, og Lunde FK "
            "leier serien. Lunde FK møter Brekke FK neste veke.",
            "Frostvik IL mangla sin kaptein Per Arne Sølvhaug, som er skadd."]),
])
def test_a_reflexive_possessive_gives_the_subject_of_its_clause(nlp, language, paragraphs):
    assert _roles(nlp, paragraphs, language)[("Per Arne Sølvhaug", "kaptein")] == "Frostvik IL"


def _doc(words, entities):
    """A Doc of ``words`` with the entities ``(start, end, label)``, as the model would tag them."""
    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities]
    return doc


@pytest.mark.parametrize("words, entities, not_main", [
    # a word of a person's name the model took for an organisation ("Solbakken")
    ("Kari Solbakken tok over . Solbakken vil vinne . Solbakken har fått Brekke FK med seg .".split(),
     [(0, 2, "PER"), (5, 6, "ORG"), (9, 10, "ORG"), (12, 14, "ORG")], "Solbakken"),
    # a country in the genitive ("Tysklands")
    ("Tysklands politi leter . Tysklands regjering og Brekke FK møtes .".split(),
     [(0, 1, "GPE_ORG"), (4, 5, "GPE_ORG"), (7, 9, "ORG")], "Tysklands"),
    # a photo credit's agency, and its cue
    ("Ola Berg / Nordlys Foto . Kari Li / Nordlys Foto . Per Moe / Nordlys Foto . Brekke FK vant".split(),
     [(3, 5, "ORG"), (9, 11, "ORG"), (15, 17, "ORG"), (18, 20, "ORG")], "Nordlys Foto"),
    ("FOTO : Ola Berg . FOTO : Kari Li . FOTO : Per Moe . Brekke FK vant".split(),
     [(0, 1, "ORG"), (5, 6, "ORG"), (10, 11, "ORG"), (15, 17, "ORG")], "FOTO"),
])
def test_what_no_article_is_about_is_never_the_organisation_named_most(words, entities, not_main):
    article = IMPLIED.read(_doc(words, entities))
    assert article.main != not_main and not_main not in article.subjects


@pytest.mark.parametrize("language, paragraphs, role", [
    ("nb", ["Takk for seks gode år",
            "Vestfjord Energi har støttet oss i seks år. Vestfjord Energi har heiet på oss hele veien.",
            "Takk til Vestfjord Energi med daglig leder Kari Lindvik i spissen."], "daglig leder"),
    ("nn", ["Takk for seks gode år",
            "Vestfjord Energi har støtta oss i seks år. Vestfjord Energi har heia på oss heile vegen.",
            "Takk til Vestfjord Energi med dagleg leiar Kari Lindvik i spissen."], "dagleg leiar"),
])
def test_a_definite_noun_for_no_organisation_after_the_name_leaves_the_one_named_most(nlp, language, paragraphs, role):
    assert _roles(nlp, paragraphs, language)[("Kari Lindvik", role)] == "Vestfjord Energi"
