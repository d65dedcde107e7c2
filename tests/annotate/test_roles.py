import pytest


def roles(doc):
    return {(r._.role["person"], r._.role["role"], r._.role["organization"]) for r in doc.spans["roles"]}


@pytest.mark.parametrize("text, expected", [
    ("Fylkesråd Thomas Breen gratulerer klyngen.", ("Thomas Breen", "fylkesråd", None)),
    ("– Dette er gode nyheter, sier daglig leder Kristiane Haug Berg.",
     ("Kristiane Haug Berg", "daglig leder", None)),
    ("– Vi er glade, sier styreleder Olav Eik-Nes.", ("Olav Eik-Nes", "styreleder", None)),
    ("I bakgrunnen: direktør i Innovasjon Norge, Innlandet Christian Hedløv Engh.",
     ("Christian Hedløv Engh", "direktør", "Innovasjon Norge")),
    ("– Det er stort, sier Eli Haugerud, leder for klyngeavdelingen hos Smart Innovation Norway.",
     ("Eli Haugerud", "leder for klyngeavdelingen", "Smart Innovation Norway")),
    ("Kommunalminister Kari Nordmann (Sp) besøkte klyngen.", ("Kari Nordmann", "kommunalminister", None)),
    ("Klyngeleiar Ingrid Myklebust i Ocean Hyway Cluster meiner dette er viktig.",
     ("Ingrid Myklebust", "klyngeleiar", "Ocean Hyway Cluster")),
    ("– Dette er ein milepåle, seier dagleg leiar Per Olav Hauge.",
     ("Per Olav Hauge", "dagleg leiar", None)),
    ("Mona Fjeld, administrerende direktør i Siva, åpnet konferansen.",
     ("Mona Fjeld", "administrerende direktør", "Siva")),
    ("Daglig leder i Proneo, Lars Haugen, forteller om arbeidet.",
     ("Lars Haugen", "daglig leder", "Proneo")),
    ("Fylkesordførar Jon Askeland opna møtet.", ("Jon Askeland", "fylkesordførar", None)),
    ("Foto: Kate Langsethagen", ("Kate Langsethagen", "fotograf", None)),
])
def test_person_role_organisation(annotate_text, text, expected):
    assert expected in roles(annotate_text(text))


def test_role_with_organisation_but_no_name_is_kept_for_inference(annotate_text):
    doc = annotate_text("Fylkesråden gratulerer daglig leder i Heidner Biocluster med statusen.")
    assert (None, "daglig leder", "Heidner Biocluster") in roles(doc)


@pytest.mark.parametrize("text", [
    "Når nettsiden konfronterer lederen i Fjordsamtale med funnene, avviser han dem.",
    "Når nettsida konfronterer leiaren i Fjordsamtale med funna, avviser han dei.",
])
def test_an_unknown_organisation_ends_before_a_field_ending_word(annotate_text, text):
    assert any(person is None and org == "Fjordsamtale" for person, _, org in roles(annotate_text(text)))


@pytest.mark.parametrize("text", [
    "Innovasjon Norge leder programmet sammen med Siva.",
    "Lederen for klyngen var ikke til stede.",
])
def test_no_person_invented(annotate_text, text):
    assert not [r for r in roles(annotate_text(text)) if r[0]]


@pytest.mark.parametrize("text, expected", [
    ("– Ho er ikkje moden enno, seier seniorrådgjevar Hanne Kvåle i Innovasjon Noreg Vestland.",
     ("Hanne Kvåle", "seniorrådgjevar", "Innovasjon Norge")),
    ("Dagleg leiar Eirik Ness i klynga Fjordmat Sogn meiner dei har eit godt grunnlag.",
     ("Eirik Ness", "dagleg leiar", "Fjordmat Sogn")),
    ("– Vi er klare, sier prosjektleder Siri Dahl til NTB.", ("Siri Dahl", "prosjektleder", None)),
])
def test_organisation_after_the_name(annotate_text, text, expected):
    assert expected in roles(annotate_text(text))


def test_a_first_name_after_a_comma_is_not_a_regional_unit(annotate_text):
    doc = annotate_text("Fylkesråd for næring i Nordland, Linda Helen Berg, kaller opprykket viktig.")
    assert {r[0] for r in roles(doc)} == {"Linda Helen Berg"}


def role_rows(doc):
    return [r._.role for r in doc.spans["roles"] if r._.role["person"]]


