"""Norwegian wording of real pages the rules did not read, in both standards with invented cluster
names: the programme's names in Norwegian ("nasjonalt ekspertsenter"), congratulations on an
appointment, idioms of selection ("slapp gjennom nåløyet", "får plass blant"), a new contract, a
place for the cluster it names, and a heading that counts new clusters over paragraphs headed by
their names."""

import pytest

from .helpers import events


@pytest.mark.parametrize("text, expected", [
    ("Lavik Cluster har fått status som nasjonalt ekspertsenter.", ("Lavik Cluster", "NCE", "granted")),
    ("Havlys Cluster fekk i dag status som nasjonalt ekspertsenter.", ("Havlys Cluster", "NCE", "granted")),
    ("Den Bergens-baserte GCE Tindra har fått status som et globalt ekspertisesenter.", ("Tindra", "GCE", "granted")),
    ("Den Bergens-baserte GCE Tindra har fått status som eit globalt ekspertisesenter.", ("Tindra", "GCE", "granted")),
    # an adjective the patterns do not know: the status the cluster is written with
    ("Den Bergens-baserte GCE Tindra har fått status som et gobalt ekspertisesenter.", ("Tindra", "GCE", "granted")),
    ("GCE Tindra har fått status som eit internasjonalt ekspertsenter.", ("Tindra", "GCE", "granted")),
])
def test_the_programme_named_in_norwegian(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


def test_a_centre_of_expertise_with_no_status_known_is_no_event(annotate_full):
    assert events(annotate_full("Lavik Cluster har fått status som et ekspertsenter.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("Først må vi gratulere NCE Lavik Cluster med utnevnelsen som Norwegian Cluster of Expertise!",
     ("Lavik Cluster", "NCE", "granted")),
    ("Fyrst må vi gratulere NCE Lavik Cluster med utnemninga som Norwegian Cluster of Expertise!",
     ("Lavik Cluster", "NCE", "granted")),
    ("Vi gratulerer Havlys Cluster med Arena-statusen!", ("Havlys Cluster", "Arena", "granted")),
    ("Me gratulerer Havlys Cluster med Arena-statusen!", ("Havlys Cluster", "Arena", "granted")),
])
def test_congratulations_on_a_status(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text, action", [
    ("I dag ble det klart at Arena Fjordlys er en av tre som slapp gjennom nåløyet.", "granted"),
    ("I dag vart det klart at Arena Fjordlys er ei av tre som slapp gjennom nåløyret.", "granted"),
    ("Arena Fjordlys slapp ikke gjennom nåløyet i år.", "rejected"),
    ("Arena Fjordlys slapp ikkje gjennom nåløyret i år.", "rejected"),
])
def test_through_the_eye_of_the_needle(annotate_full, text, action):
    assert events(annotate_full(text)) == {("Fjordlys", "Arena", action)}


@pytest.mark.parametrize("text, name", [
    ("Arena Fjordlys Helgeland har base i Mo i Rana.\n\n"
     "Fredag bekreftet næringsministeren at Helgeland får plass blant flere nye næringsklynger.",
     "Fjordlys Helgeland"),
    ("Arena Havbris Sunnhordland har base på Stord.\n\n"
     "Fredag stadfesta næringsministeren at Sunnhordland får plass blant fleire nye næringsklynger.",
     "Havbris Sunnhordland"),
])
def test_a_place_for_the_cluster_it_names_gets_a_place_among_the_new(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "granted")}


def test_a_place_no_cluster_ends_with_is_no_cluster(annotate_full):
    doc = annotate_full("Arena Fjordlys har base i Mo i Rana.\n\n"
                        "Fredag bekreftet næringsministeren at Helgeland får plass blant flere nye næringsklynger.")
    assert events(doc) == set()


@pytest.mark.parametrize("text, action", [
    ("Innovasjon Norge har bestemt at NCE Lavik får ny kontrakt.", "extended"),
    ("Innovasjon Noreg har bestemt at NCE Lavik får ny kontrakt.", "extended"),
    ("Om NCE Lavik\n\nKlyngen fikk nylig ny kontrakt med programledelsen.", "extended"),
    ("Om NCE Lavik\n\nKlynga fekk nyleg ny kontrakt med programleiinga.", "extended"),
    ("NCE Lavik fikk ikke ny kontrakt med programmet.", "lost"),
    ("NCE Lavik fekk ikkje ny kontrakt med programmet.", "lost"),
])
def test_a_new_contract_extends_the_status_the_cluster_is_written_with(annotate_full, text, action):
    assert events(annotate_full(text)) == {("Lavik", "NCE", action)}


