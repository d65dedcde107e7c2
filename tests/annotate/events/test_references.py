"""Issue 28, kinds 3, 4 and 7 on the default pipeline: refusals said by their outcome, frames whose
cluster or status is named in another sentence, and events that are not there (owners, former
names, a status named in passing, "peker ut")."""

import pytest

from .helpers import events


# 3. A refusal said by its outcome.
@pytest.mark.parametrize("text", [
    "Havlys Cluster er en næringsklynge for sjømat. Klyngens søknad om opptak på Arena Pro i klyngeprogrammet "
    "nådde ikke opp i konkurransen.",
    "Havlys Cluster er ei næringsklynge for sjømat. Klyngas søknad om opptak på Arena Pro nådde ikkje opp.",
])
def test_an_application_that_did_not_reach_is_refused(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Cluster", "Arena Pro", "rejected")}


def test_a_definite_status_not_renewed_is_lost_by_the_cluster_named_before(annotate_full):
    doc = annotate_full("Fra juni 2012 var IT-klyngen Brattvik del av klyngeprogrammet Arena. Det ga klyngen to millioner "
                        "kroner i året. Arena-statusen ble ikke fornyet da perioden utløp i 2015.")
    assert events(doc) == {("Brattvik", "Arena", "lost")}


@pytest.mark.parametrize("text", [
    "Klyngen Brattvik har vært med siden 2012. Da perioden gikk ut, ble statusen som NCE ikke fornyet.",
    "Klynga Brattvik har vore med sidan 2012. Då perioden gjekk ut, vart statusen som NCE ikkje fornya.",
])
def test_statusen_som_is_definite_too(annotate_full, text):
    assert events(annotate_full(text)) == {("Brattvik", "NCE", "lost")}


# 4. References: the status or the clusters in another sentence.
def test_a_line_broken_off_mid_sentence_goes_on_in_the_next(annotate_full):
    doc = annotate_full("NCE Havlys Cluster og NCE Tindra Tech i dag tildelt\nstatus som Norwegian Centres of "
                        "Expertise.")
    assert events(doc) == {("Havlys Cluster", "NCE", "granted"), ("Tindra Tech", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "I dag ble næringsklyngene Havlys Cluster og Tindra Ocean Cluster tatt opp i programmet fra 2021. Det var ventet. "
    "Av ni søknader var det to klynger fra Nord-Norge som fikk tildelt Arena Pro-status.",
    "Den maritime klyngen Havlys Cluster og klyngen Tindra Ocean Cluster er landets første miljøer på toppnivå. "
    "To miljøer har dermed fått status som Global Centres of Expertise.",
])
def test_a_count_of_clusters_takes_those_named_before(annotate_full, text):
    found = events(annotate_full(text))
    assert {c for c, _s, _a in found} == {"Havlys Cluster", "Tindra Ocean Cluster"}
    assert len({(s, a) for _c, s, a in found}) == 1


def test_a_count_takes_no_clusters_that_are_not_coordinated(annotate_full):
    doc = annotate_full("Bare fire nådde opp. I tillegg til Havlys Cluster er Tindra Ocean Cluster blant de fire. "
                        "To klynger fikk ny Arena-status.")
    assert {s for _c, s, _a in events(doc)} <= {"Arena Pro"}


def test_a_count_takes_no_cluster_when_fewer_are_named(annotate_full):
    doc = annotate_full("Klyngen Havlys Cluster er stor. To klynger fikk Arena Pro-status.")
    assert ("Havlys Cluster", "Arena Pro", "granted") not in events(doc)


@pytest.mark.parametrize("text, status, action", [
    ("Sollia Cluster fikk JA!\n\nEn takk til alle som bidro.\n\nARENA-statusen gir en unik mulighet.", "Arena",
     "granted"),
    ("Arena Sollia fikk JA!\n\nEn takk til alle som bidro.\n\nNCE-statusen betyr mye for regionen.", "NCE",
     "upgraded"),
])
def test_fikk_ja_takes_the_article_s_only_status(annotate_full, text, status, action):
    assert {(s, a) for _c, s, a in events(annotate_full(text))} == {(status, action)}


def test_a_name_s_higher_prefix_outranks_the_article_s_only_status(annotate_full):
    doc = annotate_full("Mens GCE Havlys og NCE Tindra Tech fikk ja fredag, fikk den nyetablerte havromsklyngen i "
                        "Nordland nei på søknaden om Arena-status.")
    assert {("Havlys", "GCE", "granted"), ("Tindra Tech", "NCE", "granted")} <= events(doc)


def test_peker_ut_in_an_application_takes_no_status(annotate_full):
    doc = annotate_full("Hvitfiskklyngen Havlys Cluster vil ett trinn opp. Fredag leverte klyngen søknaden om opptak i "
                        "Arena Pro.\n\nI søknaden peker Havlys Cluster ut fire satsingsområder.")
    assert events(doc) == set()


@pytest.mark.parametrize("text", [
    "Spesielt hyggelig er det at klyngen Tindra Torsk i Nord-Norge har blitt opptatt som Arena-klynge.",
    "Klynga Tindra Torsk i Nord-Noreg har vorte oppteken som Arena-klynge.",
])
def test_opptatt_som_grants(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindra Torsk", "Arena", "granted")}


def test_opptatt_av_grants_nothing(annotate_full):
    assert events(annotate_full("Vi er opptatt av at Arena-klyngene får gode vilkår.")) == set()


# 7. Events that are not there, or not of that kind.
def test_denne_statusen_takes_the_prefix_the_cluster_is_written_with_there(annotate_full):
    doc = annotate_full("Bilde: Her får Arena Lyngvik-klyngen beviset på NCE-statusen.\n\n"
                        "NCE Lyngvik Biocluster er den første klyngen i fylket som får denne statusen.")
    assert {s for _c, s, _a in events(doc)} == {"NCE"}


def test_owners_of_a_new_cluster_get_no_status(annotate_full):
    doc = annotate_full("Den 20. juni fikk Havlys Cluster og Tindra Tech sitt felles nye klyngeprosjekt, "
                        "Norvik Ocean Cluster, tildelt status som NCE.")
    assert events(doc) == {("Norvik Ocean Cluster", "NCE", "granted")}


def test_the_owner_of_an_application_is_who_it_is_about(annotate_full):
    doc = annotate_full("Havlys Cluster sin søknad om NCE-status ble avslått.")
    assert events(doc) == {("Havlys Cluster", "NCE", "rejected")}


def test_two_former_names_given_a_status_together_are_the_cluster_they_became(annotate_full):
    doc = annotate_full("De tidligere Arena-prosjektene akvArena og Smart Water har fått status som NCE.")
    assert events(doc) == {("Aquatech Cluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Klyngen Lyngvik var tidligere en del av Arena-programmet, men i november fikk klyngen NCE-status.",
    "Klynga Lyngvik var tidlegare ein del av Arena-programmet, men i november fekk klynga NCE-status.",
])
def test_a_grant_after_the_earlier_level_is_an_upgrade(annotate_full, text):
    assert events(annotate_full(text)) == {("Lyngvik", "NCE", "upgraded")}


def test_a_grant_beside_another_cluster_s_grant_is_no_upgrade(annotate_full):
    doc = annotate_full("Tidligere i år fikk Havlys Cluster Arena-status, og nå får Tindra Tech NCE-status.")
    assert ("Tindra Tech", "NCE", "upgraded") not in events(doc)


def test_an_upgrade_said_without_a_status_makes_the_grant_an_upgrade(annotate_full):
    doc = annotate_full("Der ble det feiret at Vindklyngen er tatt opp i Arena Pro.",
                        title="Feiret oppgradert Vindklynge")
    assert events(doc) == {("Vindklyngen", "Arena Pro", "upgraded")}


def test_an_adjective_before_no_cluster_is_no_upgrade(annotate_full):
    doc = annotate_full("Klyngen er en satsing på avanserte materialer. Den har vært NCE siden opptaket i 2006.",
                        title="NCE Lettvekt samler 60 bedrifter")
    assert {a for _c, _s, a in events(doc)} <= {"granted"}


# 3. A loss or an extension said by a passive of a cluster written with its programme prefix.
@pytest.mark.parametrize("text, expected", [
    ("NCE Tindra Ocean avsluttes i juni i år, etter ti år finansiert av Innovasjon Norge.",
     {("Tindra Ocean", "NCE", "lost")}),
    ("NCE Tindra Ocean vert avslutta i år.", {("Tindra Ocean", "NCE", "lost")}),
    ("Fra 1. juli videreføres NCE Tindra Ocean som klyngeprosjekt.", {("Tindra Ocean", "NCE", "extended")}),
    ("Frå 1. juli vidareførast Arena Tindra Ocean som klyngeprosjekt.", {("Tindra Ocean", "Arena", "extended")}),
])
def test_a_passive_of_a_prefixed_cluster(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text", ["NCE Tindra Ocean avsluttes ikke.", "NCE Tindra Ocean avsluttet samarbeidet i fjor.",
                                  "NCE Tindra Ocean beholder daglig leder."])
def test_no_passive_no_loss(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "IT-klyngen Lavik Data falt ut av klyngeprogrammet. Arena-status tilførte Lavik Data to millioner kroner i året.",
    "IT-klynga Lavik Data fall ut av klyngeprogrammet. Arena-status tilførte Lavik Data to millionar kroner i året.",
])
def test_falling_out_loses_the_one_status_named_beside_the_cluster(annotate_full, text):
    assert events(annotate_full(text)) == {("Lavik Data", "Arena", "lost")}