@pytest.mark.parametrize("text, expected", [
    # a title is any noun ending in a title head, in both standards
    ("Helseminister Bent Høie (H) besøkte sykehuset.", ("Bent Høie", "helseminister", None)),
    ("Landslagssjef Lars Lagerbäck tok ut troppen torsdag.", ("Lars Lagerbäck", "landslagssjef", None)),
    ("– Vi er klare, sier sjefredaktør Kari Hansen i Bergens Tidende.", ("Kari Hansen", "sjefredaktør", "Bergens Tidende")),
    ("– Vi er klare, seier sjefredaktør Kari Hansen i Sogn Avis.", ("Kari Hansen", "sjefredaktør", "Sogn Avis")),
    ("Politimeisteren i Vest, Kaare Songstad, seier at saka er alvorleg.",
     ("Kaare Songstad", "politimeister", "Vest")),
    ("Kommunelege Olav Gunnar Ballo i Loppa var bekymret.", ("Olav Gunnar Ballo", "kommunelege", "Loppa")),
    ("Kommunelege Olav Gunnar Ballo i Loppa var uroa.", ("Olav Gunnar Ballo", "kommunelege", "Loppa")),
    ("Russland-trener Markus Cramer sier at hun er gravid.", ("Markus Cramer", "trener", "Russland")),
    ("– Det er trist, seier Brann-trenar Lars Arne Nilsen.", ("Lars Arne Nilsen", "trenar", "Brann")),
    ("– Det går bra, sier arbeids- og velferdsdirektør Sigrun Vågeng.",
     ("Sigrun Vågeng", "arbeids- og velferdsdirektør", None)),
    ("– Det går bra, seier kommunal- og distriktsminister Sigbjørn Gjelsvik.",
     ("Sigbjørn Gjelsvik", "kommunal- og distriktsminister", None)),
    # name first, title after, in a caption or a quote attribution
    ("Mona Fjeld, administrerande direktør i Siva, opna konferansen.",
     ("Mona Fjeld", "administrerande direktør", "Siva")),
    ("– Vi lager ekstra vannposter, sier Pål Trælvik, generalsekretær i Norway Cup, til VG.",
     ("Pål Trælvik", "generalsekretær", "Norway Cup")),
    ("Stein Kvalsund (dagleg leiar i Ocean Hyway Cluster) tok imot beviset.",
     ("Stein Kvalsund", "dagleg leiar", "Ocean Hyway Cluster")),
    ("– Vi er klare, sier Kari Hansen, som er daglig leder i Proneo.", ("Kari Hansen", "daglig leder", "Proneo")),
    ("– Vi er klare, seier Kari Hansen, som er dagleg leiar i Proneo.", ("Kari Hansen", "dagleg leiar", "Proneo")),
    # "lederen for X, NAME" and "i/ved/for/hos/av ORG"
    ("Lederen for Finnmark legeforening, Paul Olav Røsbø, er bekymret.",
     ("Paul Olav Røsbø", "leder", "Finnmark legeforening")),
    ("Leiaren for Noregs Bondelag, Bjørn Gimming, er nøgd.", ("Bjørn Gimming", "leiar", "Noregs Bondelag")),
    ("– Det er uvanlig, sier forsker Hannah Joan Jørgensen ved Veterinærinstituttet.",
     ("Hannah Joan Jørgensen", "forsker", "Veterinærinstituttet")),
    ("– Det er uvanleg, seier forskar Kari Nes ved Havforskingsinstituttet.",
     ("Kari Nes", "forskar", "Havforskingsinstituttet")),
    ("Møtet ble ledet av direktør Rolf Skatteboe hos Space Norway.", ("Rolf Skatteboe", "direktør", "Space Norway")),
    ("Onsdag er det planlagt møter med leder av Finnmark legeforening, Paul Olav Røsbø.",
     ("Paul Olav Røsbø", "leder", "Finnmark legeforening")),
    ("Onsdag er det planlagt møte med leiar av Finnmark legeforening, Paul Olav Røsbø.",
     ("Paul Olav Røsbø", "leiar", "Finnmark legeforening")),
    # genitive organisations before the title
    ("– Dette er gode nyheter, sier Innovasjon Norges administrerende direktør Anita Krohn Traaseth.",
     ("Anita Krohn Traaseth", "administrerende direktør", "Innovasjon Norge")),
    ("– Dette er gode nyheiter, seier Innovasjon Noregs administrerande direktør Anita Krohn Traaseth.",
     ("Anita Krohn Traaseth", "administrerande direktør", "Innovasjon Norge")),
    ("Det sa Kinas president Xi Jinping tirsdag.", ("Xi Jinping", "president", "Kina")),
    ("Nei til EUs leder, Kathrine Kleveland, hevder det motsatte.", ("Kathrine Kleveland", "leder", "EU")),
    # abbreviations that end neither the sentence nor the title
    ("– Vi er glade, sier adm. dir. Kari Hansen i Siva.", ("Kari Hansen", "administrerende direktør", "Siva")),
    ("– Vi er glade, seier adm.dir. Kari Hansen i Siva.", ("Kari Hansen", "administrerende direktør", "Siva")),
    ("Kari Hansen, dir. i Siva, var til stede.", ("Kari Hansen", "direktør", "Siva")),
    # party after the name
    ("Kari Nordmann (Ap), ordførar i Bø, er nøgd.", ("Kari Nordmann", "ordførar", "Bø")),
    ("Varaordfører Kamzy Gunaratnam (Ap) i Oslo skal spille.", ("Kamzy Gunaratnam", "varaordfører", "Oslo")),
])
def test_titles_and_orders(annotate_text, text, expected):
    assert expected in roles(annotate_text(text))


@pytest.mark.parametrize("text", [
    "– Dette er gode nyheter, sier de administrerende direktørene Håkon Haugli i Innovasjon Norge, "
    "Pål Gaute Volle i Siva og Mari Sundli Tveit i Forskningsrådet.",
    "– Dette er gode nyheiter, seier dei administrerande direktørane Håkon Haugli i Innovasjon Noreg, "
    "Pål Gaute Volle i Siva og Mari Sundli Tveit i Forskingsrådet.",
])
def test_a_plural_title_heads_a_list_of_names(annotate_text, text):
    found = {(r[0], r[2]) for r in roles(annotate_text(text))}
    assert {("Håkon Haugli", "Innovasjon Norge"), ("Pål Gaute Volle", "Siva"),
            ("Mari Sundli Tveit", "Norges forskningsråd")} <= found


@pytest.mark.parametrize("text, first_org", [
    ("Håkon Haugli, administrerende direktør i Innovasjon Norge, Janicke Andreassen, statssekretær i "
     "Nærings- og fiskeridepartementet, og Stein Kvalsund.", "Innovasjon Norge"),
    ("Frå venstre: Håkon Haugli, administrerande direktør i Innovasjon Noreg, Janicke Andreassen, statssekretær i "
     "Nærings- og fiskeridepartementet, og Stein Kvalsund.", "Innovasjon Norge"),
])
def test_in_a_caption_list_each_role_belongs_to_the_name_before_it(annotate_text, text, first_org):
    found = roles(annotate_text(text))
    assert ("Håkon Haugli", found and next(r[1] for r in found if r[0] == "Håkon Haugli"), first_org) in found
    assert ("Janicke Andreassen", "statssekretær", "Nærings- og fiskeridepartementet") in found
    assert not [r for r in found if r[0] == "Janicke Andreassen" and "direktør" in r[1]]


