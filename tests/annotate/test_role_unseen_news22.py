"""Kinds of person roles missed or wrong on unseen news (session 22), in Bokmål and Nynorsk, invented
names: a party's member, an activist or a hunter in the definite before a name ("demokraten Kari
Holm", "aktivisten", "bjørnejegeren"), also after another title's comma ("Leder for komiteen,
demokraten Per Lunde": both roles); a compound of a name and "topp" ("Tesla-topp Per Lunde": topp
in Tesla); a list of titles before a name with a comma before "og" and a word of former times before
the last ("sier Nordvik-eier, investor, kunstsamler, og tidligere troféjeger Per Lunde": eier in
Nordvik, only the last former); leaving an office named with its organisation's genitive ("går av
som Nordviks nasjonale sikkerhetsdirektør"); and what is no role: a definite title before a colon
in a headline ("Statsministeren: Per Lunde kommer hjem": the one who speaks), a verb the lemma
lexicon knows only as a verb before a name ("som beskriver Kari Holm som høylytt")."""

import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


def rows(doc):
    return [r._.role for r in doc.spans["roles"]]


@pytest.mark.parametrize("text, expected", [
    ("Hun fikk hard medfart av sosialdemokraten Ola Bakke (77).", ("Ola Bakke", "sosialdemokrat", None)),
    ("Ho fekk hard medfart av sosialdemokraten Ola Bakke (77).", ("Ola Bakke", "sosialdemokrat", None)),
    ("Presidenten vil nominere republikaneren Per Lunde til å overta stillingen.", ("Per Lunde", "republikaner", None)),
    ("Presidenten vil nominere republikanaren Per Lunde til å ta over stillinga.", ("Per Lunde", "republikanar", None)),
    ("Den unge svenske aktivisten Tora Lindqvist har fått snøballen til å rulle.", ("Tora Lindqvist", "aktivist", None)),
    ("Den unge svenske aktivisten Tora Lindqvist har fått snøballen til å rulle over Europa.",
     ("Tora Lindqvist", "aktivist", None)),
    ("Ola er sønn av den legendariske bjørnejegeren Per Lunde.", ("Per Lunde", "bjørnejeger", None)),
    ("Ola er son av den legendariske bjørnejegaren Per Lunde.", ("Per Lunde", "bjørnejegar", None)),
])
def test_a_member_or_an_activist_before_a_name(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Leder for kontrollkomiteen i Stortinget, demokraten Per Lunde, sier han ikke ønsker det.",
     {("Per Lunde", "leder for kontrollkomiteen", "Stortinget"), ("Per Lunde", "demokrat", None)}),
    ("Leiar for kontrollkomiteen i Stortinget, demokraten Per Lunde, seier han ikkje ønskjer det.",
     {("Per Lunde", "leiar for kontrollkomiteen", "Stortinget"), ("Per Lunde", "demokrat", None)}),
])
def test_a_party_member_after_another_titles_comma_keeps_both(annotate_full, text, expected):
    assert expected <= roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Tesla-topp Per Lunde vil se hvordan bilen klarer seg.", ("Per Lunde", "topp", "Tesla")),
    ("Tesla-topp Per Lunde vil sjå korleis bilen klarar seg.", ("Per Lunde", "topp", "Tesla")),
    ("Hun slo tilbake mot Facebook-topp Per Lunde på Twitter.", ("Per Lunde", "topp", "Facebook")),
    ("Ho slo tilbake mot Facebook-topp Per Lunde på Twitter.", ("Per Lunde", "topp", "Facebook")),
])
def test_a_name_and_topp(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", ["Han gikk til toppen Per Lunde viste ham.", "Han gjekk til toppen Per Lunde viste han."])
def test_topp_alone_is_no_role(annotate_full, text):
    assert not roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("– Det får holde, sier Nordvik-eier, investor, kunstsamler, og tidligere troféjeger Per Lunde.",
     {("Per Lunde", "eier", "Nordvik"), ("Per Lunde", "investor", None), ("Per Lunde", "kunstsamler", None),
      ("Per Lunde", "troféjeger", None)}),
    ("– Det får halde, seier Nordvik-eigar, investor, kunstsamlar, og tidlegare skipsreiar Per Lunde.",
     {("Per Lunde", "eigar", "Nordvik"), ("Per Lunde", "investor", None), ("Per Lunde", "kunstsamlar", None),
      ("Per Lunde", "skipsreiar", None)}),
    ("– Vi tar dette på alvor, sier overlege, og tidligere avdelingsleder Lars Vik.",
     {("Lars Vik", "overlege", None), ("Lars Vik", "avdelingsleder", None)}),
    ("– Vi tek dette på alvor, seier overlege, og tidlegare avdelingsleiar Lars Vik.",
     {("Lars Vik", "overlege", None), ("Lars Vik", "avdelingsleiar", None)}),
])
def test_a_list_of_titles_with_a_comma_before_og_and_a_former_last(annotate_full, text, expected):
    doc = annotate_full(text)
    assert expected <= roles(doc)
    held_before = {"troféjeger", "skipsreiar", "avdelingsleder", "avdelingsleiar"}
    assert {row["role"] for row in rows(doc) if row["former"]} == {r for _, r, _ in expected} & held_before


