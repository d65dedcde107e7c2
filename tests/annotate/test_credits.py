import pytest


def credits(doc):
    return {(r._.role["person"], r._.role["role"]) for r in doc.spans["roles"] if r._.role["rule"] == "credit"}


@pytest.mark.parametrize("text, expected", [
    ("Foto: Kate Langsethagen", {("Kate Langsethagen", "fotograf")}),
    ("Foto: Vidar Ruud / NTB scanpix", {("Vidar Ruud", "fotograf")}),
    ("FOTO: Arkivfoto: Per Løchen / NTB scanpix Professor Kaare R. Norum.", {("Per Løchen", "fotograf")}),
    ("FOTO: Foto: Ringo H.W. Chiu / AP / NTB scanpix Tesla-sjef Elon Musk lanserte bilen.",
     {("Ringo H.W. Chiu", "fotograf")}),
    ("(Foto: Tyrone Siu/Reuters/NTB Scanpix) Mer...", {("Tyrone Siu", "fotograf")}),
    ("(Foto: Tor Richardsen NTB Scanpix)", {("Tor Richardsen", "fotograf")}),
    ("FOTO: Illustrasjon: Roald, Berit / NTB scanpix", {("Berit Roald", "illustratør")}),
    ("Foto: Grøtt, Vegard Wivestad / NTB scanpix", {("Vegard Wivestad Grøtt", "fotograf")}),
    ("FOTO: KIM HONG-JI / Reuters Den australske svømmeren vant.", {("Kim Hong-Ji", "fotograf")}),
    ("FOTO: BILDBYRÅN NORWAY/VEGARD WIVESTAD GRØTT INTERESSERT: Klubben vil ha han.",
     {("Vegard Wivestad Grøtt", "fotograf")}),
    ("Foto: Kari Hansen og Ola Nordmann / NTB", {("Kari Hansen", "fotograf"), ("Ola Nordmann", "fotograf")}),
    ("Foto: Tom Hansen/Innovasjon Noreg", {("Tom Hansen", "fotograf")}),
    ("Tekst: Ingrid Nes Foto: Per Nes", {("Ingrid Nes", "journalist"), ("Per Nes", "fotograf")}),
    ("Av: Helge Rønning Birkelund/Fri fagbevegelse", {("Helge Rønning Birkelund", "journalist")}),
])
def test_credit_after_a_cue(annotate_text, text, expected):
    assert credits(annotate_text(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Landslagssjefen i forgrunnen.\nJEREMY LEE / Reuters", ("Jeremy Lee", "fotograf")),
    ("Klubben har vunnet.\nJens Meyer, AP / NTB scanpix", ("Jens Meyer", "fotograf")),
    ("Laget trente onsdag.\nBagger, Henning / Ritzau Scanpix", ("Henning Bagger", "fotograf")),
    ("Stormen kom lørdag. Toru Hanai/AP/NTB scanpix", ("Toru Hanai", "fotograf")),
    ("Hendene var malte.\nHeiko Junge / NTB scanpix", ("Heiko Junge", "fotograf")),
])
def test_credit_line_without_a_cue(annotate_text, text, expected):
    assert expected in credits(annotate_text(text))


@pytest.mark.parametrize("text", [
    "FOTO: Reuters / NTB Scanpix Pal Dardai slutter som trener.",
    "Foto: Scanpix",
    "Foto: Skjermdump",
    "Kyodo News/AP/ NTB scanpix",
    "Vi møtte Kari Hansen / Ola Nordmann i går.",
])
def test_agencies_and_slashes_in_text_are_not_photographers(annotate_text, text):
    assert not credits(annotate_text(text))


def test_capitals_after_a_credited_name_are_its_organisation(annotate_text):
    assert credits(annotate_text("Foto: Thor Nielsen / NTNU AMOS")) == {("Thor Nielsen", "fotograf")}


def test_the_credited_name_is_the_person_entity(annotate_text):
    doc = annotate_text("Laget trente onsdag.\nFoto: Pedersen, Terje / NTB scanpix")
    assert [(m.text, m._.canonical) for m in doc.spans["mentions"] if m.label_ == "PER"] == \
        [("Pedersen, Terje", "Terje Pedersen")]


@pytest.mark.parametrize("text, photographer", [
    # the caption opens right after the credited name with a title or a genitive before one
    ("FOTO: Sindre Vatnaland Psykolog og familieterapeut Maja Torvik leder programmet.", "Sindre Vatnaland"),
    ("FOTO: Sindre Vatnaland Psykolog og familieterapeut Maja Torvik leiar programmet.", "Sindre Vatnaland"),
    ("FOTO: Eivor K. Lysne Redningsselskapets generalsekretær Odd Brattebø svarer.", "Eivor K. Lysne"),
    ("FOTO: Eivor K. Lysne Redningsselskapets generalsekretær Odd Brattebø svarar.", "Eivor K. Lysne"),
])
def test_a_caption_after_the_credit_is_not_part_of_the_name(annotate_text, text, photographer):
    assert credits(annotate_text(text)) == {(photographer, "fotograf")}