@pytest.mark.parametrize("text, person, role", [
    ("Blant dem er Ole Tom Guse, tidligere ordfører i Forsand.", "Ole Tom Guse", "ordfører"),
    ("Også tidligere statsminister Jens Stoltenberg skrev et innlegg.", "Jens Stoltenberg", "statsminister"),
    ("Også tidlegare statsminister Erna Solberg skreiv eit innlegg.", "Erna Solberg", "statsminister"),
    ("Det ønsket avgåtte partileder Knut Arild Hareide.", "Knut Arild Hareide", "partileder"),
    ("Bak forslaget står tidligere leder Kari Hansen.", "Kari Hansen", "leder"),
    ("Bak framlegget står tidlegare leiar Kari Hansen.", "Kari Hansen", "leiar"),
])
def test_former_roles_are_marked(annotate_text, text, person, role):
    rows = [r for r in role_rows(annotate_text(text)) if r["person"] == person and r["role"] == role]
    assert rows and rows[0]["former"]


def test_a_current_role_is_not_former(annotate_text):
    rows = role_rows(annotate_text("Statsminister Erna Solberg (H) skal være lagleder."))
    assert rows and not rows[0]["former"]


@pytest.mark.parametrize("text", [
    "I kveld leder Phil Neville England mot Norge.",
    "I dag leiar Kari Hansen møtet i kommunestyret.",
    "Selskapet innfører nye regler fra mandag.",
    "Norway Cup innfører væsketiltak i varmen.",
])
def test_a_verb_is_never_a_title(annotate_text, text):
    doc = annotate_text(text)
    assert not role_rows(doc)
    assert not [p for p in doc.spans["people"] if "England" in p.text]


@pytest.mark.parametrize("text", [
    "– Vi er glade, sier adm. dir. Kari Hansen i Siva.",
    "– Vi er glade, seier adm.dir. Kari Hansen i Siva.",
])
def test_an_abbreviated_title_does_not_end_the_sentence(annotate_text, text):
    assert len(list(annotate_text(text).sents)) == 1


@pytest.mark.parametrize("text, expected", [
    ("– Vi vil gjøre sesongen lengre, sier Keven Vottestad, som leder Arena Innovasjon Torskefisk.",
     ("Keven Vottestad", "leder")),
    ("– Det er eit tydeleg teikn, seier Siv Remøy-Vangen, som leiar styringsgruppa.", ("Siv Remøy-Vangen", "leiar")),
    ("– Vi er klare, sier Ole Svendgård, som var prosjektleder da klyngen ble bygd opp.",
     ("Ole Svendgård", "prosjektleder")),
])
def test_a_relative_clause_gives_the_role(annotate_text, text, expected):
    assert expected in {(r[0], r[1]) for r in roles(annotate_text(text))}


def test_two_roles_of_one_person(annotate_text):
    doc = annotate_text("Det sier Knut Dreier, administrerende direktør i Moelven og styreleder i Arena Skog.")
    found = {(r[0], r[1]) for r in roles(doc)}
    assert {("Knut Dreier", "administrerende direktør"), ("Knut Dreier", "styreleder")} <= found


@pytest.mark.parametrize("text, expected", [
    ("Pal Dardai gir seg som hovedtrener for Hertha Berlin etter sesongen.",
     ("Pal Dardai", "hovedtrener", "Hertha Berlin")),
    ("Pal Dardai held fram som hovudtrenar for Hertha Berlin ut sesongen.",
     ("Pal Dardai", "hovudtrenar", "Hertha Berlin")),
    ("– Det finnes ingen nedlastede samtaler, sier Tommy Ekström til SVT, som er administrerende direktør i Voice Integrate.",
     ("Tommy Ekström", "administrerende direktør", "Voice Integrate")),
    ("– Det finst ingen, seier Tommy Ekström til NRK, som er administrerande direktør i Voice Integrate.",
     ("Tommy Ekström", "administrerande direktør", "Voice Integrate")),
])
def test_a_role_after_som(annotate_text, text, expected):
    assert expected in roles(annotate_text(text))


@pytest.mark.parametrize("text", [
    "Kommunal- og regionalminister Åslaug Haga (Sp) og næringsminister Odd Eriksen (Ap) offentliggjorde i dag listen.",
    "Kommunal- og regionalminister Åslaug Haga (Sp) og næringsminister Odd Eriksen (Ap) offentleggjorde i dag lista.",
])
def test_two_titled_names_joined_by_og(annotate_text, text):
    found = roles(annotate_text(text))
    assert {("Åslaug Haga", "kommunal- og regionalminister", None), ("Odd Eriksen", "næringsminister", None)} <= found


def test_a_genitive_organisation_is_the_one_before_the_title(annotate_text):
    doc = annotate_text("Foto: Bjørn Sigurdsøn / NTB scanpix FNs generalsekretær Kofi Annan kom på besøk.")
    assert ("Kofi Annan", "generalsekretær", "FN") in roles(doc)


@pytest.mark.parametrize("text, expected", [
    ("Kari Hansen er daglig leder i Proneo og har vært det i fem år.", ("Kari Hansen", "daglig leder", "Proneo")),
    ("Kari Hansen er dagleg leiar i Proneo og har vore det i fem år.", ("Kari Hansen", "dagleg leiar", "Proneo")),
    ("Ola Nordmann er nå styreleiar.", ("Ola Nordmann", "styreleiar", None)),
    ("Massimiliano Irrati er leder for videolaget med tittelen VAR.", ("Massimiliano Irrati", "leder for videolaget", None)),
])
def test_name_is_title(annotate_text, text, expected):
    assert expected in roles(annotate_text(text))


def test_an_unknown_organisation_may_have_capitals_inside(annotate_text):
    assert ("Dag Erlandsen", "daglig leder", "BioCosmos") in roles(annotate_text("Dag Erlandsen er daglig leder i BioCosmos."))


@pytest.mark.parametrize("text", [
    "I kveld leder Phil Neville England mot Norge.",
    "I kveld leiar Phil Neville England mot Noreg.",
])
def test_a_verb_is_never_a_title_with_the_model(annotate_full, text):
    doc = annotate_full(text)
    assert not [r for r in doc.spans["roles"] if r._.role["person"]]
    assert "Phil Neville England" not in {m._.canonical for m in doc.spans["mentions"]}


