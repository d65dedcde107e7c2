"""Kinds of language on the real pages of batches 6 and 7 (issue 28), each in Bokmål, Nynorsk and English with
invented names: a sentence that names some of the clusters the sentence before counts ("Blant de fem er A"), a
list sentence that sets one cluster aside and takes a participle for its relative clause ("In addition to X, the
clusters entering this arrangement today are A, B and C"), and a cluster written with the opening words of its
name ("Stiim" for "Stiim Aqua Cluster") as one cluster, not two; a status said by its award, definite
("Arena-tildelingen åpner for ...", "gjennom Arena Pro-tildelingen": Arena Pro, not Arena); a status in
quotation marks as without them ("utpekt som en av de fire nye «Arena Pro-klyngene»"); a status's funds refused
("fikk ikke innvilget søknaden om fortsatt Arena-midler"); a common-word name introduced by a noun goes on
over "i" and its place though written once ("organisasjonen Skognæringa i Midt-Norge")."""

import pytest

from .helpers import events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text, names", [
    ("Fem nye næringsmiljøer tas nå opp i nettverksprogrammet Arena. Blant de fem er Kvitfjell-nettverket på "
     "Sørlandet.", {"Kvitfjell-nettverket"}),
    ("Fem nye næringsmiljø vert no tekne opp i nettverksprogrammet Arena. Blant dei fem er Kvitfjell-nettverket "
     "på Sørlandet.", {"Kvitfjell-nettverket"}),
    ("Fem nye klynger får Arena-status. Blant dem er Havbris Cluster og Tindra Marine Cluster.",
     {"Havbris Cluster", "Tindra Marine Cluster"}),
    ("Fem nye klynger fekk Arena-status. Blant dei fem er Havbris Cluster.", {"Havbris Cluster"}),
    ("Five new clusters were granted Arena status on Friday. Among them is Havbris Cluster in Molde.",
     {"Havbris Cluster"}),
])
def test_a_sentence_naming_some_of_the_counted_clusters_gives_them_the_status(annotate_full, text, names):
    assert events(annotate_full(text, published=None)) == {(name, "Arena", "granted") for name in names}


@pytest.mark.parametrize("text", [
    "Fem nye klynger får Arena-status. Blant de mange bedriftene i Havbris Cluster er Tindra AS.",
    "Ni nye miljøer blir tatt opp i programmet, hvorav fire nå rykker opp til Arena Pro. Blant disse er det tre "
    "næringsklynger som Nordvik Næringshage er partner i.",
    "Ni nye miljø vert tekne opp i programmet, der fire no rykkjer opp til Arena Pro. Blant desse er det tre "
    "næringsklynger som Nordvik Næringshage er partnar i.",
])
def test_what_is_not_named_right_after_the_partitive_copula_gets_nothing(annotate_full, text):
    assert not {name for name, _, _ in events(annotate_full(text, published=None))} & {
        "Tindra AS", "Nordvik Næringshage", "Nordvik"}


@pytest.mark.parametrize("text", [
    "The new mature clusters are already part of the programme, and the mature cluster status is given to the "
    "clusters. In addition to Oslo Havbris Cluster, the clusters entering this arrangement today are Tindra Cluster "
    "in Agder, Kvitfjell Health in Bergen, and Polar Health Tech in Oslo.",
    "De nye modne klyngene er allerede med i programmet, og statusen som moden klynge blir gitt til klyngene. I "
    "tillegg til Oslo Havbris Cluster er klyngene som går inn i ordningen i dag Tindra Cluster på Agder, Kvitfjell "
    "Health i Bergen og Polar Health Tech i Oslo.",
    "Dei nye modne klyngene er allereie med i programmet, og statusen som moden klynge blir gitt til klyngene. I "
    "tillegg til Oslo Havbris Cluster er klyngene som går inn i ordninga i dag Tindra Cluster på Agder, Kvitfjell "
    "Health i Bergen og Polar Health Tech i Oslo.",
])
def test_a_list_after_setting_one_cluster_aside_gives_each_the_status(annotate_full, text):
    found = events(annotate_full(text, published=None))
    assert {("Tindra Cluster", "moden klynge", "granted"), ("Kvitfjell Health", "moden klynge", "granted"),
            ("Polar Health Tech", "moden klynge", "granted")} <= found


def test_a_participle_that_grants_nothing_lists_nothing(annotate_full):
    text = ("The mature cluster status is given to the clusters. In addition to Oslo Havbris Cluster, the clusters "
            "visiting the conference today are Tindra Cluster in Agder and Polar Health Tech in Oslo.")
    assert not {name for name, _, _ in events(annotate_full(text, published=None))} & {"Tindra Cluster",
                                                                                          "Polar Health Tech"}


@pytest.mark.parametrize("text", [
    "Havbris Aqua Cluster er en av fire klynger som får Arena Pro. Det at Havbris er igjennom nåløyet og får "
    "Arena Pro-status er et kvalitetsstempel.",
    "Havbris Aqua Cluster er ei av fire klynger som får Arena Pro. Det at Havbris er gjennom nålauget og får "
    "Arena Pro-status er eit kvalitetsstempel.",
    "Havbris Aqua Cluster is one of four clusters granted Arena Pro status. Havbris got the Arena Pro status after "
    "a tough competition.",
])
def test_the_opening_words_of_a_cluster_name_are_that_cluster(annotate_full, text):
    assert events(annotate_full(text, published=None)) == {("Havbris Aqua Cluster", "Arena Pro", "granted")}


