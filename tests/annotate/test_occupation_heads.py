"""Kinds of roles said in news that no title list knew, and words taken for roles that are none:

- a noun for a position in a team, a race or an election that no agent ending marks, alone or
  closing a compound ("venstreback", "sisteskanse", "toppkandidat", "langrennsstjerne"), inflected;
- a counted plural ("to unger", "flere landskamper") of a noun the lemma lexicon knows, when
  that noun has no occupation's shape, is none, and a word that is its own lemma is a singular
  ("tomålsscorer", not the plural of "tomålsscor");
- a capitalised occupation opening a caption after its credit's agency on the same line;
- a full name in the genitive before the noun it owns is the person without the -s;
- a capitalised word the article writes twice before the same name is a first name, no title.

Bokmål and Nynorsk, invented names."""

import pytest

from extract.annotate.titles import TitleLexicon


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("word, expected", [
    ("venstreback", ("venstreback", False)),
    ("høgrebacken", ("høgreback", False)),
    ("sisteskansen", ("sisteskanse", False)),
    ("toppkandidatane", ("toppkandidat", True)),
    ("statsministerkandidaten", ("statsministerkandidat", False)),
    ("langrennsstjernene", ("langrennsstjerne", True)),  # not the plural of "langrennsstjer"
    ("langrennsstjerna", ("langrennsstjerne", False)),
    ("comeback", None),  # "back" of no team
    ("kandidaten", None), ("stjerna", None),  # these heads only close a compound
    ("verdensstjerne", None),  # fame with no field
])
def test_a_head_no_agent_ending_marks(word, expected):
    assert TitleLexicon().occupation(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("tomålsscorer", ("tomålsscorer", False)),  # its own lemma: a singular, not the plural of "tomålsscor"
    ("ambulansearbeider", ("ambulansearbeider", False)),  # "arbeider" is a lemma too, not only a form of "arbeid"
    ("midtbanespillere", ("midtbanespiller", True)),
])
def test_a_word_the_lemma_lexicon_holds_as_a_lemma_is_a_singular(word, expected):
    assert TitleLexicon().occupation(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("unger", True), ("ungar", True),  # forms of "unge"
    ("landskamper", True), ("landskampar", True),  # of "kamp", through the compound's last part
    ("murer", True),  # of "mur": a count before it must tell
    ("fisker", False),  # "fiskeren": a lemma of its own
    ("midtbanespillere", False),  # of "spiller"
])
def test_forms_of_nouns_for_no_occupation(word, expected):
    assert TitleLexicon().form_of_other_noun(word) is expected


