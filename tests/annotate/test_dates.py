"""Date expressions: normalise_date, find_dates and the newsfacts_dates component."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from extract.annotate.dates import find_dates, normalize_date

FRI_2018 = date(2018, 11, 9)  # Friday
FRI_2020 = date(2020, 11, 20)  # Friday
JAN_2021 = date(2021, 1, 15)  # Friday
MAR_2021 = date(2021, 3, 10)  # Wednesday
JUL_2019 = date(2019, 7, 2)  # Tuesday

SHARED = Path("/work/shared")


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("nb")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("newsfacts_dates")
    return pipeline


def annotate(nlp, text, reference):
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


# (expression, reference, value, granularity)
NORMALISED = [
    # absolute days, all written forms
    ("09.11.2018", None, "2018-11-09", "day"),
    ("9.11.18", None, "2018-11-09", "day"),
    ("9.11.98", None, "1998-11-09", "day"),
    ("2018-11-09", None, "2018-11-09", "day"),
    ("09/11/2018", None, "2018-11-09", "day"),
    ("20. november 2020", None, "2020-11-20", "day"),
    ("20. nov. 2020", None, "2020-11-20", "day"),
    ("20. nov 2020", None, "2020-11-20", "day"),
    ("1. sept. 2019", None, "2019-09-01", "day"),
    ("3 mars 2021", None, "2021-03-03", "day"),
    ("torsdag 5. november 2020", None, "2020-11-05", "day"),
    ("den 3. mars", FRI_2020, "2020-03-03", "day"),
    ("3. mars", FRI_2020, "2020-03-03", "day"),
    ("17. mai", MAR_2021, "2021-05-17", "day"),
    ("fredag 13. mars", FRI_2020, "2020-03-13", "day"),
    ("fredag den 13. mars", FRI_2020, "2020-03-13", "day"),
    ("28. desember", JAN_2021, "2020-12-28", "day"),  # more than six months ahead -> last year
    ("3. mars i fjor", FRI_2020, "2019-03-03", "day"),
    # months
    ("november 2020", None, "2020-11-01", "month"),
    ("nov. 2020", None, "2020-11-01", "month"),
    ("i november 2020", None, "2020-11-01", "month"),
    ("i november", FRI_2020, "2020-11-01", "month"),
    ("i mars", FRI_2020, "2020-03-01", "month"),
    ("i desember", JAN_2021, "2020-12-01", "month"),
    ("i juni", JAN_2021, "2021-06-01", "month"),
    ("mars i fjor", FRI_2020, "2019-03-01", "month"),
    # weekdays
    ("torsdag", FRI_2018, "2018-11-08", "day"),
    ("fredag", FRI_2018, "2018-11-09", "day"),
    ("Torsdag", FRI_2018, "2018-11-08", "day"),
    ("på mandag", FRI_2020, "2020-11-16", "day"),
    ("måndag", FRI_2020, "2020-11-16", "day"),
    ("tysdag", FRI_2020, "2020-11-17", "day"),
    ("laurdag", FRI_2020, "2020-11-14", "day"),
    ("sist fredag", FRI_2020, "2020-11-13", "day"),
    ("forrige onsdag", FRI_2020, "2020-11-18", "day"),
    ("førre sundag", FRI_2020, "2020-11-15", "day"),
    ("neste torsdag", FRI_2020, "2020-11-26", "day"),
    ("neste fredag", FRI_2020, "2020-11-27", "day"),
    ("kommende tirsdag", FRI_2020, "2020-11-24", "day"),
    # relative days, weeks, months, years
    ("i dag", FRI_2020, "2020-11-20", "day"),
    ("I dag", FRI_2020, "2020-11-20", "day"),
    ("i går", FRI_2020, "2020-11-19", "day"),
    ("i forgårs", FRI_2020, "2020-11-18", "day"),
    ("i morgen", FRI_2020, "2020-11-21", "day"),
    ("i morgon", FRI_2020, "2020-11-21", "day"),
    ("i kveld", FRI_2020, "2020-11-20", "day"),
    ("forrige uke", FRI_2020, "2020-11-09", "week"),
    ("førre veke", FRI_2020, "2020-11-09", "week"),
    ("neste uke", FRI_2020, "2020-11-23", "week"),
    ("denne veka", FRI_2020, "2020-11-16", "week"),
    ("forrige måned", JAN_2021, "2020-12-01", "month"),
    ("neste månad", FRI_2020, "2020-12-01", "month"),
    ("i år", FRI_2020, "2020-01-01", "year"),
    ("I år", FRI_2020, "2020-01-01", "year"),
    ("i fjor", FRI_2020, "2019-01-01", "year"),
    ("i forfjor", FRI_2020, "2018-01-01", "year"),
    ("neste år", FRI_2020, "2021-01-01", "year"),
    ("til neste år", FRI_2020, "2021-01-01", "year"),
    ("Tidligere i år", FRI_2020, "2020-01-01", "year"),
    ("seinare i år", FRI_2020, "2020-01-01", "year"),
    # seasons
    ("høsten 2020", None, "2020-09-01", "season"),
    ("Høsten 2020", None, "2020-09-01", "season"),
    ("hausten 2020", None, "2020-09-01", "season"),
    ("våren 2021", None, "2021-03-01", "season"),
    ("sommeren 2019", None, "2019-06-01", "season"),
    ("sommaren 2019", None, "2019-06-01", "season"),
    ("vinteren 2020", None, "2019-12-01", "season"),
    ("vinteren 2019/2020", None, "2019-12-01", "season"),
    ("vinteren 2020/21", None, "2020-12-01", "season"),
    ("høsten i fjor", FRI_2020, "2019-09-01", "season"),
    ("i fjor høst", FRI_2020, "2019-09-01", "season"),
    ("i fjor haust", FRI_2020, "2019-09-01", "season"),
    ("i fjor sommar", FRI_2020, "2019-06-01", "season"),
    ("i høst", FRI_2020, "2020-09-01", "season"),
    ("Tidligere i høst", FRI_2020, "2020-09-01", "season"),
    ("i haust", FRI_2020, "2020-09-01", "season"),
    ("seinare i haust", FRI_2020, "2020-09-01", "season"),
    ("i vår", FRI_2020, "2020-03-01", "season"),
    ("i sommer", FRI_2020, "2020-06-01", "season"),
    ("i sommar", MAR_2021, "2021-06-01", "season"),
    ("i høst", MAR_2021, "2021-09-01", "season"),  # upcoming autumn of the reference year
    ("i vinter", FRI_2020, "2020-12-01", "season"),  # the coming winter
    ("i vinter", MAR_2021, "2020-12-01", "season"),  # the winter just gone
    ("til høsten", FRI_2020, "2021-09-01", "season"),
    ("til våren", FRI_2020, "2021-03-01", "season"),
    ("neste sommer", FRI_2020, "2021-06-01", "season"),
    ("forrige høst", FRI_2020, "2019-09-01", "season"),
    ("førre vinter", MAR_2021, "2019-12-01", "season"),
    # quarters
    ("1. kvartal 2020", None, "2020-01-01", "quarter"),
    ("første kvartal 2020", None, "2020-01-01", "quarter"),
    ("fyrste kvartal 2020", None, "2020-01-01", "quarter"),
    ("andre kvartal 2019", None, "2019-04-01", "quarter"),
    ("i tredje kvartal", FRI_2020, "2020-07-01", "quarter"),
    ("fjerde kvartal", FRI_2020, "2020-10-01", "quarter"),
    ("fjerde kvartal", JAN_2021, "2020-10-01", "quarter"),
    ("fjerde kvartal i fjor", FRI_2020, "2019-10-01", "quarter"),
    ("Q3 2021", None, "2021-07-01", "quarter"),
    ("Q1", FRI_2020, "2020-01-01", "quarter"),
    ("i siste kvartal ifjor", FRI_2020, "2019-10-01", "quarter"),
    # years, decades
    ("i 2018", None, "2018-01-01", "year"),
    ("I 2009", None, "2009-01-01", "year"),
    ("2018", None, "2018-01-01", "year"),
    ("1990-tallet", None, "1990-01-01", "decade"),
    ("på 1990-talet", None, "1990-01-01", "decade"),
    ("1980-åra", None, "1980-01-01", "decade"),
    ("1930-årene", None, "1930-01-01", "decade"),
    ("90-tallet", FRI_2020, "1990-01-01", "decade"),
    ("20-tallet", JAN_2021, "2020-01-01", "decade"),
    ("2010-tallet", None, "2010-01-01", "decade"),
    # weeks
    ("uke 12", MAR_2021, "2021-03-22", "week"),
    ("i uke 12", FRI_2020, "2020-03-16", "week"),
    ("veke 12 2021", None, "2021-03-22", "week"),
    ("uke 53 2020", None, "2020-12-28", "week"),
    ("uke 50", JAN_2021, "2020-12-07", "week"),
    # ago
    ("for to uker siden", FRI_2020, "2020-11-02", "week"),
    ("for tre år siden", FRI_2020, "2017-01-01", "year"),
    ("for to måneder sidan", FRI_2020, "2020-09-01", "month"),
    ("for to månader sidan", FRI_2020, "2020-09-01", "month"),
    ("for 10 dager siden", FRI_2020, "2020-11-10", "day"),
    ("for et år siden", FRI_2020, "2019-01-01", "year"),
    ("for ei veke sidan", FRI_2020, "2020-11-09", "week"),
    ("for femten år siden", FRI_2020, "2005-01-01", "year"),
    # positions inside a period
    ("i slutten av 2019", None, "2019-12-01", "month"),
    ("i begynnelsen av 2020", None, "2020-01-01", "month"),
    ("i byrjinga av 2020", None, "2020-01-01", "month"),
    ("ved utgangen av 2019", None, "2019-12-01", "month"),
    ("i midten av 2019", None, "2019-06-01", "month"),
    ("i midten av mars", FRI_2020, "2020-03-01", "month"),
    ("i slutten av mars 2019", None, "2019-03-01", "month"),
    ("i slutten av året", FRI_2020, "2020-12-01", "month"),
    ("tidlig i 2020", None, "2020-01-01", "month"),
]


@pytest.mark.parametrize("text,reference,value,granularity", NORMALISED)
def test_normalize_date(text, reference, value, granularity):
    assert normalize_date(text, reference) == (value, granularity)


@pytest.mark.parametrize(
    "text",
    ["torsdag", "i går", "i fjor", "i høst", "3. mars", "i november", "fjerde kvartal",
     "uke 12", "for to uker siden", "neste år", "90-tallet"],
)
def test_relative_expressions_need_a_reference(text):
    assert normalize_date(text, None) is None or text == "90-tallet"


@pytest.mark.parametrize(
    "text",
    ["32.01.2020", "29.02.2019", "uke 54 2020", "5. kvartal 2020", "1900-tallet",
     "24/7", "Høyre", "Mai", "5 millioner", "kl. 14.30", "2-1", "hei", "for 10000 år sidan"],
)
def test_not_dates(text):
    assert normalize_date(text, FRI_2020) is None


# (sentence, reference, [(span text, value, granularity), ...]) -- everything found, in order
FOUND = [
    (
        "Klyngen fikk torsdag status som NCE, og prosjektet har i 2018 fått midler.",
        FRI_2018,
        [("torsdag", "2018-11-08", "day"), ("i 2018", "2018-01-01", "year")],
    ),
    (
        "Selskapet, som ble etablert i 2009, har vokst kraftig i fjor og i år.",
        FRI_2020,
        [("i 2009", "2009-01-01", "year"), ("i fjor", "2019-01-01", "year"),
         ("i år", "2020-01-01", "year")],
    ),
    (
        "Tidlegare i haust fekk verksemda 2 millionar kroner frå fylkeskommunen.",
        FRI_2020,
        [("Tidlegare i haust", "2020-09-01", "season")],
    ),
    (
        "Fra 2015 til 2020 ledet hun klyngen, før hun gikk av i slutten av 2020.",
        FRI_2020,
        [("2015", "2015-01-01", "year"), ("2020", "2020-01-01", "year"),
         ("i slutten av 2020", "2020-12-01", "month")],
    ),
    (
        "Omsetningen økte både i 2019 og 2020, og veksten fortsatte 2021–2022.",
        FRI_2020,
        [("i 2019", "2019-01-01", "year"), ("2020", "2020-01-01", "year"),
         ("2021", "2021-01-01", "year"), ("2022", "2022-01-01", "year")],
    ),
    (
        "Avtalen ble signert fredag 13. mars, og arbeidet starter i uke 12 2021.",
        FRI_2020,
        [("fredag 13. mars", "2020-03-13", "day"), ("i uke 12 2021", "2021-03-22", "week")],
    ),
    (
        "Styret møttest på måndag og skal ha nytt møte neste torsdag.",
        FRI_2020,
        [("på måndag", "2020-11-16", "day"), ("neste torsdag", "2020-11-26", "day")],
    ),
    (
        "Resultatet for fjerde kvartal i fjor var det beste siden 1990-tallet.",
        JAN_2021,
        [("fjerde kvartal i fjor", "2020-10-01", "quarter"),
         ("1990-tallet", "1990-01-01", "decade")],
    ),
    (
        "For to veker sidan vart det klart at anlegget opnar hausten 2021.",
        FRI_2020,
        [("For to veker sidan", "2020-11-02", "week"), ("hausten 2021", "2021-09-01", "season")],
    ),
    (
        "I vår ble det klart, og i sommer startet byggingen som skal stå ferdig til høsten.",
        JUL_2019,
        [("I vår", "2019-03-01", "season"), ("i sommer", "2019-06-01", "season"),
         ("til høsten", "2019-09-01", "season")],
    ),
    (
        "Kontoret er stengt fram til søndag, og svaret kommer innen fredag.",
        MAR_2021,
        [("søndag", "2021-03-14", "day"), ("fredag", "2021-03-12", "day")],
    ),
    (
        "Han var aktiv på slutten av 1990-tallet og flyttet i 2001.",
        None,
        [("1990-tallet", "1990-01-01", "decade"), ("i 2001", "2001-01-01", "year")],
    ),
    (
        "Sist oppdatert 09.11.2018 kl. 14.32",
        None,
        [("09.11.2018", "2018-11-09", "day")],
    ),
    (
        "Prosjektet starter 1. januar 2021 og varer ut 2023.",
        None,
        [("1. januar 2021", "2021-01-01", "day"), ("2023", "2023-01-01", "year")],
    ),
    (
        "Innen 2030 skal utslippene halveres, sa hun i går.",
        FRI_2020,
        [("2030", "2030-01-01", "year"), ("i går", "2020-11-19", "day")],
    ),
    (
        "Han var daglig leder fra mars til desember.",
        FRI_2020,
        [("mars", "2020-03-01", "month"), ("desember", "2020-12-01", "month")],
    ),
    (
        "Søknadsfristen er 15.02.21, og svar kommer i løpet av andre kvartal.",
        JAN_2021,
        [("15.02.21", "2021-02-15", "day"), ("andre kvartal", "2021-04-01", "quarter")],
    ),
]


@pytest.mark.parametrize("text,reference,expected", FOUND)
def test_find_dates(text, reference, expected):
    found = [(text[d.start:d.end], d.value, d.granularity) for d in find_dates(text, reference)]
    assert found == expected


# Sentences without any date expression.
NO_DATES = [
    "Høyre vil styrke næringsklyngene i Innlandet.",
    "Mai Hansen er ny daglig leder, og hun overtar etter Mars Johansen.",
    "Han ga blomster til Mai og Juni.",
    "Klyngen består av 49 bedrifter med en omsetning på 5 millioner kroner.",
    "Ring 22 33 44 55 eller 917 12 345 for mer informasjon.",
    "Kundeservice er åpen 24/7 hele året.",
    "Kampen endte 3-1 etter to mål i andre omgang.",
    "Møtet starter kl. 14.30 og slutter 16.00.",
    "Vi satser på vår region og våre medlemmer.",
    "Dette skjer i vår bedrift hver dag.",
    "De har jobbet med dette i årevis, og i dagens marked er det viktig.",
    "Hun fylte ti år og fikk en fin dag.",
    "Det er 2000 deltakere og 1950 kroner i avgift.",
    "De neste fem årene får klyngen støtte.",
    "Over år har bedriftene utviklet klyngen.",
    "Tallet steg til 2019 personer i 2-3 runder.",
    "Han løp 1500 meter på 4.05.",
    "Han kom på 5. plass, og hun på 12.",
    "I julen er kontoret stengt.",
    "En mann i 30-årene og ei kvinne i 40-åra ble pågrepet.",
    "Prisen er oppgitt i 2020-kroner.",
    "Les mer på side 12 i rapporten fra uke til uke.",
]


@pytest.mark.parametrize("text", NO_DATES)
def test_no_false_positives(text):
    assert find_dates(text, FRI_2020) == []


def test_unresolved_dates_are_kept_on_request():
    text = "Det skjedde torsdag i fjor, i 2018."
    found = find_dates(text, None, keep_unresolved=True)
    assert [(text[d.start:d.end], d.value) for d in found] == [
        ("torsdag", None), ("i fjor", None), ("i 2018", "2018-01-01")]
    assert [text[d.start:d.end] for d in find_dates(text, None)] == ["i 2018"]


def test_component_sets_spans_and_attributes(nlp):
    doc = annotate(nlp, "Klyngen fikk status torsdag. Det var i 2018.", "2018-11-09T12:00:00")
    spans = list(doc.spans["dates"])
    assert [(s.text, s.label_, s._.date_value, s._.date_granularity) for s in spans] == [
        ("torsdag", "DATE", "2018-11-08", "day"),
        ("i 2018", "DATE", "2018-01-01", "year"),
    ]
    assert not doc.ents


def test_component_without_reference_keeps_absolute_dates(nlp):
    doc = annotate(nlp, "Torsdag i fjor, den 20. november 2020.", None)
    assert [s.text for s in doc.spans["dates"]] == ["den 20. november 2020"]


def test_token_split_keeps_other_span_groups(nlp):
    doc = nlp.make_doc("Innovasjon Norge ga status i 2019. Klyngen vokste.")
    doc.spans["organizations"] = [Span(doc, 0, 2, "ORG")]
    doc.ents = [Span(doc, 0, 2, "ORG")]
    doc._.reference_date = "2020-11-20"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [s.text for s in doc.spans["dates"]] == ["i 2019"]
    assert [s.text for s in doc.spans["organizations"]] == ["Innovasjon Norge"]
    assert [e.text for e in doc.ents] == ["Innovasjon Norge"]
    assert [t.text for t in doc[-5:]] == ["2019", ".", "Klyngen", "vokste", "."]


def _seed_cases():
    gold = SHARED / "gold" / "seeds.json"
    if not gold.exists():
        return []
    cases = []
    for article in json.loads(gold.read_text(encoding="utf-8"))["articles"]:
        reference = (article.get("updated") or article.get("published") or {}).get("value")
        cases.append(pytest.param(article["file"], reference, article["dates"], id=article["file"]))
    return cases


@pytest.mark.parametrize("path,reference,expected", _seed_cases())
def test_seed_articles(nlp, path, reference, expected):
    doc = annotate(nlp, (SHARED / path).read_text(encoding="utf-8"), reference)
    found = {(s.text, s._.date_value, s._.date_granularity) for s in doc.spans["dates"]}
    for date_ in expected:
        assert (date_["text"], date_["value"], date_["granularity"]) in found


@pytest.mark.parametrize("text, expected", [
    ("Klyngen ble etablert i 2014 og fikk Arena-status to år senere.", ("to år senere", "2016-01-01", "year")),
    ("Klynga vart skipa i 2014 og fekk Arena-status to år seinare.", ("to år seinare", "2016-01-01", "year")),
    ("Avtalen kom i mars 2020, og tre måneder etter var klyngen i gang.", ("tre måneder etter", "2020-06-01", "month")),
])
def test_later_resolves_against_the_date_before_it(annotate_text, text, expected):
    doc = annotate_text(text, published="2022-06-21")
    assert expected in {(d.text, d._.date_value, d._.date_granularity) for d in doc.spans["dates"]}


def test_later_needs_a_date_before_it_in_the_sentence(annotate_text):
    doc = annotate_text("Klyngen ble etablert i 2014. To år senere kom NCE-statusen.", published="2022-06-21")
    assert "To år senere" not in {d.text for d in doc.spans["dates"]}


@pytest.mark.parametrize("text, expected", [
    ("Fredag forrige uke ble det klart.", ("Fredag forrige uke", "2019-11-08")),
    ("Fredag førre veke vart det klart.", ("Fredag førre veke", "2019-11-08")),
    ("Måndag denne veka vart det kjent.", ("Måndag denne veka", "2019-11-11")),
    ("Mandag denne uken ble det kjent.", ("Mandag denne uken", "2019-11-11")),
])
def test_weekday_of_a_named_week(annotate_text, text, expected):
    doc = annotate_text(text, published="2019-11-16")  # a Saturday: plain "fredag" would be 2019-11-15
    assert expected in {(d.text, d._.date_value) for d in doc.spans["dates"]}


def test_every_rule_has_a_resolver_in_pattern_order():
    from extract.annotate.dates.patterns import PATTERNS
    from extract.annotate.dates.resolve import RESOLVERS
    from extract.annotate.dates.rules import RULES

    assert [rule.name for rule in RULES] == list(PATTERNS) == sorted(RESOLVERS, key=list(PATTERNS).index)
    assert {rule.name for rule in RULES if rule.needs_preposition} == {"month", "year"}


@pytest.mark.parametrize(
    "base,count,unit,expected",
    [(date(2014, 5, 3), 2, "year", ("2016-01-01", "year")),
     (date(2019, 11, 20), 3, "month", ("2020-02-01", "month")),
     (date(2020, 12, 30), 1, "week", ("2021-01-06", "week")),
     (date(2020, 2, 28), 2, "day", ("2020-03-01", "day"))],
)
def test_later(base, count, unit, expected):
    from extract.annotate.dates.calendar import later

    assert later(base, count, unit) == expected


def test_month_start_and_as_date():
    from extract.annotate.dates.calendar import as_date, month_start

    assert month_start(2021, 1, -1) == "2020-12-01"
    assert month_start(2021, 6) == "2021-06-01"
    assert as_date("2021-12-03T10:00:00") == date(2021, 12, 3)
    assert as_date("not a date") is None and as_date(None) is None


def _needs_digit(items) -> bool:
    """Does every match of a parsed regex (``re._parser``) hold a digit?"""
    from re import _constants as c

    def element(op, av) -> bool:
        if op is c.IN:
            return all(o is c.CATEGORY and a is c.CATEGORY_DIGIT or o is c.RANGE and "0" <= chr(a[0]) <= chr(a[1]) <= "9"
                       or o is c.LITERAL and chr(a).isdigit() for o, a in av)
        if op is c.LITERAL:
            return chr(av).isdigit()
        if op is c.SUBPATTERN:
            return _needs_digit(av[3])
        if op is c.BRANCH:
            return all(_needs_digit(branch) for branch in av[1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return av[0] >= 1 and _needs_digit(av[2])
        return False  # assertions, anchors, back references: consume nothing for sure
    return any(element(op, av) for op, av in items)


def test_rules_skipped_on_a_text_without_a_digit_need_one():
    """find_with_rules tries the rules of NEEDS_DIGIT only on a text with a digit: each of their
    patterns must match no text without one (read off the parsed pattern), and the others do."""
    import re

    from extract.annotate.dates.patterns import PATTERNS
    from extract.annotate.dates.rules import NEEDS_DIGIT, RULES

    assert NEEDS_DIGIT <= set(PATTERNS)
    for name in NEEDS_DIGIT:
        assert _needs_digit(re._parser.parse(PATTERNS[name], re.I)), name
    assert not _needs_digit(re._parser.parse(PATTERNS["month"], re.I))
    assert [rule.name for rule in RULES if rule.needs_digit] == [n for n in PATTERNS if n in NEEDS_DIGIT]
    assert find_dates("i mars i fjor", date(2021, 5, 3)) and not find_dates("til 2-3 lag", None)


@pytest.mark.parametrize("text", [
    "Klyngen fikk Arena-status 1. juli 2019, og i fjor høst søkte den om NCE-status.",
    "Klynga fekk Arena-status 1. juli 2019, og i fjor haust søkte ho om NCE-status.",
])
def test_rule_matches_are_read_once_per_text_whatever_the_reference(text):
    # the dates component, the amounts (no reference) and the events' dating read the same text
    from extract.annotate.dates.find import _rule_matches, find_with_rules

    _rule_matches.cache_clear()
    with_reference = find_with_rules(text, date(2020, 3, 1), False)
    unresolved = find_with_rules(text, None, True)
    assert _rule_matches.cache_info().hits == 1
    _rule_matches.cache_clear()
    assert find_with_rules(text, None, True) == unresolved
    assert find_with_rules(text, date(2020, 3, 1), False) == with_reference
    assert [m.value for m, _ in with_reference] == ["2019-07-01", "2019-09-01"]
    assert [m.value for m, _ in unresolved] == ["2019-07-01", None]