def test_falling_out_loses_nothing_when_several_statuses_are_named_beside_it(annotate_full):
    doc = annotate_full("IT-klyngen Lavik Data falt ut av klyngeprogrammet. Lavik Data søkte om NCE-status, "
                        "og Arena-status tilførte Lavik Data to millioner kroner i året.")
    assert ("Lavik Data", "Arena", "lost") not in events(doc)


@pytest.mark.parametrize("text", [
    "Næringsklyngen Lavik Data samler 40 bedrifter i regionen. Prosjektet har nå fått NCE-status.",
    "Næringsklynga Lavik Data samlar 40 bedrifter i regionen. Satsinga har no fått NCE-status.",
])
def test_prosjektet_and_satsinga_refer_to_the_cluster(annotate_full, text):
    assert events(annotate_full(text)) == {("Lavik Data", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Næringsklyngen Norwegian Tindra Cluster samler 40 bedrifter. Klyngen har nå fått NCE-status.",
    "Næringsklyngen Norwegian Tindra Cluster har vært med siden 2012. Da perioden gikk ut, ble Arena-statusen "
    "ikke fornyet.",
])
def test_a_reference_takes_a_name_a_cluster_noun_introduced_when_no_cluster_is_known(annotate_full, text):
    assert {c for c, _s, _a in events(annotate_full(text))} == {"Norwegian Tindra Cluster"}


