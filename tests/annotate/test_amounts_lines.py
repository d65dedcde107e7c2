"""Amounts said by their lines, as budget tables and lists on pages write them: a funder after a
bare number, a money label before a colon, a money line ending in a colon over the lines under
it (with a thousands mark: "150’"), a heading's unit over its rows; and a noun of change before
a range, and "millionene". Bokmål and Nynorsk, invented names."""

from __future__ import annotations

import pytest


def money(nlp, text):
    doc = nlp(text)
    return [(a._.amount["value"], a._.amount["currency"]) for a in doc.spans["amounts"]
            if a.label_ == "MONEY"]


def values(nlp, text):
    return [value for value, currency in money(nlp, text) if currency == "NOK"]


@pytest.mark.parametrize("text, expected", [
    # a funder named after the bare number on its line
    ("Til delprosjekt 2. Marknad: 120.000 fra Innovasjon Norge, 35.000 fra Brekkvik kommune.",
     [120_000, 35_000]),
    ("Til delprosjekt 2. Marknad: 120.000 frå Innovasjon Noreg, 35.000 frå Brekkvik kommune.",
     [120_000, 35_000]),
    ("Fase tre: 90 000 fra Nordvik fylkeskommune.", [90_000]),
    ("Fase tre: 90 000 frå Nordvik fylkeskommune.", [90_000]),
    # a money noun labels the line
    ("Budsjett: 450.000", [450_000]),
    ("Tilskotet: 450.000", [450_000]),
])
def test_a_funder_or_a_money_label_on_the_line_makes_a_bare_number_money(amounts_nlp, text, expected):
    assert values(amounts_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Arbeidet ble finansiert slik i 2015:\nSamlet: 320.000\nLunde AS: 140’, Brattli 60’ og Holm 20’.",
     [320_000, 140_000, 60_000, 20_000]),
    ("Arbeidet vart finansiert slik i 2015:\nSamla: 320.000\nLunde AS: 140’, Brattli 60’ og Holm 20’.",
     [320_000, 140_000, 60_000, 20_000]),
    ("Støtten fordeler seg slik:\n\nDelprosjekt 1: 75.000\n\nDelprosjekt 2: 15.000",
     [75_000, 15_000]),
    ("Støtta fordeler seg slik:\n\nDelprosjekt 1: 75.000\n\nDelprosjekt 2: 15.000",
     [75_000, 15_000]),
])
def test_a_money_line_ending_in_a_colon_makes_the_rows_under_it_money(amounts_nlp, text, expected):
    assert values(amounts_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Budsjett for klyngen (i 1000 kr):\nLønn 450\nReiser 80", [450_000, 80_000]),
    ("Budsjett for klynga (i 1000 kr):\nLøn 450\nReiser 80", [450_000, 80_000]),
    ("Finansiering, beløp i 1 000 kroner\nBrekkvik kommune 300\nEigeninnsats 1 250", [300_000, 1_250_000]),
    ("Kostnader (NOK 1000):\nDrift 2 400", [2_400_000]),
])
def test_a_headings_unit_scales_the_rows_under_it_and_is_itself_no_amount(amounts_nlp, text, expected):
    assert values(amounts_nlp, text) == expected


@pytest.mark.parametrize("text", [
    # years, postcodes, counts and small numbers stay what they are under a money line
    "Prosjektet ble finansiert slik:\nFase 2019: 2\nPostboks 12, 6810 Fjordby",
    "Prosjektet vart finansiert slik:\nFase 2019: 2\nPostboks 12, 6810 Fjordby",
    "Budsjett (i 1000 kr):\nÅr 2021",
    # no money line: a number before "fra" a place or a firm, a thousands mark for a decade
    "Det kom 4.000 fra Nordvik til festivalen.",
    "Det kom 4.000 frå Nordvik til festivalen.",
    "The first projects came in the 80’s.",
    # a money line far above prose
    "Støtten fordeler seg slik:\nTil sammen kom det langt flere enn ventet til den store konferansen i Nordvik denne "
    "gangen, rundt 2.500 deltakere og gjester fra hele landet.",
])
def test_no_money_by_lines_without_such_lines(amounts_nlp, text):
    assert values(amounts_nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("En økning i den offentlige støtten fra to til seks millioner kroner gir klyngen et løft.",
     [2_000_000, 6_000_000]),
    ("Ein auke i den offentlege støtta frå to til seks millionar kroner gjev klynga eit løft.",
     [2_000_000, 6_000_000]),
])
def test_a_noun_of_change_makes_two_amounts_with_the_model(annotate_full, text, expected):
    doc = annotate_full(text)
    assert [a._.amount["value"] for a in doc.spans["amounts"]] == expected


@pytest.mark.parametrize("text", [
    "Vi venter på de 1,7 millionene i utviklingsmidler klyngen har søkt om.",
    "Vi ventar på dei 1,7 millionane i utviklingsmidlar klynga har søkt om.",
])
def test_a_definite_scale_word_is_money_in_a_money_sentence(amounts_nlp, text):
    assert values(amounts_nlp, text) == [1_700_000]


@pytest.mark.parametrize("text", [
    "In Europe as a whole there are 5.6 million maritime jobs with a turnover of over USD 560 billion.",
    "The region has 1.2 million inhabitants and a turnover of NOK 40 billion.",
])
def test_a_scale_before_a_counted_noun_on_an_english_page_is_no_money(nlp, text):
    """The tagger is Norwegian: on a page in English ("jobs" tagged ADJ) the counted noun is read by its form."""
    from extract.process import make_doc
    from extract.types import Article

    article = Article(id="test", source="test.txt", title="", paragraphs=[text], published="2021-03-18", language="en")
    doc = nlp(make_doc(nlp, article))
    assert [a._.amount["currency"] for a in doc.spans["amounts"] if a._.amount["value"] < 10**8] == [None]


@pytest.mark.parametrize("text, expected", [
    # a money verb or phrase right before a bare number
    ("Fylkeskommunen går inn med 1 350 000, og bedriftene bidrar med 450 000.", [1_350_000, 450_000]),
    ("Fylkeskommunen går inn med 1 350 000, og verksemdene bidreg med 450 000.", [1_350_000, 450_000]),
    ("Styret bevilget 800.000, – til tiltaket.", [800_000]),
    ("Styret løyvde 800.000 til tiltaket.", [800_000]),
    # a scale word with a funder after it
    ("I tillegg kommer en million fra Nordvik kommune.", [1_000_000]),
    ("I tillegg kjem ein million frå Nordvik kommune.", [1_000_000]),
    # a range after a scaled currency; a scale word glued to the digits
    ("Klyngen søker MNOK 15-20 for neste år.", [15_000_000]),
    ("Klynga søkjer om rundt 3millionar kroner.", [3_000_000]),
    ("Klyngen søker om rundt 3millioner kroner.", [3_000_000]),
])
def test_money_by_the_words_right_around_a_number(amounts_nlp, text, expected):
    assert values(amounts_nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Hun investerte 2019 i nye aksjer.",
    "Ho investerte 2019 i nye aksjar.",
    "Han fikk 3millioner visninger.",
])
def test_no_money_by_a_verb_before_a_year_or_a_glued_scale_without_currency(amounts_nlp, text):
    assert values(amounts_nlp, text) == []
