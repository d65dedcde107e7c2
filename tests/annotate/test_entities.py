"""People as entities: types decided per article, short mentions resolved to full names.

The rules-only pipeline has no NER model, so each test sets the entities a model would
find (``ents``: text -> label, every occurrence) and runs the rule components over them."""

import re

import pytest
from spacy.tokens import Span

from extract.facts import facts_from_doc
from extract.types import Article


@pytest.fixture
def annotate_with_ents(rules_nlp):
    def annotate(text: str, ents: dict[str, str], tags: dict[str, tuple[str, str]] | None = None):
        """``tags``: word -> (UPOS, UD features) a tagger would give it."""
        doc = rules_nlp.make_doc(text)
        for token in doc:
            if tags and token.text in tags:
                token.pos_, morph = tags[token.text]
                token.set_morph(morph)
        spans = []
        for name, label in ents.items():
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                span = doc.char_span(match.start(), match.end(), label=label)
                if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
                    spans.append(span)
        doc.ents = spans
        for _, component in rules_nlp.pipeline:
            doc = component(doc)
        return doc
    return annotate


def people(doc):
    return [(m.text, m._.canonical) for m in doc.spans["mentions"] if m.label_ == "PER"]


@pytest.mark.parametrize("text, ents, expected", [
    ("Siv Jensen gikk av i går. – Jeg er ferdig, sa Jensen.",
     {"Siv Jensen": "PER", "Jensen": "PER"}, [("Siv Jensen", "Siv Jensen"), ("Jensen", "Siv Jensen")]),
    ("Siv Jensens avgang kom brått. Jensen sa lite.",
     {"Siv Jensens": "PER", "Jensen": "PER"}, [("Siv Jensens", "Siv Jensen"), ("Jensen", "Siv Jensen")]),
    ("Djuves forslag fekk fleirtal. Kristin Djuve seier ho er nøgd.",
     {"Djuves": "PER", "Kristin Djuve": "PER"}, [("Djuves", "Kristin Djuve"), ("Kristin Djuve", "Kristin Djuve")]),
    ("Henrik Kristoffersen vant i dag. – Bra kjørt, sa treneren om Henrik.",
     {"Henrik Kristoffersen": "PER", "Henrik": "PER"},
     [("Henrik Kristoffersen", "Henrik Kristoffersen"), ("Henrik", "Henrik Kristoffersen")]),
    ("Edvald Boasson Hagen ledet. Boasson Hagen ble nummer fire.",
     {"Edvald Boasson Hagen": "PER", "Boasson Hagen": "PER"},
     [("Edvald Boasson Hagen", "Edvald Boasson Hagen"), ("Boasson Hagen", "Edvald Boasson Hagen")]),
    ("Professor Kaare R. Norum døde fredag. Kaare Norum ble 87 år.",
     {"Kaare R. Norum": "PER", "Kaare Norum": "PER"},
     [("Kaare R. Norum", "Kaare R. Norum"), ("Kaare Norum", "Kaare R. Norum")]),
    ("Mats Zuccarello Aasen spilte. Zuccarello fikk 18 minutter.",
     {"Mats Zuccarello Aasen": "PER", "Zuccarello": "PER"},
     [("Mats Zuccarello Aasen", "Mats Zuccarello Aasen"), ("Zuccarello", "Mats Zuccarello Aasen")]),
    ("R. Kelly er dømt. Robert Kelly anker, sier advokaten til Kelly.",
     {"R. Kelly": "PER", "Robert Kelly": "PER", "Kelly": "PER"},
     [("R. Kelly", "Robert Kelly"), ("Robert Kelly", "Robert Kelly"), ("Kelly", "Robert Kelly")]),
    ("Robin van Persie scora. Van Persie jubla, og Persie fekk ros.",
     {"Robin van Persie": "PER", "Van Persie": "PER", "Persie": "PER"},
     [("Robin van Persie", "Robin van Persie"), ("Van Persie", "Robin van Persie"), ("Persie", "Robin van Persie")]),
    ("Landslagssjef Giggs spilte med Phil og Gary Neville.", {"Giggs": "PER", "Phil": "PER", "Gary Neville": "PER"},
     [("Giggs", "Giggs"), ("Phil", "Phil Neville"), ("Gary Neville", "Gary Neville")]),
])
def test_short_mentions_name_the_full_person(annotate_with_ents, text, ents, expected):
    assert people(annotate_with_ents(text, ents)) == expected