@pytest.mark.parametrize("text, expected", [
    ("– Vi må handle nå, sier helseminister Bent Høie (H).", ("Bent Høie", "helseminister", None)),
    ("– Vi må handle no, seier helseminister Bent Høie (H).", ("Bent Høie", "helseminister", None)),
    ("Onsdag er det planlagt møter med leder av Finnmark legeforening, Paul Olav Røsbø.",
     ("Paul Olav Røsbø", "leder", "Finnmark legeforening")),
    ("– Vi vil gjøre sesongen lengre, sier Keven Vottestad, som leder Arena Innovasjon Torskefisk.",
     ("Keven Vottestad", "leder", "Innovasjon Torskefisk")),  # a registry cluster: its name without prefix
])
def test_roles_with_the_model(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # a genitive organisation glued to a photo credit before the title
    ("FOTO: Eivor K. Lysne Redningsselskapets generalsekretær Odd Brattebø svarer ministeren.",
     ("Odd Brattebø", "generalsekretær", "Redningsselskapet")),
    ("FOTO: Eivor K. Lysne Redningsselskapets generalsekretær Odd Brattebø svarar ministeren.",
     ("Odd Brattebø", "generalsekretær", "Redningsselskapet")),
    ("Pressevakt Synnøve Aaberg i Samferdselsdepartementet skriver i en e-post at de venter.",
     ("Synnøve Aaberg", "pressevakt", "Samferdselsdepartementet")),
    ("Pressevakt Synnøve Aaberg i Samferdselsdepartementet skriv i ein e-post at dei ventar.",
     ("Synnøve Aaberg", "pressevakt", "Samferdselsdepartementet")),
    ("Kulturutvikler Henrik Vassbotn i Moss kommune mener dette blir bra.",
     ("Henrik Vassbotn", "kulturutvikler", "Moss kommune")),
    ("Kulturutviklar Henrik Vassbotn i Moss kommune meiner dette blir bra.",
     ("Henrik Vassbotn", "kulturutviklar", "Moss kommune")),
])
def test_unseen_titles_and_organisations_with_the_model(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    ("Det mener rådgiver Per Dahl ved instituttet Foundation for Applied Science.",
     ("Per Dahl", "rådgiver", "Foundation for Applied Science")),
    ("Det meiner rådgjevar Per Dahl ved instituttet Foundation for Applied Science.",
     ("Per Dahl", "rådgjevar", "Foundation for Applied Science")),
])
def test_organisation_keeps_its_words_before_a_link_word(annotate_full, text, expected):
    """The model's span "Applied Science" grows over "for" and "Foundation"."""
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", ["Takk til NRK, sier leder Kari Hansen.", "Takk til NRK, seier leiar Kari Hansen."])
def test_word_opening_the_sentence_is_no_organisation_before_a_link_word(annotate_full, text):
    assert all(org in (None, "NRK") for _, _, org in roles(annotate_full(text)))


@pytest.mark.parametrize("text, expected", [
    ("Nei til Bompengers leder, Kari Hansen, skriver i avisa. Hun mener at Nei til Bompenger har rett.",
     ("Kari Hansen", "leder", "Nei til Bompenger")),
    ("Nei til Bompengars leiar, Kari Hansen, skriv i avisa. Ho meiner at Nei til Bompengar har rett.",
     ("Kari Hansen", "leiar", "Nei til Bompengar")),
])
def test_organisation_opening_the_sentence_when_the_article_writes_it_inside_one(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", ["Kong Harald åpnet møtet, sier ordfører Kari Hansen.",
                                  "Dronning Sonja opna møtet, seier ordførar Kari Hansen."])
def test_a_royal_style_is_no_role(annotate_full, text):
    found = roles(annotate_full(text))
    assert {role for _, role, _ in found} == {text.split(", ")[1].split()[1]}


@pytest.mark.parametrize("text, expected", [
    # a body named in lower case after TITLE PREP is the organisation
    ("– Vi er skuffet, sier Per Ulvik (H), leder for kontrollutvalget.", ("Per Ulvik", "leder", "kontrollutvalget")),
    ("– Vi er skuffa, seier Per Ulvik (H), leiar for kontrollutvalet.", ("Per Ulvik", "leiar", "kontrollutvalet")),
    ("Randi Holt, leder i EU-parlamentets fiskeriutvalg, mener det haster.",
     ("Randi Holt", "leder", "EU-parlamentets fiskeriutvalg")),
    ("Randi Holt, leiar i EU-parlamentets fiskeriutval, meiner det hastar.",
     ("Randi Holt", "leiar", "EU-parlamentets fiskeriutval")),
    ("– Vi er glade, sier Siri Moe, leder i kultur- og ressursutvalget i Hordaland.",
     ("Siri Moe", "leder", "kultur- og ressursutvalget i Hordaland")),
    ("– Vi er glade, seier Siri Moe, leiar i kultur- og ressursutvalet i Hordaland.",
     ("Siri Moe", "leiar", "kultur- og ressursutvalet i Hordaland")),
    # a plural title over names the last of which has the organisation: it is all of theirs
    ("Regissørene Arne Lystad og Vegard Holm i Nordlys Film har fått støtte.",
     ("Arne Lystad", "regissør", "Nordlys Film")),
    ("Regissørane Arne Lystad og Vegard Holm i Nordlys Film har fått støtte.",
     ("Arne Lystad", "regissør", "Nordlys Film")),
    # a genitive opening a sentence is the organisation when the article names it elsewhere
    ("Senatet stemmer over planen.\nSenatets leder Ronald Whitby er imot planen.",
     ("Ronald Whitby", "leder", "Senatet")),
    ("Senatet stemmer over planen.\nSenatets leiar Ronald Whitby er imot planen.",
     ("Ronald Whitby", "leiar", "Senatet")),
    # NAME TITLE PREP ORG in a caption, no comma
    ("Røyken steg i går. Ingvild Sørbø oljeanalytiker i Nordkapp Markets. Prisen steg.",
     ("Ingvild Sørbø", "oljeanalytiker", "Nordkapp Markets")),
    ("Røyken steig i går. Ingvild Sørbø oljeanalytikar i Nordkapp Markets. Prisen steig.",
     ("Ingvild Sørbø", "oljeanalytikar", "Nordkapp Markets")),
])
def test_organisations_from_the_parse(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, kept", [
    # a field after the title stays when an organisation follows it
    ("– Det er stort, sier Eli Brekke, leder for klyngeavdelingen hos Smart Innovation Vest.",
     ("Eli Brekke", "leder for klyngeavdelingen", "Smart Innovation Vest")),
    # a bare noun refers back and names nothing; a compound names a body
    ("Det er Anders Lien, sentralstyremedlem i partiet. – Nei, sier Eva Lie (H), leder for kontrollutvalget.",
     ("Eva Lie", "leder", "kontrollutvalget")),
])
def test_no_lower_case_organisation_where_none_is_named(annotate_full, text, kept):
    found = roles(annotate_full(text))
    assert kept in found and not {org for _, _, org in found} & {"klyngeavdelingen", "partiet"}


