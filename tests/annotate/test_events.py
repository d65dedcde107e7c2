import pytest


def events(doc):
    return {(e._.event["cluster"], e._.event["status"], e._.event["action"]) for e in doc.spans["events"]}


@pytest.mark.parametrize("text, expected", [
    # Bokmål
    ("Heidner Biocluster fikk torsdag NCE-status.", ("Heidner Biocluster", "NCE", "granted")),
    ("NCE Smart Energy Markets har fått status som moden klynge.",
     ("Smart Energy Markets", "moden klynge", "granted")),
    ("Klyngen Proneo ble godkjent som moden klynge i fjor.", ("Proneo", "moden klynge", "granted")),
    ("NCE Smart Energy Markets er gullsertifisert.", ("Smart Energy Markets", "gullsertifisert", "certified")),
    ("Eyde-klyngen rykker opp til GCE-nivå.", ("Eyde-klyngen", "GCE", "upgraded")),
    ("Klyngen Proneo mister statusen som Arena Pro.", ("Proneo", "Arena Pro", "lost")),
    ("Søknaden om NCE-status fra Oslo Medtech ble avslått.", ("Oslo Medtech", "NCE", "rejected")),
    ("iKuben er nå en Arena-klynge.", ("iKuben", "Arena", "granted")),
    ("Energiklyngen har fått forlenget Arena-statusen med tre år.", ("Energiklyngen", "Arena", "extended")),
    ("I 2009 fikk næringsklyngen Smart Energy Markets, som ledes av Smart Innovation Norway, "
     "status som Norwegian Centre of Expertise (NCE).", ("Smart Energy Markets", "NCE", "granted")),
    # Nynorsk
    ("Energiklyngen fekk forlengd Arena-statusen.", ("Energiklyngen", "Arena", "extended")),
    ("Søknaden om GCE-status frå klynga Ocean Hyway Cluster vart avslått.",
     ("Ocean Hyway Cluster", "GCE", "rejected")),
    ("Klynga Sunnmøre Møbel mista statusen som Arena Pro i haust.", ("Sunnmøre Møbel", "Arena Pro", "lost")),
    ("NCE Media vart godkjend som moden klynge.", ("Media City Bergen", "moden klynge", "granted")),
])
def test_status_events(annotate_text, text, expected):
    assert expected in events(annotate_text(text))


@pytest.mark.parametrize("text", [
    "Som NCE-klynge får Heidner Biocluster en grunnfinansiering på 5 millioner kroner.",
    "Det nasjonale klyngeprogrammet som tildeler NCE eies av Innovasjon Norge.",
    "NCE-statusen vil bidra til flere kompetansearbeidsplasser.",
    "Det er første gangen det tildeles modne klynger-status.",
])
def test_no_event_without_a_cluster_getting_a_status(annotate_text, text):
    assert events(annotate_text(text)) == set()


def test_event_takes_its_date_and_who_granted_it(annotate_text):
    doc = annotate_text(
        "Tidligere i høst kom nyheten om at næringsklyngen NCE Smart Energy Markets har blitt "
        "anerkjent som «moden klynge» av Innovasjon Norge.", published="2020-11-20")
    (event,) = [e._.event for e in doc.spans["events"]]
    assert (event["date"], event["date_granularity"]) == ("2020-09-01", "season")
    assert event["granted_by"] == "Innovasjon Norge"


def test_klyngen_refers_to_the_last_named_cluster(annotate_text):
    doc = annotate_text("NCE Smart Energy Markets fylte ti år i 2019. Høsten 2020 ble klyngen godkjent "
                        "som moden klynge.")
    assert ("Smart Energy Markets", "moden klynge", "granted") in events(doc)


def test_a_year_with_a_full_stop_ends_the_sentence(annotate_text):
    doc = annotate_text("Klyngeprosjektet fylte ti år i 2019. Høsten 2020 ble klyngen godkjent. Den 5. mai kom svaret.")
    assert [s.text for s in doc.sents] == [
        "Klyngeprosjektet fylte ti år i 2019.", "Høsten 2020 ble klyngen godkjent.", "Den 5. mai kom svaret."]


@pytest.mark.parametrize("text, expected", [
    ("Klynga Fjordmat Sogn søkte om Arena-status og ei årleg løyving, men søknaden vart avslått i juni.",
     {("Fjordmat Sogn", "Arena", "rejected")}),
    ("Næringsklynga Fjordmat Sogn søkte om å bli teken opp i Arena-programmet, men fekk avslag.",
     {("Fjordmat Sogn", "Arena", "rejected")}),
    ("Klyngen Oslo Medtech har søkt om NCE-status og får svar i juni.", set()),
    ("Søknaden fra klyngen Oslo Medtech om GCE-status ble innvilget.", {("Oslo Medtech", "GCE", "granted")}),
])
def test_applications_for_a_status(annotate_text, text, expected):
    assert events(annotate_text(text)) == expected


@pytest.mark.parametrize("text, granted_by", [
    ("Innovasjon Norge tildelte torsdag NCE-status til klyngen Havrom Vest.", "Innovasjon Norge"),
    ("Søknaden om Arena-status frå klynga Fjordmat Sogn vart avslått av Innovasjon Noreg.", "Innovasjon Norge"),
    ("Direktør i Siva, Mona Fjeld, gratulerer. Klyngen Havrom Vest fikk NCE-status.", None),
])
def test_who_granted_the_status(annotate_text, text, granted_by):
    doc = annotate_text(text)
    (event,) = [e._.event for e in doc.spans["events"]]
    assert event["granted_by"] == granted_by


@pytest.mark.parametrize("text, expected", [
    ("Arena Romteknologi Andøya er tatt opp som Arena Pro-klynge.", ("Romteknologi Andøya", "Arena Pro", "granted")),
    ("Nå er klyngen Romteknologi Andøya tatt opp som Arena Pro.", ("Romteknologi Andøya", "Arena Pro", "granted")),
    ("Arena Grøn Plast i Vestfold søkte om å bli Arena Pro, men fekk nei.", ("Grøn Plast", "Arena Pro", "rejected")),
    ("Klyngen Trebygg Innlandet er løftet fra Arena til Arena Pro.", ("Trebygg Innlandet", "Arena Pro", "upgraded")),
])
def test_taken_into_a_programme_level(annotate_text, text, expected):
    assert expected in events(annotate_text(text))