def test_a_new_contract_of_a_cluster_with_no_status_known_is_no_event(annotate_full):
    assert events(annotate_full("Lavik Cluster fikk ny kontrakt med Equinor.")) == set()


HEADED = ("{heading}\n\n{lead}\n\nLavik Ocean Cluster\n\nLavik har {some} av dei leiande miljøa for havforsking.\n\n"
          "NCE Fjordlys Havbruk\n\nAktørar for oppal av laks dannar kjernen i klynga.\n\n"
          "NCE Brattli Mat – Rogaland\n\nMatglede står i fokus for det nye ekspertsenteret.\n\n"
          "52 millionar kroner\n\nKvar av klyngene vil få inntil fem millionar kroner årleg.")
CENTRES = {("Lavik Ocean Cluster", "NCE", "granted"), ("Fjordlys Havbruk", "NCE", "granted"),
           ("Brattli Mat", "NCE", "granted")}


@pytest.mark.parametrize("heading, lead, some", [
    ("Tre nye ekspertsentre", "Antallet nasjonale ekspertsentre (NCE) økte fra seks til ni denne uken.", "noen"),
    ("Tre nye ekspertsentre", "Talet på nasjonale ekspertsentre (NCE) auka frå seks til ni denne veka.", "nokre"),
    ("Tre nye NCE-klynger", "Talet på klynger i programmet auka frå seks til ni denne veka.", "nokre"),
])
def test_a_heading_counts_the_new_clusters_headed_below(annotate_full, heading, lead, some):
    assert events(annotate_full(HEADED.format(heading=heading, lead=lead, some=some))) == CENTRES


@pytest.mark.parametrize("heading", ["To nye ekspertsentre", "Tre ekspertsentre"])
def test_a_heading_whose_count_or_news_does_not_fit_takes_nothing(annotate_full, heading):
    text = HEADED.format(heading=heading, lead="Talet på nasjonale ekspertsentre (NCE) er ni.", some="nokre")
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("title, body, expected", [
    ("NCE-status til Fjordlys Cluster", "Fjordlys Cluster samler 40 bedrifter i regionen.",
     ("Fjordlys Cluster", "NCE", "granted")),
    ("Arena-status til Havlys Cluster", "Havlys Cluster samlar 40 verksemder i regionen.",
     ("Havlys Cluster", "Arena", "granted")),
    ("NCE Havbruk til Lavik Ocean", "Næringsklyngen med navnet Lavik Ocean vil bestå av 80 partnere.",
     ("Lavik Ocean", "NCE", "granted")),
    ("NCE Havbruk til Lavik Ocean", "Næringsklynga med namnet Lavik Ocean vil bestå av 80 partnarar.",
     ("Lavik Ocean", "NCE", "granted")),
])
def test_a_headline_gives_a_status_to_a_name(annotate_full, title, body, expected):
    assert events(annotate_full(f"{title}\n\n{body}")) == {expected}