@pytest.mark.parametrize("text, expected", [
    # a one-word "name" in the genitive before a title, no first name and no word of a longer
    # name in the article, is the organisation
    ("– Vi er glade, kommenterer Havforskings leder Tiril Aasen.", ("Tiril Aasen", "leder", "Havforsking")),
    ("– Vi er glade, kommenterer Havforskings leiar Tiril Aasen.", ("Tiril Aasen", "leiar", "Havforsking")),
    # "TITLE NAME fra/frå ORG"
    ("Han møtte administrerende direktør Eirik Tunheim fra Nordsjø Teknikk.",
     ("Eirik Tunheim", "administrerende direktør", "Nordsjø Teknikk")),
    ("Han møtte administrerande direktør Eirik Tunheim frå Nordsjø Teknikk.",
     ("Eirik Tunheim", "administrerande direktør", "Nordsjø Teknikk")),
])
def test_more_organisations_next_to_a_title(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # a lower-case genitive of a type noun refers back to the organisation introduced with it ...
    ("Tankesmia Nordic Policy Lab anslår et tap. – Det er ille, sier tankesmias leder Hedda Rue.",
     ("Hedda Rue", "leder", "Nordic Policy Lab")),
    ("Tankesmia Nordic Policy Lab reknar med eit tap. – Det er ille, seier tankesmias leiar Hedda Rue.",
     ("Hedda Rue", "leiar", "Nordic Policy Lab")),
    # ... or to the one named in its sentence or the one before
    ("Equinor jobber med saken. I en melding sier selskapets konsernsjef, Tor Aamot, at de er klare.",
     ("Tor Aamot", "konsernsjef", "Equinor")),
    ("Equinor arbeider med saka. I ei melding seier selskapets konsernsjef, Tor Aamot, at dei er klare.",
     ("Tor Aamot", "konsernsjef", "Equinor")),
])
def test_an_organisation_referred_to_by_its_type(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # "han/hun er TITLE PREP" and a noun phrase before the organisation
    ("Kari Lie kom til Oslo i går. Hun er leder for den nye norske avdelingen av Amnesty International.",
     ("Kari Lie", "leder", "Amnesty International")),
    ("Kari Lie kom til Oslo i går. Ho er leiar for den nye norske avdelinga av Amnesty International.",
     ("Kari Lie", "leiar", "Amnesty International")),
    # NAME (AGE) [ny] TITLE PREP ORG in a headline, no comma
    ("Hege Holm (47) ny direktør i Dagens Næringsliv\nHege Holm går fra Bouvet til Dagens Næringsliv.",
     ("Hege Holm", "direktør", "Dagens Næringsliv")),
    ("Hege Holm (47) ny direktør i Dagens Næringsliv\nHege Holm går frå Bouvet til Dagens Næringsliv.",
     ("Hege Holm", "direktør", "Dagens Næringsliv")),
    # NAME (WORDS) VERB som TITLE
    ("Raymond Vik presenterte laget sitt. Einar Vilde (oppe t.h.) overtok som finansbyråd.",
     ("Einar Vilde", "finansbyråd", None)),
    ("Raymond Vik presenterte laget sitt. Einar Vilde (oppe t.h.) tok over som finansbyråd.",
     ("Einar Vilde", "finansbyråd", None)),
])
def test_roles_past_parentheses_and_noun_phrases(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # NAME, TITLE, ORG (or NAME – TITLE, ORG) ending a line or a parenthesis
    ("Vi er glade. (Gunvor Ulstad, CEO, Ulstad Group)\nNeste avsnitt.", ("Gunvor Ulstad", "ceo", "Ulstad Group")),
    ("Vi er glade. (Gunvor Ulstad, CEO, Ulstad Group)\nNeste avsnittet.", ("Gunvor Ulstad", "ceo", "Ulstad Group")),
    ("Styret:\nKarl Johan Bakke – CEO, Remøy Shipping\nNeste linje.", ("Karl Johan Bakke", "ceo", "Remøy Shipping")),
    ("Styret:\nKarl Johan Bakke – CEO, Remøy Shipping\nNeste line.", ("Karl Johan Bakke", "ceo", "Remøy Shipping")),
    # NAME, som [ADV] ble ansatt som TITLE PREP ORG
    ("Truls Engvik, som nylig ble ansatt som instituttleder på Norsk hotellhøgskole, har vært med.",
     ("Truls Engvik", "instituttleder", "Norsk hotellhøgskole")),
    ("Truls Engvik, som nyleg vart tilsett som instituttleiar på Norsk hotellhøgskole, har vore med.",
     ("Truls Engvik", "instituttleiar", "Norsk hotellhøgskole")),
    # an acronym the initials of one name the article gives is that name
    ("Arctic Cluster Team er en av de nye klyngene. Ellen Myrvik i Alcoa, som er styreleder i ACT, er glad.",
     ("Ellen Myrvik", "styreleder", "Arctic Cluster Team")),
    ("Arctic Cluster Team er ei av dei nye klyngene. Ellen Myrvik i Alcoa, som er styreleiar i ACT, er glad.",
     ("Ellen Myrvik", "styreleiar", "Arctic Cluster Team")),
])
def test_roles_in_lists_and_acronyms(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # a title in the genitive between an organisation's genitive and the title names whose the role is
    ("– Det går fort, sier Aiko Tanabe, FNs generalsekretærs særskilte representant for flyktninger, til avisen.",
     ("Aiko Tanabe", "representant for flyktninger", "FN")),
    ("– Det går fort, seier Aiko Tanabe, FNs generalsekretærs særskilde representant for flyktningar, til avisa.",
     ("Aiko Tanabe", "representant for flyktningar", "FN")),
    ("Han møtte FNs generalsekretærs særskilte rådgiver Kari Hals i går.", ("Kari Hals", "rådgiver", "FN")),
    ("Ho møtte FNs generalsekretærs særskilde rådgjevar Kari Hals i går.", ("Kari Hals", "rådgjevar", "FN")),
])
def test_a_title_in_the_genitive_before_the_role(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # a field adjective before the title belongs to it
    ("– Vi må vinne, sier Tor-Egil Kvam, sportslig leder i Start.", ("Tor-Egil Kvam", "sportslig leder", "Start")),
    ("– Vi må vinne, seier Tor-Egil Kvam, sportsleg leiar i Start.", ("Tor-Egil Kvam", "sportsleg leiar", "Start")),
    ("– Vi er klare, sier Anne Brun, kunstnerisk leder ved Teatret Vårt.",
     ("Anne Brun", "kunstnerisk leder", "Teatret Vårt")),
    ("– Vi er klare, seier Anne Brun, kunstnarleg leiar ved Teatret Vårt.",
     ("Anne Brun", "kunstnarleg leiar", "Teatret Vårt")),
])
def test_field_adjectives_in_titles(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, kept", [
    # applying for a job is no role held ("søker jobben som sjef"); the role named with it stays
    ("Det er nå Ingrid Berge søker jobben som sjef for Veivesenet, etter avdøde direktør Tore Vik.",
     ("Tore Vik", "direktør", None)),
    ("Det er no Ingrid Berge søkjer jobben som sjef for Vegvesenet, etter avdøde direktør Tore Vik.",
     ("Tore Vik", "direktør", None)),
])
def test_a_job_applied_for_is_no_role(annotate_full, text, kept):
    found = roles(annotate_full(text))
    assert kept in found and not [r for r in found if r[0] == "Ingrid Berge"]


