"""Grants the real pages tell without a verb of granting, and list layouts, each in Bokmål and Nynorsk (and
English), with invented names: a definite status said by what it brings ("ARENA-statusen innebærer ...",
"Statusen som NCE muliggjør ...") is a grant of the cluster it belongs to where nothing else is told of it; a grant
said as a noun ("gleder oss over tildeling av status som NCE"); a headline's name ends before a dash and a word of
joy ("NCE Fjordlys - Hurra!"); one of the new clusters; the clusters a relative clause admits ("De klyngene som går
inn i ordningen er A, B og C"); a bullet glued to a listed name ("•Fjordlys Ocean (Troms)")."""

import pytest

from extract.parse import parse_document
from extract.process import make_doc
from extract.types import RawDocument

from .helpers import events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text, expected", [
    ("Havbrisklyngen er en sammenslutning av 40 aktører i Nordland.\n\n"
     "ARENA-statusen innebærer en unik mulighet for næringen de kommende årene.",
     {("Havbrisklyngen", "Arena", "granted")}),
    ("Havbrisklynga er ei samanslutning av 40 aktørar i Nordland.\n\n"
     "ARENA-statusen inneber ein unik sjanse for næringa dei komande åra.",
     {("Havbrisklynga", "Arena", "granted")}),
    ("Kari Nordmann leder Fjordlys Cluster.\n\n– Statusen som NCE muliggjør en satsing på eksport, sier hun.",
     {("Fjordlys Cluster", "NCE", "granted")}),
    ("Kari Nordmann leiar Fjordlys Cluster.\n\n– Statusen som NCE opnar for ei satsing på eksport, seier ho.",
     {("Fjordlys Cluster", "NCE", "granted")}),
    ("Polarna Maritime Hub samler 30 bedrifter.\n\n– Det er opp til oss selv å lykkes, men Arena Pro-statusen gir oss "
     "økonomisk støtte til å ta nye steg, sier lederen.",
     {("Polarna Maritime Hub", "Arena Pro", "granted")}),
    ("Polarna Maritime Hub samlar 30 verksemder.\n\n– Det er opp til oss sjølve å lukkast, men Arena Pro-statusen gjev "
     "oss økonomisk støtte til å ta nye steg, seier leiaren.",
     {("Polarna Maritime Hub", "Arena Pro", "granted")}),
    ("Fjordlys Cluster gathers 30 companies in Bergen.\n\nThe NCE status gives us access to new markets, says Kari "
     "Nordmann.", {("Fjordlys Cluster", "NCE", "granted")}),
])
def test_a_status_said_by_what_it_brings_is_a_grant(annotate_full, text, expected):
    assert events(annotate_full(text, published=None)) == expected


@pytest.mark.parametrize("text, expected", [
    # something else is told of the cluster: the status it brings is no grant besides
    ("Fjordlys Cluster mistet Arena-statusen i fjor.\n\n– Arena-statusen betyr mye for små klynger, sier Kari Nordmann.",
     {("Fjordlys Cluster", "Arena", "lost")}),
    ("Fjordlys Cluster mista Arena-statusen i fjor.\n\n– Arena-statusen tyder mykje for små klynger, seier Kari Nordmann.",
     {("Fjordlys Cluster", "Arena", "lost")}),
    # an application and a wish
    ("Fjordlys Cluster samler 30 bedrifter.\n\nSøknaden om Arena-status gir oss mye å gjøre.", set()),
    ("Fjordlys Cluster samlar 30 verksemder.\n\nVi håpar Arena-statusen gjev oss meir pengar.", set()),
])
def test_a_status_said_by_what_it_brings_is_no_grant_beside_other_news_or_in_a_wish(annotate_full, text, expected):
    assert events(annotate_full(text, published=None)) == expected


@pytest.mark.parametrize("text, title, expected", [
    ("Vi gleder oss over tildeling av status som Norwegian Centre of Expertise (NCE) i klyngeprogrammet.",
     "NCE Havlys Marine - Hurra!", {("Havlys Marine", "NCE", "granted")}),
    ("Vi gler oss over tildelinga av status som Norwegian Centre of Expertise (NCE) i klyngeprogrammet.",
     "NCE Havlys Marine - Hurra!", {("Havlys Marine", "NCE", "granted")}),
    ("Tildelingen av Arena-status til Brekkefoss Timber Cluster ble kjent i går.", "",
     {("Brekkefoss Timber Cluster", "Arena", "granted")}),
    ("Tildelinga av Arena-status til Brekkefoss Timber Cluster vart kjent i går.", "",
     {("Brekkefoss Timber Cluster", "Arena", "granted")}),
    ("The approval of Lysvik Ocean Cluster as an Arena project was announced in March.", "",
     {("Lysvik Ocean Cluster", "Arena", "granted")}),
    ("Lysvik Ocean Cluster celebrates the award of NCE status.", "", {("Lysvik Ocean Cluster", "NCE", "granted")}),
])
def test_a_grant_said_as_a_noun_is_a_grant(annotate_full, text, title, expected):
    assert events(annotate_full(text, published=None, title=title)) == expected


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster vil søke om tildeling av NCE-status neste år.",
    "Fjordlys Cluster vil søkje om tildeling av NCE-status neste år.",
    "Fjordlys Cluster hopes for the approval of its Arena application next year.",
])
def test_a_grant_said_as_a_noun_in_a_plan_is_none(annotate_full, text):
    assert events(annotate_full(text, published=None)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Prosjektet Arena Skogvekst i Telemark som er en av de nye klyngene skal ta en ledende rolle.",
     {("Arena Skogvekst", "Arena", "granted")}),
    ("Prosjektet Arena Skogvekst i Telemark som er ei av dei nye klyngene skal ta ei leiande rolle.",
     {("Arena Skogvekst", "Arena", "granted")}),
    ("Fjordlys Cluster, som er en av de nye klyngene, har fått NCE-status.\n\nHavbris Hub er også en av de nye klyngene.",
     {("Fjordlys Cluster", "NCE", "granted"), ("Havbris Hub", "NCE", "granted")}),
    ("Fjordlys Cluster, som er ei av dei nye klyngene, har fått NCE-status.\n\nHavbris Hub er også blant dei nye klyngene.",
     {("Fjordlys Cluster", "NCE", "granted"), ("Havbris Hub", "NCE", "granted")}),
    ("Arena Havbris Ocean is one of the new clusters in the national cluster programme.",
     {("Havbris Ocean", "Arena", "granted")}),
])
def test_one_of_the_new_clusters_takes_the_status_around_or_its_prefix(annotate_full, text, expected):
    assert events(annotate_full(text, published=None)) == expected


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster er en av de nye klyngene som søker om NCE-status.",
    "Fjordlys Cluster er ei av dei nye klyngene som vil bli NCE.",
    "Fjordlys Cluster is one of the new clusters that hope to become an NCE.",
])
def test_one_of_the_new_clusters_with_no_status_of_its_own_is_no_grant(annotate_full, text):
    assert events(annotate_full(text, published=None)) == set()