@pytest.mark.parametrize("text, expected", [
    # an agency, a dash and names filling the line: a byline (not a sentence after the dash)
    ("NTB - Regjeringen vil kutte.\nPassasjerene roste mannskapet.\nNTB - Siri Vangen og Ola Brekke\n– Vi er glade.",
     {("Siri Vangen", "journalist"), ("Ola Brekke", "journalist")}),
    ("NTB - Regjeringa vil kutte.\nPassasjerane rosa mannskapet.\nNTB – Siri Vangen og Ola Brekke\n– Vi er glade.",
     {("Siri Vangen", "journalist"), ("Ola Brekke", "journalist")}),
    # a slash the tokenizer leaves on the name
    ("Han talte onsdag. (Foto: Lucas Moreno/ AP Photo)", {("Lucas Moreno", "fotograf")}),
    ("Han tala onsdag. (Foto: Lucas Moreno/ AP Photo)", {("Lucas Moreno", "fotograf")}),
])
def test_bylines_and_glued_credits(annotate_text, text, expected):
    assert credits(annotate_text(text)) == expected


@pytest.mark.parametrize("text", [
    "Klimaaksjon i Oslo\nFOTO: Tormod Lie Fredelig demonstrasjon foran departementet i Oslo.\nDe var mange.",
    "Klimaaksjon i Oslo\nFOTO: Tormod Lie Fredeleg demonstrasjon framfor departementet i Oslo.\nDei var mange.",
])
def test_a_caption_opening_with_a_common_word_ends_the_credited_name(annotate_full, text):
    assert credits(annotate_full(text)) == {("Tormod Lie", "fotograf")}


@pytest.mark.parametrize("text, expected", [
    # an organisation credited for a photo is no photographer
    ("Foto: Norges Skiskytterforbund", set()),
    ("Foto: Noregs Skiskyttarforbund", set()),
    ("Foto: Kari Dahl / Norges Skiskytterforbund", {("Kari Dahl", "fotograf")}),
    ("Foto: Kari Dahl / Noregs Skiskyttarforbund", {("Kari Dahl", "fotograf")}),
    ("Foto: Hotel Bristol", set()),
    ("Foto: Vikra Shipping", set()),
])
def test_an_organisation_in_a_credit_is_no_person(annotate_text, text, expected):
    assert credits(annotate_text(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # last name, comma, two first names, with no cue: the first of them a first name the data knows
    ("Laget trente onsdag.\nMoen, Kari Anne / NTB scanpix", ("Kari Anne Moen", "fotograf")),
    ("Laget trente onsdag.\nMoen, Jan Erik / NTB scanpix", ("Jan Erik Moen", "fotograf")),
])
def test_an_inverted_credit_with_two_first_names(annotate_text, text, expected):
    assert expected in credits(annotate_text(text))


@pytest.mark.parametrize("text, expected", [
    # a credited name ends where a name the article writes again starts, or at a word in capitals
    ("FOTO: Morten Uglum Hedvig Montgomery og Bjørn Egil Halvorsen diskuterer søsken.\n"
     "– Ekte kjærlighet kommer av krangel, sier psykolog Hedvig Montgomery.", {("Morten Uglum", "fotograf", None)}),
    ("FOTO: Pål Christensen Kent Håvard Eriksen spiller søndag sin første seriekamp.\n"
     "Det betyr et gjensyn med Kent Håvard Eriksen.", {("Pål Christensen", "fotograf", None)}),
    ("FOTO: Paul S. Amundsen TIL GEILO: I fjor var politiet med da russen dro til Geilo.",
     {("Paul S. Amundsen", "fotograf", None)}),
    # a cue word with no colon before "NAME/OUTLET": the cue's role and the outlet
    ("Regjeringen vil ikke selge.\nAv Helge Rønning Birkelund/FriFagbevegelse og NTB\nDet kommer fram i dag.",
     {("Helge Rønning Birkelund", "journalist", "FriFagbevegelse")}),
    # "Foto: NAME, ORG": the organisation is the photographer's, no person
    ("To vinnere tar ikke telefonen\nFoto: Pernille Storholm Skaret, Norsk Tipping\nIfølge Pernille Storholm Skaret, "
     "som er trekningsredaktør hos Norsk Tipping, har de ringt rundt.",
     {("Pernille Storholm Skaret", "fotograf", "Norsk Tipping")}),
])
def test_credit_ends_and_organisation(annotate_full, text, expected):
    doc = annotate_full(text)
    found = {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]
             if r._.role["rule"] == "credit"}
    assert found == expected
