"""Kinds of cluster-name boundary failures on real pages (the opened parts of real-page batches 10 and 11), each in
Bokmål and Nynorsk, with invented names and sentences: a granting body that ends a list of bodies is no part of the
name after it ("Innovasjon Norge, Siva og Forskningsrådet Havlys Cluster status som ..."), nor a common noun in lower
case after the name; a word for cluster that files a name ("Næringsklyngen X") is no part of it, and a lower-case word
the acronym in brackets after the name spells is ("Fjordlys Wood & Textile agenda (FW&TA)"); a name written once with
a word for cluster after it ("Fjordlys Tech Valley-klyngen") is the cluster the article names without it, one event;
"og" and "&" inside one name are kept ("Næringsklynga Havlys Mat og Reiseliv", "... Design & Form Agenda"); a
point of the compass in lower case after a name is part of it ("Havlys CleanTech west"); a name the article files as a
cluster ("Havbris Valley-klyngen") is one, though the NER calls its words a person's or an organisation word ends it,
and written alone elsewhere it is the cluster's name; a body in the genitive is no part of a name ("Innovasjon Norges
Havlys Tech"); a sentence's first word, a common noun to the lexicon, is a name where the tagger calls it a proper
noun, the subject, bare and uninflected ("Breiband fikk ikke ..."; not "Regionen fikk ..."); a page's section or a
word for a document opening a line is no part of the name after it ("Nyheter Havlys Tech får ...", "Referat X: ...")."""

import pytest

from .helpers import events

pytestmark = pytest.mark.usefixtures("nlp")  # skips where no trained pipeline is shipped


@pytest.mark.parametrize("text", [
    "Havlys Tech får ny status\n\nI oktober tildelte Innovasjon Norge, Siva og Forskningsrådet Havlys Tech "
    "status som Norwegian Centre of Expertise.",
    "Havlys Tech får ny status\n\nI oktober tildelte Innovasjon Noreg, Siva og Forskingsrådet Havlys Tech "
    "status som Norwegian Centre of Expertise.",
])
def test_a_granting_body_ending_the_list_of_bodies_is_no_part_of_the_name(annotate_full, text):
    found = annotate_full(text)
    assert events(found) == {("Havlys Tech", "NCE", "granted")}
    assert {span._.canonical for span in found.spans["clusters"]} == {"Havlys Tech"}


@pytest.mark.parametrize("text", [
    "Gode nyheter for Brattli Valley\n\nFor under ett år siden fikk Brattli Valley en ny utmerkelse: I oktober "
    "tildelte Innovasjon Norge, Siva og Forskningsrådet Brattli Valley status som Norwegian Centre of Expertise.",
    "Gode nyheiter for Brattli Valley\n\nFor under eitt år sidan fekk Brattli Valley ei ny utmerking: I oktober "
    "tildelte Innovasjon Noreg, Siva og Forskingsrådet Brattli Valley status som Norwegian Centre of Expertise.",
])
def test_a_list_item_ends_before_a_common_noun_and_after_the_body(annotate_full, text):
    assert events(annotate_full(text)) == {("Brattli Valley", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Næringsklyngen Fjordlys Wood & Textile agenda (FW&TA) tildeles Arena Pro-status av Innovasjon Norge. "
    "Daglig leder i FW&TA er glad.",
    "Næringsklynga Fjordlys Wood & Textile agenda (FW&TA) får Arena Pro-status av Innovasjon Noreg. "
    "Dagleg leiar i FW&TA er glad.",
])
def test_a_word_for_cluster_in_front_goes_and_the_spelt_lower_case_word_stays(annotate_full, text):
    found = annotate_full(text)
    assert events(found) == {("Fjordlys Wood & Textile agenda", "Arena Pro", "granted")}


@pytest.mark.parametrize("text", [
    "Næringsklyngen Havlys Design & Form Agenda har fått Arena-status.",
    "Næringsklynga Havlys Design & Form Agenda har fått Arena-status.",
])
def test_a_capitalised_name_joined_by_an_ampersand_keeps_its_last_word(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Design & Form Agenda", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Fjordlys Tech Valley veks\n\nI oktober i fjor fikk Fjordlys Tech Valley status som Norwegian Centre of Expertise. "
    "Mindre enn ett år etter at Fjordlys Tech Valley-klyngen fikk NCE-status, har den vokst kraftig.",
    "Fjordlys Tech Valley veks\n\nI oktober i fjor fekk Fjordlys Tech Valley status som Norwegian Centre of Expertise. "
    "Mindre enn eitt år etter at Fjordlys Tech Valley-klynga fekk NCE-status, har ho vakse kraftig.",
])
def test_a_name_filed_with_a_word_for_cluster_is_the_same_cluster(annotate_full, text):
    found = annotate_full(text, published="2018-10-03")
    assert events(found) == {("Fjordlys Tech Valley", "NCE", "granted")}
    assert {span._.canonical for span in found.spans["clusters"]} == {"Fjordlys Tech Valley"}