@pytest.mark.parametrize("text, status", [
    ("Innovasjon Norge har satt i gang et program for Arena Pro-klynger.\n\nDe klyngene som går inn i denne ordningen "
     "er Fjordlys Cluster i Bergen, Havbris Hub og Polarna Ocean Cluster i Tromsø.", "Arena Pro"),
    ("Innovasjon Noreg har sett i gang eit program for modne klynger.\n\nDei klyngene som går inn i denne ordninga "
     "er Fjordlys Cluster i Bergen, Havbris Hub og Polarna Ocean Cluster i Tromsø.", "moden klynge"),
])
def test_the_clusters_a_relative_clause_admits_are_the_names_after_the_copula(annotate_full, text, status):
    assert events(annotate_full(text, published=None)) == {
        (name, status, "granted") for name in ("Fjordlys Cluster", "Havbris Hub", "Polarna Ocean Cluster")}


@pytest.mark.parametrize("text", [
    "Innovasjon Norge har et program for Arena Pro-klynger.\n\nKlyngene som vil gå inn i ordningen er Fjordlys Cluster, "
    "Havbris Hub og Polarna Ocean Cluster.",
    "Innovasjon Noreg har eit program for Arena Pro-klynger.\n\nKlyngene som håpar å gå inn i ordninga er Fjordlys "
    "Cluster, Havbris Hub og Polarna Ocean Cluster.",
])
def test_the_clusters_a_relative_clause_only_wants_admitted_get_nothing(annotate_full, text):
    assert events(annotate_full(text, published=None)) == set()


@pytest.mark.parametrize("text", [
    "Nye klynger i nord\n\nInnovasjon Norge kunngjorde i dag nye klynger. Fem nye klynger fikk Arena-status i 2013:\n"
    "•Fjordlys Ocean (Troms)\n•Havbris Energy (Møre og Romsdal)\n•Polarna Tourism (Nordland)\n",
    "Nye klynger i nord\n\nInnovasjon Noreg kunngjorde i dag nye klynger. Fem nye klynger fekk Arena-status i 2013:\n"
    "•Fjordlys Ocean (Troms)\n•Havbris Energy (Møre og Romsdal)\n•Polarna Tourism (Nordland)\n",
    "New clusters in the north\n\nInnovation Norway announced new clusters today. Five new clusters were granted Arena "
    "status in 2013:\n•Fjordlys Ocean (Troms)\n•Havbris Energy (Møre og Romsdal)\n•Polarna Tourism (Nordland)\n",
])
def test_a_bullet_glued_to_a_listed_name_is_no_part_of_it(nlp, text):
    article = parse_document(RawDocument(source="side.txt", kind="text", data=text.encode("utf-8")))
    assert events(nlp(make_doc(nlp, article))) == {
        (name, "Arena", "granted") for name in ("Fjordlys Ocean", "Havbris Energy", "Polarna Tourism")}


@pytest.mark.parametrize("text, expected", [
    ("Fjordlys Cluster feirer NCE-statusen i dag.", {("Fjordlys Cluster", "NCE", "granted")}),
    ("I dag feira Fjordlys Cluster Arena-statusen.", {("Fjordlys Cluster", "Arena", "granted")}),
    ("Fjordlys Cluster celebrates the NCE status.", {("Fjordlys Cluster", "NCE", "granted")}),
    ("Fjordlys Cluster kan nå kalle seg NCE.", {("Fjordlys Cluster", "NCE", "granted")}),
    ("Fjordlys Cluster kan no kalle seg Arena-klynge.", {("Fjordlys Cluster", "Arena", "granted")}),
    ("Fjordlys Cluster can now call itself an NCE.", {("Fjordlys Cluster", "NCE", "granted")}),
])
def test_a_status_celebrated_or_a_title_the_cluster_may_use_is_a_grant(annotate_full, text, expected):
    assert events(annotate_full(text, published=None)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fjordlys Cluster mistet Arena-statusen i 2019, men feirer Arena-statusen likevel.",
     {("Fjordlys Cluster", "Arena", "lost")}),
    ("Fjordlys Cluster vil kunne kalle seg NCE.", set()),
    ("Viss søknaden blir godkjend, kan Fjordlys Cluster kalle seg NCE.", set()),
])
def test_a_celebration_beside_other_news_or_a_title_in_a_plan_is_no_grant(annotate_full, text, expected):
    assert events(annotate_full(text, published=None)) == expected
