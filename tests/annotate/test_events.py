"""Status events on the default pipeline (lemmas from the shipped model), Bokmål and Nynorsk,
one test per pattern of the events issue: several clusters per status mention, wording,
clusters the gazetteer does not know, programme prefixes, dates from the whole article, and
what must stay out."""

import pytest

def events(doc):
    return {(e._.event["cluster"], e._.event["status"], e._.event["action"]) for e in doc.spans["events"]}


def dated(doc):
    return {(e._.event["cluster"], e._.event["date"], e._.event["date_source"]) for e in doc.spans["events"]}


# 1. One status mention, several clusters: one event per cluster the frame governs.
@pytest.mark.parametrize("text, expected", [
    ("Fem av miljøene får Arena-status: Ocean Tech Cluster i Bergen, Smart Care Cluster, "
     "Arctic Food Cluster i Nordland, Bio Norway Cluster og Visit Helgeland Cluster.",
     {"Ocean Tech Cluster", "Smart Care Cluster", "Arctic Food Cluster", "Bio Norway Cluster", "Visit Helgeland Cluster"}),
    ("Fem av miljøa får Arena-status: Ocean Tech Cluster i Bergen, Smart Care Cluster, "
     "Arctic Food Cluster i Nordland, Bio Norway Cluster og Visit Helgeland Cluster.",
     {"Ocean Tech Cluster", "Smart Care Cluster", "Arctic Food Cluster", "Bio Norway Cluster", "Visit Helgeland Cluster"}),
    ("Tre miljøer får status som Norwegian Centres of Expertise: NCE Seafood Innovation, NCE Health Technology og NCE Eyde.",
     {"Seafood Innovation", "Health Technology", "Eyde-klyngen"}),
    ("Proneo Cluster og Trebygg Cluster får forlenget Arena-statusen.", {"Proneo Cluster", "Trebygg Cluster"}),
    ("Proneo Cluster og Trebygg Cluster får forlengd Arena-statusen.", {"Proneo Cluster", "Trebygg Cluster"}),
    ("Ocean Tech Cluster er tildelt GCE-status sammen med Smart Care Cluster.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
    ("Ocean Tech Cluster er tildelt GCE-status saman med Smart Care Cluster.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
    ("Ocean Tech Cluster og Smart Care Cluster er blant de nye Arena-klyngene.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
    ("Ocean Tech Cluster og Smart Care Cluster er blant dei nye Arena-klyngene.", {"Ocean Tech Cluster", "Smart Care Cluster"}),
])
def test_every_cluster_a_status_mention_governs(annotate_full, text, expected):
    assert {cluster for cluster, _status, _action in events(annotate_full(text))} == expected


@pytest.mark.parametrize("opening", ["Disse klyngene får Arena-status:", "Desse klyngene får Arena-status:"])
def test_list_lines_after_a_colon(annotate_full, opening):
    """An HTML <ul> arrives as one line per item after the line with the colon."""
    doc = annotate_full("\n".join([opening, "Cod Cluster", "Norwegian Wood Cluster i Oslo", "Hub Vestland",
                                   "Klyngene får tre millioner kroner i året."]))
    assert events(doc) == {(name, "Arena", "granted") for name in ("Cod Cluster", "Norwegian Wood Cluster", "Hub Vestland")}


# 2. Status wording outside the old trigger lists.
@pytest.mark.parametrize("text, expected", [
    ("Marin Klynge avanserer til NCE.", ("Marin Klynge", "NCE", "upgraded")),
    ("Marin Klynge rykkjer opp til NCE.", ("Marin Klynge", "NCE", "upgraded")),
    ("Ocean Tech Cluster ble tilkjent GCE-status.", ("Ocean Tech Cluster", "GCE", "granted")),
    ("Ocean Tech Cluster vart tilkjent GCE-status.", ("Ocean Tech Cluster", "GCE", "granted")),
    ("Stiim Aqua Cluster har fått tildelt statusen Arena Pro.", ("Stiim Aqua Cluster", "Arena Pro", "granted")),
    ("Stiim Aqua Cluster har fått tildelt statusen Arena Pro.", ("Stiim Aqua Cluster", "Arena Pro", "granted")),
    ("I tillegg blir tre klynger nye Arena-prosjekter: Oslo EdTech Cluster, Ocean Tech Cluster og Visit Cluster.",
     ("Oslo EdTech Cluster", "Arena", "granted")),
    ("Heidner Biocluster blir Norwegian Centre of Expertise.", ("Heidner Biocluster", "NCE", "granted")),
    ("Heidner Biocluster vert Norwegian Center of Excellence.", ("Heidner Biocluster", "NCE", "granted")),
    ("Autonomiklyngen blir Arena-klynge.", ("Autonomiklyngen", "Arena", "granted")),
    ("Autonomiklynga vert Arena-klynge.", ("Autonomiklynga", "Arena", "granted")),
    ("Ocean Tech Cluster er tatt opp i klyngeprogrammet NCE.", ("Ocean Tech Cluster", "NCE", "granted")),
    ("De eneste som fikk status som ny NCE var Ocean Tech Cluster.", ("Ocean Tech Cluster", "NCE", "granted")),
    ("Dei einaste som fekk status som ny NCE var Ocean Tech Cluster.", ("Ocean Tech Cluster", "NCE", "granted")),
    ("Ocean Hyway Cluster vert løfta til Arena Pro.", ("Ocean Hyway Cluster", "Arena Pro", "upgraded")),
    ("Stiim Aqua Cluster går fra Arena til Arena Pro.", ("Stiim Aqua Cluster", "Arena Pro", "upgraded")),
    ("Ocean Hyway Cluster går frå Arena til Arena Pro.", ("Ocean Hyway Cluster", "Arena Pro", "upgraded")),
    ("Instrumenteringsklyngen beholder NCE-statusen.", ("Instrumenteringsklyngen", "NCE", "extended")),
    ("Instrumenteringsklynga beheld NCE-statusen og får ein ny kontrakt med programmet.", ("Instrumenteringsklynga", "NCE", "extended")),
    ("Klyngen Proneo mister statusen som Arena Pro.", ("Proneo", "Arena Pro", "lost")),
    ("Klynga Sunnmøre Møbel mista statusen som Arena Pro.", ("Sunnmøre Møbel", "Arena Pro", "lost")),
    ("Søknaden om NCE-status fra Oslo Medtech ble avslått.", ("Oslo Medtech", "NCE", "rejected")),
    ("Søknaden om GCE-status frå klynga Ocean Hyway Cluster vart avslått.", ("Ocean Hyway Cluster", "GCE", "rejected")),
    ("Subseaklyngen nådde ikke opp i kampen om å bli Global Centre of Expertise.", ("Subseaklyngen", "GCE", "rejected")),
    ("Subseaklynga nådde ikkje opp i kampen om å bli Global Centre of Expertise.", ("Subseaklynga", "GCE", "rejected")),
    ("NCE Smart Energy Markets er gullsertifisert.", ("Smart Energy Markets", "gullsertifisert", "certified")),
])
def test_status_wording(annotate_full, text, expected):
    assert expected in events(annotate_full(text))


# 3. Clusters the gazetteer does not know, references and renames.
def test_a_reference_takes_the_cluster_named_before(annotate_full):
    doc = annotate_full("Den marine klynga Blue Sea Cluster har 40 partnarar. Klynga fekk NCE-status i 2018.")
    assert ("Blue Sea Cluster", "NCE", "granted") in events(doc)


def test_a_compound_that_names_no_cluster_is_one(annotate_full):
    doc = annotate_full("Mens GCE Subsea fikk ja fredag, fikk den nyetablerte havromsklyngen nei på søknaden om Arena-status.")
    assert events(doc) == {("Subsea", "GCE", "granted"), ("havromsklyngen", "Arena", "rejected")}


@pytest.mark.parametrize("text", [
    "Hvitfiskklyngen Cod Cluster – tidligere kjent som Arena Torsk – har fått innvilget søknaden om Arena Pro.",
    "Kvitfiskklynga Cod Cluster – tidlegare kjend som Arena Torsk – har fått innvilga søknaden om Arena Pro.",
])
def test_one_cluster_by_its_nickname_its_old_and_its_new_name(annotate_full, text):
    assert events(annotate_full(text)) == {("Cod Cluster", "Arena Pro", "granted")}


def test_a_nickname_is_the_article_s_named_cluster(annotate_full):
    doc = annotate_full("Den marine klynga Blue Legasea får status som Norwegian Centre of Expertise.",
                        title="Sunnmørsklynga er no NCE")
    assert events(doc) == {("Blue Legasea", "NCE", "granted")}


# 4. A programme prefix that makes a name: "NCE NODE" (the status is still read from it).
@pytest.mark.parametrize("text", [
    "Denne uka utpekte regjeringen tre nye klynger: NCE NODE på Sørlandet, NCE Halden Energy i Halden og NCE Tourism Fjord Norway.",
    "Denne veka peika regjeringa ut tre nye klynger: NCE NODE på Sørlandet, NCE Halden Energy i Halden og NCE Tourism Fjord Norway.",
])
def test_status_from_the_prefix_of_selected_clusters(annotate_full, text):
    found = events(annotate_full(text))
    assert {(c, s) for c, s, _a in found} == {("Norwegian Offshore & Drilling Engineering", "NCE"),
                                             ("Halden Energy", "NCE"), ("Tourism Fjord Norway", "NCE")}


def test_a_lower_prefix_with_a_higher_status_is_an_upgrade(annotate_full):
    doc = annotate_full("Subseaklyngen nådde ikke opp i kampen om å bli Global Centre of Expertise. "
                        "Valget falt i går på NCE NODE og NCE Maritime.")
    assert ("NCE Maritime", "GCE", "upgraded") in events(doc)


# 5. Dates from the whole article.
def test_undated_event_takes_the_news_date_of_the_lead(annotate_full):
    doc = annotate_full("Innovasjon Norge la fram årets nye klynger fredag.\n"
                        "Ocean Tech Cluster får Arena-status.", published="2021-11-20")
    assert dated(doc) == {("Ocean Tech Cluster", "2021-11-19", "context")}


def test_undated_event_in_the_day_s_news_takes_the_publication_date(annotate_full):
    doc = annotate_full("Ocean Tech Cluster får Arena-status.", published="2021-11-20")
    assert dated(doc) == {("Ocean Tech Cluster", "2021-11-20", "published")}


def test_a_period_bound_is_not_the_event_date(annotate_full):
    doc = annotate_full("Måndag denne veka vart det kjent at Ocean Hyway Cluster får Arena Pro-status "
                        "frå 1. januar 2022 og fram til 2027.", published="2021-11-18")
    assert dated(doc) == {("Ocean Hyway Cluster", "2021-11-15", "text")}


def test_history_keeps_its_own_date(annotate_full):
    doc = annotate_full("Subseaklyngen har hatt NCE-status siden 2006.")
    assert {(c, d) for c, d, _s in dated(doc)} == {("Subseaklyngen", "2006-01-01")}


def test_mentions_of_one_event_share_its_date_and_action(annotate_full):
    doc = annotate_full("I høst fikk klyngen NCE-status.", title="Norwegian Smart Care Cluster rykker opp til NCE",
                        published="2021-12-01")
    assert {(e._.event["action"], e._.event["date"]) for e in doc.spans["events"]} == {("upgraded", "2021-09-01")}


# What must stay out.
@pytest.mark.parametrize("text", [
    "Som NCE-klynge får Heidner Biocluster en grunnfinansiering på 5 millioner kroner.",
    "Cod Cluster vil søke om Arena Pro-status.",
    "Blue Legasea håper å få NCE-status.",
    "Blue Legasea håpar å få NCE-status.",
    "Blue Legasea kjempar om NCE-status.",
    "Klynga kan miste NCE-statusen dersom ho ikkje når måla.",
    "Dersom Cod Cluster får Arena Pro-status, blir finansieringen sikret.",
    "Får Cod Cluster Arena Pro-status, er finansieringa sikra.",
    "Cod Cluster har søkt om Arena Pro-status.",
    "Whitney Houston fylte Sørmarka Arena søndag.",
    "Storheia Arena i Hadsel ble offisielt åpnet lørdag.",
    "Klynga skal vere ein arena der fiskeflåten og industrien møtest.",
    "To klynger fikk ny Arena-status, og fire modne klynger fikk støtte.",
    "NCE er ikke lenger et eget program, men et merkenavn.",
    "Aquatech Cluster, en sammenslåing av akvArena og Smart Water Cluster, har 40 medlemmer.",
])
def test_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


def test_an_apposition_is_not_who_got_the_status(annotate_full):
    doc = annotate_full("Aquatech Cluster, en sammenslåing av akvArena og Smart Water Cluster, fikk NCE-status 20. juni.")
    assert events(doc) == {("Aquatech Cluster", "NCE", "granted")}


def test_a_relative_clause_gives_the_event_to_its_name(annotate_full):
    doc = annotate_full("Ålesund-miljøet har frå før Blue Maritime Cluster, som i 2014 vart Global Centre of Expertise.")
    assert dated(doc) == {("Blue Maritime Cluster", "2014-01-01", "text")}


@pytest.mark.parametrize("text", ["Klyngen Havrom Vest ble etablert i 2014 og fikk Arena-status to år senere.",
                                  "Klynga Havrom Vest vart skipa i 2014 og fekk Arena-status to år seinare."])
def test_a_date_relative_to_another_date(annotate_full, text):
    assert {(c, d) for c, d, _s in dated(annotate_full(text))} == {("Havrom Vest", "2016-01-01")}


@pytest.mark.parametrize("text", ["Havrom Vest har fram til nå hatt status som Arena Pro.",
                                  "Havrom Vest har fram til no hatt status som Arena Pro."])
def test_a_state_without_a_date_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Heidner Biocluster fikk NCE-status etter et langt samarbeid med Oslo Cancer Cluster.",
    "Heidner Biocluster fekk NCE-status etter eit langt samarbeid med Oslo Cancer Cluster.",
])
def test_a_cluster_in_a_circumstance_did_not_get_the_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Heidner Biocluster", "NCE", "granted")}


@pytest.mark.parametrize("text, body", [
    ("Tidligere i høst ble NCE Smart Energy Markets anerkjent som «moden klynge» av Innovasjon Norge.", "Innovasjon Norge"),
    ("Næringsklynga Fjordmat Sogn søkte om å bli teken opp i Arena-programmet, men fekk avslag frå Innovasjon Noreg.",
     "Innovasjon Norge"),
])
def test_who_granted_or_refused_it(annotate_full, text, body):
    doc = annotate_full(text, published="2021-11-20")
    assert {e._.event["granted_by"] for e in doc.spans["events"]} == {body}


@pytest.mark.parametrize("opening, heading", [
    ("Innovasjon Norge og Siva har valgt ut tre nye Arena-klynger i Nordland.", "De nye klyngene"),
    ("Innovasjon Noreg og Siva har valt ut tre nye Arena-klynger i Nordland.", "Dei nye klyngene"),
])
def test_paragraphs_under_a_heading_after_the_frame(annotate_full, opening, heading):
    doc = annotate_full("\n".join([opening, "Hver av dem får 2,5 millioner kroner i året.", heading,
                                   "Arena Helseteknologi Nord i Tromsø samler 27 bedrifter.",
                                   "Arena Sjømat Helgeland består av 19 bedrifter.",
                                   "Daglig leder Anders Nilsen er glad."]))
    assert events(doc) == {("Helseteknologi Nord", "Arena", "granted"), ("Sjømat Helgeland", "Arena", "granted")}