@pytest.mark.parametrize("text", [
    "NCE Tindra til Brussel\n\nNCE Tindra reiser til Brussel for å møte EU.",  # a place
    "Ny kontrakt til Tindra Cluster\n\nTindra Cluster har signert en avtale med Equinor.",  # no status
    "Klyngen fekk NCE-status til Lavik Ocean sin store glede.",  # running text, a verb
])
def test_a_headline_to_a_place_or_running_text_gives_nothing(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("NCE Lavik ble tatt opp i programmet i 2006.", {("Lavik", "NCE", "granted")}),
    ("NCE Lavik vart teken opp i programmet i 2006.", {("Lavik", "NCE", "granted")}),
    ("Lavik Cluster søkte om Arena-status i vår. I dag ble Havlys Cluster tatt inn i klyngeprogrammet.",
     {("Havlys Cluster", "Arena", "granted")}),
    ("Lavik Cluster søkte om Arena-status i vår. I dag vart Havlys Cluster teken inn i klyngeprogrammet.",
     {("Havlys Cluster", "Arena", "granted")}),
])
def test_admitted_to_the_programme_its_level_not_named(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


COUNTED_LEAD = ("Klynger i Nordland\n\nI dag {was} {count} av syv nye næringsklynger {taken} i det nasjonale "
                "klyngeprogrammet.\n\nEn stor dag i nord\n\nArena Fjordlys Torsk dekker Lofoten og Vesterålen.\n\n"
                "Arena Havbris Energi har base i Mo i Rana.")


@pytest.mark.parametrize("was, taken", [("ble", "tatt inn"), ("vart", "tekne inn")])
def test_a_count_in_the_lead_takes_the_clusters_the_article_names(annotate_full, was, taken):
    doc = annotate_full(COUNTED_LEAD.format(was=was, count="to", taken=taken))
    assert events(doc) == {("Fjordlys Torsk", "Arena", "granted"), ("Havbris Energi", "Arena", "granted")}


@pytest.mark.parametrize("was, taken", [("ble", "tatt inn"), ("vart", "tekne inn")])
def test_a_count_the_article_does_not_match_takes_nothing(annotate_full, was, taken):
    assert events(annotate_full(COUNTED_LEAD.format(was=was, count="tre", taken=taken))) == set()


@pytest.mark.parametrize("text, expected", [
    ("GCE Frukt- og tangklyngja avsluttes i juni, etter ti år i programmet.",
     ("Frukt- og tangklyngja", "GCE", "lost")),
    ("Arena Pro Stein- og sjømatklyngja vert avslutta i juni, etter ti år i programmet.",
     ("Stein- og sjømatklyngja", "Arena Pro", "lost")),
])
def test_a_compound_written_out_keeps_its_programme_prefix(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text", [
    "I dag ble NCE Lavik og NCE Havlys tatt opp i klyngeprogrammet. De to klyngene fikk status som GCE.",
    "I dag vart NCE Lavik og NCE Havlys tekne opp i klyngeprogrammet. Dei to klyngene fekk status som GCE.",
])
def test_an_admission_takes_the_status_the_next_sentence_names(annotate_full, text):
    assert events(annotate_full(text)) == {("Lavik", "GCE", "upgraded"), ("Havlys", "GCE", "upgraded")}


@pytest.mark.parametrize("text", [
    "NCE Tindra fikk plass blant de ti beste i Europa.",
    "NCE Tindra fekk plass blant dei ti beste i Europa.",
    "Medlemsbedriften Lavik i GCE Tindra fikk ny kontrakt med Equinor.",
    "GCE Tindra sin medlemsbedrift Lavik fekk ny kontrakt med Equinor.",
])
def test_a_place_among_others_or_a_member_firms_contract_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Lavik Cluster kom med i Arena-programmet i 2016.", ("Lavik Cluster", "Arena", "granted")),
    ("Lavik Cluster gjekk inn i Arena-programmet i fjor.", ("Lavik Cluster", "Arena", "granted")),
    ("Lavik Cluster har fått tilslag på søknaden om Arena-status.", ("Lavik Cluster", "Arena", "granted")),
    ("Lavik Cluster fekk ikkje tilslag på søknaden om Arena-status.", ("Lavik Cluster", "Arena", "rejected")),
    ("Lavik Cluster vant fram med søknaden om NCE-status.", ("Lavik Cluster", "NCE", "granted")),
    ("Lavik Cluster vann ikkje fram med søknaden om NCE-status.", ("Lavik Cluster", "NCE", "rejected")),
    ("Lavik Cluster har fått forlenget Arena-perioden med tre år.", ("Lavik Cluster", "Arena", "extended")),
    ("Lavik Cluster har fått forlengt NCE-perioden med tre år.", ("Lavik Cluster", "NCE", "extended")),
    ("Lavik Cluster har kvalifisert seg til Arena Pro.", ("Lavik Cluster", "Arena Pro", "granted")),
    ("Lavik Cluster har kvalifisert seg for Arena Pro i år.", ("Lavik Cluster", "Arena Pro", "granted")),
])
def test_entry_success_and_period_wording(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text", [
    "Lavik Cluster går inn i sitt tredje år som Arena-klynge.",
    "I løpet av Arena-perioden fikk Lavik Cluster ti millioner kroner.",
    "Lavik Cluster håper å komme med i Arena-programmet.",
    "Lavik Cluster håpar å kome med i Arena-programmet.",
])
def test_entry_wording_in_passing_or_hoped_for_is_no_event(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Lavik Cluster er no offisielt ei Arena-klynge.", ("Lavik Cluster", "Arena", "granted")),  # "no": now, not a boolean
    ("Lavik Cluster har no Arena-status.", ("Lavik Cluster", "Arena", "granted")),
    ("NCE Lavik ble etablert som et Norwegian Centre of Expertise i 2009.", ("Lavik", "NCE", "granted")),
    ("Lavik Cluster vart etablert som Arena-prosjekt i 2012.", ("Lavik Cluster", "Arena", "granted")),
])
def test_now_in_nynorsk_and_established_as(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text", [
    "Forprosjektet som Havlys Cluster leia, har no resultert i Arena-status.",
    "Forprosjektet som Havlys Cluster ledet, har nå resultert i Arena-status.",
    "Lavik Cluster er nå omtalt som en NCE-klynge.",
    "Lavik Cluster er no omtalt som ei NCE-klynge.",
    "Evaluering av NCE-prosjekt: NCE Lavik ble etablert som selskap i 2009.",
])
def test_a_copula_that_is_another_verbs_auxiliary_states_nothing(annotate_full, text):
    assert events(annotate_full(text)) == set()