def test_a_first_name_after_a_title_is_not_someone_elses(annotate_with_ents):
    doc = annotate_with_ents("Fiskeriminister Harald T. Nesvik skriver at kong Harald har lest brevet.",
                             {"Harald T. Nesvik": "PER", "Harald": "PER"})
    assert ("Harald", "Harald") in people(doc)


def test_a_surname_shared_by_two_people_stays_a_surname(annotate_with_ents):
    doc = annotate_with_ents("Kari Hansen og Per Hansen kom. Hansen sa ja.",
                             {"Kari Hansen": "PER", "Per Hansen": "PER", "Hansen": "PER"})
    assert ("Hansen", "Hansen") in people(doc)


def test_a_name_ending_in_s_is_not_taken_for_a_possessive(annotate_with_ents):
    doc = annotate_with_ents("Ryan Giggs mener Solskjær bør få jobben, sier Giggs.",
                             {"Ryan Giggs": "PER", "Giggs": "PER", "Solskjær": "PER"})
    assert ("Ryan Giggs", "Ryan Giggs") in people(doc) and ("Giggs", "Ryan Giggs") in people(doc)


@pytest.mark.parametrize("text, ents, expected", [
    ("Pep Guardiolas lag vant igjen.", {"Pep Guardiolas": "PER"}, "Pep Guardiola"),
    ("Bjørnar Moxnes parti gjekk fram.", {"Bjørnar Moxnes": "PER"}, "Bjørnar Moxnes"),
    ("Julia Roberts film er ny.", {"Julia Roberts": "PER"}, "Julia Roberts"),
])
def test_a_full_name_before_a_noun_is_possessive_unless_it_ends_like_a_surname(annotate_with_ents, text, ents,
                                                                                expected):
    assert [canonical for _, canonical in people(annotate_with_ents(text, ents))] == [expected]


def test_a_possessive_with_no_person_behind_it_is_dropped(annotate_with_ents):
    doc = annotate_with_ents("Smarttelefonen er ikke Pandoras boks.", {"Pandoras": "PER"})
    assert people(doc) == []


@pytest.mark.parametrize("text, ents, name", [
    ("Kampen ble vist av Reuters. – Vi vant, sier Kari Hansen til Reuters.", {"Reuters": "PER", "Kari Hansen": "PER"},
     "Reuters"),
    ("Juventus tapte. Laget til Juventus har fått ny trener.", {"Juventus": "PER"}, "Juventus"),
    ("– Vi er klare, seier Kari Hansen til NTB.", {"NTB": "PER", "Kari Hansen": "PER"}, "NTB"),
    ("Skiløperne samlet seg på Geilo i helgen.", {"Geilo": "PER"}, "Geilo"),
    ("Romania slo Noreg 2-1.", {"Romania": "PER"}, "Romania"),
    ("Kampen kom med Marit Sveaas’-favoritten Square.", {"Marit Sveaas’-favoritten Square": "PER"},
     "Marit Sveaas’-favoritten Square"),
    ("Dallas vant 6-2. Dallas tok imot Philadelphia i Dallas.", {"Dallas": "ORG"}, "Dallas"),
])
def test_names_the_article_or_a_list_types_otherwise_are_not_people(annotate_with_ents, text, ents, name):
    doc = annotate_with_ents(text, ents)
    assert name not in {canonical for _, canonical in people(doc)}


def test_the_type_is_decided_over_all_mentions(annotate_with_ents):
    doc = annotate_with_ents("Medicall har hovedkontor i Thailand. Lederen i Medicall avviser det. Medicall sa nei.",
                             {"Medicall": "ORG"})
    first = doc.spans["mentions"][0]
    doc2 = annotate_with_ents("Medicall har hovedkontor i Thailand. Medicall sa nei.", {"Medicall": "ORG"})
    assert first.label_ == "ORG" and {m.label_ for m in doc2.spans["mentions"]} == {"ORG"}


def test_a_street_named_after_a_person_is_a_place(annotate_with_ents):
    doc = annotate_with_ents("Bussene må raskere fram i Olav Tryggvasons gate.", {"Olav Tryggvasons": "PER"})
    assert people(doc) == []


@pytest.mark.parametrize("text, ents", [
    ("Bussen kjørte av vegen. Sjåføren på bussen kom seg ut.", {"Bussen": "PER"}),
    ("Siktelsen er alvorlig. Han nekter straffskyld etter siktelsen.", {"Siktelsen": "PER"}),
    ("Advokaten kom.\n– Siktelsen mot han er svært alvorleg, seier ho.", {"Siktelsen": "PER"}),
])
def test_a_sentence_initial_common_noun_is_not_a_person(annotate_with_ents, text, ents):
    assert people(annotate_with_ents(text, ents)) == []