def test_opening_words_shared_by_two_cluster_names_stay_their_own(annotate_full):
    text = ("Havbris Aqua Cluster og Havbris Marine Cluster fikk Arena-status i fjor. I år fikk Havbris "
            "status som NCE.")
    assert ("Havbris Aqua Cluster", "NCE", "granted") not in events(annotate_full(text, published=None))


@pytest.mark.parametrize("text, status", [
    ("Klyngen Havbris Fashion Hub fikk sitt navn i et forprosjekt i 2012.\n\nArena-tildelingen åpner for "
     "økonomisk tilskudd på 2 millioner i året. Havbris Fashion Hub vil jobbe for et møtested.", "Arena"),
    ("Klynga Havbris Fashion Hub fekk namnet sitt i eit forprosjekt i 2012.\n\nArena-tildelinga opnar for "
     "økonomisk tilskot på 2 millionar i året. Havbris Fashion Hub vil arbeide for ein møtestad.", "Arena"),
    ("– Vi er utrolig takknemlige for tilliten vi har fått gjennom Arena Pro-tildelingen, sier daglig leder "
     "Kari Nordmann i Havbris Aqua Cluster.", "Arena Pro"),
    ("– Vi er utruleg takksame for tilliten vi har fått gjennom Arena Pro-tildelinga, seier dagleg leiar "
     "Kari Nordmann i Havbris Aqua Cluster.", "Arena Pro"),
])
def test_a_status_said_by_its_award_is_granted_with_its_whole_status(annotate_full, text, status):
    found = events(annotate_full(text, published=None))
    assert {s for _, s, _ in found} == {status} and {a for _, _, a in found} == {"granted"}


@pytest.mark.parametrize("text", [
    "Havbris Fashion Hub har søkt om Arena-tildelingen og venter svar i vår.",
    "Havbris Fashion Hub har søkt om Arena-tildelinga og ventar svar i vår.",
])
def test_an_award_applied_for_is_no_grant(annotate_full, text):
    assert ("Havbris Fashion Hub", "Arena", "granted") not in events(annotate_full(text, published=None))


@pytest.mark.parametrize("text, status", [
    ("Fredag ble det kjent at Havbris Cluster er blitt utpekt som en av de fire nye «Arena Pro-klyngene» i Norge.",
     "Arena Pro"),
    ("Fredag vart det kjent at Havbris Cluster er vorten utpeikt som ei av dei fire nye «Arena Pro-klyngene» i "
     "Noreg.", "Arena Pro"),
    ('Fredag ble det kjent at Havbris Cluster er blitt utpekt som en av de fire nye "NCE-klyngene" i Norge.', "NCE"),
    ("On Friday it was announced that Havbris Cluster has been selected as one of the four new “Arena Pro "
     "clusters” in Norway.", "Arena Pro"),
])
def test_a_status_in_quotation_marks_is_read_as_without_them(annotate_full, text, status):
    assert events(annotate_full(text, published=None)) == {("Havbris Cluster", status, "granted")}


@pytest.mark.parametrize("text", [
    "Havbris Cluster fikk ikke innvilget søknaden om fortsatt Arena-midler i høst, men får støtte til å fortsette "
    "arbeidet.",
    "Havbris Cluster fekk ikkje innvilga søknaden om vidare Arena-midlar i haust, men får støtte til å halde fram "
    "arbeidet.",
])
def test_a_refused_application_for_a_status_funds_is_a_refusal(annotate_full, text):
    assert events(annotate_full(text, published=None)) == {("Havbris Cluster", "Arena", "rejected")}


@pytest.mark.parametrize("text", [
    "Prosjektene skal finansieres av Arena-midlene, sier Kari Nordmann i Havbris Cluster.",
    "Prosjekta skal finansierast av Arena-midlane, seier Kari Nordmann i Havbris Cluster.",
])
def test_what_a_status_funds_pay_for_is_no_event(annotate_full, text):
    assert events(annotate_full(text, published=None)) == set()


@pytest.mark.parametrize("text, name", [
    ("NAMSOS: Fredag ble det kjent at organisasjonen Skognæringa i Midt-Norge er blitt utpekt som en av de fire nye "
     "«Arena Pro-klyngene» i Norge.", "Skognæringa i Midt-Norge"),
    ("Fredag vart det kjent at organisasjonen Skognæringa i Midt-Noreg er vorten utpeikt som ei av dei fire nye "
     "«Arena Pro-klyngene» i Noreg.", "Skognæringa i Midt-Noreg"),
    ("Klyngen Sjømat i Vest får status som Arena Pro-klynge.", "Sjømat i Vest"),
    ("Klynga Energi i Nord får status som Arena Pro-klynge.", "Energi i Nord"),
])
def test_a_common_word_name_introduced_by_a_noun_goes_on_over_its_place_once(annotate_full, text, name):
    assert events(annotate_full(text, published=None)) == {(name, "Arena Pro", "granted")}


def test_a_common_word_name_also_written_alone_stays_cut(annotate_full):
    """Written once with its place as the subject of the status, the name goes on over it (real-page batch 7:
    "Energi i Nord får status som Arena-klynge"; test_subject_places_and_speech_tags.py); written alone too, not."""
    assert events(annotate_full("Sjømat i Vest får status som Arena-klynge. Sjømat samler 40 bedrifter.",
                                published=None)) == {("Sjømat", "Arena", "granted")}