@pytest.mark.parametrize("text, expected", [
    ("Presidenten bekrefter at Per Lunde skal gå av som Nordviks nasjonale sikkerhetsdirektør.",
     ("Per Lunde", "sikkerhetsdirektør", "Nordvik")),
    ("Presidenten stadfestar at Per Lunde skal gå av som Nordviks nasjonale tryggleikssjef.",
     ("Per Lunde", "tryggleikssjef", "Nordvik")),
])
def test_leaving_an_office_named_with_a_genitive(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Statsministeren: Per Lunde kommer hjem så snart det er mulig",
    "Statsministeren: Per Lunde kjem heim så snart det er mogleg",
    "– Det er bra, mener Per Lunde, som beskriver Kari Holm som høylytt.",
    "– Det er bra, meiner Per Lunde, som beskriv Kari Holm som høgrøysta.",
])
def test_a_speaker_label_or_a_verb_is_no_role(annotate_full, text):
    assert not roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("KLINIKKSJEF: Tina Horsted leder klinikken.", ("Tina Horsted", "klinikksjef", None)),
    ("KLINIKKSJEF: Tina Horsted leiar klinikken.", ("Tina Horsted", "klinikksjef", None)),
])
def test_a_bare_caption_label_stays_a_role(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("– Dette er en midlertidig stans, uttaler direktør Kari Holm i det australske luftfartstilsynet i en uttalelse.",
     ("Kari Holm", "direktør", "luftfartstilsynet")),
    ("– Dette er ein mellombels stans, seier direktør Kari Holm i det australske luftfartstilsynet i ei fråsegn.",
     ("Kari Holm", "direktør", "luftfartstilsynet")),
])
def test_a_body_in_lower_case_after_the_name_past_its_adjectives(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Nordvik slo Senja 2-1. I sommer forsterket Nordviktrener Per Lunde troppen med tre nye spillere.",
     ("Per Lunde", "trener", "Nordvik")),
    ("Nordvik slo Senja 2-1. I sommar forsterka Nordviktrenar Per Lunde troppen med tre nye spelarar.",
     ("Per Lunde", "trenar", "Nordvik")),
])
def test_a_title_written_together_with_a_name_the_article_uses(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Landslagstrener Per Lunde er fornøyd.", ("Per Lunde", "landslagstrener", None)),
    ("Landslagstrenar Per Lunde er nøgd.", ("Per Lunde", "landslagstrenar", None)),
])
def test_a_title_opening_its_sentence_keeps_its_first_part(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Daglig leder Per Lunde driver Nordvik Jaktturer. Han forteller at jakten er populær.",
     ("Per Lunde", "daglig leder", "Nordvik Jaktturer")),
    ("Dagleg leiar Per Lunde driv Nordvik Jaktturar. Han fortel at jakta er populær.",
     ("Per Lunde", "dagleg leiar", "Nordvik Jaktturar")),
])
def test_a_verb_of_running_names_the_organisation(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Det er samtaler mellom Kinas visestatsminister Li Wen og USAs handelsrepresentant Tom Berg og "
     "finansminister Per Lunde.", ("Per Lunde", "finansminister", "USA")),
    ("Det er samtalar mellom Kinas visestatsminister Li Wen og USAs handelsrepresentant Tom Berg og "
     "finansminister Per Lunde.", ("Per Lunde", "finansminister", "USA")),
    ("President Per Lunde møtte Frankrikes president Jean Dupont søndag. Mandag møter Lunde "
     "statsministeren, som har kritisert den amerikanske presidenten.", ("Per Lunde", "president", "USA")),
    ("President Per Lunde møtte Frankrikes president Jean Dupont søndag. Måndag møter Lunde "
     "statsministeren, som har kritisert den amerikanske presidenten.", ("Per Lunde", "president", "USA")),
])
def test_the_country_of_an_office_from_the_article(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Ola Bakke anker. – Han erkjenner skyld, sier advokat Per Lunde til NTB. Han tok over som Bakkes forsvarer etter dommen.",
     ("Per Lunde", "forsvarer", None)),
    ("Ola Bakke ankar. – Han vedgår skuld, seier advokat Per Lunde til NTB. Han tok over som Bakkes forsvarar etter dommen.",
     ("Per Lunde", "forsvarar", None)),
    ("Per Lunde er ferdig. Han tok over som Brann-trener i 2019.", ("Per Lunde", "trener", "Brann")),
    ("Per Lunde er ferdig. Han tok over som Brann-trenar i 2019.", ("Per Lunde", "trenar", "Brann")),
])
def test_a_role_taken_by_han_hun_opening_the_next_sentence(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Kari Holm er ferdig. Hun ønsker seg som leder i Nordvik.",
    "Kari Holm er ferdig. Ho ønskjer seg som leiar i Nordvik.",
    "Kari Holm vil stille. Hun har nå som flere andre demokrater samlet inn penger.",
    "Kari Holm vil stille. Ho har no som fleire andre demokratar samla inn pengar.",
])
def test_a_role_not_held_by_han_hun_gives_none(annotate_full, text):
    assert not {role for person, role, _ in roles(annotate_full(text)) if person == "Kari Holm"}


