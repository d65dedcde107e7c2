"""Where a person's name ends and who is a person (``annotate/person_names.py``), in
Bokmål and Nynorsk. The model's PER spans are set by hand (``ents``) as in test_entities."""

import pytest

from tests.annotate.test_entities import annotate_with_ents, people  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, ents, expected", [
    # a title or a word in capitals at the right edge
    ("– Vi er klare, sier Thorleif Berthelsen Styremedlem i laget.", {"Thorleif Berthelsen Styremedlem": "PER"},
     "Thorleif Berthelsen"),
    ("– Vi er klare, seier Thorleif Berthelsen Styremedlem i laget.", {"Thorleif Berthelsen Styremedlem": "PER"},
     "Thorleif Berthelsen"),
    ("Sander Birkeland DEBUTANT spilte godt.", {"Sander Birkeland DEBUTANT": "PER"}, "Sander Birkeland"),
    ("Sander Birkeland DEBUTANT spelte godt.", {"Sander Birkeland DEBUTANT": "PER"}, "Sander Birkeland"),
    # a determiner and its noun at the left edge
    ("En Drøm Christopher Langeland fikk oppfylt, var reisen.", {"En Drøm Christopher Langeland": "PER"},
     "Christopher Langeland"),
    ("Ein Draum Christopher Langeland fekk oppfylt, var reisa.", {"Ein Draum Christopher Langeland": "PER"},
     "Christopher Langeland"),
    # the genitive of an organisation the article names
    ("Kolstad vant. Kolstads Tom Kåre Nikolaisen scoret ti mål.",
     {"Kolstad": "ORG", "Kolstads Tom Kåre Nikolaisen": "PER"}, "Tom Kåre Nikolaisen"),
    ("Kolstad vann. Kolstads Tom Kåre Nikolaisen skåra ti mål.",
     {"Kolstad": "ORG", "Kolstads Tom Kåre Nikolaisen": "PER"}, "Tom Kåre Nikolaisen"),
    # a first name in -s is no genitive: "Han" opening a sentence is not "Hans"
    ("Han scoret. Hans Christer Holund vant.", {"Hans Christer Holund": "PER"}, "Hans Christer Holund"),
    ("Han skåra. Hans Christer Holund vann.", {"Hans Christer Holund": "PER"}, "Hans Christer Holund"),
])
def test_name_edges(annotate_with_ents, text, ents, expected):
    assert [name for _, name in people(annotate_with_ents(text, ents))] == [expected]


@pytest.mark.parametrize("text, ents", [
    ("Foto: TVNZ/ AP/ NTB", {"TVNZ/ AP/ NTB": "PER"}),
    ("Hell en desiliter Klorin i sluket.", {"Klorin": "PER"}),
    ("Hell ein desiliter Klorin i sluket.", {"Klorin": "PER"}),
    ("Dallas tok imot Philadelphia tirsdag.", {"Dallas": "PER"}),
    ("Dallas tok imot Philadelphia tysdag.", {"Dallas": "PER"}),
    ("Kampene spilles på Ekeberg, Rustad og Valle.", {"Rustad": "PER"}),
    ("Kampane blir spelte på Ekeberg, Rustad og Valle.", {"Rustad": "PER"}),
])
def test_a_one_word_name_without_evidence_is_no_person(annotate_with_ents, text, ents):
    assert people(annotate_with_ents(text, ents)) == []


@pytest.mark.parametrize("text, ents, expected", [
    ("– Det er forhastet, sier Sandvik.", {"Sandvik": "PER"}, "Sandvik"),
    ("– Det er forhasta, seier Sandvik.", {"Sandvik": "PER"}, "Sandvik"),
    ("Sandvik begrunner vedtaket med trafikken.", {"Sandvik": "PER"}, "Sandvik"),
    ("Sandvik grunngir vedtaket med trafikken.", {"Sandvik": "PER"}, "Sandvik"),
    ("Kåret til største talent, men Lucas (18) ville bli noe annet.", {"Lucas": "PER"}, "Lucas"),
    ("Kåra til største talent, men Lucas (18) ville bli noko anna.", {"Lucas": "PER"}, "Lucas"),
    ("Han møtte kong Harald i går.", {"Harald": "PER"}, "Harald"),
    ("Han møtte kong Harald i går.", {"Harald": "PER"}, "Harald"),
])
def test_a_one_word_name_with_evidence_is_a_person(annotate_with_ents, text, ents, expected):
    assert [name for _, name in people(annotate_with_ents(text, ents))] == [expected]


@pytest.mark.parametrize("text", [
    "Kvalheim kom hjem fra turneringen i går. Han var fornøyd med resultatet.",
    "Kvalheim kom heim frå turneringa i går. Ho var nøgd med resultatet.",
])
def test_a_pronoun_taking_a_name_up_is_evidence(annotate_full, text):
    doc = annotate_full(text)
    assert [m._.canonical for m in doc.spans["mentions"] if m.label_ == "PER"] == ["Kvalheim"]
