"""Kinds of language that real pages found by search use for status events (batch 6 of the real-page
corpus), each in Bokmål and Nynorsk (and English where pages are English), with invented names and
sentences: a caption's "(f.v.)" inside the sentence that lists who was taken in together; the end of a
lower period as the cluster moves up is no loss; a headline that counts the clusters its body lists."""

import pytest

from .helpers import events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster er tatt opp som Arena Pro-klynge sammen med (f.v.) Havbris Cluster, Norwegian Lavik Hub "
    "og Polarna. Foto: Kari Nordmann",
    "Fjordlys Cluster er teken opp som Arena Pro-klynge saman med (f.v.) Havbris Cluster, Norwegian Lavik Hub "
    "og Polarna. Foto: Kari Nordmann",
])
def test_a_caption_abbreviation_does_not_end_the_sentence_of_who_was_taken_in_together(annotate_full, text):
    found = events(annotate_full(text))
    assert {name for name, status, _ in found if status == "Arena Pro"} == {
        "Fjordlys Cluster", "Havbris Cluster", "Norwegian Lavik Hub", "Polarna"}


@pytest.mark.parametrize("text", [
    "I dag ble det klart at Fjordlys Cluster er tatt opp som Arena Pro-klynge fra 2025.\n\n"
    "Arena-prosjektet avsluttes 31.12.2024, og Fjordlys Cluster søkte derfor om opptak som Arena Pro-klynge.",
    "I dag vart det klart at Fjordlys Cluster er teken opp som Arena Pro-klynge frå 2025.\n\n"
    "Arena-prosjektet avsluttast 31.12.2024, og Fjordlys Cluster søkte difor om opptak som Arena Pro-klynge.",
])
def test_the_end_of_a_lower_period_as_the_cluster_moves_up_is_no_loss(annotate_full, text):
    found = events(annotate_full(text, published="2024-11-12"))
    assert ("Fjordlys Cluster", "Arena Pro", "granted") in found or ("Fjordlys Cluster", "Arena Pro", "upgraded") in found
    assert not any(action == "lost" for _, _, action in found)


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster mistet Arena-statusen i 2015.\n\nI 2021 fikk Fjordlys Cluster NCE-status.",
    "Fjordlys Cluster mista Arena-statusen i 2015.\n\nI 2021 fekk Fjordlys Cluster NCE-status.",
])
def test_a_loss_years_before_a_higher_grant_stays_a_loss(annotate_full, text):
    assert ("Fjordlys Cluster", "Arena", "lost") in events(annotate_full(text, published="2022-01-10"))


HEADLINE_LISTS = [
    "Tre nye næringsklynger får status som NCE\n\nPublisert under: Regjeringen\n\nUtgiver: Næringsdepartementet\n\n"
    "Statsråden kunngjør i dag tre nye regionale næringsklynger "
    "med internasjonalt fokus.\n\n• Fjordlys Ocean\n• Havbris Energy Trading\n• Polarna – Arctic Tourism\n\n"
    "– Vi er stolte over klyngene, sier statsråden.",
    "Tre nye næringsklynger får status som NCE\n\nPublisert under: Regjeringa\n\nUtgjevar: Næringsdepartementet\n\n"
    "Statsråden kunngjer i dag tre nye regionale næringsklynger "
    "med internasjonalt fokus.\n\n• Fjordlys Ocean\n• Havbris Energy Trading\n• Polarna – Arctic Tourism\n\n"
    "– Vi er stolte over klyngene, seier statsråden.",
]


@pytest.mark.parametrize("text", HEADLINE_LISTS)
def test_a_headline_that_counts_its_clusters_takes_the_clusters_its_body_lists(annotate_full, text):
    found = events(annotate_full(text))
    assert found == {(name, "NCE", "granted") for name in ("Fjordlys Ocean", "Havbris Energy Trading",
                                                           "Polarna – Arctic Tourism")}


@pytest.mark.parametrize("text", [
    "Lavik Works får offisiell klyngestatus\n\nKlyngen er tatt opp i klyngeprogrammet og har fått Arena-status i dag.",
    "Lavik Works får offisiell klyngestatus\n\nKlynga er teken opp i klyngeprogrammet og har fått Arena-status i dag.",
    "Lavik Works awarded official innovation cluster status\n\nThe business cluster is welcomed under the programme "
    "umbrella, and awarded Arena status.\n\nHave Industry - Need Cluster\n\nThe Arena Program's mission is to help "
    "industry.\n\n\"We founded Lavik Works a year ago. And already we are allowed into the programme and awarded "
    "Arena status.\"",
])
def test_a_headline_that_grants_cluster_status_names_the_cluster_its_body_refers_to(annotate_full, text):
    assert events(annotate_full(text)) == {("Lavik Works", "Arena", "granted")}