@pytest.mark.parametrize("text, expected", [
    ("– Det er bra, sier professor Kari Holm ved universitetet i Osaka.", ("Kari Holm", "professor", "universitetet i Osaka")),
    ("– Det er bra, seier professor Kari Holm ved universitetet i Osaka.", ("Kari Holm", "professor", "universitetet i Osaka")),
    ("– Det er bra, sier overlege Kari Holm ved sykehuset i Nordvik.", ("Kari Holm", "overlege", "sykehuset i Nordvik")),
    ("– Det er bra, seier overlege Kari Holm ved sjukehuset i Nordvik.", ("Kari Holm", "overlege", "sjukehuset i Nordvik")),
])
def test_a_body_a_place_names_in_lower_case(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", ["Han er leder i partiet i Oslo.", "Han er leiar i partiet i Oslo."])
def test_a_body_that_refers_back_is_named_by_no_place(annotate_full, text):
    assert not any(org and org.startswith("partiet") for _, _, org in roles(annotate_full(text)))


@pytest.mark.parametrize("text, expected", [
    ("Innleggsforfatterne Kari Holm, leder i Nordvik Unge Høyre, og Per Lunde, nestleder i Alta Høyre, ved skolen.",
     {("Kari Holm", "innleggsforfatter", None), ("Per Lunde", "innleggsforfatter", None),
      ("Kari Holm", "leder", "Nordvik Unge Høyre"), ("Per Lunde", "nestleder", "Alta Høyre")}),
    ("Innleggsforfattarane Kari Holm, leiar i Nordvik Unge Høgre, og Per Lunde, nestleiar i Alta Høgre, ved skulen.",
     {("Kari Holm", "innleggsforfattar", None), ("Per Lunde", "innleggsforfattar", None),
      ("Kari Holm", "leiar", "Nordvik Unge Høgre"), ("Per Lunde", "nestleiar", "Alta Høgre")}),
    ("Forskerne Kari Holm, Per Lunde, og Ola Bakke har sett på saken.",
     {("Kari Holm", "forsker", None), ("Per Lunde", "forsker", None), ("Ola Bakke", "forsker", None)}),
    ("Forskarane Kari Holm, Per Lunde, og Ola Bakke har sett på saka.",
     {("Kari Holm", "forskar", None), ("Per Lunde", "forskar", None), ("Ola Bakke", "forskar", None)}),
])
def test_a_plural_title_over_names_with_titles_in_apposition(annotate_full, text, expected):
    assert expected <= roles(annotate_full(text))