@pytest.mark.parametrize("text, expected", [
    ("Dommeren blåste da venstreback Tuva Lindgaard felte Brage Solheimsnes.", ("Tuva Lindgaard", "venstreback", None)),
    ("Dommaren blåste då venstreback Tuva Lindgaard felte Brage Solheimsnes.", ("Tuva Lindgaard", "venstreback", None)),
    ("– Vi er klare, sier quarterback Brage Solheimsnes.", ("Brage Solheimsnes", "quarterback", None)),
    ("– Vi er klare, seier quarterback Brage Solheimsnes.", ("Brage Solheimsnes", "quarterback", None)),
    ("Brage Solheimsnes er toppkandidat ved valget i høst.", ("Brage Solheimsnes", "toppkandidat", None)),
    ("Brage Solheimsnes er toppkandidat ved valet i haust.", ("Brage Solheimsnes", "toppkandidat", None)),
    ("Ballen gikk forbi sisteskanse Tuva Lindgaard i det 80. minutt.", ("Tuva Lindgaard", "sisteskanse", None)),
    ("Ballen gjekk forbi sisteskanse Tuva Lindgaard i det 80. minuttet.", ("Tuva Lindgaard", "sisteskanse", None)),
    ("Langrennsstjerne Tuva Lindgaard har ikke signert avtalen.", ("Tuva Lindgaard", "langrennsstjerne", None)),
    ("Langrennsstjerne Tuva Lindgaard har ikkje signert avtalen.", ("Tuva Lindgaard", "langrennsstjerne", None)),
])
def test_a_position_or_candidacy_in_a_role_position(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Møte med bjørnemor og to unger Brage Solheimsnes fikk et nærmøte med i går.",
    "Møte med bjørnemor og to ungar Brage Solheimsnes fekk eit nærmøte med i går.",
    "Ingen brødre har flere landskamper for Norge enn brødrene Tuva og Brage Solheimsnes.",
    "Ingen brør har fleire landskampar for Noreg enn brørne Tuva og Brage Solheimsnes.",
    "Brage Solheimsnes gjorde comeback i helgen.",
])
def test_a_form_of_a_noun_for_no_occupation_is_no_role(annotate_full, text):
    assert roles(annotate_full(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("– Vi er glade, sier Tuva Lindgaard, murer fra Austevoll.", {("Tuva Lindgaard", "murer", None)}),
    ("– Vi er glade, seier Tuva Lindgaard, murar frå Austevoll.", {("Tuva Lindgaard", "murar", None)}),
    ("Tuva Lindgaard er fisker.", {("Tuva Lindgaard", "fisker", None)}),
    ("Tuva Lindgaard er fiskar.", {("Tuva Lindgaard", "fiskar", None)}),
])
def test_an_uncounted_word_keeps_its_occupation(annotate_full, text, expected):
    assert roles(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Brage Solheimsnes har ikke signert\nFOTO: Lie, Kari / NTB scanpix Langrennsstjerne Tuva Lindgaard er attraktiv.\n"
    "Nok en gang er rettighetene tema.",
    "Brage Solheimsnes har ikkje signert\nFOTO: Lie, Kari / NTB scanpix Langrennsstjerne Tuva Lindgaard er attraktiv.\n"
    "Nok ein gong er rettane tema.",
])
def test_an_occupation_opening_a_caption_after_its_credit(annotate_full, text):
    assert ("Tuva Lindgaard", "langrennsstjerne", None) in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Soldatene patruljerer for første gang siden general Tuva Lindgaards diktatur tok slutt.",
     ("Tuva Lindgaard", "general", None)),
    ("Soldatane patruljerer for første gong sidan general Tuva Lindgaards diktatur tok slutt.",
     ("Tuva Lindgaard", "general", None)),
    ("Laget hadde ballen i nettet, men midtbanespiller Ramiro Esquivels scoring med hodet ble annullert.",
     ("Ramiro Esquivel", "midtbanespiller", None)),
    ("Laget hadde ballen i nettet, men midtbanespelar Ramiro Esquivels scoring med hovudet vart annullert.",
     ("Ramiro Esquivel", "midtbanespelar", None)),
])
def test_a_full_name_in_the_genitive_is_the_person_without_its_s(annotate_full, text, expected):
    found = roles(annotate_full(text))
    assert expected in found
    assert not any(person.endswith("s") for person, _, _ in found)


@pytest.mark.parametrize("text", [
    "Slik forklarer Solheimsnes nedturen\nAleksandrer Brage Solheimsnes måtte konstatere at rennet ble en skuffelse.\n"
    "ÅRE: Aleksandrer Brage Solheimsnes hadde knapt satt utfor før det gikk galt.",
    "Slik forklarar Solheimsnes nedturen\nAleksandrer Brage Solheimsnes måtte slå fast at rennet vart ei skuffing.\n"
    "ÅRE: Aleksandrer Brage Solheimsnes hadde knapt sett utfor før det gjekk gale.",
])
def test_a_word_written_twice_before_the_same_name_is_part_of_it(annotate_full, text):
    assert not any(role == "aleksandrer" for _, role, _ in roles(annotate_full(text)))


def test_a_name_before_a_verb_keeps_its_s(annotate_full):
    found = roles(annotate_full("Klyngeleder Brage Solheimsnes uttaler: – Vi er glade for tildelingen."))
    assert ("Brage Solheimsnes", "klyngeleder", None) in found