@pytest.mark.parametrize("text", [
    "I fjor fikk Havlys CleanTech west status som Norwegian Centre of Expertise.",
    "I fjor fekk Havlys CleanTech west status som Norwegian Centre of Expertise.",
])
def test_a_point_of_the_compass_in_lower_case_ends_the_name(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys CleanTech west", "NCE", "granted")}


@pytest.mark.parametrize("text", [
    "Næringsklyngen Havlys Mat og Reiseliv har fått Arena-status.",
    "Næringsklynga Havlys Mat og Reiseliv har fått Arena-status.",
])
def test_og_inside_the_name_of_one_cluster_the_parse_hangs_on_it_is_kept(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Mat og Reiseliv", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Havlys Tech og Fjordlys Tre har fått Arena-status.",
    "Klyngene Havlys Tech og Fjordlys har fått Arena-status.",
    "Klyngane Havlys Tech og Fjordlys har fått Arena-status.",
])
def test_og_between_two_names_still_parts_them(annotate_full, text):
    assert {cluster for cluster, _status, _action in events(annotate_full(text))} \
        == {"Havlys Tech", "Fjordlys" if "Klyng" in text else "Fjordlys Tre"}


@pytest.mark.parametrize("text, name", [
    ("I oktober i fjor fikk Havbris Valley status som Norwegian Centre of Expertise. Mindre enn ett år etter at "
     "Havbris Valley-klyngen fikk NCE-status, har den vokst kraftig.", "Havbris Valley"),
    ("I fjor fekk Heimvekst Medtech status som Arena-klynge. Etter at Heimvekst Medtech-klynga fekk status som "
     "Arena-klynge, har ho vakse kraftig.", "Heimvekst Medtech"),
])
def test_a_name_the_article_files_as_a_cluster_is_no_person_and_no_company(annotate_full, text, name):
    found = annotate_full(text, published="2018-10-03")
    assert {cluster for cluster, _status, _action in events(found)} == {name}


@pytest.mark.parametrize("text", [
    "I juni fikk Innovasjon Norges Havlys Tech Arena-status.",
    "I juni fekk Innovasjon Noregs Havlys Tech Arena-status.",
])
def test_a_body_in_the_genitive_is_no_part_of_the_name_after_it(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Tech", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Havlys Tech-klyngen har fått Arena-status. Havlys Tech har 40 medlemmer.",
    "Havlys Tech-klynga har fått Arena-status. Havlys Tech har 40 medlemer.",
])
def test_a_name_filed_as_cluster_is_the_name_the_article_writes_alone(annotate_full, text):
    assert events(annotate_full(text)) == {("Havlys Tech", "Arena", "granted")}


@pytest.mark.parametrize("text", [
    "Solbakk fikk ikke status som Global Centre of Expertise, og er fortsatt NCE.",
    "Breiband fikk ikke status som Global Centre of Expertise, og er fortsatt NCE.",
    "Breiband fekk ikkje GCE-status, og er framleis NCE.",
])
def test_a_bare_proper_noun_opening_a_sentence_is_a_name(annotate_full, text):
    assert events(annotate_full(text)) == {(text.split(" ")[0], "GCE", "rejected")}


@pytest.mark.parametrize("text", [
    "Regionen fikk ikke NCE-status.",
    "Regionen fekk ikkje NCE-status.",
])
def test_a_definite_common_noun_opening_a_sentence_is_no_name(annotate_full, text):
    assert events(annotate_full(text)) == set()


@pytest.mark.parametrize("text", [
    "Romfart i startgropen\n\nRomfart-klyngen er i startgropen. Derfor ble romfart-klyngen på rekordtid gitt "
    "Arena-status.",
    "Romfart i startgropen\n\nRomfart-klynga er i startgropa. Difor vart romfart-klynga på rekordtid gitt "
    "Arena-status.",
])
def test_one_word_written_alone_is_a_topic_not_the_name_of_its_cluster(annotate_full, text):
    assert {cluster.lower() for cluster, _status, _action in events(annotate_full(text))} <= {"romfart-klyngen",
                                                                                               "romfart-klynga"}


@pytest.mark.parametrize("text, name", [
    ("Nyheter Havlys Tech får Arena-status i dag.", "Havlys Tech"),
    ("Nyheiter Kystlys Hub får Arena-status i dag.", "Kystlys Hub"),
    ("Aktuelt Kystlys Hub får Arena-status i dag.", "Kystlys Hub"),
    ("Referat Havlys Tech: Klyngen har fått Arena-status.", "Havlys Tech"),
    ("Referat Havlys Tech: Klynga har fått Arena-status.", "Havlys Tech"),
])
def test_a_page_section_or_document_word_opening_a_line_is_no_part_of_the_name(annotate_full, text, name):
    assert events(annotate_full(text)) == {(name, "Arena", "granted")}
