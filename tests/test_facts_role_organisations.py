"""facts: a role's organisation written out as the article writes it in full, from its letters
("FNB" -> "Folkeaksjonen Nei til mer bompenger", link words passed over), Bokmål and Nynorsk."""

from extract.facts import facts_from_doc
from extract.process import make_doc
from extract.types import Article


def _roles(nlp, paragraphs, language="nb"):
    article = Article(id="a", source="a.txt", title=paragraphs[0], paragraphs=paragraphs[1:],
                      published="2021-12-03", language=language)
    facts = facts_from_doc(nlp(make_doc(nlp, article)), article)
    return {(r["person"], r["role"], r["organization"]) for r in facts.person_roles}


def test_letters_are_the_name_written_in_full(nlp):
    assert ("Ragnhild Vestrum", "lokallagsleder", "Aksjonen Ja til flere ferjer") in _roles(nlp, [
        "Ferjeopprøret",
        "Aksjonen Ja til flere ferjer har fått gjennomslag i hele landet.",
        "I Molde, der AJF er størst, har lokallagsleder Ragnhild Vestrum samlet programmet i én setning.",
        "AJF vil nå stille lister i flere fylker.",
    ])


def test_nynorsk_letters_are_the_name_written_in_full(nlp):
    assert ("Ragnhild Vestrum", "lokallagsleiar", "Aksjonen Ja til fleire ferjer") in _roles(nlp, [
        "Ferjeopprøret",
        "Aksjonen Ja til fleire ferjer har fått gjennomslag i heile landet.",
        "I Molde, der AJF er størst, har lokallagsleiar Ragnhild Vestrum samla programmet i éi setning.",
        "AJF vil no stille lister i fleire fylke.",
    ], "nn")


def test_letters_two_names_could_stand_for_stay_letters(nlp):
    found = _roles(nlp, [
        "Ferjeopprøret",
        "Aksjonen Ja til flere ferjer og Alliansen Jobb For alle samarbeider.",
        "I Molde har lokallagsleder Ragnhild Vestrum i AJF samlet programmet i én setning.",
    ])
    assert ("Ragnhild Vestrum", "lokallagsleder", "AJF") in found