@pytest.mark.parametrize("text, expected", [
    ("– Vi er glade, sier Tuva Lindgaard, Aps toppkandidat til fylkesrådsleder.", ("Tuva Lindgaard", "toppkandidat", "Ap")),
    ("– Vi er glade, seier Tuva Lindgaard, Aps toppkandidat til fylkesrådsleiar.", ("Tuva Lindgaard", "toppkandidat", "Ap")),
    ("– Vi er klare, sier Brage Solheimsnes, Molde FKs midtstopper.", ("Brage Solheimsnes", "midtstopper", "Molde FK")),
    ("– Vi er klare, seier Brage Solheimsnes, Molde FKs midtstoppar.", ("Brage Solheimsnes", "midtstoppar", "Molde FK")),
])
def test_an_occupation_with_its_owner_in_apposition(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Kritikken har rammet en av Englands mest kjente fondsforvaltere, Tuva Lindgaard.",
     {("Tuva Lindgaard", "fondsforvalter", None)}),
    ("Kritikken har ramma ein av Englands mest kjende fondsforvaltarar, Tuva Lindgaard.",
     {("Tuva Lindgaard", "fondsforvaltar", None)}),
    ("Prisen gikk til en av landets fremste forskere, Brage Solheimsnes.", {("Brage Solheimsnes", "forsker", None)}),
    ("Prisen gjekk til ein av landets fremste forskarar, Brage Solheimsnes.", {("Brage Solheimsnes", "forskar", None)}),
    ("Hun møtte en av sine beste venner, Tuva Lindgaard.", set()),  # a relation, no occupation
    ("Ho møtte ein av sine beste vener, Tuva Lindgaard.", set()),
])
def test_one_of_a_group_named_after_a_comma(annotate_full, text, expected):
    assert roles(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Brage Solheimsnes signerte ny kontrakt med klubben mandag.\nDen rutinerte midtstopperen har spilt 300 kamper.",
     {("Brage Solheimsnes", "midtstopper", None)}),
    ("Brage Solheimsnes signerte ny kontrakt med klubben måndag.\nDen rutinerte midtstopparen har spelt 300 kampar.",
     {("Brage Solheimsnes", "midtstoppar", None)}),
    ("Tuva Lindgaard feirer en pallplass tidligere i år.\nDen norske rallyføreren kjører i Tyskland denne helgen.",
     {("Tuva Lindgaard", "rallyfører", None)}),
    ("Tuva Lindgaard feirar ein pallplass tidlegare i år.\nDen norske rallyføraren køyrer i Tyskland denne helga.",
     {("Tuva Lindgaard", "rallyførar", None)}),
    # an office refers to whoever holds it, not to the person named before
    ("Tuva Lindgaard møtte ministrene i går.\nPresidenten sa at møtet var godt.", set()),
    ("Tuva Lindgaard møtte ministrane i går.\nPresidenten sa at møtet var godt.", set()),
    # a role held before
    ("Tuva Lindgaard er blitt en sentral stemme i kanalen.\nDen tidligere stavsprangutøveren forklarer hva som skjer.", set()),
    ("Tuva Lindgaard er blitt ei sentral stemme i kanalen.\nDen tidlegare stavsprangutøvaren forklarar kva som skjer.", set()),
])
def test_an_occupation_opening_its_sentence_refers_to_the_person_before(annotate_full, text, expected):
    assert roles(annotate_full(text)) == expected



@pytest.mark.parametrize("text", [
    "Hun skal spille sammen med Tuva Lindgaard.\nBrage Solheimsnes\nDen skadde håndballstjernen er på vei ut av kontrakten.",
    "Ho skal spele saman med Tuva Lindgaard.\nBrage Solheimsnes\nDen skadde handballstjerna er på veg ut av kontrakten.",
])
def test_a_name_alone_on_the_line_before_is_no_referent(annotate_full, text):
    """The name alone on its line is a photographer's credit, not the person the sentence is about."""
    assert not any(role.endswith("stjerne") for _, role, _ in roles(annotate_full(text)))