def test_a_known_name_is_not_the_short_form_of_an_unknown_longer_one(annotate_full):
    doc = annotate_full("Evaluering av NCE NODE Treårsevaluering av NCE-prosjekt\n\n"
                        "NCE NODE ble etablert som et Norwegian Centre of Expertise i 2009.")
    assert events(doc) == {("NODE", "NCE", "granted")}


LISTED = {("Lavik Cluster", "Arena", "granted"), ("Havlys Cluster", "Arena", "granted"),
          ("Tindra Cluster", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "De nye Arena-klyngene er:\n\nLavik Cluster, Bergen\n\nHavlys Cluster, Stord\n\nTindra Cluster, Førde",
    "Dei nye Arena-klyngene er:\n\nLavik Cluster, Bergen\n\nHavlys Cluster, Stord\n\nTindra Cluster, Førde",
    "Disse tre klyngene er tatt opp som nye Arena-klynger; Lavik Cluster, Havlys Cluster og Tindra Cluster.",
    "Desse tre klyngene er tekne opp som nye Arena-klynger; Lavik Cluster, Havlys Cluster og Tindra Cluster.",
    "Nye Arena-klynger\n\nLavik Cluster (Bergen)\n\nHavlys Cluster (Stord)\n\nTindra Cluster (Førde)",
    "Nye Arena-klynger\n\nLavik Cluster, Bergen\n\nHavlys Cluster, Stord\n\nTindra Cluster, Førde\n\nKlyngene samlar 90 verksemder.",
])
def test_lines_and_chains_under_a_plural_new_status(annotate_full, text):
    assert events(annotate_full(text)) == LISTED