@pytest.mark.parametrize("text, expected", [
    # a title the parse says of a name with a copula, or puts in apposition to it
    ("Pavel Orlov var en lite kjent 23 år gammel skuespiller fram til han ble pågrepet.",
     ("Pavel Orlov", "skuespiller", None)),
    ("Pavel Orlov var ein lite kjend 23 år gammal skodespelar fram til han vart arrestert.",
     ("Pavel Orlov", "skodespelar", None)),
    ("Kari Hauge er en erfaren advokat i Oslo.", ("Kari Hauge", "advokat", "Oslo")),
    ("Kari Hauge er ein røynd advokat i Oslo.", ("Kari Hauge", "advokat", "Oslo")),
    ("Sigrid Lund, en kjent forfatter fra Bergen, kom i går.", ("Sigrid Lund", "forfatter", None)),
    ("Sigrid Lund, ein kjend forfattar frå Bergen, kom i går.", ("Sigrid Lund", "forfattar", None)),
    # a genitive with a capital inside it ("iKubens") is an organisation too
    ("NCE iKubens daglige leder, Hilde Aas mener at statusen er et løft.", ("Hilde Aas", "leder", "iKuben")),
    ("NCE iKubens daglege leiar, Hilde Aas meiner at statusen er eit løft.", ("Hilde Aas", "daglege leiar", "iKuben")),
])
def test_roles_from_the_parse(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Kari Hauge er ikke leder, men Ola Lie er leder i Nordlys Film.",
    "Kari Hauge er ikkje leiar, men Ola Lie er leiar i Nordlys Film.",
])
def test_a_denied_role_is_no_role(annotate_full, text):
    found = roles(annotate_full(text))
    assert [r[0] for r in found if r[0]] == ["Ola Lie"]


@pytest.mark.parametrize("text, expected", [
    # a caption's "Fra venstre" list under a plural title; a party role takes the party
    ("De tre partilederne i debatten i går. Fra venstre Kari Holm (H), Per Dahl (Sp) og Åse Lie (V).",
     {("Kari Holm", "partileder", "H"), ("Per Dahl", "partileder", "Sp"), ("Åse Lie", "partileder", "V")}),
    ("Dei tre partileiarane i debatten i går. Frå venstre Kari Holm (H), Per Dahl (Sp) og Åse Lie (V).",
     {("Kari Holm", "partileiar", "H"), ("Per Dahl", "partileiar", "Sp"), ("Åse Lie", "partileiar", "V")}),
    ("De to direktørene under møtet i går. Fra venstre: Kari Holm og Per Dahl.",
     {("Kari Holm", "direktør", None), ("Per Dahl", "direktør", None)}),
    ("Dei to direktørane under møtet i går. Frå venstre: Kari Holm og Per Dahl.",
     {("Kari Holm", "direktør", None), ("Per Dahl", "direktør", None)}),
])
def test_a_caption_list_under_a_plural_title(annotate_full, text, expected):
    assert expected <= roles(annotate_full(text))


@pytest.mark.parametrize("text, role", [
    ("På møtet i dag ble Ragnvald Ekre, nytilsatt administrerende direktør i TEKNOR Raufoss Materials, "
     "valgt til klyngeleder.", "administrerende direktør"),
    ("På møtet i dag vart Ragnvald Ekre, nytilsett administrerande direktør i TEKNOR Raufoss Materials, "
     "vald til klyngeleiar.", "administrerande direktør"),
])
def test_the_organisation_after_a_parsed_title_is_the_whole_name(annotate_full, text, role):
    found = {r for r in roles(annotate_full(text)) if r[0] == "Ragnvald Ekre" and r[1] == role}
    assert found == {("Ragnvald Ekre", role, "TEKNOR Raufoss Materials")}