def test_a_sentence_initial_name_the_tagger_calls_noun_the_nynorsk_way_stays_a_person(annotate_with_ents):
    text = "Marie kom heim i går. Bussen var sein, seier ho."
    tags = {"Marie": ("NOUN", "Gender=Fem"), "Bussen": ("NOUN", "Definite=Def|Gender=Masc|Number=Sing")}
    doc = annotate_with_ents(text, {"Marie": "PER", "Bussen": "PER"}, tags)
    assert people(doc) == [("Marie", "Marie")]


@pytest.mark.parametrize("text, ents, expected", [
    ("Stars ledet 2-0. Zuccarello sier han fikk drøyt 18 minutter.", {"2-0. Zuccarello": "PER"}, "Zuccarello"),
    ("– Vi er glade, sier Klyngesjef Torbjørn Akersveen.", {"Klyngesjef Torbjørn Akersveen": "PER"},
     "Torbjørn Akersveen"),
    ("Mener Kleveland dette ikke betyr noe?", {"Mener Kleveland": "PER"}, "Kleveland"),
    ("Danskenes Mikkel Hansen er skadet.", {"Danskenes Mikkel Hansen": "PER"}, "Mikkel Hansen"),
    ("Det sa Innovasjon Norges Anita Krohn Traaseth.", {"Innovasjon Norges Anita Krohn Traaseth": "PER"},
     "Anita Krohn Traaseth"),
    ("Ho er ordførar i Malvik Ingrid Aune.", {"Malvik Ingrid Aune": "PER"}, "Ingrid Aune"),
    ("Avdelingen Halvor Hjelm-Hansen leder, er størst.", {"Avdelingen Halvor Hjelm-Hansen": "PER"},
     "Halvor Hjelm-Hansen"),
])
def test_words_that_are_not_the_name_are_cut_off(annotate_with_ents, text, ents, expected):
    assert [canonical for _, canonical in people(annotate_with_ents(text, ents))] == [expected]


def _facts(nlp, article_id, text):
    article = Article(id=article_id, source=f"{article_id}.txt", title="", paragraphs=[text], published="2019-03-01")
    from extract.process import make_doc
    doc = make_doc(nlp, article)
    return facts_from_doc(nlp(doc), article)


def test_only_full_names_merge_across_articles(rules_nlp):
    first = _facts(rules_nlp, "a1", "– Vi vant, sier landslagssjef Lars Lagerbäck. Foto: Vidar Ruud / NTB scanpix")
    second = _facts(rules_nlp, "a2", "– Vi tapte, sier landslagssjef Lars Lagerbäck.")
    ids = [{e["id"] for e in f.entities if e["type"] == "person"} for f in (first, second)]
    assert "person:lars-lagerbäck" in ids[0] & ids[1]
    assert "person:vidar-ruud" in ids[0]


def test_a_surname_alone_is_an_entity_of_its_article(rules_nlp):
    doc = rules_nlp.make_doc("Fotograf Ruud tok bildet.")
    doc.ents = [Span(doc, 1, 2, label="PER")]
    for _, component in rules_nlp.pipeline:
        doc = component(doc)
    article = Article(id="a3", source="a3.txt", title="", paragraphs=["Fotograf Ruud tok bildet."])
    ids = {e["id"] for e in facts_from_doc(doc, article).entities}
    assert ids == {"person:ruud@a3"}


def test_former_is_stored_with_the_role(rules_nlp):
    facts = _facts(rules_nlp, "a4", "Også tidligere statsminister Jens Stoltenberg skrev et innlegg.")
    assert [(r["person"], r["role"], r["former"]) for r in facts.person_roles] == \
        [("Jens Stoltenberg", "statsminister", True)]


@pytest.mark.parametrize("text, expected", [
    ("Finansminister Siv Jensen la fram budsjettet. Jensens forslag fikk flertall, sa Jensen til Reuters.",
     {"Siv Jensen"}),
    ("Statsråd Kristin Djuve la fram forslaget. Djuves forslag fekk fleirtal, sa Djuve til NTB.",
     {"Kristin Djuve"}),
])
def test_people_of_an_article_with_the_model(annotate_full, text, expected):
    doc = annotate_full(text)
    assert {m._.canonical for m in doc.spans["mentions"] if m.label_ == "PER"} == expected


