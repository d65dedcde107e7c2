"""Amounts: parse_amount, find_amounts and the newsfacts_amounts component."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.annotate.amounts import find_amounts, measure_of, parse_amount

SHARED = Path("/work/shared")


def annotate(nlp, text):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def amount(value, currency=None, unit=None, qualifier=None, period=None, measure=None, value_high=None):
    return {"value": value, "value_high": value_high, "currency": currency, "unit": unit,
            "qualifier": qualifier, "period": period, "measure": measure}


# (expression, parsed amount)
MONEY = [
    ("over 66 milliarder kroner", amount(66_000_000_000, "NOK", qualifier="over")),
    ("5 millioner kroner i året", amount(5_000_000, "NOK", period="year")),
    ("5 millioner kroner årlig", amount(5_000_000, "NOK", period="year")),
    ("5 millioner kroner per år", amount(5_000_000, "NOK", period="year")),
    ("5 millionar kroner kvart år", amount(5_000_000, "NOK", period="year")),
    ("40 000 kroner i måneden", amount(40_000, "NOK", period="month")),
    ("1,5 mrd. kr", amount(1_500_000_000, "NOK")),
    ("1,5 milliardar kroner", amount(1_500_000_000, "NOK")),
    ("NOK 5m", amount(5_000_000, "NOK")),
    ("5 mill. kr", amount(5_000_000, "NOK")),
    ("kr 250 000", amount(250_000, "NOK")),
    ("kr 250 000,-", amount(250_000, "NOK")),
    ("250 000 kroner", amount(250_000, "NOK")),
    ("250\u00a0000 kroner", amount(250_000, "NOK")),
    ("kr. 3,2 millioner", amount(3_200_000, "NOK")),
    ("tolv millionar kroner", amount(12_000_000, "NOK")),
    ("EUR 2 millioner", amount(2_000_000, "EUR")),
    ("2 millioner euro", amount(2_000_000, "EUR")),
    ("€ 2,5 mill.", amount(2_500_000, "EUR")),
    ("USD 10 million", amount(10_000_000, "USD")),
    ("to millioner dollar", amount(2_000_000, "USD")),
    ("$5 million", amount(5_000_000, "USD")),
    ("en halv milliard kroner", amount(500_000_000, "NOK")),
    ("ein halv milliard kroner", amount(500_000_000, "NOK")),
    ("halvannen million kroner", amount(1_500_000, "NOK")),
    ("to og en halv million kroner", amount(2_500_000, "NOK")),
    ("300.000 kroner", amount(300_000, "NOK")),
    ("NOK 1.2bn", amount(1_200_000_000, "NOK")),
    ("to hundre tusen kroner", amount(200_000, "NOK")),
    ("femti tusen kroner", amount(50_000, "NOK")),
    ("3 millioner svenske kroner", amount(3_000_000, "SEK")),
    ("500 pund", amount(500, "GBP")),
    ("drøyt 1,2 milliarder kroner", amount(1_200_000_000, "NOK", qualifier="over")),
    ("i overkant av 800 000 kroner", amount(800_000, "NOK", qualifier="over")),
    ("i underkant av 3 millioner kroner", amount(3_000_000, "NOK", qualifier="under")),
    ("snaut 2 millioner kroner", amount(2_000_000, "NOK", qualifier="under")),
    ("rundt 10 millioner kroner", amount(10_000_000, "NOK", qualifier="rundt")),
    ("om lag 10 millionar kroner", amount(10_000_000, "NOK", qualifier="rundt")),
    ("ca. 4 millioner kroner", amount(4_000_000, "NOK", qualifier="rundt")),
    ("nesten 7 millioner kroner", amount(7_000_000, "NOK", qualifier="nesten")),
    ("opptil 500 000 kroner", amount(500_000, "NOK", qualifier="opptil")),
    ("minst 1 million kroner", amount(1_000_000, "NOK", qualifier="minst")),
    ("kun 20 000 kroner", amount(20_000, "NOK", qualifier="kun")),
    ("berre 20 000 kroner", amount(20_000, "NOK", qualifier="kun")),
]

COUNTS = [
    ("49 bedrifter og forskningsinstitusjoner", amount(49, unit="bedrifter og forskningsinstitusjoner")),
    ("to forprosjekter", amount(2, unit="forprosjekter")),
    ("kun fem klynger", amount(5, unit="klynger", qualifier="kun")),
    ("over 70 medlemsbedrifter og samarbeidspartnere",
     amount(70, unit="medlemsbedrifter og samarbeidspartnere", qualifier="over")),
    ("ti nye arbeidsplasser", amount(10, unit="arbeidsplasser")),
    ("ti nye arbeidsplassar", amount(10, unit="arbeidsplassar")),
    ("300 tilsette", amount(300, unit="tilsette")),
    ("300 ansatte", amount(300, unit="ansatte")),
    ("ca. 1 200 deltakere", amount(1200, unit="deltakere", qualifier="rundt")),
    ("femogtjue medlemmer", amount(25, unit="medlemmer")),
    ("tjuefem medlemmer", amount(25, unit="medlemmer")),
    ("fleire enn 40 verksemder og kommunar", amount(40, unit="verksemder og kommunar", qualifier="over")),
    ("tre små bedrifter", amount(3, unit="bedrifter")),
    ("12 internasjonale samarbeidspartnere", amount(12, unit="samarbeidspartnere")),
    ("2,5 millioner innbyggere", amount(2_500_000, unit="innbyggere")),
    ("ett selskap", amount(1, unit="selskap")),
    ("fire og et halvt tonn", amount(4.5, unit="tonn")),
]

PERCENTS = [
    ("5 prosent", amount(5, unit="prosent")),
    ("3,5 %", amount(3.5, unit="prosent")),
    ("12%", amount(12, unit="prosent")),
    ("nesten 20 prosent", amount(20, unit="prosent", qualifier="nesten")),
    ("2 prosentpoeng", amount(2, unit="prosentpoeng")),
]


@pytest.mark.parametrize("text,expected", MONEY + COUNTS + PERCENTS)
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    "text,label",
    [("over 66 milliarder kroner", "MONEY"), ("fem klynger", "COUNT"), ("5 prosent", "PERCENT"),
     ("fikk 5 millioner i støtte", "MONEY")],
)
def test_labels(text, label):
    assert [a.label for a in find_amounts(text)] == [label]


# (sentence, [(span text, label, value, currency, unit, qualifier, period, measure), ...])
IN_CONTEXT = [
    (
        "Klyngen har en samlet årlig omsetning på over 66 milliarder kroner.",
        [("over 66 milliarder kroner", "MONEY", 66_000_000_000, "NOK", None, "over", "year", "omsetning")],
    ),
    (
        "Som NCE-klynge får de en grunnfinansiering på 5 millioner kroner i året de neste fem årene.",
        [("5 millioner kroner", "MONEY", 5_000_000, "NOK", None, None, "year", "grunnfinansiering")],
    ),
    (
        "Prosjektet får 2,4 millioner kroner i støtte fra Forskningsrådet.",
        [("2,4 millioner kroner", "MONEY", 2_400_000, "NOK", None, None, None, "støtte")],
    ),
    (
        "Fylkeskommunen gir eit tilskot på 750 000 kroner til klynga.",
        [("750 000 kroner", "MONEY", 750_000, "NOK", None, None, None, "tilskudd")],
    ),
    (
        "Selskapet fikk et driftsresultat på minus 3 millioner kroner, mens overskuddet året før var 12 millioner kroner.",
        [("minus 3 millioner kroner", "MONEY", -3_000_000, "NOK", None, None, None, "driftsresultat"),
         ("12 millioner kroner", "MONEY", 12_000_000, "NOK", None, None, None, "overskudd")],
    ),
    (
        "Eksporten av sjømat utgjorde 120 milliarder kroner, og 300 tilsette jobbar i næringa.",
        [("120 milliarder kroner", "MONEY", 120_000_000_000, "NOK", None, None, None, "eksport"),
         ("300 tilsette", "COUNT", 300, None, "tilsette", None, None, None)],
    ),
    (
        "Investeringen er på i overkant av 40 millionar kroner, og bygget gir ti nye arbeidsplassar.",
        [("i overkant av 40 millionar kroner", "MONEY", 40_000_000, "NOK", None, "over", None, "investering"),
         ("ti nye arbeidsplassar", "COUNT", 10, None, "arbeidsplassar", None, None, None)],
    ),
    (
        "Lønna er 45 000 kroner per månad for dei 12 nye tilsette.",
        [("45 000 kroner", "MONEY", 45_000, "NOK", None, None, "month", "lønn"),
         ("12 nye tilsette", "COUNT", 12, None, "tilsette", None, None, None)],
    ),
    (
        "Budsjettet for 2021 er på 8,5 millioner kroner, en økning på 5 prosent.",
        [("8,5 millioner kroner", "MONEY", 8_500_000, "NOK", None, None, None, "budsjett"),
         ("5 prosent", "PERCENT", 5, None, "prosent", None, None, None)],
    ),
    (
        "I 2019 var det kun fem klynger med denne statusen, mot 14 klynger i dag.",
        [("kun fem klynger", "COUNT", 5, None, "klynger", "kun", None, None),
         ("14 klynger", "COUNT", 14, None, "klynger", None, None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", IN_CONTEXT)
def test_amounts_in_sentences(text, expected):
    found = [
        (a.text, a.label, a.amount["value"], a.amount["currency"], a.amount["unit"],
         a.amount["qualifier"], a.amount["period"], a.amount["measure"])
        for a in find_amounts(text)
    ]
    assert found == expected


NO_AMOUNTS = [
    "De neste fem årene skal klyngen vokse.",
    "Klyngeprosjektet fylte ti år i fjor.",
    "Det tok to uker å få svar, og tre måneder før avtalen var klar.",
    "Han har vært leder i fem lange år.",
    "Ring 22 33 44 55 eller 917 12 345 for mer informasjon.",
    "Kundeservice er åpen 24/7.",
    "Kampen endte 3-1, og laget vant 2–0 borte.",
    "Møtet starter kl. 14.30 i rom 12.",
    "Hun kom på 5. plass i konkurransen.",
    "Dette er første gangen klyngen får status.",
    "Heidner er en klynge i Hedmark med en sterk posisjon.",
    "I 2018 ble klyngen finansiert av fylkeskommunen.",
    "Fra 2015 til 2020 var hun styreleder.",
    "Avtalen ble signert 20. november 2020 og gjelder fra 01.01.2021.",
    "Det er vedtatt i sak 12/2020 og omtalt på side 4.",
    "De har 5 millioner.",
    "Han har vært på 1990-tallet og i uke 12 2021.",
    "Det skjedde for to år siden, to ganger.",
    "Han fikk tusen takk fra alle.",
    "Han trente klubben i fire og et halvt år.",
    "De to beste går videre, mens tre andre må ut.",
    "Målet kom etter syv minutters spill.",
    "Han finn rett nok ein nyanse, og dei vann nok eit val.",
    "Klokka åtte fredag morgon starta møtet.",
    "Éin gong var nok.",
]


@pytest.mark.parametrize("text", NO_AMOUNTS)
def test_no_false_positives(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "word,measure",
    [("omsetningen", "omsetning"), ("omsetnaden", "omsetning"), ("grunnfinansieringen", "grunnfinansiering"),
     ("tilskotet", "tilskudd"), ("driftstilskudd", "driftstilskudd"), ("lønna", "lønn"),
     ("bedrifter", None), ("klyngen", None)],
)
def test_measure_of(word, measure):
    assert measure_of(word) == measure


def test_component_sets_spans_and_attributes(amounts_nlp):
    doc = annotate(amounts_nlp, "Klyngen har 49 bedrifter. De fikk 2 millioner kroner i tilskudd i 2020.")
    spans = list(doc.spans["amounts"])
    assert [(s.text, s.label_) for s in spans] == [("49 bedrifter", "COUNT"), ("2 millioner kroner", "MONEY")]
    assert spans[1]._.amount == amount(2_000_000, "NOK", measure="tilskudd")
    assert not doc.ents


def test_component_splits_tokens_at_span_ends(amounts_nlp):
    doc = annotate(amounts_nlp, "Prisen var 5 mill. kr. Det er mye.")
    assert [s.text for s in doc.spans["amounts"]] == ["5 mill. kr"]


def _seed_cases():
    gold = SHARED / "gold" / "seeds.json"
    if not gold.exists():
        return []
    return [
        pytest.param(article["file"], article["amounts"], id=article["file"])
        for article in json.loads(gold.read_text(encoding="utf-8"))["articles"]
    ]


def _accepts(gold_value, value):
    if isinstance(gold_value, dict) and "any_of" in gold_value:
        return value in gold_value["any_of"]
    return gold_value == value


@pytest.mark.parametrize("path,expected", _seed_cases())
def test_seed_articles(amounts_nlp, path, expected):
    doc = annotate(amounts_nlp, (SHARED / path).read_text(encoding="utf-8"))
    spans = list(doc.spans["amounts"])
    for gold in expected:
        matches = [
            s for s in spans
            if gold["text"] in s.text
            and all(_accepts(v, s._.amount.get(k)) for k, v in gold.items() if k != "text")
        ]
        assert matches, gold


# With the shipped model the counted unit is a NOUN (issue 14): adjectives, verbs, pronouns and
# numbers inside names give no count. (text, [(amount text, unit)]) in both standards.
TAGGED_COUNTS = [
    ("Klyngen har fire modne klynger i regionen.", [("fire modne klynger", "klynger")]),
    ("Klynga har fire modne medlemsbedrifter.", [("fire modne medlemsbedrifter", "medlemsbedrifter")]),
    ("Vi besøkte de to nordligste i går.", []),
    ("Dei to nordlegaste fekk pengar.", []),
    ("Rundt 20.000 demonstrerte i Oslo lørdag.", []),
    ("Rundt 300 deltok på møtet.", []),
    ("TV 2 utelukker ikke at kanalen vil klage.", []),
    ("Fire av dem fikk støtte.", []),
    ("Styret har sju medlemmer og to nye varamedlemmer.", [("sju medlemmer", "medlemmer"),
                                                          ("to nye varamedlemmer", "varamedlemmer")]),
    ("Over 70 medlemsbedrifter er med.", [("Over 70 medlemsbedrifter", "medlemsbedrifter")]),
    ("Raufoss-klyngen: 60 bedrifter, 4000 ansatte og nytt navn", [("60 bedrifter", "bedrifter"),
                                                                  ("4000 ansatte", "ansatte")]),
    ("Bedrifta har 300 tilsette i Sogn.", [("300 tilsette", "tilsette")]),
]


@pytest.mark.parametrize("text,expected", TAGGED_COUNTS)
def test_count_units_are_nouns_with_the_model(annotate_full, text, expected):
    doc = annotate_full(text)
    counts = [(s.text, s._.amount["unit"]) for s in doc.spans["amounts"] if s.label_ == "COUNT"]
    assert counts == expected


def test_rules_only_still_find_counts_without_tags():
    # no tagged Doc: the word-form rules decide ("ti nye arbeidsplasser" -> arbeidsplasser)
    assert [(a.text, a.amount["unit"]) for a in find_amounts("Det kom ti nye arbeidsplasser.")] == [
        ("ti nye arbeidsplasser", "arbeidsplasser")]


# Issue 15: ranges, signs, rates, periods, other currencies, exchange-rate bases (both standards).
# (sentence, [(amount text, value, value_high, currency, unit, qualifier, period)])
RANGES_SIGNS_RATES = [
    ("Utbyggingen vil koste mellom 12 og 14 milliarder kroner.",
     [("mellom 12 og 14 milliarder kroner", 12_000_000_000, 14_000_000_000, "NOK", None, "mellom", None)]),
    ("Utbygginga vil kosta mellom 12 og 14 milliardar kroner.",
     [("mellom 12 og 14 milliardar kroner", 12_000_000_000, 14_000_000_000, "NOK", None, "mellom", None)]),
    ("Prosjektene får fra 1,6 til 2,4 millioner kroner hver.",
     [("fra 1,6 til 2,4 millioner kroner", 1_600_000, 2_400_000, "NOK", None, "fra-til", None)]),
    ("Prosjekta får frå 1,6 til 2,4 millionar kroner kvar.",
     [("frå 1,6 til 2,4 millionar kroner", 1_600_000, 2_400_000, "NOK", None, "fra-til", None)]),
    ("Regningen blir på 12–14 millioner kroner.",
     [("12–14 millioner kroner", 12_000_000, 14_000_000, "NOK", None, "mellom", None)]),
    ("Det vil kosta to til tre millionar kroner.",
     [("to til tre millionar kroner", 2_000_000, 3_000_000, "NOK", None, "mellom", None)]),
    ("Det vil koste mellom to og tre millioner kroner.",
     [("mellom to og tre millioner kroner", 2_000_000, 3_000_000, "NOK", None, "mellom", None)]),
    ("Klynga får mellom 60 og 80 millionar i støtte.",
     [("mellom 60 og 80 millionar", 60_000_000, 80_000_000, "NOK", None, "mellom", None)]),
    ("Stadion får plass til mellom 7000 og 9000 tilskuere.",
     [("mellom 7000 og 9000 tilskuere", 7000, 9000, None, "tilskuere", "mellom", None)]),
    # a change from one value to another is two amounts, not a range
    ("Omsetningen per ansatt har økt fra 1,6 til 2,4 millioner kroner.",
     [("1,6", 1_600_000, None, "NOK", None, None, None),
      ("2,4 millioner kroner", 2_400_000, None, "NOK", None, None, None)]),
    ("Omsetnaden har auka frå 1,6 til 2,4 millionar kroner.",
     [("1,6", 1_600_000, None, "NOK", None, None, None),
      ("2,4 millionar kroner", 2_400_000, None, "NOK", None, None, None)]),
    ("Konsernet fikk et resultat på minus 3,8 milliarder kroner.",
     [("minus 3,8 milliarder kroner", -3_800_000_000, None, "NOK", None, None, None)]),
    ("Konsernet fekk eit resultat på minus 3,8 milliardar kroner.",
     [("minus 3,8 milliardar kroner", -3_800_000_000, None, "NOK", None, None, None)]),
    ("I natt var det - 8,5 grader på Røros.", [("- 8,5 grader", -8.5, None, None, "grader", None, None)]),
    ("I natt var det −8,5 grader på Røros.", [("−8,5 grader", -8.5, None, None, "grader", None, None)]),
    ("I natt var det -8,5 gradar på Røros.", [("-8,5 gradar", -8.5, None, None, "gradar", None, None)]),
    ("- 8 bedrifter fikk støtte i fjor.", [("8 bedrifter", 8, None, None, "bedrifter", None, None)]),
    ("I morgen blir det 2 - 4 grader.", [("2 - 4 grader", 2, 4, None, "grader", "mellom", None)]),
    ("I morgon blir det 2 - 4 gradar.", [("2 - 4 gradar", 2, 4, None, "gradar", "mellom", None)]),
    ("Bilen ble målt til 150 km/t forbi skolen.", [("150 km/t", 150, None, None, "km/t", None, None)]),
    ("Bilen vart målt til 150 km/t forbi skulen.", [("150 km/t", 150, None, None, "km/t", None, None)]),
    ("Laksen koster 30 kroner per kilo.", [("30 kroner", 30, None, "NOK", "per kilo", None, None)]),
    ("Laksen kostar 30 kroner per kilo.", [("30 kroner", 30, None, "NOK", "per kilo", None, None)]),
    ("Kommunen får 5 mill. per år.", [("5 mill.", 5_000_000, None, "NOK", None, None, "year")]),
    ("Han tjener 2000 kroner per dag.", [("2000 kroner", 2000, None, "NOK", None, None, "day")]),
    ("Ho tener 2000 kroner kvar dag.", [("2000 kroner", 2000, None, "NOK", None, None, "day")]),
    ("De betaler 500 kroner hver uke.", [("500 kroner", 500, None, "NOK", None, None, "week")]),
    ("Dei betaler 500 kroner kvar veke.", [("500 kroner", 500, None, "NOK", None, None, "week")]),
    ("Leia er 40 000 kroner i året.", [("40 000 kroner", 40_000, None, "NOK", None, None, "year")]),
    ("Leiga er 40 000 kroner årleg.", [("40 000 kroner", 40_000, None, "NOK", None, None, "year")]),
    ("Avtalen er verdt 3 millioner australske dollar.",
     [("3 millioner australske dollar", 3_000_000, None, "AUD", None, None, None)]),
    ("Kontrakten er verd 20 millionar svenske kronar.",
     [("20 millionar svenske kronar", 20_000_000, None, "SEK", None, None, None)]),
    ("Selskapet betalte 20 millioner svenske kroner.",
     [("20 millioner svenske kroner", 20_000_000, None, "SEK", None, None, None)]),
    ("Boten var på 150 000 danske kroner.", [("150 000 danske kroner", 150_000, None, "DKK", None, None, None)]),
    ("Dei fekk 2 millionar amerikanske dollar.",
     [("2 millionar amerikanske dollar", 2_000_000, None, "USD", None, None, None)]),
    ("Klubben betalte 4 millioner britiske pund.",
     [("4 millioner britiske pund", 4_000_000, None, "GBP", None, None, None)]),
    ("Tilskotet er på 1,2 millionar euro.", [("1,2 millionar euro", 1_200_000, None, "EUR", None, None, None)]),
    # the base of an exchange rate is no amount
    ("En euro koster nå 11,50 kroner.", [("11,50 kroner", 11.5, None, "NOK", None, None, None)]),
    ("Ein euro kostar no 11,50 kroner.", [("11,50 kroner", 11.5, None, "NOK", None, None, None)]),
    ("Kampen endte 3-1, og laget vant 2–0 borte.", []),
]


@pytest.mark.parametrize("text,expected", RANGES_SIGNS_RATES)
def test_ranges_signs_rates_and_currencies(text, expected):
    found = [
        (a.text, a.amount["value"], a.amount["value_high"], a.amount["currency"], a.amount["unit"],
         a.amount["qualifier"], a.amount["period"])
        for a in find_amounts(text)
    ]
    assert found == expected


# The same through the shipped pipeline (model tokens and sentences), both standards.
TAGGED_RANGES_SIGNS = [
    ("Utbyggingen vil koste mellom 12 og 14 milliarder kroner, melder NRK.",
     [("mellom 12 og 14 milliarder kroner", 12_000_000_000, 14_000_000_000, "mellom")]),
    ("Klynga får mellom 60 og 80 millionar kroner frå Innovasjon Noreg.",
     [("mellom 60 og 80 millionar kroner", 60_000_000, 80_000_000, "mellom")]),
    ("Det vil kosta to til tre millionar kroner å byggja om hallen.",
     [("to til tre millionar kroner", 2_000_000, 3_000_000, "mellom")]),
    ("Konsernet fikk et resultat på minus 3,8 milliarder kroner i fjor.",
     [("minus 3,8 milliarder kroner", -3_800_000_000, None, None)]),
    ("I natt var det −8,5 grader på Røros.", [("−8,5 grader", -8.5, None, None)]),
    ("Ein euro kostar no 11,50 kroner.", [("11,50 kroner", 11.5, None, None)]),
]


@pytest.mark.parametrize("text,expected", TAGGED_RANGES_SIGNS)
def test_ranges_and_signs_with_the_model(annotate_full, text, expected):
    doc = annotate_full(text)
    found = [(s.text, s._.amount["value"], s._.amount["value_high"], s._.amount["qualifier"])
             for s in doc.spans["amounts"]]
    assert found == expected


@pytest.mark.parametrize("text,expected", [
    ("Presidenten vil øke tollene på varer for 200 milliarder dollar fra 10 til 25 prosent.",
     [("200 milliarder dollar", 200_000_000_000, None), ("10", 10, None), ("25 prosent", 25, None)]),
    ("Presidenten vil auke tollane på varer for 200 milliardar dollar frå 10 til 25 prosent.",
     [("200 milliardar dollar", 200_000_000_000, None), ("10", 10, None), ("25 prosent", 25, None)]),
    ("Billettene koster fra 500 til 900 kroner.", [("fra 500 til 900 kroner", 500, 900)]),
    ("Billettane kostar frå 500 til 900 kroner.", [("frå 500 til 900 kroner", 500, 900)]),
])
def test_a_change_is_two_amounts_by_the_nearest_verb_with_the_model(annotate_full, text, expected):
    doc = annotate_full(text)
    assert [(s.text, s._.amount["value"], s._.amount["value_high"]) for s in doc.spans["amounts"]] == expected


def test_sentence_finds_its_dates_once_and_reads_tags():
    from extract.annotate.amounts.sentence import Sentence

    sentence = Sentence("Den 3. mars fikk 12 bedrifter støtte.", {17: "NUM", 20: "NOUN"})
    assert sentence.dates == [(0, 11)]
    assert sentence.in_date(4, 5) and not sentence.in_date(17, 19)
    assert sentence.tag(20) == "NOUN" and sentence.tag(21, "X") == "X"
    assert Sentence("12 bedrifter").tag(3) is None


@pytest.mark.parametrize("text, value", [
    ("Klyngen får 5 MNOK i året fra programmet.", 5_000_000),
    ("Klynga får 12,5 MNkr i året frå programmet.", 12_500_000),
])
def test_scale_and_currency_in_one_word(amounts_nlp, text, value):
    doc = annotate(amounts_nlp, text)
    assert [(s._.amount["value"], s._.amount["currency"]) for s in doc.spans["amounts"]] == [(value, "NOK")]


# Issue 30: money with no currency word in a sentence about money (a money verb, noun or phrase of
# funding.yaml, a measure noun), in the implied currency NOK; the same number where the sentence
# is about nothing of the kind is no money. Generated: numbers x scales x frames, both standards,
# the number before and after the verb.
_NUMBERS = [("tre", 3), ("5", 5), ("2,5", 2.5), ("tolv", 12)]
_SCALES = [("millioner", 10**6), ("millionar", 10**6), ("mill.", 10**6), ("milliarder", 10**9), ("mrd.", 10**9)]
_MONEY_FRAMES = [
    "Innovasjon Norge går inn med {} i prosjektet.",
    "Kommunen bevilget {} til den nye hallen.",
    "Kommunen løyvde {} til den nye hallen.",
    "Prosjektet koster {}, ifølge kommunen.",
    "Prosjektet kostar {}, seier kommunen.",
    "Overgangssummen er på {}.",
    "Fylket set av {} til prosjektmidlar.",
    "{} er øremerket klyngene.",
    "{} vart løyvde til klynga.",
]
_OTHER_FRAMES = [
    "Filmen ble sett av {}.",
    "Filmen vart sett av {}.",
    "Over {} så sendingen.",
    "De har {}.",
]


def _first_upper(text):
    return text[0].upper() + text[1:]


IMPLIED_MONEY = [
    (frame.format(number), number, value * scale)
    for frame in _MONEY_FRAMES for words, value in _NUMBERS for scale_word, scale in _SCALES
    for number in [_first_upper(f"{words} {scale_word}") if frame.startswith("{}") else f"{words} {scale_word}"]
] + [(frame.format(f"{words} {scale_word}"), None, None)
     for frame in _OTHER_FRAMES for words, _ in _NUMBERS for scale_word, _ in _SCALES]


@pytest.mark.parametrize("text, number, value", IMPLIED_MONEY)
def test_money_implied_by_the_sentence(text, number, value):
    found = [(a.text, a.label, a.amount["value"], a.amount["currency"]) for a in find_amounts(text)]
    assert found == ([(number, "MONEY", value, "NOK")] if number else [])


# With the model, a verb form not listed is a money verb by its lemma ("finansieres" -> finansiere).
@pytest.mark.parametrize("text, number, value", [
    ("Hallen finansieres med fem millioner fra staten.", "fem millioner", 5_000_000),
    ("Hallen vert finansiert med fem millionar frå staten.", "fem millionar", 5_000_000),
    ("Tiltaket bevilges tre millioner i år.", "tre millioner", 3_000_000),
    ("Klyngene tildeles 2,5 millioner hver.", "2,5 millioner", 2_500_000),
    ("Prosjektet sponses med tolv millioner.", "tolv millioner", 12_000_000),
    ("Ber 1,6 millioner evakuere fra tyfonen", None, None),
    ("Få har 2 millioner.", None, None),
    ("Få har 2 millionar.", None, None),
])
def test_money_implied_by_a_lemma_with_the_model(annotate_full, text, number, value):
    doc = annotate_full(text)
    money = [(s.text, s._.amount["value"], s._.amount["currency"])
             for s in doc.spans["amounts"] if s.label_ == "MONEY"]
    assert money == ([(number, value, "NOK")] if number else [])


# A bare number after a money noun and "på" is money ("et tilskudd for 2015 på 900.000"); below
# 1000, or after another noun, it is not.
_BARE_NUMBERS = [("900.000", 900_000), ("300 000", 300_000), ("1 250 000", 1_250_000), ("45.000", 45_000)]
_BARE_FRAMES = [
    "Klyngen har søkt om et tilskudd for 2015 på {}.",
    "Klynga har søkt om eit tilskot for 2015 på {}.",
    "Digin søker om et årlig tilskudd på {} for prosjektperioden.",
    "Han ble dømt til å betale en bot på {}.",
    "Omsetninga var i fjor på {}.",
]
BARE_MONEY = [(frame.format(number), number, value) for frame in _BARE_FRAMES for number, value in _BARE_NUMBERS] + [
    ("Klyngen har søkt om et tilskudd på 500.", None, None),
    ("Sykkelen har en vekt på 9000.", None, None),
]


@pytest.mark.parametrize("text, number, value", BARE_MONEY)
def test_bare_number_after_a_money_noun(text, number, value):
    found = [(a.text, a.label, a.amount["value"], a.amount["currency"]) for a in find_amounts(text)]
    assert found == ([(number, "MONEY", value, "NOK")] if number else [])


# Scale and currency in one word, after the number or before it, in the case listed
# ("MNOK", "MNkr", "Mkr", "TNOK", "tkr", "MEUR") or in capitals; scale words glued to the currency
# ("5 mrd.kr"); "mellom X til Y"; "Norwegian kroner". Numbers x forms x frames, both standards.
_SCALED_FORMS = [("MNOK {}", 10**6, "NOK"), ("{} mnok", 10**6, "NOK"), ("{} MKR", 10**6, "NOK"),
                 ("{} Mkr", 10**6, "NOK"), ("{} TNOK", 1000, "NOK"), ("{} tkr", 1000, "NOK"),
                 ("{} MEUR", 10**6, "EUR"), ("{} MUSD", 10**6, "USD"), ("{} MSEK", 10**6, "SEK"),
                 ("{} mrd.kr", 10**9, "NOK"), ("{} mill.kr", 10**6, "NOK"), ("{} mill.kroner", 10**6, "NOK"),
                 ("{} million Norwegian kroner", 10**6, "NOK")]
_SCALED_NUMBERS = [("5", 5), ("12,5", 12.5), ("1 200", 1200)]
_SCALED_FRAMES = ["Klyngen får {} fra programmet.", "Klynga får {} frå programmet.", "{} går til klyngen."]
SCALED_WORDS = [(frame.format(form.format(number)), form.format(number), value * scale, code)
                for form, scale, code in _SCALED_FORMS for number, value in _SCALED_NUMBERS
                for frame in _SCALED_FRAMES]


@pytest.mark.parametrize("text, expression, value, currency", SCALED_WORDS)
def test_scale_and_currency_words(text, expression, value, currency):
    found = [(a.text, a.amount["value"], a.amount["currency"]) for a in find_amounts(text)]
    assert found == [(expression, value, currency)]


@pytest.mark.parametrize("range_text, low, high", [
    ("12 til 14 milliarder", 12 * 10**9, 14 * 10**9), ("100 til 400 millioner", 100 * 10**6, 400 * 10**6),
    ("to til tre millionar", 2 * 10**6, 3 * 10**6), ("1,5 til 2 milliardar", 1.5 * 10**9, 2 * 10**9),
])
@pytest.mark.parametrize("frame", ["Reparasjonen vil koste mellom {} kroner.", "Reparasjonen vil kosta mellom {} kroner."])
def test_range_written_mellom_til(frame, range_text, low, high):
    found = [(a.text, a.amount["value"], a.amount["value_high"], a.amount["qualifier"])
             for a in find_amounts(frame.format(range_text))]
    assert found == [(f"mellom {range_text} kroner", low, high, "mellom")]


@pytest.mark.parametrize("text, expected", [
    ("Til sammen kostet fase én kr 7.115.000.", [("kr 7.115.000", 7_115_000)]),
    ("Til saman kosta fase éin kr 7.115.000.", [("kr 7.115.000", 7_115_000)]),
    ("Fase to kr 3 mill. kom i fjor.", [("kr 3 mill.", 3_000_000)]),
])
def test_a_currency_word_opening_the_next_amount(text, expected):
    assert [(a.text, a.amount["value"]) for a in find_amounts(text)] == expected


# Issue 30: counts with their noun. A number word in any position, also opening the sentence
# before a noun with a capitalised first part ("Åtte NCE-søkere"); a definite plural after a
# determiner is a count too ("De tre nye klyngene", "alle de 18 punktene"); a part of a group
# takes the group's noun ("14 av de døde hundene"); a difference without its noun takes the
# comparative ("7 900 færre"). Generated: numbers x nouns x frames, both standards.
_COUNT_NUMBERS = [("Åtte", 8), ("Tre", 3), ("Tolv", 12), ("14", 14)]
_HYPHEN_NOUNS = ["NCE-søkere", "GCE-klynger", "EU-land", "Arena-prosjekter"]
_COUNT_FRAMES = ["{} kom til finalen.", "{} kom til finalen i år, sa han.", "{} fekk status i år."]
OPENING_COUNTS = [(frame.format(f"{number} {noun}"), f"{number} {noun}", value, noun.lower())
                  for frame in _COUNT_FRAMES for number, value in _COUNT_NUMBERS for noun in _HYPHEN_NOUNS]
_DETERMINED = [
    ("De {} nye klyngene får status.", "klyngene"), ("Dei {} nye klyngene får status.", "klyngene"),
    ("Regjeringen vil gjennomføre alle de {} punktene.", "punktene"),
    ("Regjeringa vil gjennomføre alle dei {} punkta.", "punkta"),
    ("Vi kan jobbe med disse {} satsingsområdene.", "satsingsområdene"),
    ("Dei {} legane var samde.", "legane"),
]
DETERMINED_COUNTS = [(frame.format(number), value, unit)
                     for frame, unit in _DETERMINED for number, value in [("tre", 3), ("18", 18), ("fire", 4)]]


@pytest.mark.parametrize("text, expression, value, unit", OPENING_COUNTS)
def test_count_opening_the_sentence(text, expression, value, unit):
    found = [(a.text, a.label, a.amount["value"], a.amount["unit"]) for a in find_amounts(text)]
    assert found == [(expression, "COUNT", value, unit)]


@pytest.mark.parametrize("text, value, unit", DETERMINED_COUNTS)
def test_count_after_a_determiner(text, value, unit):
    found = [(a.label, a.amount["value"], a.amount["unit"]) for a in find_amounts(text)]
    assert found == [("COUNT", value, unit)]


_PARTS = [("14", 14), ("fire", 4), ("3", 3)]
_PART_FRAMES = [
    ("Politiet fant {} av de døde hundene i skogen.", "{} av de døde hundene", "hundene"),
    ("Politiet fann {} av dei døde hundane i skogen.", "{} av dei døde hundane", "hundane"),
    ("Regjeringen har gjennomført {} av punktene.", "{} av punktene", "punktene"),
    ("Regjeringa har gjennomført {} av punkta.", "{} av punkta", "punkta"),
    ("Styret sa opp {} av de ansatte.", "{} av de ansatte", "ansatte"),
    ("Styret sa opp {} av dei tilsette.", "{} av dei tilsette", "tilsette"),
]
PARTITIVE_COUNTS = [(frame.format(number), expression.format(number), value, unit)
                    for frame, expression, unit in _PART_FRAMES for number, value in _PARTS]
NO_PARTITIVE_COUNTS = ["Fire av dem fikk støtte.", "Fire av dei fekk støtte.", "To av tre sa ja.",
                       "Tre av de beste gikk videre.", "Tre av dei beste gjekk vidare."]


@pytest.mark.parametrize("text, expression, value, unit",
                         PARTITIVE_COUNTS + [(t, None, None, None) for t in NO_PARTITIVE_COUNTS])
def test_count_of_a_part_of_a_group(text, expression, value, unit):
    found = [(a.text, a.amount["value"], a.amount["unit"]) for a in find_amounts(text)]
    assert found == ([(expression, value, unit)] if expression else [])


@pytest.mark.parametrize("text, expected", [
    ("Streiken omfatter rundt 1.600 av de 16.336 medlemmene.",
     [("rundt 1.600", 1600, "medlemmene"), ("16.336 medlemmene", 16336, "medlemmene")]),
    ("Streiken omfattar rundt 1.600 av dei 16.336 medlemmene.",
     [("rundt 1.600", 1600, "medlemmene"), ("16.336 medlemmene", 16336, "medlemmene")]),
    ("Politiet fant 14 av de 40 døde hundene.", [("14", 14, "hundene"), ("40 døde hundene", 40, "hundene")]),
    ("Politiet fann 14 av dei 40 døde hundane.", [("14", 14, "hundane"), ("40 døde hundane", 40, "hundane")]),
])
def test_count_of_a_part_of_a_counted_group(text, expected):
    assert [(a.text, a.amount["value"], a.amount["unit"]) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("number, value", [("7 900", 7900), ("52.000", 52000), ("tre hundre", 300)])
@pytest.mark.parametrize("frame, comparative", [
    ("Det er {} færre enn i august i fjor.", "færre"), ("Det betyr at {} flere er blitt sysselsatt.", "flere"),
    ("Talet er {} færre enn i fjor.", "færre"), ("Det tyder at {} fleire er i arbeid.", "fleire"),
])
def test_count_of_a_difference(frame, comparative, number, value):
    found = [(a.text, a.amount["value"], a.amount["unit"]) for a in find_amounts(frame.format(number))]
    assert found == [(f"{number} {comparative}", value, comparative)]


# The same counts through the shipped pipeline (the tagger's nouns, adjectives and participles).
@pytest.mark.parametrize("text, expected", [
    ("Åtte NCE-søkere kom til finalen.", [("Åtte NCE-søkere", "nce-søkere")]),
    ("Tolv GCE-klynger fekk status i år.", [("Tolv GCE-klynger", "gce-klynger")]),
    ("De tre nye klyngene får status.", [("tre nye klyngene", "klyngene")]),
    ("Dei tre nye klyngene får status.", [("tre nye klyngene", "klyngene")]),
    ("Regjeringen vil gjennomføre alle de 18 punktene.", [("18 punktene", "punktene")]),
    ("Politiet fant 14 av de døde hundene i skogen.", [("14 av de døde hundene", "hundene")]),
    ("Over 100 døde i ulykken.", [("Over 100 døde", "døde")]),
    ("Det er 7 900 færre enn i august i fjor.", [("7 900 færre", "færre")]),
    ("Fire av dem fikk støtte.", []),
])
def test_counts_with_the_model(annotate_full, text, expected):
    doc = annotate_full(text)
    assert [(s.text, s._.amount["unit"]) for s in doc.spans["amounts"] if s.label_ == "COUNT"] == expected


# Glued "hundre"/"tusen" ("tohundre tusen kroner" was 1000 kroner), percent written "pst.",
# more currencies, both standards.
@pytest.mark.parametrize("text, expected", [
    ("Det kostet tohundre tusen kroner.", [("tohundre tusen kroner", 200_000, "NOK", None)]),
    ("Det kosta tohundre tusen kroner.", [("tohundre tusen kroner", 200_000, "NOK", None)]),
    ("Han fikk titusen kroner i erstatning.", [("titusen kroner", 10_000, "NOK", None)]),
    ("Ho fekk femhundre kroner.", [("femhundre kroner", 500, "NOK", None)]),
    ("Det kom hundretusen mennesker.", [("hundretusen mennesker", 100_000, None, "mennesker")]),
    ("Renten er 3,5 pst. nå.", [("3,5 pst.", 3.5, None, "prosent")]),
    ("Renta er 3,5 pst no.", [("3,5 pst", 3.5, None, "prosent")]),
    ("Han betalte 5 millioner rubler.", [("5 millioner rubler", 5_000_000, "RUB", None)]),
    ("Avtalen er verd 20 milliardar yuan.", [("20 milliardar yuan", 20_000_000_000, "CNY", None)]),
    ("Dei betalte 300 millionar rupi.", [("300 millionar rupi", 300_000_000, "INR", None)]),
])
def test_glued_numbers_percent_and_currencies(text, expected):
    found = [(a.text, a.amount["value"], a.amount["currency"], a.amount["unit"]) for a in find_amounts(text)]
    assert found == expected


# With the model, participles the tagger calls verbs or adjectives count people.
@pytest.mark.parametrize("text, expected", [
    ("Tre drept i skyting i Oslo.", [("Tre drept", "drept")]),
    ("To skadd etter brann i natt.", [("To skadd", "skadd")]),
    ("Fem pågrepet etter ranet.", [("Fem pågrepet", "pågrepet")]),
    ("Tre personer ble drept, og 12 skadd.", [("Tre personer", "personer"), ("12 skadd", "skadd")]),
])
def test_participles_count_people_with_the_model(annotate_full, text, expected):
    doc = annotate_full(text)
    assert [(s.text, s._.amount["unit"]) for s in doc.spans["amounts"] if s.label_ == "COUNT"] == expected


# "får", "gir" make money only before the number: after it, the number is who did it.
@pytest.mark.parametrize("text, expected", [
    ("Klyngen får fem millioner.", [("fem millioner", 5_000_000)]),
    ("Klynga får fem millionar.", [("fem millionar", 5_000_000)]),
    ("Norge gir 2 milliarder til Ukraina.", [("2 milliarder", 2_000_000_000)]),
    ("Noreg gjev 2 milliardar til Ukraina.", [("2 milliardar", 2_000_000_000)]),
    ("Selskapet fikk 1,5 millioner i fjor.", [("1,5 millioner", 1_500_000)]),
    ("Over 2 millioner fikk vaksinen.", []),
    ("Over 2 millionar fekk vaksinen.", []),
])
def test_money_verbs_only_before_the_number(text, expected):
    found = [(a.text, a.amount["value"]) for a in find_amounts(text) if a.label == "MONEY"]
    assert found == expected


@pytest.mark.parametrize(
    "language, text, value, currency",
    [("en", "The cluster's members have a turnover of NOK 50 billion.", 50_000_000_000, "NOK"),
     ("en", "The fund holds EUR 5 billion for research.", 5_000_000_000, "EUR"),
     ("en", "The new centres get NOK 1.5 billion over ten years.", 1_500_000_000, "NOK"),
     ("nb", "Statens pensjonsfond passerte 10 billioner kroner i fjor.", 10_000_000_000_000, "NOK"),
     ("nb", "Fondet er verdt 12 billion kroner.", 12_000_000_000_000, "NOK"),
     ("nn", "Fondet er verdt 12 billionar kroner.", 12_000_000_000_000, "NOK"),
     ("en", "The budget is NOK 2.5bn.", 2_500_000_000, "NOK"),
     (None, "Fondet er verdt 12 billioner kroner.", 12_000_000_000_000, "NOK")],
)
def test_billion_by_the_documents_language(amounts_nlp, language, text, value, currency):
    """An English "billion" is 10^9 (a "milliard"); a Norwegian one 10^12."""
    doc = amounts_nlp.make_doc(text)
    doc._.language = language
    for _, component in amounts_nlp.pipeline:
        doc = component(doc)
    money = [span._.amount for span in doc.spans["amounts"] if span.label_ == "MONEY"]
    assert [(found["value"], found["currency"]) for found in money] == [(value, currency)]


def test_find_amounts_reads_billion_by_language():
    assert find_amounts("NOK 50 billion", language="en")[0].amount["value"] == 50_000_000_000
    assert find_amounts("NOK 50 billion", language="nb")[0].amount["value"] == 50_000_000_000_000