@pytest.mark.parametrize("text, expected", [
    # the court, the press and the armed forces have titles too
    ("Ifølge avisen ba aktor Sunniva Brekke om varetektsfengsling.", ("Sunniva Brekke", "aktor", None)),
    ("Ifølgje avisa bad aktor Sunniva Brekke om varetektsfengsling.", ("Sunniva Brekke", "aktor", None)),
    ("Ifølge hans forsvarer Halvard Lien nekter han straffskyld.", ("Halvard Lien", "forsvarer", None)),
    ("Ifølgje forsvararen Halvard Lien nektar han straffeskuld.", ("Halvard Lien", "forsvarar", None)),
    ("Saken gjaldt den kinesiske tolken Mei Lun, som fikk tre års fengsel.", ("Mei Lun", "tolk", None)),
    ("Saka gjaldt den kinesiske tolken Mei Lun, som fekk tre års fengsel.", ("Mei Lun", "tolk", None)),
    ("Det bekrefter generalmajor Terje Vold overfor avisen.", ("Terje Vold", "generalmajor", None)),
    ("Det stadfestar generalmajor Terje Vold overfor avisa.", ("Terje Vold", "generalmajor", None)),
    ("KJØPMANN: Olav Brattli driver butikken ved terminalen.", ("Olav Brattli", "kjøpmann", None)),
    ("KJØPMANN: Olav Brattli driv butikken ved terminalen.", ("Olav Brattli", "kjøpmann", None)),
    ("– Det kan bli glatt, sa trafikkoperatør Randi Moen til avisen.", ("Randi Moen", "trafikkoperatør", None)),
    ("– Det kan bli glatt, sa trafikkoperatør Randi Moen til avisa.", ("Randi Moen", "trafikkoperatør", None)),
    ("– Skaden er lei, sier lege Kristin Aune.", ("Kristin Aune", "lege", None)),
    ("– Skaden er lei, seier lege Kristin Aune.", ("Kristin Aune", "lege", None)),
    ("– Skaden er lei, seier fastlækjar Kristin Aune.", ("Kristin Aune", "fastlækjar", None)),
    ("Laget tapte etter en tabbe av keeper Svein Tangen i går.", ("Svein Tangen", "keeper", None)),
    ("Laget tapte etter ein tabbe av keeper Svein Tangen i går.", ("Svein Tangen", "keeper", None)),
    ("– Isen smelter raskt, sier glasiolog Liv Brekkan.", ("Liv Brekkan", "glasiolog", None)),
    ("– Isen smeltar fort, seier glasiolog Liv Brekkan.", ("Liv Brekkan", "glasiolog", None)),
    ("– Spis mer fisk, sier ernæringsfysiolog Liv Brekkan.", ("Liv Brekkan", "ernæringsfysiolog", None)),
    ("– Et meir fisk, seier ernæringsfysiolog Liv Brekkan.", ("Liv Brekkan", "ernæringsfysiolog", None)),
    ("Saken gjelder den norske diplomaten Per Vollan og hans familie.", ("Per Vollan", "diplomat", None)),
    ("Saka gjeld den norske diplomaten Per Vollan og familien hans.", ("Per Vollan", "diplomat", None)),
])
def test_titles_of_courts_forces_and_trades(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # a lower-case genitive of a type noun with an adjective before the title, in a role the parse gives
    ("Brannvik IL bekreftet at Sverre Nes blir klubbens nye hovedtrener.", ("Sverre Nes", "hovedtrener", "Brannvik IL")),
    ("Brannvik IL stadfesta at Sverre Nes blir klubbens nye hovudtrenar.", ("Sverre Nes", "hovudtrenar", "Brannvik IL")),
    # a compound genitive stands for the one organisation named with that word last
    ("– Det er lei, sier sykkelforbundets lege Oda Vinje. Hun har jobbet i Norges Sykkelforbund i år.",
     ("Oda Vinje", "lege", "Norges Sykkelforbund")),
    ("– Det er leitt, seier sykkelforbundets lege Oda Vinje. Ho har jobba i Norges Sykkelforbund i år.",
     ("Oda Vinje", "lege", "Norges Sykkelforbund")),
])
def test_an_organisation_referred_to_past_adjectives_and_in_compounds(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # a lower-case body after NAME PREP, not the outlet after "til"
    ("Ingen er skadd, sier operasjonsleder Geir Vik i bergenspolitiet til avisen mandag.",
     ("Geir Vik", "operasjonsleder", "bergenspolitiet")),
    ("Ingen er skadde, seier operasjonsleiar Geir Vik i bergenspolitiet til avisa måndag.",
     ("Geir Vik", "operasjonsleiar", "bergenspolitiet")),
    ("– Vi leter fortsatt, sier politiinspektør Tom Hale ved Kent-politiet, ifølge avisen.",
     ("Tom Hale", "politiinspektør", "Kent-politiet")),
    ("– Vi leitar framleis, seier politiinspektør Tom Hale ved Kent-politiet, ifølgje avisa.",
     ("Tom Hale", "politiinspektør", "Kent-politiet")),
])
def test_a_lower_case_body_after_a_titled_name(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text, expected", [
    # "ny TITLE er NAME": the title before the copula
    ("Ny fiskeriminister er Arnfinn Sola.", ("Arnfinn Sola", "fiskeriminister", None)),
    ("Ny fiskeriminister blir Arnfinn Sola.", ("Arnfinn Sola", "fiskeriminister", None)),
    ("Ny statsråd ble Arnfinn Sola.", ("Arnfinn Sola", "statsråd", None)),
    ("Ny statsråd vart Arnfinn Sola.", ("Arnfinn Sola", "statsråd", None)),
])
def test_a_title_said_of_the_name_after_the_copula(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


def _annotated_with_organisation(nlp, text: str, words: str, label: str = "ORG"):
    """``text`` through the pipeline, the model's entities before the roles replaced by one
    entity (an organisation) over ``words``: the model's mistake the roles must correct."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "newsfacts_roles":
            start = text.index(words)
            doc.set_ents([doc.char_span(start, start + len(words), label=label)], default="outside")
        doc = component(doc)
    return doc


@pytest.mark.parametrize("text, words, expected", [
    # a model's "organisation" right after a title in its base form is the titled person
    ("Det gjelder kulturminister Jytte Damgaard, som sitter i Folketinget.", "Jytte Damgaard",
     ("Jytte Damgaard", "kulturminister")),
    ("Det gjeld kulturminister Jytte Damgaard, som sit i Folketinget.", "Jytte Damgaard",
     ("Jytte Damgaard", "kulturminister")),
    ("President Hollande erklærte unntakstilstand i går.", "Hollande", ("Hollande", "president")),
    ("President Hollande kunngjorde unntakstilstand i går kveld.", "Hollande", ("Hollande", "president")),
])
def test_an_organisation_after_a_title_is_the_titled_person(nlp, text, words, expected):
    doc = _annotated_with_organisation(nlp, text, words)
    assert expected in {(r[0], r[1]) for r in roles(doc)}
    assert [e.label_ for e in doc.ents if e.text == words] == ["PER"]


@pytest.mark.parametrize("text", [
    # ... not after a definite title, which may stand for a thing
    "Laget ligger 30 poeng bak den soleklare lederen Fjordby Falcons.",
    "Laget ligg 30 poeng bak den klare leiaren Fjordby Falcons.",
])
def test_an_organisation_after_a_definite_title_stays_one(nlp, text):
    doc = _annotated_with_organisation(nlp, text, "Fjordby Falcons")
    assert not [r for r in roles(doc) if r[0]]


@pytest.mark.parametrize("text, expected", [
    # "..., skriver Labour-lederen": a definite compound title after a verb of saying is the one
    # given the word before; its first part is the organisation
    ("Kari Brenne møtte pressen i går.\n– Vi må handle nå, skrev Brenne i et innlegg.\n"
     "– Vi gir oss ikke, skriver Fjordparti-lederen.", ("Brenne", "leder", "Fjordparti")),
    ("Kari Brenne møtte pressa i går.\n– Vi må handle no, skreiv Brenne i eit innlegg.\n"
     "– Vi gir oss ikkje, skriv Fjordparti-leiaren.", ("Brenne", "leiar", "Fjordparti")),
])
def test_a_compound_title_refers_back_to_the_speaker(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    # a name inside the quote before is not the speaker; one who has a role keeps it alone
    "Ola Tveit er sjef i Fjordfest.\n– For oss handler Kari Brenne om musikk, sier Fjordfest-sjefen.",
    "Ola Tveit er sjef i Fjordfest.\n– For oss handlar Kari Brenne om musikk, seier Fjordfest-sjefen.",
])
def test_a_compound_title_gives_no_role_to_a_name_in_a_quote(annotate_full, text):
    assert [r for r in roles(annotate_full(text)) if r[0]] == [("Ola Tveit", "sjef", "Fjordfest")]


@pytest.mark.parametrize("text", [
    # a title joined by a slash to a word that is no title names an office, not a person's role
    "Selskapet har en avtale med det brasilianske statsadvokat/ombudsmannsembetet Ministerio Federal om saken.",
    "Selskapet har ein avtale med det brasilianske statsadvokat/ombodsmannsembetet Ministerio Federal om saka.",
])
def test_a_title_before_a_slash_and_an_office_is_no_role(annotate_full, text):
    doc = annotate_full(text)
    assert not [r for r in roles(doc) if r[0]]
    assert [t._.role_part for t in doc if t.text == "statsadvokat"] == [""]


@pytest.mark.parametrize("text, found", [
    # a name no entity covers, joined by "og" to a person the model found, is a person too
    ("Denne uken har programleder Kari Holm og Oda Lien-Brekke besøk av en forsker.", "Oda Lien-Brekke"),
    ("Denne veka har programleiar Kari Holm og Oda Lien-Brekke besøk av ein forskar.", "Oda Lien-Brekke"),
])
def test_a_name_joined_to_a_person_is_a_person(nlp, text, found):
    doc = _annotated_with_organisation(nlp, text, "Kari Holm", label="PER")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Kari Holm", found]


@pytest.mark.parametrize("text", [
    # ... not a genitive opening the words after "og"
    "Syklisten Kari Holm og Fjordlags Oda Brekke var lenge i brudd.",
    "Syklisten Kari Holm og Fjordlags Oda Brekke var lenge i brot.",
])
def test_a_genitive_joined_to_a_person_is_no_person(nlp, text):
    doc = _annotated_with_organisation(nlp, text, "Kari Holm", label="PER")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Kari Holm"]


@pytest.mark.parametrize("text, expected", [
    # a year after "NAME i" is no organisation
    ("Laget ble startet av den britiske offiseren Tom Hale i 2013 og vokste raskt.", ("Tom Hale", "offiser", None)),
    ("Laget vart starta av den britiske offiseren Tom Hale i 2013 og voks raskt.", ("Tom Hale", "offiser", None)),
])
def test_a_year_is_no_organisation(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    # an operator is a company as often as a person: only "trafikkoperatør" is a title
    "Jernbaneoperatøren Fjordbanen Express har vært rammet av flere innstillinger.",
    "Jernbaneoperatøren Fjordbanen Express har vore ramma av fleire innstillingar.",
])
def test_an_operator_is_no_title(nlp, text):
    doc = _annotated_with_organisation(nlp, text, "Fjordbanen Express", label="PER")
    assert not [r for r in roles(doc) if r[0]]


@pytest.mark.parametrize("text, expected", [
    # three words between the name and "som TITLE"; a denied role is none
    ("Han mener at Siri Lund bør få fortsette som partileder.", ("Siri Lund", "partileder", None)),
    ("Han meiner at Siri Lund bør halde fram som partileiar.", ("Siri Lund", "partileiar", None)),
])
def test_a_role_after_som_past_three_words(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))


@pytest.mark.parametrize("text", [
    "Hun mener Siri Lund er ikke egnet som partileder.",
    "Ho meiner Siri Lund er ikkje eigna som partileiar.",
])
def test_a_role_denied_before_som_is_none(annotate_full, text):
    assert not [r for r in roles(annotate_full(text)) if r[0]]


@pytest.mark.parametrize("text, expected", [
    # the organisation's first words before the compound title: "sier Manchester City-sjefen"
    ("Kari Brenne fikk mange spørsmål på pressekonferansen.\n– Det vet jeg ikke, sier Nordby Fotball-sjefen.",
     ("Kari Brenne", "sjef", "Nordby Fotball")),
    ("Kari Brenne fekk mange spørsmål på pressekonferansen.\n– Det veit eg ikkje, seier Nordby Fotball-sjefen.",
     ("Kari Brenne", "sjef", "Nordby Fotball")),
])
def test_a_compound_title_with_a_name_of_two_words(annotate_full, text, expected):
    assert expected in roles(annotate_full(text))
