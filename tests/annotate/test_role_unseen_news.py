"""Kinds of person roles missed on unseen news (session 21), in Bokmål and Nynorsk, invented names:
an occupation compounded with a club's or company's name, which the model takes for a word
derived from a name ("tidligere Brann-spiller Kari Holmvik": spiller in Brann), and a list of
titles before a name ("den svenske journalisten, skribenten og aktivisten Tora Haugsvik": each
a role of hers); the state of an office told by a word of nationality beside its title
("argentinsk landslagssjef", "britenes nye statsminister", "den tyske forsvarsministeren"); a
title's organisation the model took into the person's entity ("Målvakten til Nordvik Ola Fjellheim":
the person is Ola Fjellheim); a word for the person's people or party between a title's comma and
the name ("WADAs direktør for etterforskning, tyskeren Kari Lunde"); a field of an adjective and a
noun ("spesialrapportør for utenomrettslige henrettelser, NAME"); an organisation named in lower case after
its first word ("administrerende direktør i Norsk olje og gass,"); a role said of "han/hun" after a perfect
or a word of working, the person named in the sentence before ("Tidligere hadde hun også vært redaktør
og rådgiver for X", "I starten av karrieren jobbet hun som byråsjef i Y")."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Tidligere Brann-spiller Kari Holmvik var bare centimeter unna å score.", ("Kari Holmvik", "spiller", "Brann")),
    ("Tidlegare Brann-spelar Kari Holmvik var berre centimeter unna å score.", ("Kari Holmvik", "spelar", "Brann")),
    ("– Det var gøy, sier Lyn-spiller Ola Fjellheim.", ("Ola Fjellheim", "spiller", "Lyn")),
    ("– Det var gøy, seier Lyn-spelar Ola Fjellheim.", ("Ola Fjellheim", "spelar", "Lyn")),
    ("– Det er bra, sier Molde-kaptein og tidligere Odd-spiller Siri Brekkan.", ("Siri Brekkan", "spiller", "Odd")),
])
def test_an_occupation_compounded_with_an_owner(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Den svenske journalisten, skribenten og regimekritikeren Tora Haugsvik ble drept i fjor.",
     {("Tora Haugsvik", "journalist", None), ("Tora Haugsvik", "skribent", None),
      ("Tora Haugsvik", "regimekritiker", None)}),
    ("Den svenske journalisten, skribenten og regimekritikaren Tora Haugsvik vart drepen i fjor.",
     {("Tora Haugsvik", "journalist", None), ("Tora Haugsvik", "skribent", None),
      ("Tora Haugsvik", "regimekritikar", None)}),
    ("Den 40 år gamle journalisten, forfatteren og miljøaktivisten Siv Tollefsrud ble hedret.",
     {("Siv Tollefsrud", "journalist", None), ("Siv Tollefsrud", "forfatter", None),
      ("Siv Tollefsrud", "miljøaktivist", None)}),
    ("Den 40 år gamle journalisten, forfattaren og miljøaktivisten Siv Tollefsrud vart heidra.",
     {("Siv Tollefsrud", "journalist", None), ("Siv Tollefsrud", "forfattar", None),
      ("Siv Tollefsrud", "miljøaktivist", None)}),
])
def test_a_list_of_titles_before_a_name(annotate_full, text, expected):
    assert expected <= roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Eplene, pærene og bøndene Tora Haugsvik selger er gode.",
    "Epla, pærene og bøndene Tora Haugsvik sel er gode.",
])
def test_a_list_of_things_before_a_name_gives_no_role(annotate_full, text):
    assert not roles(annotate_full(text))


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Ifølge avisen er en av dem som går inn med penger, skipsreder og investor Kari Holmvik.",
     ("Kari Holmvik", "investor", None), "penger"),
    ("Ifølgje avisa er ein av dei som går inn med pengar, skipsreiar og investor Kari Holmvik.",
     ("Kari Holmvik", "investor", None), "pengar"),
    ("Det har fått Høyres nestleder, kunnskaps- og integreringsminister Kari Holmvik, til å se rødt.",
     ("Kari Holmvik", "nestleder", "Høyre"), "nestleder , kunnskaps- og integreringsminister"),
    ("Det har fått Høgres nestleiar, kunnskaps- og integreringsminister Kari Holmvik, til å sjå raudt.",
     ("Kari Holmvik", "nestleiar", "Høgre"), "nestleiar , kunnskaps- og integreringsminister"),
])
def test_a_list_not_of_titles_stays_out(annotate_full, text, expected, not_expected):
    found = roles(annotate_full(text))
    assert expected in found and not any(role == not_expected for _, role, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Kari Holmvik var argentinsk landslagssjef fra 2008 til 2010.", ("Kari Holmvik", "landslagssjef", "Argentina")),
    ("Kari Holmvik var argentinsk landslagssjef frå 2008 til 2010.", ("Kari Holmvik", "landslagssjef", "Argentina")),
    ("Ministeren diskuterte saken med britenes nye statsminister Kari Holmvik.",
     ("Kari Holmvik", "statsminister", "Storbritannia")),
    ("Han møtte den amerikanske presidenten Ola Fjellheim og den tyske forsvarsministeren Kari Lunde.",
     ("Kari Lunde", "forsvarsminister", "Tyskland")),
    ("Ho møtte den amerikanske presidenten Ola Fjellheim og den tyske forsvarsministeren Kari Lunde.",
     ("Ola Fjellheim", "president", "USA")),
    ("Kari Lunde, som er forsvarsminister i den tyske regjeringen, trenger flertall.",
     ("Kari Lunde", "forsvarsminister", "Tyskland")),
    ("Kari Lunde, som er forsvarsminister i den tyske regjeringa, treng fleirtal.",
     ("Kari Lunde", "forsvarsminister", "Tyskland")),
])
def test_a_word_of_nationality_gives_an_office_its_state(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Den svenske journalisten Tora Haugsvik ble drept i fjor.", ("Tora Haugsvik", "journalist", None)),
    ("Den svenske journalisten Tora Haugsvik vart drepen i fjor.", ("Tora Haugsvik", "journalist", None)),
    ("Kari Lunde er forsvarsminister i den lokale regjeringen.", ("Kari Lunde", "forsvarsminister", None)),
])
def test_a_word_of_nationality_gives_no_employer(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))



@pytest.mark.parametrize("text, person", [
    ("Målvakten til Nordvik Ola Fjellheim var en medvirkende årsak til seieren.", "Ola Fjellheim"),
    ("Målvakten til Nordvik Ola Fjellheim var ei viktig årsak til sigeren.", "Ola Fjellheim"),
    ("Treneren til Nordvik Ola Fjellheim var nøgd med sigeren.", "Ola Fjellheim"),
    ("Leiar av Kvinnegruppa Ottar Kari Lunde var blant dei som tok eit oppgjer med regjeringa.", "Kari Lunde"),
])
def test_the_titles_organisation_is_no_part_of_the_name(annotate_full, text, person):
    doc = annotate_full(text)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == [person]


@pytest.mark.parametrize("text, expected", [
    ("WADAs direktør for etterforskning, tyskeren Kari Lunde, forklarer at teamet jobbet.",
     ("Kari Lunde", "direktør for etterforskning", "WADA")),
    ("WADAs direktør for etterforskning, tyskaren Kari Lunde, forklarer at teamet jobba.",
     ("Kari Lunde", "direktør for etterforskning", "WADA")),
    ("Leder for kontrollkomiteen i Stortinget, demokraten Ola Fjellheim, sier han ikke ønsker det.",
     ("Ola Fjellheim", "leder for kontrollkomiteen", "Stortinget")),
    ("Leiar for kontrollkomiteen i Stortinget, demokraten Ola Fjellheim, seier han ikkje ønskjer det.",
     ("Ola Fjellheim", "leiar for kontrollkomiteen", "Stortinget")),
])
def test_a_word_for_the_persons_people_before_the_name(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("FNs spesialrapportør for menneskerettigheter, Kari Lunde, la fram en rapport.",
     ("Kari Lunde", "spesialrapportør for menneskerettigheter", "FN")),
    ("FNs spesialrapportør for menneskerettar, Kari Lunde, la fram ein rapport.",
     ("Kari Lunde", "spesialrapportør for menneskerettar", "FN")),
    ("NHOs direktør for internasjonale saker, Kari Lunde, la fram rapporten onsdag.",
     ("Kari Lunde", "direktør for internasjonale saker", "NHO")),
    ("Leiar for sosiale medium i Nordvik kommune, Ola Fjellheim, meiner det er bra.",
     ("Ola Fjellheim", "leiar for sosiale medium", "Nordvik kommune")),
    ("FNs spesialutsending Ola Fjellheim kom til Syria i går.", ("Ola Fjellheim", "spesialutsending", "FN")),
    ("FNs spesialutsending Ola Fjellheim kom til Syria i går, og han vart verande ei veke.",
     ("Ola Fjellheim", "spesialutsending", "FN")),
])
def test_a_rapporteur_an_envoy_and_a_field_of_an_adjective_and_a_noun(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Ola Fjellheim, administrerende direktør i Norsk olje og gass, er svært fornøyd med tallene.",
     ("Ola Fjellheim", "administrerende direktør", "Norsk olje og gass")),
    ("Ola Fjellheim, administrerande direktør i Norsk olje og gass, er svært nøgd med tala.",
     ("Ola Fjellheim", "administrerande direktør", "Norsk olje og gass")),
])
def test_an_organisation_named_in_lower_case_after_its_first_word(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Kari Lunde var bosatt i Oslo og jobbet for avisa. Tidligere i karrieren hadde hun også vært redaktør "
     "og rådgiver for Nordvik kommune.",
     {("Kari Lunde", "redaktør", "Nordvik kommune"), ("Kari Lunde", "rådgiver", "Nordvik kommune")}),
    ("Kari Lunde budde i Oslo og jobba for avisa. Tidlegare i karrieren hadde ho også vore redaktør "
     "og rådgjevar for Nordvik kommune.",
     {("Kari Lunde", "redaktør", "Nordvik kommune"), ("Kari Lunde", "rådgjevar", "Nordvik kommune")}),
    ("Kari Lunde er født og oppvokst i Oslo. I starten av yrkeskarrieren jobbet hun som saksbehandler og "
     "byråsjef i Finansdepartementet.",
     {("Kari Lunde", "saksbehandler", "Finansdepartementet"), ("Kari Lunde", "byråsjef", "Finansdepartementet")}),
    ("Kari Lunde er fødd og oppvaksen i Oslo. I starten av yrkeskarrieren jobba ho som saksbehandlar og "
     "byråsjef i Finansdepartementet.",
     {("Kari Lunde", "saksbehandlar", "Finansdepartementet"), ("Kari Lunde", "byråsjef", "Finansdepartementet")}),
    ("Ola Fjellheim bor i Bergen. Han har også vært redaktør i Nordvik Avis.",
     {("Ola Fjellheim", "redaktør", "Nordvik Avis")}),
    ("Ola Fjellheim bur i Bergen. Han har òg vore redaktør i Nordvik Avis.",
     {("Ola Fjellheim", "redaktør", "Nordvik Avis")}),
])
def test_a_role_said_of_han_or_hun_after_a_perfect_or_a_word_of_working(annotate_full, text, expected):
    assert expected <= roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Kari Lunde og Ola Fjellheim bor i Bergen. Hun har også vært redaktør i Nordvik Avis.",
    "Kari Lunde og Ola Fjellheim bur i Bergen. Ho har òg vore redaktør i Nordvik Avis.",
])
def test_no_role_through_han_or_hun_when_two_people_are_named_before(annotate_full, text):
    assert not [r for r in roles(annotate_full(text)) if r[0]]