@pytest.mark.parametrize("text", [
    "Foran fra venstre: Trude Anne  Solheim (NFD), Per Dal (Nordvik) og Lise Ås. Solheim takket.",
    "Framme frå venstre: Trude Anne  Solheim (NFD), Per Dal (Nordvik) og Lise Ås. Solheim takka.",
])
def test_a_name_with_two_spaces_inside_is_one_person_written_once(annotate_with_ents, text):
    doc = annotate_with_ents(text, {"Trude Anne  Solheim": "PER", "Solheim": "PER", "Per Dal": "PER"})
    assert {canonical for _, canonical in people(doc) if "Solheim" in canonical} == {"Trude Anne Solheim"}


@pytest.mark.parametrize("text, names", [
    ("Partnerne er Brekke Seafood, Tindvik Utvikling, Solhaug Vekstforum og Lia Behandlingssenter.",
     ["Brekke Seafood", "Tindvik Utvikling", "Solhaug Vekstforum", "Lia Behandlingssenter"]),
    ("Partnarane er Brekke Seafood, Tindvik Utvikling, Solhaug Vekstforum og Lia Behandlingssenter.",
     ["Brekke Seafood", "Tindvik Utvikling", "Solhaug Vekstforum", "Lia Behandlingssenter"]),
    # a firm's last word ending in s is no genitive to strip ("Systems", "Solutions")
    ("Satsinga er eit samarbeid mellom Nordvik kommune, qTrade Systems og Fjell Solutions.",
     ["qTrade Systems", "Fjell Solutions"]),
    ("Satsingen er et samarbeid mellom Nordvik kommune, qTrade Systems og Fjell Solutions.",
     ["qTrade Systems", "Fjell Solutions"]),
])
def test_a_name_ending_in_a_firms_word_is_no_person(annotate_with_ents, text, names):
    doc = annotate_with_ents(text, {name: "PER" for name in names})
    assert people(doc) == []


@pytest.mark.parametrize("text", [
    "Programmet er en satsing mellom Brekke kommune, Solvang Systems og Nordvik Næringsutvikling.",
    "Programmet er ei satsing mellom Brekke kommune, Solvang Systems og Nordvik Næringsutvikling.",
])
def test_a_firm_named_by_its_last_word_is_no_person_with_the_model(annotate_full, text):
    doc = annotate_full(text)
    assert [m.text for m in doc.spans["mentions"] if m.label_ == "PER"] == []


@pytest.mark.parametrize("text, span, expected", [
    ("Prosjektansvarleg Kari Nordlie Emneord Innovasjon Fornying Oppdragsgivar Nordvik kommune",
     "Kari Nordlie Emneord Innovasjon Fornying", "Kari Nordlie"),
    ("Prosjektansvarlig Kari Nordlie Emneord Innovasjon Fornying Oppdragsgiver Nordvik kommune",
     "Kari Nordlie Emneord Innovasjon Fornying", "Kari Nordlie"),
    ("Saksbehandlar: Per Olav Brekke Saksnr Utval Møtedato", "Per Olav Brekke Saksnr Utval Møtedato",
     "Per Olav Brekke"),
    ("Saksbehandler: Per Olav Brekke Saksnr Utvalg Møtedato", "Per Olav Brekke Saksnr Utvalg Møtedato",
     "Per Olav Brekke"),
])
def test_a_documents_field_label_run_into_a_name_ends_it(annotate_with_ents, text, span, expected):
    assert [canonical for _, canonical in people(annotate_with_ents(text, {span: "PER"}))] == [expected]


@pytest.mark.parametrize("text", [
    "Tal sider 23 Prosjektnr 6235 Prosjektansvarleg Kari Nordlie Emneord Innovasjonssystem Funksjonell analyse "
    "Oppdragsgivar Nordvik kommune Samandrag Dette notatet er frå prosjektet.",
    "Antall sider 23 Prosjektnr 6235 Prosjektansvarlig Kari Nordlie Emneord Innovasjonssystem Funksjonell analyse "
    "Oppdragsgiver Nordvik kommune Sammendrag Dette notatet er fra prosjektet.",
])
def test_the_value_of_a_field_label_is_no_part_of_the_name_before_it_with_the_model(annotate_full, text):
    doc = annotate_full(text)
    assert {r._.role["person"] for r in doc.spans["roles"]} == {"Kari Nordlie"}
    assert {m._.canonical for m in doc.spans["mentions"] if m.label_ == "PER"} == {"Kari Nordlie"}