def test_a_headline_grant_of_no_cluster_status_names_no_cluster(annotate_full):
    doc = annotate_full("Lavik Works får nye eiere\n\nKlyngen Fjordlys Cluster har fått Arena-status i dag.")
    assert events(doc) == {("Fjordlys Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Havbruk og reiseliv er satsingsområdene når Finnmark nå får to av de i alt sju nye næringsklyngene som fredag "
    "ble tatt inn i det nasjonale klyngeprogrammet.\n\n– Dette betyr mye for oss, sier Kari Nordmann, som er "
    "klyngeleder for {P} Polarlys Havbruk.\n\n{P} Polarlys Havbruk samler 30 bedrifter i Vest-Finnmark.",
    "Havbruk og reiseliv er satsingsområda når Finnmark no får to av dei i alt sju nye næringsklyngene som fredag "
    "vart tekne inn i det nasjonale klyngeprogrammet.\n\n– Dette betyr mykje for oss, seier Kari Nordmann, som er "
    "klyngeleiar for {P} Polarlys Havbruk.\n\n{P} Polarlys Havbruk samlar 30 verksemder i Vest-Finnmark.",
])
@pytest.mark.parametrize("prefix", ["Arena", "NCE"])
def test_an_admission_counted_in_the_lead_gives_the_prefixed_clusters_their_prefix(annotate_full, text, prefix):
    found = events(annotate_full(text.replace("{P}", prefix)))
    assert found == {("Polarlys Havbruk", prefix, "granted")}


@pytest.mark.parametrize("text", [
    "I juni i fjor fikk en næringsklynge innen møbelprodusenter i Molde Arena-status. Arena er et program som "
    "Innovasjon Norge driver.\n\nMøbelklyngen har navnet Polarna Design Hub (PDH), og arbeidet startet i oktober.",
    "I juni i fjor fekk ei næringsklynge innan møbelprodusentar i Molde Arena-status. Arena er eit program som "
    "Innovasjon Noreg driv.\n\nMøbelklynga har namnet Polarna Design Hub (PDH), og arbeidet starta i oktober.",
    "A new cluster of furniture makers in Molde was awarded Arena status last year. Arena is a programme run by "
    "Innovation Norway.\n\nThe cluster is named Polarna Design Hub (PDH), and the work started in October.",
])
def test_an_indefinite_cluster_noun_is_the_one_cluster_the_article_names_further_on(annotate_full, text):
    assert events(annotate_full(text)) == {("Polarna Design Hub", "Arena", "granted")}


def test_an_indefinite_cluster_noun_in_an_article_of_several_clusters_is_none_of_them(annotate_full):
    doc = annotate_full("I fjor fikk en næringsklynge i Molde Arena-status. Fjordlys Cluster og Polarna Design Hub "
                        "er partnere. Polarna Design Hub har 30 medlemmer.")
    assert events(doc) == set()


@pytest.mark.parametrize("text, names", [
    ("Den marine klyngen i Nordland og sjømatklyngen på Frøya har fått status som GCE.",
     {"den marine klyngen i Nordland", "sjømatklyngen på Frøya"}),
    ("Den marine klynga i Nordland og sjømatklynga på Frøya har fått status som GCE.",
     {"den marine klynga i Nordland", "sjømatklynga på Frøya"}),
])
def test_clusters_named_by_their_descriptions_get_the_status(annotate_full, text, names):
    assert events(annotate_full(text)) == {(name, "GCE", "granted") for name in names}


@pytest.mark.parametrize("text", [
    "Den marine klyngen i Nordland har fått status som GCE. Klyngen het tidligere NCE Fjordlys.",
    "Den nye klynga i Nordland har fått status som GCE.",
])
def test_a_lone_description_in_an_article_that_knows_its_cluster_is_no_cluster_of_its_own(annotate_full, text):
    assert not any(name.lower().startswith("den ") for name, _, _ in events(annotate_full(text)))


@pytest.mark.parametrize("text", [
    "En næringsklynge innen møbelprodusenter i Molde fikk status som NCE i fjor.\n\nKlyngen har navnet Kystvekst, "
    "og arbeidet startet i oktober.",
    "Ei næringsklynge innan møbelprodusentar i Molde fekk status som NCE i fjor.\n\nKlynga har namnet Kystvekst, "
    "og arbeidet starta i oktober.",
])
def test_an_indefinite_cluster_noun_is_the_name_the_article_gives_it(annotate_full, text):
    assert events(annotate_full(text)) == {("Kystvekst", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Målet var å bli tatt opp som Arena-klynge i Innovasjon Norge. Vi prøvde først som Lavik Works, og senere som "
    "en smalere utgave i Polarna Industri, men dessverre uten å lykkes.",
    "Målet var å bli teken opp som Arena-klynge i Innovasjon Noreg. Vi prøvde først som Lavik Works, og seinare som "
    "ei smalare utgåve i Polarna Industri, men dessverre utan å lukkast.",
])
def test_an_attempt_told_as_history_that_failed_is_a_refusal_of_each_name_it_was_made_as(annotate_full, text):
    assert events(annotate_full(text)) == {("Lavik Works", "Arena", "rejected"), ("Polarna Industri", "Arena", "rejected")}


@pytest.mark.parametrize("text", [
    "Fjordlys Cluster søkte om NCE-status i fjor. Vi prøvde å få flere medlemmer, men uten å lykkes.",
    "Fjordlys Cluster har Arena-status. Vi prøvde som nettverk å få flere medlemmer, men utan å lukkast.",
])
def test_a_failed_attempt_at_something_else_is_no_refusal(annotate_full, text):
    assert not any(action == "rejected" for _, _, action in events(annotate_full(text)))


def test_a_capitalised_caption_abbreviation_stays_apart_from_the_name_after_it(annotate_full):
    doc = annotate_full("Styringsgruppa i Fjordlys Cluster: F.v. Klyngeleder Kari Nordmann, Ola Hansen og Per Olsen.")
    people = [m.text for m in doc.spans.get("mentions", []) if m.label_ == "PER"]
    assert "Kari Nordmann" in " ".join(people) and not any(name.startswith("F.v") for name in people)