def test_an_upgrade_verb_with_an_object_of_its_own_is_no_upgrade_of_the_cluster(annotate_full):
    doc = annotate_full("Tindra Ocean Cluster har fått NCE-status. Tindra Ocean Cluster har også oppgradert "
                        "nettsidene sine.")
    assert events(doc) == {("Tindra Ocean Cluster", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Tindra Ocean Cluster fikk nei\n\nSøknaden om NCE-status ble avslått i dag.",
    "Tindra Ocean Cluster fekk nei\n\nKlynga søkte om NCE-status i vår. No er svaret kome.",
])
def test_a_refusal_in_the_headline_takes_the_article_s_only_status(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindra Ocean Cluster", "NCE", "rejected")}


def test_a_refusal_in_the_headline_takes_no_status_when_several_are_named(annotate_full):
    doc = annotate_full("Tindra Ocean Cluster fikk nei\n\nKlyngen søkte om NCE-status, mens Lavik Cluster søkte om "
                        "GCE-status.")
    assert events(doc) == set()


@pytest.mark.parametrize("text", [
    "Fikk ikke NCE-status\n\nNæringsklyngen Tindra Ocean Cluster søkte i vår, men nådde ikke opp.",
    "Fekk ikkje NCE-status\n\nNæringsklynga Tindra Ocean Cluster søkte i vår, men nådde ikkje opp.",
])
def test_a_headline_refusal_with_no_cluster_is_about_the_article_s_cluster(annotate_full, text):
    assert events(annotate_full(text)) == {("Tindra Ocean Cluster", "NCE", "rejected")}


@pytest.mark.parametrize("text", [
    "Sjøklynge løftes til toppnivå\nKlyngen Fjordbølge Cluster er tatt opp på høyeste nivå. "
    "Innovasjon Norge tildelte torsdag NCE-status til Fjordbølge Cluster.",
    "Sjøklynge vert løfta til toppnivå\nKlynga Fjordbølge Cluster er teken opp på høgaste nivå. "
    "Innovasjon Noreg tildelte torsdag NCE-status til Fjordbølge Cluster.",
])
def test_a_general_verb_without_a_status_makes_no_upgrade(annotate_full, text):
    assert events(annotate_full(text)) == {("Fjordbølge Cluster", "NCE", "granted")}