@pytest.mark.parametrize("text, expected", [
    ("Lavik Cluster må gi fra seg NCE-statusen.", {("Lavik Cluster", "NCE", "lost")}),
    ("Lavik Cluster må gje frå seg NCE-statusen til sommaren.", {("Lavik Cluster", "NCE", "lost")}),
    ("Lavik Cluster er nå ute av Arena-programmet.", {("Lavik Cluster", "Arena", "lost")}),
    ("Lavik Cluster er no ute av Arena-programmet.", {("Lavik Cluster", "Arena", "lost")}),
    ("Lavik Cluster er ute av drift, men har fortsatt Arena-status.", set()),
    ("Lavik Cluster er ute av drift, men har framleis Arena-status.", set()),
])
def test_giving_up_and_being_out_of_the_programme(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lavik Cluster søkte om Arena-status i vår. Søknaden ble avslått i dag.", {("Lavik Cluster", "Arena", "rejected")}),
    ("Lavik Cluster søkte om Arena-status i vår. Søknaden vart innvilga i dag.", {("Lavik Cluster", "Arena", "granted")}),
    ("Lavik Cluster og Havlys Cluster søkte om Arena-status. Bare Lavik Cluster nådde opp.",
     {("Lavik Cluster", "Arena", "granted")}),
    ("Lavik Cluster og Havlys Cluster søkte begge om Arena-status. Berre Lavik Cluster nådde opp.",
     {("Lavik Cluster", "Arena", "granted")}),
    ("Lavik Cluster søkte om NCE-status i fjor. Nå har klyngen fått ja.", {("Lavik Cluster", "NCE", "granted")}),
    ("Lavik Cluster søkte om NCE-status i fjor. No har klynga fått ja.", {("Lavik Cluster", "NCE", "granted")}),
    ("Lavik Cluster søkte om Arena-status. Klyngen kom ikke gjennom nåløyet.", {("Lavik Cluster", "Arena", "rejected")}),
    ("Lavik Cluster søkte om Arena-status. Klynga kom ikkje gjennom nåløyret.", {("Lavik Cluster", "Arena", "rejected")}),
])
def test_an_answer_in_the_next_sentence(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text", [
    "Lavik Cluster har 40 medlemmer og NCE-status. I fjor fikk klyngen godkjent budsjettet.",
    "Lavik Cluster har 40 medlemer og NCE-status. I fjor fekk klynga godkjent budsjettet.",
])
def test_an_approval_after_no_application_is_no_answer(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("Arena-status for Lavik Cluster\n\nKlyngen samler 40 bedrifter i Sogn.", ("Lavik Cluster", "Arena", "granted")),
    ("GCE-status for Lavik Cluster\n\nKlynga samlar 40 verksemder i Sogn.", ("Lavik Cluster", "GCE", "granted")),
    ("Ja til Arena for Lavik Cluster\n\nKlyngen samler 40 bedrifter i Sogn.", ("Lavik Cluster", "Arena", "granted")),
    ("Nei til NCE for Lavik Cluster\n\nKlynga samlar 40 verksemder i Sogn.", ("Lavik Cluster", "NCE", "rejected")),
    ("Lavik Cluster: Fikk NCE-status\n\nKlyngen samler 40 bedrifter.", ("Lavik Cluster", "NCE", "granted")),
    ("Lavik Cluster: Fekk NCE-status\n\nKlynga samlar 40 verksemder.", ("Lavik Cluster", "NCE", "granted")),
    ("Lavik Cluster: Mistet NCE-statusen\n\nKlyngen samler 40 bedrifter.", ("Lavik Cluster", "NCE", "lost")),
])
def test_headlines_for_a_name_answers_and_capitalised_verbs(annotate_full, text, expected):
    assert events(annotate_full(text)) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Lavik Cluster tar steget fra Arena til Arena Pro.", {("Lavik Cluster", "Arena Pro", "upgraded")}),
    ("Lavik Cluster tek steget vidare til NCE.", {("Lavik Cluster", "NCE", "upgraded")}),
    ("Lavik Cluster er løftet til Arena Pro-nivå.", {("Lavik Cluster", "Arena Pro", "upgraded")}),
    ("Lavik Cluster vart løfta til GCE-nivået i fjor.", {("Lavik Cluster", "GCE", "upgraded")}),
    ("Lavik Cluster går videre til NCE-nivået.", {("Lavik Cluster", "NCE", "upgraded")}),
    ("Lavik Cluster går vidare til NCE-nivået.", {("Lavik Cluster", "NCE", "upgraded")}),
    ("Lavik Cluster blir nå GCE etter ti år som NCE.", {("Lavik Cluster", "GCE", "granted")}),
    ("Lavik Cluster blir no GCE etter ti år som NCE.", {("Lavik Cluster", "GCE", "granted")}),
])
def test_upgrade_wording_and_the_status_held_for_a_time(annotate_full, text, expected):
    assert events(annotate_full(text)) == expected


@pytest.mark.parametrize("text, status", [
    ("Lavik Cluster samler 40 bedrifter i Sogn. Nettverket har nå fått Arena-status.", "Arena"),
    ("Lavik Cluster samlar 40 verksemder i Sogn. Nettverket har no fått Arena-status.", "Arena"),
    ("Lavik Cluster samler 40 bedrifter i Sogn. Samarbeidet har nå fått status som Arena-prosjekt.", "Arena"),
    ("Lavik Cluster samler 40 bedrifter i Sogn. Initiativet har nå fått NCE-status.", "NCE"),
    ("Lavik Cluster samlar 40 verksemder i Sogn. Klyngeinitiativet har no fått NCE-status.", "NCE"),
])
def test_the_network_and_the_initiative_refer_to_the_cluster(annotate_full, text, status):
    assert events(annotate_full(text)) == {("Lavik Cluster", status, "granted")}


@pytest.mark.parametrize("text", [
    "Næringsklyngen Marevo samler 40 bedrifter i regionen. Nettverket har nå fått status som Arena-klynge.",
    "Næringsklynga Marevo samlar 40 verksemder i regionen. Nettverket har no fått status som Arena-klynge.",
])
def test_a_reference_word_is_no_organisation(annotate_full, text):
    assert events(annotate_full(text)) == {("Marevo", "Arena", "granted")}
